//! The options: add (name and kind of move, each kind explained in one line), rename, change the
//! kind, notes, remove with Undo.

use leptos::prelude::*;

use crate::domain::decision::screen::{self, ListError};
use crate::domain::decision::MoveKind;
use crate::i18n::DecisionText as D;
use crate::ui::i18n::{t, t_with};

use super::{focus_soon, move_texts, use_page};

/// `<option>`s of every kind of move, each with its explanation.
fn move_choices(selected: impl Fn() -> MoveKind + Copy + Send + Sync + 'static) -> impl IntoView {
    MoveKind::ALL
        .iter()
        .map(|&kind| {
            let (name, hint) = move_texts(kind);
            view! {
                <option value=kind.as_str() prop:selected=move || selected() == kind>
                    {move || format!("{} – {}", t(name), t(hint))}
                </option>
            }
        })
        .collect_view()
}

fn parse_move(value: &str) -> MoveKind {
    MoveKind::ALL.iter().copied().find(|k| k.as_str() == value).unwrap_or(MoveKind::Lateral)
}

/// How many options mount with the section, and how many more in each following task.
const FIRST_ITEMS: usize = 6;
const STEP_ITEMS: usize = 4;

/// The options section.
#[component]
pub fn OptionsSection() -> impl IntoView {
    let page = use_page();
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(MoveKind::Lateral);
    let error = RwSignal::new(None::<D>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut result = Err(ListError::Full);
        let typed = name.get_untracked();
        page.edit(|d| result = screen::add_option(d, &typed, kind.get_untracked()));
        match result {
            Ok(_) => {
                name.set(String::new());
                error.set(None);
                focus_soon("dec-new-option");
            }
            Err(ListError::Full) => error.set(Some(D::OptionsFull)),
            Err(ListError::BadName) => error.set(Some(D::NameMissing)),
        }
    };
    // The first options mount with the page, the others a few per task (see `progressive`).
    let shown = crate::ui::pages::progressive(FIRST_ITEMS, STEP_ITEMS, Signal::derive(move || page.options.with(Vec::len)));
    let ids = move || page.options.with(|o| o.iter().take(shown.get()).map(|(id, _)| id.clone()).collect::<Vec<_>>());
    view! {
        <section class="dec-section" aria-labelledby="dec-options-title">
            <h2 id="dec-options-title">{move || t(D::OptionsTitle)}</h2>
            <p class="muted">{move || t(D::OptionsIntro)}</p>
            <Show when=move || page.options.with(Vec::is_empty)>
                <p class="empty-state">{move || t(D::OptionsEmpty)}</p>
            </Show>
            <ol class="dec-list" data-testid="option-list">
                <For each=ids key=|id| id.clone() children=move |id| view! { <OptionItem id=id/> }/>
            </ol>
            <form class="dec-add card" on:submit=add novalidate>
                <h3>{move || t(D::NewOption)}</h3>
                <div class="field">
                    <label for="dec-new-option">{move || t(D::OptionName)}</label>
                    <input id="dec-new-option" type="text" maxlength="200" data-testid="new-option-name"
                        aria-invalid=move || error.get().is_some().to_string()
                        aria-describedby="dec-new-option-error"
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="dec-new-move">{move || t(D::OptionMove)}</label>
                    <select id="dec-new-move" data-testid="new-option-move"
                        on:change=move |ev| kind.set(parse_move(&event_target_value(&ev)))>
                        {move_choices(move || kind.get())}
                    </select>
                </div>
                <p id="dec-new-option-error" class="field-error" role="alert">{move || error.get().map(t)}</p>
                <button type="submit" data-testid="add-option">{move || t(D::AddOption)}</button>
            </form>
        </section>
    }
}

/// One option: name, kind of move (with its explanation), notes, remove.
#[component]
fn OptionItem(
    /// The option's id.
    id: String,
) -> impl IntoView {
    let page = use_page();
    let id = StoredValue::new(id);
    let option = Memo::new(move |_| page.decision.with(|d| d.options.iter().find(|o| o.id == id.get_value()).cloned()));
    let name_error = RwSignal::new(false);
    let eid = move |suffix: &str| format!("dec-{}-{suffix}", id.get_value());
    let rename = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        let clean = typed.trim().to_string();
        if clean.is_empty() || clean.chars().count() > 200 {
            name_error.set(true);
            return;
        }
        name_error.set(false);
        page.edit(|d| {
            if let Some(o) = d.options.iter_mut().find(|o| o.id == id.get_value()) {
                o.name = clean;
            }
        });
    };
    let remove = move |_| {
        let name = page.option_name(&id.get_value());
        page.remove(name, |d| screen::remove_option(d, &id.get_value()));
    };
    let kind = move || option.with(|o| o.as_ref().map(|o| o.move_kind).unwrap_or(MoveKind::Lateral));
    view! {
        <li class="dec-item card" data-testid="option-item">
            <div class="field">
                <label for=move || eid("name")>{move || t(D::OptionName)}</label>
                <input id=move || eid("name") type="text" maxlength="200"
                    aria-invalid=move || name_error.get().to_string()
                    prop:value=move || option.with(|o| o.as_ref().map(|o| o.name.clone()).unwrap_or_default())
                    on:change=rename/>
                {move || name_error.get().then(|| view! { <p class="field-error" role="alert">{move || t(D::NameMissing)}</p> })}
            </div>
            <div class="field">
                <label for=move || eid("move")>{move || t(D::OptionMove)}</label>
                <select id=move || eid("move") on:change=move |ev| {
                    let k = parse_move(&event_target_value(&ev));
                    page.edit(|d| {
                        if let Some(o) = d.options.iter_mut().find(|o| o.id == id.get_value()) {
                            o.move_kind = k;
                        }
                    });
                }>
                    {move_choices(kind)}
                </select>
            </div>
            <div class="field">
                <label for=move || eid("notes")>{move || t(D::OptionNotes)}</label>
                <textarea id=move || eid("notes") rows="2" maxlength="10000"
                    prop:value=move || option.with(|o| o.as_ref().map(|o| o.notes.clone()).unwrap_or_default())
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        page.edit(|d| {
                            if let Some(o) = d.options.iter_mut().find(|o| o.id == id.get_value()) {
                                o.notes = text;
                            }
                        });
                    }></textarea>
            </div>
            <button type="button" class="secondary danger-outline" on:click=remove>
                {move || t_with(D::RemoveNamed, &[("name", &option.with(|o| o.as_ref().map(|o| o.name.clone()).unwrap_or_default()))])}
            </button>
        </li>
    }
}

