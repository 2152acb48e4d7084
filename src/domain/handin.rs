//! The hand-in file for workshops (`*.crossroads-handin.json`, FILE-FORMAT.md): the few numbers
//! and keys a participant gives a facilitator, and nothing else — no names, no free text, no
//! scores of options. Built from a workbook, written, read back with clear errors, and a plain
//! workbook file reduced to the same fields (for participants who hand in their whole file).
//!
//! # The file (documented in `docs/file-format-handin.md`)
//!
//! ```json
//! { "format": "crossroads-handin", "version": 1, "handin_id": "h-3f9c…",
//!   "attitudes": { "self_directed": 3.75, "concern": 4.0 },
//!   "values_top": ["meaning", "autonomy"],
//!   "moves": ["enrichment", "diagonal"] }
//! ```
//!
//! - `handin_id`: 1–64 characters of `A–Z a–z 0–9 - _`, random per browser (so a re-export of
//!   the same workbook keeps it, and the facilitator counts the person once).
//! - `attitudes`: subscale key → mean (1–5) of the latest completed take; only scored subscales;
//!   `null` or absent without a completed take. Unknown subscale keys are ignored.
//! - `values_top`: at most five catalogued value keys, most important first. Custom values are
//!   left out when writing (their key may be the person's own words) and ignored when reading,
//!   as are unknown keys and repeats.
//! - `moves`: the distinct kinds of move (`up`, `lateral`, …) of the options considered, in the
//!   contract's order. Unknown kinds and repeats are ignored.
//!
//! Reading follows the workbook file's acceptance rules: a BOM is accepted, a duplicated key is
//! an error, `version` may be written `1.0`, unknown fields are ignored, a newer version is
//! refused naming both versions, numbers must be finite and in range.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::attitudes::{self, Subscale};
use super::catalog;
use super::decision::MoveKind;
use super::file::{self, FileError, MAX_FILE_BYTES};
use super::workbook::Workbook;

/// The `format` of a hand-in file.
pub const FORMAT: &str = "crossroads-handin";
/// The hand-in version this build writes and the newest it reads.
pub const VERSION: u32 = 1;
/// The most characters a `handin_id` may have.
pub const MAX_ID_CHARS: usize = 64;
/// How many top values a hand-in carries.
pub const MAX_VALUES: usize = 5;
/// Hand-in files are tiny; anything over this is refused before it is read (plain workbook
/// files handed in instead still get the workbook's own cap, [`MAX_FILE_BYTES`]).
pub const MAX_HANDIN_BYTES: usize = 64 * 1024;

/// What one participant hands in.
#[derive(Clone, Debug, PartialEq)]
pub struct HandIn {
    pub handin_id: String,
    /// Subscale means of the latest completed take (scored subscales only); `None` without one.
    pub attitudes: Option<BTreeMap<Subscale, f64>>,
    /// Catalogued value keys, most important first, at most five.
    pub values_top: Vec<String>,
    /// Distinct kinds of move, in [`MoveKind::ALL`] order.
    pub moves: Vec<MoveKind>,
}

/// Where a loaded hand-in came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A hand-in file.
    HandIn,
    /// A plain workbook file (or HTML report), reduced to the hand-in fields on load.
    Workbook,
}

/// Why a file cannot be read as a hand-in.
#[derive(Clone, Debug, PartialEq)]
pub enum HandInError {
    /// An encrypted workbook: the facilitator cannot (and should not) open it.
    Encrypted,
    /// The browser could not read the file (its message is kept for diagnosis).
    Unreadable { detail: String },
    /// Everything the workbook file's reader can report, with the same meaning.
    File(FileError),
}

impl HandInError {
    /// A stable name for the kind of error (tests).
    pub fn kind(&self) -> &'static str {
        match self {
            HandInError::Encrypted => "encrypted",
            HandInError::Unreadable { .. } => "unreadable",
            HandInError::File(err) => err.kind(),
        }
    }
}

impl std::fmt::Display for HandInError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HandInError::Encrypted => write!(f, "an encrypted workbook cannot be read as a hand-in"),
            HandInError::Unreadable { detail } => write!(f, "the file could not be read: {detail}"),
            HandInError::File(err) => err.fmt(f),
        }
    }
}

impl From<FileError> for HandInError {
    fn from(err: FileError) -> Self {
        HandInError::File(err)
    }
}

/// The hand-in of `workbook` under `handin_id`.
pub fn from_workbook(workbook: &Workbook, handin_id: &str) -> HandIn {
    let attitudes = attitudes::completed_takes(&workbook.attitudes).last().map(|take| {
        let profile = attitudes::score(&take.answers);
        Subscale::ALL.into_iter().filter_map(|s| profile.mean(s).map(|m| (s, m))).collect::<BTreeMap<_, _>>()
    });
    let mut values_top: Vec<String> = Vec::new();
    for key in &workbook.values.top {
        if catalog::is_value(key) && !values_top.contains(key) && values_top.len() < MAX_VALUES {
            values_top.push(key.clone());
        }
    }
    let moves = MoveKind::ALL.into_iter().filter(|k| workbook.decision.options.iter().any(|o| o.move_kind == *k)).collect();
    HandIn { handin_id: handin_id.to_string(), attitudes, values_top, moves }
}

/// The hand-in file as written.
#[derive(Serialize)]
struct HandInOut<'a> {
    format: &'static str,
    version: u32,
    handin_id: &'a str,
    attitudes: Option<BTreeMap<&'static str, f64>>,
    values_top: &'a [String],
    moves: Vec<&'static str>,
}

/// The hand-in file's text (pretty-printed: participants may open it to see what they share).
pub fn to_json(handin: &HandIn) -> String {
    let out = HandInOut {
        format: FORMAT,
        version: VERSION,
        handin_id: &handin.handin_id,
        attitudes: handin.attitudes.as_ref().map(|a| a.iter().map(|(s, m)| (s.key(), *m)).collect()),
        values_top: &handin.values_top,
        moves: handin.moves.iter().map(|m| m.as_str()).collect(),
    };
    crate::domain::file::pretty(&serde_json::to_string(&out).unwrap_or_default())
}

/// `crossroads-YYYY-MM-DD.crossroads-handin.json` for a timestamp.
pub fn file_name(now: &str) -> String {
    format!("crossroads-{}.crossroads-handin.json", now.get(..10).unwrap_or("handin"))
}

/// A fresh hand-in id from 16 random bytes (the caller draws them from the browser).
pub fn new_id(random: [u8; 16]) -> String {
    let mut id = String::from("h-");
    for b in random {
        id.push_str(&format!("{b:02x}"));
    }
    id
}

/// True if `id` is a well-formed hand-in id.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().count() <= MAX_ID_CHARS && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Reads a file a participant handed in: a hand-in file, or a plain workbook file / HTML report
/// (reduced to the hand-in fields, with an id derived from its contents so the same workbook
/// loaded twice counts once).
pub fn parse_any(text: &str) -> Result<(HandIn, Source), HandInError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() }.into());
    }
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if file::looks_like_html(body) {
        return reduce_workbook(text);
    }
    file::check_json(body)?;
    let value: Value = serde_json::from_str(body).map_err(|e| FileError::NotJson { detail: e.to_string() })?;
    match value.get("format").and_then(Value::as_str) {
        Some(FORMAT) => parse_value(&value, text.len()).map(|h| (h, Source::HandIn)),
        Some(file::FORMAT) => reduce_workbook(text),
        Some("crossroads-encrypted") => Err(HandInError::Encrypted),
        Some(other) => Err(FileError::WrongFormat { found: Some(other.to_string()) }.into()),
        None => Err(FileError::WrongFormat { found: None }.into()),
    }
}

/// Reads a hand-in file (only).
pub fn parse(text: &str) -> Result<HandIn, HandInError> {
    match parse_any(text)? {
        (handin, Source::HandIn) => Ok(handin),
        (_, Source::Workbook) => Err(FileError::WrongFormat { found: Some(file::FORMAT.to_string()) }.into()),
    }
}

fn reduce_workbook(text: &str) -> Result<(HandIn, Source), HandInError> {
    let parsed = file::parse(text)?;
    let id = content_id(&parsed.workbook);
    Ok((from_workbook(&parsed.workbook, &id), Source::Workbook))
}

/// `w-` and the first 16 bytes of the SHA-256 of the workbook's JSON, in hex.
fn content_id(workbook: &Workbook) -> String {
    let json = serde_json::to_string(workbook).unwrap_or_default();
    let digest = Sha256::digest(json.as_bytes());
    let mut id = String::from("w-");
    for b in digest.iter().take(16) {
        id.push_str(&format!("{b:02x}"));
    }
    id
}

fn invalid(path: &str, detail: &str) -> HandInError {
    FileError::InvalidValue { path: path.to_string(), detail: detail.to_string() }.into()
}

fn parse_value(value: &Value, bytes: usize) -> Result<HandIn, HandInError> {
    if bytes > MAX_HANDIN_BYTES {
        return Err(FileError::TooLarge { bytes }.into());
    }
    let version = value
        .get("version")
        .and_then(Value::as_number)
        .and_then(|n| n.as_u64().or_else(|| n.as_f64().filter(|x| x.fract() == 0.0 && *x >= 1.0 && *x < 9.0e15).map(|x| x as u64)))
        .filter(|v| *v >= 1)
        .ok_or_else(|| invalid("version", "must be a whole number from 1"))?;
    if version > u64::from(VERSION) {
        return Err(FileError::NewerVersion { file: version, supported: VERSION }.into());
    }
    let handin_id = match value.get("handin_id") {
        Some(Value::String(id)) if is_valid_id(id) => id.clone(),
        Some(Value::String(_)) => return Err(invalid("handin_id", "must be 1–64 letters, digits, - or _")),
        Some(_) => return Err(invalid("handin_id", "must be a string")),
        None => return Err(invalid("handin_id", "missing field")),
    };
    let attitudes = match value.get("attitudes") {
        None | Some(Value::Null) => None,
        Some(Value::Object(map)) => {
            let mut means = BTreeMap::new();
            for (key, mean) in map {
                let Some(subscale) = Subscale::ALL.into_iter().find(|s| s.key() == key) else { continue };
                let path = format!("attitudes.{key}");
                let mean = mean.as_f64().ok_or_else(|| invalid(&path, "must be a number"))?;
                if !(f64::from(attitudes::SCALE_MIN)..=f64::from(attitudes::SCALE_MAX)).contains(&mean) {
                    return Err(invalid(&path, "must lie between 1 and 5"));
                }
                means.insert(subscale, mean);
            }
            Some(means)
        }
        Some(_) => return Err(invalid("attitudes", "must be an object of subscale means")),
    };
    let mut values_top: Vec<String> = Vec::new();
    for (i, key) in list(value, "values_top")?.iter().enumerate() {
        let key = key.as_str().ok_or_else(|| invalid(&format!("values_top[{i}]"), "must be a string"))?;
        if catalog::is_value(key) && !values_top.iter().any(|k| k == key) && values_top.len() < MAX_VALUES {
            values_top.push(key.to_string());
        }
    }
    let mut kinds: Vec<MoveKind> = Vec::new();
    for (i, kind) in list(value, "moves")?.iter().enumerate() {
        let kind = kind.as_str().ok_or_else(|| invalid(&format!("moves[{i}]"), "must be a string"))?;
        if let Some(k) = MoveKind::ALL.into_iter().find(|k| k.as_str() == kind) {
            kinds.push(k);
        }
    }
    let moves = MoveKind::ALL.into_iter().filter(|k| kinds.contains(k)).collect();
    Ok(HandIn { handin_id, attitudes, values_top, moves })
}

/// The array at `field` (empty when absent or `null`).
fn list<'a>(value: &'a Value, field: &str) -> Result<&'a [Value], HandInError> {
    match value.get(field) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(items)) => Ok(items.as_slice()),
        Some(_) => Err(invalid(field, "must be a list")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::decision::DecisionOption;
    use crate::domain::example::example_workbook;

    #[test]
    fn the_example_hands_in_numbers_and_keys_only() {
        let wb = example_workbook();
        let handin = from_workbook(&wb, "h-1");
        assert_eq!(handin.values_top, vec!["meaning", "autonomy", "balance", "helping", "learning"]);
        assert_eq!(handin.moves, vec![MoveKind::Up, MoveKind::Diagonal, MoveKind::Enrichment, MoveKind::Exit]);
        let means = handin.attitudes.as_ref().expect("the example has a completed take");
        assert!(!means.is_empty());
        let text = to_json(&handin);
        for option in &wb.decision.options {
            assert!(!text.contains(&option.name), "no option names");
        }
        for e in &wb.experiences {
            assert!(!text.contains(&e.title), "no experience titles");
        }
        assert_eq!(parse(&text).unwrap(), handin, "round trip");
        let doc: Value = serde_json::from_str(&text).unwrap();
        let mut keys: Vec<&str> = doc.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["attitudes", "format", "handin_id", "moves", "values_top", "version"]);
    }

    #[test]
    fn custom_values_and_repeats_are_left_out() {
        let mut wb = Workbook::default();
        wb.values.top = vec!["Anna's secret wish".into(), "autonomy".into(), "autonomy".into()];
        wb.decision.options = vec![
            DecisionOption { id: "o1".into(), name: "x".into(), move_kind: MoveKind::Exit, notes: String::new() },
            DecisionOption { id: "o2".into(), name: "y".into(), move_kind: MoveKind::Exit, notes: String::new() },
        ];
        let handin = from_workbook(&wb, "h-2");
        assert_eq!(handin.values_top, vec!["autonomy"]);
        assert_eq!(handin.moves, vec![MoveKind::Exit]);
        assert_eq!(handin.attitudes, None);
        assert!(to_json(&handin).contains("\"attitudes\": null"));
    }

    #[test]
    fn a_plain_workbook_file_is_reduced_with_a_content_id() {
        let wb = example_workbook();
        let text = file::to_json::<()>(&wb, "2026-11-23T16:00:00Z", "en", None);
        let (a, source) = parse_any(&text).unwrap();
        assert_eq!(source, Source::Workbook);
        assert!(a.handin_id.starts_with("w-") && is_valid_id(&a.handin_id));
        let again = file::to_json::<()>(&wb, "2026-11-24T09:00:00Z", "fr", None);
        assert_eq!(parse_any(&again).unwrap().0.handin_id, a.handin_id, "the same workbook gets the same id");
        assert_eq!(a.values_top, from_workbook(&wb, "x").values_top);
        assert!(matches!(parse(&text), Err(HandInError::File(FileError::WrongFormat { .. }))));
    }

    #[test]
    fn bad_files_get_specific_errors() {
        let kind = |text: &str| parse_any(text).unwrap_err().kind();
        assert_eq!(kind("not json"), "not_json");
        assert_eq!(kind(r#"{"format":"crossroads-handin","format":"crossroads-handin"}"#), "duplicate_key");
        assert_eq!(kind(r#"{"format":"something"}"#), "wrong_format");
        assert_eq!(kind(r#"{"version":1}"#), "wrong_format");
        assert_eq!(kind(r#"{"format":"crossroads-encrypted","version":1}"#), "encrypted");
        assert_eq!(kind(r#"{"format":"crossroads-handin","version":2,"handin_id":"a"}"#), "newer_version");
        assert_eq!(kind(r#"{"format":"crossroads-handin","handin_id":"a"}"#), "invalid_value");
        assert_eq!(kind(r#"{"format":"crossroads-handin","version":1}"#), "invalid_value");
        assert_eq!(kind(r#"{"format":"crossroads-handin","version":1,"handin_id":"Jane Doe"}"#), "invalid_value");
        let out_of_range = parse_any(r#"{"format":"crossroads-handin","version":1,"handin_id":"a","attitudes":{"concern":7}}"#);
        assert_eq!(
            out_of_range.unwrap_err(),
            HandInError::File(FileError::InvalidValue { path: "attitudes.concern".into(), detail: "must lie between 1 and 5".into() })
        );
        assert_eq!(kind(r#"{"format":"crossroads-handin","version":1,"handin_id":"a","moves":"up"}"#), "invalid_value");
        assert_eq!(kind(r#"{"format":"crossroads-handin","version":1,"handin_id":"a","values_top":[3]}"#), "invalid_value");
        assert_eq!(kind(&" ".repeat(MAX_FILE_BYTES + 1)), "too_large");
        let padded = format!(r#"{{"format":"crossroads-handin","version":1,"handin_id":"a","pad":"{}"}}"#, "x".repeat(MAX_HANDIN_BYTES));
        assert_eq!(kind(&padded), "too_large");
    }

    #[test]
    fn lenient_where_the_contract_is() {
        let text = "\u{feff}{\"format\":\"crossroads-handin\",\"version\":1.0,\"handin_id\":\"a_1\",\"future\":true,\
                    \"attitudes\":{\"concern\":4,\"unknown\":9},\"values_top\":[\"meaning\",\"nope\",\"meaning\"],\"moves\":[\"exit\",\"teleport\",\"up\"]}";
        let h = parse(text).unwrap();
        assert_eq!(h.attitudes.unwrap().get(&Subscale::Concern), Some(&4.0));
        assert_eq!(h.values_top, vec!["meaning"]);
        assert_eq!(h.moves, vec![MoveKind::Up, MoveKind::Exit]);
    }

    #[test]
    fn ids_and_file_names() {
        let id = new_id([0xab; 16]);
        assert_eq!(id.len(), 34);
        assert!(is_valid_id(&id));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id(&"a".repeat(65)));
        assert_eq!(file_name("2026-11-27T15:00:00Z"), "crossroads-2026-11-27.crossroads-handin.json");
    }
}
