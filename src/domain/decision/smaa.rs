//! SMAA-2 for the weighted-sum model: rank acceptabilities, central weights and confidence
//! factors under uncertain weights and scores, seeded and portable, runnable in slices.
//!
//! # Generator and draw order (pinned: the same seed and samples give the same bits everywhere)
//!
//! One [`Rng`] (xoshiro256\*\* seeded through SplitMix64, uniforms `(x >> 11)·2^-53`, see
//! [`super::rng`]) is created from the seed and used for everything, in this order.
//!
//! **Acceptability pass**, `samples` times. Each sample draws:
//! 1. The weight vector (n criteria, workbook order):
//!    - `equal`: n − 1 uniforms, sorted ascending (u₁ ≤ … ≤ uₙ₋₁); the weights are the gaps
//!      u₁ − 0, u₂ − u₁, …, 1 − uₙ₋₁ (uniform on the simplex; exact, as the uniforms are multiples
//!      of 2^-53). No logarithm is needed, unlike normalised Exp(1) draws. One criterion: no draw,
//!      weight 1.
//!    - `rank`: the same gaps, sorted descending; the largest goes to the first criterion of the
//!      (effective, see [`super::weights`]) ranking, and so on, so the given order holds.
//!    - `direct`: the stated weights, no draws.
//!    - `pairwise`: one uniform u per judgement, in list order (after the defensive clean-up of
//!      [`super::weights`]); the ratio r becomes `lo · libm::exp(u · ln(hi / lo))` with
//!      lo = max(r/2, 1/9), hi = min(2r, 9): log-uniform between half and double the given ratio,
//!      the bounds clamped to [1/9, 9] (clamping the bounds rather than the draw avoids a
//!      probability atom at 1/9 or 9). `ln(hi/lo)` is `libm::log`, computed once per run. The
//!      weights are then the AHP eigenvector of that matrix (Harker completion for missing pairs),
//!      found as [`super::weights`] describes, iterating from the nominal AHP weights; that
//!      algorithm is part of the pinned arithmetic.
//! 2. The values: for each ranked option (workbook order), for each criterion (workbook order), if
//!    low < high one uniform u and v = low + u·(high − low); otherwise v = value and nothing is
//!    drawn.
//!
//! **Confidence pass**, continuing the same stream, `samples` more times: each sample draws values
//! only, exactly as in step 2, and then scores them under the central weights of every option that
//! was ever first (common random numbers: one value draw serves every option's confidence). Work
//! is saved without changing any result: an option whose highest possible sum stays clearly below
//! the contender's sum is not scored against it, and scoring stops at the first option that beats
//! the contender (see [`SmaaRun`]'s `prepare_confidence`).
//!
//! Only IEEE-exact operations (+, −, ×, ÷, comparisons) are used, in a fixed order, plus
//! `libm::log`/`libm::exp` (pure Rust, the same code on every target); never `f64::ln`, `exp` or
//! `powf`, whose last bit depends on the platform's maths library.
//!
//! # Ranks, ties and what is reported
//!
//! A sample's score is Σ_j w_j·v_j, accumulated from 0 in criterion order (the ranking's score
//! ×10; comparing on that scale saves a division per option). Options are sorted by it; an option
//! is tied with the best of the current group when its sum is at most 1e-11 below it (scores on
//! the 0–1 scale within 1e-12). A group of g tied options occupying ranks k…k+g−1 gives each member
//! 1/g of each of those ranks, so every rank's acceptabilities sum to 1 over the options and every
//! option's row sums to 1. All accumulators are running sums in sample order.
//!
//! - `acceptability[o][k]`: accumulated share of rank k+1, divided by `samples`.
//! - `central_weights[o]`: Σ share₁(o)·w / Σ share₁(o) over the samples, where share₁(o) is o's
//!   share of rank 1 in the sample (1 alone, 1/g in a tie for first): a tie counts as a fractional
//!   first place, consistently with the acceptability. `null` when o is never (even partly) first.
//! - `confidence[o]`: o's accumulated share of rank 1 in the confidence pass (same tie rule),
//!   divided by `samples`; `null` when `central_weights[o]` is.
//!
//! # Slices
//!
//! [`SmaaRun`] holds all state; [`SmaaRun::step`] processes up to a given number of samples of
//! either pass (the confidence pass counts as `samples` more), so the browser can run it between
//! frames; each sample does exactly the same work in the same order however the run is sliced,
//! so the result is bit-identical to [`smaa`]. No allocation happens per sample.
//!
//! This module does not decide how many samples or which seed (see
//! [`super::model::SmaaSettings::clamped`]); [`SmaaRun::new`] only raises 0 samples to 1.

use super::model::{Decision, MAX_RATIO, MIN_RATIO};
use super::ranking::{screen, ScoreTable};
use super::results::{EngineError, IdMap, SmaaResults};
use super::rng::Rng;
use super::weights::{
    ahp, complete_order, normalise, sanitise, Judgement, PerronSolver, WeightModel,
};

/// Weighted sums (0–10 scale) within this of the group's best are tied (1e-12 on the 0–1 scale).
pub const SAMPLE_TIE_TOLERANCE: f64 = 1e-11;

/// What SMAA needs: the ranked options' values and ranges, and how to draw weights.
#[derive(Debug, Clone, PartialEq)]
pub struct SmaaInput {
    table: ScoreTable,
    sampler: WeightSampler,
}

#[derive(Debug, Clone, PartialEq)]
enum WeightSampler {
    /// Uniform on the simplex; with `rank`, sorted to follow the ranking (criterion indices, most
    /// important first).
    Simplex {
        rank: Option<Vec<usize>>,
    },
    Fixed(Vec<f64>),
    Pairwise {
        judgements: Vec<Judgement>,
        low: Vec<f64>,
        log_span: Vec<f64>,
        nominal: Vec<f64>,
    },
}

impl SmaaInput {
    /// Prepares SMAA for `table` weighted by `model`. Errors: [`EngineError::NoCriteria`] (also
    /// when `model` and `table` disagree on the number of criteria), [`EngineError::NoRankedOptions`],
    /// [`EngineError::ZeroWeights`] (direct weights all 0), [`EngineError::PairwiseDisconnected`].
    pub fn new(table: ScoreTable, model: &WeightModel) -> Result<SmaaInput, EngineError> {
        let n = table.criterion_count();
        if n == 0 || model.criteria_count() != n {
            return Err(EngineError::NoCriteria);
        }
        if table.option_count() == 0 {
            return Err(EngineError::NoRankedOptions);
        }
        let sampler = match model {
            WeightModel::Equal { .. } => WeightSampler::Simplex { rank: None },
            WeightModel::Rank { order } => WeightSampler::Simplex {
                rank: Some(complete_order(n, order)),
            },
            WeightModel::Direct { amounts } => {
                let w = normalise(amounts);
                if w.iter().all(|&x| x == 0.0) {
                    return Err(EngineError::ZeroWeights);
                }
                WeightSampler::Fixed(w)
            }
            WeightModel::Pairwise { judgements, .. } => {
                let judgements = sanitise(n, judgements);
                let nominal = ahp(n, &judgements).ok_or(EngineError::PairwiseDisconnected)?;
                let mut low = Vec::with_capacity(judgements.len());
                let mut log_span = Vec::with_capacity(judgements.len());
                for j in &judgements {
                    let lo = (j.ratio / 2.0).max(MIN_RATIO);
                    let hi = (j.ratio * 2.0).min(MAX_RATIO);
                    low.push(lo);
                    log_span.push(libm::log(hi / lo));
                }
                WeightSampler::Pairwise {
                    judgements,
                    low,
                    log_span,
                    nominal: nominal.values,
                }
            }
        };
        Ok(SmaaInput { table, sampler })
    }

    /// Screens `decision` and prepares SMAA for its ranked options and weighting.
    pub fn from_decision(decision: &Decision) -> Result<SmaaInput, EngineError> {
        SmaaInput::new(
            screen(decision).table,
            &WeightModel::from_decision(decision),
        )
    }

    /// The ranked options' table.
    pub fn table(&self) -> &ScoreTable {
        &self.table
    }
}

/// SMAA in one go: the same as running an [`SmaaRun`] to the end.
pub fn smaa(input: &SmaaInput, samples: u32, seed: u64) -> SmaaResults {
    SmaaRun::new(input, samples, seed).finish()
}

/// An SMAA computation that can be advanced in slices (see the module docs).
#[derive(Debug, Clone)]
pub struct SmaaRun {
    input: SmaaInput,
    samples: u32,
    seed: u64,
    rng: Rng,
    acceptability_done: u32,
    confidence_done: u32,
    m: usize,
    n: usize,
    /// The cells with low < high, in draw order: (index into `values`, low, high − low).
    ranged: Vec<(usize, f64, f64)>,
    // Per-sample buffers, reused.
    weights: Vec<f64>,
    gaps: Vec<f64>,
    /// Row-major; fixed cells hold their value for good, ranged cells are redrawn.
    values: Vec<f64>,
    sums: Vec<f64>,
    /// Options by descending sum; kept between samples, as consecutive samples tend to order the
    /// options alike and insertion sort then has little to move (ties are shared, so the order
    /// inside a tie never matters).
    order: Vec<usize>,
    solver: Option<PerronSolver>,
    // Accumulators.
    rank_share: Vec<f64>,
    first_share: Vec<f64>,
    weight_sum: Vec<f64>,
    central: Vec<f64>,
    /// Options ever first, in table order, each with the range of `challengers` it is checked
    /// against.
    contenders: Vec<(usize, usize, usize)>,
    /// Per contender, the options that could come within reach of it under its central weights
    /// (see [`SmaaRun::prepare_confidence`]), highest reach first.
    challengers: Vec<usize>,
    /// The reach of each entry of `challengers`.
    reach: Vec<f64>,
    confidence_share: Vec<f64>,
}

/// A challenger whose highest possible sum stays this far below the contender's sum can neither
/// beat nor tie it (1e-9 dwarfs the tie tolerance), so it need not be scored.
const OUT_OF_REACH: f64 = 1e-9;

impl SmaaRun {
    /// A run of `samples` samples (0 is raised to 1) from `seed`; nothing is drawn yet.
    pub fn new(input: &SmaaInput, samples: u32, seed: u64) -> SmaaRun {
        let table = &input.table;
        let m = table.option_count();
        let n = table.criterion_count();
        let ranged = table
            .lows()
            .iter()
            .zip(table.highs())
            .enumerate()
            .filter(|(_, (low, high))| low < high)
            .map(|(at, (&low, &high))| (at, low, high - low))
            .collect();
        let solver = match &input.sampler {
            WeightSampler::Pairwise { judgements, .. } => Some(PerronSolver::new(n, judgements)),
            _ => None,
        };
        let weights = match &input.sampler {
            WeightSampler::Fixed(w) => w.clone(),
            _ => vec![0.0; n],
        };
        SmaaRun {
            samples: samples.max(1),
            seed,
            rng: Rng::new(seed),
            acceptability_done: 0,
            confidence_done: 0,
            m,
            n,
            ranged,
            weights,
            gaps: vec![0.0; n],
            values: table.values().to_vec(),
            sums: vec![0.0; m],
            order: (0..m).collect(),
            solver,
            rank_share: vec![0.0; m * m],
            first_share: vec![0.0; m],
            weight_sum: vec![0.0; m * n],
            central: vec![0.0; m * n],
            contenders: Vec::with_capacity(m),
            challengers: Vec::new(),
            reach: Vec::new(),
            confidence_share: vec![0.0; m],
            input: input.clone(),
        }
    }

    /// Runs up to `max_samples` more samples; returns whether the run is complete.
    pub fn step(&mut self, max_samples: u32) -> bool {
        let mut budget = max_samples;
        while budget > 0 && self.acceptability_done < self.samples {
            self.acceptability_sample();
            self.acceptability_done += 1;
            budget -= 1;
            if self.acceptability_done == self.samples {
                self.prepare_confidence();
            }
        }
        while budget > 0 && self.confidence_done < self.samples {
            self.confidence_sample();
            self.confidence_done += 1;
            budget -= 1;
        }
        self.is_done()
    }

    /// Whether both passes are complete.
    pub fn is_done(&self) -> bool {
        self.acceptability_done == self.samples && self.confidence_done == self.samples
    }

    /// Samples done and samples in total, counting both passes (total = 2 × samples).
    pub fn progress(&self) -> (u64, u64) {
        (
            u64::from(self.acceptability_done) + u64::from(self.confidence_done),
            2 * u64::from(self.samples),
        )
    }

    /// Completes the run if needed and returns the results.
    pub fn finish(mut self) -> SmaaResults {
        while !self.step(u32::MAX) {}
        let total = f64::from(self.samples);
        let (m, n) = (self.m, self.n);
        let options = self.input.table.options();
        let criteria = self.input.table.criteria();
        let ever_first = |o: usize| self.first_share[o] > 0.0;
        SmaaResults {
            samples: self.samples,
            seed: self.seed,
            acceptability: options
                .iter()
                .enumerate()
                .map(|(o, id)| {
                    (
                        id.clone(),
                        self.rank_share[o * m..o * m + m]
                            .iter()
                            .map(|s| s / total)
                            .collect(),
                    )
                })
                .collect(),
            central_weights: options
                .iter()
                .enumerate()
                .map(|(o, id)| {
                    let weights = ever_first(o).then(|| {
                        criteria
                            .iter()
                            .enumerate()
                            .map(|(j, c)| (c.clone(), self.central[o * n + j]))
                            .collect::<IdMap<f64>>()
                    });
                    (id.clone(), weights)
                })
                .collect(),
            confidence: options
                .iter()
                .enumerate()
                .map(|(o, id)| {
                    (
                        id.clone(),
                        ever_first(o).then(|| self.confidence_share[o] / total),
                    )
                })
                .collect(),
        }
    }

    fn acceptability_sample(&mut self) {
        self.draw_weights();
        self.draw_values();
        let (m, n) = (self.m, self.n);
        for (sums, rows) in self.sums.chunks_mut(2).zip(self.values.chunks(2 * n)) {
            match sums {
                [a, b] => (*a, *b) = dot2(&self.weights, &rows[..n], &rows[n..]),
                [a] => *a = dot(&self.weights, rows),
                _ => {}
            }
        }
        sort_descending(&mut self.order, &self.sums);

        let mut start = 0;
        while start < m {
            let best = self.sums[self.order[start]];
            let mut end = start + 1;
            while end < m && best - self.sums[self.order[end]] <= SAMPLE_TIE_TOLERANCE {
                end += 1;
            }
            let share = 1.0 / (end - start) as f64;
            for &o in &self.order[start..end] {
                for r in start..end {
                    self.rank_share[o * m + r] += share;
                }
                if start == 0 {
                    self.first_share[o] += share;
                    for (acc, w) in self.weight_sum[o * n..o * n + n]
                        .iter_mut()
                        .zip(&self.weights)
                    {
                        *acc += share * w;
                    }
                }
            }
            start = end;
        }
    }

    /// Fixes the central weights and, for each contender o, the challengers worth scoring in the
    /// confidence pass, each with its reach (highest possible sum, at its `high` values, under o's
    /// central weights), highest first. Challengers whose reach falls short of o's lowest possible
    /// sum by [`OUT_OF_REACH`] are dropped for good; in each sample, those whose reach falls short
    /// of o's actual sum are skipped. Neither changes any result (rounding is monotone, so a sum
    /// never exceeds its reach: a skipped option can neither beat nor tie o), and together they
    /// save most of the work. The option likeliest to beat o also comes first.
    fn prepare_confidence(&mut self) {
        let (m, n) = (self.m, self.n);
        let table = &self.input.table;
        let mut candidates: Vec<(usize, f64)> = Vec::with_capacity(m);
        for o in 0..m {
            if self.first_share[o] <= 0.0 {
                continue;
            }
            for j in 0..n {
                self.central[o * n + j] = self.weight_sum[o * n + j] / self.first_share[o];
            }
            let w = &self.central[o * n..o * n + n];
            let floor = dot(w, &table.lows()[o * n..o * n + n]);
            candidates.clear();
            for i in (0..m).filter(|&i| i != o) {
                let reach = dot(w, &table.highs()[i * n..i * n + n]);
                if reach >= floor - OUT_OF_REACH {
                    candidates.push((i, reach));
                }
            }
            candidates.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let start = self.challengers.len();
            self.challengers.extend(candidates.iter().map(|c| c.0));
            self.reach.extend(candidates.iter().map(|c| c.1));
            self.contenders.push((o, start, self.challengers.len()));
        }
    }

    /// o is first (leader-based, as in the acceptability pass) iff no option scores more than the
    /// tolerance above it; only then are all scores needed, to count the options tied with it.
    fn confidence_sample(&mut self) {
        self.draw_values();
        let n = self.n;
        for &(o, start, end) in &self.contenders {
            let w = &self.central[o * n..o * n + n];
            let own = dot(w, &self.values[o * n..o * n + n]);
            let live = start + self.reach[start..end].partition_point(|&r| r >= own - OUT_OF_REACH);
            let challengers = &self.challengers[start..live];
            let mut best = own;
            let mut beaten = false;
            // Two challengers per round: independent sums in one loop keep the pipeline full.
            // Each sum is still accumulated alone, in criterion order.
            for pair in challengers.chunks(2) {
                let (first, second) = match *pair {
                    [a, b] => dot2(
                        w,
                        &self.values[a * n..a * n + n],
                        &self.values[b * n..b * n + n],
                    ),
                    [a] => (dot(w, &self.values[a * n..a * n + n]), f64::NEG_INFINITY),
                    _ => break,
                };
                for (&i, sum) in pair.iter().zip([first, second]) {
                    if sum - own > SAMPLE_TIE_TOLERANCE {
                        beaten = true;
                        break;
                    }
                    self.sums[i] = sum;
                    best = best.max(sum);
                }
                if beaten {
                    break;
                }
            }
            if !beaten {
                // Not beaten means within the tolerance of the best, so o counts itself.
                let mut tied = 1;
                for &i in challengers {
                    if best - self.sums[i] <= SAMPLE_TIE_TOLERANCE {
                        tied += 1;
                    }
                }
                self.confidence_share[o] += 1.0 / f64::from(tied);
            }
        }
    }

    fn draw_weights(&mut self) {
        let n = self.n;
        match &self.input.sampler {
            WeightSampler::Fixed(_) => {}
            WeightSampler::Simplex { rank } => {
                for u in &mut self.gaps[..n - 1] {
                    *u = self.rng.next_f64();
                }
                // Insertion sorts throughout: for n ≤ 15 they beat branch-free rank counting
                // (measured), and any correct sort gives the same sorted values.
                insertion_sort(&mut self.gaps[..n - 1], |a, b| a < b);
                let mut previous = 0.0;
                for gap in &mut self.gaps[..n - 1] {
                    let cut = *gap;
                    *gap = cut - previous;
                    previous = cut;
                }
                self.gaps[n - 1] = 1.0 - previous;
                match rank {
                    None => self.weights.copy_from_slice(&self.gaps),
                    Some(order) => {
                        insertion_sort(&mut self.gaps, |a, b| a > b);
                        for (&criterion, &g) in order.iter().zip(&self.gaps) {
                            self.weights[criterion] = g;
                        }
                    }
                }
            }
            WeightSampler::Pairwise {
                judgements,
                low,
                log_span,
                nominal,
            } => {
                let Some(solver) = self.solver.as_mut() else {
                    return;
                };
                for ((j, lo), span) in judgements.iter().zip(low).zip(log_span) {
                    let u = self.rng.next_f64();
                    solver.set_ratio(j.a, j.b, lo * libm::exp(u * span));
                }
                solver.solve(nominal);
                self.weights.copy_from_slice(solver.weights());
            }
        }
    }

    fn draw_values(&mut self) {
        for &(at, low, width) in &self.ranged {
            self.values[at] = low + self.rng.next_f64() * width;
        }
    }
}

/// Σ w_j·v_j in criterion order (the order is part of the pinned arithmetic).
#[inline]
fn dot(weights: &[f64], values: &[f64]) -> f64 {
    let mut acc = 0.0;
    for (w, v) in weights.iter().zip(values) {
        acc += w * v;
    }
    acc
}

/// Stable insertion sort of option indices by `keys`, largest first, from their current order:
/// consecutive samples tend to order options alike, so little moves.
fn sort_descending(order: &mut [usize], keys: &[f64]) {
    for i in 1..order.len() {
        let current = order[i];
        let key = keys[current];
        let mut j = i;
        while j > 0 && keys[order[j - 1]] < key {
            order[j] = order[j - 1];
            j -= 1;
        }
        order[j] = current;
    }
}

fn insertion_sort(xs: &mut [f64], before: impl Fn(f64, f64) -> bool) {
    for i in 1..xs.len() {
        let current = xs[i];
        let mut j = i;
        while j > 0 && before(current, xs[j - 1]) {
            xs[j] = xs[j - 1];
            j -= 1;
        }
        xs[j] = current;
    }
}

/// Two sums of [`dot`] at once, each bit-identical to it.
#[inline]
fn dot2(weights: &[f64], a: &[f64], b: &[f64]) -> (f64, f64) {
    let (mut x, mut y) = (0.0, 0.0);
    for ((w, u), v) in weights.iter().zip(a).zip(b) {
        x += w * u;
        y += w * v;
    }
    (x, y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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

    /// 95 % bound on the error of an acceptability from N samples (TEST-VECTORS.md, SMAA-2).
    fn margin(samples: u32) -> f64 {
        0.98 / f64::from(samples).sqrt()
    }

    fn near(actual: f64, expected: f64, tol: f64, what: &str) {
        assert!(
            (actual - expected).abs() <= tol,
            "{what}: {actual} not within {tol} of {expected}"
        );
    }

    fn a_and_b() -> SmaaInput {
        // TEST-VECTORS.md "SMAA-2": A = (9,3), B = (4,6).
        SmaaInput::new(
            table(&[vec![9.0, 3.0], vec![4.0, 6.0]]),
            &WeightModel::Equal { n: 2 },
        )
        .unwrap()
    }

    #[test]
    fn a_and_b_match_the_published_acceptabilities_and_central_weights() {
        // TEST-VECTORS.md "SMAA-2 (weighted sum, weights uniform on the simplex)": A first iff
        // w1 > 3/8; first-rank acceptability A 0.625, B 0.375; central weights A (0.6875, 0.3125),
        // B (0.1875, 0.8125). Margin 0.98/√N.
        let n = 100_000;
        let r = smaa(&a_and_b(), n, 20_260_101);
        let tol = margin(n);
        let a = r.acceptability.get("o1").unwrap();
        let b = r.acceptability.get("o2").unwrap();
        near(a[0], 0.625, tol, "A rank 1");
        near(b[0], 0.375, tol, "B rank 1");
        near(a[1], 0.375, tol, "A rank 2");
        let ca = r.central_weights.get("o1").unwrap().as_ref().unwrap();
        let cb = r.central_weights.get("o2").unwrap().as_ref().unwrap();
        near(*ca.get("c1").unwrap(), 0.6875, tol, "A central w1");
        near(*ca.get("c2").unwrap(), 0.3125, tol, "A central w2");
        near(*cb.get("c1").unwrap(), 0.1875, tol, "B central w1");
        near(*cb.get("c2").unwrap(), 0.8125, tol, "B central w2");
        // Without value ranges the confidence is exact: A's central weights put it first.
        assert_eq!(r.confidence.get("o1").unwrap(), &Some(1.0));
        assert_eq!(r.confidence.get("o2").unwrap(), &Some(1.0));
    }

    #[test]
    fn a_and_b_at_ten_thousand_samples_are_within_the_published_margin() {
        // TEST-VECTORS.md: ±0.0098 at N = 10,000.
        for seed in [1, 2, 3] {
            let r = smaa(&a_and_b(), 10_000, seed);
            near(
                r.acceptability.get("o1").unwrap()[0],
                0.625,
                0.0098,
                "A rank 1",
            );
        }
    }

    #[test]
    fn symmetric_options_share_every_rank_equally() {
        // Each option is best on one criterion: by symmetry every rank acceptability is exactly 1/3.
        let t = table(&[
            vec![10.0, 0.0, 0.0],
            vec![0.0, 10.0, 0.0],
            vec![0.0, 0.0, 10.0],
        ]);
        let input = SmaaInput::new(t, &WeightModel::Equal { n: 3 }).unwrap();
        let n = 30_000;
        let r = smaa(&input, n, 5);
        for (_, row) in r.acceptability.iter() {
            for &x in row {
                near(x, 1.0 / 3.0, margin(n), "1/3");
            }
        }
    }

    #[test]
    fn ranked_weights_follow_the_given_order() {
        // Ranking c1 before c2 forces w1 ≥ w2 ≥ 0, so w1 ∈ [0.5, 1] > 3/8: A is always first.
        let input = SmaaInput::new(
            table(&[vec![9.0, 3.0], vec![4.0, 6.0]]),
            &WeightModel::Rank { order: vec![0, 1] },
        )
        .unwrap();
        let r = smaa(&input, 2_000, 9);
        assert_eq!(r.acceptability.get("o1").unwrap(), &vec![1.0, 0.0]);
        let c = r.central_weights.get("o1").unwrap().as_ref().unwrap();
        near(*c.get("c1").unwrap(), 0.75, 0.02, "mean of U(0.5, 1)");
        assert_eq!(r.central_weights.get("o2").unwrap(), &None);
        assert_eq!(r.confidence.get("o2").unwrap(), &None);
        // Reversed: w2 ≥ w1, w1 ∈ [0, 0.5]: A first iff w1 > 3/8, probability 1/4.
        let input = SmaaInput::new(
            table(&[vec![9.0, 3.0], vec![4.0, 6.0]]),
            &WeightModel::Rank { order: vec![1, 0] },
        )
        .unwrap();
        let n = 40_000;
        let r = smaa(&input, n, 9);
        near(
            r.acceptability.get("o1").unwrap()[0],
            0.25,
            margin(n),
            "P(w1 > 3/8 | w1 < 1/2)",
        );
    }

    #[test]
    fn pairwise_ratios_are_redrawn_log_uniformly() {
        // One judgement c1:c2 = 1 → r log-uniform on [1/2, 2], w1 = r/(1+r). A first iff w1 > 3/8
        // iff r > 3/5: probability (ln 2 − ln 0.6)/(2 ln 2).
        let model = WeightModel::Pairwise {
            n: 2,
            judgements: vec![Judgement {
                a: 0,
                b: 1,
                ratio: 1.0,
            }],
        };
        let input = SmaaInput::new(table(&[vec![9.0, 3.0], vec![4.0, 6.0]]), &model).unwrap();
        let n = 40_000;
        let r = smaa(&input, n, 77);
        let exact = (2f64.ln() - 0.6f64.ln()) / (2.0 * 2f64.ln());
        near(
            r.acceptability.get("o1").unwrap()[0],
            exact,
            margin(n),
            "pairwise",
        );
    }

    #[test]
    fn value_ranges_are_drawn_uniformly() {
        // A ~ U(0, 10) against a fixed B = 4 on one criterion: A first with probability 0.6.
        let t = table(&[vec![5.0], vec![4.0]]).with_range(0, 0, 0.0, 10.0);
        let input = SmaaInput::new(t, &WeightModel::Direct { amounts: vec![1.0] }).unwrap();
        let n = 40_000;
        let r = smaa(&input, n, 3);
        near(
            r.acceptability.get("o1").unwrap()[0],
            0.6,
            margin(n),
            "P(U(0,10) > 4)",
        );
        // Central weights are the fixed weights; confidence equals the acceptability here.
        let conf_a = r.confidence.get("o1").unwrap().unwrap();
        near(conf_a, 0.6, margin(n), "confidence");
    }

    #[test]
    fn ties_share_ranks_equally() {
        // Two identical options: each gets 1/2 of rank 1 and 1/2 of rank 2, every sample.
        let t = table(&[vec![5.0, 5.0], vec![5.0, 5.0], vec![1.0, 1.0]]);
        let r = smaa(
            &SmaaInput::new(t, &WeightModel::Equal { n: 2 }).unwrap(),
            1_000,
            1,
        );
        assert_eq!(r.acceptability.get("o1").unwrap(), &vec![0.5, 0.5, 0.0]);
        assert_eq!(r.acceptability.get("o2").unwrap(), &vec![0.5, 0.5, 0.0]);
        assert_eq!(r.acceptability.get("o3").unwrap(), &vec![0.0, 0.0, 1.0]);
        assert_eq!(r.confidence.get("o1").unwrap(), &Some(0.5));
        let c = r.central_weights.get("o1").unwrap().as_ref().unwrap();
        near(
            *c.get("c1").unwrap(),
            0.5,
            0.05,
            "central weights over fractional firsts",
        );
    }

    #[test]
    fn a_single_option_is_always_first() {
        let input = SmaaInput::new(table(&[vec![3.0, 4.0]]), &WeightModel::Equal { n: 2 }).unwrap();
        let r = smaa(&input, 1_000, 1);
        assert_eq!(r.acceptability.get("o1").unwrap(), &vec![1.0]);
        assert_eq!(r.confidence.get("o1").unwrap(), &Some(1.0));
    }

    #[test]
    fn a_single_criterion_draws_no_weights() {
        let input =
            SmaaInput::new(table(&[vec![3.0], vec![4.0]]), &WeightModel::Equal { n: 1 }).unwrap();
        let r = smaa(&input, 1_000, 1);
        assert_eq!(r.acceptability.get("o2").unwrap(), &vec![1.0, 0.0]);
        assert_eq!(
            r.central_weights
                .get("o2")
                .unwrap()
                .as_ref()
                .unwrap()
                .get("c1"),
            Some(&1.0)
        );
    }

    #[test]
    fn input_errors() {
        let t = table(&[vec![9.0, 3.0]]);
        assert_eq!(
            SmaaInput::new(
                t.clone(),
                &WeightModel::Direct {
                    amounts: vec![0.0, 0.0]
                }
            ),
            Err(EngineError::ZeroWeights)
        );
        assert_eq!(
            SmaaInput::new(
                t.clone(),
                &WeightModel::Pairwise {
                    n: 2,
                    judgements: vec![]
                }
            ),
            Err(EngineError::PairwiseDisconnected)
        );
        assert_eq!(
            SmaaInput::new(t.clone(), &WeightModel::Equal { n: 3 }),
            Err(EngineError::NoCriteria)
        );
        assert_eq!(
            SmaaInput::new(table(&[]), &WeightModel::Equal { n: 0 }),
            Err(EngineError::NoCriteria)
        );
        let empty = ScoreTable::from_rows(vec![], vec!["c1".into()], &[]).unwrap();
        assert_eq!(
            SmaaInput::new(empty, &WeightModel::Equal { n: 1 }),
            Err(EngineError::NoRankedOptions)
        );
    }

    fn ranged_input(model: WeightModel) -> SmaaInput {
        let rows = vec![
            vec![7.0, 3.0, 5.0],
            vec![6.0, 6.0, 4.0],
            vec![4.0, 8.0, 6.0],
            vec![7.0, 3.0, 5.0],
        ];
        let mut t = table(&rows);
        for (i, j, lo, hi) in [
            (0, 0, 5.0, 9.0),
            (1, 1, 2.0, 8.0),
            (2, 2, 5.0, 7.0),
            (3, 0, 6.0, 7.5),
            (2, 0, 3.0, 4.0),
        ] {
            t = t.with_range(i, j, lo, hi);
        }
        SmaaInput::new(t, &model).unwrap()
    }

    fn models() -> Vec<WeightModel> {
        vec![
            WeightModel::Equal { n: 3 },
            WeightModel::Rank {
                order: vec![2, 0, 1],
            },
            WeightModel::Direct {
                amounts: vec![1.0, 2.0, 3.0],
            },
            WeightModel::Pairwise {
                n: 3,
                judgements: vec![
                    Judgement {
                        a: 0,
                        b: 1,
                        ratio: 3.0,
                    },
                    Judgement {
                        a: 2,
                        b: 1,
                        ratio: 9.0,
                    },
                    Judgement {
                        a: 0,
                        b: 2,
                        ratio: 0.5,
                    },
                ],
            },
        ]
    }

    #[test]
    fn the_same_seed_gives_the_same_bits_and_another_seed_does_not() {
        for model in models() {
            let input = ranged_input(model);
            let a = smaa(&input, 3_000, 42);
            let b = smaa(&input, 3_000, 42);
            assert_eq!(a, b);
            let c = smaa(&input, 3_000, 43);
            assert_ne!(a.acceptability, c.acceptability);
        }
    }

    #[test]
    fn slices_give_the_one_shot_result_exactly() {
        for model in models() {
            let input = ranged_input(model);
            let whole = smaa(&input, 2_501, 7);
            for chunk in [1, 7, 333, 2_500, 2_501, 2_502, 4_999] {
                let mut run = SmaaRun::new(&input, 2_501, 7);
                let mut steps = 0;
                while !run.step(chunk) {
                    steps += 1;
                    assert!(steps < 10_000);
                }
                assert_eq!(run.progress(), (5_002, 5_002));
                assert_eq!(run.finish(), whole, "chunk {chunk}");
            }
            // finish() completes a partly run computation too.
            let mut run = SmaaRun::new(&input, 2_501, 7);
            run.step(1_234);
            assert_eq!(run.finish(), whole);
        }
    }

    #[test]
    fn simplex_gaps_sum_to_one_exactly() {
        let input = SmaaInput::new(table(&[vec![1.0; 7]]), &WeightModel::Equal { n: 7 }).unwrap();
        let mut run = SmaaRun::new(&input, 10, 1);
        for _ in 0..1_000 {
            run.draw_weights();
            assert_eq!(run.weights.iter().sum::<f64>(), 1.0);
            assert!(run.weights.iter().all(|w| *w >= 0.0));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        #[test]
        fn acceptabilities_sum_to_one_per_rank_and_per_option(
            rows in (1usize..=6, 1usize..=5).prop_flat_map(|(m, n)| {
                proptest::collection::vec(proptest::collection::vec((0u8..=10, 0u8..=3), n), m)
            }),
            method in 0usize..4,
            seed in 0u64..(1 << 53),
        ) {
            let m = rows.len();
            let n = rows[0].len();
            let plain: Vec<Vec<f64>> = rows.iter().map(|r| r.iter().map(|(v, _)| f64::from(*v)).collect()).collect();
            let mut t = table(&plain);
            for (i, r) in rows.iter().enumerate() {
                for (j, (v, spread)) in r.iter().enumerate() {
                    let s = f64::from(*spread);
                    t = t.with_range(i, j, f64::from(*v) - s, f64::from(*v) + s);
                }
            }
            let model = match method {
                0 => WeightModel::Equal { n },
                1 => WeightModel::Rank { order: (0..n).rev().collect() },
                2 => WeightModel::Direct { amounts: (1..=n).map(|x| x as f64).collect() },
                _ => WeightModel::Pairwise {
                    n,
                    judgements: (1..n).map(|j| Judgement { a: j - 1, b: j, ratio: 1.0 + j as f64 }).collect(),
                },
            };
            let r = smaa(&SmaaInput::new(t, &model).unwrap(), 1_000, seed);
            for k in 0..m {
                let column: f64 = r.acceptability.iter().map(|(_, row)| row[k]).sum();
                prop_assert!((column - 1.0).abs() <= 1e-9, "rank {k}: {column}");
            }
            for (_, row) in r.acceptability.iter() {
                prop_assert_eq!(row.len(), m);
                let sum: f64 = row.iter().sum();
                prop_assert!((sum - 1.0).abs() <= 1e-9);
            }
            for (_, central) in r.central_weights.iter() {
                if let Some(c) = central {
                    let sum: f64 = c.iter().map(|(_, w)| w).sum();
                    prop_assert!((sum - 1.0).abs() <= 1e-9);
                }
            }
            for (_, conf) in r.confidence.iter() {
                if let Some(c) = conf {
                    prop_assert!((0.0..=1.0).contains(c));
                }
            }
        }
    }
}
