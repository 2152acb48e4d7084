//! Display names of catalogue keys in the current language; custom keys are shown as typed.
//! Shared by every screen that lists values or talents.

use crate::i18n::catalog_names::{talent_name, value_description, value_name};
use crate::ui::i18n::t;

/// The name of value `key` (reactive inside a closure).
pub fn value_label(key: &str) -> String {
    value_name(key).map(|name| t(name).to_string()).unwrap_or_else(|| key.to_string())
}

/// The one-line description of value `key`, empty for a custom value.
pub fn value_hint(key: &str) -> &'static str {
    value_description(key).map(t).unwrap_or("")
}

/// The name of talent `key` (reactive inside a closure).
pub fn talent_label(key: &str) -> String {
    talent_name(key).map(|name| t(name).to_string()).unwrap_or_else(|| key.to_string())
}
