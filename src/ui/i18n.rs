//! The current language as context, and the `t` helper components use for every visible string.

use leptos::prelude::*;

use crate::i18n::{self, Lang, Text};

/// The language the UI speaks right now.
#[derive(Clone, Copy)]
pub struct Locale(pub RwSignal<Lang>);

/// The current locale from context.
pub fn use_locale() -> Locale {
    expect_context::<Locale>()
}

/// Text of `key` in the current language (reactive when called inside a closure).
pub fn t(key: impl Text) -> &'static str {
    i18n::tr(use_locale().0.get(), key)
}

/// Text of `key` with placeholders filled (reactive when called inside a closure).
pub fn t_with(key: impl Text, args: &[(&str, &str)]) -> String {
    i18n::format(use_locale().0.get(), key, args)
}
