//! `#/talents`: rate every talent on proficiency and enjoyment (native radio groups), link the
//! experiences that show it, add talents of your own, and see the quadrant chart (an SVG image
//! with a description, the quadrant lists and a table as alternatives). The classification and
//! the chart geometry are `crate::domain::talents`; the evidence is `crate::domain::evidence`.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::evidence;
use crate::domain::talents::{
    self as tal, Quadrant, Quadrants, RemovedTalent, Scale, TalentsError, CHART as FRAME, CHART_HEIGHT, CHART_WIDTH, LABEL_CHARS,
    TICK_GAP, TITLE_GAP, TITLE_X,
};
use crate::domain::workbook::MAX_NAME_CHARS;
use crate::i18n::{Key, TalentName, TalentsText as T};
use crate::platform::browser;
use crate::ui::i18n::{t, t_with};
use crate::ui::names::talent_label;
use crate::ui::pages::progressive;
use crate::ui::state::use_app;

/// What the live region says.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Said(String),
    Removed { name: String, removed: RemovedTalent },
}

/// A DOM-safe id for talent `key` (custom keys are free text).
fn talent_id(key: &str) -> String {
    let hex: String = key.bytes().map(|b| format!("{b:02x}")).collect();
    format!("talent-{hex}")
}

fn focus_soon(id: String) {
    set_timeout(move || browser::focus_id(&id), Duration::from_millis(0));
}

fn quadrant_text(q: Quadrant) -> (T, T) {
    match q {
        Quadrant::Motivated => (T::Motivated, T::MotivatedHint),
        Quadrant::BurnoutRisk => (T::BurnoutRisk, T::BurnoutRiskHint),
        Quadrant::GrowthArea => (T::GrowthArea, T::GrowthAreaHint),
        Quadrant::LowPriority => (T::LowPriority, T::LowPriorityHint),
    }
}

fn scale_label(scale: Scale, value: u8) -> T {
    match (scale, value) {
        (Scale::Proficiency, 1) => T::Prof1,
        (Scale::Proficiency, 2) => T::Prof2,
        (Scale::Proficiency, 3) => T::Prof3,
        (Scale::Proficiency, 4) => T::Prof4,
        (Scale::Proficiency, _) => T::Prof5,
        (Scale::Enjoyment, 1) => T::Enj1,
        (Scale::Enjoyment, 2) => T::Enj2,
        (Scale::Enjoyment, 3) => T::Enj3,
        (Scale::Enjoyment, 4) => T::Enj4,
        (Scale::Enjoyment, _) => T::Enj5,
    }
}

/// How many talent cards mount with the page, and how many more in each following task.
const FIRST_CARDS: usize = 4;
const STEP_CARDS: usize = 6;

/// The talents screen.
#[component]
pub fn TalentsPage() -> impl IntoView {
    let app = use_app();
    let status = RwSignal::new(None::<Status>);
    provide_context(status);
    let grid = Memo::new(move |_| app.workbook.with(|wb| tal::grid(&wb.talents)));
    // The stories' evidence for every talent, computed once per change rather than once per card.
    let profile = Memo::new(move |_| app.workbook.with(evidence::talent_profile));
    provide_context(profile);
    let quadrants = Memo::new(move |_| app.workbook.with(|wb| tal::quadrants(&wb.talents)));
    // The first cards mount with the page, the others a few per task (see `progressive`).
    let shown = progressive(FIRST_CARDS, STEP_CARDS, Signal::derive(move || grid.with(Vec::len)));
    let cards = move || grid.with(|g| g.iter().take(shown.get()).cloned().collect::<Vec<_>>());
    let rated = move || {
        quadrants.with(|q| Quadrant::ALL.into_iter().map(|x| q.of(x).len()).sum::<usize>())
    };
    view! {
        <h1 id="page-title">{move || t(Key::NavTalents)}</h1>
        <p class="intro">{move || t(T::Intro)}</p>
        <p class="muted" data-testid="talents-rated">
            {move || t_with(T::RatedCount, &[("n", &rated().to_string()), ("total", &grid.with(Vec::len).to_string())])}
        </p>
        <QuadrantSection quadrants=quadrants/>
        <section aria-labelledby="talents-list-title">
            <h2 id="talents-list-title" tabindex="-1">{move || t(T::ListTitle)}</h2>
            <StatusLine/>
            <ul class="talent-list" data-testid="talent-list">
                <For each=cards key=|k| k.clone() children=move |k| view! { <TalentCard key=k/> }/>
            </ul>
            <CustomTalentForm/>
        </section>
    }
}

/// The polite live region, with Undo after a removal.
#[component]
fn StatusLine() -> impl IntoView {
    let app = use_app();
    let status = expect_context::<RwSignal<Option<Status>>>();
    let undo = move |_| {
        let Some(Status::Removed { name, removed }) = status.get_untracked() else { return };
        let key = removed.rating.key.clone();
        let mut ok = false;
        app.update(|wb| ok = tal::restore(&mut wb.talents, removed));
        if ok {
            status.set(Some(Status::Said(t_with(T::SaidRestored, &[("name", &name)]))));
            focus_soon(talent_id(&key));
        }
    };
    view! {
        <div class="talents-status" role="status" data-testid="talents-status">
            {move || match status.get() {
                Some(Status::Said(text)) => view! { <span>{text}</span> }.into_any(),
                Some(Status::Removed { name, .. }) => view! {
                    <span>{move || t_with(T::SaidRemoved, &[("name", &name)])}</span>
                    " "
                    <button type="button" id="talents-undo" class="secondary" on:click=undo>{move || t(T::Undo)}</button>
                }.into_any(),
                None => ().into_any(),
            }}
        </div>
    }
}

/// One talent: name, evidence, two rating groups, linked experiences.
#[component]
fn TalentCard(key: String) -> impl IntoView {
    let app = use_app();
    let status = expect_context::<RwSignal<Option<Status>>>();
    let key = StoredValue::new(key);
    let id = talent_id(&key.get_value());
    let rating = Memo::new(move |_| app.workbook.with(|wb| tal::rating(&wb.talents, &key.get_value()).cloned()));
    let is_custom = move || !crate::domain::catalog::is_talent(&key.get_value());
    let name = move || talent_label(&key.get_value());
    let profile = use_context::<Memo<Vec<evidence::TalentEvidence>>>();
    let used = Memo::new(move |_| {
        let of = |p: &[evidence::TalentEvidence]| {
            evidence::find_talent(p, &key.get_value()).map_or_else(Default::default, |e| (e.experiences.clone(), e.energising))
        };
        match profile {
            Some(profile) => profile.with(|p| of(p)),
            None => app.workbook.with(|wb| of(&evidence::talent_profile(wb))),
        }
    });
    let quadrant = move || rating.with(|r| r.as_ref().and_then(|r| tal::classify(r.proficiency, r.enjoyment)));
    let remove = move |_| {
        let label = name();
        let mut removed = None;
        app.update(|wb| removed = tal::remove(&mut wb.talents, &key.get_value()));
        if let Some(removed) = removed {
            status.set(Some(Status::Removed { name: label, removed }));
            focus_soon("talents-undo".to_string());
        }
    };

    let group = move |scale: Scale| {
        let slug = match scale {
            Scale::Proficiency => "prof",
            Scale::Enjoyment => "enj",
        };
        let legend = match scale {
            Scale::Proficiency => T::Proficiency,
            Scale::Enjoyment => T::Enjoyment,
        };
        let group_name = format!("{}-{slug}", talent_id(&key.get_value()));
        let current = move || {
            rating.with(|r| {
                r.as_ref().and_then(|r| match scale {
                    Scale::Proficiency => r.proficiency,
                    Scale::Enjoyment => r.enjoyment,
                })
            })
        };
        view! {
            <fieldset class="rating-group" data-scale=slug>
                <legend>{move || t(legend)}<span class="visually-hidden">{move || format!(" ({})", name())}</span></legend>
                <div class="rating-options">
                    {(1u8..=5).map(|v| {
                        let input_id = format!("{group_name}-{v}");
                        let for_id = input_id.clone();
                        view! {
                            <label class="rating-option" for=for_id>
                                <input type="radio" id=input_id name=group_name.clone() value=v.to_string()
                                    prop:checked=move || current() == Some(v)
                                    on:change=move |_| app.update(|wb| { tal::rate(&mut wb.talents, &key.get_value(), scale, Some(v)); })/>
                                <span>{move || t(scale_label(scale, v))}</span>
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        }
    };

    view! {
        <li class="card talent-card" id=id.clone() tabindex="-1" data-key=key.get_value()>
            <div class="talent-head">
                <h3>{name}{move || is_custom().then(|| view! { <span class="muted custom-mark">{move || format!(" · {}", t(T::CustomMark))}</span> })}</h3>
                <span data-testid="talent-quadrant"
                    class=move || format!("quadrant-badge {}", quadrant().map(|q| format!("q-{}", q.slug())).unwrap_or_default())>
                    {move || quadrant().map_or_else(|| t(T::NotClassified), |q| t(quadrant_text(q).0))}
                </span>
            </div>
            <p class="hint">{move || used.with(|(ids, energising)| if ids.is_empty() {
                t(T::NotUsedYet).to_string()
            } else {
                t_with(T::UsedIn, &[("n", &ids.len().to_string()), ("m", &energising.to_string())])
            })}</p>
            <div class="rating-pair">
                {group(Scale::Proficiency)}
                {group(Scale::Enjoyment)}
            </div>
            <Links key=key used=used/>
            {move || rating.with(Option::is_some).then(|| view! {
                <button type="button" class="secondary danger-outline" on:click=remove>
                    {move || t(if is_custom() { T::Remove } else { T::Clear })}<span class="visually-hidden">{move || format!(": {}", name())}</span>
                </button>
            })}
        </li>
    }
}

/// The experiences linked as evidence for a talent, as checkboxes in a disclosure.
#[component]
fn Links(key: StoredValue<String>, used: Memo<(Vec<String>, usize)>) -> impl IntoView {
    let app = use_app();
    let linked = Memo::new(move |_| {
        app.workbook.with(|wb| tal::rating(&wb.talents, &key.get_value()).map(|r| r.experiences.clone()).unwrap_or_default())
    });
    let stories = Memo::new(move |_| {
        app.workbook.with(|wb| wb.experiences.iter().map(|e| (e.id.clone(), e.title.clone())).collect::<Vec<_>>())
    });
    let base = talent_id(&key.get_value());
    // The checkboxes (one per story, for every talent: thousands of elements with a long list)
    // are built when the disclosure is first opened, not when the page mounts; closed, they
    // would be hidden from everyone anyway.
    let opened = RwSignal::new(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        if !opened.get_untracked() && event_target::<web_sys::Element>(&ev).has_attribute("open") {
            opened.set(true);
        }
    };
    view! {
        <details class="talent-links" on:toggle=on_toggle>
            <summary>{move || t_with(T::LinksTitle, &[("n", &linked.with(Vec::len).to_string())])}</summary>
            {move || if !opened.get() {
                ().into_any()
            } else if stories.with(Vec::is_empty) {
                view! { <p class="hint">{move || t(T::LinksNone)}</p> }.into_any()
            } else {
                let base = base.clone();
                view! {
                    <fieldset>
                        <legend>{move || t_with(T::LinksLegend, &[("name", &talent_label(&key.get_value()))])}</legend>
                        {stories.get().into_iter().map(|(id, title)| {
                            let input_id = format!("{base}-link-{id}");
                            let for_id = input_id.clone();
                            let sid = StoredValue::new(id);
                            let title = if title.trim().is_empty() { t(T::Untitled).to_string() } else { title };
                            view! {
                                <label class="check" for=for_id>
                                    <input type="checkbox" id=input_id
                                        prop:checked=move || linked.with(|l| l.contains(&sid.get_value()))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            app.update(|wb| { tal::link(&mut wb.talents, &key.get_value(), &sid.get_value(), on); });
                                        }/>
                                    <span>{title}
                                        {move || used.with(|(ids, _)| ids.contains(&sid.get_value())).then(|| view! {
                                            <span class="muted">{move || format!(" {}", t(T::LinksUsedHint))}</span>
                                        })}
                                    </span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                }.into_any()
            }}
        </details>
    }
}

/// The field that adds a talent of the person's own.
#[component]
fn CustomTalentForm() -> impl IntoView {
    let app = use_app();
    let status = expect_context::<RwSignal<Option<Status>>>();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<T>);
    let add = move || {
        let typed = text.get_untracked();
        let taken: Vec<&'static str> = TalentName::ALL.iter().map(|n| t(*n)).collect();
        let mut result = Err(TalentsError::Empty);
        app.update(|wb| result = tal::add_custom(&mut wb.talents, &typed, &taken));
        match result {
            Ok(key) => {
                text.set(String::new());
                error.set(None);
                status.set(Some(Status::Said(t_with(T::SaidAdded, &[("name", &key)]))));
                focus_soon(format!("{}-prof-1", talent_id(&key)));
            }
            Err(e) => error.set(Some(match e {
                TalentsError::Duplicate => T::ErrorDuplicate,
                TalentsError::TooLong => T::ErrorTooLong,
                TalentsError::Full => T::ErrorFull,
                TalentsError::Empty => T::ErrorEmpty,
            })),
        }
    };
    view! {
        <form class="card talents-custom" on:submit=move |ev| { ev.prevent_default(); add(); }>
            <label for="talents-custom-name">{move || t(T::AddCustomLabel)}</label>
            <p class="hint" id="talents-custom-hint">{move || t(T::AddCustomHint)}</p>
            <div class="entry-row">
                <input type="text" id="talents-custom-name" maxlength=MAX_NAME_CHARS.to_string()
                    aria-describedby="talents-custom-hint talents-custom-error"
                    aria-invalid=move || error.get().is_some().to_string()
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                <button type="submit">{move || t(T::AddCustom)}</button>
            </div>
            <p class="entry-message" id="talents-custom-error" role="alert">{move || error.get().map(t)}</p>
        </form>
    }
}


fn short(name: &str) -> String {
    if name.chars().count() > LABEL_CHARS {
        let cut: String = name.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        name.to_string()
    }
}

/// The quadrant chart, the quadrant lists and the table.
#[component]
fn QuadrantSection(quadrants: Memo<Quadrants>) -> impl IntoView {
    let any = move || quadrants.with(|q| Quadrant::ALL.into_iter().any(|x| !q.of(x).is_empty()));
    view! {
        <section class="talents-quadrants" aria-labelledby="talents-chart-section" data-testid="talents-quadrants">
            <h2 id="talents-chart-section">{move || t(T::ChartSection)}</h2>
            <Show when=any fallback=|| view! { <p class="empty-state">{move || t(T::ChartEmpty)}</p> }>
                <div class="quadrant-wrap">
                    <QuadrantChart quadrants=quadrants/>
                    <div class="quadrant-lists">
                        {Quadrant::ALL.into_iter().map(|q| {
                            let (title, hint) = quadrant_text(q);
                            view! {
                                <section class=format!("quadrant-list q-{}", q.slug()) data-quadrant=q.slug()>
                                    <h3>{move || t(title)}</h3>
                                    <p class="hint">{move || t(hint)}</p>
                                    {move || {
                                        let names: Vec<String> = quadrants.with(|x| x.of(q).iter().map(|c| talent_label(&c.key)).collect());
                                        if names.is_empty() {
                                            view! { <p class="muted">{move || t(T::QuadrantNone)}</p> }.into_any()
                                        } else {
                                            view! { <ul>{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul> }.into_any()
                                        }
                                    }}
                                </section>
                            }
                        }).collect_view()}
                    </div>
                </div>
                <QuadrantTable quadrants=quadrants/>
            </Show>
        </section>
    }
}

/// The chart: four shaded quadrants, axes, one dot per rated talent.
#[component]
fn QuadrantChart(quadrants: Memo<Quadrants>) -> impl IntoView {
    let (sx, sy) = FRAME.split();
    let (x0, y0, x1, y1) = FRAME.plot();
    let desc = move || {
        let summary = quadrants.with(|q| {
            Quadrant::ALL
                .into_iter()
                .map(|x| {
                    let names: Vec<String> = q.of(x).iter().map(|c| talent_label(&c.key)).collect();
                    let names = if names.is_empty() { t(T::QuadrantNone).to_string() } else { names.join(", ") };
                    t_with(T::QuadrantSummary, &[("quadrant", t(quadrant_text(x).0)), ("names", &names)])
                })
                .collect::<Vec<_>>()
                .join(" ")
        });
        t_with(T::ChartDesc, &[("summary", &summary)])
    };
    let regions = [
        (Quadrant::GrowthArea, x0, y0, sx - x0, sy - y0),
        (Quadrant::Motivated, sx, y0, x1 - sx, sy - y0),
        (Quadrant::LowPriority, x0, sy, sx - x0, y1 - sy),
        (Quadrant::BurnoutRisk, sx, sy, x1 - sx, y1 - sy),
    ];
    view! {
        <figure class="quadrant-figure">
            <svg viewBox=format!("0 0 {CHART_WIDTH} {CHART_HEIGHT}") role="img" aria-labelledby="quadrant-title" aria-describedby="quadrant-desc"
                class="quadrant-svg" data-testid="talents-chart">
                {leptos::tachys::svg::title().id("quadrant-title").child(move || t(T::ChartTitle))}
                <desc id="quadrant-desc">{desc}</desc>
                {regions.into_iter().map(|(q, x, y, w, h)| view! {
                    <rect class=format!("quadrant-bg q-{}", q.slug()) x=x y=y width=w height=h/>
                }).collect_view()}
                {(1..=5).map(|v| {
                    let v = f64::from(v);
                    view! {
                        <text class="quadrant-tick" x=FRAME.x(v) y=y1 + TICK_GAP text-anchor="middle">{v}</text>
                        <text class="quadrant-tick" x=x0 - 8.0 y=FRAME.y(v) + 4.0 text-anchor="end">{v}</text>
                    }
                }).collect_view()}
                <line class="quadrant-split" x1=sx x2=sx y1=y0 y2=y1/>
                <line class="quadrant-split" x1=x0 x2=x1 y1=sy y2=sy/>
                <text class="quadrant-axis" x=(x0 + x1) / 2.0 y=y1 + TITLE_GAP text-anchor="middle">{move || t(T::AxisProficiency)}</text>
                <text class="quadrant-axis" x=TITLE_X y=(y0 + y1) / 2.0 text-anchor="middle"
                    transform=format!("rotate(-90 {TITLE_X} {})", (y0 + y1) / 2.0)>{move || t(T::AxisEnjoyment)}</text>
                {move || {
                    let dots = quadrants.with(|q| FRAME.dots(q));
                    let labels: Vec<String> = dots.iter().map(|d| short(&talent_label(&d.key))).collect();
                    let chars: Vec<usize> = labels.iter().map(|l| l.chars().count()).collect();
                    let places = FRAME.place_labels(&dots, &chars);
                    dots.into_iter().zip(labels).zip(places).map(|((d, label), place)| view! {
                        <circle class=format!("quadrant-dot q-{}", d.quadrant.slug()) cx=d.x cy=d.y r="5"/>
                        {place.map(|p| view! {
                            <text class="quadrant-label" x=p.x y=p.y text-anchor=p.align.svg()>{label}</text>
                        })}
                    }).collect_view()
                }}
            </svg>
        </figure>
    }
}

/// The chart's data as a table.
#[component]
fn QuadrantTable(quadrants: Memo<Quadrants>) -> impl IntoView {
    view! {
        <details class="evidence-table">
            <summary>{move || t(T::TableCaption)}</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="talents-table-caption">
                <table class="attitudes-table" data-testid="talents-table">
                    <caption id="talents-table-caption">{move || t(T::TableCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{move || t(T::ColTalent)}</th>
                        <th scope="col">{move || t(T::ColQuadrant)}</th>
                        <th scope="col">{move || t(T::ColProficiency)}</th>
                        <th scope="col">{move || t(T::ColEnjoyment)}</th>
                    </tr></thead>
                    <tbody>
                        {move || quadrants.with(|q| Quadrant::ALL.into_iter().flat_map(|x| q.of(x).iter().map(move |c| (x, c.clone()))).collect::<Vec<_>>())
                            .into_iter().map(|(x, c)| view! {
                                <tr>
                                    <th scope="row">{talent_label(&c.key)}</th>
                                    <td>{move || t(quadrant_text(x).0)}</td>
                                    <td>{c.proficiency}</td>
                                    <td>{c.enjoyment}</td>
                                </tr>
                            }).collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}
