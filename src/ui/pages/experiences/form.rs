//! The form that edits one experience in place, with a writing prompt and its example beside it.
//!
//! Every field writes to the workbook on `input` (autosave debounces). "Done" closes the form; a
//! form left completely blank removes its empty experience again.

use leptos::prelude::*;

use super::{energy_text, focus_soon, kind_text, title_of, PageState};
use crate::domain::catalog::{TALENTS, VALUES};
use crate::domain::experiences::{self as list, ListError, Stance};
use crate::domain::workbook::{Experience, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::i18n::ExperienceText as X;
use crate::platform::browser;
use crate::ui::i18n::{t, t_with};
use crate::ui::names::{talent_label, value_hint, value_label};
use crate::ui::pages::derived;
use crate::ui::state::{use_app, AppState};

/// A writing prompt: a question and an example story, shown beside the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prompt {
    Flow,
    Proud,
    Quit,
}

impl Prompt {
    const ALL: [Prompt; 3] = [Prompt::Flow, Prompt::Proud, Prompt::Quit];

    fn slug(self) -> &'static str {
        match self {
            Prompt::Flow => "flow",
            Prompt::Proud => "proud",
            Prompt::Quit => "quit",
        }
    }

    /// Its (name, question, example) texts.
    fn texts(self) -> (X, X, X) {
        match self {
            Prompt::Flow => (X::PromptFlow, X::PromptFlowQuestion, X::PromptFlowExample),
            Prompt::Proud => (X::PromptProud, X::PromptProudQuestion, X::PromptProudExample),
            Prompt::Quit => (X::PromptQuit, X::PromptQuitQuestion, X::PromptQuitExample),
        }
    }
}

/// Changes experience `id` in place, if it still exists.
fn edit(app: AppState, id: &str, f: impl FnOnce(&mut Experience)) {
    app.update(|wb| {
        if let Some(e) = list::get_mut(wb, id) {
            f(e);
        }
    });
}

/// The experience `id` as it is now (reactive), or `None` once deleted: the page's signal of
/// that experience, which changes only with it.
fn current(id: StoredValue<String>) -> ReadSignal<Option<Experience>> {
    expect_context::<PageState>().experience(&id.get_value())
}

/// A part of experience `id` as a signal that notifies only when that part changes: typing in one
/// field must not wake the form's hundred checkboxes.
fn part<T: Clone + PartialEq + Send + Sync + 'static>(
    experience: ReadSignal<Option<Experience>>,
    f: impl Fn(Option<&Experience>) -> T + 'static,
) -> ReadSignal<T> {
    derived(move || experience.with(|e| f(e.as_ref())))
}

/// The edit form of experience `id`.
#[component]
pub fn ExperienceForm(
    /// The experience's id.
    id: String,
) -> impl IntoView {
    let app = use_app();
    let page = expect_context::<PageState>();
    let id = StoredValue::new(id);
    let experience = current(id);
    let prompt = RwSignal::new(None::<Prompt>);
    let meanings_open = RwSignal::new(false);
    let fid = move |slug: &str| format!("exp-{}-f-{slug}", id.get_value());

    let done = move || {
        let blank = experience.with_untracked(|e| e.as_ref().is_some_and(list::is_blank));
        page.editing.set(None);
        // A story link (`#/experiences/<id>`) has served its purpose: a reload shows the list.
        if list::story_id_from_hash(&browser::location_hash()).is_some() {
            browser::replace_hash(&crate::route::Route::Experiences.href());
        }
        if blank {
            app.update(|wb| {
                list::remove(wb, &id.get_value());
            });
            focus_soon("exp-add".to_string());
        } else {
            focus_soon(format!("exp-{}-edit", id.get_value()));
        }
    };
    let energy = part(experience, |e| e.and_then(|e| e.energy));
    let ongoing = part(experience, |e| e.is_some_and(|e| e.ongoing));
    let kind = part(experience, |e| e.map(|e| e.kind).unwrap_or_default());
    let title = part(experience, |e| e.map(title_of).unwrap_or_default());
    let talents = part(experience, |e| e.map(|e| e.talents.clone()).unwrap_or_default());
    let energy = move || energy.get();
    let ongoing = move || ongoing.get();
    let kind = move || kind.get();

    view! {
        <form class="card exp-form" aria-labelledby=move || fid("heading") data-testid="experience-form"
            on:submit=move |ev| {
                ev.prevent_default();
                done();
            }>
            <h3 id=move || fid("heading")>
                {move || t_with(X::FormTitle, &[("title", &title.get())])}
            </h3>
            <div class="exp-form-grid">
                <aside class="exp-prompt">
                    <label for=move || fid("prompt")>{move || t(X::PromptLabel)}</label>
                    <select id=move || fid("prompt") aria-describedby=move || fid("prompt-hint")
                        on:change=move |ev| {
                            let slug = event_target_value(&ev);
                            prompt.set(Prompt::ALL.into_iter().find(|p| p.slug() == slug));
                        }>
                        <option value="" prop:selected=move || prompt.get().is_none()>{move || t(X::PromptNone)}</option>
                        {Prompt::ALL.into_iter().map(|p| view! {
                            <option value=p.slug() prop:selected=move || prompt.get() == Some(p)>{move || t(p.texts().0)}</option>
                        }).collect_view()}
                    </select>
                    <p class="hint" id=move || fid("prompt-hint")>{move || t(X::PromptHint)}</p>
                    {move || prompt.get().map(|p| {
                        let (name, question, example) = p.texts();
                        view! {
                            <div class="prompt-card" data-testid="prompt-card">
                                <p class="prompt-name">{move || t(name)}</p>
                                <p>{move || t(question)}</p>
                                <p class="prompt-example"><span class="prompt-example-label">{move || t(X::PromptExample)}</span>" "{move || t(example)}</p>
                            </div>
                        }
                    })}
                </aside>
                <div class="exp-fields">
                    <StoryField id=id slug="title" label=X::FieldTitle hint=X::FieldTitleHint
                        get=|e| e.title.clone() set=|e, v| e.title = list::cap_name(&v)/>
                    <div class="field">
                        <label for=move || fid("kind")>{move || t(X::FieldKind)}</label>
                        <select id=move || fid("kind") on:change=move |ev| {
                            if let Some(k) = list::kind_from_slug(&event_target_value(&ev)) {
                                edit(app, &id.get_value(), |e| e.kind = k);
                            }
                        }>
                            {list::KINDS.into_iter().map(|k| view! {
                                <option value=list::kind_slug(k) prop:selected=move || kind() == k>{move || t(kind_text(k))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <fieldset class="exp-period">
                        <legend>{move || t(X::FieldPeriod)}</legend>
                        <p class="hint" id=move || fid("period-hint")>{move || t(X::FieldPeriodHint)}</p>
                        <div class="period-row">
                            <StoryField id=id slug="from" label=X::FieldFrom described_by="period-hint"
                                get=|e| e.from.clone() set=|e, v| e.from = list::cap_name(&v)/>
                            <StoryField id=id slug="to" label=X::FieldTo described_by="period-hint" disabled=Signal::derive(ongoing)
                                get=|e| e.to.clone() set=|e, v| e.to = list::cap_name(&v)/>
                        </div>
                        <label class="check">
                            <input type="checkbox" id=move || fid("ongoing") prop:checked=ongoing
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    edit(app, &id.get_value(), |e| e.ongoing = on);
                                }/>
                            <span>{move || t(X::FieldOngoing)}</span>
                        </label>
                    </fieldset>
                    <StoryField id=id slug="did" label=X::FieldDid multiline=true
                        get=|e| e.did.clone() set=|e, v| e.did = list::cap_text(&v)/>
                    <StoryField id=id slug="achieved" label=X::FieldAchieved multiline=true
                        get=|e| e.achieved.clone() set=|e, v| e.achieved = list::cap_text(&v)/>
                    <StoryField id=id slug="learned" label=X::FieldLearned multiline=true
                        get=|e| e.learned.clone() set=|e, v| e.learned = list::cap_text(&v)/>
                    <fieldset class="exp-energy" aria-describedby=move || fid("energy-hint")>
                        <legend>{move || t(X::FieldEnergy)}</legend>
                        <p class="hint" id=move || fid("energy-hint")>{move || t(X::FieldEnergyHint)}</p>
                        <div class="energy-row">
                            <label class="check">
                                <input type="radio" name=move || fid("energy") value=""
                                    prop:checked=move || energy().is_none()
                                    on:change=move |_| edit(app, &id.get_value(), |e| e.energy = None)/>
                                <span>{move || t(X::EnergyNotRated)}</span>
                            </label>
                            {(1..=5u8).map(|n| view! {
                                <label class="check">
                                    <input type="radio" name=move || fid("energy") value=n.to_string()
                                        prop:checked=move || energy() == Some(n)
                                        on:change=move |_| edit(app, &id.get_value(), |e| e.energy = Some(n))/>
                                    <span>{move || t(energy_text(n))}</span>
                                </label>
                            }).collect_view()}
                        </div>
                    </fieldset>
                    <fieldset class="exp-checks">
                        <legend>{move || t(X::FieldTalents)}</legend>
                        <div class="check-grid">
                            {TALENTS.iter().map(|&key| view! {
                                <label class="check">
                                    <input type="checkbox"
                                        prop:checked=move || talents.with(|t| t.iter().any(|k| k == key))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            edit(app, &id.get_value(), |e| list::set_entry(&mut e.talents, key, on));
                                        }/>
                                    <span>{move || talent_label(key)}</span>
                                </label>
                            }).collect_view()}
                        </div>
                        <EntryAdder id=id list=EntryList::Talents label=X::CustomTalent/>
                    </fieldset>
                    // The values' meanings are built when the disclosure is first opened: the
                    // form then opens in a shorter task (closed, they are hidden from everyone).
                    <details class="values-meaning" on:toggle=move |ev: leptos::ev::Event| {
                        if !meanings_open.get_untracked() && event_target::<web_sys::Element>(&ev).has_attribute("open") {
                            meanings_open.set(true);
                        }
                    }>
                        <summary>{move || t(X::ValuesMeaning)}</summary>
                        {move || meanings_open.get().then(|| view! {
                            <dl>
                                {VALUES.iter().map(|&key| view! {
                                    <dt>{move || value_label(key)}</dt>
                                    <dd>{move || value_hint(key)}</dd>
                                }).collect_view()}
                            </dl>
                        })}
                    </details>
                    <ValueChecks id=id stance=Stance::Honoured/>
                    <ValueChecks id=id stance=Stance::Violated/>
                    <div class="field">
                        <EntryAdder id=id list=EntryList::Tags label=X::FieldTags hint=X::FieldTagsHint/>
                    </div>
                    <div class="form-actions">
                        <button type="submit" id=move || fid("done")>{move || t(X::Done)}</button>
                    </div>
                </div>
            </div>
        </form>
    }
}

/// A labelled text field (or text area) bound to one text of the experience.
#[component]
fn StoryField(
    /// The experience's id.
    id: StoredValue<String>,
    /// Short field name, part of the element id.
    slug: &'static str,
    /// The visible label.
    label: X,
    /// An optional hint shown under the label and linked with `aria-describedby`.
    #[prop(optional)]
    hint: Option<X>,
    /// The slug of another field's hint to link instead (for grouped fields).
    #[prop(optional)]
    described_by: Option<&'static str>,
    /// A text area for stories instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// Disables the field (the "to" date of an ongoing experience).
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Reads the text.
    get: fn(&Experience) -> String,
    /// Writes the text (capping it).
    set: fn(&mut Experience, String),
) -> impl IntoView {
    let app = use_app();
    let field_id = move || format!("exp-{}-f-{slug}", id.get_value());
    let hint_id = move || format!("exp-{}-f-{slug}-hint", id.get_value());
    let describedby = move || match (hint, described_by) {
        (Some(_), _) => Some(hint_id()),
        (None, Some(other)) => Some(format!("exp-{}-f-{other}", id.get_value())),
        (None, None) => None,
    };
    let value = part(current(id), move |e| e.map(get).unwrap_or_default());
    let value = move || value.get();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        edit(app, &id.get_value(), |e| set(e, text));
    };
    let control = if multiline {
        view! {
            <textarea id=field_id rows="3" maxlength=MAX_TEXT_CHARS.to_string() aria-describedby=describedby
                prop:value=value on:input=on_input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input type="text" id=field_id maxlength=MAX_NAME_CHARS.to_string() autocomplete="off" aria-describedby=describedby
                prop:disabled=move || disabled.get() prop:value=value on:input=on_input/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=field_id>{move || t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{move || t(h)}</p> })}
            {control}
        </div>
    }
}

/// The catalogue values as checkboxes for one side: honoured, or gone against.
#[component]
fn ValueChecks(
    /// The experience's id.
    id: StoredValue<String>,
    /// Which side this group sets.
    stance: Stance,
) -> impl IntoView {
    let app = use_app();
    // Only the value lists: the checkboxes wake when a value's stance changes, not on typing.
    let values = part(current(id), |e| {
        e.map(|e| Experience { values_honoured: e.values_honoured.clone(), values_violated: e.values_violated.clone(), ..Experience::default() })
    });
    let (legend, entries, custom) = match stance {
        Stance::Violated => (X::FieldViolated, EntryList::Violated, X::CustomViolated),
        _ => (X::FieldHonoured, EntryList::Honoured, X::CustomHonoured),
    };
    let hint_id = move || format!("exp-{}-f-values-{}-hint", id.get_value(), entries.slug());
    view! {
        <fieldset class="exp-checks" aria-describedby=hint_id>
            <legend>{move || t(legend)}</legend>
            <p class="hint" id=hint_id>{move || t(X::ValuesHint)}</p>
            <div class="check-grid">
                {VALUES.iter().map(|&key| view! {
                    <label class="check">
                        <input type="checkbox"
                            prop:checked=move || values.with(|e| e.as_ref().is_some_and(|e| list::stance(e, key) == stance))
                            on:change=move |ev| {
                                let to = if event_target_checked(&ev) { stance } else { Stance::NotInvolved };
                                edit(app, &id.get_value(), |e| list::set_stance(e, key, to));
                            }/>
                        <span>{move || value_label(key)}</span>
                    </label>
                }).collect_view()}
            </div>
            <EntryAdder id=id list=entries label=custom/>
        </fieldset>
    }
}

/// Which list of an experience an [`EntryAdder`] adds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EntryList {
    Talents,
    Honoured,
    Violated,
    Tags,
}

impl EntryList {
    fn slug(self) -> &'static str {
        match self {
            EntryList::Talents => "talents",
            EntryList::Honoured => "honoured",
            EntryList::Violated => "violated",
            EntryList::Tags => "tags",
        }
    }

    fn catalogue(self) -> &'static [&'static str] {
        match self {
            EntryList::Talents => TALENTS,
            EntryList::Honoured | EntryList::Violated => VALUES,
            EntryList::Tags => &[],
        }
    }

    fn get(self, e: &Experience) -> &Vec<String> {
        match self {
            EntryList::Talents => &e.talents,
            EntryList::Honoured => &e.values_honoured,
            EntryList::Violated => &e.values_violated,
            EntryList::Tags => &e.tags,
        }
    }

    /// Adds typed text; a custom value moves from the other side if it was there.
    fn add(self, e: &mut Experience, text: &str) -> Result<(), ListError> {
        let folded = text.trim().to_lowercase();
        let other = match self {
            EntryList::Talents => return list::add_entry(&mut e.talents, text),
            EntryList::Tags => return list::add_entry(&mut e.tags, text),
            EntryList::Honoured => &mut e.values_violated,
            EntryList::Violated => &mut e.values_honoured,
        };
        other.retain(|v| v.trim().to_lowercase() != folded);
        match self {
            EntryList::Honoured => list::add_entry(&mut e.values_honoured, text),
            _ => list::add_entry(&mut e.values_violated, text),
        }
    }

    fn remove(self, e: &mut Experience, text: &str) {
        match self {
            EntryList::Talents => list::remove_entry(&mut e.talents, text),
            EntryList::Honoured => list::remove_entry(&mut e.values_honoured, text),
            EntryList::Violated => list::remove_entry(&mut e.values_violated, text),
            EntryList::Tags => list::remove_entry(&mut e.tags, text),
        }
    }
}

/// A text field that adds the person's own entries to a list, and the entries added so far.
#[component]
fn EntryAdder(
    /// The experience's id.
    id: StoredValue<String>,
    /// The list it adds to.
    list: EntryList,
    /// The field's label.
    label: X,
    /// An optional hint under the field.
    #[prop(optional)]
    hint: Option<X>,
) -> impl IntoView {
    let app = use_app();
    let entries = part(current(id), move |e| e.map(|e| list.get(e).clone()).unwrap_or_default());
    let draft = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let input_id = move || format!("exp-{}-f-custom-{}", id.get_value(), list.slug());
    let hint_id = move || format!("exp-{}-f-custom-{}-hint", id.get_value(), list.slug());
    let customs = move || entries.with(|e| e.iter().filter(|k| !list.catalogue().contains(&k.as_str())).cloned().collect::<Vec<_>>());
    let add = move || {
        let text = draft.get_untracked();
        let mut result = Ok(());
        edit(app, &id.get_value(), |e| result = list.add(e, &text));
        match result {
            Ok(()) => {
                draft.set(String::new());
                message.set(None);
            }
            Err(ListError::Duplicate) => message.set(Some(t_with(X::EntryDuplicate, &[("name", text.trim())]))),
            Err(ListError::Full) => message.set(Some(t(X::EntryFull).to_string())),
            Err(ListError::Empty) => message.set(None),
        }
    };
    view! {
        <div class="entry-adder">
            <label for=input_id>{move || t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{move || t(h)}</p> })}
            <div class="entry-row">
                <input type="text" id=input_id maxlength=MAX_NAME_CHARS.to_string() autocomplete="off"
                    aria-describedby=move || hint.map(|_| hint_id())
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            add();
                        }
                    }/>
                <button type="button" class="secondary" on:click=move |_| add()>
                    {move || t(X::AddEntry)}<span class="visually-hidden">{move || format!(": {}", t(label))}</span>
                </button>
            </div>
            <p class="entry-message" role="status">{move || message.get()}</p>
            <ul class="chips">
                {move || customs().into_iter().map(|name| {
                    let remove_name = name.clone();
                    let label_name = name.clone();
                    view! {
                        <li class="chip">
                            <span>{name}</span>
                            <button type="button" class="chip-remove" on:click=move |_| {
                                edit(app, &id.get_value(), |e| list.remove(e, &remove_name));
                                focus_soon(input_id());
                            }>
                                <span aria-hidden="true">"×"</span>
                                <span class="visually-hidden">{move || t_with(X::RemoveEntry, &[("name", &label_name)])}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
