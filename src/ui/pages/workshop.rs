//! `#/workshop`: the workshop hub. Links to the facilitator guide, HR's organisation check and
//! the embed generator; the participant's hand-in export with a preview of exactly what the file
//! holds; and the facilitator's group picture (`workshop_group`). Every computation is
//! `domain::handin` / `domain::workshop`.

use leptos::prelude::*;

use crate::domain::attitudes::{self as att, Subscale};
use crate::domain::decision::MoveKind;
use crate::domain::handin::{self, HandIn};
use crate::i18n::{self, catalog_names, EmbedText, Explained, GuideText, Key, Lang, OrgText, WorkshopText as W};
use crate::ui::pages::exchange::technical_detail;
use crate::platform::browser;
use crate::platform::files;
use crate::route::Route;
use crate::ui::i18n::{t, t_with, use_locale};
use crate::ui::pages::workshop_group::GroupPanel;
use crate::ui::state::use_app;

/// The translated name of a kind of move.
pub fn move_label(kind: MoveKind) -> W {
    match kind {
        MoveKind::Up => W::KindUp,
        MoveKind::Lateral => W::KindLateral,
        MoveKind::Diagonal => W::KindDiagonal,
        MoveKind::Enrichment => W::KindEnrichment,
        MoveKind::StepBack => W::KindStepBack,
        MoveKind::Exit => W::KindExit,
        MoveKind::Explore => W::KindExplore,
    }
}

/// The translated name of a catalogued value (hand-ins hold catalogued keys only).
pub fn value_label(lang: Lang, key: &str) -> String {
    catalog_names::value_name(key).map_or_else(|| key.to_string(), |name| i18n::tr(lang, name).to_string())
}

/// The name of a subscale.
pub fn subscale_label(lang: Lang, subscale: Subscale) -> &'static str {
    i18n::tr(lang, subscale.name())
}

/// The workshop hub.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    view! {
        <h1 id="page-title">{t(Key::NavWorkshop)}</h1>
        <p>{t(W::Intro)}</p>
        <section aria-labelledby="workshop-tools-title">
            <h2 id="workshop-tools-title">{t(W::ToolsTitle)}</h2>
            <ul class="workshop-tools">
                <li class="card">
                    <a href=Route::WorkshopGuide.href() data-testid="link-guide">{t(GuideText::Title)}</a>
                    <p class="hint">{t(W::GuideLinkText)}</p>
                </li>
                <li class="card">
                    <a href=Route::WorkshopOrgCheck.href() data-testid="link-org-check">{t(OrgText::Title)}</a>
                    <p class="hint">{t(W::OrgCheckLinkText)}</p>
                </li>
                <li class="card">
                    <a href=Route::WorkshopEmbed.href()>{t(EmbedText::WorkshopEmbedLink)}</a>
                    <p class="hint">{t(EmbedText::Intro)}</p>
                </li>
            </ul>
        </section>
        <HandInPanel/>
        <GroupPanel/>
    }
}

/// The participant's hand-in: what the file holds, shown in words and as the file's own text,
/// then the download.
#[component]
fn HandInPanel() -> impl IntoView {
    let app = use_app();
    let locale = use_locale();
    let status = RwSignal::new(None::<(bool, Explained)>);
    // The person's own workbook keeps one id in this browser's settings; a workbook only being
    // viewed (a client's file, the example person) gets an id for this visit, never stored.
    let visit_id = StoredValue::new({
        let mut bytes = [0u8; 16];
        files::random_bytes(&mut bytes).ok().map(|_| handin::new_id(bytes))
    });
    let own = move || app.view_only.with(Option::is_none) && !app.settings.with(|s| s.example_loaded);
    let id = Memo::new(move |_| {
        let stored = app.settings.with(|s| s.handin_id.clone()).filter(|id| handin::is_valid_id(id));
        if own() {
            stored.or_else(|| visit_id.get_value())
        } else {
            visit_id.get_value()
        }
    });
    let handin = Memo::new(move |_| id.get().map(|id| app.workbook.with(|wb| handin::from_workbook(wb, &id))));
    let text = Memo::new(move |_| handin.with(|h| h.as_ref().map(handin::to_json)));
    let nothing = move || handin.with(|h| h.as_ref().is_none_or(|h| h.attitudes.is_none() && h.values_top.is_empty() && h.moves.is_empty()));

    let download = move |_| {
        let lang = locale.0.get_untracked();
        let (Some(handin), Some(body)) = (handin.get_untracked(), text.get_untracked()) else {
            status.set(Some((false, Explained::plain(i18n::tr(lang, W::HandInNoRandom).to_string()))));
            return;
        };
        let name = handin::file_name(&browser::now_iso());
        let message = match files::download(&name, "application/json", &body) {
            Ok(()) => {
                if own() && app.settings.with_untracked(|s| s.handin_id.as_deref() != Some(handin.handin_id.as_str())) {
                    app.update_settings(|s| s.handin_id = Some(handin.handin_id.clone()));
                }
                (true, Explained::plain(i18n::format(lang, W::HandInDone, &[("file", &name)])))
            }
            Err(err) => {
                let Explained { message, technical } = err.reason(lang);
                (false, Explained { message: i18n::format(lang, W::HandInFailed, &[("reason", &message)]), technical })
            }
        };
        status.set(Some(message));
    };

    view! {
        <section class="card handin" aria-labelledby="handin-title" data-testid="handin">
            <h2 id="handin-title">{t(W::HandInTitle)}</h2>
            <p>{t(W::HandInText)}</p>
            {move || handin.get().map(|h| view! { <HandInPreview handin=h/> })}
            <details class="handin-text">
                <summary>{t(W::PreviewJson)}</summary>
                <pre data-testid="handin-json">{move || text.get()}</pre>
            </details>
            {move || if nothing() {
                view! { <p class="note" data-testid="handin-nothing">{t(W::HandInNothing)}</p> }.into_any()
            } else {
                view! { <button data-testid="handin-download" on:click=download>{t(W::HandInButton)}</button> }.into_any()
            }}
            <p role="status" data-testid="handin-status" class:error-text=move || status.with(|s| s.as_ref().is_some_and(|(ok, _)| !ok))>
                {move || status.with(|s| s.as_ref().map(|(_, m)| m.message.clone()))}
            </p>
            {move || technical_detail(status.with(|s| s.as_ref().and_then(|(_, m)| m.technical.clone())))}
        </section>
    }
}

/// The hand-in's contents in words: the id, each score, each value, each kind of move, and
/// what is not in it.
#[component]
fn HandInPreview(handin: HandIn) -> impl IntoView {
    let locale = use_locale();
    let lang = locale.0.get_untracked();
    let scores = handin.attitudes.clone().map(|means| {
        view! {
            <p>{t(W::PreviewAttitudes)}</p>
            <ul data-testid="handin-attitudes">
                {means.into_iter().map(|(s, m)| view! {
                    <li data-subscale=s.key()>{subscale_label(lang, s)}": "{att::format_mean(m, lang)}</li>
                }).collect_view()}
            </ul>
        }
    });
    let values = (!handin.values_top.is_empty()).then(|| {
        let list = handin.values_top.clone();
        view! {
            <p>{t(W::PreviewValues)}</p>
            <ol data-testid="handin-values">
                {list.into_iter().map(|key| view! { <li data-key=key.clone()>{value_label(lang, &key)}</li> }).collect_view()}
            </ol>
        }
    });
    let moves = (!handin.moves.is_empty()).then(|| {
        let list = handin.moves.clone();
        view! {
            <p>{t(W::PreviewMoves)}</p>
            <ul data-testid="handin-moves">
                {list.into_iter().map(|k| view! { <li data-key=k.as_str()>{t(move_label(k))}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <div class="handin-preview" role="region" aria-labelledby="handin-preview-title" data-testid="handin-preview">
            <h3 id="handin-preview-title">{t(W::PreviewTitle)}</h3>
            <p data-testid="handin-id">{t_with(W::PreviewId, &[("id", &handin.handin_id)])}</p>
            {scores.map(IntoAny::into_any).unwrap_or_else(|| view! { <p>{t(W::PreviewNoAttitudes)}</p> }.into_any())}
            {values.map(IntoAny::into_any).unwrap_or_else(|| view! { <p>{t(W::PreviewNoValues)}</p> }.into_any())}
            {moves.map(IntoAny::into_any).unwrap_or_else(|| view! { <p>{t(W::PreviewNoMoves)}</p> }.into_any())}
            <p class="hint">{t(W::PreviewNot)}</p>
        </div>
    }
}
