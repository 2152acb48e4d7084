//! `#/report`: every module on one printable page, and the standalone HTML report download.
//!
//! The report's HTML is written by `crate::domain::report::report_body` (tested natively; every
//! piece of the person's text is escaped there) and shown as is; printing uses the browser's
//! dialog ("Save as PDF"), with the print stylesheet hiding the chrome.

use leptos::prelude::*;

use crate::domain::{report, results};
use crate::i18n::{self, BriefText as B, Explained};
use crate::ui::pages::exchange::technical_detail;
use crate::platform::{browser, files};
use crate::ui::i18n::{t, use_locale};
use crate::ui::pages::Later;
use crate::ui::state::use_app;

/// Downloads the standalone HTML report of the current workbook; returns the message to show.
fn export_standalone(lang: i18n::Lang) -> Explained {
    let app = use_app();
    let now = browser::now_iso();
    let html = app.workbook.with_untracked(|wb| report::standalone_html(wb, lang, &now, Some(results::compute(wb))));
    let name = report::standalone_file_name(&now);
    match files::download(&name, "text/html", &html) {
        Ok(()) => Explained::plain(i18n::format(lang, B::ExportHtmlDone, &[("file", &name)])),
        Err(err) => {
            let Explained { message, technical } = err.reason(lang);
            Explained { message: i18n::format(lang, B::ExportHtmlFailed, &[("reason", &message)]), technical }
        }
    }
}

/// The report page: print and download controls, then the report.
#[component]
pub fn ReportPage() -> impl IntoView {
    let app = use_app();
    let locale = use_locale();
    let status = RwSignal::new(None::<Explained>);
    let made_on = browser::now_iso().get(..10).unwrap_or_default().to_string();
    let body = Memo::new(move |_| {
        let lang = locale.0.get();
        app.workbook.with(|wb| report::report_body(wb, lang, &made_on))
    });
    view! {
        <div class="report-toolbar no-print">
            <p>{move || t(B::ReportIntro)}</p>
            <div class="report-buttons">
                <button data-testid="report-print" on:click=move |_| browser::print()>{move || t(B::PrintReport)}</button>
                <button class="secondary" data-testid="report-export-html" on:click=move |_| {
                    status.set(Some(export_standalone(locale.0.get_untracked())));
                }>{move || t(B::ExportHtml)}</button>
            </div>
            <p class="muted">{move || t(B::ExportHtmlHint)}</p>
            <p role="status" data-testid="report-status">{move || status.with(|s| s.as_ref().map(|s| s.message.clone()))}</p>
            {move || technical_detail(status.with(|s| s.as_ref().and_then(|s| s.technical.clone())))}
        </div>
        // The report (written and parsed in one go) in the task after the toolbar's.
        <Later><div class="report-page" data-testid="report" inner_html=move || body.get()></div></Later>
    }
}
