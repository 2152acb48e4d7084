//! `#/decision`: options, criteria and dealbreakers, the scoring grid, the weighting, the live
//! results, the action plan and the decision journal.
//!
//! Every computation is `crate::domain::decision` (engine and `screen` helpers). Results stay
//! live without freezing the page: the cheap part (`evaluate`) runs once per change; SMAA runs in
//! time-boxed slices ([`SLICE_MS`]) between which the browser paints and handles input, and a
//! change cancels the run in progress and starts a fresh one.

mod criteria;
mod grid;
mod options;
mod plan;
mod results;
mod weights;

use std::collections::HashMap;
use std::time::Duration;

use leptos::prelude::*;

use crate::domain::decision::{evaluate, Decision, DecisionResults, MoveKind, Score, SmaaResults, SmaaRun};
use crate::i18n::{DecisionText as D, Key, Lang};
use crate::platform::browser;
use crate::ui::i18n::{t, t_with, use_locale};
use crate::ui::pages::Later;
use crate::ui::state::{use_app, AppState};

/// Longest stretch of SMAA work before yielding to the browser.
const SLICE_MS: f64 = 5.0;
/// Samples per step between clock checks. Small, because a sample of the confidence pass scores
/// every option that was ever first against its challengers: with 18 such options (equal weights,
/// 20 × 12) one confidence sample costs as much as a dozen acceptability samples.
const STEP_SAMPLES: u32 = 4;

/// One cell's score: (value, low, high).
pub(crate) type CellValue = (f64, Option<f64>, Option<f64>);

/// Score lookup: option id → criterion id → its score.
pub(crate) type ScoreIndex = HashMap<String, HashMap<String, CellValue>>;

/// Each grid cell's own signal, by (option, criterion): set only when that cell's score changes.
type CellSignals = HashMap<(String, String), ArcRwSignal<Option<CellValue>>>;

/// Page-wide handles shared by the sections, provided as context.
#[derive(Clone, Copy)]
pub(crate) struct Page {
    /// The app state (workbook, autosave).
    pub app: AppState,
    /// The decision, cloned out of the workbook once per change.
    pub decision: Memo<Decision>,
    /// (id, name) of the options, in order; notifies only when options change (see [`derived`]).
    pub options: ReadSignal<Vec<(String, String)>>,
    /// (id, name) of the criteria, in order.
    pub criteria: ReadSignal<Vec<(String, String)>>,
    /// Every score by option and criterion.
    pub scores: Memo<ScoreIndex>,
    /// The grid cells' signals (see [`Page::cell`]).
    cells: StoredValue<CellSignals>,
    /// Everything but SMAA, recomputed once per change and shown one task later (see below).
    pub results: ReadSignal<DecisionResults>,
    /// The latest complete SMAA results (possibly of an earlier state while a run is going).
    pub smaa: RwSignal<Option<SmaaResults>>,
    /// Progress of the run in progress, 0–100, or `None` when idle.
    pub smaa_progress: RwSignal<Option<u32>>,
    /// The removal that Undo would reverse.
    pub removed: RwSignal<Option<Removal>>,
    /// A status line text (after add, restore, …).
    pub said: RwSignal<Option<String>>,
    /// Scores whose value was cleared, by (option, criterion): their note and range come back
    /// when the cell gets a value again (the file has no place for a note without a value).
    pub cleared: StoredValue<std::collections::BTreeMap<(String, String), Score>>,
}

/// What a removal changed, so that Undo can restore it while nothing else changed since.
#[derive(Clone, PartialEq)]
pub(crate) struct Removal {
    pub name: String,
    pub before: Decision,
    pub after: Decision,
}

/// The page handles from context.
pub(crate) fn use_page() -> Page {
    expect_context::<Page>()
}

impl Page {
    /// Changes the decision in the workbook.
    pub fn edit(self, f: impl FnOnce(&mut Decision)) {
        self.app.update(|wb| f(&mut wb.decision));
    }

    /// Removes something with `f`, offering Undo.
    pub fn remove(self, name: String, f: impl FnOnce(&mut Decision)) {
        let before = self.decision.get_untracked();
        self.edit(f);
        let after = self.app.workbook.with_untracked(|wb| wb.decision.clone());
        self.said.set(None);
        self.removed.set(Some(Removal { name, before, after }));
        focus_soon("dec-undo");
    }

    /// The score of one cell, as a signal that changes only with that cell. A 20 × 12 grid has 240
    /// cells and twice as many labels: were each to read the whole score index, every edit would
    /// wake all of them.
    pub fn cell(self, option: &str, criterion: &str) -> RwSignal<Option<CellValue>> {
        let key = (option.to_string(), criterion.to_string());
        let existing = self.cells.with_value(|m| m.get(&key).cloned());
        let signal = existing.unwrap_or_else(|| {
            let now = self.scores.with_untracked(|s| s.get(option).and_then(|m| m.get(criterion)).copied());
            let signal = ArcRwSignal::new(now);
            self.cells.update_value(|m| {
                m.insert(key, signal.clone());
            });
            signal
        });
        RwSignal::from(signal)
    }

    /// The name of option `id`.
    pub fn option_name(self, id: &str) -> String {
        self.options.with(|o| o.iter().find(|(i, _)| i == id).map(|(_, n)| n.clone()).unwrap_or_default())
    }

    /// The name of criterion `id`.
    pub fn criterion_name(self, id: &str) -> String {
        self.criteria.with(|c| c.iter().find(|(i, _)| i == id).map(|(_, n)| n.clone()).unwrap_or_default())
    }
}

/// Moves focus to `id` after the pending render.
pub(crate) fn focus_soon(id: &'static str) {
    set_timeout(move || browser::focus_id(id), Duration::from_millis(0));
}

/// A number for display: at most `digits` decimals, the locale's marks, trailing zeros dropped.
pub(crate) fn number(lang: Lang, x: f64, digits: usize) -> String {
    crate::i18n::number::decimal(lang, x, digits)
}

/// A share (0–1) as a percentage with at most `digits` decimals.
pub(crate) fn percent(lang: Lang, x: f64, digits: usize) -> String {
    crate::i18n::number::percent(lang, x, digits)
}

/// The text of a kind of move and its one-line explanation.
pub(crate) fn move_texts(kind: MoveKind) -> (D, D) {
    match kind {
        MoveKind::Up => (D::MoveUp, D::MoveUpHint),
        MoveKind::Lateral => (D::MoveLateral, D::MoveLateralHint),
        MoveKind::Diagonal => (D::MoveDiagonal, D::MoveDiagonalHint),
        MoveKind::Enrichment => (D::MoveEnrichment, D::MoveEnrichmentHint),
        MoveKind::StepBack => (D::MoveStepBack, D::MoveStepBackHint),
        MoveKind::Exit => (D::MoveExit, D::MoveExitHint),
        MoveKind::Explore => (D::MoveExplore, D::MoveExploreHint),
    }
}

/// The decision screen.
#[component]
pub fn DecisionPage() -> impl IntoView {
    let app = use_app();
    let decision = Memo::new(move |_| app.workbook.with(|wb| wb.decision.clone()));
    let options = derived(decision, |d| d.options.iter().map(|o| (o.id.clone(), o.name.clone())).collect::<Vec<_>>());
    let criteria = derived(decision, |d| d.criteria.iter().map(|c| (c.id.clone(), c.name.clone())).collect::<Vec<_>>());
    let scores = Memo::new(move |_| {
        decision.with(|d| {
            let mut index = ScoreIndex::new();
            for s in &d.scores {
                index.entry(s.option.clone()).or_default().entry(s.criterion.clone()).or_insert((s.value, s.low, s.high));
            }
            index
        })
    });
    // The SMAA run in progress, and a generation counter that cancels stale slices.
    let run: StoredValue<Option<SmaaRun>> = StoredValue::new(None);
    let generation = StoredValue::new(0u64);
    let smaa = RwSignal::new(None);
    let smaa_progress = RwSignal::new(None);
    let computed = Memo::new(move |_| decision.with(|d| evaluate(d).results));
    // The results reach the page in a task of their own: the edit's task redraws the control that
    // changed, the next one the ranking, bars and tables, so neither is a long task.
    let (results, set_results) = signal(computed.get_untracked());
    Effect::new(move |_| {
        let fresh = computed.get();
        set_timeout(
            move || {
                if results.try_with_untracked(|now| *now != fresh) == Some(true) {
                    set_results.try_set(fresh);
                }
            },
            Duration::from_millis(0),
        );
    });
    // A change cancels the run in progress and starts SMAA afresh (`evaluate` is cheap enough to
    // run twice per change: about 0.03 ms for 20 options × 12 criteria).
    Effect::new(move |_| {
        let fresh = decision.with(|d| evaluate(d).smaa_run());
        generation.update_value(|g| *g += 1);
        let current = generation.get_value();
        let running = fresh.is_some();
        run.set_value(fresh);
        if running {
            smaa_progress.set(Some(0));
            schedule_slice(run, generation, current, smaa, smaa_progress);
        } else {
            smaa_progress.set(None);
            smaa.set(None);
        }
    });
    let cells: StoredValue<CellSignals> = StoredValue::new(HashMap::new());
    // A change of the scores sets the signals of the cells whose score changed, and no other.
    Effect::new(move |_| {
        let changed: Vec<(ArcRwSignal<Option<CellValue>>, Option<CellValue>)> = scores.with(|index| {
            cells.with_value(|m| {
                m.iter()
                    .filter_map(|((o, c), signal)| {
                        let now = index.get(o).and_then(|r| r.get(c)).copied();
                        signal.with_untracked(|was| *was != now).then(|| (signal.clone(), now))
                    })
                    .collect()
            })
        });
        for (signal, now) in changed {
            signal.set(now);
        }
    });
    let page = Page {
        app,
        decision,
        options,
        criteria,
        scores,
        cells,
        results,
        smaa,
        smaa_progress,
        removed: RwSignal::new(None),
        said: RwSignal::new(None),
        cleared: StoredValue::new(Default::default()),
    };
    provide_context(page);
    // An Undo is only offered while the decision is exactly as the removal left it.
    Effect::new(move |_| {
        let current = decision.get();
        if page.removed.with_untracked(|r| r.as_ref().is_some_and(|r| r.after != current)) {
            page.removed.set(None);
        }
    });

    view! {
        <h1 id="page-title">{move || t(Key::NavDecision)}</h1>
        <p class="intro">{move || t(D::Intro)}</p>
        <StatusLine/>
        <options::OptionsSection/>
        // The options mount with the page, the other sections each in a task of its own (the
        // grid's rows then a few per task): opening a 20 × 12 decision is never one long task.
        <Later><criteria::CriteriaSection/></Later>
        <Later><grid::ScoresSection/></Later>
        <Later><weights::WeightsSection/></Later>
        <Later><results::ResultsSection/></Later>
        <Later><plan::PlanSection/><plan::JournalSection/></Later>
    }
}

/// A value derived from the decision that notifies its readers only when it really changes (see
/// [`super::derived`]): with the grid's 480 labels reading the names, a memo made each score edit
/// a long task.
fn derived<T: Clone + PartialEq + Send + Sync + 'static>(decision: Memo<Decision>, f: impl Fn(&Decision) -> T + 'static) -> ReadSignal<T> {
    super::derived(move || decision.with(&f))
}

/// Runs SMAA slices until the run completes or a newer change supersedes it.
fn schedule_slice(
    run: StoredValue<Option<SmaaRun>>,
    generation: StoredValue<u64>,
    current: u64,
    smaa: RwSignal<Option<SmaaResults>>,
    progress: RwSignal<Option<u32>>,
) {
    set_timeout(
        move || {
            // The page may be gone (another route) or a newer run may have started.
            if generation.try_get_value() != Some(current) {
                return;
            }
            let start = browser::now_ms();
            let mut state = None;
            run.update_value(|r| {
                let Some(r) = r.as_mut() else { return };
                loop {
                    let done = r.step(STEP_SAMPLES);
                    if done || browser::now_ms() - start >= SLICE_MS {
                        let (did, total) = r.progress();
                        state = Some((done, (did * 100 / total.max(1)) as u32));
                        break;
                    }
                }
            });
            match state {
                Some((true, _)) => {
                    let finished = run.try_update_value(Option::take).flatten();
                    if let Some(r) = finished {
                        smaa.try_set(Some(r.finish()));
                    }
                    progress.try_set(None);
                }
                Some((false, pct)) => {
                    // Whole tens only: each change of the text costs the page a render, and a
                    // run takes dozens of slices.
                    let shown = pct / 10 * 10;
                    if progress.try_get_untracked() != Some(Some(shown)) {
                        progress.try_set(Some(shown));
                    }
                    schedule_slice(run, generation, current, smaa, progress);
                }
                None => {}
            }
        },
        Duration::from_millis(0),
    );
}

/// The polite status line: removals with Undo, other notices.
#[component]
fn StatusLine() -> impl IntoView {
    let page = use_page();
    let undo = move |_| {
        let Some(removal) = page.removed.get_untracked() else { return };
        page.removed.set(None);
        let name = removal.name.clone();
        page.edit(move |d| *d = removal.before);
        page.said.set(Some(t_with(D::Restored, &[("name", &name)])));
        // Undo leaves with the render: focus the line that says what came back.
        focus_soon("dec-status");
    };
    view! {
        <div class="dec-status" id="dec-status" tabindex="-1" role="status" data-testid="decision-status">
            {move || page.removed.with(|r| r.as_ref().map(|r| r.name.clone())).map(|name| view! {
                <span>{move || t_with(D::Removed, &[("name", &name)])}</span>
                " "
                <button type="button" id="dec-undo" class="secondary" on:click=undo>{move || t(D::Undo)}</button>
            })}
            {move || page.said.get().map(|s| view! { <span>{s}</span> })}
        </div>
    }
}

/// The locale, for number formatting inside closures.
pub(crate) fn lang() -> Lang {
    use_locale().0.get()
}
