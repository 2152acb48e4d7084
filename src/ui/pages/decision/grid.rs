//! The scoring grid: on wide screens a matrix of every option × criterion; on every screen (and
//! alone on a phone) one option at a time with low–high ranges and evidence notes. Unscored cells
//! are marked in words and by a dashed outline. Each cell is its own component reading one entry
//! of the score index, so an edit re-renders only the cells whose value changed.

use leptos::prelude::*;

use crate::domain::decision::screen::{self, ScoreInputError};
use crate::i18n::DecisionText as D;
use crate::ui::i18n::{t, t_count, t_with};
use crate::ui::pages::progressive;

use super::{lang, number, use_page, CellValue, Page};

fn error_text(e: ScoreInputError) -> D {
    match e {
        ScoreInputError::NotANumber => D::ErrNotANumber,
        ScoreInputError::OutOfRange => D::ErrOutOfRange,
        ScoreInputError::RangeOrder => D::ErrRangeOrder,
        ScoreInputError::NoScore => D::ErrNoScore,
    }
}

/// The last refused entry, shown under the grid: (option, criterion, why).
#[derive(Clone, Copy)]
struct GridError(RwSignal<Option<(String, String, D)>>);

/// The scores section.
/// How many rows of the matrix mount with the section, and how many more in each following task.
const FIRST_ROWS: usize = 6;
const STEP_ROWS: usize = 4;

#[component]
pub fn ScoresSection() -> impl IntoView {
    let page = use_page();
    let error = GridError(RwSignal::new(None));
    provide_context(error);
    let current = RwSignal::new(None::<String>);
    let has_both = move || page.options.with(|o| !o.is_empty()) && page.criteria.with(|c| !c.is_empty());
    let unscored = Memo::new(move |_| {
        page.scores.with(|index| {
            page.options.with(|o| {
                page.criteria.with(|c| {
                    o.iter().map(|(oid, _)| c.iter().filter(|(cid, _)| index.get(oid).and_then(|m| m.get(cid)).is_none()).count()).sum::<usize>()
                })
            })
        })
    });
    let option_ids = move || page.options.with(|o| o.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>());
    let criterion_ids = move || page.criteria.with(|c| c.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>());
    // The matrix's first rows mount with the section, the others a few per task (see `progressive`).
    let rows = progressive(FIRST_ROWS, STEP_ROWS, Signal::derive(move || page.options.with(Vec::len)));
    let row_ids = move || page.options.with(|o| o.iter().take(rows.get()).map(|(id, _)| id.clone()).collect::<Vec<_>>());
    // The option shown one at a time: the chosen one while it exists, else the first.
    let shown = Memo::new(move |_| {
        let chosen = current.get();
        page.options.with(|o| chosen.filter(|c| o.iter().any(|(id, _)| id == c)).or_else(|| o.first().map(|(id, _)| id.clone())))
    });
    let step = move |by: isize| {
        let ids = option_ids();
        let at = shown.get_untracked().and_then(|s| ids.iter().position(|i| *i == s)).unwrap_or(0) as isize;
        let n = ids.len() as isize;
        if n > 0 {
            current.set(ids.get(((at + by).rem_euclid(n)) as usize).cloned());
        }
    };

    view! {
        <section class="dec-section" aria-labelledby="dec-scores-title">
            <h2 id="dec-scores-title">{move || t(D::ScoresTitle)}</h2>
            <p class="muted">{move || t(D::ScoresIntro)}</p>
            <Show when=has_both fallback=move || view! { <p class="empty-state">{move || t(D::ScoresNeedBoth)}</p> }>
                <p data-testid="unscored-count">{move || match unscored.get() {
                    0 => t(D::AllScored).to_string(),
                    n => t_count((D::UnscoredOne, D::Unscored), "n", n, &[]),
                }}</p>
                <div class="dec-grid-wide table-scroll">
                    <table class="dec-grid" data-testid="score-grid">
                        <caption>{move || t(D::GridCaption)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t(D::Option)}</th>
                                <For each=criterion_ids key=|id| id.clone() children=move |c| {
                                    view! { <th scope="col">{move || page.criterion_name(&c)}</th> }
                                }/>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=row_ids key=|id| id.clone() children=move |o| view! { <GridRow option=o/> }/>
                        </tbody>
                    </table>
                </div>
                <GridErrorLine/>
                <div class="dec-one card" data-testid="score-card">
                    <div class="dec-one-nav">
                        <button type="button" class="secondary" on:click=move |_| step(-1)>
                            <span aria-hidden="true">"← "</span>{move || t(D::PreviousOption)}
                        </button>
                        <label for="dec-one-option" class="visually-hidden">{move || t(D::OneOption)}</label>
                        <select id="dec-one-option" data-testid="score-card-option"
                            on:change=move |ev| current.set(Some(event_target_value(&ev)))>
                            <For each=option_ids key=|id| id.clone() children=move |o| {
                                let value = o.clone();
                                view! {
                                    <option value=value prop:selected=move || shown.get().as_deref() == Some(o.as_str())>
                                        {let o = o.clone(); move || page.option_name(&o)}
                                    </option>
                                }
                            }/>
                        </select>
                        <button type="button" class="secondary" on:click=move |_| step(1)>
                            {move || t(D::NextOption)}<span aria-hidden="true">" →"</span>
                        </button>
                    </div>
                    {move || shown.get().map(|o| view! { <OneOption option=o/> })}
                </div>
            </Show>
        </section>
    }
}

/// The refused entry, if any.
#[component]
fn GridErrorLine() -> impl IntoView {
    let page = use_page();
    let error = expect_context::<GridError>();
    view! {
        <p class="field-error" role="alert" data-testid="score-error">
            {move || error.0.get().map(|(o, c, e)| t_with(D::ErrCell, &[("option", &page.option_name(&o)), ("criterion", &page.criterion_name(&c)), ("message", t(e))]))}
        </p>
    }
}

/// One row of the matrix.
#[component]
fn GridRow(
    /// The option's id.
    option: String,
) -> impl IntoView {
    let page = use_page();
    let criterion_ids = move || page.criteria.with(|c| c.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>());
    let o = option.clone();
    view! {
        <tr>
            <th scope="row">{move || page.option_name(&o)}</th>
            <For each=criterion_ids key=|id| id.clone() children=move |c| {
                view! { <td><ScoreInput option=option.clone() criterion=c id_prefix="g"/></td> }
            }/>
        </tr>
    }
}

/// The value of one cell, reactive to that cell only.
fn cell(page: Page, option: StoredValue<String>, criterion: StoredValue<String>) -> RwSignal<Option<CellValue>> {
    page.cell(&option.get_value(), &criterion.get_value())
}

/// A score input; an empty one is marked "not scored".
#[component]
fn ScoreInput(
    /// The option's id.
    option: String,
    /// The criterion's id.
    criterion: String,
    /// Keeps the matrix's and the card's element ids apart.
    id_prefix: &'static str,
) -> impl IntoView {
    let page = use_page();
    let error = expect_context::<GridError>();
    let dom_id = format!("dec-{id_prefix}-{option}-{criterion}");
    let hint_id = format!("{dom_id}-hint");
    let testid = format!("cell-{option}-{criterion}");
    let testid = if id_prefix == "g" { testid } else { format!("card-{testid}") };
    let option = StoredValue::new(option);
    let criterion = StoredValue::new(criterion);
    let value = cell(page, option, criterion);
    let invalid = RwSignal::new(false);
    let scored = move || value.with(Option::is_some);
    let commit = move |ev: leptos::ev::Event| {
        let (o, c) = (option.get_value(), criterion.get_value());
        match screen::parse_score(&event_target_value(&ev)) {
            Ok(v) => {
                invalid.set(false);
                error.0.set(None);
                let key = (o.clone(), c.clone());
                let kept = if v.is_some() { page.cleared.try_update_value(|m| m.remove(&key)).flatten() } else { None };
                let mut removed = None;
                page.edit(|d| removed = screen::set_score(d, &o, &c, v, kept));
                if let Some(score) = removed.filter(|s| !s.note.is_empty() || s.low.is_some() || s.high.is_some()) {
                    page.cleared.update_value(|m| {
                        m.insert(key, score);
                    });
                }
            }
            Err(e) => {
                invalid.set(true);
                error.0.set(Some((o, c, error_text(e))));
            }
        }
    };
    let hint = hint_id.clone();
    view! {
        <span class="dec-cell" class:unscored=move || !scored()>
            <input type="text" inputmode="decimal" id=dom_id class="dec-number" data-testid=testid
                aria-label=move || t_with(D::ScoreOf, &[("option", &page.option_name(&option.get_value())), ("criterion", &page.criterion_name(&criterion.get_value()))])
                aria-describedby=move || (!scored()).then(|| hint.clone())
                aria-invalid=move || invalid.get().to_string()
                prop:value=move || value.get().map(|(v, _, _)| number(lang(), v, 2)).unwrap_or_default()
                on:change=commit/>
            {move || (!scored()).then(|| view! { <span id=hint_id.clone() class="dec-unscored-mark">{move || t(D::NotScored)}</span> })}
        </span>
    }
}

/// One option, every criterion with its score, range and evidence note.
#[component]
fn OneOption(
    /// The option's id.
    option: String,
) -> impl IntoView {
    let page = use_page();
    let criterion_ids = move || page.criteria.with(|c| c.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>());
    let o = option.clone();
    view! {
        <h3 class="dec-one-title">{move || page.option_name(&o)}</h3>
        <ul class="dec-one-list">
            <For each=criterion_ids key=|id| id.clone() children=move |c| view! { <OneCell option=option.clone() criterion=c/> }/>
        </ul>
    }
}

/// Score, low, high and note of one cell.
#[component]
fn OneCell(
    /// The option's id.
    option: String,
    /// The criterion's id.
    criterion: String,
) -> impl IntoView {
    let page = use_page();
    let o = StoredValue::new(option.clone());
    let c = StoredValue::new(criterion.clone());
    let value = cell(page, o, c);
    let note = Memo::new(move |_| page.decision.with(|d| screen::score_of(d, &o.get_value(), &c.get_value()).map(|s| s.note.clone()).unwrap_or_default()));
    let error = RwSignal::new(None::<D>);
    let base = format!("dec-r-{option}-{criterion}");
    let names = move || [("option", page.option_name(&o.get_value())), ("criterion", page.criterion_name(&c.get_value()))];
    let label = move |key: D| {
        let [a, b] = names();
        t_with(key, &[(a.0, &a.1), (b.0, &b.1)])
    };
    let set_end = move |ev: leptos::ev::Event, low: bool| {
        let parsed = screen::parse_score(&event_target_value(&ev));
        let Some((_, l, h)) = value.get_untracked() else {
            error.set(Some(D::ErrNoScore));
            return;
        };
        match parsed {
            Ok(x) => {
                let (l, h) = if low { (x, h) } else { (l, x) };
                let mut result = Ok(());
                page.edit(|d| result = screen::set_range(d, &o.get_value(), &c.get_value(), l, h));
                error.set(result.err().map(error_text));
            }
            Err(e) => error.set(Some(error_text(e))),
        }
    };
    let (low_id, high_id, note_id, err_id) = (format!("{base}-low"), format!("{base}-high"), format!("{base}-note"), format!("{base}-error"));
    let (l2, h2, n2, e2, e3, e4) = (low_id.clone(), high_id.clone(), note_id.clone(), err_id.clone(), err_id.clone(), err_id.clone());
    view! {
        <li class="dec-one-cell">
            <fieldset>
                <legend>{move || page.criterion_name(&c.get_value())}</legend>
                <div class="dec-one-fields">
                    <div class="field">
                        <span class="dec-field-label" aria-hidden="true">{move || t(D::Score)}</span>
                        <ScoreInput option=option.clone() criterion=criterion.clone() id_prefix="r"/>
                    </div>
                    <div class="field">
                        <label for=l2 class="dec-field-label"><span aria-hidden="true">{move || t(D::Low)}</span><span class="visually-hidden">{move || label(D::LowOf)}</span></label>
                        <input type="text" inputmode="decimal" id=low_id class="dec-number" aria-describedby=e2
                            prop:value=move || value.get().map(|(v, l, _)| number(lang(), l.unwrap_or(v), 2)).unwrap_or_default()
                            on:change=move |ev| set_end(ev, true)/>
                    </div>
                    <div class="field">
                        <label for=h2 class="dec-field-label"><span aria-hidden="true">{move || t(D::High)}</span><span class="visually-hidden">{move || label(D::HighOf)}</span></label>
                        <input type="text" inputmode="decimal" id=high_id class="dec-number" aria-describedby=e3
                            prop:value=move || value.get().map(|(v, _, h)| number(lang(), h.unwrap_or(v), 2)).unwrap_or_default()
                            on:change=move |ev| set_end(ev, false)/>
                    </div>
                    <div class="field dec-note">
                        <label for=n2 class="dec-field-label"><span aria-hidden="true">{move || t(D::Evidence)}</span><span class="visually-hidden">{move || label(D::EvidenceOf)}</span></label>
                        <input type="text" id=note_id maxlength="10000" aria-describedby=e4
                            prop:value=move || note.get()
                            on:change=move |ev| {
                                let text = event_target_value(&ev);
                                let mut ok = true;
                                page.edit(|d| ok = screen::set_note(d, &o.get_value(), &c.get_value(), &text));
                                error.set((!ok).then_some(D::ErrNoScore));
                            }/>
                    </div>
                </div>
                <p id=err_id class="field-error" role="alert">{move || error.get().map(t)}</p>
            </fieldset>
        </li>
    }
}
