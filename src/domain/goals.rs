//! Goals, the meaning of success, and constraints: the changes the `#/goals` screen makes to
//! `workbook.goals`, and the reading of the numbers a person types.
//!
//! - Goals lie on a horizon of 1, 3 or 10 years and say why they matter. New ids are `g` + the
//!   smallest free number. Removing one returns what undo needs.
//! - "What success means to me" rates the eight subjective-success dimensions in
//!   [`SUCCESS_DIMENSIONS`] from 1 (hardly matters) to 5 (matters most); unrated ones are absent.
//! - Constraints: a monthly net income floor (0 … 1,000,000,000), a location, most hours a week
//!   (0 … 168) and timing. [`parse_amount`] reads what was typed ("3 400", "3400.50", "3400,50").

use super::workbook::{next_id, Goal, Goals, Horizon, MAX_LIST_ITEMS};

/// The subjective-success dimensions, keys as in files, in the order the screen asks them.
pub const SUCCESS_DIMENSIONS: [&str; 8] =
    ["recognition", "meaningful_work", "influence", "authenticity", "personal_life", "growth", "quality_work", "satisfaction"];

/// The horizons, nearest first.
pub const HORIZONS: [Horizon; 3] = [Horizon::OneYear, Horizon::ThreeYears, Horizon::TenYears];

/// The highest income floor accepted.
pub const MAX_INCOME: f64 = 1e9;
/// The most hours in a week.
pub const MAX_HOURS: f64 = 168.0;

/// The horizon's name in files (`1y`, `3y`, `10y`).
pub fn horizon_slug(h: Horizon) -> &'static str {
    match h {
        Horizon::OneYear => "1y",
        Horizon::ThreeYears => "3y",
        Horizon::TenYears => "10y",
    }
}

/// The goals on horizon `h`, in list order.
pub fn on_horizon(goals: &Goals, h: Horizon) -> Vec<&Goal> {
    goals.goals.iter().filter(|g| g.horizon == h).collect()
}

/// Adds an empty goal on horizon `h`; `None` when the list is full.
pub fn add(goals: &mut Goals, h: Horizon) -> Option<String> {
    if goals.goals.len() >= MAX_LIST_ITEMS {
        return None;
    }
    let id = next_id("g", goals.goals.iter().map(|g| g.id.as_str()));
    goals.goals.push(Goal { id: id.clone(), horizon: h, ..Goal::default() });
    Some(id)
}

/// A goal taken out and its place, for undo.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedGoal {
    pub goal: Goal,
    pub index: usize,
}

/// Removes goal `id`.
pub fn remove(goals: &mut Goals, id: &str) -> Option<RemovedGoal> {
    let index = goals.goals.iter().position(|g| g.id == id)?;
    Some(RemovedGoal { goal: goals.goals.remove(index), index })
}

/// Puts a removed goal back (a new id if its old one was taken meanwhile); returns its id.
pub fn restore(goals: &mut Goals, removed: RemovedGoal) -> Option<String> {
    if goals.goals.len() >= MAX_LIST_ITEMS {
        return None;
    }
    let RemovedGoal { mut goal, index } = removed;
    if goals.goals.iter().any(|g| g.id == goal.id) {
        goal.id = next_id("g", goals.goals.iter().map(|g| g.id.as_str()));
    }
    let id = goal.id.clone();
    goals.goals.insert(index.min(goals.goals.len()), goal);
    Some(id)
}

/// Rates success dimension `key` 1–5, or clears it with `None`. Unknown keys and out-of-range
/// values are ignored.
pub fn set_success(goals: &mut Goals, key: &str, value: Option<u8>) -> bool {
    if !SUCCESS_DIMENSIONS.contains(&key) || value.is_some_and(|v| !(1..=5).contains(&v)) {
        return false;
    }
    match value {
        Some(v) => goals.success.insert(key.to_string(), v),
        None => goals.success.remove(key),
    };
    true
}

/// The rated dimensions, most important first; ties in [`SUCCESS_DIMENSIONS`] order.
pub fn success_ranked(goals: &Goals) -> Vec<(&'static str, u8)> {
    let mut out: Vec<(&'static str, u8)> =
        SUCCESS_DIMENSIONS.iter().filter_map(|k| goals.success.get(*k).map(|v| (*k, *v))).collect();
    crate::domain::sort::sort_by_key(&mut out, |(_, v)| std::cmp::Reverse(*v));
    out
}

/// Why a typed amount was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    NotANumber,
    Negative,
    TooLarge,
}

/// Reads an amount typed by a person, whatever the locale's habits: empty means none; spaces
/// (also narrow no-break spaces) are ignored. Commas and dots:
/// - one separator followed by exactly three digits groups thousands ("3,400" and "3.400" are
///   3400 — a three-decimal income or weekly hours is far less likely than a thousands mark);
///   with one or two digits after it, it is the decimal mark ("3400,50", "38.5");
/// - several separators of one kind group thousands ("1.234.567");
/// - both kinds: the last one is the decimal mark ("3,400.50", "3.400,50").
pub fn parse_amount(text: &str, max: f64) -> Result<Option<f64>, AmountError> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{a0}').collect();
    if compact.is_empty() {
        return Ok(None);
    }
    let separators: Vec<(usize, char)> = compact.char_indices().filter(|(_, c)| matches!(c, ',' | '.')).collect();
    let normalised = match separators.as_slice() {
        [] => compact.clone(),
        [(at, _)] if compact.len() - at - 1 == 3 => compact.replace([',', '.'], ""),
        [_] => compact.replace(',', "."),
        [(_, first), ..] if separators.iter().all(|(_, c)| c == first) => compact.replace([',', '.'], ""),
        [.., (last, _)] => {
            let (whole, fraction) = compact.split_at(*last);
            format!("{}.{}", whole.replace([',', '.'], ""), &fraction[1..])
        }
    };
    let valid = normalised.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-')
        && normalised.chars().any(|c| c.is_ascii_digit());
    let value: f64 = if valid { normalised.parse().map_err(|_| AmountError::NotANumber)? } else { return Err(AmountError::NotANumber) };
    if !value.is_finite() {
        return Err(AmountError::NotANumber);
    }
    if value < 0.0 {
        return Err(AmountError::Negative);
    }
    if value > max {
        return Err(AmountError::TooLarge);
    }
    Ok(Some(value))
}

/// An amount as the form shows it: no trailing `.0`.
pub fn amount_text(value: Option<f64>) -> String {
    match value {
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => format!("{}", v as i64),
        Some(v) => v.to_string(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goals_by_horizon_with_undo() {
        let mut g = Goals::default();
        let a = add(&mut g, Horizon::OneYear).unwrap();
        let b = add(&mut g, Horizon::TenYears).unwrap();
        let c = add(&mut g, Horizon::OneYear).unwrap();
        assert_eq!((a.as_str(), b.as_str(), c.as_str()), ("g1", "g2", "g3"));
        assert_eq!(on_horizon(&g, Horizon::OneYear).iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), vec!["g1", "g3"]);
        assert!(on_horizon(&g, Horizon::ThreeYears).is_empty());
        let before = g.clone();
        let removed = remove(&mut g, "g2").unwrap();
        assert_eq!(g.goals.len(), 2);
        assert_eq!(restore(&mut g, removed), Some("g2".into()));
        assert_eq!(g, before);
        assert_eq!(remove(&mut g, "g9"), None);
    }

    #[test]
    fn success_ratings_stay_in_range_and_rank() {
        let mut g = Goals::default();
        assert!(set_success(&mut g, "growth", Some(5)));
        assert!(set_success(&mut g, "recognition", Some(2)));
        assert!(set_success(&mut g, "personal_life", Some(5)));
        assert!(!set_success(&mut g, "growth", Some(6)));
        assert!(!set_success(&mut g, "money", Some(3)));
        assert_eq!(success_ranked(&g), vec![("personal_life", 5), ("growth", 5), ("recognition", 2)]);
        assert!(set_success(&mut g, "growth", None));
        assert_eq!(g.success.len(), 2);
    }

    #[test]
    fn amounts_are_read_generously_and_refused_clearly() {
        assert_eq!(parse_amount("", MAX_INCOME), Ok(None));
        assert_eq!(parse_amount("  ", MAX_INCOME), Ok(None));
        assert_eq!(parse_amount("3400", MAX_INCOME), Ok(Some(3400.0)));
        assert_eq!(parse_amount("3 400", MAX_INCOME), Ok(Some(3400.0)));
        assert_eq!(parse_amount("3\u{202f}400,50", MAX_INCOME), Ok(Some(3400.5)));
        assert_eq!(parse_amount("3,400.50", MAX_INCOME), Ok(Some(3400.5)));
        assert_eq!(parse_amount("38.5", MAX_HOURS), Ok(Some(38.5)));
        assert_eq!(parse_amount("37,5", MAX_HOURS), Ok(Some(37.5)));
        assert_eq!(parse_amount("3,400", MAX_INCOME), Ok(Some(3400.0)));
        assert_eq!(parse_amount("3.400", MAX_INCOME), Ok(Some(3400.0)));
        assert_eq!(parse_amount("1.234.567", MAX_INCOME), Ok(Some(1_234_567.0)));
        assert_eq!(parse_amount("1,234,567.5", MAX_INCOME), Ok(Some(1_234_567.5)));
        assert_eq!(parse_amount("3.400,50", MAX_INCOME), Ok(Some(3400.5)));
        assert_eq!(parse_amount("3,4,0", MAX_INCOME), Ok(Some(340.0)));
        assert_eq!(parse_amount(",", MAX_INCOME), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("5,", MAX_INCOME), Ok(Some(5.0)));
        assert_eq!(parse_amount("abc", MAX_INCOME), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("1e5", MAX_INCOME), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("NaN", MAX_INCOME), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("-", MAX_INCOME), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("-5", MAX_INCOME), Err(AmountError::Negative));
        assert_eq!(parse_amount("169", MAX_HOURS), Err(AmountError::TooLarge));
        assert_eq!(parse_amount("<script>", MAX_HOURS), Err(AmountError::NotANumber));
        assert_eq!(amount_text(Some(3400.0)), "3400");
        assert_eq!(amount_text(Some(38.5)), "38.5");
        assert_eq!(amount_text(None), "");
    }

    #[test]
    fn horizons_match_the_file_names() {
        for h in HORIZONS {
            assert_eq!(serde_json::to_string(&h).unwrap(), format!("\"{}\"", horizon_slug(h)));
        }
    }
}
