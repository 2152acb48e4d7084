//! Where the workbook and settings live in the browser: a main slot, a backup slot, and a
//! settings slot, all under the `crossroads.` prefix.
//!
//! The backup slot holds the workbook as it was before this page changed it: the first save of
//! a page load (a [`WorkbookStore`]) copies the stored version there first, and so does the first
//! save after [`WorkbookStore::back_up_next_save`] (a replace or merge asks for it, so the
//! displaced workbook is what the backup then holds). Later saves of the same session leave the
//! backup alone: copying about 100 KB on every autosave made each save several times slower, and
//! a copy of the save made 400 ms earlier protected nothing the session start does not.
//!
//! Saving serialises the workbook once (its text is both what is written and what the 1 MB cap
//! measures), refuses workbooks over that cap or breaking a rule of the file format (so the
//! stored copy is always one a later load accepts), and reports quota errors so the UI can keep
//! the work in memory, say so, and retry. A stored copy that cannot be read is moved aside (never
//! deleted) and the app starts empty with a banner.

use std::cell::Cell;

use crate::domain::file::{self, FileError};
use crate::domain::settings::Settings;
use crate::domain::workbook::{ValidationError, Workbook, MAX_WORKBOOK_BYTES};

use super::storage::{KeyValueStore, StorageError};

pub const PREFIX: &str = "crossroads.";
pub const WORKBOOK_KEY: &str = "crossroads.workbook";
pub const BACKUP_KEY: &str = "crossroads.workbook.backup";
pub const UNREADABLE_KEY: &str = "crossroads.workbook.unreadable";
/// The person's own workbook while the example person is loaded.
pub const STASH_KEY: &str = "crossroads.workbook.own";
pub const SETTINGS_KEY: &str = "crossroads.settings";

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The serialised workbook is over the 1 MB cap.
    TooLarge { bytes: usize },
    /// The browser's storage is full.
    Quota,
    /// The browser refused for another reason.
    Refused(String),
    /// The workbook breaks a rule of the file format, so a later load would refuse it: it is
    /// not written, and the stored copy stays the last good one. The first problem found.
    Invalid(ValidationError),
}

impl From<StorageError> for SaveError {
    fn from(err: StorageError) -> Self {
        match err {
            StorageError::QuotaExceeded => SaveError::Quota,
            StorageError::Refused(message) => SaveError::Refused(message),
        }
    }
}

/// What loading found.
pub struct Loaded {
    pub workbook: Workbook,
    /// Set when a stored copy existed but could not be read (it was moved to [`UNREADABLE_KEY`]).
    pub unreadable: Option<FileError>,
}

/// The workbook's slots in a [`KeyValueStore`].
pub struct WorkbookStore {
    kv: KeyValueStore,
    /// The next save first copies the stored workbook into the backup slot.
    backup_due: Cell<bool>,
}

impl WorkbookStore {
    /// Opens the browser's storage (or memory, when the browser refuses storage).
    pub fn open() -> Self {
        Self::with(KeyValueStore::open())
    }

    /// A store over the given key-value store (tests use memory).
    pub fn with(kv: KeyValueStore) -> Self {
        Self { kv, backup_due: Cell::new(true) }
    }

    /// Makes the next save copy the stored workbook into the backup slot first (before a replace
    /// or merge overwrites it).
    pub fn back_up_next_save(&self) {
        self.backup_due.set(true);
    }

    /// True when saves survive a reload.
    pub fn is_persistent(&self) -> bool {
        self.kv.is_persistent()
    }

    /// Loads the saved workbook, or an empty one.
    pub fn load(&self) -> Loaded {
        self.load_slot(WORKBOOK_KEY)
    }

    fn load_slot(&self, key: &str) -> Loaded {
        let raw = match self.kv.get(key) {
            Ok(Some(raw)) => raw,
            Ok(None) | Err(_) => return Loaded { workbook: Workbook::default(), unreadable: None },
        };
        match file::parse(&raw) {
            Ok(parsed) => Loaded { workbook: parsed.workbook, unreadable: None },
            Err(err) => {
                // Keep the unreadable text: it may be recoverable by hand, and nothing is lost.
                let _ = self.kv.set(UNREADABLE_KEY, &raw);
                Loaded { workbook: Workbook::default(), unreadable: Some(err) }
            }
        }
    }

    /// Saves `workbook`; the first save of a session (and the first after
    /// [`WorkbookStore::back_up_next_save`]) copies the stored version into the backup slot first.
    /// Returns the workbook's size in bytes.
    pub fn save(&self, workbook: &Workbook, now: &str, locale: &str) -> Result<usize, SaveError> {
        let (json, bytes) = file::to_json_sized(workbook, now, locale);
        let result = self.check_and_write(workbook, &json, bytes);
        super::rescue::remember(json);
        result
    }

    fn check_and_write(&self, workbook: &Workbook, json: &str, bytes: usize) -> Result<usize, SaveError> {
        if bytes > MAX_WORKBOOK_BYTES {
            return Err(SaveError::TooLarge { bytes });
        }
        if let Err(problems) = workbook.validate() {
            if let Some(first) = problems.into_iter().next() {
                return Err(SaveError::Invalid(first));
            }
        }
        if self.backup_due.get() {
            self.write_backup(json);
        }
        self.kv.set(WORKBOOK_KEY, json).map_err(SaveError::from)?;
        Ok(bytes)
    }

    /// Copies the stored workbook into the backup slot, unless it is the text about to be written.
    fn write_backup(&self, json: &str) {
        match self.kv.get(WORKBOOK_KEY) {
            Ok(Some(previous)) if previous != json => {
                if let Err(StorageError::QuotaExceeded) = self.kv.set(BACKUP_KEY, &previous) {
                    // No room for a backup: an older backup is worth less than the new save.
                    let _ = self.kv.remove(BACKUP_KEY);
                }
                self.backup_due.set(false);
            }
            Ok(None) => self.backup_due.set(false),
            // The same text (nothing to keep yet) or unreadable storage: try again next save.
            Ok(Some(_)) | Err(_) => {}
        }
    }

    /// The backup slot's workbook, if it holds a readable one.
    pub fn backup(&self) -> Option<Workbook> {
        let raw = self.kv.get(BACKUP_KEY).ok()??;
        file::parse(&raw).ok().map(|p| p.workbook)
    }

    /// Bytes of the stored workbook text (what the data page reports).
    pub fn stored_bytes(&self) -> usize {
        self.kv.get(WORKBOOK_KEY).ok().flatten().map_or(0, |s| s.len())
    }

    /// Puts the person's own workbook aside (while the example is shown).
    pub fn stash_own(&self, workbook: &Workbook, now: &str, locale: &str) -> Result<(), SaveError> {
        let json = file::to_json::<()>(workbook, now, locale, None);
        self.kv.set(STASH_KEY, &json).map_err(SaveError::from)
    }

    /// Takes the stashed own workbook back (empty if there was none) and clears the stash.
    pub fn take_stash(&self) -> Workbook {
        let workbook = self.load_slot(STASH_KEY).workbook;
        let _ = self.kv.remove(STASH_KEY);
        workbook
    }

    /// The saved settings, or defaults.
    pub fn settings(&self) -> Settings {
        self.kv
            .get(SETTINGS_KEY)
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str(&raw).ok())
            .unwrap_or_default()
    }

    /// Saves settings. Failures are returned; settings are small, so quota is the only likely one.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), SaveError> {
        let json = serde_json::to_string(settings).unwrap_or_default();
        self.kv.set(SETTINGS_KEY, &json).map_err(SaveError::from)
    }

    /// Removes every Crossroads key (and nothing else) from this browser.
    pub fn delete_everything(&self) -> Result<(), SaveError> {
        for key in self.kv.keys_with_prefix(PREFIX) {
            self.kv.remove(&key)?;
        }
        Ok(())
    }
}
