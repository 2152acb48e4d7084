//! The action plan and the decision journal: `workbook.decision.actions` and
//! `workbook.decision.journal` (ours; the contract leaves them to the project, they are
//! documented in `docs/file-format-decision.md`).
//!
//! An action is one key uncertainty about an option and the cheapest test that would resolve it,
//! with an optional date; the plan is the actions in date order, exportable as a calendar
//! ([`calendar_events`], written by [`crate::domain::ics`]). A journal entry records the option
//! chosen, the date, the reasons in the person's words, and when to look back.
//!
//! Nothing here computes results; the engine ignores both lists.

use serde::{Deserialize, Serialize};

use super::Decision;
use crate::domain::ics::{CalendarDate, CalendarEvent};

/// One key uncertainty about an option and the cheapest test that resolves it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Action {
    /// Identifier, unique among actions.
    pub id: String,
    /// The option it is about (an option id).
    pub option: String,
    /// What is not known yet ("Does the HR role keep Fridays free?").
    pub uncertainty: String,
    /// The cheapest way to find out ("Ask Sara over coffee").
    pub test: String,
    /// `YYYY-MM-DD`, or empty when not planned yet.
    pub due: String,
    /// Whether the test has been done.
    pub done: bool,
}

/// One entry of the decision journal.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct JournalEntry {
    /// Identifier, unique among entries.
    pub id: String,
    /// The option chosen (an option id), or empty for "not decided yet".
    pub option: String,
    /// When the decision was taken, `YYYY-MM-DD`.
    pub date: String,
    /// Why, in the person's own words.
    pub reasons: String,
    /// When to look back at it, `YYYY-MM-DD` or empty.
    pub review: String,
}

/// Whether `text` is empty or a real `YYYY-MM-DD` date (the rule for `due`, `date`, `review`).
pub fn is_date_or_empty(text: &str) -> bool {
    text.is_empty() || CalendarDate::parse(text).is_some()
}

/// The actions in plan order: dated ones by date, then undated ones, each group in list order.
pub fn plan_order(decision: &Decision) -> Vec<&Action> {
    let mut actions: Vec<&Action> = decision.actions.iter().collect();
    crate::domain::sort::sort_by_key(&mut actions, |a| CalendarDate::parse(&a.due).map_or((1, None), |d| (0, Some(d))));
    actions
}

/// Calendar events for the open, dated actions (the plan's calendar). `option_name` names an
/// option id; `summary` builds the event title from (test, option name). UIDs are
/// `<action id>-<option id>@crossroads.invalid`: stable, so re-importing updates the events.
pub fn calendar_events(
    decision: &Decision,
    summary: impl Fn(&str, &str) -> String,
    description: impl Fn(&Action) -> String,
) -> Vec<CalendarEvent> {
    plan_order(decision)
        .into_iter()
        .filter(|a| !a.done)
        .filter_map(|a| {
            let date = CalendarDate::parse(&a.due)?;
            let option = decision.options.iter().find(|o| o.id == a.option).map(|o| o.name.as_str()).unwrap_or("");
            let uid_part = |s: &str| s.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect::<String>();
            Some(CalendarEvent {
                uid: format!("{}-{}@crossroads.invalid", uid_part(&a.id), uid_part(&a.option)),
                date,
                summary: summary(&a.test, option),
                description: description(a),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::decision::{DecisionOption, MoveKind};

    fn action(id: &str, due: &str, done: bool) -> Action {
        Action { id: id.into(), option: "o1".into(), uncertainty: format!("U {id}"), test: format!("T {id}"), due: due.into(), done }
    }

    fn decision() -> Decision {
        Decision {
            options: vec![DecisionOption { id: "o1".into(), name: "HR, analytics".into(), move_kind: MoveKind::Diagonal, notes: String::new() }],
            actions: vec![action("a1", "", false), action("a2", "2026-12-10", false), action("a3", "2026-12-01", false), action("a4", "2026-11-30", true)],
            ..Decision::default()
        }
    }

    #[test]
    fn dates_are_checked() {
        assert!(is_date_or_empty(""));
        assert!(is_date_or_empty("2026-12-01"));
        assert!(!is_date_or_empty("tomorrow"));
        assert!(!is_date_or_empty("2026-02-30"));
    }

    #[test]
    fn the_plan_is_in_date_order_with_undated_actions_last() {
        let d = decision();
        let ids: Vec<&str> = plan_order(&d).iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a4", "a3", "a2", "a1"]);
    }

    #[test]
    fn the_calendar_holds_open_dated_actions_with_stable_uids() {
        let d = decision();
        let events = calendar_events(&d, |test, option| format!("{test} ({option})"), |a| a.uncertainty.clone());
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].uid, "a3-o1@crossroads.invalid");
        assert_eq!(events[0].summary, "T a3 (HR, analytics)");
        assert_eq!(events[0].date.iso(), "2026-12-01");
        assert_eq!(events[1].description, "U a2");
    }

    #[test]
    fn both_lists_round_trip_and_stay_out_of_an_empty_decision() {
        let d = decision();
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["actions"][1]["due"], "2026-12-10");
        let back: Decision = serde_json::from_value(json).unwrap();
        assert_eq!(back, d);
        let empty = serde_json::to_value(Decision::default()).unwrap();
        assert!(empty.get("actions").is_none() && empty.get("journal").is_none());
    }
}
