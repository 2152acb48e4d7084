//! Weight stability: per criterion, the range of its weight over which the current top option stays
//! strictly first, solved exactly rather than by scanning.
//!
//! For criterion j and weight t ∈ [0, 1], the other weights are the current ones rescaled to sum
//! 1 − t (split equally when they are all 0; with a single criterion there are none). Every score
//! is then linear in t: s_i(t) = t·a_i + (1 − t)·b_i, with a_i the value on j and b_i the score on
//! the other criteria under their rescaled weights. The top option p stays strictly first against
//! competitor q while d(t) = s_p(t) − s_q(t) > 0, a linear inequality in t; intersecting them over
//! all competitors and [0, 1] gives an interval whose infimum and supremum are reported.
//! "Strictly first" is the exact d(t) > 0: the 1e-9 tie tolerance of the ranking exists to absorb
//! rounding in reported scores, not to move thresholds. The interval always holds the current
//! weight of j; should rounding ever make it empty, it is reported as [w_j, w_j].
//!
//! Empty list (`[]`) when fewer than two options are ranked, when the top option is tied (as the
//! ranking defines ties), or when the weights are all zero. This module does not screen options.

use super::ranking::{ranked_order, weighted_scores, ScoreTable};
use super::results::StabilityInterval;

/// One interval per criterion, in workbook order (see the module docs). `weights` need not sum
/// to 1: they are normalised first; missing entries count as 0.
pub fn stability(table: &ScoreTable, weights: &[f64]) -> Vec<StabilityInterval> {
    let m = table.option_count();
    let n = table.criterion_count();
    let mut w: Vec<f64> = (0..n)
        .map(|j| {
            weights
                .get(j)
                .copied()
                .filter(|x| x.is_finite() && *x > 0.0)
                .unwrap_or(0.0)
        })
        .collect();
    let total: f64 = w.iter().sum();
    if m < 2 || !(total > 0.0 && total.is_finite()) {
        return Vec::new();
    }
    for x in &mut w {
        *x /= total;
    }
    let order = ranked_order(&weighted_scores(table, &w));
    if order[1].2 == 1 {
        return Vec::new();
    }
    let top = order[0].0;
    let v = table.values();

    let mut base = vec![0.0; m];
    (0..n)
        .map(|j| {
            let others: f64 = (0..n).filter(|&k| k != j).map(|k| w[k]).sum();
            for (i, b) in base.iter_mut().enumerate() {
                let mut acc = 0.0;
                for k in (0..n).filter(|&k| k != j) {
                    let share = if others > 0.0 {
                        w[k] / others
                    } else {
                        1.0 / (n - 1) as f64
                    };
                    acc += share * v[i * n + k];
                }
                *b = acc;
            }
            // Values stay on the 0–10 scale: dividing both sides by 10 changes no threshold.
            let (mut lower, mut upper) = (0.0f64, 1.0f64);
            let mut empty = false;
            for q in (0..m).filter(|&q| q != top) {
                let at_one = v[top * n + j] - v[q * n + j];
                let at_zero = base[top] - base[q];
                let slope = at_one - at_zero;
                // d(t) = at_zero + slope·t > 0
                if slope > 0.0 {
                    lower = lower.max(-at_zero / slope);
                } else if slope < 0.0 {
                    upper = upper.min(-at_zero / slope);
                } else if at_zero <= 0.0 {
                    empty = true;
                }
            }
            if empty || lower >= upper {
                lower = w[j];
                upper = w[j];
            }
            // `f64::max`/`min` may return either zero for ±0 depending on the platform; adding
            // +0 turns a −0 into +0, so the file reads the same everywhere.
            StabilityInterval {
                criterion: table.criteria()[j].clone(),
                lower: lower + 0.0,
                upper: upper + 0.0,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[Vec<f64>]) -> ScoreTable {
        let m = rows.len();
        let n = rows.first().map_or(0, Vec::len);
        ScoreTable::from_rows(
            (1..=m).map(|i| format!("o{i}")).collect(),
            (1..=n).map(|j| format!("c{j}")).collect(),
            rows,
        )
        .unwrap()
    }

    fn bounds(s: &[StabilityInterval]) -> Vec<(f64, f64)> {
        s.iter().map(|x| (x.lower, x.upper)).collect()
    }

    #[test]
    fn two_options_match_the_published_vector() {
        // TEST-VECTORS.md "Weight stability": A = (9,3), B = (4,6), weights (0.5, 0.5); A stays
        // first while w1 ∈ (0.375, 1] and while w2 ∈ [0, 0.625).
        let s = stability(&table(&[vec![9.0, 3.0], vec![4.0, 6.0]]), &[0.5, 0.5]);
        assert_eq!(s[0].criterion, "c1");
        assert_eq!(bounds(&s), [(0.375, 1.0), (0.0, 0.625)]);
    }

    #[test]
    fn intervals_agree_with_a_fine_scan() {
        let rows = vec![
            vec![7.0, 3.0, 5.0, 8.0],
            vec![6.0, 6.0, 4.0, 5.0],
            vec![4.0, 9.0, 6.0, 2.0],
            vec![8.0, 2.0, 2.0, 9.0],
        ];
        let t = table(&rows);
        let w = [0.4, 0.2, 0.1, 0.3];
        let s = stability(&t, &w);
        let top = ranked_order(&weighted_scores(&t, &w))[0].0;
        for (j, interval) in s.iter().enumerate() {
            let others: f64 = (0..4).filter(|&k| k != j).map(|k| w[k]).sum();
            for step in 0..=10_000 {
                let x = step as f64 / 10_000.0;
                let ws: Vec<f64> = (0..4)
                    .map(|k| if k == j { x } else { w[k] * (1.0 - x) / others })
                    .collect();
                let scores = weighted_scores(&t, &ws);
                let strictly_first = (0..4).all(|q| q == top || scores[top] > scores[q]);
                let inside = x > interval.lower - 1e-12 && x < interval.upper + 1e-12;
                let near_edge =
                    (x - interval.lower).abs() < 1e-9 || (x - interval.upper).abs() < 1e-9;
                assert!(
                    near_edge || strictly_first == inside,
                    "criterion {j}, t = {x}, {interval:?}"
                );
            }
        }
    }

    #[test]
    fn empty_when_tied_or_alone_or_weightless() {
        assert!(stability(&table(&[vec![5.0, 5.0], vec![5.0, 5.0]]), &[0.5, 0.5]).is_empty());
        assert!(stability(&table(&[vec![5.0, 5.0]]), &[0.5, 0.5]).is_empty());
        assert!(stability(&table(&[vec![5.0, 5.0], vec![1.0, 1.0]]), &[0.0, 0.0]).is_empty());
    }

    #[test]
    fn zero_other_weights_are_split_equally() {
        // All weight on c1: moving it down splits the rest equally over c2 and c3.
        let t = table(&[vec![9.0, 0.0, 0.0], vec![0.0, 6.0, 6.0]]);
        let s = stability(&t, &[1.0, 0.0, 0.0]);
        // o1 first iff 9t > 6(1 − t) → t > 0.4.
        assert!((s[0].lower - 0.4).abs() < 1e-15);
        assert_eq!(s[0].upper, 1.0);
        // For c2 (others: c1 only) o1 first iff 9(1 − t) > 6t → t < 0.6.
        assert_eq!(s[1].lower, 0.0);
        assert!((s[1].upper - 0.6).abs() < 1e-15);
    }

    #[test]
    fn a_single_criterion_keeps_its_top_option_for_every_positive_weight() {
        let s = stability(&table(&[vec![9.0], vec![4.0]]), &[1.0]);
        assert_eq!(bounds(&s), [(0.0, 1.0)]);
    }

    #[test]
    fn a_dominant_option_is_stable_everywhere() {
        let s = stability(&table(&[vec![9.0, 9.0], vec![4.0, 6.0]]), &[0.5, 0.5]);
        assert_eq!(bounds(&s), [(0.0, 1.0), (0.0, 1.0)]);
    }
}
