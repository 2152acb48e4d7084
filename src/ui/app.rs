//! The app root: state and locale context, the hash router, document attributes, mounting.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{self, Key, Lang};
use crate::platform::browser;
use crate::route::Route;
use crate::ui::i18n::{t, Locale, LocaleLoad};
use crate::route::EmbedConfig;
use crate::ui::pages::{
    attitudes::AttitudesPage,
    brief::{
        guide::{Audience, GuidePage as ConversationGuidePage},
        BriefPage,
    },
    data::DataPage,
    decision::DecisionPage,
    embed::EmbedPage,
    experiences::ExperiencesPage,
    goals::GoalsPage,
    guide::GuidePage,
    home::HomePage,
    orgcheck::OrgCheckPage,
    report::ReportPage,
    talents::TalentsPage,
    values::ValuesPage,
    workshop::WorkshopPage,
};
use crate::ui::shell::{Banners, Footer, Header, SkipLink};
use crate::ui::state::AppState;

/// Mounts the app into `#app`, replacing the static shell that `index.html` paints before the
/// wasm arrives.
///
/// Dutch and French are data (`src/i18n/locales.rs`): when the app starts in one of them, its
/// table is fetched first and the static shell stays until then, so the first render is already
/// in that language (never English text that then flips). If the table cannot be loaded, the app
/// starts in English and says why.
pub fn mount() {
    crate::platform::rescue::install();
    let lang = crate::ui::state::startup_lang();
    if i18n::locales::is_ready(lang) {
        mount_now();
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            crate::platform::locales::ensure(lang).await;
            mount_now();
        });
    }
}

fn mount_now() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = document.get_element_by_id("app").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, App).forget();
    browser::register_service_worker();
}

/// The route named by `location.hash`, and whether the hash named a real route.
fn route_from_location() -> (Route, bool) {
    match Route::parse(&browser::location_hash()) {
        Some(route) => (route, true),
        None => (Route::Home, false),
    }
}

/// The whole app: chrome, banners and the routed page.
#[component]
pub fn App() -> impl IntoView {
    let (state, chosen) = AppState::init();
    provide_context(state);
    // A language whose table did not arrive (`mount` tried) starts the app in English, saying so.
    let ready = i18n::locales::is_ready(chosen);
    let lang = if ready { chosen } else { Lang::En };
    let locale = Locale(RwSignal::new(lang));
    provide_context(locale);
    provide_context(LocaleLoad::new((!ready).then_some(chosen)));

    let embed = EmbedConfig::from_search(&browser::location_search());
    provide_context(embed.clone());
    let mounting = crate::ui::pages::Mounting(RwSignal::new(0));
    provide_context(mounting);
    if embed.embed {
        browser::set_document_embed(true);
    }
    crate::platform::embed::report_height();

    let allowed = {
        let embed = embed.clone();
        move |(route, known): (Route, bool)| -> (Route, bool) {
            if !embed.allows(route) || (route == Route::Home && embed.modules.is_some()) {
                (embed.start(), known)
            } else {
                (route, known)
            }
        }
    };
    let (initial, known) = allowed(route_from_location());
    let (route, set_route) = signal(initial);
    let unknown_route = RwSignal::new(!known);
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        // Test builds only (`--features test-hooks`, never `make dist`): a way to prove the rescue.
        #[cfg(feature = "test-hooks")]
        if browser::location_hash() == "#/__panic" {
            panic!("test-hooks: panic requested");
        }
        let (next, known) = allowed(route_from_location());
        unknown_route.set(!known);
        set_route.set(next);
        // Now, before the new page renders: a field of the old page that has focus then gets its
        // `change` (and saves) while its page is still alive. Deferred until after the render,
        // the field would be removed while focused and its handler run on a disposed page.
        browser::focus_id("main");
    });
    on_cleanup(move || handle.remove());

    Effect::new(move |_| browser::set_document_lang(locale.0.get().code()));
    Effect::new(move |_| {
        let theme = state.settings.with(|s| s.theme);
        browser::set_document_theme((theme != crate::domain::settings::Theme::System).then_some(theme.as_str()));
    });
    Effect::new(move |_| {
        let lang = locale.0.get();
        let r = route.get();
        let app_name = i18n::tr(lang, Key::AppName);
        let title = if r == Route::Home { app_name.to_string() } else { format!("{} – {app_name}", i18n::tr(lang, r.label())) };
        browser::set_document_title(&title);
    });
    Effect::new(move |_| {
        let r = route.get();
        if !matches!(r, Route::Home | Route::Data) && state.settings.with_untracked(|s| s.last_route.as_deref() != Some(r.slug())) {
            state.update_settings(|s| s.last_route = Some(r.slug().to_string()));
        }
    });
    if state.is_persistent() {
        leptos::task::spawn_local(async move {
            state.persisted.set(browser::request_persistence().await);
        });
    }

    // Pages re-render when the language changes, so their texts may be plain `t(…)` calls.
    let page = move || {
        locale.0.track();
        match route.get() {
            Route::Home => view! { <HomePage/> }.into_any(),
            Route::Data => view! { <DataPage/> }.into_any(),
            Route::Experiences => view! { <ExperiencesPage/> }.into_any(),
            Route::Attitudes => view! { <AttitudesPage/> }.into_any(),
            Route::Values => view! { <ValuesPage/> }.into_any(),
            Route::Talents => view! { <TalentsPage/> }.into_any(),
            Route::Goals => view! { <GoalsPage/> }.into_any(),
            Route::Decision => view! { <DecisionPage/> }.into_any(),
            Route::Workshop => view! { <WorkshopPage/> }.into_any(),
            Route::WorkshopEmbed => view! { <EmbedPage/> }.into_any(),
            Route::WorkshopOrgCheck => view! { <OrgCheckPage/> }.into_any(),
            Route::WorkshopGuide => view! { <GuidePage/> }.into_any(),
            Route::Brief => view! { <BriefPage/> }.into_any(),
            Route::BriefGuide => view! { <ConversationGuidePage audience=Audience::Employee/> }.into_any(),
            Route::BriefManagerGuide => view! { <ConversationGuidePage audience=Audience::Manager/> }.into_any(),
            Route::Report => view! { <ReportPage/> }.into_any(),
        }
    };

    view! {
        <SkipLink/>
        <Header route=route/>
        <Banners/>
        <main id="main" tabindex="-1" data-route=move || route.get().slug()
            data-mounting=move || (mounting.0.get() > 0).then_some("true")>
            {move || unknown_route.get().then(|| view! {
                <p class="banner" role="status">{move || t(Key::ErrorRouteMissing)}</p>
            })}
            {page}
        </main>
        {(!embed.embed).then(|| view! { <Footer/> })}
    }
}
