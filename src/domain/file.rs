//! The workbook file envelope (FILE-FORMAT.md): `format`, `schema_version`, `app_version`,
//! `exported_at`, `locale`, `workbook`, `results`. The same envelope is what local storage holds,
//! so loading a saved workbook and importing a file share one path (and one set of migrations).
//!
//! `results` is written for readers of a file and never read back: the workbook is the truth.

use serde::{Deserialize, Serialize};

use super::workbook::{Workbook, MAX_WORKBOOK_BYTES, SCHEMA_VERSION};

/// The `format` of a plain workbook file.
pub const FORMAT: &str = "crossroads-workbook";
/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// This build's version, written into files.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// What can go wrong reading a workbook file or stored copy.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON at all, or JSON of the wrong shape; `detail` is the parser's message.
    NotJson { detail: String },
    /// JSON, but `format` is missing or another format.
    WrongFormat { found: Option<String> },
    /// Written by a newer Crossroads than this one.
    NewerVersion { file: u64, supported: u32 },
    /// Parsed, but the contents break the contract; each line names a place.
    Invalid { problems: Vec<String> },
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::TooLarge { bytes } => write!(f, "file of {bytes} bytes is over the {MAX_FILE_BYTES}-byte limit"),
            FileError::NotJson { detail } => write!(f, "not a readable workbook file: {detail}"),
            FileError::WrongFormat { found: Some(found) } => write!(f, "format is \"{found}\", expected \"{FORMAT}\""),
            FileError::WrongFormat { found: None } => write!(f, "no \"format\" field: not a Crossroads workbook"),
            FileError::NewerVersion { file, supported } => {
                write!(f, "written with schema version {file}; this Crossroads reads up to version {supported}")
            }
            FileError::Invalid { problems } => write!(f, "invalid workbook: {}", problems.join("; ")),
        }
    }
}

/// A plain workbook file, as written.
#[derive(Serialize)]
struct EnvelopeOut<'a, R: Serialize> {
    format: &'static str,
    schema_version: u32,
    app_version: &'static str,
    exported_at: &'a str,
    locale: &'a str,
    workbook: &'a Workbook,
    #[serde(skip_serializing_if = "Option::is_none")]
    results: Option<R>,
}

/// The parts of a file that are read back.
#[derive(Deserialize)]
struct EnvelopeIn {
    format: Option<String>,
    schema_version: Option<serde_json::Value>,
    #[serde(default)]
    exported_at: Option<String>,
    #[serde(default)]
    workbook: serde_json::Value,
}

/// A file read back: the workbook and what the file says about itself.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedFile {
    pub workbook: Workbook,
    pub schema_version: u32,
    pub exported_at: Option<String>,
}

/// Serialises `workbook` in the file envelope; `results` is included when given.
pub fn to_json<R: Serialize>(workbook: &Workbook, exported_at: &str, locale: &str, results: Option<R>) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        exported_at,
        locale,
        workbook,
        results,
    };
    // Serialising plain structs of strings and finite numbers cannot fail; an empty string is the
    // conservative answer if it ever did, and callers treat it as nothing to save.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// The size in bytes of the workbook part alone, as the 1 MB cap counts it.
pub fn workbook_bytes(workbook: &Workbook) -> usize {
    serde_json::to_string(workbook).map(|s| s.len()).unwrap_or(usize::MAX)
}

/// True if the workbook is within the contract's 1 MB cap.
pub fn within_size_cap(workbook: &Workbook) -> bool {
    workbook_bytes(workbook) <= MAX_WORKBOOK_BYTES
}

/// Reads a workbook file (or stored copy): size cap, BOM, format, version, shape, validation.
pub fn parse(text: &str) -> Result<ParsedFile, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let envelope: EnvelopeIn = serde_json::from_str(text).map_err(|e| FileError::NotJson { detail: e.to_string() })?;
    match envelope.format.as_deref() {
        Some(FORMAT) => {}
        other => return Err(FileError::WrongFormat { found: other.map(str::to_string) }),
    }
    let version = match &envelope.schema_version {
        Some(serde_json::Value::Number(n)) => n
            .as_u64()
            .or_else(|| n.as_f64().filter(|x| x.fract() == 0.0 && *x >= 1.0 && *x < 9.0e15).map(|x| x as u64)),
        _ => None,
    };
    let Some(version) = version.filter(|v| *v >= 1) else {
        return Err(FileError::Invalid { problems: vec!["schema_version must be a positive integer".into()] });
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(FileError::NewerVersion { file: version, supported: SCHEMA_VERSION });
    }
    let workbook_value = match envelope.workbook {
        serde_json::Value::Null => serde_json::Value::Object(Default::default()),
        value => value,
    };
    let workbook: Workbook =
        serde_json::from_value(workbook_value).map_err(|e| FileError::NotJson { detail: e.to_string() })?;
    workbook.validate().map_err(|errs| FileError::Invalid { problems: errs.iter().map(|e| e.to_string()).collect() })?;
    Ok(ParsedFile { workbook, schema_version: version as u32, exported_at: envelope.exported_at })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_through_the_envelope() {
        let mut wb = Workbook::default();
        wb.goals.success_text = "Time for my kids, work that matters".into();
        let json = to_json::<()>(&wb, "2026-11-23T16:00:00Z", "en", None);
        let parsed = parse(&json).unwrap();
        assert_eq!(parsed.workbook, wb);
        assert_eq!(parsed.schema_version, SCHEMA_VERSION);
        assert_eq!(parsed.exported_at.as_deref(), Some("2026-11-23T16:00:00Z"));
    }

    #[test]
    fn refuses_what_is_not_ours() {
        assert!(matches!(parse("not json"), Err(FileError::NotJson { .. })));
        assert_eq!(parse(r#"{"format":"other"}"#), Err(FileError::WrongFormat { found: Some("other".into()) }));
        assert_eq!(parse(r#"{"schema_version":1}"#), Err(FileError::WrongFormat { found: None }));
        let newer = parse(r#"{"format":"crossroads-workbook","schema_version":7,"workbook":{}}"#);
        assert_eq!(newer, Err(FileError::NewerVersion { file: 7, supported: SCHEMA_VERSION }));
        let message = newer.unwrap_err().to_string();
        assert!(message.contains('7') && message.contains(&SCHEMA_VERSION.to_string()), "{message}");
        let big = " ".repeat(MAX_FILE_BYTES + 1);
        assert!(matches!(parse(&big), Err(FileError::TooLarge { .. })));
    }

    #[test]
    fn accepts_bom_float_version_and_missing_sections() {
        let wb = parse("\u{feff}{\"format\":\"crossroads-workbook\",\"schema_version\":1.0,\"future\":true}").unwrap();
        assert_eq!(wb.workbook, Workbook::default());
    }

    #[test]
    fn invalid_contents_are_listed() {
        let long = "x".repeat(201);
        let json = format!(
            r#"{{"format":"crossroads-workbook","schema_version":1,"workbook":{{"experiences":[{{"id":"e1","title":"{long}","energy":9}}]}}}}"#
        );
        match parse(&json) {
            Err(FileError::Invalid { problems }) => {
                assert_eq!(problems.len(), 2, "{problems:?}");
                assert!(problems[0].contains("experiences[e1].title"));
                assert!(problems[1].contains("energy"));
            }
            other => panic!("expected Invalid, got {other:?}"),
        }
    }
}
