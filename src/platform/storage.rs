//! Key-value storage over `localStorage`, with an in-memory fallback.
//!
//! Browsers refuse storage in several ways: `window.localStorage` throws in a sandboxed iframe
//! without `allow-same-origin`, returns `null` when disabled, or throws `QuotaExceededError` on a
//! write once the origin's quota (about 5 MB) is used up. [`KeyValueStore::open`] probes once and
//! falls back to memory, so the app keeps working and says so; writes report quota errors as
//! [`StorageError::QuotaExceeded`] so the caller can keep the data in memory and retry later.
//! This module does not know what a workbook is; [`crate::platform::workbook_store`]-style callers
//! decide what to store.

use std::cell::RefCell;
use std::collections::BTreeMap;

use wasm_bindgen::JsCast;

/// Why a storage operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser's quota for this site is used up.
    QuotaExceeded,
    /// The browser refused the operation for another reason (its message is kept for diagnosis).
    Refused(String),
}

/// Where the values actually live.
enum Backend {
    Local(web_sys::Storage),
    Memory(RefCell<BTreeMap<String, String>>),
}

/// A string key-value store: the browser's `localStorage` when it works, else memory.
pub struct KeyValueStore {
    backend: Backend,
}

const PROBE_KEY: &str = "crossroads.probe";

impl KeyValueStore {
    /// Opens `localStorage` if the browser allows a write there, else an in-memory store.
    pub fn open() -> Self {
        match Self::local_storage() {
            Some(storage) => Self { backend: Backend::Local(storage) },
            None => Self::memory(),
        }
    }

    /// A store that lives only as long as the page.
    pub fn memory() -> Self {
        Self { backend: Backend::Memory(RefCell::new(BTreeMap::new())) }
    }

    /// `localStorage`, if it exists and accepts a write. A full quota still counts as usable:
    /// reads work, and writes resume when space returns.
    fn local_storage() -> Option<web_sys::Storage> {
        let storage = web_sys::window()?.local_storage().ok()??;
        match storage.set_item(PROBE_KEY, "1") {
            Ok(()) => {
                let _ = storage.remove_item(PROBE_KEY);
                Some(storage)
            }
            Err(err) if is_quota_error(&err) => Some(storage),
            Err(_) => None,
        }
    }

    /// True when values survive a reload (they live in `localStorage`).
    pub fn is_persistent(&self) -> bool {
        matches!(self.backend, Backend::Local(_))
    }

    /// The value stored under `key`, if any.
    pub fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match &self.backend {
            Backend::Local(storage) => storage.get_item(key).map_err(refused),
            Backend::Memory(map) => Ok(map.borrow().get(key).cloned()),
        }
    }

    /// Stores `value` under `key`.
    pub fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match &self.backend {
            Backend::Local(storage) => storage.set_item(key, value).map_err(|err| {
                if is_quota_error(&err) {
                    StorageError::QuotaExceeded
                } else {
                    refused(err)
                }
            }),
            Backend::Memory(map) => {
                map.borrow_mut().insert(key.to_string(), value.to_string());
                Ok(())
            }
        }
    }

    /// Removes `key`; removing a missing key is not an error.
    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        match &self.backend {
            Backend::Local(storage) => storage.remove_item(key).map_err(refused),
            Backend::Memory(map) => {
                map.borrow_mut().remove(key);
                Ok(())
            }
        }
    }

    /// The keys that start with `prefix`, so deleting everything can stay within our own keys.
    pub fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        match &self.backend {
            Backend::Local(storage) => {
                let len = storage.length().unwrap_or(0);
                (0..len)
                    .filter_map(|i| storage.key(i).ok().flatten())
                    .filter(|k| k.starts_with(prefix))
                    .collect()
            }
            Backend::Memory(map) => {
                map.borrow().keys().filter(|k| k.starts_with(prefix)).cloned().collect()
            }
        }
    }
}

/// Chromium and Firefox name the quota error differently; both are `DOMException`s.
fn is_quota_error(err: &wasm_bindgen::JsValue) -> bool {
    err.dyn_ref::<web_sys::DomException>().is_some_and(|e| {
        let name = e.name();
        name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || e.code() == 22
    })
}

fn refused(err: wasm_bindgen::JsValue) -> StorageError {
    let message = err
        .dyn_ref::<web_sys::DomException>()
        .map(|e| format!("{}: {}", e.name(), e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "storage refused".to_string());
    StorageError::Refused(message)
}
