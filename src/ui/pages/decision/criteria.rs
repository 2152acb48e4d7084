//! The criteria: suggested ones from the workbook (top values, motivated talents, goals), custom
//! ones, dealbreaker minimums, and the constraints offered as dealbreakers.

use leptos::prelude::*;

use crate::domain::decision::screen::{self, ListError};
use crate::domain::decision::Dealbreaker;
use crate::domain::suggestions::{self, ConstraintKind, Origin, SuggestedDealbreaker};
use crate::domain::workbook::MAX_NAME_CHARS;
use crate::i18n::DecisionText as D;
use crate::ui::i18n::{t, t_with};
use crate::ui::names::{talent_label, value_label};
use crate::ui::state::use_app;

use super::{focus_soon, lang, number, use_page};

/// The name a suggested criterion gets, in the current language.
fn origin_name(origin: &Origin) -> (String, D) {
    match origin {
        Origin::Value { key, custom_name } => (custom_name.clone().unwrap_or_else(|| value_label(key)), D::FromValue),
        Origin::Talent { key, custom_name } => (custom_name.clone().unwrap_or_else(|| talent_label(key)), D::FromTalent),
        Origin::Goal { text, .. } => (suggestions::short_name(text, 80), D::FromGoal),
    }
}

/// The criterion name a constraint suggests.
fn constraint_name(s: &SuggestedDealbreaker) -> String {
    let key = match s.kind {
        ConstraintKind::IncomeFloor => D::ConstraintIncome,
        ConstraintKind::Location => D::ConstraintLocation,
        ConstraintKind::MaxHours => D::ConstraintHours,
        ConstraintKind::Timing => D::ConstraintTiming,
    };
    suggestions::short_name(&t_with(key, &[("detail", &s.detail)]), MAX_NAME_CHARS)
}

/// The criteria section.
#[component]
pub fn CriteriaSection() -> impl IntoView {
    let app = use_app();
    let page = use_page();
    let suggested = Memo::new(move |_| app.workbook.with(suggestions::suggest));
    let error = RwSignal::new(None::<D>);
    let name = RwSignal::new(String::new());
    let report = move |result: Result<String, ListError>| match result {
        Ok(_) => error.set(None),
        Err(ListError::Full) => error.set(Some(D::CriteriaFull)),
        Err(ListError::BadName) => error.set(Some(D::NameMissing)),
    };
    let add_custom = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked();
        let mut result = Err(ListError::Full);
        page.edit(|d| result = screen::add_criterion(d, &typed, "custom"));
        if result.is_ok() {
            name.set(String::new());
            focus_soon("dec-new-criterion");
        }
        report(result);
    };
    let criterion_ids = move || page.criteria.with(|c| c.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>());

    let suggestion_buttons = move || {
        let list = suggested.with(|s| s.criteria.iter().filter(|c| !c.taken).cloned().collect::<Vec<_>>());
        if list.is_empty() {
            return view! { <p class="muted">{move || t(D::SuggestedNone)}</p> }.into_any();
        }
        view! {
            <ul class="dec-chips">
                {list.into_iter().map(|s| {
                    let (label, from) = origin_name(&s.origin);
                    let source = s.source.clone();
                    let shown = label.clone();
                    view! {
                        <li>
                            <button type="button" class="secondary chip" data-source=source.clone()
                                aria-label=move || t_with(D::AddNamed, &[("name", &shown)])
                                on:click=move |_| {
                                    let mut result = Err(ListError::Full);
                                    page.edit(|d| result = screen::add_criterion(d, &label, &source));
                                    report(result);
                                }>
                                "+ " {label.clone()} <span class="muted">{move || format!(" ({})", t(from))}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let constraint_buttons = move || {
        let list = suggested.with(|s| s.dealbreakers.clone());
        let names: Vec<String> = page.criteria.with(|c| c.iter().map(|(_, n)| n.clone()).collect());
        let open: Vec<(SuggestedDealbreaker, String)> =
            list.into_iter().map(|s| { let n = constraint_name(&s); (s, n) }).filter(|(_, n)| !names.contains(n)).collect();
        (!open.is_empty()).then(|| view! {
            <h3>{move || t(D::ConstraintsTitle)}</h3>
            <ul class="dec-chips">
                {open.into_iter().map(|(s, label)| {
                    let shown = label.clone();
                    view! {
                        <li>
                            <button type="button" class="secondary chip" on:click=move |_| {
                                let mut result = Err(ListError::Full);
                                page.edit(|d| {
                                    result = screen::add_criterion(d, &label, "custom");
                                    if let Ok(id) = &result {
                                        d.dealbreakers.push(Dealbreaker { criterion: id.clone(), min: s.min });
                                    }
                                });
                                report(result);
                            }>{move || t_with(D::AddAsDealbreaker, &[("name", &shown)])}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })
    };

    view! {
        <section class="dec-section" aria-labelledby="dec-criteria-title">
            <h2 id="dec-criteria-title">{move || t(D::CriteriaTitle)}</h2>
            <p class="muted">{move || t(D::CriteriaIntro)}</p>
            <h3>{move || t(D::SuggestedTitle)}</h3>
            {suggestion_buttons}
            {constraint_buttons}
            <p class="field-error" role="alert">{move || error.get().map(t)}</p>
            <Show when=move || page.criteria.with(Vec::is_empty)>
                <p class="empty-state">{move || t(D::CriteriaEmpty)}</p>
            </Show>
            <ol class="dec-list" data-testid="criterion-list">
                <For each=criterion_ids key=|id| id.clone() children=move |id| view! { <CriterionItem id=id/> }/>
            </ol>
            <form class="dec-add card" on:submit=add_custom novalidate>
                <div class="field">
                    <label for="dec-new-criterion">{move || t(D::CriterionName)}</label>
                    <input id="dec-new-criterion" type="text" maxlength="200" data-testid="new-criterion-name"
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <button type="submit" data-testid="add-criterion">{move || t(D::AddCriterion)}</button>
            </form>
            <p class="muted">{move || t(D::DealbreakersIntro)}</p>
        </section>
    }
}

/// One criterion: its name, its dealbreaker minimum, remove.
#[component]
fn CriterionItem(
    /// The criterion's id.
    id: String,
) -> impl IntoView {
    let page = use_page();
    let id = StoredValue::new(id);
    let name = Memo::new(move |_| page.criterion_name(&id.get_value()));
    let minimum = Memo::new(move |_| page.decision.with(|d| d.dealbreakers.iter().find(|b| b.criterion == id.get_value()).map(|b| b.min)));
    let name_error = RwSignal::new(false);
    let min_error = RwSignal::new(false);
    let eid = move |suffix: &str| format!("dec-{}-{suffix}", id.get_value());
    let rename = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev).trim().to_string();
        if typed.is_empty() || typed.chars().count() > MAX_NAME_CHARS {
            name_error.set(true);
            return;
        }
        name_error.set(false);
        page.edit(|d| {
            if let Some(c) = d.criteria.iter_mut().find(|c| c.id == id.get_value()) {
                c.name = typed;
            }
        });
    };
    let set_min = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        match screen::parse_score(&typed) {
            Ok(value) => {
                min_error.set(false);
                page.edit(|d| {
                    d.dealbreakers.retain(|b| b.criterion != id.get_value());
                    if let Some(min) = value {
                        d.dealbreakers.push(Dealbreaker { criterion: id.get_value(), min });
                    }
                });
            }
            Err(_) => min_error.set(true),
        }
    };
    let remove = move |_| {
        let shown = name.get_untracked();
        page.remove(shown, |d| screen::remove_criterion(d, &id.get_value()));
    };
    view! {
        <li class="dec-item card dec-criterion" data-testid="criterion-item">
            <div class="field">
                <label for=move || eid("name")>{move || t(D::CriterionName)}</label>
                <input id=move || eid("name") type="text" maxlength="200" aria-invalid=move || name_error.get().to_string()
                    prop:value=move || name.get() on:change=rename/>
                {move || name_error.get().then(|| view! { <p class="field-error" role="alert">{move || t(D::NameMissing)}</p> })}
            </div>
            <div class="field">
                <label for=move || eid("min")>{move || t_with(D::DealbreakerMin, &[("criterion", &name.get())])}</label>
                <input id=move || eid("min") type="text" inputmode="decimal" class="dec-number" data-testid="dealbreaker-min"
                    aria-invalid=move || min_error.get().to_string()
                    prop:value=move || minimum.get().map(|m| number(lang(), m, 2)).unwrap_or_default()
                    on:change=set_min/>
                {move || min_error.get().then(|| view! { <p class="field-error" role="alert">{move || t(D::DealbreakerBadMin)}</p> })}
            </div>
            <button type="button" class="secondary danger-outline" on:click=remove>
                {move || t_with(D::RemoveNamed, &[("name", &name.get())])}
            </button>
        </li>
    }
}
