//! `#/goals`: goals by horizon (1 / 3 / 10 years) with why each matters, "what success means to
//! me" (eight dimensions rated 1–5 and a short text), and constraints (income floor, location,
//! hours, timing). Numbers are read by `crate::domain::goals::parse_amount`; what cannot be read
//! stays in its field with an error and is not saved over the last good value.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::experiences::{cap_name, cap_text};
use crate::domain::goals::{self as gl, AmountError, RemovedGoal, HORIZONS, MAX_HOURS, MAX_INCOME, SUCCESS_DIMENSIONS};
use crate::domain::workbook::{Goal, Horizon};
use crate::i18n::{GoalsText as G, Key};
use crate::platform::browser;
use crate::ui::i18n::{t, t_with};
use crate::ui::state::use_app;

/// What the live region says.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Removed { label: String, removed: RemovedGoal },
    Restored(String),
    Full,
}

fn focus_soon(id: String) {
    set_timeout(move || browser::focus_id(&id), Duration::from_millis(0));
}

fn horizon_texts(h: Horizon) -> (G, G) {
    match h {
        Horizon::OneYear => (G::Horizon1, G::Add1),
        Horizon::ThreeYears => (G::Horizon3, G::Add3),
        Horizon::TenYears => (G::Horizon10, G::Add10),
    }
}

fn scale_text(v: u8) -> G {
    match v {
        1 => G::Scale1,
        2 => G::Scale2,
        3 => G::Scale3,
        4 => G::Scale4,
        _ => G::Scale5,
    }
}

/// A goal's label for announcements: its first words, or "an empty goal".
fn goal_label(goal: &Goal) -> String {
    let text = goal.text.trim();
    if text.is_empty() {
        t(G::Untitled).to_string()
    } else {
        let short: String = text.chars().take(60).collect();
        if short.chars().count() < text.chars().count() { format!("“{short}…”") } else { format!("“{short}”") }
    }
}

/// The goals screen.
#[component]
pub fn GoalsPage() -> impl IntoView {
    let status = RwSignal::new(None::<Status>);
    provide_context(status);
    view! {
        <h1 id="page-title">{move || t(Key::NavGoals)}</h1>
        <p class="intro">{move || t(G::Intro)}</p>
        <section aria-labelledby="goals-title" data-testid="goals">
            <h2 id="goals-title">{move || t(G::GoalsTitle)}</h2>
            <StatusLine/>
            <div class="horizons">
                {HORIZONS.into_iter().map(|h| view! { <HorizonGoals horizon=h/> }).collect_view()}
            </div>
        </section>
        <Success/>
        <Constraints/>
    }
}

#[component]
fn StatusLine() -> impl IntoView {
    let app = use_app();
    let status = expect_context::<RwSignal<Option<Status>>>();
    let undo = move |_| {
        let Some(Status::Removed { label, removed }) = status.get_untracked() else { return };
        let mut id = None;
        app.update(|wb| id = gl::restore(&mut wb.goals, removed));
        match id {
            Some(id) => {
                status.set(Some(Status::Restored(label)));
                focus_soon(format!("goal-{id}-text"));
            }
            None => status.set(Some(Status::Full)),
        }
    };
    view! {
        <div class="goals-status" role="status" data-testid="goals-status">
            {move || match status.get() {
                Some(Status::Removed { label, .. }) => view! {
                    <span>{move || t_with(G::SaidRemoved, &[("goal", &label)])}</span>
                    " "
                    <button type="button" id="goals-undo" class="secondary" on:click=undo>{move || t(G::Undo)}</button>
                }.into_any(),
                Some(Status::Restored(label)) => view! { <span>{move || t_with(G::SaidRestored, &[("goal", &label)])}</span> }.into_any(),
                Some(Status::Full) => view! { <span>{move || t(G::ListFull)}</span> }.into_any(),
                None => ().into_any(),
            }}
        </div>
    }
}

/// The goals on one horizon and the button that adds one.
#[component]
fn HorizonGoals(horizon: Horizon) -> impl IntoView {
    let app = use_app();
    let status = expect_context::<RwSignal<Option<Status>>>();
    let slug = gl::horizon_slug(horizon);
    let (title, add_text) = horizon_texts(horizon);
    let ids = Memo::new(move |_| app.workbook.with(|wb| gl::on_horizon(&wb.goals, horizon).into_iter().map(|g| g.id.clone()).collect::<Vec<_>>()));
    let add = move |_| {
        let mut id = None;
        app.update(|wb| id = gl::add(&mut wb.goals, horizon));
        match id {
            Some(id) => focus_soon(format!("goal-{id}-text")),
            None => status.set(Some(Status::Full)),
        }
    };
    let title_id = format!("horizon-{slug}");
    let labelled_by = title_id.clone();
    let numbered = move || ids.get().into_iter().enumerate().collect::<Vec<(usize, String)>>();
    view! {
        <section class="card horizon" aria-labelledby=labelled_by data-horizon=slug>
            <h3 id=title_id>{move || t(title)}</h3>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="muted">{move || t(G::HorizonEmpty)}</p>
            </Show>
            <ol class="goal-list">
                <For each=numbered key=|(i, id)| (*i, id.clone())
                    children=move |(i, id)| view! { <GoalItem id=id n={i + 1}/> }/>
            </ol>
            <button type="button" class="secondary" id=format!("goal-add-{slug}") data-testid=format!("goal-add-{slug}") on:click=add>
                {move || t(add_text)}
            </button>
        </section>
    }
}

/// One goal: what and why, and a remove button (undoable).
#[component]
fn GoalItem(id: String, n: usize) -> impl IntoView {
    let app = use_app();
    let status = expect_context::<RwSignal<Option<Status>>>();
    let id = StoredValue::new(id);
    let goal = Memo::new(move |_| app.workbook.with(|wb| wb.goals.goals.iter().find(|g| g.id == id.get_value()).cloned()));
    let fid = move |s: &str| format!("goal-{}-{s}", id.get_value());
    let edit = move |f: Box<dyn FnOnce(&mut Goal)>| {
        app.update(|wb| {
            if let Some(g) = wb.goals.goals.iter_mut().find(|g| g.id == id.get_value()) {
                f(g);
            }
        })
    };
    let remove = move |_| {
        let label = goal.with_untracked(|g| g.as_ref().map(goal_label).unwrap_or_default());
        let mut removed = None;
        app.update(|wb| removed = gl::remove(&mut wb.goals, &id.get_value()));
        if let Some(removed) = removed {
            status.set(Some(Status::Removed { label, removed }));
            focus_soon("goals-undo".to_string());
        }
    };
    view! {
        <li class="goal-item">
            <fieldset>
                <legend>{move || t_with(G::GoalLegend, &[("n", &n.to_string())])}</legend>
                <div class="field">
                    <label for=fid("text")>{move || t(G::GoalText)}</label>
                    <textarea id=fid("text") rows="2" maxlength="10000"
                        prop:value=move || goal.with(|g| g.as_ref().map(|g| g.text.clone()).unwrap_or_default())
                        on:input=move |ev| { let v = cap_text(&event_target_value(&ev)); edit(Box::new(move |g| g.text = v)); }></textarea>
                </div>
                <div class="field">
                    <label for=fid("why")>{move || t(G::GoalWhy)}</label>
                    <textarea id=fid("why") rows="2" maxlength="10000"
                        prop:value=move || goal.with(|g| g.as_ref().map(|g| g.why.clone()).unwrap_or_default())
                        on:input=move |ev| { let v = cap_text(&event_target_value(&ev)); edit(Box::new(move |g| g.why = v)); }></textarea>
                </div>
                <button type="button" class="secondary danger-outline" id=fid("remove") on:click=remove>
                    {move || t(G::Remove)}<span class="visually-hidden">{move || format!(" {n}")}</span>
                </button>
            </fieldset>
        </li>
    }
}

/// The eight success dimensions and the text.
#[component]
fn Success() -> impl IntoView {
    let app = use_app();
    let rated = move || app.workbook.with(|wb| SUCCESS_DIMENSIONS.iter().filter(|k| wb.goals.success.contains_key(**k)).count());
    view! {
        <section class="goals-success" aria-labelledby="success-title" data-testid="success">
            <h2 id="success-title">{move || t(G::SuccessTitle)}</h2>
            <p>{move || t(G::SuccessIntro)}" "<span class="muted" data-testid="success-rated">{move || t_with(G::SuccessRated, &[("n", &rated().to_string())])}</span></p>
            <div class="success-grid">
                {SUCCESS_DIMENSIONS.into_iter().map(|key| {
                    let (name, hint) = crate::i18n::success_dimension_texts(key).unwrap_or((G::Satisfaction, G::SatisfactionHint));
                    let current = move || app.workbook.with(|wb| wb.goals.success.get(key).copied());
                    view! {
                        <fieldset class="rating-group success-dimension" data-dimension=key>
                            <legend>{move || t(name)}</legend>
                            <p class="hint">{move || t(hint)}</p>
                            <div class="rating-options">
                                {(1u8..=5).map(|v| {
                                    let input_id = format!("success-{key}-{v}");
                                    let for_id = input_id.clone();
                                    view! {
                                        <label class="rating-option" for=for_id>
                                            <input type="radio" id=input_id name=format!("success-{key}") value=v.to_string()
                                                prop:checked=move || current() == Some(v)
                                                on:change=move |_| app.update(|wb| { gl::set_success(&mut wb.goals, key, Some(v)); })/>
                                            <span>{move || t(scale_text(v))}</span>
                                        </label>
                                    }
                                }).collect_view()}
                            </div>
                        </fieldset>
                    }
                }).collect_view()}
            </div>
            <div class="field">
                <label for="success-text">{move || t(G::SuccessText)}</label>
                <p class="hint" id="success-text-hint">{move || t(G::SuccessTextHint)}</p>
                <textarea id="success-text" rows="3" maxlength="10000" aria-describedby="success-text-hint"
                    prop:value=move || app.workbook.with(|wb| wb.goals.success_text.clone())
                    on:input=move |ev| { let v = cap_text(&event_target_value(&ev)); app.update(|wb| wb.goals.success_text = v); }></textarea>
            </div>
        </section>
    }
}

/// Which number a constraint field holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Amount {
    Income,
    Hours,
}

/// A number field: what was typed stays; a valid number is saved, an invalid one shows why.
#[component]
fn AmountField(which: Amount) -> impl IntoView {
    let app = use_app();
    let (id, label, hint, max, too_large) = match which {
        Amount::Income => ("constraint-income", G::IncomeFloor, G::IncomeFloorHint, MAX_INCOME, G::ErrorIncomeTooLarge),
        Amount::Hours => ("constraint-hours", G::MaxHours, G::MaxHoursHint, MAX_HOURS, G::ErrorHoursTooLarge),
    };
    let stored = move || {
        app.workbook.with(|wb| match which {
            Amount::Income => wb.goals.constraints.income_floor,
            Amount::Hours => wb.goals.constraints.max_hours,
        })
    };
    let text = RwSignal::new(gl::amount_text(stored()));
    let error = RwSignal::new(None::<G>);
    // A change from elsewhere (undo of an import, another tab) refreshes the field unless it
    // holds something not yet valid.
    Effect::new(move |_| {
        let value = stored();
        if error.get_untracked().is_none() && gl::parse_amount(&text.get_untracked(), max).ok().flatten() != value {
            text.set(gl::amount_text(value));
        }
    });
    let on_input = move |ev| {
        let typed = cap_name(&event_target_value(&ev));
        text.set(typed.clone());
        match gl::parse_amount(&typed, max) {
            Ok(value) => {
                error.set(None);
                app.update(|wb| match which {
                    Amount::Income => wb.goals.constraints.income_floor = value,
                    Amount::Hours => wb.goals.constraints.max_hours = value,
                });
            }
            Err(e) => error.set(Some(match e {
                AmountError::NotANumber => G::ErrorNotANumber,
                AmountError::Negative => G::ErrorNegative,
                AmountError::TooLarge => too_large,
            })),
        }
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id>{move || t(label)}</label>
            <p class="hint" id=hint_id.clone()>{move || t(hint)}</p>
            <input type="text" inputmode="decimal" id=id maxlength="200" autocomplete="off"
                aria-describedby=format!("{hint_id} {error_id}") aria-invalid=move || error.get().is_some().to_string()
                prop:value=move || text.get() on:input=on_input/>
            <p class="entry-message" id=error_id role="alert">{move || error.get().map(t)}</p>
        </div>
    }
}

/// Income floor, location, hours and timing.
#[component]
fn Constraints() -> impl IntoView {
    let app = use_app();
    view! {
        <section class="card goals-constraints" aria-labelledby="constraints-title" data-testid="constraints">
            <h2 id="constraints-title">{move || t(G::ConstraintsTitle)}</h2>
            <p>{move || t(G::ConstraintsIntro)}</p>
            <AmountField which=Amount::Income/>
            <div class="field">
                <label for="constraint-location">{move || t(G::Location)}</label>
                <p class="hint" id="constraint-location-hint">{move || t(G::LocationHint)}</p>
                <input type="text" id="constraint-location" maxlength="10000" aria-describedby="constraint-location-hint"
                    prop:value=move || app.workbook.with(|wb| wb.goals.constraints.location.clone())
                    on:input=move |ev| { let v = cap_text(&event_target_value(&ev)); app.update(|wb| wb.goals.constraints.location = v); }/>
            </div>
            <AmountField which=Amount::Hours/>
            <div class="field">
                <label for="constraint-timing">{move || t(G::Timing)}</label>
                <p class="hint" id="constraint-timing-hint">{move || t(G::TimingHint)}</p>
                <input type="text" id="constraint-timing" maxlength="10000" aria-describedby="constraint-timing-hint"
                    prop:value=move || app.workbook.with(|wb| wb.goals.constraints.timing.clone())
                    on:input=move |ev| { let v = cap_text(&event_target_value(&ev)); app.update(|wb| wb.goals.constraints.timing = v); }/>
            </div>
        </section>
    }
}
