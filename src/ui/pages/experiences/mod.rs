//! `#/experiences`: the inventory of experiences (add, edit, reorder, delete with undo) and the
//! evidence profile derived from it.
//!
//! Every change goes through `crate::domain::experiences`; the evidence comes from
//! `crate::domain::evidence`. `#/experiences/<id>` opens that story's form (links from the
//! evidence profile and other modules use it).

mod evidence;
mod form;

use std::collections::HashMap;
use std::time::Duration;

use leptos::prelude::*;

use crate::domain::experiences::{self as list, Removed};
use crate::domain::workbook::{Experience, ExperienceKind};
use crate::i18n::ExperienceText as X;
use crate::platform::browser;
use crate::ui::i18n::{t, t_with};
use crate::ui::names::{talent_label, value_label};
use crate::ui::pages::{derived, progressive, Later};
use crate::ui::state::{use_app, AppState};

use evidence::EvidenceProfileView;
use form::ExperienceForm;

/// How many stories of the list mount with the page, and how many more in each following task.
const FIRST_ITEMS: usize = 8;
const STEP_ITEMS: usize = 6;

/// How long "Deleted … Undo" stays (longer while the Undo button has focus).
const UNDO_MS: u64 = 10_000;

/// What the status line says after an action.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Deleted { title: String, removed: Removed },
    Restored { title: String },
    Moved { title: String, n: usize, total: usize },
    Full,
}

/// Each experience's own signal, by id (see [`PageState::experience`]).
type ItemSignals = HashMap<String, ArcRwSignal<Option<Experience>>>;

/// Page-wide UI state shared by the list items, provided as context.
///
/// The list items, the form and the evidence links read the workbook through the page's finer
/// signals, never directly: with 60 stories there are hundreds of such readers, and typing one
/// letter into a story must wake only what shows that story's changed field.
#[derive(Clone, Copy)]
struct PageState {
    /// The experiences' ids in order; notifies only when the list or its order changes.
    order: ReadSignal<Vec<String>>,
    /// Every experience's title, by id; notifies only when a title changes (evidence links).
    titles: ReadSignal<HashMap<String, String>>,
    /// The items' signals; one effect per workbook change sets those whose experience changed.
    items: StoredValue<ItemSignals>,
    /// The id of the experience whose form is open.
    editing: RwSignal<Option<String>>,
    status: RwSignal<Option<Status>>,
    /// Counts status changes, so an old undo timer does not clear a newer status.
    generation: StoredValue<u64>,
    undo_focused: RwSignal<bool>,
}

impl PageState {
    fn new(app: AppState) -> Self {
        let items: StoredValue<ItemSignals> = StoredValue::new(HashMap::new());
        Effect::new(move |_| {
            let changed: Vec<(ArcRwSignal<Option<Experience>>, Option<Experience>)> = app.workbook.with(|wb| {
                items.with_value(|m| {
                    if m.is_empty() {
                        return Vec::new();
                    }
                    let by_id: HashMap<&str, &Experience> = wb.experiences.iter().map(|e| (e.id.as_str(), e)).collect();
                    m.iter()
                        .filter_map(|(id, signal)| {
                            let now = by_id.get(id.as_str()).copied();
                            signal.with_untracked(|was| was.as_ref() != now).then(|| (signal.clone(), now.cloned()))
                        })
                        .collect()
                })
            });
            for (signal, now) in changed {
                signal.set(now);
            }
        });
        PageState {
            order: derived(move || app.workbook.with(|wb| wb.experiences.iter().map(|e| e.id.clone()).collect())),
            titles: derived(move || app.workbook.with(|wb| wb.experiences.iter().map(|e| (e.id.clone(), e.title.clone())).collect())),
            items,
            editing: RwSignal::new(None),
            status: RwSignal::new(None),
            generation: StoredValue::new(0),
            undo_focused: RwSignal::new(false),
        }
    }

    /// Experience `id` as a signal that changes only when that experience does (`None` once
    /// deleted).
    fn experience(self, id: &str) -> ReadSignal<Option<Experience>> {
        let existing = self.items.with_value(|m| m.get(id).cloned());
        let signal = existing.unwrap_or_else(|| {
            let app = use_app();
            let now = app.workbook.with_untracked(|wb| wb.experiences.iter().find(|e| e.id == id).cloned());
            let signal = ArcRwSignal::new(now);
            self.items.update_value(|m| {
                m.insert(id.to_string(), signal.clone());
            });
            signal
        });
        RwSignal::from(signal).read_only()
    }

    fn say(self, status: Status) {
        self.generation.update_value(|g| *g += 1);
        self.status.set(Some(status));
    }

    /// Clears a deletion status after [`UNDO_MS`], unless it changed or Undo has focus. The page
    /// may be gone by then (another route), so every access is a `try_`.
    fn expire_later(self) {
        let Some(generation) = self.generation.try_get_value() else { return };
        set_timeout(
            move || {
                if self.generation.try_get_value() != Some(generation) {
                    return;
                }
                if self.undo_focused.try_get_untracked() == Some(true) {
                    self.expire_later();
                } else {
                    self.status.try_set(None);
                }
            },
            Duration::from_millis(UNDO_MS),
        );
    }
}

/// Moves focus to `id` once the pending render has happened.
pub(crate) fn focus_soon(id: String) {
    set_timeout(move || browser::focus_id(&id), Duration::from_millis(0));
}

/// An experience's title, or "Untitled experience".
fn title_of(experience: &Experience) -> String {
    if experience.title.trim().is_empty() {
        t(X::Untitled).to_string()
    } else {
        experience.title.clone()
    }
}

/// The translated name of a kind.
fn kind_text(kind: ExperienceKind) -> X {
    match kind {
        ExperienceKind::Job => X::KindJob,
        ExperienceKind::Project => X::KindProject,
        ExperienceKind::Role => X::KindRole,
        ExperienceKind::Volunteering => X::KindVolunteering,
        ExperienceKind::Study => X::KindStudy,
        ExperienceKind::LifeEvent => X::KindLifeEvent,
    }
}

/// The label of an energy rating 1–5.
fn energy_text(energy: u8) -> X {
    match energy {
        1 => X::Energy1,
        2 => X::Energy2,
        3 => X::Energy3,
        4 => X::Energy4,
        _ => X::Energy5,
    }
}

/// "2018-09 – ongoing", "2019 – 2020", or empty.
fn period_text(e: &Experience) -> String {
    let to = if e.ongoing { t(X::Ongoing).to_string() } else { e.to.trim().to_string() };
    match (e.from.trim(), to.as_str()) {
        ("", "") => String::new(),
        (from, "") => from.to_string(),
        ("", to) => format!("– {to}"),
        (from, to) => format!("{from} – {to}"),
    }
}

/// The experiences screen.
#[component]
pub fn ExperiencesPage() -> impl IntoView {
    let app = use_app();
    let page = PageState::new(app);
    provide_context(page);

    // `#/experiences/<id>` opens that story.
    let hash = browser::location_hash();
    if let Some(id) = list::story_id_from_hash(&hash) {
        if app.workbook.with_untracked(|wb| list::position(wb, id).is_some()) {
            page.editing.set(Some(id.to_string()));
            focus_soon(format!("exp-{id}-f-title"));
        }
    }

    let add = move |_| {
        let mut added = Err(list::ListError::Full);
        app.update(|wb| added = list::add(wb));
        match added {
            Ok(id) => {
                page.editing.set(Some(id.clone()));
                focus_soon(format!("exp-{id}-f-title"));
            }
            Err(_) => page.say(Status::Full),
        }
    };
    let is_empty = move || page.order.with(Vec::is_empty);
    // The first stories mount with the page, the others a few per task (see `progressive`); all
    // at once when a story link opens one, so that its form is there to take focus.
    let first = if page.editing.with_untracked(Option::is_some) { usize::MAX } else { FIRST_ITEMS };
    let shown = progressive(first, STEP_ITEMS, Signal::derive(move || page.order.with(Vec::len)));
    let ids = move || page.order.with(|o| o.iter().take(shown.get()).cloned().collect::<Vec<_>>());

    view! {
        <h1 id="page-title">{move || t(X::PageTitle)}</h1>
        <p class="intro">{move || t(X::Intro)}</p>
        <section class="exp-inventory" aria-labelledby="exp-list-title">
            <div class="exp-list-head">
                <h2 id="exp-list-title">{move || t(X::ListTitle)}</h2>
                <button type="button" id="exp-add" data-testid="add-experience" on:click=add>{move || t(X::Add)}</button>
            </div>
            <StatusLine/>
            <Show when=is_empty>
                <p class="empty-state">{move || t(X::ListEmpty)}</p>
            </Show>
            <ol class="exp-list" data-testid="experience-list">
                <For each=ids key=|id| id.clone() children=move |id| view! { <ExperienceItem id=id/> }/>
            </ol>
        </section>
        <Later><EvidenceProfileView/></Later>
    }
}

/// The polite status line: deleted (with Undo), restored, moved, list full.
#[component]
fn StatusLine() -> impl IntoView {
    let app = use_app();
    let page = expect_context::<PageState>();
    let undo = move |_| {
        let Some(Status::Deleted { title, removed }) = page.status.get_untracked() else { return };
        let mut restored = Err(list::ListError::Full);
        app.update(|wb| restored = list::restore(wb, removed));
        page.undo_focused.set(false);
        match restored {
            Ok(id) => {
                page.say(Status::Restored { title });
                focus_soon(format!("exp-{id}-edit"));
            }
            Err(_) => page.say(Status::Full),
        }
    };
    view! {
        <div class="exp-status" role="status" data-testid="experience-status">
            {move || match page.status.get() {
                Some(Status::Deleted { title, .. }) => view! {
                    <span>{move || t_with(X::Deleted, &[("title", &title)])}</span>
                    " "
                    <button type="button" id="exp-undo" class="secondary" on:click=undo
                        on:focus=move |_| page.undo_focused.set(true)
                        on:blur=move |_| page.undo_focused.set(false)>{move || t(X::Undo)}</button>
                }.into_any(),
                Some(Status::Restored { title }) => view! { <span>{move || t_with(X::Restored, &[("title", &title)])}</span> }.into_any(),
                Some(Status::Moved { title, n, total }) => view! {
                    <span>{move || t_with(X::Moved, &[("title", &title), ("n", &n.to_string()), ("total", &total.to_string())])}</span>
                }.into_any(),
                Some(Status::Full) => view! { <span>{move || t(X::ListFull)}</span> }.into_any(),
                None => ().into_any(),
            }}
        </div>
    }
}

/// One experience in the list: its card, or its form while it is being edited.
#[component]
fn ExperienceItem(
    /// The experience's id.
    id: String,
) -> impl IntoView {
    let page = expect_context::<PageState>();
    let id = StoredValue::new(id);
    let editing = Memo::new(move |_| page.editing.with(|e| e.as_deref() == Some(id.get_value().as_str())));
    view! {
        <li id=move || format!("experience-{}", id.get_value()) class="exp-item">
            {move || if editing.get() {
                view! { <ExperienceForm id=id.get_value()/> }.into_any()
            } else {
                view! { <ExperienceCard id=id.get_value()/> }.into_any()
            }}
        </li>
    }
}

/// The read-only summary of one experience with its actions (edit, move, delete).
#[component]
fn ExperienceCard(
    /// The experience's id.
    id: String,
) -> impl IntoView {
    let app = use_app();
    let page = expect_context::<PageState>();
    let id = StoredValue::new(id);
    let experience = page.experience(&id.get_value());
    let place = Memo::new(move |_| page.order.with(|o| (o.iter().position(|x| *x == id.get_value()), o.len())));
    let is_first = move || place.get().0 == Some(0);
    let is_last = move || {
        let (p, len) = place.get();
        p.map(|p| p + 1 >= len).unwrap_or(true)
    };
    let title = move || experience.with(|e| e.as_ref().map(title_of).unwrap_or_default());
    let eid = move |suffix: &str| format!("exp-{}-{suffix}", id.get_value());

    let moved = move |up: bool| {
        let mut to = None;
        app.update(|wb| {
            to = if up { list::move_up(wb, &id.get_value()) } else { list::move_down(wb, &id.get_value()) }
        });
        let Some(n) = to else { return };
        let total = app.workbook.with_untracked(|wb| wb.experiences.len());
        page.say(Status::Moved { title: title(), n: n + 1, total });
        // The button may have become disabled at an end of the list: focus its partner then.
        let target = match (up, n == 0, n + 1 == total) {
            (true, true, _) => "down",
            (false, _, true) => "up",
            (true, ..) => "up",
            (false, ..) => "down",
        };
        focus_soon(eid(target));
    };
    let delete = move |_| {
        let name = title();
        let mut removed = None;
        app.update(|wb| removed = list::remove(wb, &id.get_value()));
        if let Some(removed) = removed {
            page.say(Status::Deleted { title: name, removed });
            page.expire_later();
            focus_soon("exp-undo".to_string());
        }
    };
    let open = move |_| {
        page.editing.set(Some(id.get_value()));
        focus_soon(eid("f-title"));
    };

    let names = move |keys: Vec<String>, label: fn(&str) -> String| keys.iter().map(|k| label(k)).collect::<Vec<_>>().join(", ");
    let facts = move || {
        experience.get().map(|e| {
            let kind = t(kind_text(e.kind));
            let period = period_text(&e);
            let energy = match e.energy {
                Some(n @ 1..=5) => t_with(X::EnergyShown, &[("label", t(energy_text(n)))]),
                _ => t(X::EnergyNotRated).to_string(),
            };
            [kind.to_string(), period, energy].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")
        })
    };
    let story_part = move |label: X, text: fn(&Experience) -> &String| {
        move || {
            experience.with(|e| {
                e.as_ref().map(text).filter(|s| !s.trim().is_empty()).cloned().map(|s| {
                    view! { <dt>{move || t(label)}</dt><dd>{s}</dd> }
                })
            })
        }
    };
    let entry_part = move |label: X, items: fn(&Experience) -> &Vec<String>, name: fn(&str) -> String| {
        move || {
            let keys = experience.with(|e| e.as_ref().map(|e| items(e).clone()).unwrap_or_default());
            (!keys.is_empty()).then(|| view! { <dt>{move || t(label)}</dt><dd>{move || names(keys.clone(), name)}</dd> })
        }
    };
    let tag_name = |s: &str| s.to_string();

    view! {
        <article class="card exp-card" aria-labelledby=move || eid("title")>
            <h3 id=move || eid("title")>{title}</h3>
            <p class="muted exp-facts">{facts}</p>
            <dl class="exp-story">
                {story_part(X::FieldDid, |e| &e.did)}
                {story_part(X::FieldAchieved, |e| &e.achieved)}
                {story_part(X::FieldLearned, |e| &e.learned)}
                {entry_part(X::CardTalents, |e| &e.talents, talent_label)}
                {entry_part(X::CardHonoured, |e| &e.values_honoured, value_label)}
                {entry_part(X::CardViolated, |e| &e.values_violated, value_label)}
                {entry_part(X::CardTags, |e| &e.tags, tag_name)}
            </dl>
            <div class="exp-actions">
                <button type="button" id=move || eid("edit") on:click=open>
                    {move || t(X::Edit)}<span class="visually-hidden">{move || format!(": {}", title())}</span>
                </button>
                <button type="button" class="secondary" id=move || eid("up") prop:disabled=is_first on:click=move |_| moved(true)>
                    <span aria-hidden="true">"↑ "</span>{move || t(X::MoveUp)}<span class="visually-hidden">{move || format!(": {}", title())}</span>
                </button>
                <button type="button" class="secondary" id=move || eid("down") prop:disabled=is_last on:click=move |_| moved(false)>
                    <span aria-hidden="true">"↓ "</span>{move || t(X::MoveDown)}<span class="visually-hidden">{move || format!(": {}", title())}</span>
                </button>
                <button type="button" class="secondary danger-outline" id=move || eid("delete") on:click=delete>
                    {move || t(X::Delete)}<span class="visually-hidden">{move || format!(": {}", title())}</span>
                </button>
            </div>
        </article>
    }
}
