//! Career attitudes: the self-management check. The questionnaire's items, how a take is scored,
//! how scores are read (bands, flat profiles, ties), how two takes compare, and the radar chart's
//! geometry. Pure Rust, tested natively; the screen only draws what this module computes.
//!
//! It deliberately does not claim to measure anything: it is a reflection tool, not a validated
//! psychometric test. Its nine subscales draw on Briscoe, Hall & DeMuth (2006), "Protean and
//! boundaryless careers: an empirical exploration", *Journal of Vocational Behavior* 69(1), 30–47
//! (self-directed career management, values-driven orientation, boundaryless mindset, mobility
//! preference) and Savickas & Porfeli (2012), "Career Adapt-Abilities Scale: construction,
//! reliability, and measurement equivalence across 13 countries", *Journal of Vocational Behavior*
//! 80(3), 661–673 (concern, control, curiosity, confidence), plus Crossroads' own negotiation
//! readiness. Every item is Crossroads' own wording; no published item text is used.
//!
//! # Items (ids as stored in `workbook.attitudes.takes[].answers`)
//!
//! Answers are integers 1 (strongly disagree) … 5 (strongly agree). An item id is
//! `<subscale prefix><n>`; `R` marks a reverse-keyed item (scored 6 − answer).
//!
//! | subscale key | prefix | items |
//! |---|---|---|
//! | `self_directed` | `sd` | `sd1`, `sd2`, `sd3` R, `sd4` |
//! | `values_driven` | `vd` | `vd1`, `vd2`, `vd3` R, `vd4` |
//! | `boundaryless` | `bm` | `bm1`, `bm2`, `bm3` R, `bm4` |
//! | `mobility` | `mp` | `mp1`, `mp2`, `mp3` R, `mp4` R |
//! | `concern` | `co` | `co1`, `co2`, `co3` R, `co4` |
//! | `control` | `ct` | `ct1`, `ct2`, `ct3` R, `ct4` |
//! | `curiosity` | `cu` | `cu1`, `cu2`, `cu3` R, `cu4` |
//! | `confidence` | `cf` | `cf1`, `cf2`, `cf3` R, `cf4` |
//! | `negotiation` | `ng` | `ng1`, `ng2`, `ng3` R, `ng4` |
//!
//! # Scoring rules
//!
//! - An answer counts when it is an integer 1–5 for a known item id; anything else is missing.
//!   Reverse-keyed items are scored `6 − answer`.
//! - A subscale's mean is the mean of its scored answers. **At most one missing answer per
//!   subscale** is allowed; with more missing, the subscale's status is `not_enough_answers` and it
//!   has no mean (it is left out of the profile, never guessed).
//! - Bands: mean < 2.5 is `low`, 2.5 ≤ mean < 3.5 `middle`, ≥ 3.5 `high`.
//! - Profile, over the scored subscales (needs at least two): `spread` = max − min of the means,
//!   `sd` = population standard deviation of the means (the differentiation of the profile). The
//!   profile is `flat` when `spread` < 0.5: no highest or lowest subscale is then named.
//!   Otherwise `highest` lists every subscale within 0.1 of the maximum and `lowest` every subscale
//!   within 0.1 of the minimum, so ties are named together instead of being put in a made-up order.
//!   `ties` lists the groups of two or more subscales whose means lie within 0.1 of each other
//!   (groups are built from the highest mean down: a subscale joins the group whose first, highest,
//!   mean is at most 0.1 above its own).
//! - Comparing two takes: per subscale `change` = later mean − earlier mean (none when either is not
//!   scored); a change above +0.25 reads as higher, below −0.25 as lower, otherwise about the same.
//!
//! # `results.attitudes` in the exported file
//!
//! ```json
//! "attitudes": {
//!   "takes": [ {
//!     "take": "t1", "completed_at": "2026-06-02T18:00:00Z",
//!     "subscales": { "self_directed": { "mean": 3.75, "answered": 4, "items": 4, "status": "scored", "band": "high" }, … },
//!     "flat": false, "spread": 1.75, "sd": 0.52,
//!     "highest": ["curiosity"], "lowest": ["mobility", "negotiation"], "ties": [["mobility", "negotiation"]]
//!   } ],
//!   "latest": "t2", "compared_with": "t1",
//!   "changes": { "self_directed": 0.5, "mobility": null, … }
//! }
//! ```
//! Only completed takes are scored, oldest first. `mean` is `null` and `band` absent when `status`
//! is `not_enough_answers`. `spread`/`sd` are `null` with fewer than two scored subscales.
//! `latest` is the newest completed take, `compared_with` the one before it (or `null`), and
//! `changes` their per-subscale differences (omitted without an earlier take).

use std::collections::BTreeMap;

use serde::Serialize;

use super::workbook::{AttitudeTake, Attitudes};
use crate::i18n::AttitudeText as T;
use crate::i18n::Lang;

/// The research the subscales draw on, as references (not translated: bibliographic data).
pub const REFERENCES: [&str; 2] = [
    "Briscoe, J. P., Hall, D. T., & DeMuth, R. L. F. (2006). Protean and boundaryless careers: An empirical exploration. Journal of Vocational Behavior, 69(1), 30–47.",
    "Savickas, M. L., & Porfeli, E. J. (2012). Career Adapt-Abilities Scale: Construction, reliability, and measurement equivalence across 13 countries. Journal of Vocational Behavior, 80(3), 661–673.",
];

/// The lowest and highest answer on the Likert scale.
pub const SCALE_MIN: u8 = 1;
pub const SCALE_MAX: u8 = 5;
/// A profile whose spread (max − min of means) is below this is flat.
pub const FLAT_SPREAD: f64 = 0.5;
/// Means closer than this (inclusive) are tied.
pub const TIE_WITHIN: f64 = 0.1;
/// Each subscale may miss at most this many answers and still be scored.
pub const MAX_MISSING: usize = 1;
/// A change between takes larger than this (in either direction) counts as a change.
pub const CHANGE_THRESHOLD: f64 = 0.25;
/// How many items a questionnaire page shows.
pub const ITEMS_PER_PAGE: usize = 6;
/// Float slack for the tie and flat comparisons (means are exact quarters or thirds).
const EPS: f64 = 1e-9;

/// One of the nine attitudes the questionnaire looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subscale {
    SelfDirected,
    ValuesDriven,
    Boundaryless,
    Mobility,
    Concern,
    Control,
    Curiosity,
    Confidence,
    Negotiation,
}

impl Subscale {
    /// Every subscale, in chart order (clockwise from the top).
    pub const ALL: [Subscale; 9] = [
        Subscale::SelfDirected,
        Subscale::ValuesDriven,
        Subscale::Boundaryless,
        Subscale::Mobility,
        Subscale::Concern,
        Subscale::Control,
        Subscale::Curiosity,
        Subscale::Confidence,
        Subscale::Negotiation,
    ];

    /// The stable key used in exported files.
    pub fn key(self) -> &'static str {
        match self {
            Subscale::SelfDirected => "self_directed",
            Subscale::ValuesDriven => "values_driven",
            Subscale::Boundaryless => "boundaryless",
            Subscale::Mobility => "mobility",
            Subscale::Concern => "concern",
            Subscale::Control => "control",
            Subscale::Curiosity => "curiosity",
            Subscale::Confidence => "confidence",
            Subscale::Negotiation => "negotiation",
        }
    }

    /// The full name.
    pub fn name(self) -> T {
        match self {
            Subscale::SelfDirected => T::NameSelfDirected,
            Subscale::ValuesDriven => T::NameValuesDriven,
            Subscale::Boundaryless => T::NameBoundaryless,
            Subscale::Mobility => T::NameMobility,
            Subscale::Concern => T::NameConcern,
            Subscale::Control => T::NameControl,
            Subscale::Curiosity => T::NameCuriosity,
            Subscale::Confidence => T::NameConfidence,
            Subscale::Negotiation => T::NameNegotiation,
        }
    }

    /// The short name the chart writes beside its axis.
    pub fn short_name(self) -> T {
        match self {
            Subscale::SelfDirected => T::ShortSelfDirected,
            Subscale::ValuesDriven => T::ShortValuesDriven,
            Subscale::Boundaryless => T::ShortBoundaryless,
            Subscale::Mobility => T::ShortMobility,
            Subscale::Concern => T::ShortConcern,
            Subscale::Control => T::ShortControl,
            Subscale::Curiosity => T::ShortCuriosity,
            Subscale::Confidence => T::ShortConfidence,
            Subscale::Negotiation => T::ShortNegotiation,
        }
    }

    /// What a score in `band` suggests, and two concrete next steps.
    pub fn interpretation(self, band: Band) -> (T, [T; 2]) {
        use Band::*;
        use Subscale::*;
        match (self, band) {
            (SelfDirected, Low) => (T::SelfDirectedLow, [T::SelfDirectedLowStep1, T::SelfDirectedLowStep2]),
            (SelfDirected, Middle) => (T::SelfDirectedMiddle, [T::SelfDirectedMiddleStep1, T::SelfDirectedMiddleStep2]),
            (SelfDirected, High) => (T::SelfDirectedHigh, [T::SelfDirectedHighStep1, T::SelfDirectedHighStep2]),
            (ValuesDriven, Low) => (T::ValuesDrivenLow, [T::ValuesDrivenLowStep1, T::ValuesDrivenLowStep2]),
            (ValuesDriven, Middle) => (T::ValuesDrivenMiddle, [T::ValuesDrivenMiddleStep1, T::ValuesDrivenMiddleStep2]),
            (ValuesDriven, High) => (T::ValuesDrivenHigh, [T::ValuesDrivenHighStep1, T::ValuesDrivenHighStep2]),
            (Boundaryless, Low) => (T::BoundarylessLow, [T::BoundarylessLowStep1, T::BoundarylessLowStep2]),
            (Boundaryless, Middle) => (T::BoundarylessMiddle, [T::BoundarylessMiddleStep1, T::BoundarylessMiddleStep2]),
            (Boundaryless, High) => (T::BoundarylessHigh, [T::BoundarylessHighStep1, T::BoundarylessHighStep2]),
            (Mobility, Low) => (T::MobilityLow, [T::MobilityLowStep1, T::MobilityLowStep2]),
            (Mobility, Middle) => (T::MobilityMiddle, [T::MobilityMiddleStep1, T::MobilityMiddleStep2]),
            (Mobility, High) => (T::MobilityHigh, [T::MobilityHighStep1, T::MobilityHighStep2]),
            (Concern, Low) => (T::ConcernLow, [T::ConcernLowStep1, T::ConcernLowStep2]),
            (Concern, Middle) => (T::ConcernMiddle, [T::ConcernMiddleStep1, T::ConcernMiddleStep2]),
            (Concern, High) => (T::ConcernHigh, [T::ConcernHighStep1, T::ConcernHighStep2]),
            (Control, Low) => (T::ControlLow, [T::ControlLowStep1, T::ControlLowStep2]),
            (Control, Middle) => (T::ControlMiddle, [T::ControlMiddleStep1, T::ControlMiddleStep2]),
            (Control, High) => (T::ControlHigh, [T::ControlHighStep1, T::ControlHighStep2]),
            (Curiosity, Low) => (T::CuriosityLow, [T::CuriosityLowStep1, T::CuriosityLowStep2]),
            (Curiosity, Middle) => (T::CuriosityMiddle, [T::CuriosityMiddleStep1, T::CuriosityMiddleStep2]),
            (Curiosity, High) => (T::CuriosityHigh, [T::CuriosityHighStep1, T::CuriosityHighStep2]),
            (Confidence, Low) => (T::ConfidenceLow, [T::ConfidenceLowStep1, T::ConfidenceLowStep2]),
            (Confidence, Middle) => (T::ConfidenceMiddle, [T::ConfidenceMiddleStep1, T::ConfidenceMiddleStep2]),
            (Confidence, High) => (T::ConfidenceHigh, [T::ConfidenceHighStep1, T::ConfidenceHighStep2]),
            (Negotiation, Low) => (T::NegotiationLow, [T::NegotiationLowStep1, T::NegotiationLowStep2]),
            (Negotiation, Middle) => (T::NegotiationMiddle, [T::NegotiationMiddleStep1, T::NegotiationMiddleStep2]),
            (Negotiation, High) => (T::NegotiationHigh, [T::NegotiationHighStep1, T::NegotiationHighStep2]),
        }
    }
}

/// A questionnaire statement: its stable id, the subscale it belongs to, whether agreeing means
/// *less* of the attitude (reverse-keyed), and the key of its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    pub id: &'static str,
    pub subscale: Subscale,
    pub reverse: bool,
    pub text: T,
}

const fn item(id: &'static str, subscale: Subscale, reverse: bool, text: T) -> Item {
    Item { id, subscale, reverse, text }
}

/// The questionnaire, in the order it is shown: the subscales take turns, so neighbouring
/// statements belong to different attitudes.
pub const ITEMS: [Item; 36] = {
    use Subscale::*;
    [
        item("sd1", SelfDirected, false, T::ItemSd1),
        item("vd1", ValuesDriven, false, T::ItemVd1),
        item("bm1", Boundaryless, false, T::ItemBm1),
        item("mp1", Mobility, false, T::ItemMp1),
        item("co1", Concern, false, T::ItemCo1),
        item("ct1", Control, false, T::ItemCt1),
        item("cu1", Curiosity, false, T::ItemCu1),
        item("cf1", Confidence, false, T::ItemCf1),
        item("ng1", Negotiation, false, T::ItemNg1),
        item("sd2", SelfDirected, false, T::ItemSd2),
        item("vd2", ValuesDriven, false, T::ItemVd2),
        item("bm2", Boundaryless, false, T::ItemBm2),
        item("mp2", Mobility, false, T::ItemMp2),
        item("co2", Concern, false, T::ItemCo2),
        item("ct2", Control, false, T::ItemCt2),
        item("cu2", Curiosity, false, T::ItemCu2),
        item("cf2", Confidence, false, T::ItemCf2),
        item("ng2", Negotiation, false, T::ItemNg2),
        item("sd3", SelfDirected, true, T::ItemSd3),
        item("vd3", ValuesDriven, true, T::ItemVd3),
        item("bm3", Boundaryless, true, T::ItemBm3),
        item("mp3", Mobility, true, T::ItemMp3),
        item("co3", Concern, true, T::ItemCo3),
        item("ct3", Control, true, T::ItemCt3),
        item("cu3", Curiosity, true, T::ItemCu3),
        item("cf3", Confidence, true, T::ItemCf3),
        item("ng3", Negotiation, true, T::ItemNg3),
        item("sd4", SelfDirected, false, T::ItemSd4),
        item("vd4", ValuesDriven, false, T::ItemVd4),
        item("bm4", Boundaryless, false, T::ItemBm4),
        item("mp4", Mobility, true, T::ItemMp4),
        item("co4", Concern, false, T::ItemCo4),
        item("ct4", Control, false, T::ItemCt4),
        item("cu4", Curiosity, false, T::ItemCu4),
        item("cf4", Confidence, false, T::ItemCf4),
        item("ng4", Negotiation, false, T::ItemNg4),
    ]
};

/// The number of questionnaire pages.
pub fn page_count() -> usize {
    ITEMS.len().div_ceil(ITEMS_PER_PAGE)
}

/// The items on page `page` (0-based); empty past the end.
pub fn page_items(page: usize) -> &'static [Item] {
    let start = (page * ITEMS_PER_PAGE).min(ITEMS.len());
    let end = (start + ITEMS_PER_PAGE).min(ITEMS.len());
    &ITEMS[start..end]
}

/// An answer that counts: an integer on the scale.
fn valid(answer: u8) -> bool {
    (SCALE_MIN..=SCALE_MAX).contains(&answer)
}

/// How many known items have a valid answer.
pub fn answered_count(answers: &BTreeMap<String, u8>) -> usize {
    ITEMS.iter().filter(|i| answers.get(i.id).is_some_and(|a| valid(*a))).count()
}

/// The page to resume on: the page of the first unanswered item (the last page when all are
/// answered).
pub fn resume_page(answers: &BTreeMap<String, u8>) -> usize {
    ITEMS
        .iter()
        .position(|i| !answers.get(i.id).is_some_and(|a| valid(*a)))
        .map(|index| index / ITEMS_PER_PAGE)
        .unwrap_or_else(|| page_count().saturating_sub(1))
}

/// The score an answer contributes: the answer itself, or `6 − answer` when reverse-keyed.
pub fn item_score(item: &Item, answer: u8) -> Option<f64> {
    valid(answer).then(|| if item.reverse { f64::from(SCALE_MIN + SCALE_MAX - answer) } else { f64::from(answer) })
}

/// Whether a subscale could be scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Scored,
    NotEnoughAnswers,
}

/// How a mean reads: low (< 2.5), middle, high (≥ 3.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Low,
    Middle,
    High,
}

impl Band {
    /// The band of a subscale mean.
    pub fn of(mean: f64) -> Band {
        if mean < 2.5 {
            Band::Low
        } else if mean < 3.5 {
            Band::Middle
        } else {
            Band::High
        }
    }

    /// The band's label.
    pub fn label(self) -> T {
        match self {
            Band::Low => T::BandLow,
            Band::Middle => T::BandMiddle,
            Band::High => T::BandHigh,
        }
    }
}

/// One subscale's score in one take.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SubscaleScore {
    /// The mean item score, 1–5; `None` when not scored.
    pub mean: Option<f64>,
    pub answered: usize,
    pub items: usize,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band: Option<Band>,
}

/// The scores of one take and how the profile reads.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Profile {
    /// Every subscale, in chart order.
    pub subscales: BTreeMap<Subscale, SubscaleScore>,
    /// Spread below [`FLAT_SPREAD`]: no highest or lowest is named.
    pub flat: bool,
    /// max − min of the scored means; `None` with fewer than two scored.
    pub spread: Option<f64>,
    /// Population standard deviation of the scored means; `None` with fewer than two scored.
    pub sd: Option<f64>,
    /// Subscales within [`TIE_WITHIN`] of the highest mean (empty when flat).
    pub highest: Vec<Subscale>,
    /// Subscales within [`TIE_WITHIN`] of the lowest mean (empty when flat).
    pub lowest: Vec<Subscale>,
    /// Groups of two or more subscales whose means are tied.
    pub ties: Vec<Vec<Subscale>>,
}

impl Profile {
    /// The mean of `subscale`, if it was scored.
    pub fn mean(&self, subscale: Subscale) -> Option<f64> {
        self.subscales.get(&subscale).and_then(|s| s.mean)
    }

    /// The subscales that could not be scored.
    pub fn not_scored(&self) -> Vec<Subscale> {
        self.subscales.iter().filter(|(_, s)| s.status == Status::NotEnoughAnswers).map(|(k, _)| *k).collect()
    }
}

/// Scores `answers` against the questionnaire.
pub fn score(answers: &BTreeMap<String, u8>) -> Profile {
    score_items(&ITEMS, answers)
}

/// Scores `answers` against any item set (the questionnaire, or a test's own items). Subscales
/// without items in `items` are left out.
pub fn score_items(items: &[Item], answers: &BTreeMap<String, u8>) -> Profile {
    let mut subscales = BTreeMap::new();
    for subscale in Subscale::ALL {
        let own: Vec<&Item> = items.iter().filter(|i| i.subscale == subscale).collect();
        if own.is_empty() {
            continue;
        }
        let scores: Vec<f64> = own.iter().filter_map(|i| answers.get(i.id).and_then(|a| item_score(i, *a))).collect();
        let missing = own.len() - scores.len();
        let scored = !scores.is_empty() && missing <= MAX_MISSING;
        let mean = scored.then(|| scores.iter().sum::<f64>() / scores.len() as f64);
        subscales.insert(
            subscale,
            SubscaleScore {
                mean,
                answered: scores.len(),
                items: own.len(),
                status: if scored { Status::Scored } else { Status::NotEnoughAnswers },
                band: mean.map(Band::of),
            },
        );
    }
    let means: Vec<(Subscale, f64)> = subscales.iter().filter_map(|(k, s)| s.mean.map(|m| (*k, m))).collect();
    read_profile(subscales, &means)
}

/// Spread, SD, flatness, highest, lowest and ties of the scored means.
fn read_profile(subscales: BTreeMap<Subscale, SubscaleScore>, means: &[(Subscale, f64)]) -> Profile {
    if means.len() < 2 {
        return Profile { subscales, flat: false, spread: None, sd: None, highest: Vec::new(), lowest: Vec::new(), ties: Vec::new() };
    }
    let max = means.iter().map(|(_, m)| *m).fold(f64::NEG_INFINITY, f64::max);
    let min = means.iter().map(|(_, m)| *m).fold(f64::INFINITY, f64::min);
    let spread = max - min;
    let n = means.len() as f64;
    let average = means.iter().map(|(_, m)| m).sum::<f64>() / n;
    let sd = (means.iter().map(|(_, m)| (m - average).powi(2)).sum::<f64>() / n).sqrt();
    let flat = spread < FLAT_SPREAD - EPS;

    // Chart order inside every list, so the same data always reads the same way.
    let near = |target: f64| -> Vec<Subscale> {
        Subscale::ALL.into_iter().filter(|s| means.iter().any(|(k, m)| k == s && (m - target).abs() <= TIE_WITHIN + EPS)).collect()
    };
    let (highest, lowest) = if flat { (Vec::new(), Vec::new()) } else { (near(max), near(min)) };

    let mut sorted: Vec<(Subscale, f64)> = means.to_vec();
    crate::domain::sort::sort_by(&mut sorted, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut ties: Vec<Vec<Subscale>> = Vec::new();
    let mut group: Vec<Subscale> = Vec::new();
    let mut group_top = f64::NAN;
    for (subscale, mean) in sorted {
        if !group.is_empty() && group_top - mean <= TIE_WITHIN + EPS {
            group.push(subscale);
            continue;
        }
        if group.len() >= 2 {
            crate::domain::sort::sort(&mut group);
            ties.push(std::mem::take(&mut group));
        }
        group = vec![subscale];
        group_top = mean;
    }
    if group.len() >= 2 {
        crate::domain::sort::sort(&mut group);
        ties.push(group);
    }
    Profile { subscales, flat, spread: Some(spread), sd: Some(sd), highest, lowest, ties }
}

/// How a subscale moved from an earlier take to a later one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Same,
}

impl Direction {
    /// The direction of a change in mean.
    pub fn of(change: f64) -> Direction {
        if change > CHANGE_THRESHOLD + EPS {
            Direction::Up
        } else if change < -CHANGE_THRESHOLD - EPS {
            Direction::Down
        } else {
            Direction::Same
        }
    }

    /// How the change reads.
    pub fn label(self) -> T {
        match self {
            Direction::Up => T::ChangeUp,
            Direction::Down => T::ChangeDown,
            Direction::Same => T::ChangeSame,
        }
    }
}

/// Later mean − earlier mean per subscale (`None` where either was not scored).
pub fn changes(earlier: &Profile, later: &Profile) -> BTreeMap<Subscale, Option<f64>> {
    Subscale::ALL
        .into_iter()
        .map(|s| (s, later.mean(s).zip(earlier.mean(s)).map(|(after, before)| after - before)))
        .collect()
}

/// The completed takes, oldest first (by completion time, then by position).
pub fn completed_takes(attitudes: &Attitudes) -> Vec<&AttitudeTake> {
    let mut done: Vec<&AttitudeTake> = attitudes.takes.iter().filter(|t| t.completed_at.is_some()).collect();
    crate::domain::sort::sort_by(&mut done, |a, b| a.completed_at.cmp(&b.completed_at));
    done
}

/// The take being filled in, if any: the last take without a completion time.
pub fn open_take(attitudes: &Attitudes) -> Option<&AttitudeTake> {
    attitudes.takes.iter().rev().find(|t| t.completed_at.is_none())
}

/// One scored take in `results.attitudes.takes`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TakeResult {
    pub take: String,
    pub completed_at: Option<String>,
    #[serde(flatten)]
    pub profile: Profile,
}

/// `results.attitudes`: every completed take scored, and the latest compared with the one before.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AttitudeResults {
    pub takes: Vec<TakeResult>,
    pub latest: Option<String>,
    pub compared_with: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<BTreeMap<Subscale, Option<f64>>>,
}

/// Computes `results.attitudes` from the workbook's takes.
pub fn results(attitudes: &Attitudes) -> AttitudeResults {
    let takes: Vec<TakeResult> = completed_takes(attitudes)
        .into_iter()
        .map(|t| TakeResult { take: t.id.clone(), completed_at: t.completed_at.clone(), profile: score(&t.answers) })
        .collect();
    let n = takes.len();
    let latest = takes.last().map(|t| t.take.clone());
    let (compared_with, changes) = match (n.checked_sub(2).and_then(|i| takes.get(i)), takes.last()) {
        (Some(before), Some(after)) => (Some(before.take.clone()), Some(self::changes(&before.profile, &after.profile))),
        _ => (None, None),
    };
    AttitudeResults { takes, latest, compared_with, changes }
}

/// A point of the chart, in SVG user units (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A radar chart's frame: its centre and the radius of the scale's maximum. Axis `i` of `n`
/// starts at the top and goes clockwise; the scale's minimum (1) sits at the centre.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Radar {
    pub cx: f64,
    pub cy: f64,
    pub radius: f64,
    pub axes: usize,
}

impl Radar {
    /// The point on axis `axis` at distance `fraction` (0 = centre, 1 = rim).
    pub fn at(&self, axis: usize, fraction: f64) -> Point {
        let n = self.axes.max(1) as f64;
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * axis as f64 / n;
        let r = self.radius * fraction.clamp(0.0, 1.0);
        Point { x: self.cx + r * angle.cos(), y: self.cy + r * angle.sin() }
    }

    /// Where a score (1–5) lies on `axis`; a missing score sits at the centre.
    pub fn value_point(&self, axis: usize, value: Option<f64>) -> Point {
        let fraction = value.map_or(0.0, |v| (v - f64::from(SCALE_MIN)) / f64::from(SCALE_MAX - SCALE_MIN));
        self.at(axis, fraction)
    }

    /// The polygon of one take's scores, one value per axis.
    pub fn polygon(&self, values: &[Option<f64>]) -> Vec<Point> {
        values.iter().enumerate().map(|(i, v)| self.value_point(i, *v)).collect()
    }

    /// The grid ring at score `level` (1–5).
    pub fn ring(&self, level: f64) -> Vec<Point> {
        (0..self.axes).map(|i| self.value_point(i, Some(level))).collect()
    }

    /// Where axis `axis`'s label goes (a little outside the rim) and which way it is anchored.
    pub fn label(&self, axis: usize, gap: f64) -> (Point, Anchor) {
        let rim = self.at(axis, 1.0);
        let dx = rim.x - self.cx;
        let dy = rim.y - self.cy;
        let length = (dx * dx + dy * dy).sqrt().max(EPS);
        let point = Point { x: rim.x + gap * dx / length, y: rim.y + gap * dy / length };
        let anchor = if dx.abs() < self.radius * 0.1 {
            Anchor::Middle
        } else if dx > 0.0 {
            Anchor::Start
        } else {
            Anchor::End
        };
        (point, anchor)
    }
}

/// SVG `text-anchor` of a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The SVG attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Points as an SVG `points` attribute: `x,y x,y …`, rounded to 0.1.
pub fn points_attr(points: &[Point]) -> String {
    let round = |v: f64| {
        let r = (v * 10.0).round() / 10.0;
        if r == 0.0 {
            0.0
        } else {
            r
        }
    };
    points.iter().map(|p| format!("{},{}", round(p.x), round(p.y))).collect::<Vec<_>>().join(" ")
}

/// A mean for display: one decimal, with the language's decimal mark.
pub fn format_mean(mean: f64, lang: Lang) -> String {
    crate::i18n::number::fixed(lang, mean, 1)
}

/// A change for display: signed, one decimal (`+0.5`, `−0.3`, `0.0`).
pub fn format_change(change: f64, lang: Lang) -> String {
    crate::i18n::number::signed_change(lang, change)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn answers(pairs: &[(&str, u8)]) -> BTreeMap<String, u8> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    /// Every item answered `value`.
    fn all(value: u8) -> BTreeMap<String, u8> {
        ITEMS.iter().map(|i| (i.id.to_string(), value)).collect()
    }

    /// Answers that give each subscale (in chart order) exactly the given mean when every item
    /// of it is answered the same scored value.
    fn with_means(means: [u8; 9]) -> BTreeMap<String, u8> {
        ITEMS
            .iter()
            .map(|i| {
                let target = means[Subscale::ALL.iter().position(|s| *s == i.subscale).unwrap_or(0)];
                (i.id.to_string(), if i.reverse { 6 - target } else { target })
            })
            .collect()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn items_are_well_formed() {
        let ids: BTreeSet<&str> = ITEMS.iter().map(|i| i.id).collect();
        assert_eq!(ids.len(), ITEMS.len(), "ids are unique");
        let texts: BTreeSet<String> = ITEMS.iter().map(|i| format!("{:?}", i.text)).collect();
        assert_eq!(texts.len(), ITEMS.len(), "texts are unique");
        for subscale in Subscale::ALL {
            let own: Vec<&Item> = ITEMS.iter().filter(|i| i.subscale == subscale).collect();
            assert!((4..=6).contains(&own.len()), "{subscale:?} has 4–6 items");
            assert!(own.iter().any(|i| i.reverse), "{subscale:?} has a reverse-keyed item");
            assert!(own.iter().any(|i| !i.reverse), "{subscale:?} has a plainly keyed item");
        }
        // Neighbouring statements belong to different subscales.
        for pair in ITEMS.windows(2) {
            assert_ne!(pair[0].subscale, pair[1].subscale);
        }
        assert_eq!(page_count(), 6);
        assert_eq!((0..page_count()).map(|p| page_items(p).len()).sum::<usize>(), ITEMS.len());
        assert!(page_items(99).is_empty());
    }

    // TEST-VECTORS.md, "Questionnaire scoring": five reverse-keyed items answered 5 → mean 1.0.
    #[test]
    fn five_reverse_keyed_items_answered_five_score_one() {
        let items: Vec<Item> = ["r1", "r2", "r3", "r4", "r5"]
            .into_iter()
            .map(|id| Item { id, subscale: Subscale::Control, reverse: true, text: T::ItemCt3 })
            .collect();
        let profile = score_items(&items, &answers(&[("r1", 5), ("r2", 5), ("r3", 5), ("r4", 5), ("r5", 5)]));
        let control = &profile.subscales[&Subscale::Control];
        assert_eq!(control.mean, Some(1.0));
        assert_eq!(control.status, Status::Scored);
        assert_eq!(control.band, Some(Band::Low));
        assert_eq!(profile.subscales.len(), 1, "subscales without items are left out");
    }

    #[test]
    fn reverse_keying_is_six_minus_x() {
        let reverse = ITEMS.iter().find(|i| i.reverse).copied().unwrap_or(ITEMS[0]);
        assert!(reverse.reverse);
        let plain = ITEMS[0];
        for x in 1..=5u8 {
            assert_eq!(item_score(&reverse, x), Some(f64::from(6 - x)));
            assert_eq!(item_score(&plain, x), Some(f64::from(x)));
        }
        assert_eq!(item_score(&plain, 0), None);
        assert_eq!(item_score(&plain, 6), None);
        // Everything answered 5: plainly keyed items give 5, reverse-keyed ones 1.
        let mobility = &score(&all(5)).subscales[&Subscale::Mobility]; // mp1, mp2 plain; mp3, mp4 reverse
        assert_eq!(mobility.mean, Some(3.0));
        let control = &score(&all(5)).subscales[&Subscale::Control]; // three plain, one reverse
        assert_eq!(control.mean, Some((5.0 + 5.0 + 1.0 + 5.0) / 4.0));
    }

    // TEST-VECTORS.md: every item answered 3 → every mean 3.0, a flat profile, not ranked.
    #[test]
    fn all_threes_are_a_flat_profile() {
        let profile = score(&all(3));
        for s in Subscale::ALL {
            assert_eq!(profile.mean(s), Some(3.0), "{s:?}");
            assert_eq!(profile.subscales[&s].band, Some(Band::Middle));
        }
        assert!(profile.flat);
        assert_eq!(profile.spread, Some(0.0));
        assert_eq!(profile.sd, Some(0.0));
        assert!(profile.highest.is_empty() && profile.lowest.is_empty(), "a flat profile names no highest or lowest");
        assert_eq!(profile.ties, vec![Subscale::ALL.to_vec()]);
    }

    #[test]
    fn flat_threshold_is_half_a_point() {
        let nearly = score(&with_means([3, 3, 3, 3, 3, 3, 3, 3, 3]));
        assert!(nearly.flat);
        // One subscale at 3.25 (answers 3,3,4,3 on a plain-keyed scale): spread 0.25, still flat.
        let mut a = with_means([3; 9]);
        a.insert("sd1".into(), 4);
        assert!(score(&a).flat);
        // Spread exactly 0.5 is not flat.
        a.insert("sd2".into(), 4);
        let p = score(&a);
        assert_eq!(p.spread, Some(0.5));
        assert!(!p.flat);
        assert_eq!(p.highest, vec![Subscale::SelfDirected]);
        assert_eq!(p.lowest.len(), 8);
    }

    #[test]
    fn missing_answers_one_allowed_more_is_not_enough() {
        let mut a = all(4);
        a.remove("sd1");
        let p = score(&a);
        let sd = &p.subscales[&Subscale::SelfDirected];
        assert_eq!(sd.status, Status::Scored);
        assert_eq!(sd.answered, 3);
        assert_eq!(sd.items, 4);
        assert_eq!(sd.mean, Some((4.0 + 2.0 + 4.0) / 3.0)); // sd3 is reverse-keyed
        a.remove("sd2");
        let p = score(&a);
        let sd = &p.subscales[&Subscale::SelfDirected];
        assert_eq!(sd.status, Status::NotEnoughAnswers);
        assert_eq!(sd.mean, None);
        assert_eq!(sd.band, None);
        assert_eq!(p.not_scored(), vec![Subscale::SelfDirected]);
        assert!(!p.highest.contains(&Subscale::SelfDirected) && !p.lowest.contains(&Subscale::SelfDirected));
        // Out-of-range answers count as missing.
        let mut bad = all(3);
        bad.insert("vd1".into(), 0);
        bad.insert("vd2".into(), 9);
        assert_eq!(score(&bad).subscales[&Subscale::ValuesDriven].status, Status::NotEnoughAnswers);
        // Nothing answered: nothing scored, no profile.
        let empty = score(&BTreeMap::new());
        assert_eq!(empty.not_scored().len(), 9);
        assert_eq!((empty.flat, empty.spread, empty.sd), (false, None, None));
        assert!(empty.highest.is_empty() && empty.ties.is_empty());
    }

    #[test]
    fn ties_are_reported_not_ranked() {
        // Self-directed and curiosity share the top (5), mobility and negotiation the bottom (2).
        let p = score(&with_means([5, 4, 3, 2, 4, 3, 5, 3, 2]));
        assert!(!p.flat);
        assert_eq!(p.highest, vec![Subscale::SelfDirected, Subscale::Curiosity]);
        assert_eq!(p.lowest, vec![Subscale::Mobility, Subscale::Negotiation]);
        assert_eq!(
            p.ties,
            vec![
                vec![Subscale::SelfDirected, Subscale::Curiosity],
                vec![Subscale::ValuesDriven, Subscale::Concern],
                vec![Subscale::Boundaryless, Subscale::Control, Subscale::Confidence],
                vec![Subscale::Mobility, Subscale::Negotiation],
            ]
        );
        assert_eq!(p.spread, Some(3.0));
        // Population SD of [5,4,3,2,4,3,5,3,2]: mean 31/9.
        let m = 31.0 / 9.0;
        let var = [5.0, 4.0, 3.0, 2.0, 4.0, 3.0, 5.0, 3.0, 2.0].iter().map(|x: &f64| (x - m).powi(2)).sum::<f64>() / 9.0;
        assert!(close(p.sd.unwrap_or(0.0), var.sqrt()));
        // A clear single highest and lowest.
        let p = score(&with_means([5, 4, 3, 2, 1, 3, 4, 3, 2]));
        assert_eq!(p.highest, vec![Subscale::SelfDirected]);
        assert_eq!(p.lowest, vec![Subscale::Concern]);
    }

    #[test]
    fn bands() {
        assert_eq!(Band::of(1.0), Band::Low);
        assert_eq!(Band::of(2.49), Band::Low);
        assert_eq!(Band::of(2.5), Band::Middle);
        assert_eq!(Band::of(3.49), Band::Middle);
        assert_eq!(Band::of(3.5), Band::High);
        assert_eq!(Band::of(5.0), Band::High);
    }

    #[test]
    fn every_subscale_and_band_has_an_interpretation_and_two_steps() {
        let mut seen = BTreeSet::new();
        for s in Subscale::ALL {
            for band in [Band::Low, Band::Middle, Band::High] {
                let (text, steps) = s.interpretation(band);
                for key in std::iter::once(text).chain(steps) {
                    assert!(seen.insert(format!("{key:?}")), "{key:?} used twice");
                }
            }
        }
        assert_eq!(seen.len(), 9 * 3 * 3);
    }

    #[test]
    fn resume_page_is_the_first_unanswered_page() {
        assert_eq!(resume_page(&BTreeMap::new()), 0);
        let mut a = BTreeMap::new();
        for item in page_items(0).iter().chain(page_items(1)) {
            a.insert(item.id.to_string(), 4);
        }
        assert_eq!(answered_count(&a), 12);
        assert_eq!(resume_page(&a), 2);
        assert_eq!(resume_page(&all(2)), page_count() - 1);
        a.insert("unknown".into(), 3);
        assert_eq!(answered_count(&a), 12, "unknown ids do not count");
    }

    fn take(id: &str, completed: Option<&str>, answers: BTreeMap<String, u8>) -> AttitudeTake {
        AttitudeTake { id: id.into(), started_at: "2026-01-01T00:00:00Z".into(), completed_at: completed.map(str::to_string), answers }
    }

    #[test]
    fn results_score_completed_takes_and_compare_the_latest_two() {
        let attitudes = Attitudes {
            takes: vec![
                take("t2", Some("2026-09-01T10:00:00Z"), with_means([4, 4, 4, 4, 4, 4, 4, 4, 4])),
                take("t1", Some("2026-03-01T10:00:00Z"), with_means([3, 3, 3, 3, 3, 3, 3, 3, 2])),
                take("t3", None, all(5)),
            ],
        };
        let r = results(&attitudes);
        assert_eq!(r.takes.iter().map(|t| t.take.as_str()).collect::<Vec<_>>(), ["t1", "t2"], "completed only, oldest first");
        assert_eq!(r.latest.as_deref(), Some("t2"));
        assert_eq!(r.compared_with.as_deref(), Some("t1"));
        let changes = r.changes.clone().unwrap_or_default();
        assert_eq!(changes[&Subscale::SelfDirected], Some(1.0));
        assert_eq!(changes[&Subscale::Negotiation], Some(2.0));
        assert_eq!(Direction::of(1.0), Direction::Up);
        assert_eq!(Direction::of(-0.5), Direction::Down);
        assert_eq!(Direction::of(0.25), Direction::Same);
        assert_eq!(open_take(&attitudes).map(|t| t.id.as_str()), Some("t3"));

        let json = serde_json::to_value(&r).unwrap_or_default();
        let first = &json["takes"][0];
        assert_eq!(first["take"], "t1");
        assert_eq!(first["subscales"]["self_directed"]["mean"], 3.0);
        assert_eq!(first["subscales"]["self_directed"]["status"], "scored");
        assert_eq!(first["subscales"]["self_directed"]["band"], "middle");
        assert_eq!(first["flat"], false);
        assert_eq!(first["lowest"], serde_json::json!(["negotiation"]));
        assert_eq!(json["changes"]["negotiation"], 2.0);

        // A not-scored subscale: null mean, no band, null change.
        let mut sparse = with_means([4; 9]);
        sparse.remove("mp1");
        sparse.remove("mp2");
        let one = Attitudes { takes: vec![take("a", Some("2026-01-02"), with_means([3; 9])), take("b", Some("2026-02-02"), sparse)] };
        let json = serde_json::to_value(results(&one)).unwrap_or_default();
        let mobility = &json["takes"][1]["subscales"]["mobility"];
        assert_eq!(mobility["status"], "not_enough_answers");
        assert!(mobility["mean"].is_null());
        assert!(mobility.get("band").is_none());
        assert!(json["changes"]["mobility"].is_null());

        let none = results(&Attitudes::default());
        assert!(none.takes.is_empty() && none.latest.is_none() && none.changes.is_none());
    }

    #[test]
    fn radar_geometry() {
        let radar = Radar { cx: 100.0, cy: 100.0, radius: 80.0, axes: 9 };
        // Axis 0 points straight up; a 5 lies on the rim, a 1 at the centre, a 3 half-way.
        let top = radar.value_point(0, Some(5.0));
        assert!(close(top.x, 100.0) && close(top.y, 20.0));
        let centre = radar.value_point(0, Some(1.0));
        assert!(close(centre.x, 100.0) && close(centre.y, 100.0));
        let half = radar.value_point(0, Some(3.0));
        assert!(close(half.y, 60.0));
        assert_eq!(radar.value_point(3, None), Point { x: 100.0, y: 100.0 });
        // Clockwise: axis 1 is to the right of the top.
        assert!(radar.at(1, 1.0).x > 100.0);
        // Every rim point is `radius` from the centre, 40° apart.
        let rim = radar.ring(5.0);
        assert_eq!(rim.len(), 9);
        for (i, p) in rim.iter().enumerate() {
            assert!(close(((p.x - 100.0).powi(2) + (p.y - 100.0).powi(2)).sqrt(), 80.0));
            let angle = (p.y - 100.0).atan2(p.x - 100.0).to_degrees();
            let expected = -90.0 + 40.0 * i as f64;
            let diff = (angle - expected).rem_euclid(360.0);
            assert!(diff < 1e-6 || (360.0 - diff) < 1e-6, "axis {i}: {angle} vs {expected}");
        }
        // A take's polygon: one point per axis at its value.
        let polygon = radar.polygon(&[Some(5.0), Some(1.0), Some(3.0), None, Some(5.0), Some(5.0), Some(5.0), Some(5.0), Some(5.0)]);
        assert_eq!(polygon.len(), 9);
        assert_eq!(polygon[1], Point { x: 100.0, y: 100.0 });
        assert!(close(((polygon[2].x - 100.0).powi(2) + (polygon[2].y - 100.0).powi(2)).sqrt(), 40.0));
        // Four axes make a diamond with exact, printable coordinates.
        let square = Radar { cx: 50.0, cy: 50.0, radius: 40.0, axes: 4 };
        assert_eq!(points_attr(&square.ring(5.0)), "50,10 90,50 50,90 10,50");
        assert_eq!(points_attr(&square.polygon(&[Some(3.0), Some(3.0), None, Some(5.0)])), "50,30 70,50 50,50 10,50");
        // Labels sit outside the rim, anchored away from the centre.
        let (p, anchor) = square.label(0, 10.0);
        assert!(close(p.y, 0.0) && anchor == Anchor::Middle);
        assert_eq!(square.label(1, 10.0).1, Anchor::Start);
        assert_eq!(square.label(3, 10.0).1, Anchor::End);
    }

    #[test]
    fn display_formats() {
        assert_eq!(format_mean(3.75, Lang::En), "3.8");
        assert_eq!(format_mean(3.0, Lang::Nl), "3,0");
        assert_eq!(format_change(0.5, Lang::En), "+0.5");
        assert_eq!(format_change(-0.25, Lang::Fr), "−0,3");
        assert_eq!(format_change(0.01, Lang::En), "0.0");
    }
}
