//! Fetches a language's table (`locales/{nl,fr}.<hash>.json`, same origin) and installs it, so
//! `i18n::tr` can show Dutch or French. See `src/i18n/locales.rs` for the format and its checks.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{locales, Lang};

/// Makes `lang` ready to show: fetches and installs its table unless it is English or already
/// installed. The error is for the console only (the UI says it in its own words).
pub async fn load(lang: Lang) -> Result<(), String> {
    if locales::is_ready(lang) {
        return Ok(());
    }
    let path = locales::file_path(lang).ok_or("no table for this language")?;
    let window = web_sys::window().ok_or("no window")?;
    let js_error = |e: wasm_bindgen::JsValue| format!("{path}: {}", e.as_string().or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string())).unwrap_or_default());
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path)).await.map_err(js_error)?.dyn_into().map_err(js_error)?;
    if !response.ok() {
        return Err(format!("{path}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(js_error)?).await.map_err(js_error)?;
    let text = text.as_string().ok_or_else(|| format!("{path}: no text"))?;
    locales::install(lang, &text).map_err(|e| format!("{path}: {e}"))
}

/// Like [`load`], logging a failure to the console as a warning; true when `lang` is ready.
pub async fn ensure(lang: Lang) -> bool {
    match load(lang).await {
        Ok(()) => true,
        Err(e) => {
            web_sys::console::warn_1(&format!("Crossroads: {} could not be loaded: {e}", lang.native_name()).into());
            false
        }
    }
}
