//! "Your data": where it lives, how big it is, when it was last exported, delete everything.

use leptos::prelude::*;

use crate::i18n::{number, Key};
use crate::ui::i18n::{t, t_with, use_locale};
use crate::ui::pages::exchange::{ExportPanel, ImportPanel};
use crate::ui::pages::focus_after_render as focus_soon;
use crate::ui::state::use_app;

/// The data page.
#[component]
pub fn DataPage() -> impl IntoView {
    let app = use_app();
    let locale = use_locale();
    let confirming = RwSignal::new(false);
    let deleted = RwSignal::new(false);
    let size = move || {
        t_with(Key::DataSize, &[("size", &number::bytes(locale.0.get(), app.stored_bytes.get()))])
    };
    let last_export = move || match app.settings.with(|s| s.last_export.clone()) {
        Some(date) => t_with(Key::DataLastExport, &[("date", &number::date(locale.0.get(), &date))]),
        None => t(Key::DataNeverExported).to_string(),
    };
    view! {
        <h1 id="page-title">{move || t(Key::DataTitle)}</h1>
        <section class="card">
            <p>{move || t(Key::DataWhere)}</p>
            <p>{move || t(Key::DataEviction)}</p>
            <dl class="facts">
                <dt>{move || t(Key::DataStorageMode)}</dt>
                <dd data-testid="storage-mode">{move || if app.is_persistent() { t(Key::DataStorageLocal) } else { t(Key::DataStorageMemory) }}</dd>
                <dd data-testid="data-size">{size}</dd>
                <dd>{move || match app.persisted.get() {
                    Some(true) => t(Key::DataPersisted),
                    _ => t(Key::DataNotPersisted),
                }}</dd>
                <dd data-testid="last-export">{last_export}</dd>
            </dl>
        </section>
        <ExportPanel/>
        <ImportPanel/>
        <section class="card danger-zone" aria-labelledby="delete-title">
            <h2 id="delete-title">{move || t(Key::DataDeleteTitle)}</h2>
            <p>{move || t(Key::DataDeleteText)}</p>
            {move || if confirming.get() {
                view! {
                    <div role="group" aria-labelledby="delete-title" class="confirm">
                        <button class="danger" id="data-delete-confirm" data-testid="delete-confirm" on:click=move |_| {
                            app.delete_everything();
                            confirming.set(false);
                            deleted.set(true);
                            focus_soon("data-delete");
                        }>{move || t(Key::DataDeleteFinal)}</button>
                        <button class="secondary" on:click=move |_| {
                            confirming.set(false);
                            focus_soon("data-delete");
                        }>{move || t(Key::Cancel)}</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button class="danger" id="data-delete" data-testid="delete-everything" on:click=move |_| {
                        deleted.set(false);
                        confirming.set(true);
                        focus_soon("data-delete-confirm");
                    }>{move || t(Key::DataDeleteButton)}</button>
                }.into_any()
            }}
            <p role="status">{move || deleted.get().then(|| t(Key::DataDeleted))}</p>
        </section>
    }
}
