//! The evidence profile on screen: a bar chart per talents and values (an SVG image with a
//! title, a description and a table alternative), a ranked list linking back to each story, and
//! the recurring themes. All numbers and geometry come from `crate::domain::evidence`.

use leptos::prelude::*;

use crate::domain::evidence::{self, BarChart, ChartLayout, EvidenceProfile, Theme, ThemeKind};
use crate::domain::experiences::story_href;
use crate::i18n::ExperienceText as X;
use crate::ui::i18n::{t, t_count, t_with};
use crate::ui::names::{talent_label, value_label};
use crate::ui::state::use_app;

/// Longest name drawn in the chart; the table and list show names in full.
const CHART_LABEL_CHARS: usize = 20;

/// The chart's layout on screen: a label column wide enough for 20 characters.
fn layout() -> ChartLayout {
    ChartLayout { width: 384.0, label_width: 154.0, ..ChartLayout::default() }
}

/// A strength with its sign: "+6", "−2" (a true minus sign), "0".
fn signed(n: i32) -> String {
    match n {
        n if n > 0 => format!("+{n}"),
        n if n < 0 => format!("\u{2212}{}", n.unsigned_abs()),
        _ => "0".to_string(),
    }
}

/// A rank, marked when it is shared with another item.
fn rank_text(rank: usize, tied: bool) -> String {
    if tied {
        t_with(X::RankTied, &[("rank", &rank.to_string())])
    } else {
        rank.to_string()
    }
}

/// `name` cut to fit the chart's label column.
fn short(name: &str) -> String {
    if name.chars().count() > CHART_LABEL_CHARS {
        let cut: String = name.chars().take(CHART_LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        name.to_string()
    }
}

/// Which half of the profile a part shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Talents,
    Values,
}

impl Part {
    fn slug(self) -> &'static str {
        match self {
            Part::Talents => "talents",
            Part::Values => "values",
        }
    }

    fn name(self, key: &str) -> String {
        match self {
            Part::Talents => talent_label(key),
            Part::Values => value_label(key),
        }
    }
}

/// The evidence profile section.
#[component]
pub fn EvidenceProfileView() -> impl IntoView {
    let app = use_app();
    let profile = crate::ui::pages::derived(move || app.workbook.with(evidence::profile));
    let has_evidence = move || profile.with(|p| !p.talents.is_empty() || !p.values.is_empty());
    view! {
        <section class="evidence" aria-labelledby="evidence-title" data-testid="evidence-profile">
            <h2 id="evidence-title">{move || t(X::EvidenceTitle)}</h2>
            <p>{move || t(X::EvidenceIntro)}</p>
            <Show when=has_evidence fallback=|| view! { <p class="empty-state">{move || t(X::EvidenceEmpty)}</p> }>
                <div class="evidence-parts">
                    <EvidencePart profile=profile part=Part::Talents/>
                    <EvidencePart profile=profile part=Part::Values/>
                </div>
                <RecurringThemes profile=profile/>
            </Show>
        </section>
    }
}

/// One row of a part, flattened for display.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    key: String,
    strength: i32,
    rank: usize,
    tied: bool,
    /// (label, experience ids) groups: used in; or honoured in and gone against in.
    stories: Vec<(X, Vec<String>)>,
    /// Table cells after name, strength and rank.
    counts: [usize; 2],
}

fn rows(profile: &EvidenceProfile, part: Part) -> Vec<Row> {
    let mut out: Vec<Row> = match part {
        Part::Talents => profile
            .talents
            .iter()
            .map(|t| Row {
                key: t.key.clone(),
                strength: t.strength,
                rank: t.rank,
                tied: false,
                stories: vec![(X::UsedIn, t.experiences.clone())],
                counts: [t.energising, t.draining],
            })
            .collect(),
        Part::Values => profile
            .values
            .iter()
            .map(|v| Row {
                key: v.key.clone(),
                strength: v.strength,
                rank: v.rank,
                tied: false,
                stories: vec![(X::HonouredIn, v.honoured_in.clone()), (X::ViolatedIn, v.violated_in.clone())],
                counts: [v.honoured_in.len(), v.violated_in.len()],
            })
            .collect(),
    };
    let ranks: Vec<usize> = out.iter().map(|r| r.rank).collect();
    for row in &mut out {
        row.tied = ranks.iter().filter(|r| **r == row.rank).count() > 1;
    }
    out
}

/// Chart, table alternative and story list for talents or for values.
#[component]
fn EvidencePart(
    /// The profile to show.
    profile: ReadSignal<EvidenceProfile>,
    /// Talents or values.
    part: Part,
) -> impl IntoView {
    let rows = Memo::new(move |_| profile.with(|p| rows(p, part)));
    let chart = Memo::new(move |_| {
        profile.with(|p| match part {
            Part::Talents => evidence::talent_chart(p, layout()),
            Part::Values => evidence::value_chart(p, layout()),
        })
    });
    let (heading, chart_title, name_col, cols) = match part {
        Part::Talents => (X::EvidenceTalents, X::ChartTalentsTitle, X::ColTalent, [X::ColEnergising, X::ColDraining]),
        Part::Values => (X::EvidenceValues, X::ChartValuesTitle, X::ColValue, [X::ColHonoured, X::ColViolated]),
    };
    let slug = part.slug();
    // Titles come from the page's signal of titles, which stays quiet while a story is typed.
    let titles = expect_context::<super::PageState>().titles;
    let title_of = move |id: &str| {
        titles.with(|titles| {
            titles.get(id).map(|title| if title.trim().is_empty() { t(X::Untitled).to_string() } else { title.clone() }).unwrap_or_default()
        })
    };
    let desc = move || {
        let items = rows.with(|rows| rows.iter().map(|r| format!("{} {}", part.name(&r.key), signed(r.strength))).collect::<Vec<_>>().join(", "));
        t_with(X::ChartDesc, &[("items", &items)])
    };

    view! {
        <div class="evidence-part" data-testid=format!("evidence-{slug}")>
            <h3>{move || t(heading)}</h3>
            <Show when=move || rows.with(|r| !r.is_empty())>
                <svg class="evidence-chart" role="img"
                    viewBox=move || chart.with(|c| format!("0 0 {} {}", c.width, c.height))
                    aria-labelledby=format!("chart-{slug}-title chart-{slug}-desc")>
                    <title id=format!("chart-{slug}-title")>{move || t(chart_title)}</title>
                    <desc id=format!("chart-{slug}-desc")>{desc}</desc>
                    {move || chart.with(|c| bars(c, part))}
                </svg>
                <details class="evidence-table">
                    <summary>{move || t(X::ShowTable)}</summary>
                    <div class="table-scroll">
                        <table>
                            <caption>{move || t(chart_title)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{move || t(name_col)}</th>
                                    <th scope="col">{move || t(X::ColStrength)}</th>
                                    <th scope="col">{move || t(X::ColRank)}</th>
                                    <th scope="col">{move || t(cols[0])}</th>
                                    <th scope="col">{move || t(cols[1])}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {move || rows.get().into_iter().map(|r| {
                                    let key = r.key.clone();
                                    view! {
                                        <tr>
                                            <th scope="row">{move || part.name(&key)}</th>
                                            <td>{signed(r.strength)}</td>
                                            <td>{move || rank_text(r.rank, r.tied)}</td>
                                            <td>{r.counts[0]}</td>
                                            <td>{r.counts[1]}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </details>
                <ul class="evidence-list">
                    {move || rows.get().into_iter().map(|r| {
                        let key = r.key.clone();
                        view! {
                            <li>
                                <p class="evidence-item">
                                    <strong>{move || part.name(&key)}</strong>
                                    " "
                                    <span class="strength" class:negative=r.strength < 0>
                                        {move || t_with(X::StrengthShown, &[("n", &signed(r.strength))])}
                                    </span>
                                    " · "
                                    <span class="muted">{move || format!("{} {}", t(X::ColRank), rank_text(r.rank, r.tied))}</span>
                                </p>
                                {r.stories.into_iter().filter(|(_, ids)| !ids.is_empty()).map(|(label, ids)| view! {
                                    <p class="evidence-stories">
                                        {move || t(label)}" "
                                        {ids.into_iter().enumerate().map(|(i, id)| {
                                            let href = story_href(&id);
                                            view! {
                                                {(i > 0).then_some(", ")}
                                                <a href=href>{move || title_of(&id)}</a>
                                            }
                                        }).collect_view()}
                                    </p>
                                }).collect_view()}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}

/// The SVG shapes of a chart: zero line, bars, names and numbers.
fn bars(chart: &BarChart, part: Part) -> impl IntoView {
    let label_x = layout().label_width - 6.0;
    let zero = chart.zero_x;
    let line = view! {
        <line class="chart-axis" x1=zero x2=zero y1=chart.axis_top y2=chart.axis_bottom/>
    };
    let shapes = chart
        .bars
        .iter()
        .map(|bar| {
            let key = bar.key.clone();
            let negative = bar.strength < 0;
            let (width, x) = if bar.width > 0.0 { (bar.width, bar.x) } else { (2.0, bar.x - 1.0) };
            view! {
                <text class="chart-label" x=label_x y=bar.label_y text-anchor="end" dominant-baseline="middle">
                    {move || short(&part.name(&key))}
                </text>
                <rect class="chart-bar" class:negative=negative class:zero=bar.width == 0.0
                    x=x y=bar.y width=width height=bar.height/>
                <text class="chart-value" x=bar.value_x y=bar.label_y dominant-baseline="middle"
                    text-anchor=if negative { "end" } else { "start" }>{signed(bar.strength)}</text>
            }
        })
        .collect_view();
    view! { {line}{shapes} }
}

/// Recurring themes in energising and in draining experiences.
#[component]
fn RecurringThemes(
    /// The profile to show.
    profile: ReadSignal<EvidenceProfile>,
) -> impl IntoView {
    let theme_text = |theme: &Theme| {
        let (name, kind) = match theme.kind {
            ThemeKind::Talent => (talent_label(&theme.key), X::ThemeTalent),
            ThemeKind::ValueHonoured => (value_label(&theme.key), X::ThemeValueHonoured),
            ThemeKind::ValueViolated => (value_label(&theme.key), X::ThemeValueViolated),
            ThemeKind::Tag => (theme.key.clone(), X::ThemeTag),
        };
        t_count((X::ThemeItemOne, X::ThemeItem), "n", theme.count, &[("name", &name), ("kind", t(kind))])
    };
    let list = move |energising: bool| {
        move || {
            let themes = profile.with(|p| if energising { p.themes.energising.clone() } else { p.themes.draining.clone() });
            if themes.is_empty() {
                view! { <p class="muted">{move || t(X::ThemesNone)}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {themes.into_iter().map(|theme| view! { <li>{move || theme_text(&theme)}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }
        }
    };
    view! {
        <div class="themes" data-testid="evidence-themes">
            <h3>{move || t(X::ThemesTitle)}</h3>
            <div class="themes-grid">
                <div>
                    <h4>{move || t(X::ThemesEnergising)}</h4>
                    {list(true)}
                </div>
                <div>
                    <h4>{move || t(X::ThemesDraining)}</h4>
                    {list(false)}
                </div>
            </div>
        </div>
    }
}
