//! The app's state as context: the workbook, this browser's settings, and the save status.
//!
//! Components change the workbook with [`AppState::update`]; a debounced effect saves it
//! (after [`SAVE_DELAY_MS`] of quiet, not on every keystroke). A save that fails keeps the work
//! in memory, shows why, and is retried on the next change and every [`RETRY_MS`].

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::example::example_workbook;
use crate::domain::settings::{Settings, Theme};
use crate::domain::workbook::{ValidationError, Workbook};
use crate::i18n::Lang;
use crate::platform::browser;
use crate::platform::workbook_store::{SaveError, WorkbookStore, WORKBOOK_KEY};
use crate::route::query_param;

/// Quiet time before a change is saved.
pub const SAVE_DELAY_MS: u64 = 400;
/// How often a failed save is retried.
pub const RETRY_MS: u64 = 10_000;

/// Where saving stands.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Everything is in storage.
    Saved,
    /// A change waits for the debounce timer.
    Pending,
    /// Storage is unavailable: the workbook lives in this page only.
    MemoryOnly,
    /// The last save failed because storage is full.
    Quota,
    /// The workbook is over the 1 MB cap and was not saved.
    TooLarge,
    /// The workbook breaks a rule of the file format (the problem says which) and was not saved.
    Invalid(ValidationError),
}

/// Shared state, provided as context at the root. All fields are cheap copyable handles.
#[derive(Clone, Copy)]
pub struct AppState {
    pub workbook: RwSignal<Workbook>,
    pub settings: RwSignal<Settings>,
    pub save_state: RwSignal<SaveState>,
    /// The stored copy could not be read at start-up (it was kept aside).
    pub load_failed: RwSignal<bool>,
    /// `navigator.storage.persist()` was granted.
    pub persisted: RwSignal<Option<bool>>,
    /// Stored workbook size in bytes, updated after each save.
    pub stored_bytes: RwSignal<usize>,
    store: StoredValue<WorkbookStore, LocalStorage>,
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// Set to skip the save that a programmatic reset would otherwise trigger.
    skip_next_save: StoredValue<bool>,
    /// The name of a file open read-only; while set, nothing is saved.
    pub view_only: RwSignal<Option<String>>,
    /// The workbook a replace or merge displaced, for undo.
    pub undo: RwSignal<Option<Workbook>>,
    /// Another tab saved this workbook; what happened here.
    pub other_tab: RwSignal<Option<OtherTab>>,
}

/// What this tab did when another tab saved the workbook.
#[derive(Clone, Debug, PartialEq)]
pub enum OtherTab {
    /// This tab had no unsaved change and now shows the other tab's version.
    Updated,
    /// This tab had an unsaved change, now set aside (restorable).
    Conflict(Box<Workbook>),
}

/// The state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The language to start in: the URL's `lang=` (embeds), else the one chosen in this browser,
/// else the browser's preferences.
fn chosen_lang(search: &str, settings: &Settings) -> Lang {
    query_param(search, "lang")
        .as_deref()
        .and_then(Lang::from_tag)
        .or_else(|| settings.lang.as_deref().and_then(Lang::from_tag))
        .unwrap_or_else(|| Lang::negotiate(browser::preferred_languages().iter().map(String::as_str)))
}

/// The language the app will start in, read before mounting (so its table can be fetched first).
pub fn startup_lang() -> Lang {
    chosen_lang(&browser::location_search(), &WorkbookStore::open().settings())
}

impl AppState {
    /// Loads everything from storage and starts the autosave.
    pub fn init() -> (AppState, Lang) {
        let store = WorkbookStore::open();
        let loaded = store.load();
        let mut settings = store.settings();
        let search = browser::location_search();
        if let Some(theme) = query_param(&search, "theme").as_deref().and_then(Theme::parse) {
            settings.theme = theme;
        }
        let lang = chosen_lang(&search, &settings);
        let persistent = store.is_persistent();
        let state = AppState {
            workbook: RwSignal::new(loaded.workbook),
            settings: RwSignal::new(settings),
            save_state: RwSignal::new(if persistent { SaveState::Saved } else { SaveState::MemoryOnly }),
            load_failed: RwSignal::new(loaded.unreadable.is_some()),
            persisted: RwSignal::new(None),
            stored_bytes: RwSignal::new(store.stored_bytes()),
            store: StoredValue::new_local(store),
            timer: StoredValue::new_local(None),
            skip_next_save: StoredValue::new(false),
            view_only: RwSignal::new(None),
            undo: RwSignal::new(None),
            other_tab: RwSignal::new(None),
        };
        state.start_autosave();
        (state, lang)
    }

    fn start_autosave(self) {
        let workbook = self.workbook;
        Effect::new(move |first: Option<()>| {
            workbook.track();
            if first.is_none() {
                return;
            }
            if self.skip_next_save.get_value() {
                self.skip_next_save.set_value(false);
                return;
            }
            self.schedule_save();
        });
        // A change made just before the page closes must not wait for the timer.
        let flush = move || self.flush();
        let pagehide = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| flush());
        on_cleanup(move || {
            pagehide.remove();
            hidden.remove();
        });
        // Another tab saved: show its version rather than overwrite it later (no lost update).
        let storage = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
            if ev.key().as_deref() == Some(WORKBOOK_KEY) && self.view_only.get_untracked().is_none() {
                self.adopt_other_tab(ev.new_value());
            }
        });
        on_cleanup(move || storage.remove());
        let retry = move || {
            if matches!(self.save_state.get_untracked(), SaveState::Quota) {
                self.save_now();
            }
        };
        let _ = set_interval_with_handle(retry, Duration::from_millis(RETRY_MS));
    }

    fn schedule_save(self) {
        if self.view_only.get_untracked().is_some() {
            return;
        }
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        if self.save_state.get_untracked() != SaveState::MemoryOnly {
            self.save_state.set(SaveState::Pending);
        }
        let handle = set_timeout_with_handle(move || self.save_now(), Duration::from_millis(SAVE_DELAY_MS)).ok();
        self.timer.set_value(handle);
    }

    /// Saves the workbook immediately and updates the save status.
    pub fn save_now(self) {
        if self.view_only.get_untracked().is_some() {
            return;
        }
        let lang = use_context::<crate::ui::i18n::Locale>().map(|l| l.0.get_untracked()).unwrap_or_default();
        let result = self.store.with_value(|store| {
            // Memory stores save too: the rescue screen then has the newest text.
            let saved = self.workbook.with_untracked(|wb| store.save(wb, &browser::now_iso(), lang.code()));
            store.is_persistent().then_some(saved)
        });
        let state = match result {
            None => SaveState::MemoryOnly,
            Some(Ok(bytes)) => {
                self.stored_bytes.set(bytes);
                SaveState::Saved
            }
            Some(Err(SaveError::Quota)) | Some(Err(SaveError::Refused(_))) => SaveState::Quota,
            Some(Err(SaveError::TooLarge { .. })) => SaveState::TooLarge,
            Some(Err(SaveError::Invalid(problem))) => SaveState::Invalid(problem),
        };
        self.save_state.set(state);
    }

    fn adopt_other_tab(self, new_value: Option<String>) {
        // No value: the other tab deleted everything. An unreadable value is ignored: adopting it
        // would replace this tab's workbook with an empty one.
        let theirs = match new_value {
            None => Workbook::default(),
            Some(text) => match crate::domain::file::parse(&text) {
                Ok(parsed) => parsed.workbook,
                Err(_) => return,
            },
        };
        let pending = self.save_state.get_untracked() == SaveState::Pending;
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let mine = self.workbook.get_untracked();
        if mine == theirs {
            return;
        }
        self.other_tab.set(Some(if pending { OtherTab::Conflict(Box::new(mine)) } else { OtherTab::Updated }));
        self.settings.set(self.store.with_value(WorkbookStore::settings));
        self.skip_next_save.set_value(true);
        self.save_state.set(SaveState::Saved);
        self.workbook.set(theirs);
    }

    /// Brings back the change that another tab's save set aside (and saves it).
    pub fn restore_set_aside(self) {
        if let Some(OtherTab::Conflict(mine)) = self.other_tab.get_untracked() {
            self.other_tab.set(None);
            self.workbook.set(*mine);
        }
    }

    /// Saves now if a change is waiting for the debounce timer.
    pub fn flush(self) {
        if self.save_state.get_untracked() == SaveState::Pending {
            if let Some(handle) = self.timer.get_value() {
                handle.clear();
            }
            self.save_now();
        }
    }

    /// Changes the workbook in place.
    pub fn update(self, f: impl FnOnce(&mut Workbook)) {
        self.workbook.update(f);
    }

    /// True when the browser keeps our data across reloads.
    pub fn is_persistent(self) -> bool {
        self.store.with_value(WorkbookStore::is_persistent)
    }

    /// Changes this browser's settings and stores them at once (they change rarely).
    pub fn update_settings(self, f: impl FnOnce(&mut Settings)) {
        self.settings.update(f);
        self.settings.with_untracked(|settings| {
            self.store.with_value(|s| {
                let _ = s.save_settings(settings);
            })
        });
    }

    /// Shows `workbook` (from the file `name`) read-only: nothing is written to storage until
    /// [`AppState::close_view`] brings the person's own workbook back.
    pub fn open_view(self, workbook: Workbook, name: String) {
        self.flush();
        self.view_only.set(Some(name));
        self.skip_next_save.set_value(true);
        self.workbook.set(workbook);
    }

    /// Leaves read-only viewing and reloads the person's own workbook from storage.
    pub fn close_view(self) {
        let own = self.store.with_value(|s| s.load().workbook);
        self.skip_next_save.set_value(true);
        self.view_only.set(None);
        self.workbook.set(own);
    }

    /// Replaces the workbook with an imported one. The current one is saved first, and the save
    /// of the new one moves it into the backup slot; it is also kept in memory for undo.
    pub fn replace_with(self, workbook: Workbook) {
        self.flush();
        self.store.with_value(WorkbookStore::back_up_next_save);
        self.undo.set(Some(self.workbook.get_untracked()));
        self.workbook.set(workbook);
    }

    /// Undoes the last replace or merge.
    pub fn undo_replace(self) {
        let previous = self.undo.get_untracked().or_else(|| self.store.with_value(WorkbookStore::backup));
        if let Some(previous) = previous {
            self.undo.set(None);
            self.workbook.set(previous);
        }
    }

    /// Shows the example person, keeping the person's own workbook aside.
    pub fn load_example(self) {
        if self.settings.get_untracked().example_loaded {
            return;
        }
        let own = self.workbook.get_untracked();
        let stashed = self.store.with_value(|s| s.stash_own(&own, &browser::now_iso(), "en"));
        if stashed.is_err() && !own.is_empty() && self.is_persistent() {
            // Without room to keep the person's own work aside, showing the example would risk it.
            self.save_state.set(SaveState::Quota);
            return;
        }
        self.update_settings(|s| s.example_loaded = true);
        self.workbook.set(example_workbook());
    }

    /// Removes the example person and brings the person's own workbook back.
    pub fn remove_example(self) {
        let own = self.store.with_value(WorkbookStore::take_stash);
        self.update_settings(|s| s.example_loaded = false);
        self.workbook.set(own);
    }

    /// Deletes every Crossroads key from this browser and starts over, empty.
    pub fn delete_everything(self) -> bool {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let ok = self.store.with_value(|s| s.delete_everything()).is_ok();
        self.skip_next_save.set_value(true);
        self.workbook.set(Workbook::default());
        self.settings.set(Settings::default());
        self.stored_bytes.set(0);
        self.save_state.set(if self.is_persistent() { SaveState::Saved } else { SaveState::MemoryOnly });
        ok
    }
}
