//! Home: what Crossroads is, progress per module, where to continue, the example person.

use leptos::prelude::*;

use crate::domain::workbook::{Progress, Workbook};
use crate::i18n::Key;
use crate::route::Route;
use crate::ui::i18n::{t, t_with};
use crate::ui::state::use_app;

/// The modules whose progress home shows, with how to read it from the workbook.
const MODULES: [(Route, fn(&Workbook) -> Progress); 6] = [
    (Route::Experiences, Workbook::experiences_progress),
    (Route::Attitudes, Workbook::attitudes_progress),
    (Route::Values, Workbook::values_progress),
    (Route::Talents, Workbook::talents_progress),
    (Route::Goals, Workbook::goals_progress),
    (Route::Decision, Workbook::decision_progress),
];

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    let continue_link = move || {
        let last = app.settings.with(|s| s.last_route.clone());
        match last.as_deref().and_then(|slug| Route::parse(&format!("#/{slug}"))).filter(|r| *r != Route::Home) {
            Some(route) => view! {
                <a class="button" href=route.href() data-testid="continue">
                    {move || t_with(Key::HomeContinue, &[("module", t(route.label()))])}
                </a>
            }
            .into_any(),
            None => view! { <a class="button" href=Route::Experiences.href()>{move || t(Key::HomeStart)}</a> }.into_any(),
        }
    };
    view! {
        <h1 id="page-title">{move || t(Key::HomeTitle)}</h1>
        <div class="intro">
            <p>{move || t(Key::HomeIntro1)}</p>
            <p>{move || t(Key::HomeIntro2)}</p>
            <p>{move || t(Key::HomeIntro3)}</p>
        </div>
        <p>{continue_link}</p>
        <h2>{move || t(Key::HomeProgress)}</h2>
        <ul class="progress-list" data-testid="progress">
            {MODULES.into_iter().map(|(route, progress)| {
                let state = move || app.workbook.with(progress);
                view! {
                    <li>
                        <a href=route.href()>{move || t(route.label())}</a>
                        <span class="state" class:done=move || state() == Progress::Done>
                            {move || t(match state() {
                                Progress::NotStarted => Key::ModuleNotStarted,
                                Progress::Started => Key::ModuleStarted,
                                Progress::Done => Key::ModuleDone,
                            })}
                        </span>
                    </li>
                }
            }).collect_view()}
        </ul>
        <section class="card example-card" aria-labelledby="example-title">
            <h2 id="example-title">{move || t(Key::ExampleTitle)}</h2>
            <p>{move || t(Key::ExampleText)}</p>
            {move || if app.settings.with(|s| s.example_loaded) {
                view! { <button class="secondary" on:click=move |_| app.remove_example()>{move || t(Key::ExampleRemove)}</button> }.into_any()
            } else {
                view! { <button on:click=move |_| app.load_example()>{move || t(Key::ExampleLoad)}</button> }.into_any()
            }}
        </section>
    }
}
