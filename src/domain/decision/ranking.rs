//! Screening (dealbreakers, missing scores) and the weighted-sum ranking with per-criterion
//! contributions and tie ranks.
//!
//! [`screen`] turns a decision's scores into a [`ScoreTable`] of the ranked options (workbook
//! order) and lists the excluded and incomplete ones. Rules the contract leaves open:
//! - An option can be both excluded and incomplete; it is then listed in both. Dealbreakers are
//!   checked on the scores present; a missing score cannot fail one.
//! - `excluded` lists options in workbook order, each option's failed dealbreakers in list order.
//!   Dealbreakers on unknown criteria or with a `min` that is not finite are ignored.
//! - Defensive reading: scores naming an unknown option or criterion are ignored; only the first
//!   score of an (option, criterion) pair counts; a value that is not finite counts as missing;
//!   values are clamped to 0–10, `low` to [0, value] and `high` to [value, 10] (a bound that is
//!   missing or not finite defaults to `value`).
//!
//! [`rank`] scores Σ w_j · value_j / 10. Ties: sorted by score, an option is tied with the best
//! option of the current group when it scores at most 1e-9 below it; a group shares the better
//! rank (1, 1, 3) and is listed in workbook order.
//!
//! This module does not compute weights, TOPSIS, stability or SMAA; it only prepares their input.

use std::collections::HashMap;

use super::model::{Decision, SCORE_MAX, SCORE_MIN};
use super::results::{Exclusion, IdMap, RankEntry};

/// Scores within this of the best score of their group are tied.
pub const TIE_TOLERANCE: f64 = 1e-9;

/// Values of the ranked options (rows, workbook order) on every criterion (columns, workbook
/// order), with their ranges; every cell is finite and 0 ≤ low ≤ value ≤ high ≤ 10.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScoreTable {
    options: Vec<String>,
    criteria: Vec<String>,
    value: Vec<f64>,
    low: Vec<f64>,
    high: Vec<f64>,
}

impl ScoreTable {
    /// A table without ranges from plain rows (one row per option, one value per criterion).
    /// `None` if a row has the wrong length; values are clamped to 0–10 and non-finite ones
    /// become 0.
    pub fn from_rows(
        options: Vec<String>,
        criteria: Vec<String>,
        rows: &[Vec<f64>],
    ) -> Option<Self> {
        if rows.len() != options.len() || rows.iter().any(|r| r.len() != criteria.len()) {
            return None;
        }
        let value: Vec<f64> = rows
            .iter()
            .flatten()
            .map(|&v| clean_value(v).unwrap_or(0.0))
            .collect();
        Some(ScoreTable {
            options,
            criteria,
            low: value.clone(),
            high: value.clone(),
            value,
        })
    }

    /// Adds a range to one cell (clamped as in the module docs); ignored when out of bounds.
    pub fn with_range(mut self, option: usize, criterion: usize, low: f64, high: f64) -> Self {
        if option < self.options.len() && criterion < self.criteria.len() {
            let at = option * self.criteria.len() + criterion;
            let (l, h) = clean_range(self.value[at], Some(low), Some(high));
            self.low[at] = l;
            self.high[at] = h;
        }
        self
    }

    /// Ranked option ids, workbook order.
    pub fn options(&self) -> &[String] {
        &self.options
    }

    /// Criterion ids, workbook order.
    pub fn criteria(&self) -> &[String] {
        &self.criteria
    }

    /// Number of options (rows).
    pub fn option_count(&self) -> usize {
        self.options.len()
    }

    /// Number of criteria (columns).
    pub fn criterion_count(&self) -> usize {
        self.criteria.len()
    }

    /// Values, row-major (option × criterion).
    pub fn values(&self) -> &[f64] {
        &self.value
    }

    /// Lower bounds, row-major.
    pub fn lows(&self) -> &[f64] {
        &self.low
    }

    /// Upper bounds, row-major.
    pub fn highs(&self) -> &[f64] {
        &self.high
    }

    /// The value of option `i` on criterion `j`.
    pub fn value(&self, i: usize, j: usize) -> f64 {
        self.value[i * self.criteria.len() + j]
    }
}

fn clean_value(v: f64) -> Option<f64> {
    v.is_finite().then(|| v.clamp(SCORE_MIN, SCORE_MAX))
}

fn clean_range(value: f64, low: Option<f64>, high: Option<f64>) -> (f64, f64) {
    let low = low
        .filter(|l| l.is_finite())
        .unwrap_or(value)
        .clamp(SCORE_MIN, value);
    let high = high
        .filter(|h| h.is_finite())
        .unwrap_or(value)
        .clamp(value, SCORE_MAX);
    (low, high)
}

/// The ranked options' table and the options set aside.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Screening {
    /// Options that are neither excluded nor incomplete.
    pub table: ScoreTable,
    /// One entry per failed dealbreaker.
    pub excluded: Vec<Exclusion>,
    /// Options with a missing score, workbook order.
    pub incomplete: Vec<String>,
}

/// Applies the dealbreakers and the completeness rule (see the module docs).
pub fn screen(decision: &Decision) -> Screening {
    let m = decision.options.len();
    let n = decision.criteria.len();
    let option_index = first_index(decision.options.iter().map(|o| o.id.as_str()));
    let criterion_index = first_index(decision.criteria.iter().map(|c| c.id.as_str()));

    let mut cells: Vec<Option<(f64, f64, f64)>> = vec![None; m * n];
    for s in &decision.scores {
        let (Some(&i), Some(&j)) = (
            option_index.get(s.option.as_str()),
            criterion_index.get(s.criterion.as_str()),
        ) else {
            continue;
        };
        let cell = &mut cells[i * n + j];
        if cell.is_some() {
            continue;
        }
        if let Some(v) = clean_value(s.value) {
            let (low, high) = clean_range(v, s.low, s.high);
            *cell = Some((v, low, high));
        }
    }

    let mut screening = Screening {
        table: ScoreTable {
            criteria: decision.criteria.iter().map(|c| c.id.clone()).collect(),
            ..ScoreTable::default()
        },
        ..Screening::default()
    };
    for (i, option) in decision.options.iter().enumerate() {
        let row = &cells[i * n..i * n + n];
        let mut excluded = false;
        for d in &decision.dealbreakers {
            let Some(&j) = criterion_index.get(d.criterion.as_str()) else {
                continue;
            };
            if let Some((v, _, _)) = row[j] {
                if d.min.is_finite() && v < d.min {
                    excluded = true;
                    screening.excluded.push(Exclusion {
                        option: option.id.clone(),
                        criterion: d.criterion.clone(),
                        min: d.min,
                        value: v,
                    });
                }
            }
        }
        let complete = row.iter().all(Option::is_some);
        if !complete {
            screening.incomplete.push(option.id.clone());
        }
        if complete && !excluded {
            let table = &mut screening.table;
            table.options.push(option.id.clone());
            for &(v, low, high) in row.iter().flatten() {
                table.value.push(v);
                table.low.push(low);
                table.high.push(high);
            }
        }
    }
    screening
}

fn first_index<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut index = HashMap::new();
    for (i, id) in ids.enumerate() {
        index.entry(id).or_insert(i);
    }
    index
}

/// Σ_j w_j · value_ij / 10 per option; weights missing from `weights` count as 0.
pub fn weighted_scores(table: &ScoreTable, weights: &[f64]) -> Vec<f64> {
    let n = table.criterion_count();
    (0..table.option_count())
        .map(|i| {
            let row = &table.value[i * n..i * n + n];
            row.iter().zip(weights).map(|(v, w)| w * v).sum::<f64>() / 10.0
        })
        .collect()
}

/// Option indices in ranking order with their scores and ranks (ties as in the module docs).
pub(super) fn ranked_order(scores: &[f64]) -> Vec<(usize, f64, u32)> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    // Stable, and total on the finite scores the table guarantees (NaN would sort as equal).
    crate::domain::sort::sort_by(&mut order, |&a, &b| {
        scores[b]
            .partial_cmp(&scores[a])
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut out = Vec::with_capacity(order.len());
    let mut start = 0;
    while start < order.len() {
        let best = scores[order[start]];
        let mut end = start + 1;
        while end < order.len() && best - scores[order[end]] <= TIE_TOLERANCE {
            end += 1;
        }
        let group = &mut order[start..end];
        group.sort_unstable();
        let rank = u32::try_from(start + 1).unwrap_or(u32::MAX);
        out.extend(group.iter().map(|&i| (i, scores[i], rank)));
        start = end;
    }
    out
}

/// The weighted-sum ranking, best first, with each criterion's contribution.
pub fn rank(table: &ScoreTable, weights: &[f64]) -> Vec<RankEntry> {
    let n = table.criterion_count();
    let scores = weighted_scores(table, weights);
    ranked_order(&scores)
        .into_iter()
        .map(|(i, score, rank)| RankEntry {
            option: table.options[i].clone(),
            score,
            rank,
            contributions: table
                .criteria
                .iter()
                .enumerate()
                .map(|(j, c)| {
                    (
                        c.clone(),
                        weights.get(j).copied().unwrap_or(0.0) * table.value[i * n + j] / 10.0,
                    )
                })
                .collect::<IdMap<f64>>(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::decision::model::{Criterion, Dealbreaker, DecisionOption, MoveKind, Score};

    fn ids(prefix: &str, n: usize) -> Vec<String> {
        (1..=n).map(|i| format!("{prefix}{i}")).collect()
    }

    #[test]
    fn weighted_sum_matches_the_published_vector() {
        // TEST-VECTORS.md "Weighted sum": [[.2,.8],[.5,.5],[.9,.1]], weights [.6,.4] → [.44,.50,.58]
        // (values here on the 0–10 scale, since score = Σ w·value/10).
        let t = ScoreTable::from_rows(
            ids("o", 3),
            ids("c", 2),
            &[vec![2.0, 8.0], vec![5.0, 5.0], vec![9.0, 1.0]],
        )
        .unwrap();
        let s = weighted_scores(&t, &[0.6, 0.4]);
        for (a, e) in s.iter().zip([0.44, 0.50, 0.58]) {
            assert!((a - e).abs() < 1e-12);
        }
        let r = rank(&t, &[0.6, 0.4]);
        assert_eq!(
            r.iter().map(|e| e.option.as_str()).collect::<Vec<_>>(),
            ["o3", "o2", "o1"]
        );
        assert_eq!(r.iter().map(|e| e.rank).collect::<Vec<_>>(), [1, 2, 3]);
        for e in &r {
            let sum: f64 = e.contributions.iter().map(|(_, c)| c).sum();
            assert!((sum - e.score).abs() < 1e-12);
        }
        assert!((r[0].contributions.get("c1").unwrap() - 0.54).abs() < 1e-12);
    }

    #[test]
    fn ties_share_the_better_rank_in_workbook_order() {
        // Contract: scores within 1e-9 are tied and share the better rank (1, 1, 3).
        let t = ScoreTable::from_rows(
            ids("o", 4),
            ids("c", 1),
            &[vec![3.0], vec![7.0], vec![7.0], vec![5.0]],
        )
        .unwrap();
        let r = rank(&t, &[1.0]);
        let got: Vec<(&str, u32)> = r.iter().map(|e| (e.option.as_str(), e.rank)).collect();
        assert_eq!(got, [("o2", 1), ("o3", 1), ("o4", 3), ("o1", 4)]);

        // Within 1e-9 but not exactly equal, and the later option slightly ahead: still tied and
        // listed in workbook order.
        let r = ranked_order(&[0.5, 0.5 + 5e-10, 0.2]);
        assert_eq!(
            r.iter().map(|x| (x.0, x.2)).collect::<Vec<_>>(),
            [(0, 1), (1, 1), (2, 3)]
        );
        let r = ranked_order(&[0.5, 0.5 + 5e-9]);
        assert_eq!(
            r.iter().map(|x| (x.0, x.2)).collect::<Vec<_>>(),
            [(1, 1), (0, 2)]
        );
    }

    fn decision() -> Decision {
        let option = |id: &str| DecisionOption {
            id: id.into(),
            name: id.to_uppercase(),
            move_kind: MoveKind::Lateral,
            notes: String::new(),
        };
        let criterion = |id: &str| Criterion {
            id: id.into(),
            name: id.into(),
            source: "custom".into(),
        };
        let score = |o: &str, c: &str, v: f64| Score {
            option: o.into(),
            criterion: c.into(),
            value: v,
            low: None,
            high: None,
            note: String::new(),
        };
        Decision {
            options: ["o1", "o2", "o3", "o4", "o5"].map(option).to_vec(),
            criteria: ["c1", "c2"].map(criterion).to_vec(),
            scores: vec![
                score("o1", "c1", 6.0),
                score("o1", "c2", 6.0),
                score("o2", "c1", 2.0), // fails c1 >= 4
                score("o2", "c2", 1.0), // fails c2 >= 3
                score("o3", "c1", 9.0), // o3 lacks c2
                score("o4", "c1", 1.0), // fails c1 and lacks c2
                score("o5", "c1", 5.0),
                score("o5", "c2", 4.0),
                score("o5", "c2", 9.0),    // repeat: ignored
                score("ghost", "c1", 9.0), // unknown: ignored
            ],
            dealbreakers: vec![
                Dealbreaker {
                    criterion: "c1".into(),
                    min: 4.0,
                },
                Dealbreaker {
                    criterion: "c2".into(),
                    min: 3.0,
                },
                Dealbreaker {
                    criterion: "zz".into(),
                    min: 3.0,
                },
            ],
            ..Decision::default()
        }
    }

    #[test]
    fn screening_excludes_per_failed_dealbreaker_and_lists_incomplete_options() {
        let s = screen(&decision());
        let excluded: Vec<(&str, &str, f64, f64)> = s
            .excluded
            .iter()
            .map(|e| (e.option.as_str(), e.criterion.as_str(), e.min, e.value))
            .collect();
        assert_eq!(
            excluded,
            [
                ("o2", "c1", 4.0, 2.0),
                ("o2", "c2", 3.0, 1.0),
                ("o4", "c1", 4.0, 1.0)
            ]
        );
        assert_eq!(s.incomplete, ["o3", "o4"]);
        assert_eq!(s.table.options(), ["o1", "o5"]);
        assert_eq!(s.table.values(), [6.0, 6.0, 5.0, 4.0]);
    }

    #[test]
    fn garbage_values_are_clamped_or_treated_as_missing() {
        let mut d = decision();
        d.dealbreakers.clear();
        d.scores[0].value = f64::NAN; // o1 c1 → missing
        d.scores[6].value = 42.0; // o5 c1 → 10
        d.scores[6].low = Some(f64::INFINITY);
        d.scores[7].low = Some(7.0); // low above value → value
        d.scores[7].high = Some(-1.0);
        let s = screen(&d);
        assert!(s.incomplete.contains(&"o1".to_string()));
        let t = &s.table;
        let o5 = t.options().iter().position(|o| o == "o5").unwrap();
        assert_eq!(t.value(o5, 0), 10.0);
        assert_eq!((t.lows()[o5 * 2], t.highs()[o5 * 2]), (10.0, 10.0));
        assert_eq!((t.lows()[o5 * 2 + 1], t.highs()[o5 * 2 + 1]), (4.0, 4.0));
    }

    #[test]
    fn tables_from_rows_reject_ragged_rows() {
        assert!(
            ScoreTable::from_rows(ids("o", 2), ids("c", 2), &[vec![1.0, 2.0], vec![1.0]]).is_none()
        );
        assert!(ScoreTable::from_rows(ids("o", 2), ids("c", 1), &[vec![1.0]]).is_none());
        let t = ScoreTable::from_rows(ids("o", 1), ids("c", 1), &[vec![5.0]])
            .unwrap()
            .with_range(0, 0, 2.0, 12.0);
        assert_eq!((t.lows()[0], t.highs()[0]), (2.0, 10.0));
        assert_eq!(
            rank(&t, &[]).len(),
            1,
            "missing weights count as 0, no panic"
        );
    }
}
