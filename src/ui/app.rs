//! The app root: context, the hash router, and mounting.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{Key, Lang};
use crate::route::Route;
use crate::ui::i18n::{t, Locale};

/// Mounts the app into `#app`, replacing the static loading shell that `index.html` paints
/// before the wasm arrives.
pub fn mount() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = document.get_element_by_id("app").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, App).forget();
}

/// The current route from `location.hash`.
fn current_route() -> Route {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    Route::parse(&hash).unwrap_or(Route::Home)
}

/// The whole app: header with navigation, the routed page, footer.
#[component]
pub fn App() -> impl IntoView {
    let locale = Locale(RwSignal::new(Lang::En));
    provide_context(locale);
    let route = RwSignal::new(current_route());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| route.set(current_route()));
    on_cleanup(move || handle.remove());

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(main) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main")) {
                if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() { let _ = main.focus(); }
            }
        }>{move || t(Key::SkipToContent)}</a>
        <header class="site-header">
            <p class="brand"><a href="#/">{move || t(Key::AppName)}</a></p>
            <nav aria-label=move || t(Key::MainNavigation)>
                <ul class="nav-list">
                    {Route::ALL.into_iter().map(|r| view! {
                        <li><a href=r.href() aria-current=move || (route.get() == r).then_some("page")>{move || t(r.label())}</a></li>
                    }).collect_view()}
                </ul>
            </nav>
        </header>
        <main id="main" tabindex="-1">
            <h1>{move || t(route.get().label())}</h1>
            <p>{move || t(Key::Tagline)}</p>
        </main>
        <footer class="site-footer"><p>{move || t(Key::FooterPrivacy)}</p></footer>
    }
}
