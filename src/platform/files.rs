//! Files in and out: downloads of generated files, reading files the user picked or dropped,
//! and random bytes for salts and nonces.

use wasm_bindgen::{JsCast, JsValue};

/// Why a file could not be handed over or read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileIoError {
    /// The file is larger than allowed; it was not read.
    TooLarge { bytes: u64 },
    /// The browser refused (its message is kept for diagnosis).
    Browser(String),
}

impl FileIoError {
    /// What to tell the person: the size for a file that is too large, else that the browser
    /// refused, with the browser's own words as the technical detail.
    pub fn reason(self, lang: crate::i18n::Lang) -> crate::i18n::Explained {
        match self {
            FileIoError::TooLarge { bytes } => crate::i18n::Explained::plain(crate::i18n::number::megabytes(lang, bytes)),
            FileIoError::Browser(message) => crate::i18n::errors::browser_refused(lang, message),
        }
    }
}

fn browser_error(err: JsValue) -> FileIoError {
    FileIoError::Browser(err.as_string().unwrap_or_else(|| format!("{err:?}")))
}

/// Offers `text` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), FileIoError> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(browser_error)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(browser_error)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| FileIoError::Browser("no document".into()))?;
    let anchor: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(browser_error)?.dyn_into().map_err(|_| FileIoError::Browser("no anchor".into()))?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_class_name("visually-hidden");
    if let Some(body) = document.body() {
        let _ = body.append_child(&anchor);
        anchor.click();
        let _ = body.remove_child(&anchor);
    }
    // Revoke later: revoking at once can cancel the download in some browsers.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000);
    }
    Ok(())
}

/// Reads a picked or dropped file as text, refusing files over `max_bytes` before reading.
pub async fn read_text(file: &web_sys::File, max_bytes: u64) -> Result<String, FileIoError> {
    let bytes = file.size() as u64;
    if bytes > max_bytes {
        return Err(FileIoError::TooLarge { bytes });
    }
    // The bytes, copied once into wasm memory and checked as UTF-8 there: a megabyte read as a
    // JS string would be decoded, then re-encoded on its way in, which takes several times longer.
    // Decoded as `File.text()` does: invalid sequences become U+FFFD, a leading BOM is dropped.
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map_err(browser_error)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => String::from_utf8_lossy(err.as_bytes()).into_owned(),
    };
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Fills `buf` with cryptographically strong random bytes from the browser.
pub fn random_bytes(buf: &mut [u8]) -> Result<(), FileIoError> {
    let crypto = web_sys::window().ok_or_else(|| FileIoError::Browser("no window".into()))?.crypto().map_err(browser_error)?;
    crypto.get_random_values_with_u8_array(buf).map_err(browser_error)?;
    Ok(())
}
