//! Small browser facts and actions: the clock, the URL, the document's language and theme
//! attributes, focus, and asking the browser to keep our storage.

use wasm_bindgen::JsCast;

/// Now, as an RFC 3339 UTC timestamp.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

/// `location.search`, or empty.
pub fn location_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// `location.hash`, or empty.
pub fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let mut tags: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

fn document_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Sets `<html lang>`.
pub fn set_document_lang(code: &str) {
    if let Some(html) = document_element() {
        let _ = html.set_attribute("lang", code);
    }
}

/// Sets `data-theme` on `<html>`; `None` follows the system preference.
pub fn set_document_theme(theme: Option<&str>) {
    if let Some(html) = document_element() {
        let _ = match theme {
            Some(theme) => html.set_attribute("data-theme", theme),
            None => html.remove_attribute("data-theme"),
        };
    }
}

/// Marks `<html>` as embedded (`data-embed`), for the compact chrome.
pub fn set_document_embed(on: bool) {
    if let Some(html) = document_element() {
        let _ = if on { html.set_attribute("data-embed", "1") } else { html.remove_attribute("data-embed") };
    }
}

/// Sets `document.title`.
pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Opens the browser's print dialog (where "Save as PDF" lives).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Moves keyboard focus to the element with `id` (which needs `tabindex="-1"` if not focusable).
pub fn focus_id(id: &str) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Asks the browser not to evict our storage (`navigator.storage.persist()`); resolves to whether
/// the data is now persistent, or `None` where the API is missing.
pub async fn request_persistence() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let already = wasm_bindgen_futures::JsFuture::from(storage.persisted().ok()?).await.ok()?;
    if already.as_bool() == Some(true) {
        return Some(true);
    }
    let granted = wasm_bindgen_futures::JsFuture::from(storage.persist().ok()?).await.ok()?;
    granted.as_bool()
}

/// Registers the service worker that makes the app work offline. Skipped where the browser has
/// none (plain http other than localhost) or refuses (a sandboxed iframe has an opaque origin).
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    // Reading `navigator.serviceWorker` throws in a sandboxed iframe: go through Reflect.
    let Ok(container) = js_sys::Reflect::get(&navigator, &"serviceWorker".into()) else { return };
    let Ok(container) = container.dyn_into::<web_sys::ServiceWorkerContainer>() else { return };
    let promise = container.register("./sw.js");
    // A refusal is not an error the person can act on: the app simply stays online-only.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// Replaces `location.hash` without a `hashchange` event or a new history entry (used when a
/// sub-route such as `#/experiences/e3` has served its purpose).
pub fn replace_hash(hash: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// Milliseconds since the epoch, for measuring short slices of work (`Date.now()`).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today's date in UTC, `YYYY-MM-DD`.
pub fn today() -> String {
    now_iso().get(..10).unwrap_or_default().to_string()
}

/// Whether the `<details>` element an event (such as `toggle`) fired on is open.
pub fn details_open(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|target| js_sys::Reflect::get(&target, &"open".into()).ok())
        .and_then(|open| open.as_bool())
        .unwrap_or(false)
}
