//! The facilitator's group picture on `#/workshop`: many hand-in files loaded by picker or
//! drag-and-drop, read in this browser only and kept in memory (never stored); the list of files
//! with their outcome; box plots with a table alternative, top values, kinds of move; CSV export.
//! Aggregation, the small-group threshold and CSV escaping are `domain::workshop`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::attitudes::{self as att, Subscale};
use crate::domain::decision::MoveKind;
use crate::domain::file::{FileError, MAX_FILE_BYTES};
use crate::domain::handin::{HandInError, Source};
use crate::domain::workshop::{self, Aggregate, FileOutcome, Group, Labels, Picture, MIN_GROUP};
use crate::i18n::{self, Lang, WorkshopText as W};
use crate::platform::browser;
use crate::platform::files::{self, FileIoError};
use crate::ui::i18n::{t, t_with, use_locale, t_count};
use crate::i18n::errors::{file_error, read_failed};
use crate::i18n::Explained;
use crate::ui::pages::exchange::technical_detail;
use crate::ui::pages::workshop::{move_label, subscale_label, value_label};

/// The translated reason a file was skipped.
fn error_text(lang: Lang, err: &HandInError) -> Explained {
    let plain = |message: &str| Explained { message: message.to_string(), technical: None };
    match err {
        HandInError::Encrypted => plain(i18n::tr(lang, W::ErrEncrypted)),
        HandInError::File(FileError::WrongFormat { .. }) => plain(i18n::tr(lang, W::ErrNotHandIn)),
        HandInError::File(err) => file_error(lang, err),
        HandInError::Unreadable { detail } => read_failed(lang, detail),
    }
}

/// CSV labels in the UI's language.
struct UiLabels(Lang);

impl Labels for UiLabels {
    fn subscale(&self, subscale: Subscale) -> String {
        subscale_label(self.0, subscale).to_string()
    }
    fn value(&self, key: &str) -> String {
        value_label(self.0, key)
    }
    fn kind_of_move(&self, kind: MoveKind) -> String {
        i18n::tr(self.0, move_label(kind)).to_string()
    }
    fn participants(&self) -> String {
        i18n::tr(self.0, W::CsvParticipants).to_string()
    }
}

/// A number on the 1–5 scale for display.
fn mean_text(x: f64, lang: Lang) -> String {
    att::format_mean(x, lang)
}

/// A share of the group as a whole percentage.
fn percent(count: usize, of: usize) -> String {
    let share = if of == 0 { 0.0 } else { count as f64 / of as f64 };
    format!("{} %", i18n::number::percent(use_locale().0.get(), share, 0))
}

thread_local! {
    /// The loaded group, kept in memory for this page load only (never stored), so that switching
    /// language or visiting another page does not drop the files the facilitator loaded.
    static LOADED: std::cell::RefCell<Group> = std::cell::RefCell::new(Group::default());
}

/// The facilitator's loader and group picture.
#[component]
pub fn GroupPanel() -> impl IntoView {
    let locale = use_locale();
    let group = RwSignal::new(LOADED.with(|g| g.borrow().clone()));
    Effect::new(move |_| group.with(|g| LOADED.with(|kept| *kept.borrow_mut() = g.clone())));
    let reading = RwSignal::new(None::<usize>);
    let dragging = RwSignal::new(false);
    let csv_status = RwSignal::new(None::<Explained>);

    let load = move |list: Vec<web_sys::File>| {
        if list.is_empty() {
            return;
        }
        reading.set(Some(list.len()));
        csv_status.set(None);
        leptos::task::spawn_local(async move {
            let mut read = Vec::with_capacity(list.len());
            for file in &list {
                read.push((file.name(), files::read_text(file, MAX_FILE_BYTES as u64).await));
            }
            // One update for the whole batch: the picture renders once.
            group.update(|g| {
                for (name, text) in read {
                    match text {
                        Ok(text) => g.add_file(&name, &text),
                        Err(FileIoError::TooLarge { bytes }) => g.add_failed(&name, FileError::TooLarge { bytes: bytes as usize }.into()),
                        Err(FileIoError::Browser(detail)) => g.add_failed(&name, HandInError::Unreadable { detail }),
                    }
                }
            });
            reading.set(None);
        });
    };
    let file_list = |files: Option<web_sys::FileList>| -> Vec<web_sys::File> {
        files.map(|f| (0..f.length()).filter_map(|i| f.get(i)).collect()).unwrap_or_default()
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            load(file_list(input.files()));
            // Picking the same files again must fire `change` again.
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        load(file_list(ev.data_transfer().and_then(|d| d.files())));
    };
    let download_csv = move |_| {
        let lang = locale.0.get_untracked();
        let Picture::Shown(aggregate) = group.with_untracked(Group::picture) else { return };
        let text = workshop::to_csv(&aggregate, &UiLabels(lang));
        let name = workshop::csv_file_name(&browser::now_iso());
        csv_status.set(Some(match files::download(&name, "text/csv", &text) {
            Ok(()) => Explained::plain(i18n::format(lang, W::CsvDone, &[("file", &name)])),
            Err(err) => {
                let Explained { message, technical } = err.reason(lang);
                Explained { message: i18n::format(lang, W::CsvFailed, &[("reason", &message)]), technical }
            }
        }));
    };

    let summary = move || {
        let (participants, files, failed) = group.with(|g| (g.participants(), g.files.len(), g.failed()));
        (files > 0).then(|| {
            view! {
                <p class="group-summary" data-testid="group-summary">
                    <strong>{t_with(W::Summary, &[
                        ("participants", &t_count((W::ParticipantsOne, W::Participants), "n", participants, &[])),
                        ("files", &t_count((W::FilesOne, W::Files), "n", files, &[])),
                    ])}</strong>
                    {(failed > 0).then(|| view! { " " {t_count((W::SummaryFailedOne, W::SummaryFailed), "failed", failed, &[])} })}
                </p>
            }
        })
    };
    let file_rows = move |only_failed: bool| {
        let lang = locale.0.get();
        group.with(|g| {
            g.files
                .iter()
                .filter(|f| !only_failed || matches!(f.outcome, FileOutcome::Failed(_)))
                .map(|f| {
                    let (class, text, technical) = match &f.outcome {
                        FileOutcome::Added(Source::HandIn) => ("ok", t(W::FileAdded).to_string(), None),
                        FileOutcome::Added(Source::Workbook) => ("ok", t(W::FileFromWorkbook).to_string(), None),
                        FileOutcome::Replaced(_) => ("dup", t(W::FileReplaced).to_string(), None),
                        FileOutcome::Failed(err) => {
                            let Explained { message, technical } = error_text(lang, err);
                            ("failed", i18n::format(lang, W::FileFailed, &[("error", &message)]), technical)
                        }
                    };
                    view! {
                        <li class=format!("group-file {class}") data-testid="group-file" data-outcome=class>
                            <span class="file-name">{f.name.clone()}</span>": "<span>{text}</span>
                            // The detail once, in the list of skipped files (not again in the full list).
                            {technical_detail(technical.filter(|_| only_failed))}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let picture = move || {
        if group.with(|g| g.files.is_empty()) {
            return None;
        }
        Some(match group.with(Group::picture) {
            Picture::TooFew { participants } => view! {
                <div class="note group-hidden" role="status" data-testid="group-hidden">
                    <p><strong>{t(W::HiddenTitle)}</strong></p>
                    <p>{t_with(W::Hidden, &[("min", &MIN_GROUP.to_string()), ("participants", &participants.to_string())])}</p>
                </div>
            }
            .into_any(),
            Picture::Shown(aggregate) => view! {
                <GroupPicture aggregate=aggregate/>
                <button data-testid="group-csv" on:click=download_csv>{t(W::CsvButton)}</button>
                <p role="status" data-testid="group-csv-status">{move || csv_status.with(|s| s.as_ref().map(|s| s.message.clone()))}</p>
                {move || technical_detail(csv_status.with(|s| s.as_ref().and_then(|s| s.technical.clone())))}
            }
            .into_any(),
        })
    };

    view! {
        <section class="card group" aria-labelledby="group-title" data-testid="group">
            <h2 id="group-title">{t(W::GroupTitle)}</h2>
            <p id="group-help">{t(W::GroupText)}</p>
            <div class="drop-zone" class:dragging=move || dragging.get() data-testid="group-drop"
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label class="button" for="group-files">{t(W::Choose)}</label>
                <input id="group-files" class="visually-hidden" type="file" multiple data-testid="group-files-input"
                    accept=".json,.html,.htm,application/json,text/html" aria-describedby="group-help" on:change=on_pick/>
                <span class="muted">{t(W::Drop)}</span>
            </div>
            <p role="status">{move || reading.get().map(|n| t_count((W::ReadingOne, W::Reading), "count", n, &[]))}</p>
            {move || group.with(|g| g.files.is_empty()).then(|| view! { <p class="empty-state" data-testid="group-empty">{t(W::GroupEmpty)}</p> })}
            {summary}
            {move || (group.with(Group::failed) > 0).then(|| view! {
                <ul class="group-errors" data-testid="group-errors">{move || file_rows(true)}</ul>
            })}
            {picture}
            {move || (!group.with(|g| g.files.is_empty())).then(|| view! {
                <details class="group-files">
                    <summary>{t(W::FilesTitle)}</summary>
                    <ul data-testid="group-file-list">{move || file_rows(false)}</ul>
                </details>
                <button class="secondary" data-testid="group-clear" on:click=move |_| {
                    group.set(Group::default());
                    csv_status.set(None);
                    // The button leaves with the group: focus the file picker to start again.
                    crate::ui::pages::focus_after_render("group-files");
                }>{t(W::Clear)}</button>
            })}
        </section>
    }
}

/// Width of the box plots' drawing area, in SVG units.
const PLOT_W: f64 = 300.0;
/// Horizontal padding so the whiskers' ends and tick labels are not clipped.
const PAD: f64 = 12.0;

/// The aggregate: attitude box plots with their table, top values, kinds of move.
#[component]
fn GroupPicture(aggregate: Aggregate) -> impl IntoView {
    let lang = use_locale().0.get_untracked();
    let n = aggregate.participants;
    let x = |v: f64| PAD + workshop::scale_x(v, PLOT_W);
    let rows = aggregate.attitudes.clone();
    let plots = rows
        .iter()
        .map(|row| {
            let plot = row.distribution.map(|d| {
                view! {
                    <svg class="boxplot-svg" viewBox=format!("0 0 {} 24", PLOT_W + 2.0 * PAD) aria-hidden="true" focusable="false">
                        <line class="boxplot-axis" x1=x(1.0) x2=x(5.0) y1="12" y2="12"/>
                        <line class="boxplot-whisker" x1=x(d.min) x2=x(d.q1) y1="12" y2="12"/>
                        <line class="boxplot-whisker" x1=x(d.q3) x2=x(d.max) y1="12" y2="12"/>
                        <line class="boxplot-whisker" x1=x(d.min) x2=x(d.min) y1="6" y2="18"/>
                        <line class="boxplot-whisker" x1=x(d.max) x2=x(d.max) y1="6" y2="18"/>
                        <rect class="boxplot-box" x=x(d.q1) y="3" width=(x(d.q3) - x(d.q1)).max(1.0) height="18"/>
                        <line class="boxplot-median" x1=x(d.median) x2=x(d.median) y1="3" y2="21"/>
                    </svg>
                }
                .into_any()
            });
            let plot = plot.unwrap_or_else(|| {
                view! { <span class="hint">{t_with(W::Withheld, &[("min", &MIN_GROUP.to_string())])}</span> }.into_any()
            });
            view! {
                <li class="boxplot-row" data-subscale=row.subscale.key()>
                    <span class="boxplot-label">{subscale_label(lang, row.subscale)}</span>
                    {plot}
                </li>
            }
        })
        .collect_view();
    let scale = view! {
        <svg class="boxplot-svg boxplot-scale" viewBox=format!("0 0 {} 16", PLOT_W + 2.0 * PAD) aria-hidden="true" focusable="false">
            {(1..=5).map(|v| view! { <text class="boxplot-tick" x=x(f64::from(v)) y="12" text-anchor="middle">{v}</text> }).collect_view()}
        </svg>
    };
    let table_rows = rows
        .into_iter()
        .map(|row| {
            let cells = match row.distribution {
                Some(d) => [d.min, d.q1, d.median, d.q3, d.max, d.mean].into_iter().map(|v| view! { <td>{mean_text(v, lang)}</td> }).collect_view().into_any(),
                None => view! { <td colspan="6">{t_with(W::Withheld, &[("min", &MIN_GROUP.to_string())])}</td> }.into_any(),
            };
            view! {
                <tr data-subscale=row.subscale.key()>
                    <th scope="row">{subscale_label(lang, row.subscale)}</th>
                    <td>{row.count}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let values = aggregate.values.clone();
    let moves = aggregate.moves.clone();
    view! {
        <div class="group-picture" data-testid="group-picture">
            <h3>{t(W::AttitudesTitle)}</h3>
            <p>{t(W::AttitudesText)}</p>
            <p data-testid="group-with-attitudes">{t_count((W::WithAttitudesOne, W::WithAttitudes), "count", aggregate.with_attitudes, &[("participants", &crate::ui::i18n::n(n))])}</p>
            <figure class="boxplots" aria-labelledby="boxplot-title" data-testid="group-boxplots">
                <figcaption id="boxplot-title"><strong>{t(W::ChartTitle)}</strong>" "<span class="hint">{t(W::ChartDesc)}</span></figcaption>
                <ul class="boxplot-list">
                    <li class="boxplot-row boxplot-scale-row"><span class="boxplot-label"></span>{scale}</li>
                    {plots}
                </ul>
            </figure>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="group-table-caption">
                <table class="attitudes-table" data-testid="group-attitudes-table">
                    <caption id="group-table-caption">{t(W::TableCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(W::ColScale)}</th>
                            <th scope="col">{t(W::ColCount)}</th>
                            <th scope="col">{t(W::ColMin)}</th>
                            <th scope="col">{t(W::ColQ1)}</th>
                            <th scope="col">{t(W::ColMedian)}</th>
                            <th scope="col">{t(W::ColQ3)}</th>
                            <th scope="col">{t(W::ColMax)}</th>
                            <th scope="col">{t(W::ColMean)}</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </div>
            <h3>{t(W::ValuesTitle)}</h3>
            {if values.is_empty() {
                view! { <p>{t(W::ValuesNone)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="group-values-caption">
                        <table class="attitudes-table tally" data-testid="group-values">
                            <caption id="group-values-caption">{t(W::ValuesCaption)}</caption>
                            <thead><tr>
                                <th scope="col">{t(W::ColValue)}</th>
                                <th scope="col">{t(W::ColCount)}</th>
                                <th scope="col">{t(W::ColShare)}</th>
                            </tr></thead>
                            <tbody>
                                {values.into_iter().map(|v| view! {
                                    <tr data-key=v.key>
                                        <th scope="row">{value_label(lang, v.key)}</th>
                                        <td>{v.count}</td>
                                        <td><span class="bar-cell"><meter min="0" max=n.to_string() value=v.count.to_string() aria-hidden="true"></meter>{percent(v.count, n)}</span></td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <h3>{t(W::MovesTitle)}</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="group-moves-caption">
                <table class="attitudes-table tally" data-testid="group-moves">
                    <caption id="group-moves-caption">{t(W::MovesCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{t(W::ColMove)}</th>
                        <th scope="col">{t(W::ColCount)}</th>
                        <th scope="col">{t(W::ColShare)}</th>
                    </tr></thead>
                    <tbody>
                        {moves.into_iter().map(|m| view! {
                            <tr data-key=m.key.as_str()>
                                <th scope="row">{t(move_label(m.key))}</th>
                                <td>{m.count}</td>
                                <td><span class="bar-cell"><meter min="0" max=n.to_string() value=m.count.to_string() aria-hidden="true"></meter>{percent(m.count, n)}</span></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
    }
}
