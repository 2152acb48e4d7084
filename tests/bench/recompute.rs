//! Times the decision engine's full recompute on the largest realistic decision: 20 options ×
//! 12 criteria, every score with a range, SMAA with 10,000 samples plus the confidence pass, for
//! each weighting method; also the live recompute without SMAA and SMAA run in slices.
//!
//! Prints numbers only; it asserts nothing about timings (machines differ). Run with
//! `cargo bench --bench recompute`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use crossroads::domain::decision::rng::Rng;
use crossroads::domain::decision::{
    compute, evaluate, Criterion, Decision, DecisionOption, MoveKind, Pairwise, Score,
    SmaaSettings, WeightMethod, Weighting,
};

const OPTIONS: usize = 20;
const CRITERIA: usize = 12;
const SAMPLES: u32 = 10_000;
const RUNS: usize = 30;
const WARM_UP: usize = 3;
/// Samples per slice when SMAA runs on the browser's main thread.
const SLICE: u32 = 500;

/// A deterministic decision: scores 2–9 with ranges of up to ±2, so that several options contend
/// for first place (the confidence pass then has real work).
fn decision(method: WeightMethod, complete_pairwise: bool) -> Decision {
    let mut rng = Rng::new(2026);
    let mut scores = Vec::new();
    for i in 0..OPTIONS {
        for j in 0..CRITERIA {
            let value = (2.0 + 7.0 * rng.next_f64()).round();
            let low = (value - (2.0 * rng.next_f64()).round()).max(0.0);
            let high = (value + (2.0 * rng.next_f64()).round()).min(10.0);
            scores.push(Score {
                option: format!("o{i}"),
                criterion: format!("c{j}"),
                value,
                low: Some(low),
                high: Some(high),
                note: String::new(),
            });
        }
    }
    let pairwise = if complete_pairwise {
        let mut list = Vec::new();
        for a in 0..CRITERIA {
            for b in a + 1..CRITERIA {
                let ratio = [1.0, 2.0, 3.0, 0.5, 5.0, 1.0 / 3.0, 7.0, 0.25][(a * 5 + b * 3) % 8];
                list.push(Pairwise {
                    a: format!("c{a}"),
                    b: format!("c{b}"),
                    ratio,
                });
            }
        }
        list
    } else {
        // A chain: the fewest judgements that connect all criteria, the slowest case for power
        // iteration.
        (1..CRITERIA)
            .map(|b| Pairwise {
                a: format!("c{}", b - 1),
                b: format!("c{b}"),
                ratio: [2.0, 0.5, 3.0][b % 3],
            })
            .collect()
    };
    Decision {
        options: (0..OPTIONS)
            .map(|i| DecisionOption {
                id: format!("o{i}"),
                name: format!("Option {i}"),
                move_kind: MoveKind::ALL[i % MoveKind::ALL.len()],
                notes: String::new(),
            })
            .collect(),
        criteria: (0..CRITERIA)
            .map(|j| Criterion {
                id: format!("c{j}"),
                name: format!("Criterion {j}"),
                source: "custom".into(),
            })
            .collect(),
        weighting: Weighting {
            method,
            direct: (0..CRITERIA)
                .map(|j| (format!("c{j}"), (1 + j % 4) as f64 * 10.0))
                .collect(),
            rank: (0..CRITERIA).rev().map(|j| format!("c{j}")).collect(),
            pairwise,
        },
        scores,
        dealbreakers: vec![],
        smaa: SmaaSettings {
            samples: SAMPLES,
            seed: 1,
        },
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// On-CPU time of this thread in nanoseconds (Linux `schedstat`), or `None` elsewhere. Wall time
/// on a shared machine counts the time other processes hold the CPU; this does not.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Wall-time median and minimum of `RUNS` runs after `WARM_UP` untimed ones, and the median
/// on-CPU time when the platform reports it.
fn time(mut f: impl FnMut()) -> (f64, f64, Option<f64>) {
    for _ in 0..WARM_UP {
        f();
    }
    let mut wall = Vec::with_capacity(RUNS);
    let mut cpu = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let cpu_start = cpu_ns();
        let start = Instant::now();
        f();
        wall.push(ms(start.elapsed()));
        if let (Some(a), Some(b)) = (cpu_start, cpu_ns()) {
            cpu.push((b - a) as f64 / 1e6);
        }
    }
    wall.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    let cpu_median = (cpu.len() == RUNS).then(|| cpu[RUNS / 2]);
    (wall[RUNS / 2], wall[0], cpu_median)
}

fn cpu_note(cpu: Option<f64>) -> String {
    cpu.map_or_else(String::new, |c| format!(", on-CPU median {c:.2} ms"))
}

fn main() {
    let cases = [
        ("equal", decision(WeightMethod::Equal, true)),
        ("direct", decision(WeightMethod::Direct, true)),
        ("rank", decision(WeightMethod::Rank, true)),
        (
            "pairwise (66 pairs)",
            decision(WeightMethod::Pairwise, true),
        ),
        (
            "pairwise (11-pair chain)",
            decision(WeightMethod::Pairwise, false),
        ),
    ];
    let shape = format!("{OPTIONS}x{CRITERIA}");
    for (name, d) in &cases {
        let results = compute(d);
        assert!(results.error.is_none(), "{name}: {:?}", results.error);
        let contenders = results.smaa.as_ref().map_or(0, |s| {
            s.confidence.iter().filter(|(_, c)| c.is_some()).count()
        });

        let (median, min, cpu) = time(|| {
            black_box(compute(black_box(d)));
        });
        println!(
            "recompute {shape} smaa={SAMPLES} (+confidence, {contenders} options ever first) method={name}: \
             median {median:.2} ms, min {min:.2} ms{}",
            cpu_note(cpu)
        );

        let (median, min, _) = time(|| {
            black_box(evaluate(black_box(d)));
        });
        println!(
            "  live recompute without SMAA method={name}: median {median:.3} ms, min {min:.3} ms"
        );

        let mut slowest_slice = 0.0f64;
        let (median, min, cpu) = time(|| {
            let evaluation = evaluate(black_box(d));
            let mut run = evaluation.smaa_run().expect("rankable");
            loop {
                let start = Instant::now();
                let done = run.step(SLICE);
                slowest_slice = slowest_slice.max(ms(start.elapsed()));
                if done {
                    break;
                }
            }
            black_box(run.finish());
        });
        println!(
            "  chunked SMAA ({SLICE} samples per slice) method={name}: median {median:.2} ms, min {min:.2} ms, \
             slowest slice {slowest_slice:.2} ms{}",
            cpu_note(cpu)
        );
    }
}
