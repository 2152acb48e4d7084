//! The action plan (key uncertainties per option, the cheapest test of each, a date; downloadable
//! as a calendar file) and the decision journal.

use leptos::prelude::*;

use crate::domain::decision::plan::{self, Action, JournalEntry};
use crate::domain::ics;
use crate::domain::workbook::{next_id, MAX_LIST_ITEMS};
use crate::i18n::DecisionText as D;
use crate::platform::{browser, files};
use crate::ui::i18n::{t, t_with};

use super::{focus_soon, use_page, Page};

/// Edits the action `id` in place.
fn edit_action(page: Page, id: &str, f: impl FnOnce(&mut Action)) {
    page.edit(|d| {
        if let Some(a) = d.actions.iter_mut().find(|a| a.id == id) {
            f(a);
        }
    });
}

/// Edits the journal entry `id` in place.
fn edit_entry(page: Page, id: &str, f: impl FnOnce(&mut JournalEntry)) {
    page.edit(|d| {
        if let Some(e) = d.journal.iter_mut().find(|e| e.id == id) {
            f(e);
        }
    });
}

/// `<option>`s of the decision's options, `selected` marked; `none` adds an empty first choice.
fn option_choices(page: Page, selected: impl Fn() -> String + Copy + Send + Sync + 'static, none: Option<D>) -> impl IntoView {
    view! {
        {none.map(|label| view! { <option value="" prop:selected=move || selected().is_empty()>{move || t(label)}</option> })}
        <For each=move || page.options.get() key=|(id, name)| format!("{id}\u{1f}{name}") children=move |(id, name)| {
            let value = id.clone();
            view! { <option value=value prop:selected=move || selected() == id>{name}</option> }
        }/>
    }
}

/// The action plan.
#[component]
pub fn PlanSection() -> impl IntoView {
    let page = use_page();
    let ids = move || page.decision.with(|d| d.actions.iter().map(|a| a.id.clone()).collect::<Vec<_>>());
    let message = RwSignal::new(None::<D>);
    let add = move |_| {
        let mut added = None;
        page.edit(|d| {
            let Some(option) = d.options.first().map(|o| o.id.clone()) else { return };
            if d.actions.len() >= MAX_LIST_ITEMS {
                return;
            }
            let id = next_id("a", d.actions.iter().map(|a| a.id.as_str()));
            d.actions.push(Action { id: id.clone(), option, ..Action::default() });
            added = Some(id);
        });
        if let Some(id) = added {
            let target = format!("dec-{id}-uncertainty");
            set_timeout(move || browser::focus_id(&target), std::time::Duration::from_millis(0));
        }
    };
    let download = move |_| {
        let text = page.decision.with_untracked(|d| {
            let events = plan::calendar_events(d, |test, option| t_with(D::IcsSummary, &[("test", test), ("option", option)]), |a| a.uncertainty.clone());
            (!events.is_empty()).then(|| ics::calendar(&events, &browser::now_iso()))
        });
        match text {
            None => message.set(Some(D::IcsNothing)),
            Some(text) => match files::download("crossroads-action-plan.ics", "text/calendar", &text) {
                Ok(()) => message.set(None),
                Err(_) => message.set(Some(D::IcsFailed)),
            },
        }
    };
    let ordered = Memo::new(move |_| {
        page.decision.with(|d| {
            plan::plan_order(d)
                .into_iter()
                .map(|a| (a.due.clone(), page.option_name(&a.option), a.test.clone(), a.uncertainty.clone(), a.done))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="dec-section" aria-labelledby="dec-plan-title">
            <h2 id="dec-plan-title">{move || t(D::PlanTitle)}</h2>
            <p class="muted">{move || t(D::PlanIntro)}</p>
            <Show when=move || page.decision.with(|d| d.actions.is_empty())>
                <p class="empty-state">{move || t(D::PlanEmpty)}</p>
            </Show>
            <ol class="dec-list">
                <For each=ids key=|id| id.clone() children=move |id| view! { <ActionItem id=id/> }/>
            </ol>
            <button type="button" data-testid="add-action" prop:disabled=move || page.options.with(Vec::is_empty) on:click=add>{move || t(D::AddAction)}</button>
            <Show when=move || ordered.with(|o| !o.is_empty())>
                <div class="table-scroll">
                    <table class="dec-plan" data-testid="plan-table">
                        <caption>{move || t(D::PlanTable)}</caption>
                        <thead><tr>
                            <th scope="col">{move || t(D::Due)}</th>
                            <th scope="col">{move || t(D::Option)}</th>
                            <th scope="col">{move || t(D::Test)}</th>
                            <th scope="col">{move || t(D::Uncertainty)}</th>
                            <th scope="col">{move || t(D::Done)}</th>
                        </tr></thead>
                        <tbody>
                            {move || ordered.get().into_iter().map(|(due, option, test, uncertainty, done)| view! {
                                <tr>
                                    <td>{due}</td><td>{option}</td><td>{test}</td><td>{uncertainty}</td>
                                    <td>{if done { "✓" } else { "" }}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <button type="button" class="secondary" data-testid="download-ics" on:click=download>{move || t(D::DownloadIcs)}</button>
            </Show>
            <p class="field-error" role="status">{move || message.get().map(t)}</p>
        </section>
    }
}

/// One uncertainty and its test.
#[component]
fn ActionItem(
    /// The action's id.
    id: String,
) -> impl IntoView {
    let page = use_page();
    let id = StoredValue::new(id);
    let action = Memo::new(move |_| page.decision.with(|d| d.actions.iter().find(|a| a.id == id.get_value()).cloned().unwrap_or_default()));
    let date_error = RwSignal::new(false);
    let eid = move |suffix: &str| format!("dec-{}-{suffix}", id.get_value());
    let remove = move |_| {
        let name = action.with_untracked(|a| if a.uncertainty.trim().is_empty() { t(D::Untitled).to_string() } else { a.uncertainty.clone() });
        page.remove(name, |d| d.actions.retain(|a| a.id != id.get_value()));
    };
    view! {
        <li class="dec-item card" data-testid="action-item">
            <div class="field">
                <label for=move || eid("option")>{move || t(D::Option)}</label>
                <select id=move || eid("option") on:change=move |ev| {
                    let value = event_target_value(&ev);
                    edit_action(page, &id.get_value(), |a| a.option = value);
                }>
                    {option_choices(page, move || action.with(|a| a.option.clone()), None)}
                </select>
            </div>
            <div class="field">
                <label for=move || eid("uncertainty")>{move || t(D::Uncertainty)}</label>
                <textarea id=move || eid("uncertainty") rows="2" maxlength="10000" data-testid="action-uncertainty"
                    prop:value=move || action.with(|a| a.uncertainty.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit_action(page, &id.get_value(), |a| a.uncertainty = v); }></textarea>
            </div>
            <div class="field">
                <label for=move || eid("test")>{move || t(D::Test)}</label>
                <input type="text" id=move || eid("test") maxlength="10000" data-testid="action-test"
                    prop:value=move || action.with(|a| a.test.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit_action(page, &id.get_value(), |a| a.test = v); }/>
            </div>
            <div class="field">
                <label for=move || eid("due")>{move || t(D::Due)}</label>
                <input type="date" id=move || eid("due") data-testid="action-due" aria-invalid=move || date_error.get().to_string()
                    prop:value=move || action.with(|a| a.due.clone())
                    on:change=move |ev| {
                        let v = event_target_value(&ev).trim().to_string();
                        if plan::is_date_or_empty(&v) {
                            date_error.set(false);
                            edit_action(page, &id.get_value(), |a| a.due = v);
                        } else {
                            date_error.set(true);
                        }
                    }/>
                {move || date_error.get().then(|| view! { <p class="field-error" role="alert">{move || t(D::DateInvalid)}</p> })}
            </div>
            <div class="field dec-check">
                <input type="checkbox" id=move || eid("done") prop:checked=move || action.with(|a| a.done)
                    on:change=move |ev| { let v = event_target_checked(&ev); edit_action(page, &id.get_value(), |a| a.done = v); }/>
                <label for=move || eid("done")>{move || t(D::Done)}</label>
            </div>
            <button type="button" class="secondary danger-outline" on:click=remove>{move || t(D::Remove)}</button>
        </li>
    }
}

/// The decision journal.
#[component]
pub fn JournalSection() -> impl IntoView {
    let page = use_page();
    let ids = move || page.decision.with(|d| d.journal.iter().map(|e| e.id.clone()).collect::<Vec<_>>());
    let add = move |_| {
        let top = page.results.with_untracked(|r| r.ranking.first().map(|e| e.option.clone())).unwrap_or_default();
        let today = browser::today();
        page.edit(|d| {
            if d.journal.len() >= MAX_LIST_ITEMS {
                return;
            }
            let id = next_id("j", d.journal.iter().map(|e| e.id.as_str()));
            d.journal.push(JournalEntry { id, option: top, date: today, ..JournalEntry::default() });
        });
        focus_soon("dec-journal-last");
    };
    view! {
        <section class="dec-section" aria-labelledby="dec-journal-title">
            <h2 id="dec-journal-title">{move || t(D::JournalTitle)}</h2>
            <p class="muted">{move || t(D::JournalIntro)}</p>
            <Show when=move || page.decision.with(|d| d.journal.is_empty())>
                <p class="empty-state">{move || t(D::JournalEmpty)}</p>
            </Show>
            <ol class="dec-list">
                <For each=ids key=|id| id.clone() children=move |id| view! { <JournalItem id=id/> }/>
            </ol>
            <button type="button" data-testid="add-journal" on:click=add>{move || t(D::AddJournal)}</button>
        </section>
    }
}

/// One journal entry.
#[component]
fn JournalItem(
    /// The entry's id.
    id: String,
) -> impl IntoView {
    let page = use_page();
    let id = StoredValue::new(id);
    let entry = Memo::new(move |_| page.decision.with(|d| d.journal.iter().find(|e| e.id == id.get_value()).cloned().unwrap_or_default()));
    let is_last = Memo::new(move |_| page.decision.with(|d| d.journal.last().map(|e| e.id == id.get_value()).unwrap_or(false)));
    let date_error = RwSignal::new(false);
    let eid = move |suffix: &str| format!("dec-{}-{suffix}", id.get_value());
    let set_date = move |ev: leptos::ev::Event, review: bool| {
        let v = event_target_value(&ev).trim().to_string();
        if plan::is_date_or_empty(&v) {
            date_error.set(false);
            edit_entry(page, &id.get_value(), |e| if review { e.review = v } else { e.date = v });
        } else {
            date_error.set(true);
        }
    };
    let remove = move |_| {
        let name = entry.with_untracked(|e| t_with(D::EntryTitle, &[("date", &crate::i18n::number::date(crate::ui::i18n::use_locale().0.get(), &e.date))]));
        page.remove(name, |d| d.journal.retain(|e| e.id != id.get_value()));
    };
    view! {
        <li class="dec-item card" data-testid="journal-item">
            <h3 id=move || if is_last.get() { "dec-journal-last".to_string() } else { eid("title") } tabindex="-1">
                {move || t_with(D::EntryTitle, &[("date", &entry.with(|e| crate::i18n::number::date(crate::ui::i18n::use_locale().0.get(), &e.date)))])}
            </h3>
            <div class="field">
                <label for=move || eid("chosen")>{move || t(D::Chosen)}</label>
                <select id=move || eid("chosen") data-testid="journal-option" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    edit_entry(page, &id.get_value(), |e| e.option = v);
                }>
                    {option_choices(page, move || entry.with(|e| e.option.clone()), Some(D::NotDecided))}
                </select>
            </div>
            <div class="field">
                <label for=move || eid("date")>{move || t(D::DecidedOn)}</label>
                <input type="date" id=move || eid("date") prop:value=move || entry.with(|e| e.date.clone()) on:change=move |ev| set_date(ev, false)/>
            </div>
            <div class="field">
                <label for=move || eid("reasons")>{move || t(D::Reasons)}</label>
                <textarea id=move || eid("reasons") rows="3" maxlength="10000" data-testid="journal-reasons"
                    prop:value=move || entry.with(|e| e.reasons.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit_entry(page, &id.get_value(), |e| e.reasons = v); }></textarea>
            </div>
            <div class="field">
                <label for=move || eid("review")>{move || t(D::ReviewOn)}</label>
                <input type="date" id=move || eid("review") data-testid="journal-review" prop:value=move || entry.with(|e| e.review.clone()) on:change=move |ev| set_date(ev, true)/>
            </div>
            {move || date_error.get().then(|| view! { <p class="field-error" role="alert">{move || t(D::DateInvalid)}</p> })}
            <button type="button" class="secondary danger-outline" on:click=remove>{move || t(D::Remove)}</button>
        </li>
    }
}
