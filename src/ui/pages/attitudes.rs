//! Career attitudes: the questionnaire (paged, saved as you go, resumable), then the results of
//! the latest take — radar chart with a table alternative, interpretation and next steps — and
//! the comparison with an earlier take. Every computation is `domain::attitudes`.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::domain::attitudes::{self as att, Direction, Item, Profile, Radar, Subscale, ITEMS};
use crate::domain::workbook::{next_id, AttitudeTake};
use crate::i18n::{AttitudeText as T, Key, Lang};
use crate::platform::browser;
use crate::ui::i18n::{t, t_count, t_with, use_locale};
use crate::ui::state::{use_app, AppState};

/// A scored completed take: id, completion date (`YYYY-MM-DD`), profile.
type Scored = (String, String, Profile);

/// The id of the questionnaire's page heading, which takes focus when the page changes.
const PAGE_HEADING: &str = "attitudes-page-heading";
/// The id of the results heading, which takes focus when a take is finished.
const RESULTS_HEADING: &str = "attitudes-results-title";

/// Moves focus to `id` once the next frame has rendered it.
fn focus_soon(id: &'static str) {
    request_animation_frame(move || browser::focus_id(id));
}

/// Starts a new, empty take.
fn start_take(app: AppState) {
    let now = browser::now_iso();
    app.update(|wb| {
        let id = next_id("t", wb.attitudes.takes.iter().map(|t| t.id.as_str()));
        wb.attitudes.takes.push(AttitudeTake { id, started_at: now, completed_at: None, answers: BTreeMap::new() });
    });
    focus_soon(PAGE_HEADING);
}

/// The career-attitudes page: intro, questionnaire or results, and the research background.
#[component]
pub fn AttitudesPage() -> impl IntoView {
    let app = use_app();
    let open = Memo::new(move |_| app.workbook.with(|wb| att::open_take(&wb.attitudes).map(|t| t.id.clone())));
    let has_completed = Memo::new(move |_| app.workbook.with(|wb| wb.attitudes.takes.iter().any(|t| t.completed_at.is_some())));
    view! {
        <h1 id="page-title">{move || t(Key::NavAttitudes)}</h1>
        <p class="attitudes-disclaimer" data-testid="attitudes-disclaimer">{move || t(T::Disclaimer)}</p>
        {move || match open.get() {
            Some(id) => view! { <Questionnaire take_id=id/> }.into_any(),
            None if has_completed.get() => view! { <ResultsView/> }.into_any(),
            None => view! { <Intro/> }.into_any(),
        }}
        <Background/>
    }
}

/// What the questionnaire is, and the button that starts it.
#[component]
fn Intro() -> impl IntoView {
    let app = use_app();
    view! {
        <section class="card">
            <p>{move || t(T::Intro)}</p>
            <button data-testid="attitudes-start" on:click=move |_| start_take(app)>{move || t(T::Start)}</button>
        </section>
    }
}

/// The label of answer `value` on the 1–5 scale.
fn scale_label(value: u8) -> T {
    match value {
        1 => T::Scale1,
        2 => T::Scale2,
        3 => T::Scale3,
        4 => T::Scale4,
        _ => T::Scale5,
    }
}

/// The paged questionnaire for the open take `take_id`.
#[component]
fn Questionnaire(take_id: String) -> impl IntoView {
    let app = use_app();
    let take_id = StoredValue::new(take_id);
    let answers = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.attitudes.takes.iter().find(|t| t.id == take_id.get_value()).map(|t| t.answers.clone()).unwrap_or_default()
        })
    });
    let is_retake = Memo::new(move |_| app.workbook.with(|wb| wb.attitudes.takes.iter().any(|t| t.completed_at.is_some())));
    let pages = att::page_count();
    let page = RwSignal::new(answers.with_untracked(att::resume_page));
    let answered = Memo::new(move |_| answers.with(att::answered_count));
    let total = ITEMS.len();

    let set_answer = move |item: &'static str, value: u8| {
        app.update(|wb| {
            if let Some(take) = wb.attitudes.takes.iter_mut().find(|t| t.id == take_id.get_value()) {
                take.answers.insert(item.to_string(), value);
            }
        });
    };
    let go = move |to: usize| {
        page.set(to.min(pages.saturating_sub(1)));
        focus_soon(PAGE_HEADING);
    };
    let finish = move |_| {
        let now = browser::now_iso();
        app.update(|wb| {
            if let Some(take) = wb.attitudes.takes.iter_mut().find(|t| t.id == take_id.get_value()) {
                take.completed_at = Some(now);
            }
        });
        focus_soon(RESULTS_HEADING);
    };
    let discard = move |_| {
        app.update(|wb| wb.attitudes.takes.retain(|t| t.id != take_id.get_value()));
        focus_soon(RESULTS_HEADING);
    };

    view! {
        <section class="questionnaire" aria-labelledby=PAGE_HEADING>
            <h2 id=PAGE_HEADING tabindex="-1">
                {move || t_with(T::PageOf, &[("page", &(page.get() + 1).to_string()), ("pages", &pages.to_string())])}
            </h2>
            <div class="attitudes-progress">
                <progress id="attitudes-progress" max=total.to_string() value=move || answered.get().to_string()
                    aria-labelledby="attitudes-progress-label"></progress>
                <span id="attitudes-progress-label" data-testid="attitudes-answered">
                    {move || t_with(T::Answered, &[("answered", &answered.get().to_string()), ("total", &total.to_string())])}
                </span>
            </div>
            // Keyed by item id: a page change builds fresh radio groups instead of patching the
            // previous page's inputs in place (which left a checked state behind).
            <For
                each=move || {
                    let current = page.get();
                    att::page_items(current)
                        .iter()
                        .enumerate()
                        .map(move |(i, item)| (current * att::ITEMS_PER_PAGE + i + 1, *item))
                        .collect::<Vec<_>>()
                }
                key=|(_, item)| item.id
                children=move |(number, item)| {
                    let answer = Signal::derive(move || answers.with(|a| a.get(item.id).copied()));
                    question(item, number, answer, set_answer)
                }
            />
            {move || (page.get() + 1 == pages && answered.get() < total).then(|| view! {
                <p class="attitudes-note" role="status">
                    {move || t_count((T::UnansweredOne, T::Unanswered), "n", total - answered.get(), &[])}
                </p>
            })}
            <div class="attitudes-nav">
                {move || (page.get() > 0).then(|| view! {
                    <button class="secondary" data-testid="attitudes-previous" on:click=move |_| go(page.get_untracked().saturating_sub(1))>
                        {move || t(T::Previous)}
                    </button>
                })}
                {move || if page.get() + 1 < pages {
                    view! {
                        <button data-testid="attitudes-next" on:click=move |_| go(page.get_untracked() + 1)>{move || t(T::Next)}</button>
                    }.into_any()
                } else {
                    view! {
                        <button data-testid="attitudes-finish" on:click=finish>{move || t(T::Finish)}</button>
                    }.into_any()
                }}
                {move || is_retake.get().then(|| view! {
                    <button class="secondary" data-testid="attitudes-discard" on:click=discard>{move || t(T::DiscardTake)}</button>
                })}
            </div>
        </section>
    }
}

/// One statement as a native radio group: a fieldset whose legend is the statement, five
/// labelled options. Selecting saves the answer and never moves on by itself.
fn question(item: Item, number: usize, answer: Signal<Option<u8>>, on_answer: impl Fn(&'static str, u8) + Copy + 'static) -> impl IntoView {
    let name = format!("item-{}", item.id);
    view! {
        <fieldset class="likert" data-item=item.id>
            <legend><span class="likert-number">{format!("{number}. ")}</span>{move || t(item.text)}</legend>
            <div class="likert-options">
                {(att::SCALE_MIN..=att::SCALE_MAX).map(|value| {
                    let id = format!("{name}-{value}");
                    let for_id = id.clone();
                    view! {
                        <label class="likert-option" for=for_id>
                            <input type="radio" id=id name=name.clone() value=value.to_string()
                                prop:checked=move || answer.get() == Some(value)
                                on:change=move |_| on_answer(item.id, value)/>
                            <span class="likert-value">{value}</span>
                            <span class="likert-label">{move || t(scale_label(value))}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// The results of the latest take, compared with an earlier one, and the list of takes.
#[component]
fn ResultsView() -> impl IntoView {
    let app = use_app();
    let completed = Memo::new(move |_| {
        app.workbook.with(|wb| {
            att::completed_takes(&wb.attitudes)
                .into_iter()
                .map(|t| {
                    let date = t.completed_at.as_deref().map(|d| d.get(..10).unwrap_or(d).to_string()).unwrap_or_default();
                    (t.id.clone(), date, att::score(&t.answers))
                })
                .collect::<Vec<Scored>>()
        })
    });
    // `None`: compare with the take before the latest; `Some("")`: no comparison.
    let choice: RwSignal<Option<String>> = RwSignal::new(None);
    let latest = Memo::new(move |_| completed.with(|c| c.last().cloned()));
    let earlier = Memo::new(move |_| {
        let chosen = choice.get();
        completed.with(|c| {
            let before = c.len().checked_sub(1).map(|n| &c[..n]).unwrap_or(&[]);
            match chosen.as_deref() {
                None => before.last().cloned(),
                Some("") => None,
                Some(id) => before.iter().find(|x| x.0 == id).cloned(),
            }
        })
    });

    view! {
        <section class="attitudes-results" aria-labelledby=RESULTS_HEADING>
            <h2 id=RESULTS_HEADING tabindex="-1">{move || t(T::ResultsTitle)}</h2>
            {move || latest.get().map(|(_, date, _)| view! {
                <p data-testid="attitudes-latest-date">{move || t_with(T::TakenOn, &[("date", &crate::i18n::number::date(use_locale().0.get(), &date))])}</p>
            })}
            {move || (completed.with(Vec::len) >= 2).then(|| view! { <CompareSelect completed=completed choice=choice/> })}
            {move || latest.get().map(|(_, _, profile)| view! { <Summary profile=profile/> })}
            {move || latest.get().map(|(_, _, profile)| {
                let before = earlier.get();
                view! {
                    <div class="attitudes-chart-wrap">
                        <RadarChart latest=profile.clone() earlier=before.clone().map(|e| e.2)/>
                        <ScoreTable latest=profile.clone() earlier=before/>
                    </div>
                    <Interpretation profile=profile/>
                }
            })}
            <h2>{move || t(T::TakesTitle)}</h2>
            <ul class="attitudes-takes" data-testid="attitudes-takes">
                {move || completed.get().into_iter().map(|(_, date, _)| view! {
                    <li>{move || t_with(T::TakeLabel, &[("date", &crate::i18n::number::date(use_locale().0.get(), &date))])}</li>
                }).collect_view()}
            </ul>
            <button data-testid="attitudes-retake" on:click=move |_| start_take(app)>{move || t(T::Retake)}</button>
        </section>
    }
}

/// The choice of earlier take to compare the latest with.
#[component]
fn CompareSelect(completed: Memo<Vec<Scored>>, choice: RwSignal<Option<String>>) -> impl IntoView {
    let options = move || {
        completed.with(|c| {
            let n = c.len();
            c.iter().take(n.saturating_sub(1)).rev().map(|(id, date, _)| (id.clone(), date.clone())).collect::<Vec<_>>()
        })
    };
    let selected = move |id: &str| {
        let chosen = choice.get();
        match chosen.as_deref() {
            Some(c) => c == id,
            None => completed.with(|c| c.len().checked_sub(2).and_then(|i| c.get(i)).is_some_and(|x| x.0 == id)),
        }
    };
    view! {
        <p class="attitudes-compare">
            <label for="attitudes-compare">{move || t(T::CompareWith)}</label>
            " "
            <select id="attitudes-compare" data-testid="attitudes-compare"
                on:change=move |ev| choice.set(Some(event_target_value(&ev)))>
                {move || options().into_iter().map(|(id, date)| {
                    let value = id.clone();
                    view! {
                        <option value=value prop:selected=move || selected(&id)>
                            {move || t_with(T::TakeLabel, &[("date", &crate::i18n::number::date(use_locale().0.get(), &date))])}
                        </option>
                    }
                }).collect_view()}
                <option value="" prop:selected=move || choice.get().as_deref() == Some("")>{move || t(T::NoComparison)}</option>
            </select>
        </p>
    }
}

/// Names joined with commas, in the current language.
fn names(list: &[Subscale]) -> String {
    list.iter().map(|s| t(s.name())).collect::<Vec<_>>().join(", ")
}

/// The profile in words: flat, or highest and lowest with ties named together.
#[component]
fn Summary(profile: Profile) -> impl IntoView {
    let locale = use_locale();
    let p = StoredValue::new(profile);
    view! {
        <div class="attitudes-summary" data-testid="attitudes-summary">
            {move || p.with_value(|p| {
                let mut lines: Vec<String> = Vec::new();
                if p.flat {
                    lines.push(t(T::Flat).to_string());
                } else if p.spread.is_some() {
                    lines.push(t_with(T::Highest, &[("names", &names(&p.highest))]));
                    lines.push(t_with(T::Lowest, &[("names", &names(&p.lowest))]));
                    if p.highest.len() > 1 || p.lowest.len() > 1 {
                        lines.push(t(T::TiedNote).to_string());
                    }
                    if let Some(spread) = p.spread {
                        lines.push(t_with(T::Spread, &[("spread", &att::format_mean(spread, locale.0.get()))]));
                    }
                }
                let missing = p.not_scored();
                if !missing.is_empty() {
                    lines.push(t_with(T::SomeNotScored, &[("names", &names(&missing))]));
                }
                lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()
            })}
        </div>
    }
}

/// Geometry of the chart, in SVG user units.
const CHART: Radar = Radar { cx: 240.0, cy: 150.0, radius: 100.0, axes: 9 };

/// Means in chart order.
fn chart_values(profile: &Profile) -> Vec<Option<f64>> {
    Subscale::ALL.into_iter().map(|s| profile.mean(s)).collect()
}

/// "Name 3.8, Name 4.0, …" for the chart's description.
fn scores_text(profile: &Profile, lang: Lang) -> String {
    Subscale::ALL
        .into_iter()
        .map(|s| {
            let score = profile.mean(s).map_or_else(|| t(T::NotEnough).to_string(), |m| att::format_mean(m, lang));
            format!("{} {score}", t(s.short_name()))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The radar chart: grid rings, axes, labels, the latest take filled, an earlier one dashed.
#[component]
fn RadarChart(latest: Profile, earlier: Option<Profile>) -> impl IntoView {
    let locale = use_locale();
    let latest_points = att::points_attr(&CHART.polygon(&chart_values(&latest)));
    let earlier_points = earlier.as_ref().map(|e| att::points_attr(&CHART.polygon(&chart_values(e))));
    let has_earlier = earlier.is_some();
    let latest = StoredValue::new(latest);
    let earlier = StoredValue::new(earlier);
    let desc = move || {
        let lang = locale.0.get();
        let mut text = t_with(T::ChartDescLatest, &[("scores", &latest.with_value(|p| scores_text(p, lang)))]);
        if let Some(before) = earlier.with_value(|e| e.as_ref().map(|p| scores_text(p, lang))) {
            text.push(' ');
            text.push_str(&t_with(T::ChartDescEarlier, &[("scores", &before)]));
        }
        text
    };
    view! {
        <figure class="radar">
            <svg viewBox="0 0 480 300" role="img" aria-labelledby="radar-title" aria-describedby="radar-desc"
                class="radar-svg" data-testid="attitudes-radar">
                // `<title>` written in the macro would be an HTML element here; built explicitly
                // it lands in the SVG namespace, where it names the image.
                {leptos::tachys::svg::title().id("radar-title").child(move || t(T::ChartTitle))}
                <desc id="radar-desc">{desc}</desc>
                {[2.0, 3.0, 4.0, 5.0].into_iter().map(|level| view! {
                    <polygon class="radar-ring" points=att::points_attr(&CHART.ring(level)) fill="none"/>
                }).collect_view()}
                {(0..CHART.axes).map(|axis| {
                    let rim = CHART.at(axis, 1.0);
                    view! { <line class="radar-axis" x1=CHART.cx x2=rim.x y1=CHART.cy y2=rim.y/> }
                }).collect_view()}
                {earlier_points.map(|points| view! {
                    <polygon class="radar-earlier" points=points data-testid="radar-earlier"/>
                })}
                <polygon class="radar-latest" points=latest_points data-testid="radar-latest"/>
                {Subscale::ALL.into_iter().enumerate().map(|(axis, s)| {
                    let (at, anchor) = CHART.label(axis, 10.0);
                    view! {
                        <text class="radar-label" x=at.x y=at.y + 5.0 text-anchor=anchor.as_str()>{move || t(s.short_name())}</text>
                    }
                }).collect_view()}
            </svg>
            <figcaption class="radar-legend">
                <span class="legend-latest">{move || t(T::LegendLatest)}</span>
                {has_earlier.then(|| view! { <span class="legend-earlier">{move || t(T::LegendEarlier)}</span> })}
            </figcaption>
        </figure>
    }
}

/// The chart's data as a table: every scale's mean, the earlier mean and the change, the band.
#[component]
fn ScoreTable(latest: Profile, earlier: Option<Scored>) -> impl IntoView {
    let locale = use_locale();
    let has_earlier = earlier.is_some();
    let latest = StoredValue::new(latest);
    let earlier = StoredValue::new(earlier.map(|e| e.2));
    let mean_text = move |mean: Option<f64>| match mean {
        Some(m) => att::format_mean(m, locale.0.get()),
        None => t(T::NotEnough).to_string(),
    };
    view! {
        // Focusable, so keyboard users can scroll the table sideways on a narrow screen.
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="attitudes-table-caption">
            <table class="attitudes-table" data-testid="attitudes-table">
                <caption id="attitudes-table-caption">{move || t(T::TableCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t(T::ColScale)}</th>
                        <th scope="col">{move || t(T::ColLatest)}</th>
                        {has_earlier.then(|| view! {
                            <th scope="col">{move || t(T::ColEarlier)}</th>
                            <th scope="col">{move || t(T::ColChange)}</th>
                        })}
                        <th scope="col">{move || t(T::ColBand)}</th>
                    </tr>
                </thead>
                <tbody>
                    {Subscale::ALL.into_iter().map(|s| {
                        let now = latest.with_value(|p| p.mean(s));
                        let before = earlier.with_value(|e| e.as_ref().and_then(|p| p.mean(s)));
                        let change = now.zip(before).map(|(a, b)| a - b);
                        view! {
                            <tr data-subscale=s.key()>
                                <th scope="row">{move || t(s.name())}</th>
                                <td>{move || mean_text(now)}</td>
                                {has_earlier.then(|| view! {
                                    <td>{move || mean_text(before)}</td>
                                    <td data-testid="attitudes-change">{move || match change {
                                        Some(c) => format!("{} ({})", att::format_change(c, locale.0.get()), t(Direction::of(c).label())),
                                        None => t(T::NotScored).to_string(),
                                    }}</td>
                                })}
                                <td>{move || now.map_or(t(T::NotScored), |m| t(att::Band::of(m).label()))}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Per scale: what the score suggests and two next steps.
#[component]
fn Interpretation(profile: Profile) -> impl IntoView {
    let profile = StoredValue::new(profile);
    view! {
        <h2>{move || t(T::InterpretationTitle)}</h2>
        <div class="attitudes-interpretation" data-testid="attitudes-interpretation">
            {Subscale::ALL.into_iter().map(|s| {
                let mean = profile.with_value(|p| p.mean(s));
                view! {
                    <section class="card interpretation" data-subscale=s.key()>
                        <h3>{move || t(s.name())}
                            {mean.map(|m| view! { <span class="band">{move || format!(" · {}", t(att::Band::of(m).label()))}</span> })}
                        </h3>
                        {match mean {
                            Some(m) => {
                                let (text, steps) = s.interpretation(att::Band::of(m));
                                view! {
                                    <p>{move || t(text)}</p>
                                    <p class="steps-title">{move || t(T::NextSteps)}</p>
                                    <ul>
                                        {steps.into_iter().map(|step| view! { <li>{move || t(step)}</li> }).collect_view()}
                                    </ul>
                                }.into_any()
                            }
                            None => view! { <p>{move || t(T::NotEnough)}</p> }.into_any(),
                        }}
                    </section>
                }
            }).collect_view()}
        </div>
    }
}

/// The research the scales draw on.
#[component]
fn Background() -> impl IntoView {
    view! {
        <section class="attitudes-background" aria-labelledby="attitudes-background-title">
            <h2 id="attitudes-background-title">{move || t(T::ResearchTitle)}</h2>
            <p>{move || t(T::ResearchText)}</p>
            // The published sources keep their English titles: marked so screen readers read them in English.
            <ul class="references" lang="en">
                {att::REFERENCES.iter().map(|r| view! { <li>{*r}</li> }).collect_view()}
            </ul>
        </section>
    }
}
