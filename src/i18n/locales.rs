//! Dutch and French as data: the tables the wasm installs at run time.
//!
//! The catalogues stay the source of truth (one Rust row with its English, Dutch and French
//! text), but the wasm compiles only the English column (see [`super::catalogue!`]). The Dutch
//! and French columns are written by a native test into `public/locales/{nl,fr}.<hash>.json`
//! (`UPDATE_LOCALES=1 cargo test --lib locale_files`, or `make locales`), with a content hash in
//! the name so browser caches and the service worker never mix versions; their paths are in the
//! generated [`super::locale_files`]. The UI fetches a table before it shows the language
//! (`platform::locales`) and hands the text to [`install`].
//!
//! A file carries the hash of the English column of every catalogue it was made from, and each
//! catalogue's length is checked too: a wasm given a table from another build rejects it with an
//! error instead of showing wrong strings. Until a language is installed, [`lookup`] gives `None`
//! and [`super::tr`] falls back to English. Pure Rust: no browser API here.

use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{every_catalogue, Lang, Text};
use super::{
    AttitudeText, BriefText, DecisionText, EmbedText, ExchangeText, ExperienceText, GoalsText, GuideText, Key, OrgText,
    ProblemText, TalentName, TalentsText, ValueDescription, ValueName, ValuesText, WorkshopText,
};

/// An installed table: per catalogue (by name) its texts in variant order.
struct Table {
    catalogues: Vec<(&'static str, Vec<&'static str>)>,
}

static NL: OnceLock<Table> = OnceLock::new();
static FR: OnceLock<Table> = OnceLock::new();

fn slot(lang: Lang) -> Option<&'static OnceLock<Table>> {
    match lang {
        Lang::En => None,
        Lang::Nl => Some(&NL),
        Lang::Fr => Some(&FR),
    }
}

/// True when `lang` can be shown: English always, Dutch and French once their table is installed.
pub fn is_ready(lang: Lang) -> bool {
    slot(lang).is_none_or(|s| s.get().is_some())
}

/// The installed text of `key` in `lang`; `None` for English or before the table is installed.
pub fn lookup<K: Text>(lang: Lang, key: K) -> Option<&'static str> {
    let table = slot(lang)?.get()?;
    let (_, texts) = table.catalogues.iter().find(|(name, _)| *name == K::CATALOGUE)?;
    texts.get(key.index()).copied()
}

/// The path of `lang`'s table relative to the app's base URL (`None` for English).
pub fn file_path(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::Nl => Some(super::locale_files::NL),
        Lang::Fr => Some(super::locale_files::FR),
    }
}

/// A locale file as written and read.
#[derive(Serialize, Deserialize)]
struct LocaleFile<S> {
    /// The language's code.
    lang: S,
    /// [`english_hash`] of the build that wrote it.
    english: S,
    /// Per catalogue, in [`every_catalogue!`]'s order: its name and its texts in variant order.
    catalogues: Vec<(S, Vec<S>)>,
}

/// Why a table was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum LocaleError {
    /// English has no table.
    English,
    /// Not a locale file (the JSON parser's words).
    Unreadable(String),
    /// A file of another language.
    WrongLanguage { expected: &'static str, found: String },
    /// Made from other English texts: another build's file.
    OtherBuild { expected: String, found: String },
    /// A catalogue is missing or has another number of rows.
    Shape { catalogue: &'static str, expected: usize, found: Option<usize> },
}

impl fmt::Display for LocaleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LocaleError::English => write!(f, "English is compiled in and has no table"),
            LocaleError::Unreadable(detail) => write!(f, "the locale file is not readable: {detail}"),
            LocaleError::WrongLanguage { expected, found } => write!(f, "the locale file is for “{found}”, not “{expected}”"),
            LocaleError::OtherBuild { expected, found } => {
                write!(f, "the locale file belongs to another build (English hash {found}, this build has {expected})")
            }
            LocaleError::Shape { catalogue, expected, found: Some(n) } => {
                write!(f, "the locale file has {n} rows for {catalogue}, this build has {expected}")
            }
            LocaleError::Shape { catalogue, found: None, .. } => write!(f, "the locale file lacks the catalogue {catalogue}"),
        }
    }
}

/// Checks `json` against this build's catalogues and installs it as `lang`'s table. Installing a
/// language twice keeps the first table (both came from the same build, or the second is refused).
pub fn install(lang: Lang, json: &str) -> Result<(), LocaleError> {
    let slot = slot(lang).ok_or(LocaleError::English)?;
    if slot.get().is_some() {
        return Ok(());
    }
    let checked = check(lang, json)?;
    // Leaked once per language and session: `tr` hands out `&'static str`.
    let catalogues = checked
        .into_iter()
        .map(|(name, texts)| (name, texts.into_iter().map(|t| &*Box::leak(t.into_boxed_str())).collect()))
        .collect();
    let _ = slot.set(Table { catalogues });
    Ok(())
}

/// The catalogues of `json` in this build's order, once the file proved to be `lang`'s table of
/// this build.
fn check(lang: Lang, json: &str) -> Result<Vec<(&'static str, Vec<String>)>, LocaleError> {
    if lang == Lang::En {
        return Err(LocaleError::English);
    }
    let file: LocaleFile<String> = serde_json::from_str(json).map_err(|e| LocaleError::Unreadable(e.to_string()))?;
    if file.lang != lang.code() {
        return Err(LocaleError::WrongLanguage { expected: lang.code(), found: file.lang });
    }
    let expected = english_hash();
    if file.english != expected {
        return Err(LocaleError::OtherBuild { expected, found: file.english });
    }
    let mut given = file.catalogues;
    let mut catalogues = Vec::with_capacity(given.len());
    for (name, len) in english_columns().into_iter().map(|(name, texts)| (name, texts.len())) {
        let Some(at) = given.iter().position(|(n, _)| n == name) else {
            return Err(LocaleError::Shape { catalogue: name, expected: len, found: None });
        };
        let (_, texts) = given.swap_remove(at);
        if texts.len() != len {
            return Err(LocaleError::Shape { catalogue: name, expected: len, found: Some(texts.len()) });
        }
        catalogues.push((name, texts));
    }
    Ok(catalogues)
}

/// Every catalogue's name and English column, in [`every_catalogue!`]'s order.
fn english_columns() -> Vec<(&'static str, Vec<&'static str>)> {
    fn column<K: Text>(all: &[K]) -> (&'static str, Vec<&'static str>) {
        (K::CATALOGUE, all.iter().map(|k| k.en()).collect())
    }
    every_catalogue!(column).into_iter().collect()
}

/// FNV-1a, 64 bits: a small stable hash, the same natively and in wasm.
fn fnv1a(bytes: impl IntoIterator<Item = u8>, mut hash: u64) -> u64 {
    for b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of every catalogue's name and English column: a table made from other English rows
/// (another build) does not match it.
pub fn english_hash() -> String {
    let mut hash = FNV_OFFSET;
    for (name, texts) in english_columns() {
        hash = fnv1a(name.bytes().chain([0]), hash);
        for text in texts {
            hash = fnv1a(text.bytes().chain([0]), hash);
        }
        hash = fnv1a([1], hash);
    }
    format!("{hash:016x}")
}

/// The locale file of `lang` (Dutch or French) as this build writes it.
#[cfg(not(target_arch = "wasm32"))]
pub fn locale_json(lang: Lang) -> String {
    fn column<K: Text>(all: &[K]) -> (&'static str, Vec<(&'static str, &'static str)>) {
        (K::CATALOGUE, all.iter().map(|k| { let (_, nl, fr) = k.row(); (nl, fr) }).collect())
    }
    let catalogues = every_catalogue!(column)
        .into_iter()
        .map(|(name, texts)| (name, texts.into_iter().map(|(nl, fr)| if lang == Lang::Fr { fr } else { nl }).collect()))
        .collect();
    let english = english_hash();
    let file = LocaleFile { lang: lang.code(), english: english.as_str(), catalogues };
    let mut json = serde_json::to_string(&file).unwrap_or_default();
    json.push('\n');
    json
}

/// The file name of `lang`'s table: its code and a hash of its content.
#[cfg(not(target_arch = "wasm32"))]
pub fn locale_file_name(lang: Lang, json: &str) -> String {
    format!("{}.{:016x}.json", lang.code(), fnv1a(json.bytes(), FNV_OFFSET))
}

#[cfg(test)]
mod tests {
    use super::*;

    const REGENERATE: &str = "regenerate them with `UPDATE_LOCALES=1 cargo test --lib locale_files` (or `make locales`) and commit the result";

    /// The generated Rust file naming the locale files.
    fn rust_file(nl: &str, fr: &str) -> String {
        format!(
            "// @generated by `UPDATE_LOCALES=1 cargo test --lib locale_files` (src/i18n/locales.rs): do not edit.\n\
             //! Paths of the Dutch and French tables under the app's base URL (`public/locales/` in the\n\
             //! source tree, `locales/` in `dist/`); the hash in each name changes with its content.\n\n\
             /// The Dutch table.\n\
             pub const NL: &str = \"locales/{nl}\";\n\
             /// The French table.\n\
             pub const FR: &str = \"locales/{fr}\";\n\n\
             /// The text of a locale file at compile time, for the wasm tests: `locale_json!(nl)`.\n\
             #[macro_export]\n\
             macro_rules! locale_json {{\n    \
                 (nl) => {{ include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/public/locales/{nl}\")) }};\n    \
                 (fr) => {{ include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/public/locales/{fr}\")) }};\n\
             }}\n"
        )
    }

    /// `public/locales/` and `src/i18n/locale_files.rs` are what the catalogues make today.
    #[test]
    fn locale_files_are_current() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = root.join("public/locales");
        let nl = locale_json(Lang::Nl);
        let fr = locale_json(Lang::Fr);
        let (nl_name, fr_name) = (locale_file_name(Lang::Nl, &nl), locale_file_name(Lang::Fr, &fr));
        let rust = rust_file(&nl_name, &fr_name);
        let rust_path = root.join("src/i18n/locale_files.rs");
        if std::env::var_os("UPDATE_LOCALES").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "json") {
                    std::fs::remove_file(path).unwrap();
                }
            }
            std::fs::write(dir.join(&nl_name), &nl).unwrap();
            std::fs::write(dir.join(&fr_name), &fr).unwrap();
            std::fs::write(&rust_path, &rust).unwrap();
            return;
        }
        let mut present: Vec<String> = std::fs::read_dir(&dir)
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        present.sort();
        let mut expected = vec![fr_name.clone(), nl_name.clone()];
        expected.sort();
        assert_eq!(present, expected, "public/locales/ is stale: {REGENERATE}");
        for (name, text) in [(&nl_name, &nl), (&fr_name, &fr)] {
            assert_eq!(&std::fs::read_to_string(dir.join(name)).unwrap(), text, "public/locales/{name} is stale: {REGENERATE}");
        }
        assert_eq!(std::fs::read_to_string(&rust_path).unwrap_or_default(), rust, "src/i18n/locale_files.rs is stale: {REGENERATE}");
    }

    /// Every row of the committed files, installed, reads as the catalogue's own row.
    #[test]
    fn locale_files_install_and_match_the_catalogues() {
        install(Lang::Nl, &locale_json(Lang::Nl)).unwrap();
        install(Lang::Fr, &locale_json(Lang::Fr)).unwrap();
        assert!(is_ready(Lang::Nl) && is_ready(Lang::Fr) && is_ready(Lang::En));
        fn check<K: Text>(all: &[K]) -> usize {
            for &k in all {
                let (en, nl, fr) = k.row();
                assert_eq!(k.en(), en, "{k:?}");
                assert_eq!(lookup(Lang::Nl, k), Some(nl), "{k:?}");
                assert_eq!(lookup(Lang::Fr, k), Some(fr), "{k:?}");
                assert_eq!(lookup(Lang::En, k), None, "{k:?}");
            }
            all.len()
        }
        let rows: usize = every_catalogue!(check).into_iter().sum();
        assert_eq!(rows, super::super::all_rows().len());
    }

    #[test]
    fn locale_files_from_another_build_are_refused() {
        let json = locale_json(Lang::Nl);
        let hash = english_hash();
        let other = json.replace(&hash, "0123456789abcdef");
        // Checked without installing: the slot may already hold the table from another test.
        let mut file: LocaleFile<String> = serde_json::from_str(&json).unwrap();
        file.catalogues[0].1.pop();
        let short = serde_json::to_string(&file).unwrap();
        let fresh = |json: &str| check(Lang::Nl, json).map(|_| ());
        assert!(matches!(fresh(&other), Err(LocaleError::OtherBuild { .. })));
        assert!(matches!(fresh(&short), Err(LocaleError::Shape { catalogue: "Key", .. })), "{:?}", fresh(&short));
        assert!(matches!(fresh(&locale_json(Lang::Fr)), Err(LocaleError::WrongLanguage { .. })));
        assert!(matches!(fresh("<!doctype html>"), Err(LocaleError::Unreadable(_))));
        assert_eq!(fresh(&json), Ok(()));
        assert_eq!(install(Lang::En, &json), Err(LocaleError::English));
    }
}
