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
