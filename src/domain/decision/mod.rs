//! The decision engine: from `workbook.decision` (what the user entered) to `results.decision`
//! (everything computed from it), as fixed by the "decision part" of `FILE-FORMAT.md`.
//!
//! # Where to start
//! - [`compute`]: the full recompute, SMAA included (one shot).
//! - [`evaluate`]: everything except SMAA, fast enough to rerun on every keystroke, plus an
//!   [`SmaaRun`] to advance in slices ([`Evaluation::smaa_run`]); put
//!   [`SmaaRun::finish`]'s result into `results.smaa`. The result is bit-identical to [`compute`].
//! - The pieces, usable separately: [`WeightModel`] / [`ahp`] (weights), [`screen`] and [`rank`]
//!   (screening and weighted sum), [`topsis`](fn@topsis), [`stability`](fn@stability),
//!   [`smaa`](fn@smaa) / [`SmaaRun`].
//! - [`Decision::validate`] checks the contract's rules for imported files; the engine itself
//!   never needs it.
//!
//! | file | what it owns |
//! |---|---|
//! | `model.rs` | the input types and their validation |
//! | `weights.rs` | equal, direct, rank-order centroid, AHP |
//! | `ranking.rs` | dealbreakers, missing scores, weighted sum, ties |
//! | `topsis.rs` | TOPSIS closeness |
//! | `stability.rs` | weight-stability intervals |
//! | `smaa.rs` | SMAA-2, its draw order and slicing |
//! | `rng.rs` | the portable seeded generator |
//! | `results.rs` | the output types, serialised as the contract's JSON |
//! | `plan.rs` | the action plan and the decision journal (ours), their checks and calendar events |
//! | `screen.rs` | what the decision screen derives: pairwise plan, stability sentence, score input, list edits |
//!
//! # Errors (`results.decision.error`)
//! Checked in this order; the first that applies is reported and `ranking`, `topsis`,
//! `stability` are empty and `smaa` is `null`:
//! - `duplicate_ids`: two options or two criteria share an id (results are keyed by id, so
//!   nothing is computed; [`Decision::validate`] reports which id).
//! - `no_criteria`: there are no criteria (`weights` is `null`).
//! - `pairwise_disconnected`: the pairwise judgements do not connect all criteria (`weights`,
//!   `consistency_ratio` and `most_inconsistent` are `null`).
//! - `zero_weights`: every weight is 0 (only possible with `direct`); `weights` is reported.
//! - `no_ranked_options`: no option is both complete and free of failed dealbreakers (also when
//!   there are no options).
//!
//! `excluded` and `incomplete` are reported whenever ids are unique, even alongside an error.
//!
//! # Never panics
//! Every public function accepts any value of its input types: NaN, infinities, unknown or
//! repeated ids, empty lists, out-of-range numbers. What the engine does with each is documented
//! in the module concerned (clamping and first-occurrence rules in [`ranking`] and [`weights`]).
//!
//! # Choices where the contract is silent (ours, documented where implemented)
//! - Ids: maps keep workbook order ([`IdMap`]); `ranking` entries carry `contributions`.
//! - `excluded`: options in workbook order, dealbreakers in list order; an option may be both
//!   excluded and incomplete ([`ranking`]).
//! - Ties in the ranking are grouped around the group's best score ([`ranking`]).
//! - `topsis` is sorted best first ([`topsis`](mod@topsis)); `stability` uses exact "strictly
//!   first" and lists criteria in workbook order ([`stability`](mod@stability)).
//! - AHP: inverse-iteration acceleration, CI clamped at 0, RI(15) beyond 15 criteria,
//!   `most_inconsistent` reported whenever a judgement is given ([`weights`]).
//! - SMAA: generator, draw order, bounds-clamped log-uniform ratios, fractional first places in
//!   central weights, common random numbers in the confidence pass, which has as many samples as
//!   the acceptability pass ([`smaa`](mod@smaa)).
//! - `smaa.samples` outside 1,000–100,000 and `seed` above 2^53 − 1 are clamped by
//!   [`SmaaSettings::clamped`] (and rejected by [`Decision::validate`]).
//!
//! # Performance
//! `tests/bench/recompute.rs` (`make bench`) times 20 options × 12 criteria, every score ranged,
//! 10,000 samples plus the confidence pass. Measured on a shared 2-core build machine (on-CPU
//! time, native, bench profile): [`evaluate`] about 0.03 ms; [`compute`] about 11–13 ms with
//! direct weights, 15–17 ms ranked, 20 ms equal (18 options ever first, so the confidence pass
//! scores 18 weight vectors), 16–19 ms for a chain of pairwise judgements, and 40 ms for all 66
//! pairs (66 `libm::exp` and one eigenvector per sample). SMAA is meant to run in slices
//! ([`SmaaRun::step`]); a slice of 500 samples averages 0.3–0.5 ms of CPU (1.1 ms with 66
//! pairs). Nothing is allocated per sample.

pub mod model;
pub mod plan;
pub mod ranking;
pub mod results;
pub mod rng;
pub mod screen;
pub mod smaa;
pub mod stability;
pub mod topsis;
pub mod weights;

use std::collections::HashSet;

pub use model::{
    Criterion, Dealbreaker, Decision, DecisionError, DecisionOption, MoveKind, Pairwise, Score,
    Section, SmaaSettings, WeightMethod, Weighting,
};
pub use ranking::{rank, screen, ScoreTable, Screening};
pub use results::{
    DecisionResults, EngineError, Exclusion, IdMap, MostInconsistent, RankEntry, SmaaResults,
    StabilityInterval, TopsisEntry,
};
pub use smaa::{smaa, SmaaInput, SmaaRun};
pub use stability::stability;
pub use topsis::topsis;
pub use weights::{ahp, Judgement, WeightModel, Weights};

/// Everything but SMAA, and what SMAA needs to run afterwards.
#[derive(Debug, Clone)]
pub struct Evaluation {
    /// The results with `smaa` still `null`.
    pub results: DecisionResults,
    /// SMAA's input; `None` exactly when `results.error` is set.
    pub smaa_input: Option<SmaaInput>,
    /// The SMAA settings in effect (clamped, see [`SmaaSettings::clamped`]).
    pub smaa_settings: SmaaSettings,
}

impl Evaluation {
    /// A fresh SMAA run with the decision's settings, to advance in slices.
    pub fn smaa_run(&self) -> Option<SmaaRun> {
        self.smaa_input
            .as_ref()
            .map(|input| SmaaRun::new(input, self.smaa_settings.samples, self.smaa_settings.seed))
    }
}

/// Weights, screening, ranking, TOPSIS and stability; SMAA is prepared but not run.
pub fn evaluate(decision: &Decision) -> Evaluation {
    let smaa_settings = decision.smaa.clamped();
    let mut results = DecisionResults::default();
    let stop = |mut results: DecisionResults, error| {
        results.error = Some(error);
        Evaluation {
            results,
            smaa_input: None,
            smaa_settings,
        }
    };

    if has_duplicates(decision.options.iter().map(|o| o.id.as_str()))
        || has_duplicates(decision.criteria.iter().map(|c| c.id.as_str()))
    {
        return stop(results, EngineError::DuplicateIds);
    }
    let screening = screen(decision);
    results.excluded = screening.excluded;
    results.incomplete = screening.incomplete;

    let model = WeightModel::from_decision(decision);
    let weights = match model.weights() {
        Ok(w) => w,
        Err(e) => return stop(results, e),
    };
    let criterion = |j: usize| {
        decision
            .criteria
            .get(j)
            .map(|c| c.id.clone())
            .unwrap_or_default()
    };
    results.weights = Some(
        decision
            .criteria
            .iter()
            .zip(&weights.values)
            .map(|(c, w)| (c.id.clone(), *w))
            .collect(),
    );
    if let Some(c) = &weights.consistency {
        results.consistency_ratio = Some(c.consistency_ratio);
        results.most_inconsistent = c.most_inconsistent.as_ref().map(|j| MostInconsistent {
            a: criterion(j.a),
            b: criterion(j.b),
            given: j.given,
            implied: j.implied,
        });
    }
    if weights.values.iter().all(|&w| w == 0.0) {
        return stop(results, EngineError::ZeroWeights);
    }
    let table = screening.table;
    if table.option_count() == 0 {
        return stop(results, EngineError::NoRankedOptions);
    }
    results.ranking = rank(&table, &weights.values);
    results.topsis = topsis(&table, &weights.values);
    results.stability = stability(&table, &weights.values);
    let smaa_input = SmaaInput::new(table, &model).ok();
    Evaluation {
        results,
        smaa_input,
        smaa_settings,
    }
}

/// The full recompute: [`evaluate`] then SMAA in one go.
pub fn compute(decision: &Decision) -> DecisionResults {
    let evaluation = evaluate(decision);
    let run = evaluation.smaa_run();
    let mut results = evaluation.results;
    results.smaa = run.map(SmaaRun::finish);
    results
}

fn has_duplicates<'a>(ids: impl Iterator<Item = &'a str>) -> bool {
    let mut seen = HashSet::new();
    ids.into_iter().any(|id| !seen.insert(id))
}

/// A fixed computation whose SMAA numbers are pinned bit for bit, natively here and in the browser
/// by the wasm test layer (`portability::check()` must return `Ok`). It covers the simplex draw
/// with its sort (rank weighting), the log-uniform pairwise draw (`libm::exp`/`log`), Harker
/// completion and the eigenvector iteration, value ranges, TOPSIS (`sqrt`) and the confidence pass.
#[doc(hidden)]
pub mod portability {
    use super::model::*;
    use super::{compute, DecisionResults};

    /// The fixture: 5 options × 4 criteria with ranges, weighted `method`; 2,000 samples, seed
    /// 20261123.
    pub fn fixture(method: WeightMethod) -> Decision {
        let option = |i: usize| DecisionOption {
            id: format!("o{i}"),
            name: format!("Option {i}"),
            move_kind: MoveKind::ALL[i % MoveKind::ALL.len()],
            notes: String::new(),
        };
        let criterion = |j: usize| Criterion {
            id: format!("c{j}"),
            name: format!("Criterion {j}"),
            source: "custom".into(),
        };
        let values = [
            [7.0, 4.0, 6.0, 5.0],
            [5.0, 8.0, 4.0, 6.0],
            [6.0, 6.0, 7.0, 3.0],
            [8.0, 3.0, 5.0, 7.0],
            [4.0, 7.0, 8.0, 6.0],
        ];
        let mut scores = Vec::new();
        for (i, row) in values.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                let spread = ((i + 2 * j) % 3) as f64;
                scores.push(Score {
                    option: format!("o{}", i + 1),
                    criterion: format!("c{}", j + 1),
                    value: v,
                    low: Some(v - spread),
                    high: Some((v + spread * 0.75).min(10.0)),
                    note: String::new(),
                });
            }
        }
        let pair = |a: usize, b: usize, ratio: f64| Pairwise {
            a: format!("c{a}"),
            b: format!("c{b}"),
            ratio,
        };
        Decision {
            options: (1..=5).map(option).collect(),
            criteria: (1..=4).map(criterion).collect(),
            weighting: Weighting {
                method,
                direct: [("c1", 3.0), ("c2", 1.0), ("c3", 2.0), ("c4", 2.0)]
                    .iter()
                    .map(|(k, v)| (k.to_string(), *v))
                    .collect(),
                rank: ["c3", "c1", "c4", "c2"]
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
                // c2–c4 is missing: Harker completion.
                pairwise: vec![
                    pair(1, 2, 3.0),
                    pair(1, 3, 0.5),
                    pair(1, 4, 2.0),
                    pair(2, 3, 0.25),
                    pair(3, 4, 5.0),
                ],
            },
            scores,
            dealbreakers: vec![],
            smaa: SmaaSettings {
                samples: 2_000,
                seed: 20_261_123,
            },
            ..Decision::default()
        }
    }

    /// The pinned numbers, labelled: for the rank and pairwise fixtures, the weights, o1's TOPSIS
    /// closeness, o1's acceptabilities, the central weights of the most often first option, and
    /// every confidence factor that is not null.
    pub fn probe() -> Vec<(String, f64)> {
        let mut out = Vec::new();
        for (name, method) in [
            ("rank", WeightMethod::Rank),
            ("pairwise", WeightMethod::Pairwise),
        ] {
            let r: DecisionResults = compute(&fixture(method));
            for (c, w) in r.weights.iter().flat_map(|w| w.iter()) {
                out.push((format!("{name} weight {c}"), *w));
            }
            for t in r.topsis.iter().filter(|t| t.option == "o1") {
                out.push((format!("{name} topsis o1"), t.closeness));
            }
            let Some(s) = r.smaa else { continue };
            for (k, a) in s.acceptability.get("o1").into_iter().flatten().enumerate() {
                out.push((format!("{name} acceptability o1 rank {}", k + 1), *a));
            }
            let best = s
                .acceptability
                .iter()
                .fold(None::<(&str, f64)>, |best, (o, row)| match best {
                    Some((_, b)) if b >= row[0] => best,
                    _ => Some((o, row[0])),
                })
                .map(|(o, _)| o.to_owned());
            if let Some(best) = best {
                for (c, w) in s
                    .central_weights
                    .get(&best)
                    .into_iter()
                    .flatten()
                    .flat_map(|m| m.iter())
                {
                    out.push((format!("{name} central weight {best} {c}"), *w));
                }
            }
            for (o, conf) in s.confidence.iter() {
                if let Some(conf) = conf {
                    out.push((format!("{name} confidence {o}"), *conf));
                }
            }
        }
        out
    }

    /// The expected bits of [`probe`], in order.
    #[rustfmt::skip]
    pub const GOLDEN: &[(&str, u64)] = &[
        ("rank weight c1", 0x3fd1555555555555), // 0.2708333333333333
        ("rank weight c2", 0x3fb0000000000000), // 0.0625
        ("rank weight c3", 0x3fe0aaaaaaaaaaaa), // 0.5208333333333333
        ("rank weight c4", 0x3fc2aaaaaaaaaaaa), // 0.14583333333333331
        ("rank topsis o1", 0x3fe152826d9f3579), // 0.5413219586422847
        ("rank acceptability o1 rank 1", 0x3fb6872b020c49ba), // 0.088
        ("rank acceptability o1 rank 2", 0x3fd1ba5e353f7cee), // 0.277
        ("rank acceptability o1 rank 3", 0x3fd989374bc6a7f0), // 0.399
        ("rank acceptability o1 rank 4", 0x3fcc9ba5e353f7cf), // 0.2235
        ("rank acceptability o1 rank 5", 0x3f8999999999999a), // 0.0125
        ("rank central weight o5 c1", 0x3fcf790bbb25b5b5), // 0.2458815254025645
        ("rank central weight o5 c2", 0x3fb1cbe692a12e4f), // 0.06951752738785298
        ("rank central weight o5 c3", 0x3fe16b4bb4c97648), // 0.5443476229663213
        ("rank central weight o5 c4", 0x3fc1f3d22863da04), // 0.1402533242432612
        ("rank confidence o1", 0x3fc1cac083126e98), // 0.139
        ("rank confidence o2", 0x3f96872b020c49ba), // 0.022
        ("rank confidence o3", 0x3fccfdf3b645a1cb), // 0.2265
        ("rank confidence o4", 0x3fdad916872b020c), // 0.4195
        ("rank confidence o5", 0x3fe578d4fdf3b646), // 0.671
        ("pairwise weight c1", 0x3fd1171db960645d), // 0.26703589537789246
        ("pairwise weight c2", 0x3fbb5b2714f25562), // 0.10685962926284767
        ("pairwise weight c3", 0x3fe050c4bda7e16e), // 0.509859438344433
        ("pairwise weight c4", 0x3fbdc23c184d0dbf), // 0.1162450370148269
        ("pairwise topsis o1", 0x3fe0fb3f6e0e5370), // 0.530669894173668
        ("pairwise acceptability o1 rank 1", 0x3fb6a7ef9db22d0e), // 0.0885
        ("pairwise acceptability o1 rank 2", 0x3fd126e978d4fdf4), // 0.268
        ("pairwise acceptability o1 rank 3", 0x3fd6b020c49ba5e3), // 0.3545
        ("pairwise acceptability o1 rank 4", 0x3fd1374bc6a7ef9e), // 0.269
        ("pairwise acceptability o1 rank 5", 0x3f947ae147ae147b), // 0.02
        ("pairwise central weight o5 c1", 0x3fd09ef3fb112757), // 0.2597017242265926
        ("pairwise central weight o5 c2", 0x3fbba46120ac6c1c), // 0.10797698066419098
        ("pairwise central weight o5 c3", 0x3fe05cf7bb4bcdf3), // 0.5113485963942693
        ("pairwise central weight o5 c4", 0x3fbef81118b086f2), // 0.12097269871494712
        ("pairwise confidence o1", 0x3fba1cac083126e9), // 0.102
        ("pairwise confidence o2", 0x3f689374bc6a7efa), // 0.003
        ("pairwise confidence o3", 0x3fcf7ced916872b0), // 0.246
        ("pairwise confidence o4", 0x3fc147ae147ae148), // 0.135
        ("pairwise confidence o5", 0x3fe54fdf3b645a1d), // 0.666
    ];

    /// Compares [`probe`] with [`GOLDEN`], bit for bit.
    pub fn check() -> Result<(), String> {
        let got = probe();
        if got.len() != GOLDEN.len() {
            return Err(format!(
                "{} numbers probed, {} pinned",
                got.len(),
                GOLDEN.len()
            ));
        }
        for ((label, x), (golden_label, bits)) in got.iter().zip(GOLDEN) {
            if label != golden_label || x.to_bits() != *bits {
                return Err(format!(
                    "{label}: got {x:?} ({:#018x}), pinned {golden_label} {:?} ({bits:#018x})",
                    x.to_bits(),
                    f64::from_bits(*bits)
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
