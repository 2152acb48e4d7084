//! "Try with an example person": a filled-in workbook of a fictional mid-career professional
//! (a financial controller weighing four options), used by the home page, empty states,
//! workshops and tests. It is an ordinary workbook file, so it also proves the file format.

use super::file;
use super::workbook::Workbook;

/// The example file's text, exactly as an export would write it (without `results`).
pub const EXAMPLE_FILE: &str = include_str!("example.crossroads.json");

/// The example person's workbook.
pub fn example_workbook() -> Workbook {
    // The file is part of the build and checked by a test; an empty workbook is the safe answer
    // if that test was ever ignored.
    file::parse(EXAMPLE_FILE).map(|p| p.workbook).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workbook::Progress;

    #[test]
    fn the_example_is_a_valid_rich_workbook() {
        let parsed = file::parse(EXAMPLE_FILE).expect("example file is valid");
        let wb = parsed.workbook;
        assert!(wb.experiences.len() >= 6);
        assert!((3..=4).contains(&wb.decision.options.len()));
        assert_eq!(wb.values.top.len(), 5);
        let attitudes = crate::domain::attitudes::results(&wb.attitudes);
        assert_eq!(attitudes.takes.len(), 2, "two completed takes to compare");
        assert_eq!(attitudes.compared_with.as_deref(), Some("t1"));
        assert!(attitudes.takes.iter().all(|t| t.profile.not_scored().is_empty()), "every subscale scored");
        for progress in [wb.attitudes_progress(), wb.experiences_progress(), wb.values_progress(), wb.talents_progress(), wb.goals_progress(), wb.decision_progress()] {
            assert_eq!(progress, Progress::Done);
        }
        assert_eq!(example_workbook(), wb);
    }
}
