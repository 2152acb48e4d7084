//! `#/brief`: the negotiation brief. Everything shown comes from `crate::domain::brief::derive`;
//! every change goes through `crate::domain::brief::edit`, which stores it in `workbook.brief`,
//! so it is saved, exported and survives later changes to the other modules.
//! The conversation guides live in [`guide`].

pub mod guide;

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::brief::{self, Brief, Edit, Line, Origin, Section, SectionKind};
use crate::i18n::BriefText as B;
use crate::platform::browser;
use crate::route::Route;
use crate::ui::i18n::{t, t_with, use_locale};
use crate::ui::pages::Later;
use crate::ui::state::use_app;

/// A DOM id for a line's control: section key, line id (non-alphanumerics as `-`) and a suffix.
fn control_id(kind: SectionKind, line: &str, what: &str) -> String {
    let line: String = line.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    format!("brief-{}-{line}-{what}", kind.key())
}

/// Moves focus to `id` after the next render.
fn focus_soon(id: String) {
    set_timeout(move || browser::focus_id(&id), Duration::from_millis(0));
}

/// The line being edited: its section and id.
#[derive(Clone, Copy)]
struct Editing(RwSignal<Option<(SectionKind, String)>>);

/// The edits as they were before the person removed a line they had added themselves (such a
/// line has no "removed lines" entry to restore it from), and the section it was in.
#[derive(Clone, Copy)]
struct RemovedOwn(RwSignal<Option<(SectionKind, crate::domain::brief::BriefEdits)>>);

/// The brief page: what is missing, the six sections, copies, and links to the guides.
#[component]
pub fn BriefPage() -> impl IntoView {
    let app = use_app();
    let locale = use_locale();
    let shown = Memo::new(move |_| {
        let lang = locale.0.get();
        app.workbook.with(|wb| brief::derive(wb, lang))
    });
    provide_context(Editing(RwSignal::new(None)));
    provide_context(RemovedOwn(RwSignal::new(None)));
    provide_context(shown);

    view! {
        <h1 id="page-title">{move || t(B::Title)}</h1>
        <p class="brief-intro">{move || t(B::Intro)}</p>
        <CopyBar shown=shown/>
        {move || {
            let missing = shown.with(|b| b.missing.clone());
            (!missing.is_empty()).then(|| view! {
                <section class="brief-missing" aria-labelledby="brief-missing-title" data-testid="brief-missing">
                    <h2 id="brief-missing-title">{move || t(B::MissingTitle)}</h2>
                    {move || shown.with(|b| b.is_blank()).then(|| view! { <p>{move || t(B::EmptyBrief)}</p> })}
                    <ul>
                        {missing.into_iter().map(|m| {
                            let route = Route::parse(&format!("#/{}", m.module_slug())).unwrap_or(Route::Home);
                            view! {
                                <li>
                                    {move || t(m.text())}" "
                                    <a href=route.href()>{move || t_with(B::GoToModule, &[("module", t(route.label()))])}</a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })
        }}
        // The first section mounts with the page, each of the others in a task of its own.
        {SectionKind::ALL.into_iter().enumerate().map(|(i, kind)| if i < 1 {
            view! { <SectionView kind=kind/> }.into_any()
        } else {
            view! { <Later><SectionView kind=kind/></Later> }.into_any()
        }).collect_view()}
        <nav class="brief-guides no-print" aria-labelledby="brief-guides-title">
            <h2 id="brief-guides-title">{move || t(B::GuidesTitle)}</h2>
            <ul>
                <li><a href=Route::BriefGuide.href()>{move || t(B::GuideLinkEmployee)}</a></li>
                <li><a href=Route::BriefManagerGuide.href()>{move || t(B::GuideLinkManager)}</a></li>
            </ul>
        </nav>
    }
}

/// Copy as text / as Markdown, with a selectable fallback where the clipboard is refused.
#[component]
fn CopyBar(shown: Memo<Brief>) -> impl IntoView {
    let locale = use_locale();
    let status = RwSignal::new(None::<String>);
    let fallback = RwSignal::new(None::<String>);
    let copy = move |markdown: bool| {
        let lang = locale.0.get_untracked();
        let text = shown.with_untracked(|b| if markdown { brief::to_markdown(b, lang) } else { brief::to_plain_text(b, lang) });
        leptos::task::spawn_local(async move {
            if crate::platform::embed::copy_text(&text).await {
                fallback.set(None);
                status.set(Some(crate::i18n::tr(lang, B::Copied).to_string()));
            } else {
                status.set(Some(crate::i18n::tr(lang, B::CopyFailed).to_string()));
                fallback.set(Some(text));
            }
        });
    };
    view! {
        <div class="brief-copy no-print">
            <button class="secondary" data-testid="brief-copy-text" on:click=move |_| copy(false)>{move || t(B::CopyText)}</button>
            <button class="secondary" data-testid="brief-copy-markdown" on:click=move |_| copy(true)>{move || t(B::CopyMarkdown)}</button>
            <p class="brief-copy-status" role="status" data-testid="brief-copy-status">{move || status.get()}</p>
            {move || fallback.get().map(|text| view! {
                <label class="brief-fallback">
                    <span>{move || t(B::CopyFallbackLabel)}</span>
                    <textarea readonly rows="10" data-testid="brief-copy-fallback" prop:value=text></textarea>
                </label>
            })}
        </div>
    }
}

/// One section: its lines with their controls, the add form, removed lines.
#[component]
fn SectionView(kind: SectionKind) -> impl IntoView {
    let shown = expect_context::<Memo<Brief>>();
    let section = Memo::new(move |_| shown.with(|b| b.section(kind).cloned()));
    let title_id = format!("brief-{}-title", kind.key());
    let list_tag_ordered = kind == SectionKind::TalkingPoints;
    let labelled = title_id.clone();
    view! {
        <section class="brief-section" aria-labelledby=labelled data-testid=format!("brief-{}", kind.key())>
            <h2 id=title_id>{move || t(kind.title())}</h2>
            {(kind == SectionKind::Ask).then(|| view! { <p class="muted">{move || t(B::AskHint)}</p> })}
            {(kind == SectionKind::Alternative).then(|| view! { <AlternativePicker/> })}
            {move || {
                let Some(s) = section.get() else { return ().into_any() };
                if s.lines.is_empty() {
                    return view! { <p class="muted brief-empty">{move || t(B::SectionEmpty)}</p> }.into_any();
                }
                let total = s.lines.len();
                let items = s.lines.into_iter().enumerate().map(|(i, line)| view! { <LineView kind=kind line=line index=i total=total/> }).collect_view();
                if list_tag_ordered {
                    view! { <ol class="brief-lines">{items}</ol> }.into_any()
                } else {
                    view! { <ul class="brief-lines">{items}</ul> }.into_any()
                }
            }}
            <AddLine kind=kind/>
            <UndoRemoveOwn kind=kind/>
            {move || section.get().filter(|s| !s.hidden.is_empty()).map(|s| view! { <HiddenLines section=s/> })}
        </section>
    }
}

/// "Line removed. Undo" after the person removed a line of their own in section `kind`.
#[component]
fn UndoRemoveOwn(kind: SectionKind) -> impl IntoView {
    let app = use_app();
    let removed = expect_context::<RemovedOwn>().0;
    let shown_here = move || removed.with(|r| r.as_ref().is_some_and(|(k, _)| *k == kind));
    view! {
        <p class="brief-undo no-print" role="status">
            {move || shown_here().then(|| view! {
                {move || t(B::OwnLineRemoved)}" "
                <button class="secondary small" data-testid="brief-undo-remove" on:click=move |_| {
                    if let Some((_, before)) = removed.get_untracked() {
                        removed.set(None);
                        app.update(|wb| wb.brief = before);
                        focus_soon(format!("brief-{}-add-field", kind.key()));
                    }
                }>{move || t(B::UndoRemove)}</button>
            })}
        </p>
    }
}

/// Applies an edit to the workbook, given the brief as shown.
fn apply(kind: SectionKind, change: Edit) -> Option<String> {
    let app = use_app();
    let shown = expect_context::<Memo<Brief>>().get_untracked();
    let mut added = None;
    app.update(|wb| added = brief::edit(wb, &shown, kind, change));
    added
}

/// One line: its text and marks, or its editor.
#[component]
fn LineView(kind: SectionKind, line: Line, index: usize, total: usize) -> impl IntoView {
    let app = use_app();
    let editing = expect_context::<Editing>();
    let removed_own = expect_context::<RemovedOwn>().0;
    let id = line.id.clone();
    let is_editing = {
        let id = id.clone();
        move || editing.0.with(|e| e.as_ref().is_some_and(|(k, l)| *k == kind && *l == id))
    };
    let text_id = control_id(kind, &id, "text");
    let edit_id = control_id(kind, &id, "edit");
    let field_id = control_id(kind, &id, "field");
    let up_id = control_id(kind, &id, "up");
    let down_id = control_id(kind, &id, "down");
    let draft = RwSignal::new(line.text.clone());
    // Typed but neither saved nor cancelled: kept when the editor closes because another line's
    // editor opened, instead of being dropped.
    let dirty = StoredValue::new(false);
    {
        let id = id.clone();
        let is_editing = is_editing.clone();
        let was_editing = StoredValue::new(false);
        Effect::new(move |_| {
            let now = is_editing();
            if was_editing.get_value() && !now && dirty.get_value() {
                dirty.set_value(false);
                let text = draft.get_untracked();
                if !text.trim().is_empty() {
                    apply(kind, Edit::SetText { id: id.clone(), text: text.trim().to_string() });
                }
            }
            was_editing.set_value(now);
        });
    }
    let mark = match line.origin {
        Origin::Derived => None,
        Origin::Suggested => Some(B::Suggested),
        Origin::Edited => Some(B::EditedMark),
        Origin::Added => Some(B::AddedMark),
    };
    let line_for_view = line.clone();
    let view_mode = {
        let id = id.clone();
        let (text_id, edit_id, field_id, up_id, down_id) = (text_id.clone(), edit_id.clone(), field_id.clone(), up_id.clone(), down_id.clone());
        move || {
            let line = line_for_view.clone();
            let id = id.clone();
            let (id_e, id_u, id_d, id_r, id_v) = (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
            let (up_focus, down_focus, field_focus) = (up_id.clone(), down_id.clone(), field_id.clone());
            let reverted = line.origin == Origin::Edited;
            let own_line = line.origin == Origin::Added;
            let first = index == 0;
            let last = index + 1 >= total;
            let text = line.text.clone();
            view! {
                <span class="brief-text" id=text_id.clone()>{line.text.clone()}</span>
                {mark.map(|m| view! { " " <span class="brief-mark">{move || t(m)}</span> })}
                <span class="brief-line-actions no-print">
                    <button class="secondary small" id=edit_id.clone() aria-describedby=text_id.clone() on:click=move |_| {
                        draft.set(text.clone());
                        editing.0.set(Some((kind, id_e.clone())));
                        focus_soon(field_focus.clone());
                    }>{move || t(B::EditLine)}</button>
                    <button class="secondary small" id=up_id.clone() aria-describedby=text_id.clone() disabled=first on:click=move |_| {
                        apply(kind, Edit::Move { id: id_u.clone(), by: -1 });
                        focus_soon(if index == 1 { down_focus_of(kind, &id_u) } else { up_focus.clone() });
                    }>{move || t(B::MoveLineUp)}</button>
                    <button class="secondary small" id=down_id.clone() aria-describedby=text_id.clone() disabled=last on:click=move |_| {
                        apply(kind, Edit::Move { id: id_d.clone(), by: 1 });
                        focus_soon(if index + 2 >= total { up_focus_of(kind, &id_d) } else { down_focus.clone() });
                    }>{move || t(B::MoveLineDown)}</button>
                    {reverted.then(|| {
                        let id_v = id_v.clone();
                        view! {
                            <button class="secondary small" aria-describedby=text_id.clone() on:click=move |_| {
                                apply(kind, Edit::Revert { id: id_v.clone() });
                            }>{move || t(B::RevertLine)}</button>
                        }
                    })}
                    <button class="secondary small" aria-describedby=text_id.clone() data-testid="brief-remove" on:click=move |_| {
                        if own_line {
                            let before = app.workbook.with_untracked(|wb| wb.brief.clone());
                            removed_own.set(Some((kind, before)));
                        }
                        apply(kind, Edit::Remove { id: id_r.clone() });
                        focus_soon(format!("brief-{}-add-field", kind.key()));
                    }>{move || t(B::RemoveLine)}</button>
                </span>
            }
        }
    };
    let edit_mode = {
        let id = id.clone();
        let field_id = field_id.clone();
        let edit_id = edit_id.clone();
        move || {
            let (id_s, edit_focus, edit_focus2) = (id.clone(), edit_id.clone(), edit_id.clone());
            let save = move || {
                let text = draft.get_untracked();
                dirty.set_value(false);
                if !text.trim().is_empty() {
                    apply(kind, Edit::SetText { id: id_s.clone(), text: text.trim().to_string() });
                }
                editing.0.set(None);
                focus_soon(edit_focus.clone());
            };
            let save2 = save.clone();
            view! {
                <label class="visually-hidden" for=field_id.clone()>{move || t(B::EditLineLabel)}</label>
                <textarea id=field_id.clone() class="brief-field" rows="2" maxlength=crate::domain::workbook::MAX_TEXT_CHARS data-testid="brief-edit-field"
                    prop:value=move || draft.get()
                    on:input=move |ev| { dirty.set_value(true); draft.set(event_target_value(&ev)) }
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Escape" {
                            dirty.set_value(false);
                            editing.0.set(None);
                            focus_soon(edit_focus2.clone());
                        } else if ev.key() == "Enter" && !ev.shift_key() {
                            ev.prevent_default();
                            save2();
                        }
                    }></textarea>
                <span class="brief-line-actions">
                    <button class="small" data-testid="brief-edit-save" on:click=move |_| save()>{move || t(B::SaveLine)}</button>
                    <button class="secondary small" on:click=move |_| { dirty.set_value(false); editing.0.set(None) }>{move || t(B::CancelEdit)}</button>
                </span>
            }
        }
    };
    view! {
        <li class="brief-line" data-testid="brief-line" data-line=id.clone() class:brief-line-added=line.origin == Origin::Added>
            {move || if is_editing() { edit_mode.clone()().into_any() } else { view_mode.clone()().into_any() }}
        </li>
    }
}

fn up_focus_of(kind: SectionKind, id: &str) -> String {
    control_id(kind, id, "up")
}

fn down_focus_of(kind: SectionKind, id: &str) -> String {
    control_id(kind, id, "down")
}

/// The form that adds a line to a section.
#[component]
fn AddLine(kind: SectionKind) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let field_id = format!("brief-{}-add-field", kind.key());
    view! {
        <form class="brief-add no-print" on:submit=move |ev| {
            ev.prevent_default();
            let value = text.get_untracked();
            if value.trim().is_empty() {
                return;
            }
            apply(kind, Edit::Add { text: value.trim().to_string() });
            text.set(String::new());
        }>
            <label for=field_id.clone()>{move || t_with(B::AddLineLabel, &[("section", t(kind.title()))])}</label>
            <span class="brief-add-row">
                <input type="text" id=field_id maxlength=crate::domain::workbook::MAX_TEXT_CHARS data-testid=format!("brief-add-{}", kind.key())
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                <button type="submit" class="secondary">{move || t(B::AddLine)}</button>
            </span>
        </form>
    }
}

/// Derived lines the person removed, with a way back.
#[component]
fn HiddenLines(section: Section) -> impl IntoView {
    let kind = section.kind;
    let count = section.hidden.len().to_string();
    view! {
        <details class="brief-hidden no-print">
            <summary>{move || t_with(B::HiddenLines, &[("count", &count)])}</summary>
            <ul>
                {section.hidden.into_iter().map(|l| {
                    let id = l.id.clone();
                    let text_id = control_id(kind, &l.id, "hidden");
                    view! {
                        <li>
                            <span id=text_id.clone()>{l.text}</span>" "
                            <button class="secondary small" aria-describedby=text_id on:click=move |_| {
                                apply(kind, Edit::Restore { id: id.clone() });
                            }>{move || t(B::RestoreLine)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}

/// The choice of alternative: the suggestion, or any other ranked option.
#[component]
fn AlternativePicker() -> impl IntoView {
    let app = use_app();
    let shown = expect_context::<Memo<Brief>>();
    let choices = Memo::new(move |_| {
        shown.with(|b| {
            let preferred = b.facts.preferred.as_ref().map(|p| p.0.clone());
            b.facts.ranked.iter().filter(|r| Some(&r.0) != preferred.as_ref()).map(|r| (r.0.clone(), r.1.clone())).collect::<Vec<_>>()
        })
    });
    let chosen = move || app.workbook.with(|wb| wb.brief.alternative.clone().unwrap_or_default());
    let suggested = move || shown.with(|b| b.facts.suggested.as_ref().map(|a| a.name.clone()));
    view! {
        {move || (choices.with(|c| !c.is_empty())).then(|| view! {
            <div class="brief-alternative no-print">
                <label for="brief-alternative-choice">{move || t(B::ChooseAlternative)}</label>
                <select id="brief-alternative-choice" data-testid="brief-alternative-choice"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        apply(SectionKind::Alternative, Edit::ChooseAlternative { option: (!value.is_empty()).then_some(value) });
                    }>
                    <option value="" selected=move || chosen().is_empty()>
                        {move || t_with(B::AlternativeSuggested, &[("option", &suggested().unwrap_or_default())])}
                    </option>
                    {move || choices.get().into_iter().map(|(id, name)| {
                        let selected = id.clone();
                        view! { <option value=id selected=move || chosen() == selected>{name}</option> }
                    }).collect_view()}
                </select>
                <p class="muted">{move || t(B::AlternativeHint)}</p>
            </div>
        })}
    }
}
