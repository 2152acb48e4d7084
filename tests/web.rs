//! Browser tests: run by `make test` in headless Chromium through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use crossroads::platform::storage::KeyValueStore;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear_local_storage() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
fn local_storage_round_trip() {
    clear_local_storage();
    let store = KeyValueStore::open();
    assert!(store.is_persistent(), "Chromium allows localStorage on the test page");
    store.set("crossroads.test", "héllo ✓").unwrap();
    // A second store sees the value: it went through the real localStorage, not memory.
    let again = KeyValueStore::open();
    assert_eq!(again.get("crossroads.test").unwrap().as_deref(), Some("héllo ✓"));
    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(raw.get_item("crossroads.test").unwrap().as_deref(), Some("héllo ✓"));
    again.remove("crossroads.test").unwrap();
    assert_eq!(store.get("crossroads.test").unwrap(), None);
}

#[wasm_bindgen_test]
fn quota_errors_are_reported_not_thrown() {
    clear_local_storage();
    let store = KeyValueStore::open();
    // About 5 MB per origin: a 6 MB value cannot fit.
    let huge = "x".repeat(6 * 1024 * 1024);
    let err = store.set("crossroads.huge", &huge).unwrap_err();
    assert_eq!(err, crossroads::platform::storage::StorageError::QuotaExceeded);
    assert_eq!(store.get("crossroads.huge").unwrap(), None);
}

#[wasm_bindgen_test]
fn memory_store_works_without_local_storage() {
    let store = KeyValueStore::memory();
    assert!(!store.is_persistent());
    store.set("crossroads.a", "1").unwrap();
    assert_eq!(store.keys_with_prefix("crossroads."), vec!["crossroads.a".to_string()]);
}
