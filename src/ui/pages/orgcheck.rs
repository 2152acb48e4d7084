//! `#/workshop/org-check`: HR's organisation readiness check. Statements per theme answered on a
//! four-point scale (kept in this browser's settings, never in the workbook), then a score per
//! theme with concrete suggestions. Items and scoring are `domain::orgcheck`.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::domain::orgcheck::{self, OrgItem, Theme, ANSWER_LABELS, ITEMS};
use crate::i18n::{Key, OrgText as T};
use crate::route::Route;
use crate::ui::i18n::{t, t_with};
use crate::ui::state::use_app;

/// The organisation check page.
#[component]
pub fn OrgCheckPage() -> impl IntoView {
    let app = use_app();
    let answers = Memo::new(move |_| app.settings.with(|s| s.org_check.clone()));
    let answered = Memo::new(move |_| answers.with(orgcheck::answered));
    let scores = Memo::new(move |_| answers.with(orgcheck::score));
    // The answers as they were before "Clear", for undo.
    let cleared = RwSignal::new(None::<std::collections::BTreeMap<String, u8>>);
    view! {
        <h1 id="page-title">{t(T::Title)}</h1>
        <p><a href=Route::Workshop.href()>{t(Key::NavWorkshop)}</a></p>
        <p>{t(T::Intro)}</p>
        <p class="hint">{t(T::Storage)}</p>
        <p class="org-progress" role="status" data-testid="org-progress">
            {move || t_with(T::Progress, &[("answered", &answered.get().to_string()), ("total", &ITEMS.len().to_string())])}
        </p>
        {Theme::ALL.into_iter().map(|theme| view! { <ThemeQuestions theme=theme answers=answers/> }).collect_view()}
        <section class="card org-results" aria-labelledby="org-results-title" data-testid="org-results">
            <h2 id="org-results-title">{t(T::ResultsTitle)}</h2>
            {move || scores.with(|s| s.iter().all(|s| s.percent.is_none())).then(|| view! { <p class="hint">{t(T::ResultsEmpty)}</p> })}
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="org-table-caption">
                <table class="attitudes-table" data-testid="org-table">
                    <caption id="org-table-caption">{t(T::TableCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{t(T::ColTheme)}</th>
                        <th scope="col">{t(T::ColScore)}</th>
                        <th scope="col">{t(T::ColBand)}</th>
                    </tr></thead>
                    <tbody>
                        {move || scores.get().into_iter().map(|s| view! {
                            <tr data-theme=s.theme.key()>
                                <th scope="row">{t(s.theme.name())}</th>
                                <td>{match s.percent {
                                    Some(p) => format!("{} %", crate::i18n::number::decimal(crate::ui::i18n::use_locale().0.get(), p, 0)),
                                    None => t_with(T::ThemeNotScored, &[("answered", &s.answered.to_string()), ("total", &s.items.to_string())]),
                                }}</td>
                                <td>{s.readiness.map(|r| t(r.label()))}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <div class="org-suggestions">
                {move || scores.get().into_iter().filter(|s| !s.suggestions.is_empty()).map(|s| view! {
                    <div class=format!("org-theme-result {}", s.readiness.map_or("", |r| r.as_str())) data-testid="org-theme-result" data-theme=s.theme.key()>
                        <h3>{t(s.theme.name())}</h3>
                        {s.percent.zip(s.readiness).map(|(p, r)| view! {
                            <p class="org-score">{t_with(T::ThemeScore, &[("percent", &crate::i18n::number::decimal(crate::ui::i18n::use_locale().0.get(), p, 0)), ("band", t(r.label()))])}</p>
                        })}
                        <p class="steps-title">{t(T::SuggestionsTitle)}</p>
                        <ul>{s.suggestions.into_iter().map(|text| view! { <li>{t(text)}</li> }).collect_view()}</ul>
                    </div>
                }).collect_view()}
            </div>
            <button class="secondary" id="org-clear" data-testid="org-clear" on:click=move |_| {
                let before = app.settings.with_untracked(|s| s.org_check.clone());
                if !before.is_empty() {
                    cleared.set(Some(before));
                }
                app.update_settings(|s| s.org_check.clear());
            }>{t(T::Clear)}</button>
            <p role="status" class="org-undo">
                {move || cleared.get().is_some().then(|| view! {
                    {t(T::Cleared)}" "
                    <button class="secondary small" data-testid="org-undo-clear" on:click=move |_| {
                        if let Some(before) = cleared.get_untracked() {
                            cleared.set(None);
                            app.update_settings(|s| s.org_check = before);
                            // The undo button leaves with the render: back to Clear.
                            crate::ui::pages::focus_after_render("org-clear");
                        }
                    }>{t(T::UndoClear)}</button>
                })}
            </p>
        </section>
    }
}

/// One theme's statements, each a group of four radio buttons.
#[component]
fn ThemeQuestions(theme: Theme, answers: Memo<BTreeMap<String, u8>>) -> impl IntoView {
    let heading = format!("org-theme-{}", theme.key());
    let labelled_by = heading.clone();
    view! {
        <section class="card org-theme" aria-labelledby=labelled_by>
            <h2 id=heading>{t(theme.name())}</h2>
            <p>{t(theme.intro())}</p>
            {orgcheck::theme_items(theme).map(|item| view! { <Statement item=*item answers=answers/> }).collect_view()}
        </section>
    }
}

/// A statement and its four answers.
#[component]
fn Statement(item: OrgItem, answers: Memo<BTreeMap<String, u8>>) -> impl IntoView {
    let app = use_app();
    let hint_id = format!("{}-hint", item.id);
    view! {
        <fieldset class="likert org-item" data-item=item.id aria-describedby=item.reverse.then(|| hint_id.clone())>
            <legend>{t(item.statement)}</legend>
            {item.reverse.then(|| view! { <p class="hint" id=hint_id.clone()>{t(T::BarrierHint)}</p> })}
            <div class="likert-options org-options">
                {ANSWER_LABELS.into_iter().enumerate().map(|(value, label)| {
                    let value = value as u8;
                    view! {
                        <label class="likert-option">
                            <input type="radio" name=format!("org-{}", item.id) value=value
                                prop:checked=move || answers.with(|a| a.get(item.id) == Some(&value))
                                on:change=move |_| app.update_settings(|s| { s.org_check.insert(item.id.to_string(), value); })/>
                            <span class="likert-label">{t(label)}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}
