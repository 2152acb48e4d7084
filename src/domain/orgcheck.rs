//! The organisation readiness check for HR: is the organisation ready for employees who manage
//! their own careers? Statements (as data) on four themes — communicating the changing career
//! model, developing career attitudes, preparing managers, and HR policies that work against
//! self-management — answered 0 (not at all) … 3 (fully), scored per theme with concrete
//! suggestions for the weakest points.
//!
//! Answers are about an organisation, not a person, so they are kept in this browser's settings
//! (`Settings::org_check`, item id → answer), never in the workbook file that a person exports.
//!
//! # Scoring
//! - An answer is an integer 0–3 for a known item; anything else is missing. Reverse-keyed
//!   statements (ones that describe a barrier) score `3 − answer`.
//! - A theme is scored when at least half its statements are answered: its score is the mean item
//!   score as a percentage of 3. Bands: below 40 % `starting`, below 70 % `developing`, else
//!   `established`.
//! - Suggestions: each answered statement that scores 1 or less gives its suggestion, weakest
//!   first (then in item order); a scored theme without such statements gets its "keep it up"
//!   suggestion.

use std::collections::BTreeMap;

use crate::i18n::OrgText as T;

/// The lowest and highest answer.
pub const ANSWER_MIN: u8 = 0;
pub const ANSWER_MAX: u8 = 3;
/// An item scoring at most this is a weak point with a suggestion.
pub const WEAK_AT_MOST: f64 = 1.0;

/// A theme of the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Theme {
    Communicate,
    Develop,
    Managers,
    Policies,
}

impl Theme {
    pub const ALL: [Theme; 4] = [Theme::Communicate, Theme::Develop, Theme::Managers, Theme::Policies];

    /// A stable key (ids, tests).
    pub fn key(self) -> &'static str {
        match self {
            Theme::Communicate => "communicate",
            Theme::Develop => "develop",
            Theme::Managers => "managers",
            Theme::Policies => "policies",
        }
    }

    pub fn name(self) -> T {
        match self {
            Theme::Communicate => T::ThemeCommunicate,
            Theme::Develop => T::ThemeDevelop,
            Theme::Managers => T::ThemeManagers,
            Theme::Policies => T::ThemePolicies,
        }
    }

    pub fn intro(self) -> T {
        match self {
            Theme::Communicate => T::ThemeCommunicateIntro,
            Theme::Develop => T::ThemeDevelopIntro,
            Theme::Managers => T::ThemeManagersIntro,
            Theme::Policies => T::ThemePoliciesIntro,
        }
    }

    /// The suggestion for a theme without weak points.
    pub fn keep(self) -> T {
        match self {
            Theme::Communicate => T::KeepCommunicate,
            Theme::Develop => T::KeepDevelop,
            Theme::Managers => T::KeepManagers,
            Theme::Policies => T::KeepPolicies,
        }
    }
}

/// One statement of the check.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OrgItem {
    /// Stored in settings: `cm1`, `dv2`, …
    pub id: &'static str,
    pub theme: Theme,
    pub statement: T,
    pub suggestion: T,
    /// The statement describes a barrier: agreeing is bad.
    pub reverse: bool,
}

const fn item(id: &'static str, theme: Theme, statement: T, suggestion: T, reverse: bool) -> OrgItem {
    OrgItem { id, theme, statement, suggestion, reverse }
}

/// Every statement, grouped by theme.
pub const ITEMS: [OrgItem; 16] = [
    item("cm1", Theme::Communicate, T::Cm1, T::Cm1Do, false),
    item("cm2", Theme::Communicate, T::Cm2, T::Cm2Do, false),
    item("cm3", Theme::Communicate, T::Cm3, T::Cm3Do, false),
    item("cm4", Theme::Communicate, T::Cm4, T::Cm4Do, true),
    item("dv1", Theme::Develop, T::Dv1, T::Dv1Do, false),
    item("dv2", Theme::Develop, T::Dv2, T::Dv2Do, false),
    item("dv3", Theme::Develop, T::Dv3, T::Dv3Do, false),
    item("dv4", Theme::Develop, T::Dv4, T::Dv4Do, false),
    item("mg1", Theme::Managers, T::Mg1, T::Mg1Do, false),
    item("mg2", Theme::Managers, T::Mg2, T::Mg2Do, false),
    item("mg3", Theme::Managers, T::Mg3, T::Mg3Do, false),
    item("mg4", Theme::Managers, T::Mg4, T::Mg4Do, true),
    item("pl1", Theme::Policies, T::Pl1, T::Pl1Do, true),
    item("pl2", Theme::Policies, T::Pl2, T::Pl2Do, true),
    item("pl3", Theme::Policies, T::Pl3, T::Pl3Do, false),
    item("pl4", Theme::Policies, T::Pl4, T::Pl4Do, false),
];

/// The label of each answer, 0 … 3.
pub const ANSWER_LABELS: [T; 4] = [T::AnswerNotAtAll, T::AnswerALittle, T::AnswerLargely, T::AnswerFully];

/// The statements of `theme`.
pub fn theme_items(theme: Theme) -> impl Iterator<Item = &'static OrgItem> {
    ITEMS.iter().filter(move |i| i.theme == theme)
}

/// The score (0–3, higher is readier) of `answer` to `item`; `None` when out of range.
pub fn item_score(item: &OrgItem, answer: u8) -> Option<f64> {
    (ANSWER_MIN..=ANSWER_MAX).contains(&answer).then(|| f64::from(if item.reverse { ANSWER_MAX - answer } else { answer }))
}

/// How ready a theme is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    Starting,
    Developing,
    Established,
}

impl Readiness {
    /// The band of a percentage.
    pub fn of(percent: f64) -> Readiness {
        if percent < 40.0 {
            Readiness::Starting
        } else if percent < 70.0 {
            Readiness::Developing
        } else {
            Readiness::Established
        }
    }

    pub fn label(self) -> T {
        match self {
            Readiness::Starting => T::BandStarting,
            Readiness::Developing => T::BandDeveloping,
            Readiness::Established => T::BandEstablished,
        }
    }

    /// A CSS class suffix.
    pub fn as_str(self) -> &'static str {
        match self {
            Readiness::Starting => "starting",
            Readiness::Developing => "developing",
            Readiness::Established => "established",
        }
    }
}

/// One theme's result.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeScore {
    pub theme: Theme,
    pub answered: usize,
    pub items: usize,
    /// 0–100; `None` until at least half the statements are answered.
    pub percent: Option<f64>,
    pub readiness: Option<Readiness>,
    /// What to do, most urgent first.
    pub suggestions: Vec<T>,
}

/// Scores every theme from `answers` (item id → 0–3).
pub fn score(answers: &BTreeMap<String, u8>) -> Vec<ThemeScore> {
    Theme::ALL
        .into_iter()
        .map(|theme| {
            let scored: Vec<(&OrgItem, f64)> =
                theme_items(theme).filter_map(|i| answers.get(i.id).and_then(|a| item_score(i, *a)).map(|s| (i, s))).collect();
            let items = theme_items(theme).count();
            let enough = !scored.is_empty() && scored.len() * 2 >= items;
            let percent = enough.then(|| scored.iter().map(|(_, s)| s).sum::<f64>() / scored.len() as f64 / f64::from(ANSWER_MAX) * 100.0);
            let mut weak: Vec<(&OrgItem, f64)> = scored.iter().filter(|(_, s)| *s <= WEAK_AT_MOST).copied().collect();
            // Stable: equal scores keep item order.
            crate::domain::sort::sort_by(&mut weak, |a, b| a.1.total_cmp(&b.1));
            let mut suggestions: Vec<T> = weak.iter().map(|(i, _)| i.suggestion).collect();
            if suggestions.is_empty() && enough {
                suggestions.push(theme.keep());
            }
            ThemeScore { theme, answered: scored.len(), items, percent, readiness: percent.map(Readiness::of), suggestions }
        })
        .collect()
}

/// How many statements are answered (with a valid answer).
pub fn answered(answers: &BTreeMap<String, u8>) -> usize {
    ITEMS.iter().filter(|i| answers.get(i.id).is_some_and(|a| item_score(i, *a).is_some())).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, u8)]) -> BTreeMap<String, u8> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn items_are_data_with_unique_ids_and_every_theme_covered() {
        let mut ids: Vec<&str> = ITEMS.iter().map(|i| i.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ITEMS.len());
        for theme in Theme::ALL {
            assert!(theme_items(theme).count() >= 3, "{theme:?}");
        }
        assert!(theme_items(Theme::Policies).any(|i| i.reverse), "policies that work against self-management are asked about");
    }

    #[test]
    fn nothing_answered_scores_nothing() {
        for s in score(&BTreeMap::new()) {
            assert_eq!((s.percent, s.readiness, s.suggestions.len()), (None, None, 0));
        }
        assert_eq!(answered(&BTreeMap::new()), 0);
    }

    #[test]
    fn themes_score_as_percentages_with_reverse_keying() {
        // Communicate: 3, 3, 3 and the barrier cm4 answered 0 (not at all) → all 3 → 100 %.
        let a = answers(&[("cm1", 3), ("cm2", 3), ("cm3", 3), ("cm4", 0)]);
        let s = &score(&a)[0];
        assert_eq!(s.theme, Theme::Communicate);
        assert_eq!(s.percent, Some(100.0));
        assert_eq!(s.readiness, Some(Readiness::Established));
        assert_eq!(s.suggestions, vec![T::KeepCommunicate]);
        // Policies: both barriers fully present (→ 0), pl3 a little (1), pl4 largely (2) → 3/12 = 25 %.
        let a = answers(&[("pl1", 3), ("pl2", 3), ("pl3", 1), ("pl4", 2)]);
        let s = &score(&a)[3];
        assert_eq!(s.percent, Some(25.0));
        assert_eq!(s.readiness, Some(Readiness::Starting));
        assert_eq!(s.suggestions, vec![T::Pl1Do, T::Pl2Do, T::Pl3Do], "weakest first, then item order");
    }

    #[test]
    fn half_the_statements_are_needed_and_bad_answers_are_missing() {
        let s = &score(&answers(&[("dv1", 2)]))[1];
        assert_eq!((s.answered, s.percent), (1, None));
        let s = &score(&answers(&[("dv1", 2), ("dv2", 1), ("dv3", 9)]))[1];
        assert_eq!(s.answered, 2);
        assert_eq!(s.percent, Some(50.0));
        assert_eq!(s.readiness, Some(Readiness::Developing));
        assert_eq!(s.suggestions, vec![T::Dv2Do]);
        assert_eq!(answered(&answers(&[("dv1", 2), ("dv3", 9), ("zz9", 1)])), 1);
    }

    #[test]
    fn bands() {
        assert_eq!(Readiness::of(39.9), Readiness::Starting);
        assert_eq!(Readiness::of(40.0), Readiness::Developing);
        assert_eq!(Readiness::of(69.9), Readiness::Developing);
        assert_eq!(Readiness::of(70.0), Readiness::Established);
    }
}
