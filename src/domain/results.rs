//! `results` of the exported file: everything Crossroads computes from a workbook, written for
//! readers of the file (coaches, facilitators, other tools) and never read back on import.
//! Numbers are full precision; rounding is for display only. Each module adds its section here.

use serde::Serialize;

use super::attitudes::{self, AttitudeResults};
use super::workbook::Workbook;

/// Everything computed from a workbook.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Results {
    /// Every completed attitudes take scored; the latest compared with the one before
    /// (see `domain::attitudes` and docs/file-format-attitudes.md).
    pub attitudes: AttitudeResults,
}

/// Computes every section of `results` from `workbook`.
pub fn compute(workbook: &Workbook) -> Results {
    Results { attitudes: attitudes::results(&workbook.attitudes) }
}
