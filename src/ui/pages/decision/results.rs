//! The live results: the ranking with stacked contribution bars (ties shown as ties), the
//! stability sentence, the rank-acceptability chart with its error margin, the TOPSIS second
//! opinion, and the options set aside with their reason. Every chart has a table alternative,
//! built only while its disclosure is open.

use leptos::prelude::*;

use crate::domain::decision::screen::{self, StabilityNote};
use crate::domain::decision::{EngineError, RankEntry};
use crate::i18n::DecisionText as D;
use crate::platform::browser;
use crate::ui::i18n::{t, t_with};

use super::{lang, number, percent, use_page};

/// Colour classes of the criteria in the bars (cycled).
const SEGMENT_CLASSES: usize = 8;

fn error_text(e: EngineError) -> D {
    match e {
        EngineError::DuplicateIds => D::ErrDuplicateIds,
        EngineError::NoCriteria => D::ErrNoCriteria,
        EngineError::PairwiseDisconnected => D::ErrDisconnected,
        EngineError::ZeroWeights => D::ErrZeroWeights,
        EngineError::NoRankedOptions => D::ErrNoRanked,
    }
}

/// The results section.
#[component]
pub fn ResultsSection() -> impl IntoView {
    let page = use_page();
    let error = Memo::new(move |_| page.results.with(|r| r.error));
    let order = Memo::new(move |_| page.results.with(|r| r.ranking.iter().map(|e| e.option.clone()).collect::<Vec<_>>()));
    view! {
        <section class="dec-section dec-results" aria-labelledby="dec-results-title">
            <h2 id="dec-results-title">{move || t(D::ResultsTitle)}</h2>
            <p class="muted">{move || t(D::ResultsLive)}</p>
            {move || error.get().map(|e| view! { <p class="banner warn" data-testid="results-error">{move || t(error_text(e))}</p> })}
            <Exclusions/>
            <Show when=move || order.with(|o| !o.is_empty())>
                <h3>{move || t(D::RankingTitle)}</h3>
                <p class="muted">{move || t(D::RankingIntro)}</p>
                <Legend/>
                <ol class="dec-ranking" data-testid="ranking">
                    <For each=move || order.get() key=|id| id.clone() children=move |o| view! { <RankRow option=o/> }/>
                </ol>
                <ContributionsTable/>
                <p class="dec-stability" data-testid="stability">{move || stability_text()}</p>
                <Topsis/>
                <Acceptability/>
            </Show>
        </section>
    }
}

/// The criteria's colours.
#[component]
fn Legend() -> impl IntoView {
    let page = use_page();
    view! {
        <ul class="dec-legend" aria-hidden="true">
            {move || page.criteria.get().into_iter().enumerate().map(|(j, (_, name))| view! {
                <li><span class=format!("dec-swatch seg-{}", j % SEGMENT_CLASSES)></span>{name}</li>
            }).collect_view()}
        </ul>
    }
}

/// One ranked option: place, name, score and its stacked bar.
#[component]
fn RankRow(
    /// The option's id.
    option: String,
) -> impl IntoView {
    let page = use_page();
    let option = StoredValue::new(option);
    let entry = Memo::new(move |_| page.results.with(|r| r.ranking.iter().find(|e| e.option == option.get_value()).cloned()));
    let tied = Memo::new(move |_| page.results.with(|r| {
        let rank = r.ranking.iter().find(|e| e.option == option.get_value()).map(|e| e.rank);
        r.ranking.iter().filter(|e| Some(e.rank) == rank).count() > 1
    }));
    let segments = Memo::new(move |_| {
        entry.with(|e| e.as_ref().map(|e: &RankEntry| page.decision.with(|d| screen::contribution_segments(d, &e.contributions))).unwrap_or_default())
    });
    view! {
        <li class="dec-rank-row" data-option=move || option.get_value() data-rank=move || entry.with(|e| e.as_ref().map(|e| e.rank).unwrap_or(0)).to_string()>
            <span class="dec-rank-text">
                {move || entry.get().map(|e| t_with(D::RankLine, &[("rank", &e.rank.to_string()), ("option", &page.option_name(&e.option)), ("score", &percent(lang(), e.score, 1))]))}
                {move || tied.get().then(|| view! { <span class="dec-tied">{move || format!(" ({})", t(D::Tied))}</span> })}
            </span>
            <svg class="dec-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="dec-bar-track" x="0" y="0" width="100" height="6"></rect>
                // One rect per criterion with a share, kept across changes: a new weight or score
                // moves the rects' edges instead of rebuilding every bar.
                <For each=move || segments.with(|s| s.iter().map(|s| s.criterion).collect::<Vec<_>>()) key=|j| *j children=move |j| {
                    let edge = move || segments.with(|s| s.iter().find(|s| s.criterion == j).map(|s| (s.start, s.width)).unwrap_or_default());
                    view! {
                        <rect class=format!("seg-{}", j % SEGMENT_CLASSES) x=move || format!("{:.2}", edge().0) y="0" width=move || format!("{:.2}", edge().1) height="6"></rect>
                    }
                }/>
            </svg>
        </li>
    }
}

/// The contributions as a table, built while open.
#[component]
fn ContributionsTable() -> impl IntoView {
    let page = use_page();
    let open = RwSignal::new(false);
    view! {
        <details class="dec-table-alt" on:toggle=move |ev| open.set(browser::details_open(&ev))>
            <summary>{move || t(D::ContributionsCaption)}</summary>
            {move || open.get().then(|| {
                let criteria = page.criteria.get();
                let l = lang();
                view! {
                    <div class="table-scroll">
                        <table>
                            <caption class="visually-hidden">{t(D::ContributionsCaption)}</caption>
                            <thead><tr>
                                <th scope="col">{t(D::Option)}</th>
                                {criteria.iter().map(|(_, n)| view! { <th scope="col">{n.clone()}</th> }).collect_view()}
                                <th scope="col">{t(D::Total)}</th>
                            </tr></thead>
                            <tbody>
                                {page.results.get().ranking.into_iter().map(|e| view! {
                                    <tr>
                                        <th scope="row">{page.option_name(&e.option)}</th>
                                        {criteria.iter().map(|(c, _)| view! { <td class="num">{number(l, e.contributions.get(c).copied().unwrap_or(0.0) * 100.0, 1)}</td> }).collect_view()}
                                        <td class="num">{percent(l, e.score, 1)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
            })}
        </details>
    }
}

/// The stability sentence in the current language.
fn stability_text() -> String {
    let page = use_page();
    let note = page.results.with(screen::stability_note);
    let weight = |c: &str| page.results.with(|r| r.weights.as_ref().and_then(|w| w.get(c).copied()).unwrap_or(0.0));
    match note {
        StabilityNote::Nothing => String::new(),
        StabilityNote::Tied(options) => {
            let names: Vec<String> = options.iter().map(|o| page.option_name(o)).collect();
            t_with(D::StabilityTied, &[("options", &names.join(", "))])
        }
        StabilityNote::Robust { top } => t_with(D::StabilityRobust, &[("option", &page.option_name(&top))]),
        StabilityNote::Threshold { top, criterion, rises, at } => t_with(
            if rises { D::StabilityRises } else { D::StabilityFalls },
            &[
                ("option", &page.option_name(&top)),
                ("criterion", &page.criterion_name(&criterion)),
                ("at", &percent(lang(), at, 0)),
                ("now", &percent(lang(), weight(&criterion), 0)),
            ],
        ),
    }
}

/// TOPSIS as a second opinion.
#[component]
fn Topsis() -> impl IntoView {
    let page = use_page();
    let verdict = Memo::new(move |_| page.results.with(|r| (screen::topsis_agrees(r), r.ranking.first().map(|e| e.option.clone()), r.topsis.first().map(|e| e.option.clone()))));
    view! {
        <h3>{move || t(D::TopsisTitle)}</h3>
        <p data-testid="topsis">{move || match verdict.get() {
            (Some(true), Some(first), _) => t_with(D::TopsisAgrees, &[("option", &page.option_name(&first))]),
            (Some(false), Some(first), Some(other)) => t_with(D::TopsisDisagrees, &[("option", &page.option_name(&first)), ("other", &page.option_name(&other))]),
            _ => String::new(),
        }}</p>
    }
}

/// How often each option comes first, second, third or lower (SMAA), with the error margin.
#[component]
fn Acceptability() -> impl IntoView {
    let page = use_page();
    let open = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        page.smaa.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.acceptability
                        .iter()
                        .map(|(o, a)| {
                            let first = a.first().copied().unwrap_or(0.0);
                            let second = a.get(1).copied().unwrap_or(0.0);
                            let third = a.get(2).copied().unwrap_or(0.0);
                            (o.to_string(), [first, second, third, (1.0 - first - second - third).max(0.0)], a.clone())
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let samples = Memo::new(move |_| page.smaa.with(|s| s.as_ref().map(|s| s.samples)));
    let state = move || if page.smaa_progress.get().is_some() { "running" } else { "done" };
    view! {
        <h3>{move || t(D::AcceptTitle)}</h3>
        <p class="muted">{move || samples.get().map(|n| t_with(D::AcceptIntro, &[("samples", &crate::ui::i18n::n(n as usize))]))}</p>
        <p class="dec-progress" data-testid="smaa-status" data-state=state>
            {move || page.smaa_progress.get().map(|p| t_with(D::AcceptComputing, &[("percent", &p.to_string())]))}
        </p>
        <ul class="dec-legend" aria-hidden="true">
            {[D::AcceptFirst, D::AcceptSecond, D::AcceptThird, D::AcceptLower].into_iter().enumerate().map(|(k, key)| view! {
                <li><span class=format!("dec-swatch acc-{k}")></span>{move || t(key)}</li>
            }).collect_view()}
        </ul>
        <ul class="dec-accept" data-testid="acceptability" class:stale=move || page.smaa_progress.get().is_some()>
            // Keyed by option: a finished run updates each row's text and bar in place.
            <For each=move || rows.with(|r| r.iter().map(|row| row.0.clone()).collect::<Vec<_>>()) key=|o| o.clone() children=move |o| {
                let parts = {
                    let o = o.clone();
                    Memo::new(move |_| rows.with(|r| r.iter().find(|row| row.0 == o).map(|row| row.1).unwrap_or_default()))
                };
                let o2 = o.clone();
                view! {
                    <li data-option=o data-first=move || percent(lang(), parts.get()[0], 1)>
                        <span>{move || t_with(D::AcceptLine, &[("option", &page.option_name(&o2)), ("first", &percent(lang(), parts.get()[0], 1))])}</span>
                        <svg class="dec-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            {(0..4).map(|k| {
                                let edge = move || parts.with(|p| (p[..k].iter().sum::<f64>() * 100.0, p[k] * 100.0));
                                view! { <rect class=format!("acc-{k}") x=move || format!("{:.2}", edge().0) y="0" width=move || format!("{:.2}", edge().1) height="6"></rect> }
                            }).collect_view()}
                        </svg>
                    </li>
                }
            }/>
        </ul>
        <p data-testid="smaa-margin">{move || samples.get().map(|n| t_with(D::AcceptMargin, &[("margin", &number(lang(), screen::acceptability_margin(n) * 100.0, 1))]))}</p>
        <details class="dec-table-alt" on:toggle=move |ev| open.set(browser::details_open(&ev))>
            <summary>{move || t(D::AcceptCaption)}</summary>
            {move || open.get().then(|| {
                let rows = rows.get();
                let n = rows.len();
                let l = lang();
                view! {
                    <div class="table-scroll">
                        <table>
                            <caption class="visually-hidden">{t(D::AcceptCaption)}</caption>
                            <thead><tr>
                                <th scope="col">{t(D::Option)}</th>
                                {(1..=n).map(|k| view! { <th scope="col">{k.to_string()}</th> }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|(o, _, all)| view! {
                                    <tr>
                                        <th scope="row">{page.option_name(&o)}</th>
                                        {all.iter().map(|a| view! { <td class="num">{t_with(D::Percent, &[("value", &percent(l, *a, 1))])}</td> }).collect_view()}
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
            })}
        </details>
    }
}

/// Options set aside by a dealbreaker, and options not ranked for missing scores.
#[component]
fn Exclusions() -> impl IntoView {
    let page = use_page();
    let data = Memo::new(move |_| page.results.with(|r| (r.excluded.clone(), r.incomplete.clone())));
    view! {
        {move || {
            let (excluded, incomplete) = data.get();
            (!excluded.is_empty() || !incomplete.is_empty()).then(|| view! {
                <h3>{move || t(D::ExcludedTitle)}</h3>
                <ul class="dec-excluded" data-testid="excluded">
                    {excluded.into_iter().map(|x| view! {
                        <li data-option=x.option.clone()>{t_with(D::ExcludedReason, &[
                            ("option", &page.option_name(&x.option)), ("criterion", &page.criterion_name(&x.criterion)),
                            ("value", &number(lang(), x.value, 2)), ("min", &number(lang(), x.min, 2))])}</li>
                    }).collect_view()}
                    {incomplete.into_iter().map(|o| view! {
                        <li data-option=o.clone()>{t_with(D::IncompleteReason, &[("option", &page.option_name(&o))])}</li>
                    }).collect_view()}
                </ul>
            })
        }}
    }
}
