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

mod workbook_store {
    use crossroads::domain::workbook::{Experience, Workbook};
    use crossroads::platform::storage::KeyValueStore;
    use crossroads::platform::workbook_store::*;
    use wasm_bindgen_test::*;

    fn raw() -> web_sys::Storage {
        web_sys::window().unwrap().local_storage().unwrap().unwrap()
    }

    fn workbook_with(title: &str) -> Workbook {
        let mut wb = Workbook::default();
        wb.experiences.push(Experience { id: "e1".into(), title: title.into(), ..Default::default() });
        wb
    }

    #[wasm_bindgen_test]
    fn the_backup_keeps_the_version_this_page_started_from_and_the_one_a_replace_displaced() {
        raw().clear().unwrap();
        let store = WorkbookStore::open();
        store.save(&workbook_with("first"), "2026-11-23T10:00:00Z", "en").unwrap();
        assert_eq!(store.backup(), None, "nothing to back up before the first save");
        // A new page load (a new store): its first save keeps what it found.
        let store = WorkbookStore::open();
        store.save(&workbook_with("second"), "2026-11-23T10:01:00Z", "en").unwrap();
        assert_eq!(store.load().workbook, workbook_with("second"));
        assert_eq!(store.backup(), Some(workbook_with("first")));
        // Later autosaves of the same session leave it alone.
        store.save(&workbook_with("third"), "2026-11-23T10:02:00Z", "en").unwrap();
        assert_eq!(store.load().workbook, workbook_with("third"));
        assert_eq!(store.backup(), Some(workbook_with("first")));
        // Before a replace or merge, the displaced version goes to the backup.
        store.back_up_next_save();
        store.save(&workbook_with("imported"), "2026-11-23T10:03:00Z", "en").unwrap();
        assert_eq!(store.backup(), Some(workbook_with("third")));
        store.save(&workbook_with("edited"), "2026-11-23T10:04:00Z", "en").unwrap();
        assert_eq!(store.backup(), Some(workbook_with("third")));
        // The stored text is a plain workbook file.
        let text = raw().get_item(WORKBOOK_KEY).unwrap().unwrap();
        assert!(text.contains("\"format\":\"crossroads-workbook\""), "{text}");
    }

    #[wasm_bindgen_test]
    fn a_workbook_that_would_not_load_again_is_refused_and_the_stored_copy_kept() {
        raw().clear().unwrap();
        let store = WorkbookStore::open();
        store.save(&workbook_with("good"), "2026-11-23T10:00:00Z", "en").unwrap();
        // Two experiences with one id break the file format: loading it later would fail.
        let mut bad = workbook_with("bad");
        bad.experiences.push(Experience { id: "e1".into(), title: "twin".into(), ..Default::default() });
        match store.save(&bad, "2026-11-23T10:01:00Z", "en") {
            Err(SaveError::Invalid(problem)) => assert_eq!((problem.at.as_str(), problem.problem.code()), ("experiences", "duplicate_id"), "{problem}"),
            other => panic!("expected Invalid, got {other:?}"),
        }
        assert_eq!(store.load().workbook, workbook_with("good"));
        assert!(store.load().unreadable.is_none());
    }

    #[wasm_bindgen_test]
    fn workbooks_over_one_megabyte_are_refused_and_nothing_is_overwritten() {
        raw().clear().unwrap();
        let store = WorkbookStore::open();
        store.save(&workbook_with("kept"), "2026-11-23T10:00:00Z", "en").unwrap();
        let mut big = Workbook::default();
        for i in 0..120 {
            big.experiences.push(Experience { id: format!("e{i}"), did: "x".repeat(9_000), ..Default::default() });
        }
        match store.save(&big, "2026-11-23T10:01:00Z", "en") {
            Err(SaveError::TooLarge { bytes }) => assert!(bytes > 1_000_000),
            other => panic!("expected TooLarge, got {other:?}"),
        }
        assert_eq!(store.load().workbook, workbook_with("kept"));
    }

    #[wasm_bindgen_test]
    fn a_full_quota_is_reported_and_saving_resumes_when_space_returns() {
        raw().clear().unwrap();
        let store = WorkbookStore::open();
        store.save(&workbook_with("before"), "2026-11-23T10:00:00Z", "en").unwrap();
        // Fill the origin's storage with filler until the browser refuses more.
        let chunk = "f".repeat(256 * 1024);
        let mut fillers = Vec::new();
        for i in 0..64 {
            let key = format!("filler.{i}");
            if raw().set_item(&key, &chunk).is_err() {
                break;
            }
            fillers.push(key);
        }
        let small = "s".repeat(1024);
        for i in 0..512 {
            if raw().set_item(&format!("filler.small.{i}"), &small).is_err() {
                break;
            }
            fillers.push(format!("filler.small.{i}"));
        }
        let mut after = workbook_with("after");
        for i in 2..10 {
            after.experiences.push(Experience { id: format!("e{i}"), did: "d".repeat(9_000), ..Default::default() });
        }
        assert_eq!(store.save(&after, "2026-11-23T10:01:00Z", "en"), Err(SaveError::Quota));
        assert_eq!(store.load().workbook, workbook_with("before"), "the old save is intact");
        for key in fillers {
            raw().remove_item(&key).unwrap();
        }
        store.save(&after, "2026-11-23T10:02:00Z", "en").unwrap();
        assert!(store.load().workbook == after, "the new save is readable");
    }

    #[wasm_bindgen_test]
    fn an_unreadable_stored_copy_is_kept_aside() {
        raw().clear().unwrap();
        raw().set_item(WORKBOOK_KEY, "{not json").unwrap();
        let loaded = WorkbookStore::open().load();
        assert_eq!(loaded.workbook, Workbook::default());
        assert!(loaded.unreadable.is_some());
        assert_eq!(raw().get_item(UNREADABLE_KEY).unwrap().as_deref(), Some("{not json"));
    }

    #[wasm_bindgen_test]
    fn without_local_storage_everything_lives_in_memory() {
        raw().clear().unwrap();
        let store = WorkbookStore::with(KeyValueStore::memory());
        assert!(!store.is_persistent());
        store.save(&workbook_with("memory"), "2026-11-23T10:00:00Z", "en").unwrap();
        assert_eq!(store.load().workbook, workbook_with("memory"));
        assert_eq!(raw().get_item(WORKBOOK_KEY).unwrap(), None, "nothing reached localStorage");
    }

    #[wasm_bindgen_test]
    fn delete_everything_removes_only_our_keys() {
        raw().clear().unwrap();
        raw().set_item("someone-else", "keep").unwrap();
        let store = WorkbookStore::open();
        store.save(&workbook_with("a"), "2026-11-23T10:00:00Z", "en").unwrap();
        store.save(&workbook_with("b"), "2026-11-23T10:01:00Z", "en").unwrap();
        store.save_settings(&Default::default()).unwrap();
        store.delete_everything().unwrap();
        assert_eq!(raw().length().unwrap(), 1);
        assert_eq!(raw().get_item("someone-else").unwrap().as_deref(), Some("keep"));
    }

    #[wasm_bindgen_test]
    fn the_example_stash_brings_the_own_workbook_back() {
        raw().clear().unwrap();
        let store = WorkbookStore::open();
        store.stash_own(&workbook_with("mine"), "2026-11-23T10:00:00Z", "en").unwrap();
        assert_eq!(store.take_stash(), workbook_with("mine"));
        assert_eq!(store.take_stash(), Workbook::default(), "the stash is emptied once taken");
    }
}

mod app {
    use wasm_bindgen_test::*;

    #[wasm_bindgen_test]
    async fn the_app_mounts_with_every_navigation_item() {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        root.set_id("app");
        document.body().unwrap().append_child(&root).unwrap();
        crossroads::mount();
        // Let Leptos run its first effects.
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await.unwrap();
        let links = root.query_selector_all("nav .nav-list a").unwrap();
        assert_eq!(links.length(), 11);
        let h1 = root.query_selector("h1").unwrap().unwrap();
        assert!(!h1.text_content().unwrap_or_default().trim().is_empty());
    }
}

mod decision {
    use crossroads::domain::decision::{self, portability};
    use wasm_bindgen_test::*;

    /// The same seed gives the same bits in the browser as natively (the golden values were
    /// computed natively; see `portability::GOLDEN`).
    #[wasm_bindgen_test]
    fn smaa_numbers_are_bit_identical_to_native() {
        assert_eq!(portability::check(), Ok(()));
    }

    #[wasm_bindgen_test]
    fn chunked_smaa_in_the_browser_equals_one_shot() {
        let example = crossroads::domain::example::example_workbook().decision;
        let full = decision::compute(&example);
        let evaluation = decision::evaluate(&example);
        let mut run = evaluation.smaa_run().expect("the example has options to rank");
        while !run.step(333) {}
        let chunked = run.finish();
        assert_eq!(serde_json::to_string(&full.smaa).unwrap(), serde_json::to_string(&Some(chunked)).unwrap());
    }
}

mod attitudes {
    use crossroads::domain::attitudes::{points_attr, score, Radar, Subscale, ITEMS};
    use std::collections::BTreeMap;
    use wasm_bindgen_test::*;

    /// Scoring and chart geometry give the same results in the browser as natively.
    #[wasm_bindgen_test]
    fn scoring_and_geometry_match_native_in_the_browser() {
        let threes: BTreeMap<String, u8> = ITEMS.iter().map(|i| (i.id.to_string(), 3)).collect();
        let profile = score(&threes);
        assert!(profile.flat);
        assert!(Subscale::ALL.iter().all(|s| profile.mean(*s) == Some(3.0)));
        let fives: BTreeMap<String, u8> = ITEMS.iter().map(|i| (i.id.to_string(), 5)).collect();
        assert_eq!(score(&fives).mean(Subscale::Mobility), Some(3.0));
        let square = Radar { cx: 50.0, cy: 50.0, radius: 40.0, axes: 4 };
        assert_eq!(points_attr(&square.ring(5.0)), "50,10 90,50 50,90 10,50");
    }
}

/// Dutch and French are data in the wasm: before their table is installed the text is English
/// (never a panic); the committed tables install (their English hash matches what this wasm
/// computes from its own catalogues), after which `tr` and the domain's texts are Dutch/French.
#[wasm_bindgen_test]
fn locale_tables_install_in_wasm() {
    use crossroads::i18n::{self, locales, Key, Lang};
    // The tables are process-wide: another test may have installed them already.
    if !locales::is_ready(Lang::Fr) {
        assert_eq!(i18n::tr(Lang::Fr, Key::Language), "Language", "English until the table arrives");
    }
    assert!(locales::install(Lang::Nl, "{\"lang\":\"nl\"}").is_err() || locales::is_ready(Lang::Nl));
    assert!(locales::install(Lang::Fr, crossroads::locale_json!(nl)).is_err() || locales::is_ready(Lang::Fr), "a Dutch file is not French");
    locales::install(Lang::Nl, crossroads::locale_json!(nl)).expect("the committed Dutch table fits this wasm");
    locales::install(Lang::Fr, crossroads::locale_json!(fr)).expect("the committed French table fits this wasm");
    assert_eq!(i18n::tr(Lang::Nl, Key::Language), "Taal");
    assert_eq!(i18n::tr(Lang::Fr, Key::Language), "Langue");
    assert_eq!(i18n::tr(Lang::En, Key::Language), "Language");
    assert_eq!(i18n::format(Lang::Nl, Key::LanguageUnavailable, &[("language", "Français")]).split(' ').next(), Some("Français"));
    // Text built outside the UI (the report) reads the installed table too.
    let body = crossroads::domain::report::report_body(&crossroads::domain::workbook::Workbook::default(), Lang::Nl, "2026-11-27");
    assert!(body.contains(i18n::tr(Lang::Nl, i18n::BriefText::ReportEmpty)), "the Dutch report uses the Dutch table");
    assert!(!body.contains(i18n::tr(Lang::En, i18n::BriefText::ReportEmpty)));
}
