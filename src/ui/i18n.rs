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

/// Text for the count `n`: the `one` or `other` row by the language's plural rule, with the
/// placeholder `count_name` set to `n` in the language's digits and `args` filled as well
/// (reactive when called inside a closure).
pub fn t_count<K: Text>(forms: (K, K), count_name: &str, n: usize, args: &[(&str, &str)]) -> String {
    let lang = use_locale().0.get();
    let number = i18n::number::count(lang, n);
    let mut all: Vec<(&str, &str)> = vec![(count_name, number.as_str())];
    all.extend_from_slice(args);
    i18n::format_plural(lang, n, forms, &all)
}

/// A count in the current language's digits (reactive when called inside a closure).
pub fn n(count: usize) -> String {
    i18n::number::count(use_locale().0.get(), count)
}
