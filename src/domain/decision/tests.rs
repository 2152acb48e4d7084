//! End-to-end tests of the engine: `compute`/`evaluate` on whole decisions, the JSON shape against
//! the contract, robustness on garbage, and the pinned portability numbers.

use super::*;
use proptest::prelude::*;
use serde_json::{json, Value};

fn option(id: &str) -> DecisionOption {
    DecisionOption {
        id: id.into(),
        name: id.to_uppercase(),
        move_kind: MoveKind::Lateral,
        notes: String::new(),
    }
}

fn criterion(id: &str) -> Criterion {
    Criterion {
        id: id.into(),
        name: id.to_uppercase(),
        source: "custom".into(),
    }
}

fn score(o: &str, c: &str, value: f64) -> Score {
    Score {
        option: o.into(),
        criterion: c.into(),
        value,
        low: None,
        high: None,
        note: String::new(),
    }
}

/// A and B of TEST-VECTORS.md (SMAA-2 and weight stability): A = (9,3), B = (4,6).
fn a_and_b(method: WeightMethod) -> Decision {
    Decision {
        options: vec![option("A"), option("B")],
        criteria: vec![criterion("c1"), criterion("c2")],
        weighting: Weighting {
            method,
            direct: [("c1".to_string(), 0.5), ("c2".to_string(), 0.5)]
                .into_iter()
                .collect(),
            ..Weighting::default()
        },
        scores: vec![
            score("A", "c1", 9.0),
            score("A", "c2", 3.0),
            score("B", "c1", 4.0),
            score("B", "c2", 6.0),
        ],
        ..Decision::default()
    }
}

#[test]
fn a_and_b_end_to_end() {
    // TEST-VECTORS.md "Weight stability": direct (0.5, 0.5): scores A 0.6, B 0.5; A first while
    // w1 ∈ (0.375, 1] and w2 ∈ [0, 0.625).
    let r = compute(&a_and_b(WeightMethod::Direct));
    assert_eq!(r.error, None);
    assert_eq!(
        r.ranking
            .iter()
            .map(|e| (e.option.as_str(), e.rank))
            .collect::<Vec<_>>(),
        [("A", 1), ("B", 2)]
    );
    assert!((r.ranking[0].score - 0.6).abs() < 1e-12);
    assert!((r.ranking[1].score - 0.5).abs() < 1e-12);
    let s: Vec<(&str, f64, f64)> = r
        .stability
        .iter()
        .map(|s| (s.criterion.as_str(), s.lower, s.upper))
        .collect();
    assert_eq!(s, [("c1", 0.375, 1.0), ("c2", 0.0, 0.625)]);
    assert_eq!(r.consistency_ratio, None);
    assert_eq!(r.most_inconsistent, None);
    // Direct weights are fixed in SMAA and there are no ranges: A is first in every sample.
    let smaa = r.smaa.unwrap();
    assert_eq!(smaa.acceptability.get("A"), Some(&vec![1.0, 0.0]));
    assert_eq!((smaa.samples, smaa.seed), (10_000, 1));

    // TEST-VECTORS.md "SMAA-2": with no weight information (equal), A 0.625 / B 0.375 at rank 1,
    // within 0.98/√N.
    let mut d = a_and_b(WeightMethod::Equal);
    d.smaa.samples = 100_000;
    let smaa = compute(&d).smaa.unwrap();
    let margin = 0.98 / 100_000f64.sqrt();
    assert!((smaa.acceptability.get("A").unwrap()[0] - 0.625).abs() <= margin);
    assert!((smaa.acceptability.get("B").unwrap()[0] - 0.375).abs() <= margin);
}

#[test]
fn chunked_evaluation_equals_compute() {
    let mut d = portability::fixture(WeightMethod::Pairwise);
    d.smaa.samples = 1_500;
    let whole = compute(&d);
    let evaluation = evaluate(&d);
    let mut run = evaluation.smaa_run().unwrap();
    while !run.step(97) {}
    let mut results = evaluation.results;
    results.smaa = Some(run.finish());
    assert_eq!(results, whole);
}

#[test]
fn pairwise_results_report_consistency_and_the_worst_judgement() {
    // TEST-VECTORS.md "Most inconsistent judgement" in the drinks matrix (Saaty 2008): water vs
    // wine, judged 9, implied 17.07; CR 0.0223.
    let names = ["coffee", "wine", "tea", "beer", "soda", "milk", "water"];
    let judgements = [
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
    ];
    let d = Decision {
        options: vec![option("o1")],
        criteria: names.iter().map(|n| criterion(n)).collect(),
        weighting: Weighting {
            method: WeightMethod::Pairwise,
            pairwise: judgements
                .iter()
                .map(|&(a, b, ratio)| Pairwise {
                    a: a.into(),
                    b: b.into(),
                    ratio,
                })
                .collect(),
            ..Weighting::default()
        },
        scores: names.iter().map(|n| score("o1", n, 5.0)).collect(),
        ..Decision::default()
    };
    let r = evaluate(&d).results;
    let w = r.weights.as_ref().unwrap();
    assert!((w.get("water").unwrap() - 0.3268).abs() < 1e-4);
    assert!((r.consistency_ratio.unwrap() - 0.0223).abs() < 1e-4);
    assert!(!r.is_inconsistent());
    let m = r.most_inconsistent.unwrap();
    assert_eq!(
        (m.a.as_str(), m.b.as_str(), m.given),
        ("water", "wine", 9.0)
    );
    assert!((m.implied - 17.07).abs() < 0.01);
    assert_eq!(r.stability, vec![], "one ranked option: no stability");
}

#[test]
fn disconnected_comparisons_give_null_weights_and_the_error() {
    let mut d = a_and_b(WeightMethod::Pairwise);
    d.criteria.push(criterion("c3"));
    d.scores
        .extend([score("A", "c3", 1.0), score("B", "c3", 2.0)]);
    d.weighting.pairwise = vec![Pairwise {
        a: "c1".into(),
        b: "c2".into(),
        ratio: 2.0,
    }];
    let r = compute(&d);
    assert_eq!(r.error, Some(EngineError::PairwiseDisconnected));
    assert_eq!(
        (r.weights, r.consistency_ratio, r.most_inconsistent),
        (None, None, None)
    );
    assert!(r.ranking.is_empty() && r.topsis.is_empty() && r.stability.is_empty());
    assert_eq!(r.smaa, None);
    let json = serde_json::to_value(compute(&d)).unwrap();
    assert_eq!(json["error"], "pairwise_disconnected");
    assert_eq!(json["weights"], Value::Null);
}

#[test]
fn zero_weights_are_an_error_with_weights_reported() {
    let mut d = a_and_b(WeightMethod::Direct);
    d.weighting.direct.clear();
    let r = compute(&d);
    assert_eq!(r.error, Some(EngineError::ZeroWeights));
    assert_eq!(
        r.weights.unwrap().0,
        vec![("c1".to_string(), 0.0), ("c2".to_string(), 0.0)]
    );
    assert!(r.ranking.is_empty());
    assert_eq!(r.smaa, None);
}

#[test]
fn no_criteria_no_options_and_no_ranked_options() {
    let r = compute(&Decision::default());
    assert_eq!(r.error, Some(EngineError::NoCriteria));
    assert_eq!(r.weights, None);

    let mut d = a_and_b(WeightMethod::Equal);
    d.options.clear();
    assert_eq!(compute(&d).error, Some(EngineError::NoRankedOptions));

    let mut d = a_and_b(WeightMethod::Equal);
    d.dealbreakers = vec![Dealbreaker {
        criterion: "c2".into(),
        min: 7.0,
    }];
    let r = compute(&d);
    assert_eq!(r.error, Some(EngineError::NoRankedOptions));
    assert_eq!(r.excluded.len(), 2, "excluded is still reported");
    assert!(r.weights.is_some());
}

#[test]
fn duplicate_ids_are_reported_not_trusted() {
    let mut d = a_and_b(WeightMethod::Equal);
    d.options.push(option("A"));
    let r = compute(&d);
    assert_eq!(r.error, Some(EngineError::DuplicateIds));
    assert_eq!(r.weights, None);
    let mut d = a_and_b(WeightMethod::Equal);
    d.criteria.push(criterion("c1"));
    assert_eq!(compute(&d).error, Some(EngineError::DuplicateIds));
}

#[test]
fn excluded_and_incomplete_options_stay_out_of_every_method() {
    let mut d = a_and_b(WeightMethod::Equal);
    d.options.extend([option("C"), option("D")]);
    d.scores.extend([
        score("C", "c1", 2.0),
        score("C", "c2", 10.0),
        score("D", "c1", 10.0),
    ]);
    d.dealbreakers = vec![Dealbreaker {
        criterion: "c1".into(),
        min: 3.0,
    }];
    let r = compute(&d);
    assert_eq!(
        r.excluded,
        vec![Exclusion {
            option: "C".into(),
            criterion: "c1".into(),
            min: 3.0,
            value: 2.0
        }]
    );
    assert_eq!(r.incomplete, vec!["D".to_string()]);
    fn ranked(mut ids: Vec<&str>) -> Vec<&str> {
        ids.sort();
        ids
    }
    assert_eq!(
        ranked(r.ranking.iter().map(|e| e.option.as_str()).collect()),
        ["A", "B"]
    );
    assert_eq!(
        ranked(r.topsis.iter().map(|e| e.option.as_str()).collect()),
        ["A", "B"]
    );
    let smaa = r.smaa.unwrap();
    assert_eq!(
        smaa.acceptability
            .iter()
            .map(|(o, _)| o)
            .collect::<Vec<_>>(),
        ["A", "B"]
    );
    assert!(smaa.acceptability.iter().all(|(_, row)| row.len() == 2));
}

#[test]
fn one_option_one_criterion_and_all_equal_scores() {
    let d = Decision {
        options: vec![option("solo")],
        criteria: vec![criterion("c")],
        scores: vec![score("solo", "c", 4.0)],
        ..Decision::default()
    };
    let r = compute(&d);
    assert_eq!(r.error, None);
    assert_eq!(r.ranking.len(), 1);
    assert_eq!((r.ranking[0].rank, r.ranking[0].score), (1, 0.4));
    assert_eq!(r.topsis[0].closeness, 0.5);
    assert!(r.stability.is_empty());
    let smaa = r.smaa.unwrap();
    assert_eq!(smaa.acceptability.get("solo"), Some(&vec![1.0]));
    assert_eq!(smaa.confidence.get("solo"), Some(&Some(1.0)));

    // Three options with the same scores everywhere: all tied at rank 1 in workbook order, TOPSIS
    // 0.5 each, no stability, SMAA splits every rank equally.
    let mut d = Decision {
        options: vec![option("x"), option("y"), option("z")],
        criteria: vec![criterion("c1"), criterion("c2")],
        ..Decision::default()
    };
    for o in ["x", "y", "z"] {
        d.scores.extend([score(o, "c1", 6.0), score(o, "c2", 3.0)]);
    }
    let r = compute(&d);
    assert_eq!(
        r.ranking
            .iter()
            .map(|e| (e.option.as_str(), e.rank))
            .collect::<Vec<_>>(),
        [("x", 1), ("y", 1), ("z", 1)]
    );
    assert!(r.topsis.iter().all(|t| t.closeness == 0.5));
    assert!(r.stability.is_empty());
    for (_, row) in r.smaa.unwrap().acceptability.iter() {
        for &x in row {
            assert!((x - 1.0 / 3.0).abs() < 1e-12);
        }
    }
}

#[test]
fn ties_rank_one_one_three_in_workbook_order() {
    let d = Decision {
        options: vec![option("p"), option("q"), option("r")],
        criteria: vec![criterion("c1"), criterion("c2")],
        scores: vec![
            score("p", "c1", 2.0),
            score("p", "c2", 2.0),
            score("q", "c1", 8.0),
            score("q", "c2", 2.0),
            score("r", "c1", 2.0),
            score("r", "c2", 8.0),
        ],
        ..Decision::default()
    };
    let r = evaluate(&d).results;
    let got: Vec<(&str, u32)> = r
        .ranking
        .iter()
        .map(|e| (e.option.as_str(), e.rank))
        .collect();
    assert_eq!(got, [("q", 1), ("r", 1), ("p", 3)]);
    assert!(r.stability.is_empty(), "the top option is tied");
}

#[test]
fn rank_weighting_uses_rank_order_centroid_and_fills_gaps() {
    let mut d = a_and_b(WeightMethod::Rank);
    d.criteria.push(criterion("c3"));
    d.scores
        .extend([score("A", "c3", 1.0), score("B", "c3", 2.0)]);
    d.weighting.rank = vec!["c2".into(), "ghost".into(), "c2".into(), "c1".into()];
    let w = evaluate(&d).results.weights.unwrap();
    // c2, c1, then the unranked c3: 11/18, 5/18, 2/18.
    assert!((w.get("c2").unwrap() - 11.0 / 18.0).abs() < 1e-15);
    assert!((w.get("c1").unwrap() - 5.0 / 18.0).abs() < 1e-15);
    assert!((w.get("c3").unwrap() - 2.0 / 18.0).abs() < 1e-15);
}

#[test]
fn smaa_settings_are_clamped_and_reported() {
    let mut d = a_and_b(WeightMethod::Equal);
    d.smaa = SmaaSettings {
        samples: 10,
        seed: u64::MAX,
    };
    let s = compute(&d).smaa.unwrap();
    assert_eq!((s.samples, s.seed), (1_000, model::MAX_SEED));
}

/// The `results.decision` example of FILE-FORMAT.md, verbatim.
const CONTRACT_RESULTS: &str = r#"{
  "weights": { "c1": 0.4, "c2": 0.6 },
  "consistency_ratio": 0.02,
  "most_inconsistent": { "a": "c1", "b": "c2", "given": 3, "implied": 1.4 },
  "ranking": [ { "option": "o2", "score": 0.71, "rank": 1 } ],
  "excluded": [ { "option": "o3", "criterion": "c1", "min": 4, "value": 2 } ],
  "incomplete": [ "o4" ],
  "topsis": [ { "option": "o2", "closeness": 0.64 } ],
  "stability": [ { "criterion": "c1", "lower": 0.31, "upper": 0.55 } ],
  "smaa": {
    "samples": 10000, "seed": 1,
    "acceptability": { "o1": [0.62, 0.38], "o2": [0.38, 0.62] },
    "central_weights": { "o1": { "c1": 0.69, "c2": 0.31 }, "o2": { "c1": 0.19, "c2": 0.81 } },
    "confidence": { "o1": 0.95, "o2": 0.91 }
  }
}"#;

/// Keys we add beyond the contract's example (ours to design, documented in `results.rs`).
const OUR_KEYS: [&str; 2] = ["error", "contributions"];

fn same_shape(contract: &Value, ours: &Value, path: &str) {
    match (contract, ours) {
        (Value::Object(c), Value::Object(o)) => {
            for (k, cv) in c {
                let ov = o
                    .get(k)
                    .unwrap_or_else(|| panic!("{path}.{k} is missing from {ours}"));
                same_shape(cv, ov, &format!("{path}.{k}"));
            }
            for k in o.keys() {
                assert!(
                    c.contains_key(k) || OUR_KEYS.contains(&k.as_str()),
                    "{path}.{k} is not in the contract"
                );
            }
        }
        (Value::Array(c), Value::Array(o)) => {
            assert!(
                !o.is_empty(),
                "{path} is empty; the test decision should fill it"
            );
            for (i, ov) in o.iter().enumerate() {
                same_shape(&c[0], ov, &format!("{path}[{i}]"));
            }
        }
        (Value::Number(_), Value::Number(_)) | (Value::String(_), Value::String(_)) => {}
        _ => panic!("{path}: contract has {contract}, we wrote {ours}"),
    }
}

#[test]
fn results_serialise_in_the_contract_shape() {
    // A decision that fills every part of the contract's example: pairwise weights, o1/o2 ranked,
    // o3 excluded on c1, o4 incomplete.
    let mut d = a_and_b(WeightMethod::Pairwise);
    d.options = vec![option("o1"), option("o2"), option("o3"), option("o4")];
    d.scores = vec![
        score("o1", "c1", 9.0),
        score("o1", "c2", 3.0),
        score("o2", "c1", 4.0),
        score("o2", "c2", 6.0),
        score("o3", "c1", 2.0),
        score("o3", "c2", 9.0),
        score("o4", "c1", 8.0),
    ];
    d.weighting.pairwise = vec![Pairwise {
        a: "c1".into(),
        b: "c2".into(),
        ratio: 0.5,
    }];
    d.dealbreakers = vec![Dealbreaker {
        criterion: "c1".into(),
        min: 4.0,
    }];
    d.smaa.samples = 1_000;
    let ours = serde_json::to_value(compute(&d)).unwrap();
    let contract: Value = serde_json::from_str(CONTRACT_RESULTS).unwrap();
    same_shape(&contract, &ours, "decision");
    assert_eq!(ours["error"], Value::Null);
    assert_eq!(
        ours["excluded"],
        json!([{ "option": "o3", "criterion": "c1", "min": 4.0, "value": 2.0 }])
    );
    assert_eq!(ours["incomplete"], json!(["o4"]));
    // Id-keyed maps keep workbook order.
    let keys: Vec<&String> = ours["weights"].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["c1", "c2"]);
    // An option that is never first has null central weights and confidence.
    let mut d2 = d.clone();
    d2.scores[2].value = 1.0; // o2 now loses on both criteria
    d2.scores[3].value = 1.0;
    let ours = serde_json::to_value(compute(&d2)).unwrap();
    assert_eq!(ours["smaa"]["central_weights"]["o2"], Value::Null);
    assert_eq!(ours["smaa"]["confidence"]["o2"], Value::Null);
    assert_eq!(ours["consistency_ratio"], json!(0.0));
}

fn garbage_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => -2.0f64..12.0,
        2 => (0u8..=10).prop_map(f64::from),
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(f64::NEG_INFINITY),
        1 => Just(f64::MAX),
        1 => Just(-0.0),
        1 => Just(1e-300),
    ]
}

fn garbage_id() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("a"),
        Just("b"),
        Just("c"),
        Just("d"),
        Just(""),
        Just("x")
    ]
    .prop_map(String::from)
}

prop_compose! {
    fn garbage_decision()(
        options in proptest::collection::vec(garbage_id(), 0..5),
        criteria in proptest::collection::vec(garbage_id(), 0..5),
        method in prop_oneof![Just(WeightMethod::Equal), Just(WeightMethod::Direct), Just(WeightMethod::Rank), Just(WeightMethod::Pairwise)],
        direct in proptest::collection::btree_map(garbage_id(), garbage_number(), 0..5),
        rank in proptest::collection::vec(garbage_id(), 0..6),
        pairwise in proptest::collection::vec((garbage_id(), garbage_id(), garbage_number()), 0..10),
        scores in proptest::collection::vec(
            (garbage_id(), garbage_id(), garbage_number(), proptest::option::of(garbage_number()), proptest::option::of(garbage_number())),
            0..30,
        ),
        dealbreakers in proptest::collection::vec((garbage_id(), garbage_number()), 0..3),
        samples in 0u32..3_000,
        seed in any::<u64>(),
    ) -> Decision {
        Decision {
            options: options.iter().map(|id| option(id)).collect(),
            criteria: criteria.iter().map(|id| criterion(id)).collect(),
            weighting: Weighting {
                method,
                direct,
                rank,
                pairwise: pairwise.into_iter().map(|(a, b, ratio)| Pairwise { a, b, ratio }).collect(),
            },
            scores: scores
                .into_iter()
                .map(|(o, c, value, low, high)| Score { option: o, criterion: c, value, low, high, note: String::new() })
                .collect(),
            dealbreakers: dealbreakers.into_iter().map(|(criterion, min)| Dealbreaker { criterion, min }).collect(),
            smaa: SmaaSettings { samples, seed },
            ..Decision::default()
        }
    }
}

/// Every number in the results is finite (serde_json writes NaN and infinities as null, which
/// would silently corrupt the file).
fn all_finite(r: &DecisionResults) -> bool {
    let mut numbers: Vec<f64> = Vec::new();
    numbers.extend(r.weights.iter().flat_map(|w| w.iter().map(|(_, x)| *x)));
    numbers.extend(r.consistency_ratio);
    numbers.extend(
        r.most_inconsistent
            .iter()
            .flat_map(|m| [m.given, m.implied]),
    );
    for e in &r.ranking {
        numbers.push(e.score);
        numbers.extend(e.contributions.iter().map(|(_, x)| *x));
    }
    numbers.extend(r.excluded.iter().flat_map(|e| [e.min, e.value]));
    numbers.extend(r.topsis.iter().map(|t| t.closeness));
    numbers.extend(r.stability.iter().flat_map(|s| [s.lower, s.upper]));
    if let Some(s) = &r.smaa {
        numbers.extend(
            s.acceptability
                .iter()
                .flat_map(|(_, row)| row.iter().copied()),
        );
        numbers.extend(
            s.central_weights
                .iter()
                .flat_map(|(_, c)| c.iter().flat_map(|m| m.iter().map(|(_, x)| *x))),
        );
        numbers.extend(s.confidence.iter().filter_map(|(_, c)| *c));
    }
    numbers.iter().all(|x| x.is_finite())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn compute_never_panics_on_garbage(d in garbage_decision()) {
        let r = compute(&d);
        prop_assert!(all_finite(&r), "{r:?}");
        prop_assert_eq!(r.ranking.is_empty(), r.error.is_some());
        prop_assert_eq!(r.smaa.is_some(), r.error.is_none());
        if let Some(w) = &r.weights {
            let sum: f64 = w.iter().map(|(_, x)| x).sum();
            prop_assert!(sum == 0.0 || (sum - 1.0).abs() <= 1e-9, "weights sum {sum}");
        }
        for e in &r.ranking {
            prop_assert!((0.0..=1.0 + 1e-12).contains(&e.score));
        }
        for s in &r.stability {
            prop_assert!(0.0 <= s.lower && s.lower <= s.upper && s.upper <= 1.0);
        }
        prop_assert!(serde_json::to_string(&r).is_ok());
        let _ = d.validate();
    }

    #[test]
    fn weights_always_sum_to_one(d in garbage_decision()) {
        if let Some(w) = evaluate(&d).results.weights {
            let sum: f64 = w.iter().map(|(_, x)| x).sum();
            prop_assert!(sum == 0.0 || (sum - 1.0).abs() <= 1e-9);
        }
    }
}

#[test]
fn portability_numbers_are_pinned() {
    // Golden bits for the wasm test layer: it must see exactly these numbers in the browser.
    if let Err(e) = portability::check() {
        for (label, x) in portability::probe() {
            eprintln!("    ({label:?}, {:#018x}), // {x:?}", x.to_bits());
        }
        panic!("{e}");
    }
}
