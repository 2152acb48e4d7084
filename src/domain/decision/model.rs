//! What the user entered for a decision: `workbook.decision` of the file format (v1), as serde
//! types, plus [`Decision::validate`], which checks the contract's rules for one decision.
//!
//! Field names and shapes follow `FILE-FORMAT.md` exactly. Fields the contract does not name and
//! that are ours: `notes` on an option and `note` on a score (free text, empty by default, left
//! out of the JSON when empty), and `actions` and `journal` ([`super::plan`], documented in
//! `docs/file-format-decision.md`). Defaults for missing fields: `source` = `"custom"`,
//! `weighting.method` = `equal`, `smaa.samples` = 10,000, `smaa.seed` = 1; every list or map
//! defaults to empty. `samples` and `seed` also accept integral floats such as `1.0`, as the
//! contract requires of integer fields.
//!
//! This module does not enforce the file caps (name lengths, list lengths, file size), detect
//! duplicated JSON keys inside `direct`, or migrate old schema versions: that is the import
//! layer's job. The engine never relies on `validate` having been called; it copes with any
//! value of these types on its own (see [`super`]).

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

/// Fewest SMAA samples a file may ask for.
pub const MIN_SAMPLES: u32 = 1_000;
/// Most SMAA samples a file may ask for.
pub const MAX_SAMPLES: u32 = 100_000;
/// SMAA samples when the file does not say.
pub const DEFAULT_SAMPLES: u32 = 10_000;
/// Largest seed: 2^53 − 1, so that JavaScript readers of the file see the exact integer.
pub const MAX_SEED: u64 = (1 << 53) - 1;
/// Smallest pairwise ratio ("b is 9 times as important as a").
pub const MIN_RATIO: f64 = 1.0 / 9.0;
/// Largest pairwise ratio ("a is 9 times as important as b").
pub const MAX_RATIO: f64 = 9.0;
/// Lowest and highest score.
pub const SCORE_MIN: f64 = 0.0;
/// See [`SCORE_MIN`].
pub const SCORE_MAX: f64 = 10.0;

/// Ratios written with a few decimals (`0.1111111`) should not fail validation for lying a rounding
/// error outside [1/9, 9]; the engine clamps them anyway.
const RATIO_SLACK: f64 = 1e-6;

/// One decision: the options, the criteria, how they are weighed, the scores and the SMAA settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Decision {
    /// The options, in workbook order (the order the user sees and tie-breaks use).
    pub options: Vec<DecisionOption>,
    /// The criteria, in workbook order.
    pub criteria: Vec<Criterion>,
    /// How the criteria are weighed.
    pub weighting: Weighting,
    /// One entry per scored (option, criterion) pair.
    pub scores: Vec<Score>,
    /// Must-haves: an option below `min` on the criterion is excluded.
    pub dealbreakers: Vec<Dealbreaker>,
    /// Sample count and seed for SMAA.
    pub smaa: SmaaSettings,
    /// The action plan (ours, not in the contract): key uncertainties per option and the cheapest
    /// test of each, with a date. Left out of the JSON when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<super::plan::Action>,
    /// The decision journal (ours, not in the contract): what was chosen, when, why, and when to
    /// look back. Left out of the JSON when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub journal: Vec<super::plan::JournalEntry>,
}

/// A real option the person is considering.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionOption {
    /// Identifier, unique among options.
    pub id: String,
    /// What the user calls it.
    pub name: String,
    /// What kind of career move it is.
    #[serde(rename = "move")]
    pub move_kind: MoveKind,
    /// Free notes (ours, not in the contract).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// The kind of career move an option is (contract: `move`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MoveKind {
    /// More responsibility on the same ladder.
    Up,
    /// Another role at the same level.
    Lateral,
    /// Another function or sector.
    Diagonal,
    /// Grow the current role in place.
    Enrichment,
    /// Less responsibility by choice.
    StepBack,
    /// Leave employment: freelance, own company, sabbatical.
    Exit,
    /// Study, trial project, shadowing.
    Explore,
}

impl MoveKind {
    /// Every kind, in the contract's order.
    pub const ALL: [MoveKind; 7] = [
        MoveKind::Up,
        MoveKind::Lateral,
        MoveKind::Diagonal,
        MoveKind::Enrichment,
        MoveKind::StepBack,
        MoveKind::Exit,
        MoveKind::Explore,
    ];

    /// The file-format spelling (`step-back`, …), also usable as an i18n key suffix.
    pub fn as_str(self) -> &'static str {
        match self {
            MoveKind::Up => "up",
            MoveKind::Lateral => "lateral",
            MoveKind::Diagonal => "diagonal",
            MoveKind::Enrichment => "enrichment",
            MoveKind::StepBack => "step-back",
            MoveKind::Exit => "exit",
            MoveKind::Explore => "explore",
        }
    }
}

/// Something that matters in the decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    /// Identifier, unique among criteria.
    pub id: String,
    /// What the user calls it.
    pub name: String,
    /// Where it came from: `value:<key>`, `talent:<key>`, `goal:<id>` or `custom` (informational,
    /// never checked).
    #[serde(default = "custom_source")]
    pub source: String,
}

fn custom_source() -> String {
    "custom".to_owned()
}

/// How the criteria are weighed; the sections not selected by `method` are kept so that switching
/// methods back and forth loses nothing.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Weighting {
    /// Which of the sections below is used.
    pub method: WeightMethod,
    /// Criterion id → non-negative amount, normalised to sum 1; missing criteria weigh 0.
    pub direct: BTreeMap<String, f64>,
    /// Criterion ids, most important first.
    pub rank: Vec<String>,
    /// Pairwise judgements "a is `ratio` times as important as b".
    pub pairwise: Vec<Pairwise>,
}

/// The weighting method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WeightMethod {
    /// All criteria weigh the same.
    #[default]
    Equal,
    /// Stated amounts, normalised.
    Direct,
    /// Rank-order centroid of a ranking.
    Rank,
    /// AHP on pairwise judgements.
    Pairwise,
}

/// One pairwise judgement: `a` is `ratio` times as important as `b`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pairwise {
    /// The first criterion.
    pub a: String,
    /// The second criterion.
    pub b: String,
    /// How many times as important `a` is as `b`, in [1/9, 9].
    pub ratio: f64,
}

/// A score of one option on one criterion, 0–10, higher is better, with an optional range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// The option scored.
    pub option: String,
    /// The criterion it is scored on.
    pub criterion: String,
    /// Best estimate.
    pub value: f64,
    /// Pessimistic estimate (default: `value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    /// Optimistic estimate (default: `value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// Why this score (ours, not in the contract).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A must-have: options scoring below `min` on `criterion` are excluded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dealbreaker {
    /// The criterion.
    pub criterion: String,
    /// The lowest acceptable score.
    pub min: f64,
}

/// SMAA's sample count and seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SmaaSettings {
    /// Number of Monte Carlo samples, 1,000–100,000.
    #[serde(deserialize_with = "integral::deserialize")]
    pub samples: u32,
    /// Seed of the generator, 0 … 2^53 − 1.
    #[serde(deserialize_with = "integral::deserialize")]
    pub seed: u64,
}

impl Default for SmaaSettings {
    fn default() -> Self {
        SmaaSettings {
            samples: DEFAULT_SAMPLES,
            seed: 1,
        }
    }
}

impl SmaaSettings {
    /// The settings the engine actually uses: samples clamped to 1,000–100,000 and the seed to at
    /// most 2^53 − 1, so an out-of-range file still gives a bounded, reportable computation.
    pub fn clamped(self) -> SmaaSettings {
        SmaaSettings {
            samples: self.samples.clamp(MIN_SAMPLES, MAX_SAMPLES),
            seed: self.seed.min(MAX_SEED),
        }
    }
}

/// Integer fields that may be written as `1.0` (contract acceptance rule).
mod integral {
    use serde::de::{Error, Visitor};
    use serde::Deserializer;
    use std::fmt;
    use std::marker::PhantomData;

    pub fn deserialize<'de, D, T>(deserializer: D) -> Result<T, D::Error>
    where
        D: Deserializer<'de>,
        T: TryFrom<u64>,
    {
        deserializer.deserialize_any(IntegralVisitor(PhantomData))
    }

    struct IntegralVisitor<T>(PhantomData<T>);

    impl<T: TryFrom<u64>> Visitor<'_> for IntegralVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a non-negative integer")
        }

        fn visit_u64<E: Error>(self, v: u64) -> Result<T, E> {
            T::try_from(v).map_err(|_| E::custom(format_args!("integer {v} is too large")))
        }

        fn visit_i64<E: Error>(self, v: i64) -> Result<T, E> {
            match u64::try_from(v) {
                Ok(v) => self.visit_u64(v),
                Err(_) => Err(E::custom(format_args!("integer {v} is negative"))),
            }
        }

        fn visit_f64<E: Error>(self, v: f64) -> Result<T, E> {
            // 2^64 is exact in binary64; anything below it with no fraction is a u64.
            if (0.0..18_446_744_073_709_551_616.0).contains(&v) && v.fract() == 0.0 {
                self.visit_u64(v as u64)
            } else {
                Err(E::custom(format_args!("{v} is not a non-negative integer")))
            }
        }
    }
}

/// Where in a decision a reference was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// `scores`
    Scores,
    /// `weighting.direct`
    Direct,
    /// `weighting.rank`
    Rank,
    /// `weighting.pairwise`
    Pairwise,
    /// `dealbreakers`
    Dealbreakers,
}

impl Section {
    /// The JSON path of the section.
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Scores => "scores",
            Section::Direct => "weighting.direct",
            Section::Rank => "weighting.rank",
            Section::Pairwise => "weighting.pairwise",
            Section::Dealbreakers => "dealbreakers",
        }
    }
}

/// A rule of the file contract that a decision breaks, with the ids involved.
#[derive(Debug, Clone, PartialEq)]
pub enum DecisionError {
    /// Two options share an id.
    DuplicateOptionId { id: String },
    /// Two criteria share an id.
    DuplicateCriterionId { id: String },
    /// A reference to an option that does not exist.
    UnknownOption { section: Section, id: String },
    /// A reference to a criterion that does not exist.
    UnknownCriterion { section: Section, id: String },
    /// The same (option, criterion) pair is scored twice.
    DuplicateScore { option: String, criterion: String },
    /// A score breaks `0 <= low <= value <= high <= 10` or is not finite.
    ScoreOutOfRange { option: String, criterion: String },
    /// A direct weight is negative or not finite.
    InvalidDirectWeight { criterion: String },
    /// A criterion appears twice in the ranking.
    RankDuplicate { criterion: String },
    /// A criterion is missing from the ranking (checked when the method is `rank`).
    RankMissing { criterion: String },
    /// A criterion is compared with itself.
    PairwiseSelf { criterion: String },
    /// A ratio is outside [1/9, 9] or not finite.
    RatioOutOfRange { a: String, b: String },
    /// Two judgements for the same unordered pair.
    DuplicatePair { a: String, b: String },
    /// A dealbreaker's `min` is outside 0–10 or not finite.
    DealbreakerOutOfRange { criterion: String },
    /// `smaa.samples` is outside 1,000–100,000.
    SamplesOutOfRange { samples: u32 },
    /// `smaa.seed` is above 2^53 − 1.
    SeedOutOfRange { seed: u64 },
}

impl DecisionError {
    /// A stable machine-readable code (for i18n keys and logs).
    pub fn code(&self) -> &'static str {
        match self {
            DecisionError::DuplicateOptionId { .. } => "duplicate_option_id",
            DecisionError::DuplicateCriterionId { .. } => "duplicate_criterion_id",
            DecisionError::UnknownOption { .. } => "unknown_option",
            DecisionError::UnknownCriterion { .. } => "unknown_criterion",
            DecisionError::DuplicateScore { .. } => "duplicate_score",
            DecisionError::ScoreOutOfRange { .. } => "score_out_of_range",
            DecisionError::InvalidDirectWeight { .. } => "invalid_direct_weight",
            DecisionError::RankDuplicate { .. } => "rank_duplicate",
            DecisionError::RankMissing { .. } => "rank_missing",
            DecisionError::PairwiseSelf { .. } => "pairwise_self",
            DecisionError::RatioOutOfRange { .. } => "ratio_out_of_range",
            DecisionError::DuplicatePair { .. } => "duplicate_pair",
            DecisionError::DealbreakerOutOfRange { .. } => "dealbreaker_out_of_range",
            DecisionError::SamplesOutOfRange { .. } => "samples_out_of_range",
            DecisionError::SeedOutOfRange { .. } => "seed_out_of_range",
        }
    }
}

impl fmt::Display for DecisionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecisionError::DuplicateOptionId { id } => write!(f, "two options have the id {id:?}"),
            DecisionError::DuplicateCriterionId { id } => {
                write!(f, "two criteria have the id {id:?}")
            }
            DecisionError::UnknownOption { section, id } => {
                write!(
                    f,
                    "{} refers to an option {id:?} that does not exist",
                    section.as_str()
                )
            }
            DecisionError::UnknownCriterion { section, id } => {
                write!(
                    f,
                    "{} refers to a criterion {id:?} that does not exist",
                    section.as_str()
                )
            }
            DecisionError::DuplicateScore { option, criterion } => {
                write!(
                    f,
                    "option {option:?} is scored twice on criterion {criterion:?}"
                )
            }
            DecisionError::ScoreOutOfRange { option, criterion } => write!(
                f,
                "the score of option {option:?} on criterion {criterion:?} must satisfy \
                 0 <= low <= value <= high <= 10"
            ),
            DecisionError::InvalidDirectWeight { criterion } => {
                write!(
                    f,
                    "the direct weight of criterion {criterion:?} must be a number >= 0"
                )
            }
            DecisionError::RankDuplicate { criterion } => {
                write!(f, "criterion {criterion:?} appears twice in the ranking")
            }
            DecisionError::RankMissing { criterion } => {
                write!(f, "criterion {criterion:?} is missing from the ranking")
            }
            DecisionError::PairwiseSelf { criterion } => {
                write!(f, "criterion {criterion:?} is compared with itself")
            }
            DecisionError::RatioOutOfRange { a, b } => {
                write!(f, "the ratio of {a:?} to {b:?} must be between 1/9 and 9")
            }
            DecisionError::DuplicatePair { a, b } => {
                write!(f, "criteria {a:?} and {b:?} are compared more than once")
            }
            DecisionError::DealbreakerOutOfRange { criterion } => {
                write!(
                    f,
                    "the dealbreaker on {criterion:?} must have a minimum between 0 and 10"
                )
            }
            DecisionError::SamplesOutOfRange { samples } => write!(
                f,
                "SMAA samples must be between {MIN_SAMPLES} and {MAX_SAMPLES}, not {samples}"
            ),
            DecisionError::SeedOutOfRange { seed } => {
                write!(f, "the SMAA seed must be at most 2^53 - 1, not {seed}")
            }
        }
    }
}

impl std::error::Error for DecisionError {}

impl Decision {
    /// Checks the contract's rules for a decision and returns the first rule broken, in this
    /// order: option ids, criterion ids, scores, direct weights, ranking, pairwise judgements,
    /// dealbreakers, SMAA settings.
    ///
    /// Not checked here: that pairwise judgements connect all criteria (a result, reported as the
    /// `pairwise_disconnected` error, not an import error), and the file caps. The ranking must
    /// hold every criterion only when `method` is `rank`: a stale ranking kept from earlier may
    /// lack criteria added since, but never holds unknown or repeated ids.
    pub fn validate(&self) -> Result<(), DecisionError> {
        let mut options = HashSet::new();
        for o in &self.options {
            if !options.insert(o.id.as_str()) {
                return Err(DecisionError::DuplicateOptionId { id: o.id.clone() });
            }
        }
        let mut criteria = HashSet::new();
        for c in &self.criteria {
            if !criteria.insert(c.id.as_str()) {
                return Err(DecisionError::DuplicateCriterionId { id: c.id.clone() });
            }
        }
        let known_criterion = |section, id: &String| {
            if criteria.contains(id.as_str()) {
                Ok(())
            } else {
                Err(DecisionError::UnknownCriterion {
                    section,
                    id: id.clone(),
                })
            }
        };

        let mut scored = HashSet::new();
        for s in &self.scores {
            if !options.contains(s.option.as_str()) {
                return Err(DecisionError::UnknownOption {
                    section: Section::Scores,
                    id: s.option.clone(),
                });
            }
            known_criterion(Section::Scores, &s.criterion)?;
            if !scored.insert((s.option.as_str(), s.criterion.as_str())) {
                return Err(DecisionError::DuplicateScore {
                    option: s.option.clone(),
                    criterion: s.criterion.clone(),
                });
            }
            let low = s.low.unwrap_or(s.value);
            let high = s.high.unwrap_or(s.value);
            let ordered =
                SCORE_MIN <= low && low <= s.value && s.value <= high && high <= SCORE_MAX;
            // NaN fails every comparison above, so `ordered` is false for it; infinities fail the
            // bounds.
            if !ordered {
                return Err(DecisionError::ScoreOutOfRange {
                    option: s.option.clone(),
                    criterion: s.criterion.clone(),
                });
            }
        }

        for (id, &amount) in &self.weighting.direct {
            known_criterion(Section::Direct, id)?;
            if !(amount.is_finite() && amount >= 0.0) {
                return Err(DecisionError::InvalidDirectWeight {
                    criterion: id.clone(),
                });
            }
        }

        let mut ranked = HashSet::new();
        for id in &self.weighting.rank {
            known_criterion(Section::Rank, id)?;
            if !ranked.insert(id.as_str()) {
                return Err(DecisionError::RankDuplicate {
                    criterion: id.clone(),
                });
            }
        }
        if self.weighting.method == WeightMethod::Rank {
            if let Some(c) = self
                .criteria
                .iter()
                .find(|c| !ranked.contains(c.id.as_str()))
            {
                return Err(DecisionError::RankMissing {
                    criterion: c.id.clone(),
                });
            }
        }

        let mut pairs = HashSet::new();
        for p in &self.weighting.pairwise {
            known_criterion(Section::Pairwise, &p.a)?;
            known_criterion(Section::Pairwise, &p.b)?;
            if p.a == p.b {
                return Err(DecisionError::PairwiseSelf {
                    criterion: p.a.clone(),
                });
            }
            let in_range = p.ratio >= MIN_RATIO * (1.0 - RATIO_SLACK)
                && p.ratio <= MAX_RATIO * (1.0 + RATIO_SLACK);
            if !in_range {
                return Err(DecisionError::RatioOutOfRange {
                    a: p.a.clone(),
                    b: p.b.clone(),
                });
            }
            let key = if p.a < p.b {
                (p.a.as_str(), p.b.as_str())
            } else {
                (p.b.as_str(), p.a.as_str())
            };
            if !pairs.insert(key) {
                return Err(DecisionError::DuplicatePair {
                    a: p.a.clone(),
                    b: p.b.clone(),
                });
            }
        }

        for d in &self.dealbreakers {
            known_criterion(Section::Dealbreakers, &d.criterion)?;
            if !(SCORE_MIN..=SCORE_MAX).contains(&d.min) {
                return Err(DecisionError::DealbreakerOutOfRange {
                    criterion: d.criterion.clone(),
                });
            }
        }

        if !(MIN_SAMPLES..=MAX_SAMPLES).contains(&self.smaa.samples) {
            return Err(DecisionError::SamplesOutOfRange {
                samples: self.smaa.samples,
            });
        }
        if self.smaa.seed > MAX_SEED {
            return Err(DecisionError::SeedOutOfRange {
                seed: self.smaa.seed,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contract_example() -> &'static str {
        // The `decision` example of FILE-FORMAT.md, with `method` made concrete and a second
        // criterion so that the references resolve.
        r#"{
          "options":  [ { "id": "o1", "name": "Stay and grow", "move": "enrichment" } ],
          "criteria": [ { "id": "c1", "name": "Autonomy", "source": "value:autonomy" },
                        { "id": "c2", "name": "Income", "source": "custom" } ],
          "weighting": {
            "method": "direct",
            "direct":   { "c1": 40, "c2": 60 },
            "rank":     [ "c2", "c1" ],
            "pairwise": [ { "a": "c1", "b": "c2", "ratio": 3 } ]
          },
          "scores": [ { "option": "o1", "criterion": "c1", "value": 7, "low": 5, "high": 8 } ],
          "dealbreakers": [ { "criterion": "c1", "min": 4 } ],
          "smaa": { "samples": 10000, "seed": 1 }
        }"#
    }

    #[test]
    fn the_contract_example_parses_and_validates() {
        let d: Decision = serde_json::from_str(contract_example()).unwrap();
        assert_eq!(d.options[0].move_kind, MoveKind::Enrichment);
        assert_eq!(d.weighting.method, WeightMethod::Direct);
        assert_eq!(d.weighting.direct["c2"], 60.0);
        assert_eq!(d.scores[0].low, Some(5.0));
        assert_eq!(
            d.smaa,
            SmaaSettings {
                samples: 10_000,
                seed: 1
            }
        );
        assert_eq!(d.validate(), Ok(()));
    }

    #[test]
    fn every_section_is_optional_and_defaults_are_documented() {
        let d: Decision = serde_json::from_str("{}").unwrap();
        assert_eq!(d, Decision::default());
        assert_eq!(d.weighting.method, WeightMethod::Equal);
        assert_eq!(
            d.smaa,
            SmaaSettings {
                samples: 10_000,
                seed: 1
            }
        );
        let c: Criterion = serde_json::from_str(r#"{"id":"c","name":"C"}"#).unwrap();
        assert_eq!(c.source, "custom");
    }

    #[test]
    fn move_kinds_use_kebab_case() {
        for kind in MoveKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
            assert_eq!(serde_json::from_str::<MoveKind>(&json).unwrap(), kind);
        }
        assert!(serde_json::from_str::<MoveKind>("\"sideways\"").is_err());
    }

    #[test]
    fn integer_fields_accept_integral_floats_only() {
        let s: SmaaSettings =
            serde_json::from_str(r#"{"samples": 2000.0, "seed": 9007199254740991.0}"#).unwrap();
        assert_eq!(
            s,
            SmaaSettings {
                samples: 2000,
                seed: MAX_SEED
            }
        );
        assert!(serde_json::from_str::<SmaaSettings>(r#"{"samples": 2000.5}"#).is_err());
        assert!(serde_json::from_str::<SmaaSettings>(r#"{"seed": -1}"#).is_err());
        assert!(serde_json::from_str::<SmaaSettings>(r#"{"samples": 5000000000}"#).is_err());
    }

    #[test]
    fn ours_fields_round_trip_and_stay_out_of_the_json_when_empty() {
        let d: Decision = serde_json::from_str(contract_example()).unwrap();
        let json = serde_json::to_value(&d).unwrap();
        assert!(json["options"][0].get("notes").is_none());
        assert!(json["scores"][0].get("note").is_none());
        assert_eq!(json["options"][0]["move"], "enrichment");
        let back: Decision = serde_json::from_value(json).unwrap();
        assert_eq!(back, d);
    }

    fn valid() -> Decision {
        serde_json::from_str(contract_example()).unwrap()
    }

    #[test]
    fn validate_reports_each_rule_with_the_ids_involved() {
        let mut d = valid();
        d.options.push(d.options[0].clone());
        assert_eq!(
            d.validate(),
            Err(DecisionError::DuplicateOptionId { id: "o1".into() })
        );

        let mut d = valid();
        d.criteria.push(d.criteria[0].clone());
        assert_eq!(
            d.validate(),
            Err(DecisionError::DuplicateCriterionId { id: "c1".into() })
        );

        let mut d = valid();
        d.scores[0].option = "ghost".into();
        assert_eq!(
            d.validate(),
            Err(DecisionError::UnknownOption {
                section: Section::Scores,
                id: "ghost".into()
            })
        );

        let mut d = valid();
        d.scores.push(d.scores[0].clone());
        assert_eq!(
            d.validate(),
            Err(DecisionError::DuplicateScore {
                option: "o1".into(),
                criterion: "c1".into()
            })
        );

        for (low, value, high) in [
            (6.0, 5.0, 8.0),
            (5.0, 9.0, 8.0),
            (-1.0, 5.0, 8.0),
            (5.0, 7.0, 11.0),
            (5.0, f64::NAN, 8.0),
        ] {
            let mut d = valid();
            d.scores[0].low = Some(low);
            d.scores[0].value = value;
            d.scores[0].high = Some(high);
            assert_eq!(
                d.validate(),
                Err(DecisionError::ScoreOutOfRange {
                    option: "o1".into(),
                    criterion: "c1".into()
                })
            );
        }

        let mut d = valid();
        d.weighting.direct.insert("c9".into(), 1.0);
        assert_eq!(
            d.validate(),
            Err(DecisionError::UnknownCriterion {
                section: Section::Direct,
                id: "c9".into()
            })
        );

        let mut d = valid();
        d.weighting.direct.insert("c1".into(), -1.0);
        assert_eq!(
            d.validate(),
            Err(DecisionError::InvalidDirectWeight {
                criterion: "c1".into()
            })
        );

        let mut d = valid();
        d.weighting.rank = vec!["c1".into(), "c1".into()];
        assert_eq!(
            d.validate(),
            Err(DecisionError::RankDuplicate {
                criterion: "c1".into()
            })
        );

        let mut d = valid();
        d.weighting.rank = vec!["c2".into()];
        assert_eq!(
            d.validate(),
            Ok(()),
            "a partial ranking is fine while the method is not rank"
        );
        d.weighting.method = WeightMethod::Rank;
        assert_eq!(
            d.validate(),
            Err(DecisionError::RankMissing {
                criterion: "c1".into()
            })
        );

        let mut d = valid();
        d.weighting.pairwise[0].b = "c1".into();
        assert_eq!(
            d.validate(),
            Err(DecisionError::PairwiseSelf {
                criterion: "c1".into()
            })
        );

        for ratio in [0.1, 9.5, f64::NAN, f64::INFINITY, 0.0] {
            let mut d = valid();
            d.weighting.pairwise[0].ratio = ratio;
            assert_eq!(
                d.validate(),
                Err(DecisionError::RatioOutOfRange {
                    a: "c1".into(),
                    b: "c2".into()
                })
            );
        }
        for ratio in [1.0 / 9.0, 0.1111111, 9.0] {
            let mut d = valid();
            d.weighting.pairwise[0].ratio = ratio;
            assert_eq!(d.validate(), Ok(()), "ratio {ratio}");
        }

        let mut d = valid();
        d.weighting.pairwise.push(Pairwise {
            a: "c2".into(),
            b: "c1".into(),
            ratio: 2.0,
        });
        assert_eq!(
            d.validate(),
            Err(DecisionError::DuplicatePair {
                a: "c2".into(),
                b: "c1".into()
            })
        );

        let mut d = valid();
        d.dealbreakers[0].min = 12.0;
        assert_eq!(
            d.validate(),
            Err(DecisionError::DealbreakerOutOfRange {
                criterion: "c1".into()
            })
        );

        let mut d = valid();
        d.smaa.samples = 999;
        assert_eq!(
            d.validate(),
            Err(DecisionError::SamplesOutOfRange { samples: 999 })
        );

        let mut d = valid();
        d.smaa.seed = MAX_SEED + 1;
        assert_eq!(
            d.validate(),
            Err(DecisionError::SeedOutOfRange { seed: MAX_SEED + 1 })
        );
    }

    #[test]
    fn errors_have_codes_and_messages() {
        let e = DecisionError::UnknownCriterion {
            section: Section::Pairwise,
            id: "x".into(),
        };
        assert_eq!(e.code(), "unknown_criterion");
        assert!(e.to_string().contains("weighting.pairwise"));
    }

    #[test]
    fn clamped_settings_stay_in_range() {
        let s = SmaaSettings {
            samples: 5,
            seed: u64::MAX,
        }
        .clamped();
        assert_eq!(
            s,
            SmaaSettings {
                samples: MIN_SAMPLES,
                seed: MAX_SEED
            }
        );
        let s = SmaaSettings {
            samples: 1_000_000,
            seed: 3,
        }
        .clamped();
        assert_eq!(
            s,
            SmaaSettings {
                samples: MAX_SAMPLES,
                seed: 3
            }
        );
    }
}
