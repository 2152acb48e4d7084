//! `#/values`: the card sort (unsorted cards, three piles) and the top-five ranking.
//!
//! Cards move by drag-and-drop on pointer events (mouse, pen and touch; a handle on each card so
//! touch scrolling still works elsewhere) **and** by buttons on every card that do everything a
//! drag does (WCAG 2.5.7). Every move is announced in a polite live region. All rules live in
//! `crate::domain::values`; evidence per card comes from `crate::domain::evidence`.

use std::time::Duration;

use leptos::ev::PointerEvent;
use leptos::prelude::*;

use crate::domain::values::{self as vals, RemovedCustom, ValuesError, BUCKETS, TOP_SIZE};
use crate::domain::workbook::{ValueBucket, Values};
use crate::i18n::{Key, ValueName, ValuesText as V};
use crate::platform::{browser, pointer};
use crate::route::Route;
use crate::ui::pages::Later;
use crate::ui::i18n::{t, t_count, t_with};
use crate::ui::names::{value_hint, value_label};
use crate::ui::state::use_app;

/// The attribute that marks a drop target; its value is a pile slug or `unsorted`.
const DROP_ATTR: &str = "data-drop";
/// How far (CSS px) the pointer must travel before a press becomes a drag.
const DRAG_THRESHOLD: f64 = 4.0;

/// A drag in progress.
#[derive(Clone, Debug, PartialEq)]
struct Drag {
    key: String,
    start: (f64, f64),
    delta: (f64, f64),
    /// The pointer has moved past [`DRAG_THRESHOLD`].
    moving: bool,
}

/// What the live region says.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Said(String),
    Removed { name: String, removed: RemovedCustom },
    /// A move that also took the card out of the top five; Undo brings back both.
    LeftTop { said: String, name: String, before: Values },
}

/// Page-wide state shared by the cards.
#[derive(Clone, Copy)]
struct PageState {
    status: RwSignal<Option<Status>>,
    drag: RwSignal<Option<Drag>>,
    /// The drop target under a moving drag.
    over: RwSignal<Option<String>>,
}

/// A DOM-safe id for card `key` (custom keys are free text): its bytes in hex.
fn card_id(key: &str) -> String {
    let hex: String = key.bytes().map(|b| format!("{b:02x}")).collect();
    format!("value-{hex}")
}

/// Moves focus to `id` after the pending render.
fn focus_soon(id: String) {
    set_timeout(move || browser::focus_id(&id), Duration::from_millis(0));
}

/// The pile's heading text.
fn bucket_text(bucket: ValueBucket) -> V {
    match bucket {
        ValueBucket::VeryImportant => V::VeryImportant,
        ValueBucket::Important => V::Important,
        ValueBucket::LessImportant => V::LessImportant,
    }
}

/// Short slugs used in element ids.
fn bucket_short(bucket: ValueBucket) -> &'static str {
    match bucket {
        ValueBucket::VeryImportant => "vi",
        ValueBucket::Important => "im",
        ValueBucket::LessImportant => "li",
    }
}

/// Puts card `key` on `bucket` (or back to unsorted), announces it, and moves focus sensibly:
/// from the unsorted pile to the next card to sort, otherwise to the card in its new place.
fn place(key: &str, bucket: Option<ValueBucket>, by_keyboard: bool) {
    let app = use_app();
    let page = expect_context::<PageState>();
    let next_unsorted = app.workbook.with_untracked(|wb| {
        let unsorted = vals::unsorted(&wb.values);
        let at = unsorted.iter().position(|k| k == key)?;
        unsorted.get(at + 1).or_else(|| at.checked_sub(1).and_then(|i| unsorted.get(i))).cloned()
    });
    let before = app.workbook.with_untracked(|wb| wb.values.clone());
    let mut changed = false;
    app.update(|wb| changed = vals::place(&mut wb.values, key, bucket));
    if !changed {
        return;
    }
    let name = value_label(key);
    let said = match bucket {
        Some(b) => t_with(V::SaidPlaced, &[("name", &name), ("pile", t(bucket_text(b)))]),
        None => t_with(V::SaidUnsorted, &[("name", &name)]),
    };
    let left_top = before.top.iter().any(|k| k == key) && app.workbook.with_untracked(|wb| !wb.values.top.iter().any(|k| k == key));
    page.status.set(Some(if left_top { Status::LeftTop { said, name, before } } else { Status::Said(said) }));
    if by_keyboard {
        match (next_unsorted, bucket) {
            (Some(next), Some(b)) => focus_soon(format!("{}-{}", card_id(&next), bucket_short(b))),
            _ => focus_soon(card_id(key)),
        }
    }
}

/// The values screen.
#[component]
pub fn ValuesPage() -> impl IntoView {
    let app = use_app();
    let page = PageState { status: RwSignal::new(None), drag: RwSignal::new(None), over: RwSignal::new(None) };
    provide_context(page);
    // The stories' value evidence, computed once per change rather than once per card.
    let profile = Memo::new(move |_| app.workbook.with(crate::domain::evidence::value_profile));
    provide_context(profile);

    // Window listeners run outside the reactive owner: `place` needs context, so bring it back.
    let owner = Owner::current().unwrap_or_default();
    // Pointer drags: the handle starts one, the window follows it (implicit touch capture still
    // bubbles here), and the element under the pointer at release is the target.
    let moved = window_event_listener(leptos::ev::pointermove, move |ev: PointerEvent| {
        let Some(mut drag) = page.drag.get_untracked() else { return };
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        drag.delta = (x - drag.start.0, y - drag.start.1);
        drag.moving = drag.moving || drag.delta.0.hypot(drag.delta.1) > DRAG_THRESHOLD;
        if drag.moving {
            ev.prevent_default();
            let over = pointer::attribute_at(x, y, DROP_ATTR);
            if page.over.get_untracked() != over {
                page.over.set(over);
            }
        }
        page.drag.set(Some(drag));
    });
    let released = window_event_listener(leptos::ev::pointerup, move |ev: PointerEvent| {
        let Some(drag) = page.drag.get_untracked() else { return };
        page.drag.set(None);
        page.over.set(None);
        if drag.moving {
            if let Some(target) = pointer::attribute_at(f64::from(ev.client_x()), f64::from(ev.client_y()), DROP_ATTR) {
                owner.with(|| place(&drag.key, vals::bucket_from_slug(&target), false));
            }
        }
    });
    let cancelled = window_event_listener(leptos::ev::pointercancel, move |_| {
        page.drag.set(None);
        page.over.set(None);
    });
    on_cleanup(move || {
        moved.remove();
        released.remove();
        cancelled.remove();
    });

    let dragging = move || page.drag.with(|d| d.as_ref().is_some_and(|d| d.moving));
    view! {
        <h1 id="page-title">{move || t(Key::NavValues)}</h1>
        <p class="intro">{move || t(V::Intro)}</p>
        <p class="hint values-howto">{move || t(V::HowTo)}</p>
        <StatusLine/>
        <div class="values-board" class:is-dragging=dragging>
            <UnsortedPile/>
            // The unsorted cards mount with the page, each pile and the rest in a task of its own.
            <div class="values-piles">
                {BUCKETS.into_iter().map(|b| view! { <Later><Pile bucket=b/></Later> }).collect_view()}
            </div>
        </div>
        <Later><CustomValueForm/><TopFive/></Later>
        {move || app.workbook.with(|wb| wb.experiences.is_empty()).then(|| view! {
            <p class="hint"><a href=Route::Experiences.href()>{move || t(V::EvidenceLink)}</a></p>
        })}
    }
}

/// The polite live region: every move, addition and removal (with Undo).
#[component]
fn StatusLine() -> impl IntoView {
    let app = use_app();
    let page = expect_context::<PageState>();
    let undo = move |_| {
        let Some(Status::Removed { name, removed }) = page.status.get_untracked() else { return };
        let key = removed.key.clone();
        app.update(|wb| vals::restore_custom(&mut wb.values, removed));
        page.status.set(Some(Status::Said(t_with(V::SaidRestored, &[("name", &name)]))));
        focus_soon(card_id(&key));
    };
    let undo_move = move |_| {
        let Some(Status::LeftTop { name, before, .. }) = page.status.get_untracked() else { return };
        app.update(|wb| wb.values = before);
        page.status.set(Some(Status::Said(t_with(V::SaidBackInTop, &[("name", &name)]))));
        focus_soon("values-top-title".to_string());
    };
    view! {
        <div class="values-status" role="status" data-testid="values-status">
            {move || match page.status.get() {
                Some(Status::Said(text)) => view! { <span>{text}</span> }.into_any(),
                Some(Status::Removed { name, .. }) => view! {
                    <span>{move || t_with(V::SaidRemoved, &[("name", &name)])}</span>
                    " "
                    <button type="button" id="values-undo" class="secondary" on:click=undo>{move || t(V::Undo)}</button>
                }.into_any(),
                Some(Status::LeftTop { said, name, .. }) => view! {
                    <span>{said}" "{move || t_with(V::SaidLeftTop, &[("name", &name)])}</span>
                    " "
                    <button type="button" id="values-undo" class="secondary" data-testid="values-undo-move" on:click=undo_move>{move || t(V::Undo)}</button>
                }.into_any(),
                None => ().into_any(),
            }}
        </div>
    }
}

/// The cards still to sort.
#[component]
fn UnsortedPile() -> impl IntoView {
    let app = use_app();
    let page = expect_context::<PageState>();
    let keys = Memo::new(move |_| app.workbook.with(|wb| vals::unsorted(&wb.values)));
    let total = move || app.workbook.with(|wb| vals::deck(&wb.values).len());
    view! {
        <section class="values-pile values-unsorted" aria-labelledby="values-unsorted-title" data-drop="unsorted"
            class:drop-over=move || page.over.get().as_deref() == Some("unsorted") data-testid="pile-unsorted">
            <h2 id="values-unsorted-title" tabindex="-1">{move || t(V::Unsorted)}</h2>
            <p class="muted" data-testid="values-left">{move || {
                let n = keys.with(Vec::len);
                if n == 0 { t(V::AllSorted).to_string() } else { t_count((V::UnsortedCountOne, V::UnsortedCount), "n", n, &[("total", &crate::ui::i18n::n(total()))]) }
            }}</p>
            <ul class="value-cards">
                <For each=move || keys.get() key=|k| k.clone() children=move |k| view! { <ValueCard key=k/> }/>
            </ul>
        </section>
    }
}

/// One pile and its cards.
#[component]
fn Pile(bucket: ValueBucket) -> impl IntoView {
    let app = use_app();
    let page = expect_context::<PageState>();
    let slug = vals::bucket_slug(bucket);
    let keys = Memo::new(move |_| app.workbook.with(|wb| vals::in_bucket(&wb.values, bucket)));
    let title_id = format!("pile-{slug}-title");
    let labelled_by = title_id.clone();
    view! {
        <section class=format!("values-pile pile-{slug}") aria-labelledby=labelled_by data-drop=slug
            class:drop-over=move || page.over.get().as_deref() == Some(slug) data-testid=format!("pile-{slug}")>
            <h2 id=title_id>{move || t(bucket_text(bucket))}
                <span class="pile-count">{move || format!(" · {}", t_count((V::PileCountOne, V::PileCount), "n", keys.with(Vec::len), &[]))}</span>
            </h2>
            <Show when=move || keys.with(Vec::is_empty)>
                <p class="muted pile-empty">{move || t(V::PileEmpty)}</p>
            </Show>
            <ul class="value-cards">
                <For each=move || keys.get() key=|k| k.clone() children=move |k| view! { <ValueCard key=k/> }/>
            </ul>
        </section>
    }
}

/// The evidence line of a card.
fn evidence_text(honoured: usize, violated: usize) -> String {
    let mut parts = Vec::new();
    if honoured > 0 {
        parts.push(t_count((V::EvidenceOne, V::Evidence), "n", honoured, &[]));
    }
    if violated > 0 {
        parts.push(t_count((V::EvidenceViolatedOne, V::EvidenceViolated), "n", violated, &[]));
    }
    if parts.is_empty() {
        t(V::EvidenceNone).to_string()
    } else {
        parts.join(" · ")
    }
}

/// One value card: name, description, evidence, and buttons that do what dragging does.
#[component]
fn ValueCard(key: String) -> impl IntoView {
    let app = use_app();
    let page = expect_context::<PageState>();
    let key = StoredValue::new(key);
    let id = card_id(&key.get_value());
    let name_id = format!("{id}-name");
    let bucket = Memo::new(move |_| app.workbook.with(|wb| vals::bucket_of(&wb.values, &key.get_value())));
    let top_place = Memo::new(move |_| app.workbook.with(|wb| wb.values.top.iter().position(|k| *k == key.get_value())));
    let top_full = Memo::new(move |_| app.workbook.with(|wb| wb.values.top.len() >= TOP_SIZE));
    let is_custom = Memo::new(move |_| app.workbook.with(|wb| wb.values.custom.contains_key(&key.get_value())));
    let profile = use_context::<Memo<Vec<crate::domain::evidence::ValueEvidence>>>();
    let evidence = Memo::new(move |_| {
        app.workbook.with(|wb| {
            let e = match profile {
                Some(profile) => profile.with(|p| vals::card_evidence_in(wb, p, &key.get_value())),
                None => vals::card_evidence(wb, &key.get_value()),
            };
            (e.honoured_energising, e.violated_draining)
        })
    });
    let name = move || value_label(&key.get_value());
    let hidden_name = move || format!(": {}", name());
    let drag = move || page.drag.with(|d| d.as_ref().filter(|d| d.moving && d.key == key.get_value()).map(|d| d.delta));

    let start_drag = move |ev: PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        page.drag.set(Some(Drag {
            key: key.get_value(),
            start: (f64::from(ev.client_x()), f64::from(ev.client_y())),
            delta: (0.0, 0.0),
            moving: false,
        }));
    };
    let add_to_top = move |_| {
        let mut result = Err(ValuesError::NotRankable);
        app.update(|wb| result = vals::add_to_top(&mut wb.values, &key.get_value()));
        let said = match result {
            Ok(at) => t_with(V::SaidTop, &[("name", &name()), ("n", &(at + 1).to_string())]),
            Err(ValuesError::TopFull) => t(V::SaidTopFull).to_string(),
            Err(_) => return,
        };
        page.status.set(Some(Status::Said(said)));
        // The button leaves with the render: keep focus on the card rather than drop it to the page.
        focus_soon(card_id(&key.get_value()));
    };
    let remove = move |_| {
        let label = name();
        let mut removed = None;
        app.update(|wb| removed = vals::remove_custom(&mut wb.values, &key.get_value()));
        if let Some(removed) = removed {
            page.status.set(Some(Status::Removed { name: label, removed }));
            focus_soon("values-undo".to_string());
        }
    };

    let pile_button = move |b: ValueBucket| {
        let button_id = format!("{}-{}", card_id(&key.get_value()), bucket_short(b));
        view! {
            <button type="button" id=button_id class="secondary pile-button" data-pile=vals::bucket_slug(b)
                aria-pressed=move || (bucket.get() == Some(b)).to_string()
                on:click=move |_| place(&key.get_value(), Some(b), true)>
                {move || t(bucket_text(b))}<span class="visually-hidden">{hidden_name}</span>
            </button>
        }
    };

    view! {
        <li id=id.clone() tabindex="-1" class="value-card" data-key=key.get_value()
            class:dragging=move || drag().is_some()
            style:transform=move || drag().map(|(x, y)| format!("translate({x}px, {y}px)"))>
            <div class="value-card-head">
                <span class="drag-handle" aria-hidden="true" title=move || t(V::DragHandle) on:pointerdown=start_drag>"⠿"</span>
                <h3 id=name_id.clone() class="value-name">{name}</h3>
                {move || top_place.get().map(|at| view! {
                    <span class="top-badge">{move || t_with(V::InTop, &[("n", &(at + 1).to_string())])}</span>
                })}
            </div>
            {move || {
                let hint = value_hint(&key.get_value());
                if hint.is_empty() {
                    is_custom.get().then(|| view! { <p class="value-desc muted">{move || t(V::CustomMark)}</p> }).into_any()
                } else {
                    view! { <p class="value-desc">{hint}</p> }.into_any()
                }
            }}
            <p class="value-evidence" class:has-evidence=move || evidence.with(|e| e.0 + e.1 > 0)>
                {move || { let (h, v) = evidence.get(); evidence_text(h, v) }}
            </p>
            <div class="value-actions" role="group" aria-label=move || t_with(V::MoveTo, &[("name", &name())])>
                {BUCKETS.into_iter().map(pile_button).collect_view()}
                {move || bucket.get().is_some().then(|| view! {
                    <button type="button" class="secondary" id=format!("{}-unsort", card_id(&key.get_value()))
                        on:click=move |_| place(&key.get_value(), None, true)>
                        {move || t(V::BackToUnsorted)}<span class="visually-hidden">{hidden_name}</span>
                    </button>
                })}
                // While the top five is full the button is left out (the top five says why).
                {move || (matches!(bucket.get(), Some(ValueBucket::VeryImportant | ValueBucket::Important)) && top_place.get().is_none() && !top_full.get()).then(|| view! {
                    <button type="button" id=format!("{}-top", card_id(&key.get_value())) class="add-top" on:click=add_to_top>
                        {move || t(V::AddToTop)}<span class="visually-hidden">{hidden_name}</span>
                    </button>
                })}
                {move || is_custom.get().then(|| view! {
                    <button type="button" class="secondary danger-outline" on:click=remove>
                        {move || t(V::Remove)}<span class="visually-hidden">{hidden_name}</span>
                    </button>
                })}
            </div>
        </li>
    }
}

/// The field that adds a value of the person's own.
#[component]
fn CustomValueForm() -> impl IntoView {
    let app = use_app();
    let page = expect_context::<PageState>();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<V>);
    let add = move || {
        let typed = text.get_untracked();
        let taken: Vec<&'static str> = ValueName::ALL.iter().map(|n| t(*n)).collect();
        let mut result = Err(ValuesError::Empty);
        app.update(|wb| result = vals::add_custom(&mut wb.values, &typed, &taken));
        match result {
            Ok(key) => {
                text.set(String::new());
                error.set(None);
                page.status.set(Some(Status::Said(t_with(V::SaidAdded, &[("name", &key)]))));
            }
            Err(e) => error.set(Some(match e {
                ValuesError::Duplicate => V::ErrorDuplicate,
                ValuesError::TooLong => V::ErrorTooLong,
                ValuesError::Full => V::ErrorFull,
                _ => V::ErrorEmpty,
            })),
        }
    };
    view! {
        <form class="card values-custom" on:submit=move |ev| { ev.prevent_default(); add(); }>
            <label for="values-custom-name">{move || t(V::AddCustomLabel)}</label>
            <p class="hint" id="values-custom-hint">{move || t(V::AddCustomHint)}</p>
            <div class="entry-row">
                <input type="text" id="values-custom-name" maxlength="200"
                    aria-describedby="values-custom-hint values-custom-error"
                    aria-invalid=move || error.get().is_some().to_string()
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                <button type="submit">{move || t(V::AddCustom)}</button>
            </div>
            <p class="entry-message" id="values-custom-error" role="alert">{move || error.get().map(t)}</p>
        </form>
    }
}

/// The top five: ordered, with move up / move down / take out.
#[component]
fn TopFive() -> impl IntoView {
    let app = use_app();
    let page = expect_context::<PageState>();
    let top = Memo::new(move |_| app.workbook.with(|wb| wb.values.top.clone()));
    let moved = move |key: String, up: bool| {
        let mut to = None;
        app.update(|wb| to = vals::move_in_top(&mut wb.values, &key, up));
        let Some(to) = to else { return };
        let len = top.with_untracked(Vec::len);
        page.status.set(Some(Status::Said(t_with(V::SaidTop, &[("name", &value_label(&key)), ("n", &(to + 1).to_string())]))));
        let which = match (up, to == 0, to + 1 == len) {
            (true, true, _) => "down",
            (false, _, true) => "up",
            (true, ..) => "up",
            (false, ..) => "down",
        };
        focus_soon(format!("top-{}-{which}", card_id(&key)));
    };
    let take_out = move |key: String| {
        let mut at = None;
        app.update(|wb| at = vals::remove_from_top(&mut wb.values, &key));
        if at.is_some() {
            page.status.set(Some(Status::Said(t_with(V::SaidOutOfTop, &[("name", &value_label(&key))]))));
            focus_soon("values-top-title".to_string());
        }
    };
    let numbered = move || top.get().into_iter().enumerate().collect::<Vec<(usize, String)>>();
    view! {
        <section class="values-top" aria-labelledby="values-top-title" data-testid="values-top">
            <h2 id="values-top-title" tabindex="-1">{move || t(V::TopTitle)}</h2>
            <p>{move || t(V::TopIntro)}</p>
            <p class="muted" data-testid="values-top-count">{move || t_count((V::TopCountOne, V::TopCount), "n", top.with(Vec::len), &[])}</p>
            {move || (top.with(Vec::len) >= TOP_SIZE).then(|| view! { <p class="hint">{move || t(V::TopFullHint)}</p> })}
            <Show when=move || top.with(Vec::is_empty)>
                <p class="empty-state">{move || t(V::TopEmpty)}</p>
            </Show>
            <ol class="top-list">
                <For each=numbered key=|(i, k)| (*i, k.clone())
                    children=move |(i, k)| {
                        let key = StoredValue::new(k);
                        let id = card_id(&key.get_value());
                        let label = move || value_label(&key.get_value());
                        let hidden = move || format!(": {}", label());
                        let last = move || i + 1 >= top.with(Vec::len);
                        view! {
                            <li class="top-item">
                                <span class="top-name">{label}</span>
                                <span class="top-actions">
                                    <button type="button" class="secondary" id=format!("top-{id}-up") prop:disabled=i == 0
                                        on:click=move |_| moved(key.get_value(), true)>
                                        <span aria-hidden="true">"↑ "</span>{move || t(V::MoveUp)}<span class="visually-hidden">{hidden}</span>
                                    </button>
                                    <button type="button" class="secondary" id=format!("top-{id}-down") prop:disabled=last
                                        on:click=move |_| moved(key.get_value(), false)>
                                        <span aria-hidden="true">"↓ "</span>{move || t(V::MoveDown)}<span class="visually-hidden">{hidden}</span>
                                    </button>
                                    <button type="button" class="secondary" on:click=move |_| take_out(key.get_value())>
                                        {move || t(V::RemoveFromTop)}<span class="visually-hidden">{hidden}</span>
                                    </button>
                                </span>
                            </li>
                        }
                    }/>
            </ol>
        </section>
    }
}
