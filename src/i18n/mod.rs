//! The one translation layer: every user-visible string is a [`Key`] looked up for a [`Lang`].
//!
//! The catalogue is a table in [`catalogue`]: one row per key with its English, Dutch and French
//! text, so a missing language column is a compile error and an empty one is caught by a native
//! test. Placeholders are written `{name}` and filled by [`format`]. This module is pure Rust: it
//! knows nothing of the browser, so the catalogue is tested natively.

mod attitudes;
mod brief;
mod catalogue;
pub mod catalog_names;
mod decision;
mod embed;
pub mod errors;
mod exchange;
mod experiences;
mod goals;
mod talents;
mod values;
mod guide;
pub mod locale_files;
pub mod locales;
pub mod number;
mod orgcheck;
mod plural;
mod workshop;

pub use attitudes::AttitudeText;
pub use brief::BriefText;
pub use catalog_names::{TalentName, ValueDescription, ValueName};
pub use catalogue::Key;
pub use decision::DecisionText;
pub use embed::EmbedText;
pub use errors::{Explained, ProblemText};
pub use exchange::ExchangeText;
pub use experiences::ExperienceText;
pub use goals::{success_dimension_texts, GoalsText};
pub use talents::TalentsText;
pub use values::ValuesText;
pub use guide::GuideText;
pub use orgcheck::OrgText;
pub use plural::{format_plural, plural, PluralCategory};
pub use workshop::WorkshopText;

/// A catalogue of texts: an enum whose every variant has an English, Dutch and French row.
/// Each module may keep its own catalogue (see [`catalogue!`]); all are listed in
/// [`every_catalogue!`].
///
/// Native builds (the tests) compile all three columns. The wasm compiles only the English one:
/// Dutch and French arrive as data (`public/locales/`, see [`locales`]) and [`tr`] reads them
/// from the table installed at run time.
pub trait Text: Copy + std::fmt::Debug + 'static {
    /// The catalogue's name: it names the catalogue's column in the locale files.
    const CATALOGUE: &'static str;
    /// The row's position in its catalogue (its place in the locale files' column).
    fn index(self) -> usize;
    /// The English text, compiled into every build.
    fn en(self) -> &'static str;
    /// The (English, Dutch, French) texts; the wasm has no Dutch or French literals.
    #[cfg(not(target_arch = "wasm32"))]
    fn row(self) -> (&'static str, &'static str, &'static str);
}

/// Declares a catalogue enum: `catalogue! { pub enum Name; Variant => "en", "nl", "fr"; … }`.
/// Translators edit one row with its three texts; on `wasm32` only the English literal is
/// compiled, and `UPDATE_LOCALES=1 cargo test --lib locale_files` writes the other two columns
/// into `public/locales/`.
#[macro_export]
#[doc(hidden)]
macro_rules! __i18n_catalogue {
    ($(#[$meta:meta])* pub enum $name:ident; $($key:ident => $en:expr, $nl:expr, $fr:expr;)*) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key,)* }

        impl $name {
            /// Every key, for tests that walk the whole catalogue.
            pub const ALL: &'static [$name] = &[$($name::$key,)*];
        }

        impl $crate::i18n::Text for $name {
            const CATALOGUE: &'static str = stringify!($name);

            fn index(self) -> usize {
                self as usize
            }

            fn en(self) -> &'static str {
                match self { $($name::$key => $en,)* }
            }

            #[cfg(not(target_arch = "wasm32"))]
            fn row(self) -> (&'static str, &'static str, &'static str) {
                match self { $($name::$key => ($en, $nl, $fr),)* }
            }
        }
    };
}
pub use crate::__i18n_catalogue as catalogue;

/// Calls the generic function `$visit::<K>(K::ALL)` for every catalogue `K`, in one fixed order
/// (the order of the locale files), and gives the results as an array. Add new catalogues here.
macro_rules! every_catalogue {
    ($visit:ident) => {
        [
            $visit(Key::ALL),
            $visit(ExchangeText::ALL),
            $visit(EmbedText::ALL),
            $visit(ExperienceText::ALL),
            $visit(ValueName::ALL),
            $visit(ValueDescription::ALL),
            $visit(TalentName::ALL),
            $visit(AttitudeText::ALL),
            $visit(ValuesText::ALL),
            $visit(TalentsText::ALL),
            $visit(GoalsText::ALL),
            $visit(DecisionText::ALL),
            $visit(WorkshopText::ALL),
            $visit(OrgText::ALL),
            $visit(GuideText::ALL),
            $visit(BriefText::ALL),
            $visit(ProblemText::ALL),
        ]
    };
}
pub(crate) use every_catalogue;

/// Every row of every catalogue, named for test messages.
#[cfg(not(target_arch = "wasm32"))]
pub fn all_rows() -> Vec<(String, (&'static str, &'static str, &'static str))> {
    fn rows<K: Text>(all: &[K]) -> Vec<(String, (&'static str, &'static str, &'static str))> {
        all.iter().map(|k| (format!("{}::{k:?}", K::CATALOGUE), k.row())).collect()
    }
    every_catalogue!(rows).into_iter().flatten().collect()
}

/// A language Crossroads speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Nl,
    Fr,
}

impl Lang {
    /// Every supported language, in the order the switch lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Nl, Lang::Fr];

    /// The BCP 47 tag, used for `<html lang>`, storage and the `lang=` URL parameter.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, as the language switch shows it (never translated).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nl => "Nederlands",
            Lang::Fr => "Français",
        }
    }

    /// Parses a tag such as `fr`, `nl-BE` or `en-GB`; unknown tags give `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "nl" => Some(Lang::Nl),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The first supported language among the browser's preferences, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred.into_iter().find_map(Lang::from_tag).unwrap_or_default()
    }
}

/// The text of `key` in `lang`.
/// In the wasm, Dutch and French come from the table [`locales::install`] put in place; before
/// that (or if it never arrives) the text is English, never a panic.
pub fn tr(lang: Lang, key: impl Text) -> &'static str {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let (en, nl, fr) = key.row();
        match lang {
            Lang::En => en,
            Lang::Nl => nl,
            Lang::Fr => fr,
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        match lang {
            Lang::En => key.en(),
            Lang::Nl | Lang::Fr => locales::lookup(lang, key).unwrap_or_else(|| key.en()),
        }
    }
}

/// The text of `key` in `lang` with each `{name}` replaced by its value.
pub fn format(lang: Lang, key: impl Text, args: &[(&str, &str)]) -> String {
    let mut text = tr(lang, key).to_string();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// The placeholder names (`{name}`) a text uses, in order of appearance.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start + 1..].find('}') else { break };
        names.push(&rest[start + 1..start + 1 + len]);
        rest = &rest[start + 1 + len + 1..];
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_every_language() {
        for (name, (en, nl, fr)) in all_rows() {
            for (code, text) in [("en", en), ("nl", nl), ("fr", fr)] {
                assert!(!text.trim().is_empty(), "{name} is empty in {code}");
            }
        }
    }

    #[test]
    fn placeholders_match_across_languages() {
        for (name, (en, nl, fr)) in all_rows() {
            let mut expected = placeholders(en);
            expected.sort_unstable();
            for (code, text) in [("nl", nl), ("fr", fr)] {
                let mut other = placeholders(text);
                other.sort_unstable();
                assert_eq!(expected, other, "{name}: placeholders differ in {code}");
            }
        }
    }

    #[test]
    fn format_fills_placeholders() {
        assert_eq!(placeholders("a {x} b {y}"), vec!["x", "y"]);
        let text = format(Lang::En, Key::DataSize, &[("size", "12 KB")]);
        assert!(text.contains("12 KB"), "{text}");
        assert!(!text.contains('{'));
    }

    #[test]
    fn languages_negotiate_from_browser_tags() {
        assert_eq!(Lang::negotiate(["de-DE", "nl-BE", "fr"]), Lang::Nl);
        assert_eq!(Lang::negotiate(["fr-CA"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["de", "es"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
        assert_eq!(Lang::from_tag(""), None);
    }
}

/// Register and consistency rules of `docs/glossary.md` that a machine can check.
#[cfg(test)]
mod register_tests {
    use super::*;

    /// Whole words of `text` (letters and apostrophes inside a word), as written.
    fn words(text: &str) -> Vec<&str> {
        text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’')).filter(|w| !w.is_empty()).collect()
    }

    /// Text with its `{placeholders}` taken out.
    fn without_placeholders(text: &str) -> String {
        let mut out = text.to_string();
        for name in placeholders(text) {
            out = out.replace(&format!("{{{name}}}"), " ");
        }
        out
    }

    #[test]
    fn french_has_no_point_median() {
        // Epicene wording instead of "participant·es": screen readers stumble on the point médian.
        // A middle dot between spaces (" · ") is a separator and allowed.
        for (name, (_, _, fr)) in all_rows() {
            let chars: Vec<char> = fr.chars().collect();
            for w in chars.windows(3) {
                assert!(!(w[1] == '·' && (w[0].is_alphabetic() || w[2].is_alphabetic())), "{name}: point médian in French: {fr}");
            }
        }
    }

    #[test]
    fn dutch_says_je_not_u() {
        for (name, (_, nl, _)) in all_rows() {
            for w in words(&without_placeholders(nl)) {
                assert!(!["u", "U", "uw", "Uw", "uzelf", "Uzelf"].contains(&w), "{name}: formal “{w}” in Dutch: {nl}");
            }
        }
    }

    #[test]
    fn french_says_vous_not_tu() {
        for (name, (_, _, fr)) in all_rows() {
            for w in words(&without_placeholders(fr)) {
                let w = w.trim_end_matches(['\'', '’']);
                assert!(!["tu", "Tu", "toi", "Toi", "ton", "Ton", "ta", "Ta", "tes", "Tes", "te", "Te"].contains(&w), "{name}: informal “{w}” in French: {fr}");
            }
        }
    }

    /// Names and acronyms that are never translated.
    const NAMES: &[&str] = &["Crossroads", "CSV", "TOPSIS", "SMAA", "AHP", "OK", "JSON", "HTML", "Markdown", "min"];

    /// Rows that rightly read the same as in English (`catalogue::row`, language): words the
    /// languages share. Anything else equal to its English text is an untranslated row.
    const SAME_AS_ENGLISH: &[(&str, &str)] = &[
        ("Key::MainNavigation", "nl"), ("Key::MainNavigation", "fr"), ("Key::NavWorkshop", "nl"),
        ("Key::Menu", "nl"), ("Key::Menu", "fr"),
        ("ExchangeText::CountTalentsOne", "nl"), ("ExchangeText::CountTalentsOne", "fr"), ("ExchangeText::CountTalents", "fr"),
        ("ExchangeText::CountOptionsOne", "fr"), ("ExchangeText::CountOptions", "fr"), ("ExchangeText::CountCriteria", "nl"),
        ("ExperienceText::KindProject", "nl"), ("ExperienceText::ThemeTalent", "nl"), ("ExperienceText::ThemeTalent", "fr"),
        ("ValueName::Leadership", "fr"), ("ValueName::Expertise", "fr"), ("ValueName::Influence", "fr"),
        ("TalentsText::Prof1", "nl"), ("TalentsText::Prof5", "fr"), ("TalentsText::ColQuadrant", "fr"),
        ("GoalsText::Influence", "fr"), ("GoalsText::Satisfaction", "fr"), ("GoalsText::Timing", "nl"),
        ("DecisionText::OptionNotes", "fr"), ("DecisionText::MoveDiagonal", "fr"), ("DecisionText::ConstraintTiming", "nl"),
        ("DecisionText::Total", "fr"), ("DecisionText::Due", "fr"), ("DecisionText::IcsSummary", "nl"),
        ("WorkshopText::ColScale", "fr"), ("BriefText::Suggested", "fr"), ("BriefText::LineTiming", "nl"), ("BriefText::RepSubscale", "fr"),
        ("Key::NavTalents", "fr"), ("ExperienceText::CardTalents", "fr"), ("ExperienceText::EvidenceTalents", "fr"),
        ("ExperienceText::ColTalent", "nl"), ("ExperienceText::ColTalent", "fr"), ("TalentsText::ColTalent", "nl"), ("TalentsText::ColTalent", "fr"),
        ("BriefText::RepTalents", "fr"), ("ValueName::Status", "nl"), ("DecisionText::Option", "fr"), ("DecisionText::Score", "nl"),
        ("OrgText::ColScore", "nl"), ("OrgText::ColScore", "fr"), ("BriefText::RepMean", "nl"),
        ("BriefText::RepMean", "fr"), ("BriefText::RepTalent", "nl"), ("BriefText::RepTalent", "fr"), ("BriefText::RepOption", "fr"),
        ("BriefText::RepScore", "nl"), ("BriefText::RepScore", "fr"),
    ];

    #[test]
    fn dutch_and_french_rows_are_translated() {
        let mut untranslated = Vec::new();
        for (name, (en, nl, fr)) in all_rows() {
            let bare = without_placeholders(en);
            let has_letters = bare.chars().any(char::is_alphabetic);
            let shared = words(&bare).iter().all(|w| NAMES.contains(w));
            if !has_letters || shared {
                continue;
            }
            for (code, text) in [("nl", nl), ("fr", fr)] {
                if text == en && !SAME_AS_ENGLISH.contains(&(name.as_str(), code)) {
                    untranslated.push(format!("{name} ({code}): {en}"));
                }
            }
        }
        assert!(untranslated.is_empty(), "same as English:\n{}", untranslated.join("\n"));
        // The allow-list stays true: every row on it exists and is still the same as English.
        let rows = all_rows();
        for (name, code) in SAME_AS_ENGLISH {
            let row = rows.iter().find(|(n, _)| n == name).map(|(_, r)| *r);
            let Some((en, nl, fr)) = row else { panic!("{name} is allow-listed but does not exist") };
            assert_eq!(en, if *code == "nl" { nl } else { fr }, "{name} ({code}) is allow-listed but translated now");
        }
    }
}
