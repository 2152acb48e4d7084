//! TOPSIS as a second opinion on the ranked options: vector normalisation, weighted, all criteria
//! benefit criteria (scores are "higher is better" by contract).
//!
//! r_ij = w_j · v_ij / √(Σ_i v_ij²) (computed with the column scaled by its maximum, which is
//! the same ratio but safe from underflow); the ideal and anti-ideal are each column's maximum and
//! minimum; closeness = D⁻ / (D⁺ + D⁻) with Euclidean distances. A column whose values are all
//! equal (including all zero, where the norm is 0) contributes nothing; when D⁺ + D⁻ = 0 the
//! closeness is 0.5. The list is sorted by closeness, best first; exact ties keep workbook order
//! (the contract does not fix the order; best first matches how the ranking reads).
//!
//! This module does not screen options or compute weights; it uses the table and weights given.

use super::ranking::ScoreTable;
use super::results::TopsisEntry;

/// Closeness of each option of `table`, in table (workbook) order; weights missing from `weights`
/// count as 0.
pub fn closeness(table: &ScoreTable, weights: &[f64]) -> Vec<f64> {
    let m = table.option_count();
    let n = table.criterion_count();
    let v = table.values();
    let mut d_plus = vec![0.0; m];
    let mut d_minus = vec![0.0; m];
    for j in 0..n {
        let column = (0..m).map(|i| v[i * n + j]);
        let first = v.get(j).copied().unwrap_or(0.0);
        if column.clone().all(|x| x == first) {
            continue;
        }
        // Scaling by the column's largest value first keeps tiny scores (1e-300) from underflowing
        // the norm to 0; the ratios v/‖v‖ are unchanged.
        let largest = column.clone().fold(0.0, f64::max);
        let norm = column
            .map(|x| (x / largest) * (x / largest))
            .sum::<f64>()
            .sqrt();
        let w = weights.get(j).copied().unwrap_or(0.0);
        let r = |i: usize| w * (v[i * n + j] / largest) / norm;
        let (mut best, mut worst) = (f64::NEG_INFINITY, f64::INFINITY);
        for i in 0..m {
            best = best.max(r(i));
            worst = worst.min(r(i));
        }
        for i in 0..m {
            let x = r(i);
            d_plus[i] += (x - best) * (x - best);
            d_minus[i] += (x - worst) * (x - worst);
        }
    }
    (0..m)
        .map(|i| {
            let (p, q) = (d_plus[i].sqrt(), d_minus[i].sqrt());
            if p + q == 0.0 {
                0.5
            } else {
                q / (p + q)
            }
        })
        .collect()
}

/// TOPSIS entries, best first (see the module docs for the order).
pub fn topsis(table: &ScoreTable, weights: &[f64]) -> Vec<TopsisEntry> {
    let c = closeness(table, weights);
    let mut order: Vec<usize> = (0..c.len()).collect();
    crate::domain::sort::sort_by(&mut order, |&a, &b| c[b].partial_cmp(&c[a]).unwrap_or(std::cmp::Ordering::Equal));
    order
        .into_iter()
        .map(|i| TopsisEntry {
            option: table.options()[i].clone(),
            closeness: c[i],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::decision::weights::normalise;

    fn table(rows: &[Vec<f64>]) -> ScoreTable {
        let m = rows.len();
        let n = rows.first().map_or(0, Vec::len);
        ScoreTable::from_rows(
            (1..=m).map(|i| format!("A{i}")).collect(),
            (1..=n).map(|j| format!("c{j}")).collect(),
            rows,
        )
        .unwrap()
    }

    #[test]
    fn topsis_matches_the_published_vector() {
        // TEST-VECTORS.md "TOPSIS (vector normalisation, all criteria benefit)": A1 [9,7,6,7],
        // A2 [8,7,9,6], A3 [7,8,6,6], weights [4,2,6,8] normalised → [0.3876870, 0.6503238,
        // 0.0834767], best A2.
        let t = table(&[
            vec![9.0, 7.0, 6.0, 7.0],
            vec![8.0, 7.0, 9.0, 6.0],
            vec![7.0, 8.0, 6.0, 6.0],
        ]);
        let w = normalise(&[4.0, 2.0, 6.0, 8.0]);
        let c = closeness(&t, &w);
        for (a, e) in c.iter().zip([0.3876870, 0.6503238, 0.0834767]) {
            assert!((a - e).abs() < 1e-6, "{a} vs {e}");
        }
        let entries = topsis(&t, &w);
        assert_eq!(
            entries
                .iter()
                .map(|e| e.option.as_str())
                .collect::<Vec<_>>(),
            ["A2", "A1", "A3"]
        );
    }

    #[test]
    fn equal_columns_contribute_nothing_and_all_equal_gives_one_half() {
        let t = table(&[vec![5.0, 2.0], vec![5.0, 8.0]]);
        assert_eq!(closeness(&t, &[0.5, 0.5]), vec![0.0, 1.0]);
        let t = table(&[vec![5.0, 0.0], vec![5.0, 0.0], vec![5.0, 0.0]]);
        assert_eq!(closeness(&t, &[0.5, 0.5]), vec![0.5; 3]);
        let t = table(&[vec![7.0]]);
        assert_eq!(closeness(&t, &[1.0]), vec![0.5]);
        assert!(closeness(&table(&[]), &[]).is_empty());
    }

    #[test]
    fn tiny_values_do_not_underflow_the_norm() {
        // Found by the garbage-input property test: 1e-300² underflows to 0 in a plain norm.
        let t = table(&[vec![1e-300], vec![0.0]]);
        assert_eq!(closeness(&t, &[1.0]), vec![1.0, 0.0]);
    }

    #[test]
    fn zero_weight_on_every_varying_column_gives_one_half() {
        let t = table(&[vec![5.0, 1.0], vec![5.0, 9.0]]);
        assert_eq!(closeness(&t, &[1.0, 0.0]), vec![0.5, 0.5]);
    }
}
