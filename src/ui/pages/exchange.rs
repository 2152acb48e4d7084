//! Export and import panels of the data page: the workbook file out (plain), files in (plain
//! or HTML report) with a preview and the choice to view, replace (with undo) or merge.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::crypto::{self, CryptoError, Strength};
use crate::domain::file::{self, FileError, ParsedFile, MAX_FILE_BYTES};
use crate::domain::merge::{self, MergeChoices, Side};
use crate::domain::results;
use crate::i18n::errors::{crypto_error, file_error, read_failed};
use crate::i18n::{self, ExchangeText, Explained, Lang, ProblemText};
use crate::platform::browser;
use crate::platform::files::{self, FileIoError};
use crate::ui::i18n::{t, t_count, t_with, use_locale};
use crate::ui::pages::focus_after_render;
use crate::ui::state::{use_app, AppState};

/// A library's or the browser's own words behind an error, in a closed disclosure after the
/// translated message: there for a coach or support, never in the way of the message.
pub fn technical_detail(technical: Option<String>) -> impl IntoView {
    technical.map(|text| view! {
        <details class="technical-detail" data-testid="technical-detail">
            <summary>{move || t(ProblemText::TechnicalDetail)}</summary>
            <p><code lang="en">{text}</code></p>
        </details>
    })
}

/// `crossroads-YYYY-MM-DD.crossroads.json` for a timestamp.
pub fn export_file_name(now: &str) -> String {
    format!("crossroads-{}.crossroads.json", now.get(..10).unwrap_or("export"))
}

/// Downloads the current workbook as a plain file with fresh `results`, records the export
/// time (for the person's own workbook only), and returns the message to show.
pub fn export_plain(app: AppState, lang: Lang) -> Explained {
    let now = browser::now_iso();
    let text = app.workbook.with_untracked(|wb| file::to_json_pretty(wb, &now, lang.code(), Some(results::compute(wb))));
    let name = export_file_name(&now);
    match files::download(&name, "application/json", &text) {
        Ok(()) => {
            if app.view_only.get_untracked().is_none() && !app.settings.with_untracked(|s| s.example_loaded) {
                app.update_settings(|s| s.last_export = Some(now.clone()));
            }
            Explained::plain(i18n::format(lang, ExchangeText::ExportDone, &[("file", &name)]))
        }
        Err(err) => export_failed(lang, err.reason(lang)),
    }
}

/// "The file could not be created: …", with the reason's technical detail kept apart.
fn export_failed(lang: Lang, reason: Explained) -> Explained {
    Explained { message: i18n::format(lang, ExchangeText::ExportFailed, &[("reason", &reason.message)]), technical: reason.technical }
}

/// Seals the current workbook with `passphrase` (Argon2id, fresh salt and nonce from the
/// browser) and downloads it; returns the message to show.
pub fn export_encrypted(app: AppState, lang: Lang, passphrase: &str) -> Explained {
    let now = browser::now_iso();
    let plain = app.workbook.with_untracked(|wb| file::to_json(wb, &now, lang.code(), Some(results::compute(wb))));
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 12];
    let failed = |reason: Explained| export_failed(lang, reason);
    if let Err(err) = files::random_bytes(&mut salt).and_then(|_| files::random_bytes(&mut nonce)) {
        return failed(err.reason(lang));
    }
    let sealed = match crypto::seal(&plain, passphrase, crypto::KdfParams::default_argon2id(), salt, nonce) {
        Ok(sealed) => sealed,
        Err(err) => return failed(crypto_error(lang, &err)),
    };
    let name = export_file_name(&now).replace(".crossroads.json", ".crossroads.enc.json");
    match files::download(&name, "application/json", &sealed) {
        Ok(()) => {
            if app.view_only.get_untracked().is_none() && !app.settings.with_untracked(|s| s.example_loaded) {
                app.update_settings(|s| s.last_export = Some(now.clone()));
            }
            Explained::plain(i18n::format(lang, ExchangeText::ExportDone, &[("file", &name)]))
        }
        Err(err) => failed(err.reason(lang)),
    }
}

/// The export panel.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let app = use_app();
    let locale = use_locale();
    let status = RwSignal::new(None::<Explained>);
    let encrypt = RwSignal::new(false);
    let passphrase = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let mismatch = move || encrypt.get() && passphrase.with(|p| !p.is_empty()) && passphrase.get() != repeat.get();
    let strength = move || match crypto::passphrase_strength(&passphrase.get()) {
        Strength::Weak => t(ExchangeText::StrengthWeak),
        Strength::Fair => t(ExchangeText::StrengthFair),
        Strength::Strong => t(ExchangeText::StrengthStrong),
    };
    let export = move |_| {
        let lang = locale.0.get_untracked();
        if !encrypt.get_untracked() {
            status.set(Some(export_plain(app, lang)));
            return;
        }
        if mismatch() || passphrase.with_untracked(String::is_empty) {
            status.set(Some(Explained::plain(t(ExchangeText::ExportPassphraseMismatch).to_string())));
            return;
        }
        busy.set(true);
        status.set(Some(Explained::plain(t(ExchangeText::ExportDeriving).to_string())));
        // Let the progress message paint before the key derivation occupies the main thread.
        set_timeout(
            move || {
                let message = passphrase.with_untracked(|p| export_encrypted(app, lang, p));
                passphrase.set(String::new());
                repeat.set(String::new());
                busy.set(false);
                status.set(Some(message));
            },
            std::time::Duration::from_millis(50),
        );
    };
    view! {
        <section class="card" aria-labelledby="export-title">
            <h2 id="export-title">{move || t(ExchangeText::ExportTitle)}</h2>
            <p>{move || t(ExchangeText::ExportText)}</p>
            {move || app.view_only.with(Option::is_some).then(|| view! { <p class="note">{move || t(ExchangeText::ExportViewOnlyNote)}</p> })}
            <label class="check">
                <input type="checkbox" data-testid="export-encrypt" prop:checked=move || encrypt.get()
                    on:change=move |ev| encrypt.set(event_target_checked(&ev))/>
                {move || t(ExchangeText::ExportEncrypt)}
            </label>
            {move || encrypt.get().then(|| view! {
                <div class="passphrase">
                    <p class="hint" id="passphrase-hint">{move || t(ExchangeText::ExportPassphraseHint)}</p>
                    <label>{move || t(ExchangeText::ExportPassphrase)}
                        <input type="password" autocomplete="new-password" data-testid="export-passphrase" aria-describedby="passphrase-hint passphrase-strength"
                            prop:value=move || passphrase.get() on:input=move |ev| passphrase.set(event_target_value(&ev))/>
                    </label>
                    <p class="hint" id="passphrase-strength" aria-live="polite">{strength}</p>
                    <label>{move || t(ExchangeText::ExportPassphraseRepeat)}
                        <input type="password" autocomplete="new-password" data-testid="export-passphrase-repeat"
                            prop:value=move || repeat.get() on:input=move |ev| repeat.set(event_target_value(&ev))/>
                    </label>
                    {move || mismatch().then(|| view! { <p class="error-text">{move || t(ExchangeText::ExportPassphraseMismatch)}</p> })}
                </div>
            })}
            <button data-testid="export" prop:disabled=move || busy.get() on:click=export>{move || t(ExchangeText::ExportButton)}</button>
            <p role="status" data-testid="export-status">{move || status.with(|s| s.as_ref().map(|s| s.message.clone()))}</p>
            {move || technical_detail(status.with(|s| s.as_ref().and_then(|s| s.technical.clone())))}
        </section>
    }
}

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
enum ImportState {
    Idle,
    Reading,
    /// An encrypted file waits for its passphrase; `error` is the last attempt's problem.
    Locked { name: String, text: String, error: Option<String>, busy: bool },
    /// Shared, not copied: the state is read by several views, and a workbook can be a megabyte.
    Preview { name: String, parsed: Arc<ParsedFile> },
    Failed(Explained),
    Done { message: String, undoable: bool },
}

/// The import panel: file picker, drop zone, preview and the three choices.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let app = use_app();
    let locale = use_locale();
    let state = RwSignal::new(ImportState::Idle);
    let choices = RwSignal::new(MergeChoices::default());
    let dragging = RwSignal::new(false);
    // The browser compiles each part of the app's code the first time it runs, and the import's
    // parts (JSON walks, the workbook's deserialiser, validation, comparison) are large: run them
    // once per page load on the bundled example file while the person picks theirs, so that their
    // preview does not wait for that compilation (1 MB preview: median 116 → 82 ms here).
    static WARMED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !WARMED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        set_timeout(
            || {
                let example = crate::domain::example::EXAMPLE_FILE;
                if !crypto::is_encrypted_file(example) {
                    if let Ok(parsed) = file::parse(example) {
                        std::hint::black_box(merge::conflicts(&parsed.workbook, &parsed.workbook));
                    }
                }
            },
            std::time::Duration::from_millis(0),
        );
    }

    let handle_file = move |file: web_sys::File| {
        let name = file.name();
        state.set(ImportState::Reading);
        leptos::task::spawn_local(async move {
            let lang = locale.0.get_untracked();
            let next = match files::read_text(&file, MAX_FILE_BYTES as u64).await {
                Err(FileIoError::TooLarge { bytes }) => {
                    ImportState::Failed(file_error(lang, &FileError::TooLarge { bytes: bytes as usize }))
                }
                Err(FileIoError::Browser(detail)) => {
                    ImportState::Failed(read_failed(lang, &detail))
                }
                Ok(text) if crypto::is_encrypted_file(&text) => match crypto::inspect(&text) {
                    Ok(_) => ImportState::Locked { name, text, error: None, busy: false },
                    Err(err) => ImportState::Failed(crypto_error(lang, &err)),
                },
                Ok(text) => match file::parse(&text) {
                    Ok(parsed) => ImportState::Preview { name, parsed: Arc::new(parsed) },
                    Err(err) => ImportState::Failed(file_error(lang, &err)),
                },
            };
            choices.set(MergeChoices::default());
            state.set(next);
        });
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                handle_file(file);
            }
            // Picking the same file again must fire `change` again.
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            handle_file(file);
        }
    };

    let unlock_passphrase = RwSignal::new(String::new());
    let unlock = move || {
        let ImportState::Locked { name, text, .. } = state.get_untracked() else { return };
        state.set(ImportState::Locked { name: name.clone(), text: text.clone(), error: None, busy: true });
        let lang = locale.0.get_untracked();
        set_timeout(
            move || {
                let passphrase = unlock_passphrase.get_untracked();
                let next = match crypto::open(&text, &passphrase) {
                    Ok(plain) => {
                        unlock_passphrase.set(String::new());
                        match file::parse(&plain) {
                            Ok(parsed) => ImportState::Preview { name, parsed: Arc::new(parsed) },
                            Err(err) => ImportState::Failed(file_error(lang, &err)),
                        }
                    }
                    Err(err @ CryptoError::WrongPassphrase) => {
                        ImportState::Locked { name, text, error: Some(crypto_error(lang, &err).message), busy: false }
                    }
                    Err(err) => ImportState::Failed(crypto_error(lang, &err)),
                };
                state.set(next);
            },
            std::time::Duration::from_millis(50),
        );
    };
    let locked = move || {
        let ImportState::Locked { name, error, busy, .. } = state.get() else { return None };
        Some(view! {
            <form class="card unlock" data-testid="import-locked" on:submit=move |ev| { ev.prevent_default(); unlock(); }>
                <p><strong>{name}</strong>": "{move || t(ExchangeText::ImportPassphrasePrompt)}</p>
                <label>{move || t(ExchangeText::ExportPassphrase)}
                    <input type="password" autocomplete="current-password" data-testid="import-passphrase"
                        prop:value=move || unlock_passphrase.get() on:input=move |ev| unlock_passphrase.set(event_target_value(&ev))/>
                </label>
                <button type="submit" data-testid="import-unlock" prop:disabled=busy>{move || t(ExchangeText::ImportUnlock)}</button>
                {busy.then(|| view! { <p role="status">{move || t(ExchangeText::ImportOpening)}</p> })}
                {error.map(|e| view! { <p class="error-text" role="alert" data-testid="import-passphrase-error">{e}</p> })}
            </form>
        })
    };

    let preview = move || {
        let ImportState::Preview { name, parsed } = state.get() else { return None };
        let wb = &parsed.workbook;
        let counts = {
            use ExchangeText as E;
            let args = [
                ("experiences", (E::CountExperiencesOne, E::CountExperiences), wb.experiences.len()),
                ("takes", (E::CountTakesOne, E::CountTakes), wb.attitudes.takes.len()),
                ("values", (E::CountValuesOne, E::CountValues), wb.values.top.len()),
                ("talents", (E::CountTalentsOne, E::CountTalents), wb.talents.ratings.len()),
                ("goals", (E::CountGoalsOne, E::CountGoals), wb.goals.goals.len()),
                ("options", (E::CountOptionsOne, E::CountOptions), wb.decision.options.len()),
                ("criteria", (E::CountCriteriaOne, E::CountCriteria), wb.decision.criteria.len()),
            ];
            move || {
                let texts: Vec<(&str, String)> = args.iter().map(|(k, forms, n)| (*k, t_count(*forms, "n", *n, &[]))).collect();
                let pairs: Vec<(&str, &str)> = texts.iter().map(|(k, v)| (*k, v.as_str())).collect();
                t_with(E::PreviewCounts, &pairs)
            }
        };
        let exported = parsed.exported_at.clone().map(|date| {
            move || t_with(ExchangeText::PreviewFrom, &[("date", &crate::i18n::number::date(use_locale().0.get(), &date))])
        });
        let conflicts = app.workbook.with_untracked(|mine| merge::conflicts(mine, wb));
        let ask = move |part: ExchangeText, get: fn(&MergeChoices) -> Side, set: fn(&mut MergeChoices, Side)| {
            let group = format!("merge-{part:?}");
            view! {
                <fieldset class="merge-choice">
                    <legend>{move || t_with(ExchangeText::MergeAsk, &[("part", t(part))])}</legend>
                    <label><input type="radio" name=group.clone() prop:checked=move || choices.with(|c| get(c) == Side::Mine)
                        on:change=move |_| choices.update(|c| set(c, Side::Mine))/>{move || t(ExchangeText::MergeMine)}</label>
                    <label><input type="radio" name=group prop:checked=move || choices.with(|c| get(c) == Side::Theirs)
                        on:change=move |_| choices.update(|c| set(c, Side::Theirs))/>{move || t(ExchangeText::MergeTheirs)}</label>
                </fieldset>
            }
        };
        let (view_wb, replace_wb, merge_wb) = (Arc::clone(&parsed), Arc::clone(&parsed), Arc::clone(&parsed));
        let view_name = name.clone();
        Some(view! {
            <div class="preview card" data-testid="import-preview" role="region" aria-labelledby="preview-title">
                <h3 id="preview-title">{move || t(ExchangeText::PreviewTitle)}": "{name.clone()}</h3>
                {exported}
                <p data-testid="preview-counts">{counts}</p>
                {conflicts.values.then(|| ask(ExchangeText::MergePartValues, |c| c.values, |c, s| c.values = s))}
                {conflicts.success.then(|| ask(ExchangeText::MergePartSuccess, |c| c.success, |c, s| c.success = s))}
                {conflicts.weighting.then(|| ask(ExchangeText::MergePartWeighting, |c| c.weighting, |c, s| c.weighting = s))}
                <div class="choices">
                    <div>
                        <button data-testid="import-view" on:click=move |_| {
                            app.open_view(view_wb.workbook.clone(), view_name.clone());
                            state.set(ImportState::Idle);
                        }>{move || t(ExchangeText::PreviewView)}</button>
                        <p class="hint">{move || t(ExchangeText::PreviewViewHint)}</p>
                    </div>
                    <div>
                        <button data-testid="import-replace" on:click=move |_| {
                            app.replace_with(replace_wb.workbook.clone());
                            state.set(ImportState::Done { message: t(ExchangeText::ReplaceDone).to_string(), undoable: true });
                            focus_after_render("import-undo");
                        }>{move || t(ExchangeText::PreviewReplace)}</button>
                        <p class="hint">{move || t(ExchangeText::PreviewReplaceHint)}</p>
                    </div>
                    <div>
                        <button data-testid="import-merge" on:click=move |_| {
                            let mine = app.workbook.get_untracked();
                            let (merged, summary) = merge::merge(&mine, &merge_wb.workbook, choices.get_untracked());
                            app.replace_with(merged);
                            let added = summary.experiences_added + summary.takes_added + summary.talents_added + summary.goals_added
                                + summary.options_added + summary.criteria_added + summary.scores_added;
                            use ExchangeText as E;
                            let message = t_with(E::MergeDone, &[
                                ("added", &t_count((E::MergeAddedOne, E::MergeAdded), "n", added, &[])),
                                ("renamed", &t_count((E::MergeRenamedOne, E::MergeRenamed), "n", summary.renamed.len(), &[])),
                                ("skipped", &t_count((E::MergeSkippedOne, E::MergeSkipped), "n", summary.duplicates_skipped, &[])),
                            ]);
                            state.set(ImportState::Done { message, undoable: true });
                            focus_after_render("import-undo");
                        }>{move || t(ExchangeText::PreviewMerge)}</button>
                        <p class="hint">{move || t(ExchangeText::PreviewMergeHint)}</p>
                    </div>
                </div>
                <button class="secondary" on:click=move |_| {
                    state.set(ImportState::Idle);
                    focus_after_render("import-file");
                }>{move || t(crate::i18n::Key::Cancel)}</button>
            </div>
        })
    };

    let outcome = move || match state.get() {
        ImportState::Reading => Some(view! { <p role="status">{move || t(ExchangeText::ImportReading)}</p> }.into_any()),
        ImportState::Failed(Explained { message, technical }) => Some(view! {
            <div class="banner error" role="alert" data-testid="import-error">
                <p>{message}" "{move || t(ExchangeText::ErrKept)}</p>
                {technical_detail(technical)}
            </div>
        }.into_any()),
        ImportState::Done { message, undoable } => Some(view! {
            <div class="banner" role="status" data-testid="import-done">
                <p>{message}</p>
                {undoable.then(|| view! {
                    <button class="secondary" id="import-undo" data-testid="import-undo" on:click=move |_| {
                        app.undo_replace();
                        state.set(ImportState::Done { message: t(ExchangeText::UndoDone).to_string(), undoable: false });
                        focus_after_render("import-file");
                    }>{move || t(ExchangeText::Undo)}</button>
                })}
            </div>
        }.into_any()),
        ImportState::Idle | ImportState::Preview { .. } | ImportState::Locked { .. } => None,
    };

    view! {
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title">{move || t(ExchangeText::ImportTitle)}</h2>
            <p id="import-help">{move || t(ExchangeText::ImportText)}</p>
            <div class="drop-zone" class:dragging=move || dragging.get() data-testid="drop-zone"
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label class="button" for="import-file">{move || t(ExchangeText::ImportChoose)}</label>
                <input id="import-file" class="visually-hidden" type="file" data-testid="import-file"
                    accept=".json,.html,.htm,application/json,text/html" aria-describedby="import-help" on:change=on_pick/>
                <span class="muted">{move || t(ExchangeText::ImportDrop)}</span>
            </div>
            {locked}
            {preview}
            {outcome}
        </section>
    }
}
