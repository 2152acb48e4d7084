//! `results` of the exported file: everything Crossroads computes from a workbook, written for
//! readers of the file (coaches, facilitators, other tools) and never read back on import.
//! Numbers are full precision; rounding is for display only. Each module adds its section here.

use serde::Serialize;

use super::evidence::{self, EvidenceProfile};
use super::workbook::Workbook;

/// Everything computed from a workbook.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Results {
    /// The evidence profile of the experiences (shape: `crate::domain::evidence`,
    /// docs/file-format-experiences.md).
    pub evidence: EvidenceProfile,
}

/// Computes every section of `results` from `workbook`.
pub fn compute(workbook: &Workbook) -> Results {
    Results { evidence: evidence::profile(workbook) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{example::example_workbook, file};

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
        // `results` is never read back: the file still parses to the same workbook.
        assert_eq!(file::parse(&text).unwrap().workbook, wb);
    }
}
