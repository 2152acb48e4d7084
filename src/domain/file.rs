//! The workbook file envelope (FILE-FORMAT.md): `format`, `schema_version`, `app_version`,
//! `exported_at`, `locale`, `workbook`, `results`. The same envelope is what local storage holds,
//! so loading a saved workbook and importing a file share one path (and one set of migrations).
//!
//! `results` is written for readers of a file and never read back: the workbook is the truth.

use serde::{Deserialize, Serialize};

use super::workbook::{ValidationError, Workbook, MAX_WORKBOOK_BYTES, SCHEMA_VERSION};

/// The `format` of a plain workbook file.
pub const FORMAT: &str = "crossroads-workbook";
/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// This build's version, written into files.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// What can go wrong reading a workbook file or stored copy. Each variant is specific enough
/// for the UI to say what is wrong and where, in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    /// Larger than [`MAX_FILE_BYTES`]; refused before it is read.
    TooLarge { bytes: usize },
    /// Not JSON at all (or cut off); `detail` is the parser's message with line and column.
    NotJson { detail: String },
    /// The same key twice in one object, which JSON readers disagree about.
    DuplicateKey { key: String },
    /// JSON, but `format` is missing or another format.
    WrongFormat { found: Option<String> },
    /// An HTML file without an embedded Crossroads workbook.
    NoWorkbookInHtml,
    /// Written by a newer Crossroads than this one.
    NewerVersion { file: u64, supported: u32 },
    /// A value of the wrong type or range; `path` names the field (`workbook.experiences[2].energy`).
    InvalidValue { path: String, detail: String },
    /// Parsed, but the contents break the contract's rules; each problem names a place.
    Invalid { problems: Vec<ValidationError> },
    /// The workbook itself is over the contract's 1 MB cap.
    WorkbookTooLarge { bytes: usize },
}

impl FileError {
    /// A stable name for the kind of error (used by tests and fixtures' manifest).
    pub fn kind(&self) -> &'static str {
        match self {
            FileError::TooLarge { .. } => "too_large",
            FileError::NotJson { .. } => "not_json",
            FileError::DuplicateKey { .. } => "duplicate_key",
            FileError::WrongFormat { .. } => "wrong_format",
            FileError::NoWorkbookInHtml => "no_workbook_in_html",
            FileError::NewerVersion { .. } => "newer_version",
            FileError::InvalidValue { .. } => "invalid_value",
            FileError::Invalid { .. } => "invalid",
            FileError::WorkbookTooLarge { .. } => "workbook_too_large",
        }
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::TooLarge { bytes } => write!(f, "file of {bytes} bytes is over the {MAX_FILE_BYTES}-byte limit"),
            FileError::NotJson { detail } => write!(f, "not a readable workbook file: {detail}"),
            FileError::DuplicateKey { key } => write!(f, "the key \"{key}\" appears twice in one object"),
            FileError::WrongFormat { found: Some(found) } => write!(f, "format is \"{found}\", expected \"{FORMAT}\""),
            FileError::WrongFormat { found: None } => write!(f, "no \"format\" field: not a Crossroads workbook"),
            FileError::NoWorkbookInHtml => write!(f, "this HTML file carries no Crossroads workbook"),
            FileError::NewerVersion { file, supported } => {
                write!(f, "written with schema version {file}; this Crossroads reads up to version {supported}")
            }
            FileError::InvalidValue { path, detail } => write!(f, "{path}: {detail}"),
            FileError::Invalid { problems } => {
                write!(f, "invalid workbook: ")?;
                for (i, problem) in problems.iter().enumerate() {
                    if i > 0 {
                        write!(f, "; ")?;
                    }
                    write!(f, "{problem}")?;
                }
                Ok(())
            }
            FileError::WorkbookTooLarge { bytes } => {
                write!(f, "the workbook is {bytes} bytes, over the {MAX_WORKBOOK_BYTES}-byte limit")
            }
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

/// A file read back: the workbook and what the file says about itself.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedFile {
    pub workbook: Workbook,
    /// The schema version the file was written with (before migration).
    pub schema_version: u32,
    pub exported_at: Option<String>,
    pub app_version: Option<String>,
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
    // Serialising plain structs of strings and numbers cannot fail (non-finite numbers become
    // null); an empty string is the conservative answer if it ever did: callers save nothing.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// [`to_json`] without `results`, and the size of its workbook part (what [`workbook_bytes`]
/// counts): the workbook is serialised once, and the envelope written around that text. Saving
/// uses it, so that one serialisation gives both the stored text and the 1 MB check.
pub fn to_json_sized(workbook: &Workbook, exported_at: &str, locale: &str) -> (String, usize) {
    let Ok(inner) = serde_json::to_string(workbook) else { return (String::new(), usize::MAX) };
    let quoted = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    let mut json = String::with_capacity(inner.len() + 160);
    json.push_str("{\"format\":");
    json.push_str(&quoted(FORMAT));
    json.push_str(",\"schema_version\":");
    json.push_str(&SCHEMA_VERSION.to_string());
    json.push_str(",\"app_version\":");
    json.push_str(&quoted(APP_VERSION));
    json.push_str(",\"exported_at\":");
    json.push_str(&quoted(exported_at));
    json.push_str(",\"locale\":");
    json.push_str(&quoted(locale));
    json.push_str(",\"workbook\":");
    json.push_str(&inner);
    json.push('}');
    (json, inner.len())
}

/// Pretty-printed variant of [`to_json`] for files people may open in an editor.
pub fn to_json_pretty<R: Serialize>(workbook: &Workbook, exported_at: &str, locale: &str, results: Option<R>) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        exported_at,
        locale,
        workbook,
        results,
    };
    pretty(&serde_json::to_string(&envelope).unwrap_or_default())
}

/// `compact` JSON (as `serde_json::to_string` writes it: no whitespace outside strings) laid out
/// exactly as `serde_json::to_string_pretty` would write the same value: two-space indents, `": "`
/// after keys, `[]` and `{}` for empty containers. Re-indenting the compact text, instead of
/// serialising again with serde_json's pretty formatter, keeps one compiled copy of every
/// `Serialize` impl in the wasm rather than two (the workbook's and the results' are large).
pub fn pretty(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    let mut start = 0; // the start of the text not copied yet
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // Skip the string, escapes included; it is copied verbatim later.
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                continue;
            }
            c @ (b'{' | b'[') => {
                out.push_str(&compact[start..=i]);
                if bytes.get(i + 1) == Some(&(if c == b'{' { b'}' } else { b']' })) {
                    out.push(bytes[i + 1] as char);
                    i += 1;
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            b'}' | b']' => {
                out.push_str(&compact[start..i]);
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(bytes[i] as char);
            }
            b',' => {
                out.push_str(&compact[start..=i]);
                newline(&mut out, depth);
            }
            b':' => {
                out.push_str(&compact[start..=i]);
                out.push(' ');
            }
            _ => {
                i += 1;
                continue;
            }
        }
        i += 1;
        start = i;
    }
    out.push_str(&compact[start.min(compact.len())..]);
    out
}

/// The size in bytes of the workbook part alone, as the 1 MB cap counts it. The text is built
/// and dropped: serialising through `to_vec` shares the one compiled copy of the workbook's
/// `Serialize` impl with `to_json` (a counting writer was a third copy, about 12 KB of wasm).
pub fn workbook_bytes(workbook: &Workbook) -> usize {
    serde_json::to_vec(workbook).map_or(usize::MAX, |text| text.len())
}

/// True if the workbook is within the contract's 1 MB cap.
pub fn within_size_cap(workbook: &Workbook) -> bool {
    workbook_bytes(workbook) <= MAX_WORKBOOK_BYTES
}

/// The id of the `<script type="application/json">` element that carries the workbook inside a
/// standalone HTML report.
pub const HTML_SCRIPT_ID: &str = "crossroads-workbook";

/// True if `text` looks like an HTML document rather than JSON.
pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    head.starts_with('<')
}

/// The JSON text embedded in a standalone HTML report.
pub fn extract_from_html(html: &str) -> Result<&str, FileError> {
    let marker = format!("id=\"{HTML_SCRIPT_ID}\"");
    let at = html.find(&marker).ok_or(FileError::NoWorkbookInHtml)?;
    let open_end = html[at..].find('>').ok_or(FileError::NoWorkbookInHtml)? + at + 1;
    let close = html[open_end..].find("</script").ok_or(FileError::NoWorkbookInHtml)? + open_end;
    Ok(&html[open_end..close])
}

/// Reads a workbook file (or stored copy, or standalone HTML report): size cap, BOM, duplicate
/// keys, format, version, migration, field types (with the failing path), then the contract's
/// caps, ranges and references.
pub fn parse(text: &str) -> Result<ParsedFile, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = if looks_like_html(text) { extract_from_html(text)? } else { text };
    check_json(text)?;
    let envelope: Envelope = serde_json::from_str(text).map_err(|err| match err.classify() {
        serde_json::error::Category::Data => FileError::WrongFormat { found: None },
        _ => not_json(err),
    })?;
    match envelope.format.as_deref() {
        Some(FORMAT) => {}
        Some(other) => return Err(FileError::WrongFormat { found: Some(other.to_string()) }),
        None => return Err(FileError::WrongFormat { found: None }),
    }
    let version = envelope.schema_version.as_ref().and_then(integral).filter(|v| *v >= 1).ok_or_else(|| {
        FileError::InvalidValue { path: "schema_version".into(), detail: "must be a whole number from 1".into() }
    })?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(FileError::NewerVersion { file: version, supported: SCHEMA_VERSION });
    }
    let raw = envelope.workbook.map_or("{}", |w| w.get());
    let raw = if raw.trim() == "null" { "{}" } else { raw };
    let migrated;
    let workbook_text = if version == u64::from(SCHEMA_VERSION) {
        raw
    } else {
        let value: serde_json::Value = serde_json::from_str(raw).map_err(not_json)?;
        migrated = serde_json::to_string(&migrate(value, version)?).map_err(not_json)?;
        migrated.as_str()
    };
    let workbook: Workbook = serde_json::from_str(workbook_text).map_err(|err| {
        let offset = offset_of(workbook_text, err.line(), err.column());
        let path = path_at(workbook_text, offset);
        let detail = err.to_string();
        let detail = detail.rsplit_once(" at line ").map_or(detail.as_str(), |(d, _)| d).to_string();
        FileError::InvalidValue { path: if path.is_empty() { "workbook".into() } else { format!("workbook.{path}") }, detail }
    })?;
    workbook.validate().map_err(|problems| FileError::Invalid { problems })?;
    let bytes = workbook_bytes(&workbook);
    if bytes > MAX_WORKBOOK_BYTES {
        return Err(FileError::WorkbookTooLarge { bytes });
    }
    Ok(ParsedFile { workbook, schema_version: version as u32, exported_at: envelope.exported_at, app_version: envelope.app_version })
}

/// The envelope as read: the workbook stays raw text so that a type error in it can be located
/// by line and column (see [`path_at`]).
#[derive(Deserialize)]
struct Envelope<'a> {
    format: Option<String>,
    schema_version: Option<serde_json::Value>,
    #[serde(default)]
    exported_at: Option<String>,
    #[serde(default)]
    app_version: Option<String>,
    #[serde(borrow, default)]
    workbook: Option<&'a serde_json::value::RawValue>,
}

/// The byte offset of a 1-based line and column reported by serde_json.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (line_start + column).min(text.len())
}

/// The JSON path (`experiences[2].energy`) of the value that ends at byte `offset` of `text`.
/// serde_json reports a type error just after the offending value, so the path is the one in
/// force at the last significant character before `offset`. A small scanner rather than a
/// path-tracking deserializer: errors are rare, and every kilobyte of wasm counts.
fn path_at(text: &str, offset: usize) -> String {
    enum Frame {
        Object(Option<String>),
        Array(usize),
    }
    let mut stack: Vec<Frame> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    let end = offset.min(bytes.len());
    let mut expecting_key = false;
    while i < end {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                if expecting_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        *key = Some(text.get(start..i.min(text.len())).unwrap_or("").to_string());
                    }
                    expecting_key = false;
                }
            }
            b'{' => {
                stack.push(Frame::Object(None));
                expecting_key = true;
            }
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n)) => *n += 1,
                Some(Frame::Object(_)) => expecting_key = true,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(n) => path.push_str(&format!("[{n}]")),
        }
    }
    path
}

/// Carries a `workbook` object from schema `from` to [`SCHEMA_VERSION`]. Each future version adds
/// one step here (`from == 1 => v1_to_v2(value)`), and a sample file of the old version under
/// `tests/fixtures/` with a test that it migrates.
fn migrate(value: serde_json::Value, from: u64) -> Result<serde_json::Value, FileError> {
    match from {
        1 => Ok(value),
        _ => Err(FileError::NewerVersion { file: from, supported: SCHEMA_VERSION }),
    }
}

/// `1` or `1.0` as an integer.
fn integral(value: &serde_json::Value) -> Option<u64> {
    let n = value.as_number()?;
    n.as_u64().or_else(|| n.as_f64().filter(|x| x.fract() == 0.0 && *x >= 0.0 && *x < 9.0e15).map(|x| x as u64))
}

fn not_json(err: serde_json::Error) -> FileError {
    FileError::NotJson { detail: err.to_string() }
}

/// Walks the JSON once to find syntax errors and duplicate keys, which `serde_json::Value`
/// would silently resolve (last one wins). Nesting is capped by serde_json's recursion limit
/// (128), so hostile depth is an error, not a stack overflow.
pub(crate) fn check_json(text: &str) -> Result<(), FileError> {
    use serde::de::{Error as _, MapAccess, SeqAccess, Visitor};

    struct Walk;
    struct WalkVisitor;

    impl<'de> Deserialize<'de> for Walk {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_any(WalkVisitor)
        }
    }

    impl<'de> Visitor<'de> for WalkVisitor {
        type Value = Walk;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_bool<E>(self, _: bool) -> Result<Walk, E> {
            Ok(Walk)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Walk, E> {
            Ok(Walk)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Walk, E> {
            Ok(Walk)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Walk, E> {
            Ok(Walk)
        }
        fn visit_str<E>(self, _: &str) -> Result<Walk, E> {
            Ok(Walk)
        }
        fn visit_unit<E>(self) -> Result<Walk, E> {
            Ok(Walk)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Walk, A::Error> {
            while seq.next_element::<Walk>()?.is_some() {}
            Ok(Walk)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Walk, A::Error> {
            // Objects in a workbook have a handful of keys: a short list searched linearly is
            // several times faster than hashing, and keys without escapes are borrowed from the
            // text rather than copied. Large objects switch to a set.
            const LINEAR: usize = 24;
            let mut few: Vec<Key<'de>> = Vec::new();
            let mut many: Option<std::collections::HashSet<Key<'de>>> = None;
            while let Some(key) = map.next_key::<Key<'de>>()? {
                let duplicate = match &mut many {
                    Some(set) => !set.insert(key.clone()),
                    None if few.contains(&key) => true,
                    None => {
                        few.push(key.clone());
                        if few.len() > LINEAR {
                            many = Some(few.drain(..).collect());
                        }
                        false
                    }
                };
                if duplicate {
                    return Err(A::Error::custom(format_args!("{DUPLICATE_MARK}{}", key.0)));
                }
                map.next_value::<Walk>()?;
            }
            Ok(Walk)
        }
    }

    /// An object key: borrowed from the text when it has no escapes, else decoded.
    #[derive(Clone, PartialEq, Eq, Hash)]
    struct Key<'a>(std::borrow::Cow<'a, str>);

    impl<'de> Deserialize<'de> for Key<'de> {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct KeyVisitor;
            impl<'de> Visitor<'de> for KeyVisitor {
                type Value = Key<'de>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("an object key")
                }
                fn visit_borrowed_str<E>(self, key: &'de str) -> Result<Key<'de>, E> {
                    Ok(Key(std::borrow::Cow::Borrowed(key)))
                }
                fn visit_str<E>(self, key: &str) -> Result<Key<'de>, E> {
                    Ok(Key(std::borrow::Cow::Owned(key.to_string())))
                }
            }
            d.deserialize_str(KeyVisitor)
        }
    }

    const DUPLICATE_MARK: &str = "duplicate key: ";
    let mut de = serde_json::Deserializer::from_str(text);
    let result = Walk::deserialize(&mut de).and_then(|_| de.end());
    result.map_err(|err| {
        let message = err.to_string();
        match message.strip_prefix(DUPLICATE_MARK) {
            Some(rest) => FileError::DuplicateKey { key: rest.rsplit_once(" at line ").map_or(rest, |(k, _)| k).to_string() },
            None => FileError::NotJson { detail: message },
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `pretty` writes what serde_json's pretty printer writes, byte for byte: the example and the
    /// large workbook with results, and awkward values (empty containers, escapes, brackets,
    /// commas and colons inside strings, unicode, nesting).
    #[test]
    fn pretty_matches_serde_json_pretty() {
        let example = crate::domain::example::example_workbook();
        let large = parse(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/large/large.crossroads.json")).unwrap())
            .unwrap()
            .workbook;
        for wb in [Workbook::default(), example, large] {
            let results = crate::domain::results::compute(&wb);
            let envelope = EnvelopeOut {
                format: FORMAT,
                schema_version: SCHEMA_VERSION,
                app_version: APP_VERSION,
                exported_at: "2026-11-23T16:00:00Z",
                locale: "nl",
                workbook: &wb,
                results: Some(&results),
            };
            let expected = serde_json::to_string_pretty(&envelope).unwrap();
            assert_eq!(pretty(&serde_json::to_string(&envelope).unwrap()), expected);
            assert_eq!(to_json_pretty(&wb, "2026-11-23T16:00:00Z", "nl", Some(&results)), expected);
        }
        let odd = serde_json::json!({
            "": [], "e": {}, "a": [[], {}, [1, [2, {"x": []}]], {"y": {"z": {}}}],
            "s": "q\"uote\\ back\\\\ {[,:]} \n tab\t ü 😀 \u{1}", "n": [1.5, -0.0, 1e300, null, true, false],
            "k\"{[": ":,"
        });
        assert_eq!(pretty(&serde_json::to_string(&odd).unwrap()), serde_json::to_string_pretty(&odd).unwrap());
        for scalar in ["1", "\"a\"", "null", "[]", "{}", ""] {
            let expected = if scalar.is_empty() { String::new() } else { serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(scalar).unwrap()).unwrap() };
            assert_eq!(pretty(scalar), expected);
        }
    }

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
    fn the_sized_envelope_is_the_plain_one_and_counts_the_workbook_part() {
        let mut wb = Workbook::default();
        wb.goals.success_text = "Quotes \" and \\ and é, \u{1F600} and a\nnew line".into();
        let large = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/large/large.crossroads.json")).unwrap();
        for wb in [Workbook::default(), wb, parse(&large).unwrap().workbook] {
            let (json, bytes) = to_json_sized(&wb, "2026-11-23T16:00:00Z", "fr \"x\"");
            assert_eq!(json, to_json::<()>(&wb, "2026-11-23T16:00:00Z", "fr \"x\"", None));
            assert_eq!(bytes, workbook_bytes(&wb));
            assert_eq!(bytes, serde_json::to_string(&wb).unwrap().len());
        }
    }

    #[test]
    fn duplicate_keys_are_found_escaped_nested_and_in_large_objects() {
        // The same key written once plainly and once with an escape is still the same key.
        assert_eq!(check_json(r#"{"a":1,"\u0061":2}"#), Err(FileError::DuplicateKey { key: "a".into() }));
        assert_eq!(check_json(r#"{"x":[{"k":1},{"k":2,"b":{"k":1,"k":3}}]}"#), Err(FileError::DuplicateKey { key: "k".into() }));
        // Past the short list's length the walk switches to a set: duplicates on both sides of that.
        let keys: Vec<String> = (0..60).map(|i| format!("\"k{i}\":{i}")).collect();
        let many = format!("{{{}}}", keys.join(","));
        assert_eq!(check_json(&many), Ok(()));
        for repeat in [3, 40, 59] {
            let with = format!("{{{},\"k{repeat}\":0}}", keys.join(","));
            assert_eq!(check_json(&with), Err(FileError::DuplicateKey { key: format!("k{repeat}") }), "k{repeat}");
        }
        assert_eq!(check_json(r#"{"k0":0,"k1":1,"k0":2}"#), Err(FileError::DuplicateKey { key: "k0".into() }));
        // The same key in sibling objects is not a duplicate.
        assert_eq!(check_json(r#"[{"a":1},{"a":2}]"#), Ok(()));
    }

    #[test]
    fn refuses_what_is_not_ours() {
        assert!(matches!(parse("not json"), Err(FileError::NotJson { .. })));
        assert_eq!(parse(r#"{"format":"other"}"#), Err(FileError::WrongFormat { found: Some("other".into()) }));
        assert_eq!(parse(r#"{"schema_version":1}"#), Err(FileError::WrongFormat { found: None }));
        assert_eq!(parse("[1,2]"), Err(FileError::WrongFormat { found: None }));
        assert_eq!(
            parse(r#"{"format":"crossroads-workbook","format":"crossroads-workbook","schema_version":1}"#),
            Err(FileError::DuplicateKey { key: "format".into() })
        );
        assert!(matches!(parse(r#"{"format":"crossroads-workbook","schema_version":1e999}"#), Err(FileError::NotJson { .. })));
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(matches!(parse(&deep), Err(FileError::NotJson { .. })));
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
                assert_eq!(problems[0].at, "experiences[e1].title");
                assert_eq!(problems[0].problem.code(), "too_long");
                assert!(problems[0].to_string().contains("experiences[e1].title"));
                assert_eq!(problems[1].at, "experiences[e1].energy");
                assert_eq!(problems[1].problem.code(), "out_of_range");
            }
            other => panic!("expected Invalid, got {other:?}"),
        }
        let json = r#"{"format":"crossroads-workbook","schema_version":1,"workbook":{"experiences":[{"id":"e1","energy":"high"}]}}"#;
        match parse(json) {
            Err(FileError::InvalidValue { path, .. }) => assert_eq!(path, "workbook.experiences[0].energy"),
            other => panic!("expected InvalidValue, got {other:?}"),
        }
        let json = "{\"format\":\"crossroads-workbook\",\"schema_version\":1,\"workbook\":{\n \"decision\": {\"options\": [],\n  \"scores\": [{\"option\":\"o1\",\"criterion\":\"c1\",\"value\":5},\n {\"option\":\"o1\",\"criterion\":\"c2\",\"value\":\"7\"}]}}}";
        match parse(json) {
            Err(FileError::InvalidValue { path, detail }) => {
                assert_eq!(path, "workbook.decision.scores[1].value");
                assert!(detail.contains("invalid type"), "{detail}");
            }
            other => panic!("expected InvalidValue, got {other:?}"),
        }
        let missing = r#"{"format":"crossroads-workbook","schema_version":1,"workbook":{"decision":{"scores":[{"option":"o1"}]}}}"#;
        match parse(missing) {
            Err(FileError::InvalidValue { path, detail }) => {
                assert_eq!(path, "workbook.decision.scores[0]");
                assert!(detail.contains("missing field"), "{detail}");
            }
            other => panic!("expected InvalidValue, got {other:?}"),
        }
    }

    fn fixture_dir(name: &str) -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
    }

    #[test]
    fn every_bad_fixture_gives_its_specific_error() {
        let manifest: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(fixture_dir("bad").join("manifest.json")).unwrap()).unwrap();
        let entries = manifest.as_object().unwrap();
        assert!(entries.len() >= 25, "the contract asks for at least 25 bad files");
        for (name, expected) in entries {
            let text = std::fs::read_to_string(fixture_dir("bad").join(name)).unwrap();
            let err = parse(&text).expect_err(name);
            assert_eq!(err.kind(), expected["error"].as_str().unwrap(), "{name}: {err}");
            assert!(!err.to_string().is_empty());
        }
    }

    #[test]
    fn good_fixtures_import_and_keep_their_text_exactly() {
        let example = crate::domain::example::example_workbook();
        for entry in std::fs::read_dir(fixture_dir("good")).unwrap() {
            let path = entry.unwrap().path();
            let parsed = parse(&std::fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{path:?}: {e}"));
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            match name.as_str() {
                "bom.crossroads.json" | "integral-floats.crossroads.json" => assert_eq!(parsed.workbook, example, "{name}"),
                "decision-only.crossroads.json" => assert_eq!(parsed.workbook.decision, example.decision),
                "decision-20x12.crossroads.json" => {
                    let d = &parsed.workbook.decision;
                    assert_eq!((d.options.len(), d.criteria.len(), d.scores.len()), (20, 12, 240));
                }
                "hostile-html.crossroads.json" => assert!(parsed.workbook.experiences[0].title.starts_with("<script>")),
                "rtl-emoji.crossroads.json" => assert!(parsed.workbook.experiences[0].title.contains('🚀')),
                other => panic!("unexpected good fixture {other}"),
            }
        }
    }

    #[test]
    fn every_schema_version_sample_migrates_to_the_current_model() {
        for version in 1..=SCHEMA_VERSION {
            let dir = fixture_dir(&format!("v{version}"));
            let mut count = 0;
            for entry in std::fs::read_dir(&dir).unwrap() {
                let parsed = parse(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
                assert_eq!(parsed.schema_version, version);
                assert!(!parsed.workbook.is_empty());
                count += 1;
            }
            assert!(count > 0, "a sample of schema version {version} is kept in {dir:?}");
        }
    }

    mod round_trip {
        use super::super::*;
        use crate::domain::decision::{Criterion, Decision, DecisionOption, MoveKind, Score};
        use crate::domain::workbook::{Experience, ExperienceKind, Goal, Horizon, TalentRating};
        use proptest::prelude::*;

        fn text(max: usize) -> impl Strategy<Value = String> {
            proptest::collection::vec(any::<char>(), 0..max).prop_map(|c| c.into_iter().collect())
        }

        fn experience() -> impl Strategy<Value = Experience> {
            (text(40), text(300), proptest::option::of(1u8..=5), any::<bool>(), proptest::collection::vec(text(12), 0..4))
                .prop_map(|(title, did, energy, ongoing, tags)| Experience {
                    title,
                    did,
                    energy,
                    ongoing,
                    tags,
                    kind: if ongoing { ExperienceKind::Job } else { ExperienceKind::LifeEvent },
                    ..Default::default()
                })
        }

        fn workbook() -> impl Strategy<Value = Workbook> {
            (
                proptest::collection::vec(experience(), 0..6),
                proptest::collection::vec((text(30), 0u8..3), 0..4),
                proptest::collection::vec((0.0f64..=10.0, 0.0f64..=10.0), 0..6),
                text(200),
                proptest::option::of(0.0f64..1e6),
            )
                .prop_map(|(mut experiences, goals, values, success_text, income_floor)| {
                    for (i, e) in experiences.iter_mut().enumerate() {
                        e.id = format!("e{}", i + 1);
                    }
                    let mut wb = Workbook { experiences, ..Default::default() };
                    wb.talents.ratings = wb
                        .experiences
                        .iter()
                        .take(2)
                        .map(|e| TalentRating { key: format!("k{}", e.id), proficiency: e.energy, experiences: vec![e.id.clone()], ..Default::default() })
                        .collect();
                    wb.goals.goals = goals
                        .into_iter()
                        .enumerate()
                        .map(|(i, (text, h))| Goal {
                            id: format!("g{i}"),
                            horizon: [Horizon::OneYear, Horizon::ThreeYears, Horizon::TenYears][h as usize],
                            text,
                            why: String::new(),
                        })
                        .collect();
                    wb.goals.success_text = success_text;
                    wb.goals.constraints.income_floor = income_floor;
                    let mut d = Decision::default();
                    for (i, (a, b)) in values.iter().enumerate() {
                        d.options.push(DecisionOption { id: format!("o{i}"), name: format!("Option {i}"), move_kind: MoveKind::ALL[i % 7], notes: String::new() });
                        let (low, high) = if a <= b { (*a, *b) } else { (*b, *a) };
                        if i == 0 {
                            d.criteria.push(Criterion { id: "c0".into(), name: "Meaning".into(), source: "value:meaning".into() });
                        }
                        d.scores.push(Score { option: format!("o{i}"), criterion: "c0".into(), value: low, low: Some(low), high: Some(high), note: String::new() });
                    }
                    wb.decision = d;
                    wb
                })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]
            #[test]
            fn export_then_import_gives_an_equal_workbook(wb in workbook()) {
                prop_assume!(wb.validate().is_ok());
                let results = crate::domain::results::compute(&wb);
                let text = to_json_pretty(&wb, "2026-11-23T16:00:00Z", "nl", Some(results));
                let parsed = parse(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(parsed.workbook, wb);
            }
        }
    }

    #[test]
    fn the_workbook_inside_an_html_report_is_read() {
        let json = to_json::<()>(&Workbook::default(), "2026-11-23T16:00:00Z", "en", None).replace('<', "\\u003c");
        let html = format!(
            "<!doctype html><html><body><h1>Report</h1><script type=\"application/json\" id=\"crossroads-workbook\">{json}</script></body></html>"
        );
        assert_eq!(parse(&html).unwrap().workbook, Workbook::default());
        assert_eq!(parse("<!doctype html><p>hi</p>"), Err(FileError::NoWorkbookInHtml));
    }
}
