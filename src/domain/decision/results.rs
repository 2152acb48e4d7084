//! The computed decision, `results.decision` of the file format (v1), as serialisable types.
//!
//! Key names and nesting follow `FILE-FORMAT.md` exactly; `null` appears where the contract says a
//! value can be absent (`weights`, `consistency_ratio`, `most_inconsistent`, `smaa`, an option's
//! `central_weights` and `confidence`, `error`). Fields that are ours: `contributions` in each
//! ranking entry (criterion id → w·value/10, summing to the score). Maps keyed by id keep workbook
//! order ([`IdMap`]), so the file reads in the order the user sees.
//!
//! Nothing here computes anything, and these types are only serialised: on import `results` is
//! never trusted, the engine recomputes it from the workbook.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// A JSON object keyed by option or criterion id that keeps insertion (workbook) order.
#[derive(Debug, Clone, PartialEq)]
pub struct IdMap<T>(pub Vec<(String, T)>);

impl<T> Default for IdMap<T> {
    fn default() -> Self {
        IdMap(Vec::new())
    }
}

impl<T> IdMap<T> {
    /// The value stored under `id`, if any.
    pub fn get(&self, id: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| k == id).map(|(_, v)| v)
    }

    /// Entries in workbook order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &T)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T> FromIterator<(String, T)> for IdMap<T> {
    fn from_iter<I: IntoIterator<Item = (String, T)>>(iter: I) -> Self {
        IdMap(iter.into_iter().collect())
    }
}

impl<T: Serialize> Serialize for IdMap<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Why the ranking is empty; serialised as the snake_case code (`results.decision.error`).
///
/// | code | meaning |
/// |---|---|
/// | `duplicate_ids` | two options or two criteria share an id, so results could not be keyed |
/// | `no_criteria` | there are no criteria |
/// | `pairwise_disconnected` | the pairwise judgements do not connect all criteria (weights `null`) |
/// | `zero_weights` | every weight is 0 (direct weighting with nothing allocated) |
/// | `no_ranked_options` | no option is left once excluded and incomplete ones are set aside |
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EngineError {
    /// Two options or two criteria share an id.
    DuplicateIds,
    /// There are no criteria.
    NoCriteria,
    /// The pairwise judgements do not connect all criteria.
    PairwiseDisconnected,
    /// All weights are 0.
    ZeroWeights,
    /// No option is both complete and free of failed dealbreakers.
    NoRankedOptions,
}

impl EngineError {
    /// The code written to the file (also usable as an i18n key suffix).
    pub fn as_str(self) -> &'static str {
        match self {
            EngineError::DuplicateIds => "duplicate_ids",
            EngineError::NoCriteria => "no_criteria",
            EngineError::PairwiseDisconnected => "pairwise_disconnected",
            EngineError::ZeroWeights => "zero_weights",
            EngineError::NoRankedOptions => "no_ranked_options",
        }
    }
}

/// `results.decision`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DecisionResults {
    /// Criterion id → weight (sum 1), or `null` when they cannot be computed.
    pub weights: Option<IdMap<f64>>,
    /// AHP consistency ratio, for `pairwise` only.
    pub consistency_ratio: Option<f64>,
    /// The judgement that disagrees most with the AHP weights, for `pairwise` only.
    pub most_inconsistent: Option<MostInconsistent>,
    /// Ranked options, best first; ties in workbook order.
    pub ranking: Vec<RankEntry>,
    /// One entry per failed dealbreaker.
    pub excluded: Vec<Exclusion>,
    /// Options with at least one missing score, in workbook order.
    pub incomplete: Vec<String>,
    /// TOPSIS closeness of the ranked options, best first.
    pub topsis: Vec<TopsisEntry>,
    /// Per criterion, the weights that keep the top option strictly first.
    pub stability: Vec<StabilityInterval>,
    /// SMAA-2 results, `null` until computed or when there is nothing to rank.
    pub smaa: Option<SmaaResults>,
    /// Why `ranking` is empty, if it is.
    pub error: Option<EngineError>,
}

impl DecisionResults {
    /// Whether the AHP judgements are flagged as inconsistent (CR above 0.10, per the contract).
    pub fn is_inconsistent(&self) -> bool {
        self.consistency_ratio
            .is_some_and(|cr| cr > super::weights::CR_THRESHOLD)
    }
}

/// `most_inconsistent`: the given judgement "a is `given` times as important as b", and the ratio
/// w_a/w_b the weights imply.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MostInconsistent {
    /// First criterion of the judgement.
    pub a: String,
    /// Second criterion of the judgement.
    pub b: String,
    /// The ratio the user gave.
    pub given: f64,
    /// w_a / w_b.
    pub implied: f64,
}

/// One ranked option.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankEntry {
    /// Option id.
    pub option: String,
    /// Σ w_j · value_j / 10, in 0–1.
    pub score: f64,
    /// 1-based; tied options share the better rank (1, 1, 3).
    pub rank: u32,
    /// Criterion id → w_j · value_j / 10 (ours): what each criterion adds to the score.
    pub contributions: IdMap<f64>,
}

/// An option below a dealbreaker's minimum.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Exclusion {
    /// Option id.
    pub option: String,
    /// Criterion id of the dealbreaker.
    pub criterion: String,
    /// The dealbreaker's minimum.
    pub min: f64,
    /// The option's value on that criterion.
    pub value: f64,
}

/// TOPSIS closeness of one option.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopsisEntry {
    /// Option id.
    pub option: String,
    /// D⁻ / (D⁺ + D⁻), 0.5 when both are 0.
    pub closeness: f64,
}

/// Infimum and supremum of the weights of one criterion that keep the top option strictly first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StabilityInterval {
    /// Criterion id.
    pub criterion: String,
    /// Infimum, in 0–1.
    pub lower: f64,
    /// Supremum, in 0–1.
    pub upper: f64,
}

/// `smaa`: SMAA-2 rank acceptabilities, central weights and confidence factors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SmaaResults {
    /// Samples drawn (the confidence pass draws as many again).
    pub samples: u32,
    /// Seed of the generator.
    pub seed: u64,
    /// Option id → share of samples at rank 1, 2, … (one entry per ranked option).
    pub acceptability: IdMap<Vec<f64>>,
    /// Option id → mean weights of the samples where it is first, `null` if never first.
    pub central_weights: IdMap<Option<IdMap<f64>>>,
    /// Option id → share of samples where it is first under its central weights, `null` if never
    /// first.
    pub confidence: IdMap<Option<f64>>,
}
