//! Plural forms: CLDR cardinal categories for whole numbers, and the choice between a text's
//! "one" and "other" rows.
//!
//! A count-bearing text has two catalogue rows: `XOne` (the "one" form) and `X` (the "other"
//! form), with the same placeholders. [`plural`] picks the row for a count. English and Dutch
//! use "one" only for 1; French uses it for 0 and 1 ("0 fichier ignoré"). CLDR's French "many"
//! (for exact millions, "1 000 000 de fichiers") never occurs for the counts Crossroads shows
//! and falls back to "other". Counts are whole numbers, so the fraction rules are not needed.

use super::{format, Lang, Text};

/// A CLDR cardinal plural category (the two our languages use for whole numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    One,
    Other,
}

impl Lang {
    /// The CLDR cardinal category of the whole number `n` in this language.
    pub fn plural_category(self, n: u64) -> PluralCategory {
        let one = match self {
            Lang::En | Lang::Nl => n == 1,
            Lang::Fr => n <= 1,
        };
        if one {
            PluralCategory::One
        } else {
            PluralCategory::Other
        }
    }
}

/// The row for `n`: `one` when `n` is in the "one" category of `lang`, else `other`.
pub fn plural<K: Text>(lang: Lang, n: usize, one: K, other: K) -> K {
    match lang.plural_category(n as u64) {
        PluralCategory::One => one,
        PluralCategory::Other => other,
    }
}

/// The text for the count `n` with placeholders filled; the count itself is one of `args`
/// (formatted by the caller, see [`super::number`]).
pub fn format_plural<K: Text>(lang: Lang, n: usize, (one, other): (K, K), args: &[(&str, &str)]) -> String {
    format(lang, plural(lang, n, one, other), args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{all_rows, placeholders, WorkshopText};

    #[test]
    fn categories_follow_cldr_for_whole_numbers() {
        for lang in [Lang::En, Lang::Nl] {
            assert_eq!(lang.plural_category(0), PluralCategory::Other);
            assert_eq!(lang.plural_category(1), PluralCategory::One);
            assert_eq!(lang.plural_category(2), PluralCategory::Other);
            assert_eq!(lang.plural_category(11), PluralCategory::Other);
            assert_eq!(lang.plural_category(21), PluralCategory::Other);
        }
        assert_eq!(Lang::Fr.plural_category(0), PluralCategory::One);
        assert_eq!(Lang::Fr.plural_category(1), PluralCategory::One);
        assert_eq!(Lang::Fr.plural_category(2), PluralCategory::Other);
        assert_eq!(Lang::Fr.plural_category(1_000_000), PluralCategory::Other);
    }

    #[test]
    fn a_skipped_file_reads_in_the_singular() {
        let pair = (WorkshopText::SummaryFailedOne, WorkshopText::SummaryFailed);
        let text = |lang, n: usize| format_plural(lang, n, pair, &[("failed", &n.to_string())]);
        assert!(text(Lang::En, 1).starts_with("1 file skipped"), "{}", text(Lang::En, 1));
        assert!(text(Lang::En, 2).starts_with("2 files skipped"), "{}", text(Lang::En, 2));
        assert!(text(Lang::Nl, 1).starts_with("1 bestand "), "{}", text(Lang::Nl, 1));
        assert!(text(Lang::Fr, 1).starts_with("1 fichier ignoré"), "{}", text(Lang::Fr, 1));
        assert!(text(Lang::Fr, 0).starts_with("0 fichier ignoré"), "{}", text(Lang::Fr, 0));
        assert!(text(Lang::Fr, 3).starts_with("3 fichiers ignorés"), "{}", text(Lang::Fr, 3));
    }

    /// Every `XOne` row has its `X` twin in the same catalogue, with the same placeholders, and
    /// the two forms differ in English (else the pair is pointless).
    #[test]
    fn every_one_form_has_an_other_form_with_the_same_placeholders() {
        let rows = all_rows();
        let mut pairs = 0;
        for (name, one) in &rows {
            let Some(base) = name.strip_suffix("One") else { continue };
            let other = rows.iter().find(|(n, _)| n == base).map(|(_, r)| r);
            let Some(other) = other else { panic!("{name} has no other form {base}") };
            for (code, a, b) in [("en", one.0, other.0), ("nl", one.1, other.1), ("fr", one.2, other.2)] {
                let (mut pa, mut pb) = (placeholders(a), placeholders(b));
                pa.sort_unstable();
                pb.sort_unstable();
                assert_eq!(pa, pb, "{name} and {base} differ in placeholders in {code}");
            }
            assert!(one != other, "{name} equals {base} in every language");
            pairs += 1;
        }
        assert!(pairs >= 10, "only {pairs} plural pairs");
    }
}
