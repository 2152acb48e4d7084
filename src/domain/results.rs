//! `results` of the exported file: everything Crossroads computes from a workbook, written for
//! readers of the file (coaches, facilitators, other tools) and never read back on import.
//! Numbers are full precision; rounding is for display only. Each module adds its section here.
//!
//! | key | what | computed by |
//! |---|---|---|
//! | `evidence` | talents and values in the experiences (docs/file-format-experiences.md) | [`super::evidence::profile`] |
//! | `attitudes` | scored takes and the latest comparison (docs/file-format-attitudes.md) | [`super::attitudes::results`] |
//! | `values` | the top five and the top-value order (docs/file-format-values-talents-goals.md) | [`super::values::results`] |
//! | `talents` | rated talents by quadrant (docs/file-format-values-talents-goals.md) | [`super::talents::quadrants`] |
//! | `decision` | weights, ranking, TOPSIS, stability, SMAA (FILE-FORMAT.md, "The decision part of `results`") | [`super::decision::compute`] |

use serde::Serialize;

use super::attitudes::{self, AttitudeResults};
use super::decision::{self, DecisionResults};
use super::evidence::{self, EvidenceProfile};
use super::talents::{self, Quadrants};
use super::values::{self, ValueResults};
use super::workbook::Workbook;

/// Everything computed from a workbook.
#[derive(Clone, Debug, Serialize)]
pub struct Results {
    /// The evidence profile of the experiences (shape: `crate::domain::evidence`,
    /// docs/file-format-experiences.md).
    pub evidence: EvidenceProfile,
    /// Every completed attitudes take scored; the latest compared with the one before
    /// (see `domain::attitudes` and docs/file-format-attitudes.md).
    pub attitudes: AttitudeResults,
    /// The top five and the top-value order (`domain::values`).
    pub values: ValueResults,
    /// Rated talents by quadrant (`domain::talents`).
    pub talents: Quadrants,
    pub decision: DecisionResults,
}

/// Computes every section of `results` from `workbook` (SMAA included, in one go).
pub fn compute(workbook: &Workbook) -> Results {
    Results {
        evidence: evidence::profile(workbook),
        attitudes: attitudes::results(&workbook.attitudes),
        values: values::results(&workbook.values),
        talents: talents::quadrants(&workbook.talents),
        decision: decision::compute(&workbook.decision),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{example::example_workbook, file};

    #[test]
    fn the_example_ranks_its_options_and_excludes_by_dealbreaker() {
        let results = compute(&example_workbook());
        let json = serde_json::to_value(&results).unwrap();
        let d = &json["decision"];
        assert!(d["error"].is_null(), "{d}");
        // o4 (freelance) scores income 3 against the dealbreaker income ≥ 4.
        assert_eq!(d["excluded"][0]["option"], "o4");
        assert_eq!(d["ranking"].as_array().unwrap().len(), 3);
        let weights: f64 = d["weights"].as_object().unwrap().values().map(|w| w.as_f64().unwrap()).sum();
        assert!((weights - 1.0).abs() < 1e-9);
        assert!(d["consistency_ratio"].as_f64().unwrap() < 0.1, "the example's judgements are consistent");
        assert_eq!(d["smaa"]["samples"], 10000);
    }

    #[test]
    fn the_exported_file_carries_the_evidence_profile() {
        let wb = example_workbook();
        let text = file::to_json(&wb, "2026-11-23T10:00:00Z", "en", Some(compute(&wb)));
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let evidence = &json["results"]["evidence"];
        assert_eq!(evidence["experiences"]["total"], 8);
        assert_eq!(evidence["talents"][0]["key"], "coaching");
        assert_eq!(evidence["talents"][0]["strength"], 6);
        assert_eq!(evidence["values"][0]["from_honoured"], 6);
        assert!(evidence["themes"]["draining"].is_array());
        assert_eq!(json["results"]["values"]["top"][0], "meaning");
        assert_eq!(json["results"]["values"]["order"].as_array().unwrap().len(), 5 + 11, "five very important, eleven important");
        assert_eq!(json["results"]["talents"]["motivated"][0]["key"], "coaching");
        assert_eq!(json["results"]["talents"]["burnout_risk"][0]["proficiency"], 5);
        // `results` is never read back: the file still parses to the same workbook.
        assert_eq!(file::parse(&text).unwrap().workbook, wb);
    }
}
