//! `#/workshop/embed`: the snippet generator for blog authors and facilitators, with a live
//! preview of exactly what the snippet embeds.

use leptos::prelude::*;

use crate::i18n::{EmbedText, Key, Lang};
use crate::platform::embed;
use crate::route::{embed_snippet, Route};
use crate::ui::i18n::t;

const EMBEDDABLE: [Route; 9] = [
    Route::Experiences,
    Route::Attitudes,
    Route::Values,
    Route::Talents,
    Route::Goals,
    Route::Decision,
    Route::Brief,
    Route::Report,
    Route::Workshop,
];

/// The embed-snippet generator page.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let modules = RwSignal::new(Vec::<Route>::new());
    let lang = RwSignal::new(None::<Lang>);
    let theme = RwSignal::new(None::<&'static str>);
    let height = RwSignal::new(800u32);
    let copied = RwSignal::new(None::<bool>);
    let base = embed::app_base_url();
    let snippet = {
        let base = base.clone();
        Memo::new(move |_| {
            let chosen: Vec<Route> = EMBEDDABLE.into_iter().filter(|r| modules.with(|m| m.contains(r))).collect();
            embed_snippet(&base, &chosen, lang.get().map(Lang::code), theme.get(), height.get())
        })
    };
    let preview_src = move || {
        let chosen: Vec<&str> = EMBEDDABLE.into_iter().filter(|r| modules.with(|m| m.contains(r))).map(Route::slug).collect();
        let mut src = format!("{base}?embed=1");
        if !chosen.is_empty() {
            src.push_str(&format!("&modules={}", chosen.join(",")));
        }
        if let Some(lang) = lang.get() {
            src.push_str(&format!("&lang={}", lang.code()));
        }
        if let Some(theme) = theme.get() {
            src.push_str(&format!("&theme={theme}"));
        }
        src
    };
    let copy = move |_| {
        let text = snippet.get_untracked();
        leptos::task::spawn_local(async move { copied.set(Some(embed::copy_text(&text).await)) });
    };
    view! {
        <h1 id="page-title">{t(Key::NavWorkshopEmbed)}</h1>
        <p>{t(EmbedText::Intro)}</p>
        <div class="embed-layout">
            <form class="card embed-form" on:submit=|ev| ev.prevent_default()>
                <fieldset>
                    <legend>{t(EmbedText::Modules)}</legend>
                    <p class="hint" id="modules-hint">{t(EmbedText::ModulesHint)}</p>
                    {EMBEDDABLE.into_iter().map(|route| view! {
                        <label class="check">
                            <input type="checkbox" value=route.slug() aria-describedby="modules-hint"
                                prop:checked=move || modules.with(|m| m.contains(&route))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    modules.update(|m| {
                                        m.retain(|r| *r != route);
                                        if on { m.push(route); }
                                    });
                                }/>
                            {t(route.label())}
                        </label>
                    }).collect_view()}
                </fieldset>
                <label>{t(EmbedText::LanguageChoice)}
                    <select data-testid="embed-lang" on:change=move |ev| lang.set(Lang::from_tag(&event_target_value(&ev)))>
                        <option value="">{t(EmbedText::LanguageVisitor)}</option>
                        {Lang::ALL.into_iter().map(|l| view! { <option value=l.code() lang=l.code()>{l.native_name()}</option> }).collect_view()}
                    </select>
                </label>
                <label>{t(EmbedText::ThemeChoice)}
                    <select on:change=move |ev| theme.set(match event_target_value(&ev).as_str() {
                        "light" => Some("light"),
                        "dark" => Some("dark"),
                        _ => None,
                    })>
                        <option value="">{t(EmbedText::ThemeVisitor)}</option>
                        <option value="light">{t(Key::ThemeLight)}</option>
                        <option value="dark">{t(Key::ThemeDark)}</option>
                    </select>
                </label>
                <label>{t(EmbedText::Height)}
                    <input type="number" min="300" max="4000" step="50" prop:value=move || height.get().to_string()
                        on:input=move |ev| {
                            if let Ok(h) = event_target_value(&ev).parse::<u32>() {
                                height.set(h.clamp(300, 4000));
                            }
                        }/>
                </label>
            </form>
            <section class="card" aria-labelledby="snippet-title">
                <h2 id="snippet-title">{t(EmbedText::Snippet)}</h2>
                <textarea class="snippet" readonly rows="6" data-testid="embed-snippet" aria-labelledby="snippet-title"
                    aria-describedby="snippet-hint" prop:value=move || snippet.get()></textarea>
                <p class="hint" id="snippet-hint">{t(EmbedText::SnippetHint)}</p>
                <button on:click=copy>{t(EmbedText::Copy)}</button>
                <p role="status">{move || copied.get().map(|ok| if ok { t(EmbedText::Copied) } else { t(EmbedText::CopyFailed) })}</p>
                <p class="hint">{t(EmbedText::HostHeaders)}</p>
            </section>
        </div>
        <h2>{t(EmbedText::Preview)}</h2>
        <iframe class="embed-preview" title=t(EmbedText::PreviewTitle) src=preview_src data-testid="embed-preview"></iframe>
    }
}
