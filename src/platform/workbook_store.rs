//! Where the workbook and settings live in the browser: a main slot, a backup slot holding the
//! previous save, and a settings slot, all under the `crossroads.` prefix.
//!
//! Saving refuses workbooks over the contract's 1 MB cap, writes the previous version to the
//! backup slot first, and reports quota errors so the UI can keep the work in memory, say so, and
//! retry. A stored copy that cannot be read is moved aside (never deleted) and the app starts
//! empty with a banner.

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
}

impl WorkbookStore {
    /// Opens the browser's storage (or memory, when the browser refuses storage).
    pub fn open() -> Self {
        Self { kv: KeyValueStore::open() }
    }

    /// A store over the given key-value store (tests use memory).
    pub fn with(kv: KeyValueStore) -> Self {
        Self { kv }
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

    /// Saves `workbook`, first copying the current save into the backup slot.
    pub fn save(&self, workbook: &Workbook, now: &str, locale: &str) -> Result<usize, SaveError> {
        let json = file::to_json::<()>(workbook, now, locale, None);
        super::rescue::remember(&json);
        let bytes = file::workbook_bytes(workbook);
        if bytes > MAX_WORKBOOK_BYTES {
            return Err(SaveError::TooLarge { bytes });
        }
        if let Err(problems) = workbook.validate() {
            if let Some(first) = problems.into_iter().next() {
                return Err(SaveError::Invalid(first));
            }
        }
        self.write_with_backup(WORKBOOK_KEY, &json)?;
        Ok(bytes)
    }

    fn write_with_backup(&self, key: &str, json: &str) -> Result<(), SaveError> {
        if let Ok(Some(previous)) = self.kv.get(key) {
            if previous != json {
                if let Err(StorageError::QuotaExceeded) = self.kv.set(BACKUP_KEY, &previous) {
                    // No room for a backup: an older backup is worth less than the new save.
                    let _ = self.kv.remove(BACKUP_KEY);
                }
            }
        }
        self.kv.set(key, json).map_err(SaveError::from)
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
