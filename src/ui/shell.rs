//! The chrome around every page: skip link, header with navigation, language and theme
//! switches, the save indicator, banners, and the footer.

use leptos::prelude::*;

use crate::domain::settings::{ExportReminder, Theme};
use crate::i18n::errors::validation_error;
use crate::i18n::{EmbedText, ExchangeText, Key, Lang};
use crate::platform::browser;
use crate::route::{EmbedConfig, Route};
use crate::ui::i18n::{switch_language, t, t_with, use_locale, use_locale_load};
use crate::ui::state::{use_app, OtherTab, SaveState};

/// A link that moves keyboard focus past the navigation to the page content.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            browser::focus_id("main");
        }>{move || t(Key::SkipToContent)}</a>
    }
}

/// Product name, module navigation, language and theme switches, save status.
///
/// On a narrow screen (below 40rem, see `style/main.css`) the navigation and the switches fold
/// behind a Menu button, so a phone's first screen shows the page rather than the chrome; the
/// menu closes when a page is chosen, and Escape closes it and returns focus to the button. On a
/// wide screen the button is hidden and everything shows.
#[component]
pub fn Header(route: ReadSignal<Route>) -> impl IntoView {
    let embed = expect_context::<EmbedConfig>();
    let nav = embed.nav();
    let embedded = embed.embed;
    let menu_open = RwSignal::new(false);
    let toggle = NodeRef::<leptos::html::Button>::new();
    // Any route change (a link in the page, back and forward) folds the menu again.
    Effect::new(move |_| {
        route.track();
        menu_open.set(false);
    });
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            menu_open.set(false);
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    view! {
        <header class="site-header" on:keydown=on_keydown>
            <p class="brand"><a href="#/">{move || t(Key::AppName)}</a></p>
            <div class="header-status">
                {embedded.then(|| view! { <EmbedTools/> })}
                <SaveIndicator/>
            </div>
            <button type="button" class="secondary menu-toggle" node_ref=toggle aria-controls="site-menu"
                aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                on:click=move |_| menu_open.update(|open| *open = !*open)>
                {move || t(Key::Menu)}
            </button>
            <div id="site-menu" class="site-menu" class:open=move || menu_open.get()>
                <nav class="site-nav" aria-label=move || t(Key::MainNavigation) on:click=move |_| menu_open.set(false)>
                    <ul class="nav-list">
                        {nav.into_iter().map(|r| view! {
                            <li>
                                <a href=r.href() aria-current=move || (route.get() == r).then_some("page")>
                                    {move || t(r.label())}
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                </nav>
                <div class="header-tools">
                    <LanguageSwitch/>
                    <ThemeSwitch/>
                </div>
            </div>
        </header>
    }
}

/// In embedded mode: export right in the header (storage inside iframes is fragile), and a way
/// out to the full app.
#[component]
fn EmbedTools() -> impl IntoView {
    let app = use_app();
    let locale = use_locale();
    let status = RwSignal::new(None::<String>);
    let full = crate::platform::embed::app_base_url();
    view! {
        <button class="secondary" data-testid="embed-export" on:click=move |_| {
            // The status is for screen readers only: the message, without a technical detail.
            status.set(Some(crate::ui::pages::exchange::export_plain(app, locale.0.get_untracked()).message));
        }>{move || t(EmbedText::ExportNow)}</button>
        <a href=full target="_blank" rel="noopener">{move || t(EmbedText::OpenFull)}</a>
        <span class="visually-hidden" role="status">{move || status.get()}</span>
    }
}

/// The language switch; the choice is remembered in this browser.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    let load = use_locale_load();
    let app = use_app();
    let select = NodeRef::<leptos::html::Select>::new();
    view! {
        <label>
            {move || t(Key::Language)}
            // Dutch and French are fetched before the language changes (busy meanwhile); on
            // failure the shown choice returns to the current language and a banner says why.
            <select node_ref=select data-testid="language-switch" aria-busy=move || load.busy.get().then_some("true") on:change=move |ev| {
                if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                    switch_language(
                        locale,
                        load,
                        lang,
                        move |lang| app.update_settings(|s| s.lang = Some(lang.code().to_string())),
                        move || {
                            if let Some(select) = select.get_untracked() {
                                select.set_value(locale.0.get_untracked().code());
                            }
                        },
                    );
                }
            }>
                {Lang::ALL.into_iter().map(|lang| view! {
                    <option value=lang.code() lang=lang.code() prop:selected=move || locale.0.get() == lang>
                        {lang.native_name()}
                    </option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// System, light or dark theme.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let app = use_app();
    let label = |theme: Theme| match theme {
        Theme::System => Key::ThemeSystem,
        Theme::Light => Key::ThemeLight,
        Theme::Dark => Key::ThemeDark,
    };
    view! {
        <label>
            {move || t(Key::Theme)}
            <select on:change=move |ev| {
                if let Some(theme) = Theme::parse(&event_target_value(&ev)) {
                    app.update_settings(|s| s.theme = theme);
                }
            }>
                {Theme::ALL.into_iter().map(|theme| view! {
                    <option value=theme.as_str() prop:selected=move || app.settings.with(|s| s.theme == theme)>
                        {move || t(label(theme))}
                    </option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// "All changes saved" or what went wrong, announced politely to screen readers.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let app = use_app();
    let text = move || {
        if app.view_only.with(Option::is_some) {
            return t(ExchangeText::ViewSaveState);
        }
        match app.save_state.get() {
        SaveState::Saved => t(Key::SaveSaved),
        SaveState::Pending => t(Key::SaveSaving),
        SaveState::MemoryOnly => t(Key::SaveMemoryOnly),
        SaveState::Quota | SaveState::TooLarge | SaveState::Invalid(_) => t(Key::SaveFailed),
        }
    };
    let class = move || match app.save_state.get() {
        _ if app.view_only.with(Option::is_some) => "save-status problem",
        SaveState::Saved => "save-status ok",
        SaveState::Pending => "save-status",
        _ => "save-status problem",
    };
    view! { <p class=class role="status" aria-live="polite" data-testid="save-status">{text}</p> }
}

/// Warnings that must not be missed: storage problems, the export reminder, the example person.
#[component]
pub fn Banners() -> impl IntoView {
    let app = use_app();
    let locale = use_locale();
    let storage_banner = move || {
        let key = match app.save_state.get() {
            SaveState::MemoryOnly => Key::BannerMemoryOnly,
            SaveState::Quota => Key::BannerQuota,
            SaveState::TooLarge => Key::BannerTooLarge,
            SaveState::Invalid(_) => Key::BannerInvalid,
            _ => return None,
        };
        let detail = match app.save_state.get() {
            SaveState::Invalid(problem) => Some(view! {
                <p class="muted" data-testid="save-problem">{move || validation_error(locale.0.get(), &problem)}</p>
            }),
            _ => None,
        };
        Some(view! {
            <div class="banner error" role="alert" data-testid="storage-banner">
                <p>{move || t(key)}</p>
                {detail}
                <a class="button secondary" href=Route::Data.href()>{move || t(Key::GoToData)}</a>
            </div>
        })
    };
    let load_failed = move || {
        app.load_failed.get().then(|| view! {
            <div class="banner error" role="alert">
                <p>{move || t(Key::BannerStorageLoadFailed)}</p>
                <button class="secondary" on:click=move |_| app.load_failed.set(false)>{move || t(Key::Dismiss)}</button>
            </div>
        })
    };
    let export_reminder = move || {
        if app.view_only.with(Option::is_some) {
            return None;
        }
        let has_content = app.workbook.with(|w| !w.is_empty());
        let text = match app.settings.with(|s| s.export_reminder(has_content, &browser::now_iso()))? {
            ExportReminder::Stale { days } => t_with(Key::BannerExportOld, &[("days", &crate::i18n::number::integer(crate::ui::i18n::use_locale().0.get(), days))]),
            ExportReminder::FirstTip => t(Key::BannerExportFirst).to_string(),
        };
        Some(view! {
            <div class="banner" role="note" data-testid="export-reminder">
                <p>{text}</p>
                <a class="button secondary" href=Route::Data.href()>{move || t(Key::GoToData)}</a>
                <button class="secondary" on:click=move |_| app.update_settings(|s| s.dismiss_reminder(&browser::now_iso()))>
                    {move || t(Key::Dismiss)}
                </button>
            </div>
        })
    };
    let example = move || {
        app.settings.with(|s| s.example_loaded).then(|| view! {
            <div class="banner" role="note" data-testid="example-banner">
                <p>{move || t(Key::ExampleActive)}</p>
                <button class="secondary" on:click=move |_| app.remove_example()>{move || t(Key::ExampleRemove)}</button>
            </div>
        })
    };
    let viewing = move || {
        app.view_only.get().map(|name| view! {
            <div class="banner" role="note" data-testid="view-banner">
                <p>{move || t_with(ExchangeText::ViewBanner, &[("file", &name)])}</p>
                <button class="secondary" on:click=move |_| app.close_view()>{move || t(ExchangeText::ViewClose)}</button>
            </div>
        })
    };
    let other_tab = move || {
        app.other_tab.get().map(|notice| match notice {
            OtherTab::Updated => view! {
                <div class="banner" role="status" data-testid="other-tab">
                    <p>{move || t(Key::OtherTabUpdated)}</p>
                    <button class="secondary" on:click=move |_| app.other_tab.set(None)>{move || t(Key::Dismiss)}</button>
                </div>
            }.into_any(),
            OtherTab::Conflict(_) => view! {
                <div class="banner error" role="alert" data-testid="other-tab">
                    <p>{move || t(Key::OtherTabConflict)}</p>
                    <button class="secondary" on:click=move |_| app.restore_set_aside()>{move || t(Key::OtherTabRestore)}</button>
                    <button class="secondary" on:click=move |_| app.other_tab.set(None)>{move || t(Key::Dismiss)}</button>
                </div>
            }.into_any(),
        })
    };
    let locale_load = use_locale_load();
    let language_failed = move || {
        locale_load.failed.get().map(|lang| view! {
            <div class="banner error" role="alert" data-testid="language-failed">
                <p>{move || t_with(Key::LanguageUnavailable, &[("language", lang.native_name())])}</p>
                <button class="secondary" on:click=move |_| locale_load.failed.set(None)>{move || t(Key::Dismiss)}</button>
            </div>
        })
    };
    view! { {viewing} {other_tab} {language_failed} {storage_banner} {load_failed} {example} {export_reminder} }
}

/// The privacy promise, on every page.
#[component]
pub fn Footer() -> impl IntoView {
    view! { <footer class="site-footer"><p>{move || t(Key::FooterPrivacy)}</p></footer> }
}
