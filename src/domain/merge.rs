//! Merging an imported workbook ("theirs") into the current one ("mine").
//!
//! Lists are united: an item of theirs whose id is not in mine is added; an item identical to
//! one of mine is skipped as already there; an item whose id clashes with a different item of
//! mine is added under a new id, and every reference to it inside theirs (talent links to
//! experiences, scores and dealbreakers to options and criteria, weights to criteria) is
//! rewritten first. Talent ratings are keyed by talent: a talent rated in both keeps my rating
//! and gains their experience links. Single-valued parts — the value sort, success and
//! constraints, the weighting, SMAA settings — are taken from one side, chosen per part in
//! [`MergeChoices`]. The result says what happened in a [`MergeSummary`].
//!
//! If the merged weighting is a ranking that no longer lists every criterion, the missing
//! criteria are appended in workbook order (the contract requires every criterion exactly once).

use std::collections::{BTreeMap, BTreeSet};

use super::decision::WeightMethod;
use super::workbook::{next_id, Workbook};

/// Which side wins for a single-valued part.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Side {
    #[default]
    Mine,
    Theirs,
}

/// One choice per single-valued part.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeChoices {
    /// The values card sort, top five and custom values.
    pub values: Side,
    /// What success means, and constraints.
    pub success: Side,
    /// The weighting of decision criteria (and SMAA settings).
    pub weighting: Side,
}

/// The single-valued parts on which the two workbooks differ, so the preview asks only those.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Conflicts {
    pub values: bool,
    pub success: bool,
    pub weighting: bool,
}

/// What a merge did, for the summary shown afterwards.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    pub experiences_added: usize,
    pub takes_added: usize,
    pub talents_added: usize,
    pub goals_added: usize,
    pub options_added: usize,
    pub criteria_added: usize,
    pub scores_added: usize,
    /// Items already present, skipped.
    pub duplicates_skipped: usize,
    /// Ids of theirs renamed to avoid a clash: (list, old id, new id).
    pub renamed: Vec<(&'static str, String, String)>,
}

/// Single-valued parts on which `mine` and `theirs` disagree (and theirs has something).
pub fn conflicts(mine: &Workbook, theirs: &Workbook) -> Conflicts {
    let values_empty = |w: &Workbook| w.values.sort.is_empty() && w.values.top.is_empty() && w.values.custom.is_empty();
    let success_empty = |w: &Workbook| w.goals.success.is_empty() && w.goals.success_text.is_empty() && w.goals.constraints == Default::default();
    let weighting_default = |w: &Workbook| w.decision.weighting == Default::default() && w.decision.smaa == Default::default();
    Conflicts {
        values: !values_empty(theirs) && !values_empty(mine) && mine.values != theirs.values,
        success: !success_empty(theirs)
            && !success_empty(mine)
            && (mine.goals.success != theirs.goals.success
                || mine.goals.success_text != theirs.goals.success_text
                || mine.goals.constraints != theirs.goals.constraints),
        weighting: !weighting_default(theirs)
            && !weighting_default(mine)
            && (mine.decision.weighting != theirs.decision.weighting || mine.decision.smaa != theirs.decision.smaa),
    }
}

/// Merges `theirs` into `mine`.
pub fn merge(mine: &Workbook, theirs: &Workbook, choices: MergeChoices) -> (Workbook, MergeSummary) {
    let mut theirs = theirs.clone();
    let mut out = mine.clone();
    let mut summary = MergeSummary::default();

    // Experiences: rename clashing ids in theirs, rewriting talent links, then unite.
    let renames = plan_renames("experiences", mine.experiences.iter().map(|e| (e.id.as_str(), e)), theirs.experiences.iter().map(|e| (e.id.as_str(), e)), "e", &mut summary);
    for e in &mut theirs.experiences {
        rename(&mut e.id, &renames);
    }
    for r in &mut theirs.talents.ratings {
        r.experiences.iter_mut().for_each(|id| rename(id, &renames));
    }
    for e in theirs.experiences {
        if out.experiences.contains(&e) {
            summary.duplicates_skipped += 1;
        } else {
            out.experiences.push(e);
            summary.experiences_added += 1;
        }
    }

    // Attitude takes.
    let renames = plan_renames("attitudes", mine.attitudes.takes.iter().map(|t| (t.id.as_str(), t)), theirs.attitudes.takes.iter().map(|t| (t.id.as_str(), t)), "t", &mut summary);
    for mut take in theirs.attitudes.takes {
        rename(&mut take.id, &renames);
        if out.attitudes.takes.contains(&take) {
            summary.duplicates_skipped += 1;
        } else {
            out.attitudes.takes.push(take);
            summary.takes_added += 1;
        }
    }

    // Talent ratings, keyed by talent.
    for rating in theirs.talents.ratings {
        match out.talents.ratings.iter_mut().find(|r| r.key == rating.key) {
            Some(existing) if *existing == rating => summary.duplicates_skipped += 1,
            Some(existing) => {
                for id in rating.experiences {
                    if !existing.experiences.contains(&id) {
                        existing.experiences.push(id);
                    }
                }
            }
            None => {
                out.talents.ratings.push(rating);
                summary.talents_added += 1;
            }
        }
    }

    // Goals.
    let renames = plan_renames("goals", mine.goals.goals.iter().map(|g| (g.id.as_str(), g)), theirs.goals.goals.iter().map(|g| (g.id.as_str(), g)), "g", &mut summary);
    for mut goal in theirs.goals.goals {
        rename(&mut goal.id, &renames);
        if out.goals.goals.contains(&goal) {
            summary.duplicates_skipped += 1;
        } else {
            out.goals.goals.push(goal);
            summary.goals_added += 1;
        }
    }

    // Decision: options and criteria with their references.
    let td = &mut theirs.decision;
    let option_renames = plan_renames("options", mine.decision.options.iter().map(|o| (o.id.as_str(), o)), td.options.iter().map(|o| (o.id.as_str(), o)), "o", &mut summary);
    let criterion_renames = plan_renames("criteria", mine.decision.criteria.iter().map(|c| (c.id.as_str(), c)), td.criteria.iter().map(|c| (c.id.as_str(), c)), "c", &mut summary);
    td.options.iter_mut().for_each(|o| rename(&mut o.id, &option_renames));
    td.criteria.iter_mut().for_each(|c| rename(&mut c.id, &criterion_renames));
    for s in &mut td.scores {
        rename(&mut s.option, &option_renames);
        rename(&mut s.criterion, &criterion_renames);
    }
    td.dealbreakers.iter_mut().for_each(|d| rename(&mut d.criterion, &criterion_renames));
    td.weighting.direct = std::mem::take(&mut td.weighting.direct)
        .into_iter()
        .map(|(mut k, v)| {
            rename(&mut k, &criterion_renames);
            (k, v)
        })
        .collect();
    td.weighting.rank.iter_mut().for_each(|id| rename(id, &criterion_renames));
    for p in &mut td.weighting.pairwise {
        rename(&mut p.a, &criterion_renames);
        rename(&mut p.b, &criterion_renames);
    }
    let d = &mut out.decision;
    for o in std::mem::take(&mut td.options) {
        if d.options.contains(&o) {
            summary.duplicates_skipped += 1;
        } else {
            d.options.push(o);
            summary.options_added += 1;
        }
    }
    for c in std::mem::take(&mut td.criteria) {
        if d.criteria.contains(&c) {
            summary.duplicates_skipped += 1;
        } else {
            d.criteria.push(c);
            summary.criteria_added += 1;
        }
    }
    for s in std::mem::take(&mut td.scores) {
        // One score per (option, criterion): mine stays when both scored the same cell.
        if !d.scores.iter().any(|m| m.option == s.option && m.criterion == s.criterion) {
            d.scores.push(s);
            summary.scores_added += 1;
        }
    }
    for db in std::mem::take(&mut td.dealbreakers) {
        if !d.dealbreakers.contains(&db) {
            d.dealbreakers.push(db);
        }
    }
    if choices.weighting == Side::Theirs {
        d.weighting = std::mem::take(&mut td.weighting);
        d.smaa = td.smaa;
    }
    if d.weighting.method == WeightMethod::Rank {
        let listed: BTreeSet<String> = d.weighting.rank.iter().cloned().collect();
        let missing: Vec<String> = d.criteria.iter().map(|c| c.id.clone()).filter(|id| !listed.contains(id)).collect();
        d.weighting.rank.extend(missing);
    }

    if choices.values == Side::Theirs {
        out.values = theirs.values;
    } else if out.values == Default::default() {
        out.values = theirs.values;
    }
    let success_empty = out.goals.success.is_empty() && out.goals.success_text.is_empty() && out.goals.constraints == Default::default();
    if choices.success == Side::Theirs || success_empty {
        out.goals.success = theirs.goals.success;
        out.goals.success_text = theirs.goals.success_text;
        out.goals.constraints = theirs.goals.constraints;
    }
    (out, summary)
}

/// For each id of theirs that clashes with a *different* item of mine, a fresh id not used by
/// either side.
fn plan_renames<'a, T: PartialEq + 'a>(
    list: &'static str,
    mine: impl Iterator<Item = (&'a str, &'a T)>,
    theirs: impl Iterator<Item = (&'a str, &'a T)>,
    prefix: &str,
    summary: &mut MergeSummary,
) -> BTreeMap<String, String> {
    let mine: BTreeMap<&str, &T> = mine.collect();
    let theirs: Vec<(&str, &T)> = theirs.collect();
    let mut taken: BTreeSet<String> = mine.keys().map(|k| k.to_string()).chain(theirs.iter().map(|(k, _)| k.to_string())).collect();
    let mut renames = BTreeMap::new();
    for (id, item) in theirs {
        if let Some(existing) = mine.get(id) {
            if *existing != item {
                let fresh = next_id(prefix, taken.iter().map(String::as_str));
                taken.insert(fresh.clone());
                summary.renamed.push((list, id.to_string(), fresh.clone()));
                renames.insert(id.to_string(), fresh);
            }
        }
    }
    renames
}

fn rename(id: &mut String, renames: &BTreeMap<String, String>) {
    if let Some(new) = renames.get(id.as_str()) {
        *id = new.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_workbook;
    use crate::domain::workbook::{Experience, TalentRating};

    fn experience(id: &str, title: &str) -> Experience {
        Experience { id: id.into(), title: title.into(), ..Default::default() }
    }

    #[test]
    fn merging_a_workbook_with_itself_changes_nothing() {
        let wb = example_workbook();
        let (merged, summary) = merge(&wb, &wb, MergeChoices::default());
        assert_eq!(merged, wb);
        assert!(summary.renamed.is_empty());
        assert_eq!(conflicts(&wb, &wb), Conflicts::default());
    }

    #[test]
    fn clashing_ids_are_renamed_and_references_follow() {
        let mut mine = Workbook::default();
        mine.experiences.push(experience("e1", "Mine"));
        let mut theirs = Workbook::default();
        theirs.experiences.push(experience("e1", "Theirs"));
        theirs.talents.ratings.push(TalentRating { key: "coaching".into(), experiences: vec!["e1".into()], ..Default::default() });
        let (merged, summary) = merge(&mine, &theirs, MergeChoices::default());
        assert_eq!(merged.experiences.len(), 2);
        assert_eq!(merged.experiences[1].id, "e2");
        assert_eq!(merged.experiences[1].title, "Theirs");
        assert_eq!(merged.talents.ratings[0].experiences, vec!["e2".to_string()]);
        assert_eq!(summary.renamed, vec![("experiences", "e1".to_string(), "e2".to_string())]);
        assert!(merged.validate().is_ok());
    }

    #[test]
    fn merging_the_example_into_an_edited_copy_stays_valid() {
        let theirs = example_workbook();
        let mut mine = example_workbook();
        mine.decision.options[0].name = "Something else".into();
        mine.decision.criteria[1].name = "Freedom".into();
        mine.values.top.reverse();
        assert!(conflicts(&mine, &theirs).values);
        let (merged, summary) = merge(&mine, &theirs, MergeChoices { values: Side::Theirs, ..Default::default() });
        assert_eq!(summary.options_added, 1);
        assert_eq!(summary.criteria_added, 1);
        assert_eq!(merged.values, theirs.values);
        assert!(merged.validate().is_ok(), "{:?}", merged.validate());
        // The renamed option and criterion carry their scores along.
        let renamed_option = &summary.renamed.iter().find(|r| r.0 == "options").unwrap().2;
        assert_eq!(merged.decision.scores.iter().filter(|s| &s.option == renamed_option).count(), 6);
    }
}
