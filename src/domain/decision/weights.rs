//! Criterion weights: equal, direct (normalised), rank-order centroid, and AHP (principal
//! eigenvector, Harker completion, consistency ratio, most inconsistent judgement).
//!
//! AHP as pinned by the contract: the principal right eigenvector of the reciprocal matrix,
//! normalised to sum 1, to 1e-12 (no component moves by more than that in a step). A missing pair
//! is 0 in the matrix and row i's diagonal is 1 + (missing entries in row i) (Harker). How the
//! eigenvector is found (the contract pins the eigenvector, not the algorithm; SMAA solves
//! thousands of these, so speed matters):
//! - Judgements forming a spanning tree (n − 1 that connect all n criteria) are consistent, and
//!   the Harker eigenvector is then exact: w_b = w_a / ratio along the tree, normalised (λmax = n).
//! - Otherwise the power method, from the given start. Once it contracts slowly (the change
//!   shrinks by less than [`SLOW_CONTRACTION`] per step after three steps, as with sparse
//!   judgements, where the Harker diagonal makes plain power iteration need thousands of steps) it
//!   switches to inverse iteration: σ = max_i (Ax)_i / x_i ≥ λmax (Collatz–Wielandt bound),
//!   σI − A factored once (LU without pivoting, safe for this M-matrix) and reused for several
//!   solves, refreshed with a better σ when a later solve shrinks the change by less than 10×. If
//!   rounding makes the factors unusable (σ at λmax), it falls back to power steps.
//!
//! Every step uses only +, −, ×, ÷ in a fixed order, so results are bit-identical on every
//! platform.
//!
//! λmax is Σ_i (A w)_i for the final w (which sums to 1); for an incomplete matrix this is λmax of
//! the matrix completed with w_i/w_j, so CI = (λmax − n)/(n − 1) and CR = CI / RI(n) apply as they
//! are, with the contract's random indices (n > 15 uses RI(15); CR = 0 for n ≤ 2). CI is clamped at
//! 0 against rounding. The most inconsistent judgement is the given pair with the largest
//! |ln(a_ij · w_j / w_i)|, compared as max(x, 1/x) so no logarithm is needed; the first such pair in
//! list order wins a tie. It is reported whenever at least one judgement is given.
//!
//! How a [`WeightModel`] reads a decision defensively (the engine must cope with files that
//! [`Decision::validate`] would reject): direct amounts that are negative or not finite count as
//! 0; a ranking keeps the first occurrence of each known id and appends unranked criteria at the
//! end in workbook order; judgements naming an unknown criterion, comparing a criterion with
//! itself, or with a ratio that is not a positive finite number are ignored, ratios are clamped to
//! [1/9, 9], and only the first judgement of each unordered pair counts.
//!
//! This module does not check that weights are non-zero (that is an error of the ranking, see
//! [`super::EngineError::ZeroWeights`]) and draws no random weights (see [`super::smaa`](mod@super::smaa)).

use std::collections::HashMap;

use super::model::{Decision, WeightMethod, MAX_RATIO, MIN_RATIO};
use super::results::EngineError;

/// Saaty's random indices for n = 1…15, as pinned by the contract.
pub const RANDOM_INDEX: [f64; 15] = [
    0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/// CR above this is flagged as inconsistent.
pub const CR_THRESHOLD: f64 = 0.10;

/// The eigenvector iteration stops when no component moves by more than this.
pub const TOLERANCE: f64 = 1e-12;

/// Power iteration switches to inverse iteration once a step shrinks the change by less than this.
pub const SLOW_CONTRACTION: f64 = 0.3;

/// Power steps always taken before inverse iteration may start (they are cheap, and each one
/// tightens the shift).
const POWER_WARM_UP: usize = 3;

/// Inverse iteration refreshes its shift and factors once a step shrinks the change by less than
/// this.
const REFRESH_CONTRACTION: f64 = 0.1;

/// Upper bound on iteration steps, so that no input can make the solver spin.
const MAX_STEPS: usize = 10_000;

/// The random index for an n×n matrix (0 for n ≤ 2; n > 15 uses the value for 15).
pub fn random_index(n: usize) -> f64 {
    match n {
        0 => 0.0,
        n => RANDOM_INDEX[n.min(RANDOM_INDEX.len()) - 1],
    }
}

/// Weights in criterion order, plus AHP's consistency figures when the method is pairwise.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    /// One weight per criterion, in workbook order; they sum to 1 unless all are 0.
    pub values: Vec<f64>,
    /// For pairwise weighting only.
    pub consistency: Option<Consistency>,
}

/// How consistent a set of pairwise judgements is.
#[derive(Debug, Clone, PartialEq)]
pub struct Consistency {
    /// Principal eigenvalue.
    pub lambda_max: f64,
    /// (λmax − n)/(n − 1), at least 0.
    pub consistency_index: f64,
    /// CI / RI(n); 0 for n ≤ 2.
    pub consistency_ratio: f64,
    /// The judgement furthest from what the weights imply; `None` when none is given.
    pub most_inconsistent: Option<InconsistentJudgement>,
}

/// A given judgement next to the ratio the weights imply.
#[derive(Debug, Clone, PartialEq)]
pub struct InconsistentJudgement {
    /// Criterion index of `a`.
    pub a: usize,
    /// Criterion index of `b`.
    pub b: usize,
    /// The ratio given ("a is `given` times as important as b").
    pub given: f64,
    /// w_a / w_b.
    pub implied: f64,
}

/// One pairwise judgement in criterion indices: `a` is `ratio` times as important as `b`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Judgement {
    /// Criterion index.
    pub a: usize,
    /// Criterion index.
    pub b: usize,
    /// In [1/9, 9].
    pub ratio: f64,
}

/// The weighting of a decision, read defensively (see the module docs) and reduced to indices.
#[derive(Debug, Clone, PartialEq)]
pub enum WeightModel {
    /// All `n` criteria weigh the same.
    Equal { n: usize },
    /// Stated non-negative amounts per criterion (not yet normalised).
    Direct { amounts: Vec<f64> },
    /// Criterion indices, most important first; a permutation of 0..n.
    Rank { order: Vec<usize> },
    /// Judgements among `n` criteria, at most one per unordered pair.
    Pairwise {
        n: usize,
        judgements: Vec<Judgement>,
    },
}

impl WeightModel {
    /// Reads the weighting of `decision`, resolving ids to criterion indices.
    pub fn from_decision(decision: &Decision) -> WeightModel {
        let n = decision.criteria.len();
        let mut index: HashMap<&str, usize> = HashMap::with_capacity(n);
        for (i, c) in decision.criteria.iter().enumerate() {
            index.entry(c.id.as_str()).or_insert(i);
        }
        let w = &decision.weighting;
        match w.method {
            WeightMethod::Equal => WeightModel::Equal { n },
            WeightMethod::Direct => WeightModel::Direct {
                amounts: decision
                    .criteria
                    .iter()
                    .map(|c| {
                        w.direct
                            .get(&c.id)
                            .copied()
                            .filter(|a| a.is_finite() && *a > 0.0)
                            .unwrap_or(0.0)
                    })
                    .collect(),
            },
            WeightMethod::Rank => {
                let listed: Vec<usize> = w
                    .rank
                    .iter()
                    .filter_map(|id| index.get(id.as_str()).copied())
                    .collect();
                WeightModel::Rank {
                    order: complete_order(n, &listed),
                }
            }
            WeightMethod::Pairwise => {
                let mut judged = vec![false; n * n];
                let mut judgements = Vec::new();
                for p in &w.pairwise {
                    let (Some(&a), Some(&b)) = (index.get(p.a.as_str()), index.get(p.b.as_str()))
                    else {
                        continue;
                    };
                    if a == b || !(p.ratio.is_finite() && p.ratio > 0.0) || judged[a * n + b] {
                        continue;
                    }
                    judged[a * n + b] = true;
                    judged[b * n + a] = true;
                    judgements.push(Judgement {
                        a,
                        b,
                        ratio: p.ratio.clamp(MIN_RATIO, MAX_RATIO),
                    });
                }
                WeightModel::Pairwise { n, judgements }
            }
        }
    }

    /// Number of criteria.
    pub fn criteria_count(&self) -> usize {
        match self {
            WeightModel::Equal { n } | WeightModel::Pairwise { n, .. } => *n,
            WeightModel::Direct { amounts } => amounts.len(),
            WeightModel::Rank { order } => order.len(),
        }
    }

    /// The weights. Errors: [`EngineError::NoCriteria`], [`EngineError::PairwiseDisconnected`].
    pub fn weights(&self) -> Result<Weights, EngineError> {
        if self.criteria_count() == 0 {
            return Err(EngineError::NoCriteria);
        }
        let plain = |values| {
            Ok(Weights {
                values,
                consistency: None,
            })
        };
        match self {
            WeightModel::Equal { n } => plain(equal_weights(*n)),
            WeightModel::Direct { amounts } => plain(normalise(amounts)),
            WeightModel::Rank { order } => {
                let n = order.len();
                let centroid = rank_order_centroid(n);
                let mut values = vec![0.0; n];
                for (position, criterion) in complete_order(n, order).into_iter().enumerate() {
                    values[criterion] = centroid[position];
                }
                plain(values)
            }
            WeightModel::Pairwise { n, judgements } => {
                ahp(*n, judgements).ok_or(EngineError::PairwiseDisconnected)
            }
        }
    }
}

/// A permutation of 0..n: the valid first occurrences in `order`, then the rest ascending.
pub(super) fn complete_order(n: usize, order: &[usize]) -> Vec<usize> {
    let mut seen = vec![false; n];
    let mut out = Vec::with_capacity(n);
    for &i in order {
        if i < n && !seen[i] {
            seen[i] = true;
            out.push(i);
        }
    }
    out.extend((0..n).filter(|&i| !seen[i]));
    out
}

/// 1/n each.
pub fn equal_weights(n: usize) -> Vec<f64> {
    vec![1.0 / n as f64; n]
}

/// Scales non-negative amounts to sum 1; negative or non-finite amounts count as 0, and all zeros
/// stay zeros.
pub fn normalise(amounts: &[f64]) -> Vec<f64> {
    let clean = |a: f64| if a.is_finite() && a > 0.0 { a } else { 0.0 };
    let sum: f64 = amounts.iter().map(|&a| clean(a)).sum();
    if sum == 0.0 {
        return vec![0.0; amounts.len()];
    }
    if sum.is_finite() {
        return amounts.iter().map(|&a| clean(a) / sum).collect();
    }
    // Amounts near f64::MAX overflow the sum: divide by the largest first.
    let largest = amounts.iter().copied().map(clean).fold(0.0, f64::max);
    let scaled: Vec<f64> = amounts.iter().map(|&a| clean(a) / largest).collect();
    let sum: f64 = scaled.iter().sum();
    scaled.iter().map(|s| s / sum).collect()
}

/// Rank-order centroid weights by position: w_k = (1/n) Σ_{i=k..n} 1/i (k = 1 is most important).
pub fn rank_order_centroid(n: usize) -> Vec<f64> {
    let mut weights = vec![0.0; n];
    let mut tail = 0.0;
    for k in (1..=n).rev() {
        tail += 1.0 / k as f64;
        weights[k - 1] = tail / n as f64;
    }
    weights
}

/// Whether the judgements connect all `n` criteria (n ≤ 1 is trivially connected).
pub fn is_connected(n: usize, judgements: &[Judgement]) -> bool {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut components = n;
    for j in judgements {
        if j.a >= n || j.b >= n {
            continue;
        }
        let (ra, rb) = (root(&mut parent, j.a), root(&mut parent, j.b));
        if ra != rb {
            parent[ra] = rb;
            components -= 1;
        }
    }
    components <= 1
}

/// AHP weights and consistency of `judgements` among `n` criteria, or `None` when they do not
/// connect all criteria. Judgements out of range or repeated should have been removed (as
/// [`WeightModel::from_decision`] does); any left are skipped rather than trusted.
pub fn ahp(n: usize, judgements: &[Judgement]) -> Option<Weights> {
    let judgements: Vec<Judgement> = sanitise(n, judgements);
    if n == 0 || !is_connected(n, &judgements) {
        return None;
    }
    let mut solver = PerronSolver::new(n, &judgements);
    let start = equal_weights(n);
    let lambda_max = solver.solve(&start);
    let w = solver.weights().to_vec();

    let consistency_index = if n >= 2 {
        ((lambda_max - n as f64) / (n as f64 - 1.0)).max(0.0)
    } else {
        0.0
    };
    let consistency_ratio = if n >= 3 {
        consistency_index / random_index(n)
    } else {
        0.0
    };

    let mut most_inconsistent: Option<(f64, InconsistentJudgement)> = None;
    for j in &judgements {
        let x = j.ratio * w[j.b] / w[j.a];
        let deviation = x.max(1.0 / x);
        if most_inconsistent
            .as_ref()
            .is_none_or(|(d, _)| deviation > *d)
        {
            let implied = w[j.a] / w[j.b];
            most_inconsistent = Some((
                deviation,
                InconsistentJudgement {
                    a: j.a,
                    b: j.b,
                    given: j.ratio,
                    implied,
                },
            ));
        }
    }

    Some(Weights {
        values: w,
        consistency: Some(Consistency {
            lambda_max,
            consistency_index,
            consistency_ratio,
            most_inconsistent: most_inconsistent.map(|(_, j)| j),
        }),
    })
}

/// Drops judgements the solver cannot use: indices out of range, self-comparisons, non-positive
/// or non-finite ratios, repeats of a pair; clamps ratios to [1/9, 9].
pub(super) fn sanitise(n: usize, judgements: &[Judgement]) -> Vec<Judgement> {
    let mut judged = vec![false; n * n];
    let mut out = Vec::with_capacity(judgements.len());
    for j in judgements {
        if j.a >= n || j.b >= n || j.a == j.b || !(j.ratio.is_finite() && j.ratio > 0.0) {
            continue;
        }
        if judged[j.a * n + j.b] {
            continue;
        }
        judged[j.a * n + j.b] = true;
        judged[j.b * n + j.a] = true;
        out.push(Judgement {
            a: j.a,
            b: j.b,
            ratio: j.ratio.clamp(MIN_RATIO, MAX_RATIO),
        });
    }
    out
}

/// The Harker-completed reciprocal matrix of a fixed set of judged pairs and the buffers to find
/// its principal eigenvector; ratios can be replaced without reallocating (SMAA does, per sample).
#[derive(Debug, Clone)]
pub(super) struct PerronSolver {
    n: usize,
    /// Row-major; entry (i, j) of a judged pair is w_i/w_j as judged.
    matrix: Vec<f64>,
    /// When the judgements form a spanning tree: (from, to) edges in breadth-first order from
    /// criterion 0, so each `from` is known before it is used.
    tree: Option<Vec<(usize, usize)>>,
    /// LU factors of σI − A (unit lower triangle below the diagonal), valid while `factored`.
    lu: Vec<f64>,
    x: Vec<f64>,
    y: Vec<f64>,
}

impl PerronSolver {
    /// Callers pass sanitised, connected judgements.
    pub(super) fn new(n: usize, judgements: &[Judgement]) -> Self {
        let mut matrix = vec![0.0; n * n];
        let mut given = vec![0usize; n];
        for j in judgements {
            given[j.a] += 1;
            given[j.b] += 1;
        }
        for (i, &g) in given.iter().enumerate() {
            let missing = (n - 1).saturating_sub(g);
            matrix[i * n + i] = 1.0 + missing as f64;
        }
        let tree = (n >= 2 && judgements.len() == n - 1)
            .then(|| spanning_tree_order(n, judgements))
            .flatten();
        let mut solver = PerronSolver {
            n,
            matrix,
            tree,
            lu: vec![0.0; n * n],
            x: vec![0.0; n],
            y: vec![0.0; n],
        };
        for j in judgements {
            solver.set_ratio(j.a, j.b, j.ratio);
        }
        solver
    }

    #[inline]
    pub(super) fn set_ratio(&mut self, a: usize, b: usize, ratio: f64) {
        let n = self.n;
        self.matrix[a * n + b] = ratio;
        self.matrix[b * n + a] = 1.0 / ratio;
    }

    /// The eigenvector found by the last [`Self::solve`], summing to 1.
    pub(super) fn weights(&self) -> &[f64] {
        &self.x
    }

    /// Finds the principal eigenvector (into [`Self::weights`]) and returns λmax.
    ///
    /// A spanning tree of judgements is consistent, so its eigenvector is exact: products of the
    /// ratios along the tree (and λmax = n). Otherwise: power steps from `start` (positive, any
    /// scale; uniform if unusable) until the change per step stops shrinking fast; then inverse
    /// iteration with the shift σ = max_i (Ax)_i / x_i ≥ λmax (Collatz–Wielandt), one LU
    /// factorisation reused for several cheap solves and refreshed (with the better σ of the
    /// current x) when convergence slows. Stops when no component moves by more than 1e-12.
    pub(super) fn solve(&mut self, start: &[f64]) -> f64 {
        let n = self.n;
        if let Some(tree) = &self.tree {
            self.x[0] = 1.0;
            for &(from, to) in tree {
                self.x[to] = self.matrix[to * n + from] * self.x[from];
            }
            normalise_in_place(&mut self.x);
        } else {
            self.iterate(start);
        }
        mat_vec(&self.matrix, &self.x, &mut self.y);
        self.y.iter().sum()
    }

    fn iterate(&mut self, start: &[f64]) {
        let n = self.n;
        let total: f64 = start.iter().sum();
        let usable =
            start.len() == n && total > 0.0 && start.iter().all(|s| s.is_finite() && *s > 0.0);
        if usable {
            for (x, s) in self.x.iter_mut().zip(start) {
                *x = s / total;
            }
        } else {
            self.x.fill(1.0 / n as f64);
        }

        let mut previous_change = f64::INFINITY;
        let mut power_steps = 0;
        let mut factored = false;
        // Set when power steps prove slow, or when inverse iteration needs a fresher shift.
        let mut want_inverse = false;
        let mut inverse_usable = true;
        let mut solves = 0;
        for _ in 0..MAX_STEPS {
            let change;
            if factored {
                self.substitute();
                if !usable_vector(&self.y) {
                    factored = false;
                    inverse_usable = false;
                    continue;
                }
                change = self.take_step();
                solves += 1;
                // The first solve after factoring jumps from wherever power iteration left x, so
                // only later ones show how fast this shift converges.
                if solves > 1 && change > REFRESH_CONTRACTION * previous_change {
                    factored = false;
                    want_inverse = true;
                }
            } else {
                mat_vec(&self.matrix, &self.x, &mut self.y);
                if want_inverse && inverse_usable {
                    let mut sigma = 0.0f64;
                    for i in 0..n {
                        sigma = sigma.max(self.y[i] / self.x[i]);
                    }
                    if self.factor(sigma) {
                        factored = true;
                        solves = 0;
                        continue;
                    }
                    inverse_usable = false;
                }
                change = self.take_step();
                power_steps += 1;
                if power_steps >= POWER_WARM_UP && change > SLOW_CONTRACTION * previous_change {
                    want_inverse = true;
                }
            }
            if change <= TOLERANCE || change.is_nan() {
                break;
            }
            previous_change = change;
        }
    }

    /// Normalises the candidate in `y`, makes it the iterate and returns the largest change.
    fn take_step(&mut self) -> f64 {
        normalise_in_place(&mut self.y);
        let mut change = 0.0f64;
        for (y, x) in self.y.iter().zip(&self.x) {
            change = change.max((y - x).abs());
        }
        std::mem::swap(&mut self.x, &mut self.y);
        change
    }

    /// LU-factors σI − A without pivoting: for σ > λmax it is a non-singular M-matrix, which
    /// needs none and whose inverse is positive. The diagonal holds the pivots' reciprocals, so
    /// that the substitutions multiply rather than divide. False when a pivot is zero or not
    /// finite.
    fn factor(&mut self, sigma: f64) -> bool {
        let n = self.n;
        for (l, a) in self.lu.iter_mut().zip(&self.matrix) {
            *l = -a;
        }
        for i in 0..n {
            self.lu[i * n + i] += sigma;
        }
        for k in 0..n {
            let (done, rest) = self.lu.split_at_mut((k + 1) * n);
            let pivot_row = &mut done[k * n..];
            let pivot = pivot_row[k];
            if !(pivot.is_finite() && pivot != 0.0) {
                return false;
            }
            let inverse = 1.0 / pivot;
            pivot_row[k] = inverse;
            let pivot_row = &pivot_row[k + 1..];
            for row in rest.chunks_exact_mut(n) {
                let factor = row[k] * inverse;
                row[k] = factor;
                if factor != 0.0 {
                    for (r, p) in row[k + 1..].iter_mut().zip(pivot_row) {
                        *r -= factor * p;
                    }
                }
            }
        }
        true
    }

    /// Solves (σI − A) y = x with the stored factors.
    fn substitute(&mut self) {
        let n = self.n;
        for i in 0..n {
            let row = &self.lu[i * n..i * n + i];
            let mut acc = self.x[i];
            for (l, y) in row.iter().zip(&self.y[..i]) {
                acc -= l * y;
            }
            self.y[i] = acc;
        }
        for i in (0..n).rev() {
            let row = &self.lu[i * n..i * n + n];
            let mut acc = self.y[i];
            for (u, y) in row[i + 1..].iter().zip(&self.y[i + 1..]) {
                acc -= u * y;
            }
            self.y[i] = acc * row[i];
        }
    }
}

/// After inverse iteration the vector must be finite and of one sign (rounding at σ ≈ λmax can
/// break that; the caller then falls back to power steps).
fn usable_vector(v: &[f64]) -> bool {
    let sum: f64 = v.iter().sum();
    sum.is_finite() && sum != 0.0 && v.iter().all(|&x| x.is_finite() && x / sum > 0.0)
}

fn normalise_in_place(v: &mut [f64]) {
    let sum: f64 = v.iter().sum();
    for x in v {
        *x /= sum;
    }
}

/// Breadth-first (from, to) edges of judgements that form a spanning tree, or `None` if they
/// do not reach every criterion (n − 1 judgements that connect n criteria always form a tree).
fn spanning_tree_order(n: usize, judgements: &[Judgement]) -> Option<Vec<(usize, usize)>> {
    let mut reached = vec![false; n];
    reached[0] = true;
    let mut order = Vec::with_capacity(n - 1);
    let mut frontier = 0;
    let mut queue = vec![0usize];
    while frontier < queue.len() {
        let from = queue[frontier];
        frontier += 1;
        for j in judgements {
            let to = if j.a == from {
                j.b
            } else if j.b == from {
                j.a
            } else {
                continue;
            };
            if !reached[to] {
                reached[to] = true;
                order.push((from, to));
                queue.push(to);
            }
        }
    }
    (order.len() == n - 1).then_some(order)
}

#[inline]
fn mat_vec(matrix: &[f64], x: &[f64], out: &mut [f64]) {
    let n = x.len();
    for (o, row) in out.iter_mut().zip(matrix.chunks_exact(n)) {
        let mut acc = 0.0;
        for (a, b) in row.iter().zip(x) {
            acc += a * b;
        }
        *o = acc;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn judgements(items: &[&str], list: &[(&str, &str, f64)]) -> Vec<Judgement> {
        let at = |name: &str| items.iter().position(|i| *i == name).unwrap();
        list.iter()
            .map(|&(a, b, ratio)| Judgement {
                a: at(a),
                b: at(b),
                ratio,
            })
            .collect()
    }

    const DRINKS: [&str; 7] = ["coffee", "wine", "tea", "beer", "soda", "milk", "water"];

    fn drinks() -> Vec<Judgement> {
        // TEST-VECTORS.md, "Relative consumption of drinks" (Saaty 2008, Int. J. Services
        // Sciences 1(1)): "x>y k" means x is k times y.
        judgements(
            &DRINKS,
            &[
                ("coffee", "wine", 9.0),
                ("coffee", "tea", 5.0),
                ("coffee", "beer", 2.0),
                ("coffee", "soda", 1.0),
                ("coffee", "milk", 1.0),
                ("water", "coffee", 2.0),
                ("water", "wine", 9.0),
                ("water", "tea", 9.0),
                ("water", "beer", 3.0),
                ("water", "soda", 2.0),
                ("water", "milk", 3.0),
                ("tea", "wine", 3.0),
                ("beer", "wine", 9.0),
                ("beer", "tea", 3.0),
                ("beer", "milk", 1.0),
                ("soda", "wine", 9.0),
                ("soda", "tea", 4.0),
                ("soda", "beer", 2.0),
                ("soda", "milk", 2.0),
                ("milk", "wine", 9.0),
                ("milk", "tea", 3.0),
            ],
        )
    }

    fn close(actual: f64, expected: f64, tol: f64) {
        assert!(
            (actual - expected).abs() <= tol,
            "{actual} is not within {tol} of {expected}"
        );
    }

    #[test]
    fn ahp_drinks_matches_saaty_2008() {
        // TEST-VECTORS.md "Relative consumption of drinks" (Saaty 2008): weights, λmax, CI, CR.
        let result = ahp(7, &drinks()).unwrap();
        let expected = [
            ("water", 0.3268),
            ("soda", 0.1896),
            ("coffee", 0.1775),
            ("milk", 0.1288),
            ("beer", 0.1164),
            ("tea", 0.0418),
            ("wine", 0.0191),
        ];
        for (name, w) in expected {
            let i = DRINKS.iter().position(|d| *d == name).unwrap();
            close(result.values[i], w, 1e-4);
        }
        let c = result.consistency.unwrap();
        close(c.lambda_max, 7.1766, 1e-4);
        close(c.consistency_index, 0.0294, 1e-4);
        close(c.consistency_ratio, 0.0223, 1e-4);
    }

    #[test]
    fn ahp_drinks_most_inconsistent_is_water_vs_wine() {
        // TEST-VECTORS.md "Most inconsistent judgement": water vs wine, judged 9, implied 17.07,
        // |ln| 0.640.
        let c = ahp(7, &drinks()).unwrap().consistency.unwrap();
        let m = c.most_inconsistent.unwrap();
        assert_eq!((DRINKS[m.a], DRINKS[m.b]), ("water", "wine"));
        assert_eq!(m.given, 9.0);
        close(m.implied, 17.07, 0.01);
        close((m.given / m.implied).ln().abs(), 0.640, 1e-3);
    }

    const ABCD: [&str; 4] = ["a", "b", "c", "d"];

    #[test]
    fn ahp_complete_4x4_matches_bozoki() {
        // TEST-VECTORS.md "Complete 4×4" (Bozóki et al.).
        let j = judgements(
            &ABCD,
            &[
                ("a", "b", 1.0),
                ("a", "c", 5.0),
                ("a", "d", 2.0),
                ("b", "c", 3.0),
                ("b", "d", 4.0),
                ("c", "d", 0.75),
            ],
        );
        let result = ahp(4, &j).unwrap();
        for (i, w) in [0.3742, 0.3917, 0.0991, 0.1349].into_iter().enumerate() {
            close(result.values[i], w, 1e-4);
        }
        let c = result.consistency.unwrap();
        close(c.lambda_max, 4.0925, 1e-4);
        close(c.consistency_ratio, 0.0342, 1e-4);
    }

    #[test]
    fn ahp_incomplete_4x4_uses_harker_completion() {
        // TEST-VECTORS.md "Incomplete 4×4, Harker completion": the same judgements without c–d.
        let j = judgements(
            &ABCD,
            &[
                ("a", "b", 1.0),
                ("a", "c", 5.0),
                ("a", "d", 2.0),
                ("b", "c", 3.0),
                ("b", "d", 4.0),
            ],
        );
        let result = ahp(4, &j).unwrap();
        for (i, w) in [0.3736, 0.3921, 0.0982, 0.1361].into_iter().enumerate() {
            close(result.values[i], w, 1e-4);
        }
    }

    #[test]
    fn consistent_chain_of_fifteen_converges_to_the_exact_ratios() {
        // A chain (spanning tree) of judgements is always consistent, so the eigenvector is known in
        // closed form; it is also the case where plain power iteration is slowest (λ2/λ1 ≈ 0.99).
        let n = 15;
        let ratios: Vec<f64> = (0..n - 1)
            .map(|i| [9.0, 0.5, 3.0, 1.0 / 7.0, 2.0][i % 5])
            .collect();
        let j: Vec<Judgement> = (0..n - 1)
            .map(|i| Judgement {
                a: i,
                b: i + 1,
                ratio: ratios[i],
            })
            .collect();
        let mut exact = vec![1.0; n];
        for i in 1..n {
            exact[i] = exact[i - 1] / ratios[i - 1];
        }
        let total: f64 = exact.iter().sum();
        let result = ahp(n, &j).unwrap();
        for (w, e) in result.values.iter().zip(&exact) {
            close(*w, e / total, 1e-10);
        }
        let c = result.consistency.unwrap();
        close(c.lambda_max, n as f64, 1e-9);
        close(c.consistency_ratio, 0.0, 1e-9);
    }

    #[test]
    fn sparse_inconsistent_judgements_match_long_power_iteration() {
        // A ring of 12 with two chords: not a tree, so the solver iterates, and the Harker diagonal
        // (up to 10) makes plain power iteration crawl. The reference is plain power iteration run
        // far longer than needed.
        let n = 12;
        let mut j: Vec<Judgement> = (0..n)
            .map(|i| Judgement {
                a: i,
                b: (i + 1) % n,
                ratio: [3.0, 0.5, 2.0, 7.0][i % 4],
            })
            .collect();
        j.push(Judgement {
            a: 0,
            b: 6,
            ratio: 0.25,
        });
        j.push(Judgement {
            a: 3,
            b: 9,
            ratio: 5.0,
        });
        let fast = ahp(n, &j).unwrap();

        let solver = PerronSolver::new(n, &j);
        let mut x = vec![1.0 / n as f64; n];
        let mut y = vec![0.0; n];
        for _ in 0..200_000 {
            mat_vec(&solver.matrix, &x, &mut y);
            let sum: f64 = y.iter().sum();
            for (x, y) in x.iter_mut().zip(&y) {
                *x = y / sum;
            }
        }
        for (w, reference) in fast.values.iter().zip(&x) {
            close(*w, *reference, 1e-11);
        }
        let c = fast.consistency.unwrap();
        assert!(c.consistency_ratio > 0.0);
    }

    #[test]
    fn disconnected_judgements_give_no_weights() {
        let j = judgements(&ABCD, &[("a", "b", 2.0), ("c", "d", 3.0)]);
        assert_eq!(ahp(4, &j), None);
        assert!(!is_connected(4, &j));
        assert_eq!(ahp(3, &[]), None);
        let single = ahp(1, &[]).unwrap();
        assert_eq!(single.values, vec![1.0]);
        assert_eq!(single.consistency.unwrap().most_inconsistent, None);
    }

    #[test]
    fn two_criteria_have_cr_zero_and_exact_ratio() {
        let w = ahp(
            2,
            &[Judgement {
                a: 0,
                b: 1,
                ratio: 3.0,
            }],
        )
        .unwrap();
        close(w.values[0], 0.75, 1e-12);
        let c = w.consistency.unwrap();
        assert_eq!(c.consistency_ratio, 0.0);
        close(c.most_inconsistent.unwrap().implied, 3.0, 1e-9);
    }

    #[test]
    fn garbage_judgements_are_skipped_not_trusted() {
        let j = [
            Judgement {
                a: 0,
                b: 1,
                ratio: 2.0,
            },
            Judgement {
                a: 1,
                b: 0,
                ratio: 5.0,
            }, // repeat of the pair: ignored
            Judgement {
                a: 0,
                b: 0,
                ratio: 5.0,
            }, // self
            Judgement {
                a: 0,
                b: 7,
                ratio: 5.0,
            }, // out of range
            Judgement {
                a: 1,
                b: 2,
                ratio: f64::NAN,
            },
            Judgement {
                a: 1,
                b: 2,
                ratio: 100.0,
            }, // clamped to 9
        ];
        let w = ahp(3, &j).unwrap();
        close(w.values[0] / w.values[1], 2.0, 1e-9);
        close(w.values[1] / w.values[2], 9.0, 1e-9);
    }

    #[test]
    fn rank_order_centroid_matches_the_formula() {
        // Contract: w_k = (1/n) Σ_{i=k..n} 1/i. For n = 3: 11/18, 5/18, 2/18.
        let w = rank_order_centroid(3);
        close(w[0], 11.0 / 18.0, 1e-15);
        close(w[1], 5.0 / 18.0, 1e-15);
        close(w[2], 2.0 / 18.0, 1e-15);
        assert_eq!(rank_order_centroid(1), vec![1.0]);
        assert!(rank_order_centroid(0).is_empty());
    }

    #[test]
    fn direct_amounts_are_normalised_and_garbage_counts_as_zero() {
        assert_eq!(normalise(&[40.0, 60.0]), vec![0.4, 0.6]);
        assert_eq!(normalise(&[0.0, 0.0]), vec![0.0, 0.0]);
        assert_eq!(
            normalise(&[f64::NAN, -3.0, 2.0, f64::INFINITY]),
            vec![0.0, 0.0, 1.0, 0.0]
        );
        let huge = normalise(&[f64::MAX, f64::MAX]);
        assert_eq!(huge, vec![0.5, 0.5]);
    }

    #[test]
    fn random_index_table_is_the_pinned_one() {
        assert_eq!(random_index(1), 0.0);
        assert_eq!(random_index(2), 0.0);
        assert_eq!(random_index(3), 0.58);
        assert_eq!(random_index(4), 0.90);
        assert_eq!(random_index(12), 1.48);
        assert_eq!(random_index(15), 1.59);
        assert_eq!(random_index(40), 1.59);
    }

    fn arbitrary_judgements() -> impl Strategy<Value = (usize, Vec<Judgement>)> {
        (1usize..=15).prop_flat_map(|n| {
            let judgement = (0..n, 0..n, -4.0f64..4.0).prop_map(|(a, b, e)| Judgement {
                a,
                b,
                ratio: 2f64.powf(e),
            });
            // A chain first so most cases are connected, then arbitrary extra pairs.
            let chain: Vec<Judgement> = (1..n)
                .map(|i| Judgement {
                    a: i - 1,
                    b: i,
                    ratio: 1.0,
                })
                .collect();
            (
                Just(n),
                proptest::collection::vec(judgement, 0..40),
                proptest::collection::vec(0.125f64..8.0, n),
            )
                .prop_map(move |(n, mut extra, chain_ratios)| {
                    let mut all: Vec<Judgement> = chain
                        .iter()
                        .zip(&chain_ratios)
                        .map(|(j, r)| Judgement { ratio: *r, ..*j })
                        .collect();
                    all.append(&mut extra);
                    // Shuffle the chain behind the extras sometimes, so repeats replace chain entries.
                    if n % 2 == 0 {
                        all.reverse();
                    }
                    (n, all)
                })
        })
    }

    proptest! {
        #[test]
        fn ahp_weights_are_positive_and_sum_to_one((n, j) in arbitrary_judgements()) {
            if let Some(w) = ahp(n, &j) {
                let sum: f64 = w.values.iter().sum();
                prop_assert!((sum - 1.0).abs() <= 1e-9, "sum {sum}");
                prop_assert!(w.values.iter().all(|v| *v > 0.0 && v.is_finite()));
                let c = w.consistency.unwrap();
                prop_assert!(c.consistency_ratio >= 0.0 && c.consistency_ratio.is_finite());
            }
        }

        #[test]
        fn eigenvector_satisfies_its_equation((n, j) in arbitrary_judgements()) {
            let j = sanitise(n, &j);
            if is_connected(n, &j) {
                let mut solver = PerronSolver::new(n, &j);
                let lambda = solver.solve(&equal_weights(n));
                let w = solver.weights().to_vec();
                let mut aw = vec![0.0; n];
                mat_vec(&solver.matrix, &w, &mut aw);
                for i in 0..n {
                    prop_assert!((aw[i] - lambda * w[i]).abs() <= 1e-9 * lambda, "row {i}");
                }
            }
        }

        #[test]
        fn plain_weights_sum_to_one(n in 1usize..=15, amounts in proptest::collection::vec(0.0f64..1e6, 1..=15)) {
            for w in [equal_weights(n), rank_order_centroid(n), normalise(&amounts)] {
                let sum: f64 = w.iter().sum();
                prop_assert!(sum == 0.0 || (sum - 1.0).abs() <= 1e-9);
            }
        }
    }
}
