//! `#/workshop`: tools for facilitators and HR. The facilitator's group picture and the
//! organisation check arrive with their own issue; embedding is here now.

use leptos::prelude::*;

use crate::i18n::{EmbedText, Key};
use crate::route::Route;
use crate::ui::i18n::t;

/// The workshop hub.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    view! {
        <h1 id="page-title">{t(Key::NavWorkshop)}</h1>
        <div class="empty-state">
            <p>{t(Key::EmptyWorkshop)}</p>
            <p class="muted">{t(Key::ComingSoon)}</p>
        </div>
        <section class="card">
            <h2>{t(Key::NavWorkshopEmbed)}</h2>
            <p>{t(EmbedText::Intro)}</p>
            <a class="button" href=Route::WorkshopEmbed.href()>{t(EmbedText::WorkshopEmbedLink)}</a>
        </section>
    }
}
