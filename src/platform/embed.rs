//! Living inside someone else's page: detecting the iframe and telling the parent our height.
//!
//! The message is `{ "type": "crossroads:height", "height": N }` (CSS pixels), posted to the
//! parent window only, whenever the document's height changes. It carries no user data, so it is
//! posted with target origin `*`: the app cannot know the embedding page's origin in advance.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// True when the app runs inside a frame.
pub fn in_iframe() -> bool {
    web_sys::window().is_some_and(|w| match (w.parent(), w.self_()) {
        (Ok(Some(parent)), me) => !js_sys::Object::is(&parent, &me),
        _ => false,
    })
}

fn post_height(height: f64) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"crossroads:height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height.ceil()));
    let _ = parent.post_message(&message, "*");
}

/// Starts reporting the document's height to the parent frame (no-op outside an iframe).
pub fn report_height() {
    if !in_iframe() {
        return;
    }
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let measure = root.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        post_height(measure.scroll_height() as f64);
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            observer.observe(&body);
        }
        // The observer lives as long as the page.
        std::mem::forget(observer);
    }
    callback.forget();
    post_height(root.scroll_height() as f64);
}

/// Copies `text` to the clipboard; resolves to false where the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = window.navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// The app's own URL without query or hash, for snippets that embed it.
pub fn app_base_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let dir = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "/",
    };
    format!("{origin}{dir}")
}
