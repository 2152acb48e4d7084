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

/// Loading a language's table (Dutch and French are data fetched on demand, see
/// `src/i18n/locales.rs`): whether a switch is waiting for one, and which language failed.
#[derive(Clone, Copy)]
pub struct LocaleLoad {
    /// A switch is fetching a table (the switch is marked `aria-busy`).
    pub busy: RwSignal<bool>,
    /// The language whose table could not be loaded; the app stayed in its language.
    pub failed: RwSignal<Option<Lang>>,
    /// Counts switches, so only the latest one's answer changes the language.
    pub request: StoredValue<u32>,
}

impl LocaleLoad {
    pub fn new(failed: Option<Lang>) -> Self {
        Self { busy: RwSignal::new(false), failed: RwSignal::new(failed), request: StoredValue::new(0) }
    }
}

/// The table-loading state from context.
pub fn use_locale_load() -> LocaleLoad {
    expect_context::<LocaleLoad>()
}

/// Switches the UI to `lang`: fetches its table first (marked busy meanwhile), then changes the
/// language and remembers the choice. On failure the UI stays in its language and `failed` says
/// so; `on_failure` runs then (the switch resets its shown choice).
pub fn switch_language(locale: Locale, load: LocaleLoad, lang: Lang, remember: impl FnOnce(Lang) + 'static, on_failure: impl FnOnce() + 'static) {
    let request = load.request.get_value().wrapping_add(1);
    load.request.set_value(request);
    if i18n::locales::is_ready(lang) {
        load.busy.set(false);
        load.failed.set(None);
        locale.0.set(lang);
        remember(lang);
        return;
    }
    load.busy.set(true);
    leptos::task::spawn_local(async move {
        let ready = crate::platform::locales::ensure(lang).await;
        if load.request.try_get_value() != Some(request) {
            return; // a later switch took over
        }
        load.busy.set(false);
        if ready {
            load.failed.set(None);
            locale.0.set(lang);
            remember(lang);
        } else {
            load.failed.set(Some(lang));
            on_failure();
        }
    });
}
