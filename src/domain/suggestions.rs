//! Suggestions drawn from the rest of the workbook: the decision criteria that the person's top
//! values, motivated talents and goals suggest, the dealbreakers their constraints suggest, and the
//! [`BriefMaterial`] the negotiation brief starts from.
//!
//! Inputs: `values.top` (the top five, most important first), `talents.ratings` (a talent is
//! *motivated* when proficiency and enjoyment are both at least 4, the rule of [`talents::classify`]), `goals.goals`
//! and `goals.constraints`. Suggestions carry keys, not texts: the UI names them in the current
//! language (value and talent names from `crate::i18n::catalog_names`, custom talents by their own
//! name, goals by their text). A suggestion whose source is already a criterion is marked `taken`.
//!
//! What it does not do: change the workbook. Adding a suggestion is the caller's edit
//! (`decision::screen::add_criterion`, plus a `Dealbreaker` for constraints).

use crate::domain::catalog;
use crate::domain::decision::Decision;
use crate::domain::talents::{self, Quadrant};
use crate::domain::workbook::{Constraints, Workbook};

/// The lowest acceptable score (0–10) that a constraint-as-dealbreaker suggests: an option must at
/// least half meet it.
pub const CONSTRAINT_MIN_SCORE: f64 = 5.0;

/// Where a suggested criterion comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// A top value (catalogue key or custom key; `custom_name` is set for custom values).
    Value { key: String, custom_name: Option<String> },
    /// A motivated talent (catalogue key, or a custom key with its name).
    Talent { key: String, custom_name: Option<String> },
    /// A goal, by id, with its text.
    Goal { id: String, text: String },
}

/// A criterion the workbook suggests.
#[derive(Clone, Debug, PartialEq)]
pub struct SuggestedCriterion {
    pub origin: Origin,
    /// The criterion's `source`: `value:<key>`, `talent:<key>` or `goal:<id>`.
    pub source: String,
    /// A criterion with this source already exists.
    pub taken: bool,
}

/// Which constraint a dealbreaker comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstraintKind {
    IncomeFloor,
    Location,
    MaxHours,
    Timing,
}

/// A dealbreaker suggested by a constraint: a criterion ("Income of at least 3400") scored 0–10 on
/// how well an option meets it, with the minimum [`CONSTRAINT_MIN_SCORE`].
#[derive(Clone, Debug, PartialEq)]
pub struct SuggestedDealbreaker {
    pub kind: ConstraintKind,
    /// What the person wrote or entered, as text (`3400`, `Within an hour of Ghent`).
    pub detail: String,
    /// The suggested minimum score.
    pub min: f64,
}

/// Everything the workbook suggests for the decision.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Suggestions {
    /// Top values first (in their order), then motivated talents (strongest first), then goals.
    pub criteria: Vec<SuggestedCriterion>,
    /// One per constraint that is filled in, in the order income, location, hours, timing.
    pub dealbreakers: Vec<SuggestedDealbreaker>,
}

/// The material the negotiation brief starts from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BriefMaterial {
    /// Top value keys, most important first.
    pub top_values: Vec<String>,
    /// Motivated talents as (key, custom name), strongest first.
    pub motivated_talents: Vec<(String, Option<String>)>,
    /// The decision's dealbreakers as (criterion name, minimum score), in list order.
    pub dealbreakers: Vec<(String, f64)>,
    /// The constraints as entered (non-negotiables even when not yet a dealbreaker).
    pub constraints: Constraints,
}

/// Motivated talents, strongest first (proficiency + enjoyment, then workbook order).
pub fn motivated_talents(workbook: &Workbook) -> Vec<(String, Option<String>)> {
    let mut talents: Vec<(u8, usize, String, Option<String>)> = workbook
        .talents
        .ratings
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let (p, e) = (r.proficiency?, r.enjoyment?);
            (talents::classify(Some(p), Some(e)) == Some(Quadrant::Motivated) && !r.key.trim().is_empty()).then(|| {
                let custom = (!catalog::is_talent(&r.key)).then(|| if r.name.trim().is_empty() { r.key.clone() } else { r.name.clone() });
                (p.saturating_add(e), i, r.key.clone(), custom)
            })
        })
        .collect();
    crate::domain::sort::sort_by(&mut talents, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    talents.into_iter().map(|(_, _, key, custom)| (key, custom)).collect()
}

/// The suggestions for `workbook`'s decision.
pub fn suggest(workbook: &Workbook) -> Suggestions {
    let decision: &Decision = &workbook.decision;
    let taken = |source: &str| decision.criteria.iter().any(|c| c.source == source);
    let mut criteria = Vec::new();
    for key in workbook.values.top.iter().filter(|k| !k.trim().is_empty()) {
        let source = format!("value:{key}");
        let custom_name = (!catalog::is_value(key)).then(|| workbook.values.custom.get(key).cloned().unwrap_or_else(|| key.clone()));
        criteria.push(SuggestedCriterion { taken: taken(&source), source, origin: Origin::Value { key: key.clone(), custom_name } });
    }
    for (key, custom_name) in motivated_talents(workbook) {
        let source = format!("talent:{key}");
        criteria.push(SuggestedCriterion { taken: taken(&source), source, origin: Origin::Talent { key, custom_name } });
    }
    for goal in workbook.goals.goals.iter().filter(|g| !g.text.trim().is_empty() && !g.id.is_empty()) {
        let source = format!("goal:{}", goal.id);
        criteria.push(SuggestedCriterion { taken: taken(&source), source, origin: Origin::Goal { id: goal.id.clone(), text: goal.text.trim().to_string() } });
    }

    let c = &workbook.goals.constraints;
    let number = |x: f64| if x.fract() == 0.0 { format!("{x:.0}") } else { format!("{x}") };
    let mut dealbreakers = Vec::new();
    let mut push = |kind, detail: String| dealbreakers.push(SuggestedDealbreaker { kind, detail, min: CONSTRAINT_MIN_SCORE });
    if let Some(x) = c.income_floor.filter(|x| x.is_finite() && *x > 0.0) {
        push(ConstraintKind::IncomeFloor, number(x));
    }
    if !c.location.trim().is_empty() {
        push(ConstraintKind::Location, c.location.trim().to_string());
    }
    if let Some(x) = c.max_hours.filter(|x| x.is_finite() && *x > 0.0) {
        push(ConstraintKind::MaxHours, number(x));
    }
    if !c.timing.trim().is_empty() {
        push(ConstraintKind::Timing, c.timing.trim().to_string());
    }
    Suggestions { criteria, dealbreakers }
}

/// The brief's starting material.
pub fn brief_material(workbook: &Workbook) -> BriefMaterial {
    let d = &workbook.decision;
    BriefMaterial {
        top_values: workbook.values.top.clone(),
        motivated_talents: motivated_talents(workbook),
        dealbreakers: d
            .dealbreakers
            .iter()
            .filter_map(|b| d.criteria.iter().find(|c| c.id == b.criterion).map(|c| (c.name.clone(), b.min)))
            .collect(),
        constraints: workbook.goals.constraints.clone(),
    }
}

/// A name of at most `max` characters for a criterion made from long text (a goal): cut at a
/// word boundary with an ellipsis.
pub fn short_name(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let at = cut.rfind(' ').filter(|&i| i > cut.len() / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_workbook;
    use crate::domain::workbook::TalentRating;

    #[test]
    fn the_example_suggests_its_values_motivated_talents_goals_and_constraints() {
        let wb = example_workbook();
        let s = suggest(&wb);
        let sources: Vec<&str> = s.criteria.iter().map(|c| c.source.as_str()).collect();
        assert_eq!(&sources[..5], ["value:meaning", "value:autonomy", "value:balance", "value:helping", "value:learning"]);
        // coaching 4+5, teaching 4+5, problem_solving 4+5, listening 4+4; analysing (enjoyment 3) is not motivated.
        assert_eq!(&sources[5..9], ["talent:coaching", "talent:teaching", "talent:problem_solving", "talent:listening"]);
        assert!(sources.contains(&"goal:g1"));
        assert!(!sources.iter().any(|s| s.ends_with("analysing")));
        let taken: Vec<&str> = s.criteria.iter().filter(|c| c.taken).map(|c| c.source.as_str()).collect();
        assert!(taken.contains(&"value:meaning") && taken.contains(&"talent:coaching"));
        assert!(!taken.contains(&"value:helping"));
        let kinds: Vec<ConstraintKind> = s.dealbreakers.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, [ConstraintKind::IncomeFloor, ConstraintKind::Location, ConstraintKind::MaxHours, ConstraintKind::Timing]);
        assert_eq!(s.dealbreakers[0].detail, "3400");
        assert_eq!(s.dealbreakers[0].min, CONSTRAINT_MIN_SCORE);
    }

    #[test]
    fn custom_talents_carry_their_name_and_unrated_ones_are_left_out() {
        let mut wb = Workbook::default();
        wb.talents.ratings = vec![
            TalentRating { key: "juggling".into(), name: "Juggling".into(), proficiency: Some(5), enjoyment: Some(5), experiences: vec![] },
            TalentRating { key: "writing".into(), name: String::new(), proficiency: Some(4), enjoyment: None, experiences: vec![] },
        ];
        wb.goals.constraints.max_hours = Some(f64::NAN);
        let s = suggest(&wb);
        assert_eq!(s.criteria.len(), 1);
        assert_eq!(s.criteria[0].origin, Origin::Talent { key: "juggling".into(), custom_name: Some("Juggling".into()) });
        assert!(s.dealbreakers.is_empty());
        assert_eq!(suggest(&Workbook::default()), Suggestions::default());
    }

    #[test]
    fn brief_material_names_dealbreakers_by_criterion() {
        let wb = example_workbook();
        let b = brief_material(&wb);
        assert_eq!(b.top_values.len(), 5);
        assert_eq!(b.motivated_talents[0].0, "coaching");
        assert!(b.dealbreakers.iter().any(|(name, min)| name == "Income" && *min == 4.0), "{:?}", b.dealbreakers);
        assert_eq!(b.constraints.income_floor, Some(3400.0));
    }

    #[test]
    fn long_goal_texts_become_short_names() {
        assert_eq!(short_name("Short", 10), "Short");
        let name = short_name("Spend at least a day a week on work with and about people.", 30);
        assert!(name.chars().count() <= 30 && name.ends_with('…'), "{name}");
        assert_eq!(short_name("ééééééééééé", 5).chars().count(), 5);
    }
}
