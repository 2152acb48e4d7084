//! The panic rescue screen. Release builds abort on panic, so no Rust code runs afterwards and
//! no event handler of ours will ever fire again: the panic hook itself replaces the page with a
//! plain-DOM screen whose download link already points at a `blob:` URL of the last workbook
//! (a link needs no script, so the CSP's ban on inline handlers does not matter).

use std::cell::RefCell;

use crate::i18n::{self, Key, Lang};

use super::workbook_store::{SETTINGS_KEY, WORKBOOK_KEY};

thread_local! {
    /// The newest workbook file text, kept by every save attempt, so the rescue screen can offer
    /// work that never reached storage (memory-only mode, full quota).
    static LATEST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Remembers the newest workbook file text for the rescue screen.
pub fn remember(file_text: String) {
    LATEST.with(|latest| {
        if let Ok(mut slot) = latest.try_borrow_mut() {
            *slot = Some(file_text);
        }
    });
}

/// Installs the panic hook: log to the console, then show the rescue screen.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let _ = show();
    }));
}

fn stored(key: &str) -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(key).ok()?
}

fn language() -> Lang {
    let from_settings = stored(SETTINGS_KEY)
        .and_then(|s| serde_json::from_str::<crate::domain::settings::Settings>(&s).ok())
        .and_then(|s| s.lang)
        .and_then(|code| Lang::from_tag(&code));
    let lang = from_settings.unwrap_or_else(|| Lang::negotiate(super::browser::preferred_languages().iter().map(String::as_str)));
    // Dutch and French are data: before their table is installed the rescue speaks English.
    if i18n::locales::is_ready(lang) { lang } else { Lang::En }
}

fn show() -> Option<()> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    let lang = language();
    let text = |key| i18n::tr(lang, key);
    let latest = LATEST.with(|l| l.try_borrow().ok().and_then(|s| s.clone())).or_else(|| stored(WORKBOOK_KEY));

    body.set_inner_html("");
    let screen = document.create_element("main").ok()?;
    screen.set_class_name("rescue");
    screen.set_attribute("role", "alert").ok()?;
    screen.set_attribute("data-testid", "rescue").ok()?;
    let heading = document.create_element("h1").ok()?;
    heading.set_text_content(Some(text(Key::RescueTitle)));
    screen.append_child(&heading).ok()?;
    let explain = document.create_element("p").ok()?;
    explain.set_text_content(Some(text(Key::RescueText)));
    screen.append_child(&explain).ok()?;

    if let Some(json) = latest {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&json));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link = document.create_element("a").ok()?;
        link.set_attribute("href", &url).ok()?;
        link.set_attribute("download", "crossroads-rescue.crossroads.json").ok()?;
        link.set_attribute("data-testid", "rescue-download").ok()?;
        link.set_class_name("button");
        link.set_text_content(Some(text(Key::RescueDownload)));
        screen.append_child(&link).ok()?;
    } else {
        let none = document.create_element("p").ok()?;
        none.set_text_content(Some(text(Key::RescueNothing)));
        screen.append_child(&none).ok()?;
    }
    let reload = document.create_element("a").ok()?;
    reload.set_attribute("href", "./").ok()?;
    reload.set_text_content(Some(text(Key::RescueReload)));
    screen.append_child(&reload).ok()?;
    body.append_child(&screen).ok()?;
    Some(())
}
