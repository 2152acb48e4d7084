//! `results` of the exported file: everything Crossroads computes from a workbook, written for
//! readers of the file (coaches, facilitators, other tools) and never read back on import.
//! Numbers are full precision; rounding is for display only. Each module adds its section here.

use serde::Serialize;

use super::workbook::Workbook;

/// Everything computed from a workbook.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Results {}

/// Computes every section of `results` from `workbook`.
pub fn compute(workbook: &Workbook) -> Results {
    let _ = workbook;
    Results {}
}
