//! The empty state of a module whose screen is still to come: what it will do, and a way to see
//! the example person.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::route::Route;
use crate::ui::i18n::t;
use crate::ui::state::use_app;

/// The explanation shown on a module's empty state.
pub fn empty_text(route: Route) -> Key {
    match route {
        Route::Experiences => Key::EmptyExperiences,
        Route::Attitudes => Key::EmptyAttitudes,
        Route::Values => Key::EmptyValues,
        Route::Talents => Key::EmptyTalents,
        Route::Goals => Key::EmptyGoals,
        Route::Decision => Key::EmptyDecision,
        Route::Brief | Route::BriefGuide | Route::BriefManagerGuide => Key::EmptyBrief,
        Route::Report => Key::EmptyReport,
        Route::Workshop | Route::WorkshopEmbed => Key::EmptyWorkshop,
        Route::Home | Route::Data => Key::Tagline,
    }
}

/// A module page that explains itself until its screen lands.
#[component]
pub fn ModulePlaceholder(route: Route) -> impl IntoView {
    let app = use_app();
    view! {
        <h1 id="page-title">{move || t(route.label())}</h1>
        <div class="empty-state" data-testid="empty-state">
            <p>{move || t(empty_text(route))}</p>
            <p class="muted">{move || t(Key::ComingSoon)}</p>
            {move || (!app.settings.with(|s| s.example_loaded)).then(|| view! {
                <button class="secondary" on:click=move |_| app.load_example()>{move || t(Key::SeeExample)}</button>
            })}
        </div>
    }
}
