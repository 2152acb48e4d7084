//! What the decision screen derives from a [`Decision`] and its [`DecisionResults`], and the edits
//! it makes: reading typed scores, keeping scores, ranges and weighting sections consistent when
//! options and criteria come and go, the order in which pairwise questions are asked, the stability
//! sentence, and the geometry of the contribution bars.
//!
//! The maths stays in the engine ([`super::evaluate`] and friends); this module only shapes its
//! inputs and outputs for people. Every function accepts any decision, including ones with unknown
//! or repeated ids, and never panics.

use super::model::{Criterion, Decision, DecisionOption, MoveKind, Pairwise, Score, WeightMethod, MAX_RATIO, MIN_RATIO};
use super::results::DecisionResults;
use crate::domain::workbook::{next_id, MAX_CRITERIA, MAX_NAME_CHARS, MAX_OPTIONS};

/// Why a typed score was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoreInputError {
    /// Not a number.
    NotANumber,
    /// Outside 0–10.
    OutOfRange,
    /// The low estimate is above the score or the high one below it.
    RangeOrder,
    /// There is no score yet to put a range around.
    NoScore,
}

/// Reads a typed score: empty means "not scored"; a comma works as the decimal mark.
pub fn parse_score(text: &str) -> Result<Option<f64>, ScoreInputError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let value: f64 = text.replace(',', ".").parse().map_err(|_| ScoreInputError::NotANumber)?;
    if !value.is_finite() {
        return Err(ScoreInputError::NotANumber);
    }
    if !(0.0..=10.0).contains(&value) {
        return Err(ScoreInputError::OutOfRange);
    }
    Ok(Some(value))
}

/// The score of (`option`, `criterion`), if any (the first, should a file repeat one).
pub fn score_of<'a>(d: &'a Decision, option: &str, criterion: &str) -> Option<&'a Score> {
    d.scores.iter().find(|s| s.option == option && s.criterion == criterion)
}

/// Sets or (with `None`) clears a score. An existing range is widened to keep `low <= value <=
/// high`. A clear returns the removed score: the file has no place for a note without a value,
/// so the caller keeps it aside and passes it back as `kept` when the cell gets a value again;
/// its note and range then return (the range widened to hold the new value).
pub fn set_score(d: &mut Decision, option: &str, criterion: &str, value: Option<f64>, kept: Option<Score>) -> Option<Score> {
    let at = d.scores.iter().position(|s| s.option == option && s.criterion == criterion);
    match (at, value) {
        (Some(i), None) => return Some(d.scores.remove(i)),
        (Some(i), Some(v)) => {
            if let Some(s) = d.scores.get_mut(i) {
                s.value = v;
                s.low = s.low.map(|l| l.min(v));
                s.high = s.high.map(|h| h.max(v));
            }
        }
        (None, Some(v)) => {
            let kept = kept.filter(|k| k.option == option && k.criterion == criterion);
            d.scores.push(Score {
                option: option.to_string(),
                criterion: criterion.to_string(),
                value: v,
                low: kept.as_ref().and_then(|k| k.low).map(|l| l.min(v)),
                high: kept.as_ref().and_then(|k| k.high).map(|h| h.max(v)),
                note: kept.map(|k| k.note).unwrap_or_default(),
            });
        }
        (None, None) => {}
    }
    None
}

/// Sets the low–high range of an existing score (`None` for either end means "same as the
/// score"). Refused, changing nothing, when the order `low <= value <= high` would break.
pub fn set_range(d: &mut Decision, option: &str, criterion: &str, low: Option<f64>, high: Option<f64>) -> Result<(), ScoreInputError> {
    let score = d.scores.iter_mut().find(|s| s.option == option && s.criterion == criterion).ok_or(ScoreInputError::NoScore)?;
    if low.is_some_and(|l| l > score.value) || high.is_some_and(|h| h < score.value) {
        return Err(ScoreInputError::RangeOrder);
    }
    score.low = low.filter(|&l| l < score.value);
    score.high = high.filter(|&h| h > score.value);
    Ok(())
}

/// Sets the evidence note of an existing score; `false` when there is no score.
pub fn set_note(d: &mut Decision, option: &str, criterion: &str, note: &str) -> bool {
    match d.scores.iter_mut().find(|s| s.option == option && s.criterion == criterion) {
        Some(s) => {
            s.note = note.to_string();
            true
        }
        None => false,
    }
}

/// Why a list edit was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListError {
    /// The list is at its cap (30 options, 15 criteria).
    Full,
    /// The name is empty or longer than 200 characters.
    BadName,
}

fn clean_name(name: &str) -> Result<String, ListError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        Err(ListError::BadName)
    } else {
        Ok(name.to_string())
    }
}

/// Adds an option; returns its id.
pub fn add_option(d: &mut Decision, name: &str, move_kind: MoveKind) -> Result<String, ListError> {
    if d.options.len() >= MAX_OPTIONS {
        return Err(ListError::Full);
    }
    let name = clean_name(name)?;
    let id = next_id("o", d.options.iter().map(|o| o.id.as_str()));
    d.options.push(DecisionOption { id: id.clone(), name, move_kind, notes: String::new() });
    Ok(id)
}

/// Adds a criterion from `source` (`value:<key>`, `talent:<key>`, `goal:<id>` or `custom`);
/// returns its id. A ranking in use gets the new criterion last.
pub fn add_criterion(d: &mut Decision, name: &str, source: &str) -> Result<String, ListError> {
    if d.criteria.len() >= MAX_CRITERIA {
        return Err(ListError::Full);
    }
    let name = clean_name(name)?;
    let id = next_id("c", d.criteria.iter().map(|c| c.id.as_str()));
    d.criteria.push(Criterion { id: id.clone(), name, source: source.to_string() });
    sync_rank(d);
    Ok(id)
}

/// Removes an option and everything that refers to it (scores, actions, journal choices).
pub fn remove_option(d: &mut Decision, id: &str) {
    d.options.retain(|o| o.id != id);
    d.scores.retain(|s| s.option != id);
    d.actions.retain(|a| a.option != id);
    for entry in &mut d.journal {
        if entry.option == id {
            entry.option.clear();
        }
    }
}

/// Removes a criterion and everything that refers to it (scores, weights, judgements,
/// dealbreakers).
pub fn remove_criterion(d: &mut Decision, id: &str) {
    d.criteria.retain(|c| c.id != id);
    d.scores.retain(|s| s.criterion != id);
    d.weighting.direct.remove(id);
    d.weighting.rank.retain(|c| c != id);
    d.weighting.pairwise.retain(|p| p.a != id && p.b != id);
    d.dealbreakers.retain(|b| b.criterion != id);
}

/// Makes the ranking hold every criterion exactly once: known ones keep their order, the rest
/// follow in workbook order.
pub fn sync_rank(d: &mut Decision) {
    let known: Vec<String> = d.criteria.iter().map(|c| c.id.clone()).collect();
    let mut rank: Vec<String> = Vec::with_capacity(known.len());
    for id in &d.weighting.rank {
        if known.contains(id) && !rank.contains(id) {
            rank.push(id.clone());
        }
    }
    for id in known {
        if !rank.contains(&id) {
            rank.push(id);
        }
    }
    d.weighting.rank = rank;
}

/// Chooses the weighting method; a ranking is completed first so that it is valid.
pub fn set_method(d: &mut Decision, method: WeightMethod) {
    if method == WeightMethod::Rank {
        sync_rank(d);
    }
    d.weighting.method = method;
}

/// Moves criterion `id` one place up (`up`) or down in the ranking.
pub fn move_in_rank(d: &mut Decision, id: &str, up: bool) {
    sync_rank(d);
    let rank = &mut d.weighting.rank;
    let Some(i) = rank.iter().position(|c| c == id) else { return };
    let j = if up { i.checked_sub(1) } else { Some(i + 1).filter(|&j| j < rank.len()) };
    if let Some(j) = j {
        rank.swap(i, j);
    }
}

/// The judgement "a is `ratio` times as important as b", however it is stored.
pub fn judgement(d: &Decision, a: &str, b: &str) -> Option<f64> {
    d.weighting.pairwise.iter().find_map(|p| {
        if p.a == a && p.b == b {
            Some(p.ratio)
        } else if p.a == b && p.b == a && p.ratio != 0.0 {
            Some(1.0 / p.ratio)
        } else {
            None
        }
    })
}

/// Records "a is `ratio` times as important as b" (clamped to [1/9, 9]), replacing any earlier
/// judgement of the pair in either order; `None` removes it.
pub fn set_judgement(d: &mut Decision, a: &str, b: &str, ratio: Option<f64>) {
    d.weighting.pairwise.retain(|p| !((p.a == a && p.b == b) || (p.a == b && p.b == a)));
    if let Some(r) = ratio.filter(|r| r.is_finite() && *r > 0.0) {
        d.weighting.pairwise.push(Pairwise { a: a.to_string(), b: b.to_string(), ratio: r.clamp(MIN_RATIO, MAX_RATIO) });
    }
}

/// The answers the pairwise question offers, as ratios "a is x times as important as b".
pub const PAIRWISE_CHOICES: [f64; 9] = [1.0 / 7.0, 1.0 / 5.0, 1.0 / 3.0, 1.0 / 2.0, 1.0, 2.0, 3.0, 5.0, 7.0];

/// Whether a stored ratio is the given choice (to within rounding in files).
pub fn is_choice(ratio: f64, choice: f64) -> bool {
    (ratio.ln() - choice.ln()).abs() < 1e-6
}

/// With more criteria than this, the pairwise view asks a connected subset first.
pub const FULL_PAIRWISE_MAX: usize = 6;

/// The pairwise questions in the order they are asked: `(a, b, essential)` as criterion indices.
/// Up to [`FULL_PAIRWISE_MAX`] criteria every pair is essential. Beyond that (incomplete AHP),
/// the essential ones form a ring — each criterion against the next, and the last against the
/// first — which connects every criterion and leaves one cycle to measure consistency by; every
/// other pair is an optional refinement.
pub fn pairwise_questions(n: usize) -> Vec<(usize, usize, bool)> {
    let all = (0..n).flat_map(|a| (a + 1..n).map(move |b| (a, b)));
    if n <= FULL_PAIRWISE_MAX {
        return all.map(|(a, b)| (a, b, true)).collect();
    }
    let in_ring = |a: usize, b: usize| b == a + 1 || (a == 0 && b == n - 1);
    let mut ring: Vec<(usize, usize, bool)> = (0..n - 1).map(|a| (a, a + 1, true)).collect();
    ring.push((0, n - 1, true));
    ring.extend(all.filter(|&(a, b)| !in_ring(a, b)).map(|(a, b)| (a, b, false)));
    ring
}

/// How far the top of the ranking holds when one weight changes: the stability sentence.
#[derive(Clone, Debug, PartialEq)]
pub enum StabilityNote {
    /// Fewer than two ranked options: nothing to say.
    Nothing,
    /// The first place is shared: these options are tied.
    Tied(Vec<String>),
    /// The top option stays first whatever the weight of any single criterion.
    Robust { top: String },
    /// The top option stays first unless the weight of `criterion` rises above (`rises`) or falls
    /// below `at` (0–1): the nearest such threshold from the current weights.
    Threshold { top: String, criterion: String, rises: bool, at: f64 },
}

/// The stability sentence of `results`.
pub fn stability_note(results: &DecisionResults) -> StabilityNote {
    let ranking = &results.ranking;
    let Some(first) = ranking.first() else { return StabilityNote::Nothing };
    if ranking.len() < 2 {
        return StabilityNote::Nothing;
    }
    let tied: Vec<String> = ranking.iter().filter(|e| e.rank == 1).map(|e| e.option.clone()).collect();
    if tied.len() > 1 {
        return StabilityNote::Tied(tied);
    }
    let weight = |c: &str| results.weights.as_ref().and_then(|w| w.get(c).copied()).unwrap_or(0.0);
    let mut best: Option<(f64, String, bool, f64)> = None;
    for s in &results.stability {
        let w = weight(&s.criterion);
        let candidates = [(s.upper < 1.0 - 1e-9, true, s.upper), (s.lower > 1e-9, false, s.lower)];
        for (real, rises, at) in candidates {
            let distance = (at - w).abs();
            if real && best.as_ref().is_none_or(|b| distance < b.0) {
                best = Some((distance, s.criterion.clone(), rises, at));
            }
        }
    }
    match best {
        Some((_, criterion, rises, at)) => StabilityNote::Threshold { top: first.option.clone(), criterion, rises, at },
        None => StabilityNote::Robust { top: first.option.clone() },
    }
}

/// The error margin of an acceptability index at 95 % (the contract's 0.98/√samples).
pub fn acceptability_margin(samples: u32) -> f64 {
    0.98 / f64::from(samples.max(1)).sqrt()
}

/// Whether TOPSIS puts the same option first as the weighted sum; `None` when there is no
/// single first option to compare.
pub fn topsis_agrees(results: &DecisionResults) -> Option<bool> {
    let first = results.ranking.first()?;
    if results.ranking.iter().filter(|e| e.rank == 1).count() > 1 {
        return None;
    }
    let best = results.topsis.first()?;
    let tied_best = results.topsis.iter().filter(|t| (t.closeness - best.closeness).abs() < 1e-9).any(|t| t.option == first.option);
    Some(tied_best)
}

/// One segment of a contribution bar: criterion index, start and width in percent of the full
/// 0–1 score scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub criterion: usize,
    pub start: f64,
    pub width: f64,
}

/// The stacked bar of a ranked option's contributions, criteria in workbook order.
pub fn contribution_segments(d: &Decision, contributions: &super::IdMap<f64>) -> Vec<Segment> {
    let mut start = 0.0;
    let mut out = Vec::new();
    for (j, c) in d.criteria.iter().enumerate() {
        let width = contributions.get(&c.id).copied().unwrap_or(0.0).clamp(0.0, 1.0) * 100.0;
        if width > 0.0 {
            out.push(Segment { criterion: j, start, width });
            start += width;
        }
    }
    out
}

/// How many (option, criterion) cells have no score.
pub fn unscored_count(d: &Decision) -> usize {
    d.options.iter().map(|o| d.criteria.iter().filter(|c| score_of(d, &o.id, &c.id).is_none()).count()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::decision::{compute, Dealbreaker};

    fn two_by_two() -> Decision {
        let mut d = Decision::default();
        add_option(&mut d, "Stay", MoveKind::Enrichment).unwrap();
        add_option(&mut d, "Move", MoveKind::Lateral).unwrap();
        add_criterion(&mut d, "Income", "value:income").unwrap();
        add_criterion(&mut d, "Autonomy", "custom").unwrap();
        for (o, c, v) in [("o1", "c1", 8.0), ("o1", "c2", 3.0), ("o2", "c1", 4.0), ("o2", "c2", 6.0)] {
            set_score(&mut d, o, c, Some(v), None);
        }
        d
    }

    #[test]
    fn typed_scores_are_read_or_refused() {
        assert_eq!(parse_score(""), Ok(None));
        assert_eq!(parse_score(" 7,5 "), Ok(Some(7.5)));
        assert_eq!(parse_score("10"), Ok(Some(10.0)));
        assert_eq!(parse_score("11"), Err(ScoreInputError::OutOfRange));
        assert_eq!(parse_score("-1"), Err(ScoreInputError::OutOfRange));
        assert_eq!(parse_score("seven"), Err(ScoreInputError::NotANumber));
        assert_eq!(parse_score("NaN"), Err(ScoreInputError::NotANumber));
        assert_eq!(parse_score("inf"), Err(ScoreInputError::NotANumber));
    }

    #[test]
    fn scores_ranges_and_notes_keep_the_contract_order() {
        let mut d = two_by_two();
        assert_eq!(set_range(&mut d, "o1", "c1", Some(6.0), Some(9.0)), Ok(()));
        assert_eq!(set_range(&mut d, "o1", "c1", Some(9.0), None), Err(ScoreInputError::RangeOrder));
        assert_eq!(set_range(&mut d, "o9", "c1", None, None), Err(ScoreInputError::NoScore));
        set_score(&mut d, "o1", "c1", Some(5.0), None);
        let s = score_of(&d, "o1", "c1").unwrap();
        assert_eq!((s.low, s.value, s.high), (Some(5.0), 5.0, Some(9.0)));
        assert!(set_note(&mut d, "o1", "c1", "Asked HR"));
        assert!(!set_note(&mut d, "o9", "c1", "x"));
        let kept = set_score(&mut d, "o1", "c1", None, None);
        assert!(score_of(&d, "o1", "c1").is_none());
        assert_eq!(unscored_count(&d), 1);
        assert_eq!(d.validate(), Ok(()));
        // A value entered again brings the note and range back, widened to hold it.
        assert_eq!(kept.as_ref().map(|k| k.note.as_str()), Some("Asked HR"));
        set_score(&mut d, "o1", "c1", Some(10.0), kept);
        let s = score_of(&d, "o1", "c1").unwrap();
        assert_eq!((s.low, s.value, s.high, s.note.as_str()), (Some(5.0), 10.0, Some(10.0), "Asked HR"));
        // Another cell's kept score is not applied here.
        let other = set_score(&mut d, "o1", "c1", None, None);
        set_score(&mut d, "o2", "c2", None, None);
        set_score(&mut d, "o2", "c2", Some(3.0), other);
        assert_eq!(score_of(&d, "o2", "c2").map(|s| s.note.as_str()), Some(""));
    }

    #[test]
    fn lists_respect_caps_and_names_and_removals_leave_no_dangling_reference() {
        let mut d = two_by_two();
        assert_eq!(add_option(&mut d, "   ", MoveKind::Up), Err(ListError::BadName));
        assert_eq!(add_option(&mut d, &"x".repeat(201), MoveKind::Up), Err(ListError::BadName));
        set_method(&mut d, WeightMethod::Rank);
        set_judgement(&mut d, "c1", "c2", Some(3.0));
        d.weighting.direct.insert("c2".into(), 5.0);
        d.dealbreakers.push(Dealbreaker { criterion: "c2".into(), min: 4.0 });
        let c3 = add_criterion(&mut d, "Meaning", "custom").unwrap();
        assert_eq!(d.weighting.rank, ["c1", "c2", "c3"]);
        remove_criterion(&mut d, "c2");
        assert_eq!(d.weighting.rank, ["c1", c3.as_str()]);
        assert!(d.weighting.pairwise.is_empty() && d.dealbreakers.is_empty() && d.weighting.direct.is_empty());
        d.actions.push(crate::domain::decision::plan::Action { id: "a1".into(), option: "o2".into(), ..Default::default() });
        d.journal.push(crate::domain::decision::plan::JournalEntry { id: "j1".into(), option: "o2".into(), ..Default::default() });
        remove_option(&mut d, "o2");
        assert!(d.scores.iter().all(|s| s.option != "o2") && d.actions.is_empty());
        assert_eq!(d.journal[0].option, "");
        assert_eq!(d.validate(), Ok(()));
        for i in 0..40 {
            let _ = add_option(&mut d, &format!("O{i}"), MoveKind::Explore);
            let _ = add_criterion(&mut d, &format!("C{i}"), "custom");
        }
        assert_eq!(d.options.len(), MAX_OPTIONS);
        assert_eq!(d.criteria.len(), MAX_CRITERIA);
        assert_eq!(add_option(&mut d, "one more", MoveKind::Up), Err(ListError::Full));
    }

    #[test]
    fn rank_moves_and_judgements_replace_each_other() {
        let mut d = two_by_two();
        move_in_rank(&mut d, "c2", true);
        assert_eq!(d.weighting.rank, ["c2", "c1"]);
        move_in_rank(&mut d, "c2", true);
        move_in_rank(&mut d, "c1", false);
        assert_eq!(d.weighting.rank, ["c2", "c1"]);
        set_judgement(&mut d, "c1", "c2", Some(3.0));
        set_judgement(&mut d, "c2", "c1", Some(20.0));
        assert_eq!(d.weighting.pairwise.len(), 1);
        assert_eq!(judgement(&d, "c2", "c1"), Some(9.0));
        assert!((judgement(&d, "c1", "c2").unwrap() - 1.0 / 9.0).abs() < 1e-12);
        set_judgement(&mut d, "c1", "c2", None);
        assert_eq!(judgement(&d, "c1", "c2"), None);
        assert!(is_choice(1.0 / 3.0, PAIRWISE_CHOICES[2]));
    }

    #[test]
    fn pairwise_questions_ask_every_pair_up_to_six_then_a_connected_ring_first() {
        assert_eq!(pairwise_questions(3), vec![(0, 1, true), (0, 2, true), (1, 2, true)]);
        assert_eq!(pairwise_questions(6).len(), 15);
        assert!(pairwise_questions(1).is_empty());
        let q = pairwise_questions(8);
        assert_eq!(q.len(), 28);
        let essential: Vec<_> = q.iter().filter(|x| x.2).map(|x| crate::domain::decision::Judgement { a: x.0, b: x.1, ratio: 2.0 }).collect();
        assert_eq!(essential.len(), 8);
        assert!(q[..8].iter().all(|x| x.2), "essential questions come first");
        assert!(crate::domain::decision::weights::is_connected(8, &essential));
    }

    #[test]
    fn the_stability_sentence_names_the_nearest_threshold() {
        let mut d = two_by_two();
        set_method(&mut d, WeightMethod::Direct);
        d.weighting.direct = [("c1".to_string(), 50.0), ("c2".to_string(), 50.0)].into_iter().collect();
        let r = compute(&d);
        match stability_note(&r) {
            StabilityNote::Threshold { top, criterion, rises, at } => {
                assert_eq!(top, "o1");
                // o1 = 8w + 3(1-w), o2 = 4w + 6(1-w): o1 first iff w > 3/7.
                assert!((criterion == "c1" && !rises && (at - 3.0 / 7.0).abs() < 1e-6) || (criterion == "c2" && rises && (at - 4.0 / 7.0).abs() < 1e-6));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(topsis_agrees(&r), Some(true));
        let segments = contribution_segments(&d, &r.ranking[0].contributions);
        assert_eq!(segments.len(), 2);
        assert!((segments[0].width - 40.0).abs() < 1e-9 && (segments[1].start - 40.0).abs() < 1e-9);

        set_score(&mut d, "o2", "c1", Some(8.0), None);
        set_score(&mut d, "o2", "c2", Some(3.0), None);
        let r = compute(&d);
        assert_eq!(stability_note(&r), StabilityNote::Tied(vec!["o1".into(), "o2".into()]));
        assert_eq!(topsis_agrees(&r), None);

        set_score(&mut d, "o2", "c1", Some(1.0), None);
        set_score(&mut d, "o2", "c2", Some(1.0), None);
        assert_eq!(stability_note(&compute(&d)), StabilityNote::Robust { top: "o1".into() });
        assert_eq!(stability_note(&DecisionResults::default()), StabilityNote::Nothing);
        assert!((acceptability_margin(10_000) - 0.0098).abs() < 1e-12);
    }
}
