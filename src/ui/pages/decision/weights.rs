//! The weighting: the method the user chooses (equal, points, order, pairs), its inputs, and the
//! resulting weights as a table. The pairwise view asks one comparison at a time in plain words;
//! with more than six criteria it asks a connected ring first (incomplete AHP) and offers the rest
//! as optional; it shows the consistency ratio and, when poor, the judgement to revisit.

use leptos::prelude::*;

use crate::domain::decision::screen::{self, PAIRWISE_CHOICES};
use crate::domain::decision::WeightMethod;
use crate::i18n::DecisionText as D;
use crate::platform::browser;
use crate::ui::i18n::{t, t_with};

use super::{lang, number, percent, use_page};

const METHODS: [(WeightMethod, &str, D, D); 4] = [
    (WeightMethod::Equal, "equal", D::MethodEqual, D::MethodEqualHint),
    (WeightMethod::Direct, "direct", D::MethodDirect, D::MethodDirectHint),
    (WeightMethod::Rank, "rank", D::MethodRank, D::MethodRankHint),
    (WeightMethod::Pairwise, "pairwise", D::MethodPairwise, D::MethodPairwiseHint),
];

/// The weighting section.
#[component]
pub fn WeightsSection() -> impl IntoView {
    let page = use_page();
    let method = Memo::new(move |_| page.decision.with(|d| d.weighting.method));
    let has_criteria = move || page.criteria.with(|c| !c.is_empty());
    view! {
        <section class="dec-section" aria-labelledby="dec-weights-title">
            <h2 id="dec-weights-title">{move || t(D::WeightsTitle)}</h2>
            <fieldset class="dec-methods" data-testid="weight-method">
                <legend>{move || t(D::MethodLegend)}</legend>
                {METHODS.iter().map(|&(m, value, name, hint)| {
                    let id = format!("dec-method-{value}");
                    let hint_id = format!("{id}-hint");
                    view! {
                        <div class="dec-method">
                            <input type="radio" name="dec-method" id=id.clone() value=value aria-describedby=hint_id.clone()
                                prop:checked=move || method.get() == m
                                on:change=move |_| page.edit(|d| screen::set_method(d, m))/>
                            <label for=id>{move || t(name)}</label>
                            <span id=hint_id class="muted dec-method-hint">{move || t(hint)}</span>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <Show when=has_criteria>
                {move || match method.get() {
                    WeightMethod::Equal => ().into_any(),
                    WeightMethod::Direct => view! { <DirectWeights/> }.into_any(),
                    WeightMethod::Rank => view! { <RankWeights/> }.into_any(),
                    WeightMethod::Pairwise => view! { <PairwiseWeights/> }.into_any(),
                }}
                <WeightsTable/>
            </Show>
        </section>
    }
}

/// Points per criterion.
#[component]
fn DirectWeights() -> impl IntoView {
    let page = use_page();
    let ids = move || page.criteria.with(|c| c.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>());
    view! {
        <ul class="dec-direct">
            <For each=ids key=|id| id.clone() children=move |c| {
                let c = StoredValue::new(c);
                let amount = Memo::new(move |_| page.decision.with(|d| d.weighting.direct.get(&c.get_value()).copied()));
                let bad = RwSignal::new(false);
                let id = format!("dec-points-{}", c.get_value());
                view! {
                    <li class="field">
                        <label for=id.clone()>{move || t_with(D::PointsFor, &[("criterion", &page.criterion_name(&c.get_value()))])}</label>
                        <input type="text" inputmode="decimal" id=id class="dec-number" data-testid="direct-points"
                            aria-invalid=move || bad.get().to_string()
                            prop:value=move || amount.get().map(|a| number(lang(), a, 2)).unwrap_or_default()
                            on:change=move |ev| {
                                let typed = event_target_value(&ev);
                                let trimmed = typed.trim().replace(',', ".");
                                let parsed = if trimmed.is_empty() { Ok(None) } else { trimmed.parse::<f64>().map(Some) };
                                match parsed {
                                    Ok(v) if v.is_none_or(|v| v.is_finite() && v >= 0.0 && v <= 1e6) => {
                                        bad.set(false);
                                        page.edit(|d| match v {
                                            Some(v) => { d.weighting.direct.insert(c.get_value(), v); }
                                            None => { d.weighting.direct.remove(&c.get_value()); }
                                        });
                                    }
                                    _ => bad.set(true),
                                }
                            }/>
                        {move || bad.get().then(|| view! { <p class="field-error" role="alert">{move || t(D::PointsBad)}</p> })}
                    </li>
                }
            }/>
        </ul>
    }
}

/// The criteria in order of importance, with move buttons.
#[component]
fn RankWeights() -> impl IntoView {
    let page = use_page();
    let rank = Memo::new(move |_| page.decision.with(|d| d.weighting.rank.clone()));
    // Moving re-orders the list's nodes, which drops focus: put it back on the button pressed, or
    // on its partner when the criterion reached an end.
    let moved = move |id: String, up: bool| {
        page.edit(|d| screen::move_in_rank(d, &id, up));
        let (at, n) = rank.with_untracked(|r| (r.iter().position(|x| *x == id), r.len()));
        let at_end = if up { at == Some(0) } else { at.is_some_and(|p| p + 1 >= n) };
        let which = if up != at_end { "up" } else { "down" };
        let target = format!("dec-rank-{id}-{which}");
        set_timeout(move || browser::focus_id(&target), std::time::Duration::from_millis(0));
    };
    view! {
        <ol class="dec-rank" data-testid="rank-list">
            <For each=move || rank.get() key=|id| id.clone() children=move |c| {
                let c = StoredValue::new(c);
                let place = Memo::new(move |_| rank.with(|r| (r.iter().position(|x| *x == c.get_value()), r.len())));
                let name = move || page.criterion_name(&c.get_value());
                view! {
                    <li>
                        <span class="dec-rank-name">{name}</span>
                        <button type="button" class="secondary" id=move || format!("dec-rank-{}-up", c.get_value())
                            prop:disabled=move || place.get().0 == Some(0)
                            aria-label=move || t_with(D::RankMoveUp, &[("criterion", &name())])
                            on:click=move |_| moved(c.get_value(), true)>"↑"</button>
                        <button type="button" class="secondary" id=move || format!("dec-rank-{}-down", c.get_value())
                            prop:disabled=move || { let (p, n) = place.get(); p.is_none_or(|p| p + 1 >= n) }
                            aria-label=move || t_with(D::RankMoveDown, &[("criterion", &name())])
                            on:click=move |_| moved(c.get_value(), false)>"↓"</button>
                    </li>
                }
            }/>
        </ol>
    }
}

/// The words of a pairwise answer "a is `ratio` times as important as b".
fn choice_text(ratio: f64, a: &str, b: &str) -> String {
    let (name, strength) = if ratio >= 1.0 { (a, ratio) } else { (b, 1.0 / ratio) };
    let key = match strength.round() as i64 {
        i64::MIN..=1 => return t(D::PairEqual).to_string(),
        2 => D::PairLittle,
        3 => D::PairMore,
        4 | 5 => D::PairClearly,
        _ => D::PairFarMore,
    };
    t_with(key, &[("name", name)])
}

/// One comparison at a time.
#[component]
fn PairwiseWeights() -> impl IntoView {
    let page = use_page();
    let at = RwSignal::new(None::<usize>);
    let questions = Memo::new(move |_| page.criteria.with(|c| screen::pairwise_questions(c.len())));
    let ids = move |i: usize| page.criteria.with(|c| c.get(i).map(|(id, _)| id.clone()).unwrap_or_default());
    let answered = move |(a, b): (usize, usize)| page.decision.with(|d| screen::judgement(d, &ids(a), &ids(b)));
    // Where to start: the first needed question without an answer, else the first.
    let current = Memo::new(move |_| {
        let qs = questions.get();
        match at.get() {
            Some(i) if i < qs.len() => Some(i),
            _ => qs.iter().position(|&(a, b, essential)| essential && answered((a, b)).is_none()).or((!qs.is_empty()).then_some(0)),
        }
    });
    let needed = move || questions.with(|q| q.iter().filter(|x| x.2).count());
    let done = move || questions.with(|q| q.iter().filter(|x| x.2 && answered((x.0, x.1)).is_some()).count());
    let go = move |by: isize| {
        let n = questions.with(Vec::len) as isize;
        if let Some(i) = current.get_untracked() {
            at.set(Some((i as isize + by).clamp(0, (n - 1).max(0)) as usize));
        }
    };
    let revisit = move |a: String, b: String| {
        let qs = questions.get_untracked();
        let index = |id: &str| page.criteria.with_untracked(|c| c.iter().position(|(x, _)| x == id));
        if let (Some(ia), Some(ib)) = (index(&a), index(&b)) {
            let (lo, hi) = (ia.min(ib), ia.max(ib));
            at.set(qs.iter().position(|&(x, y, _)| x == lo && y == hi));
            super::focus_soon("dec-pair-question");
        }
    };
    let results = page.results;
    view! {
        <div class="dec-pairwise card" data-testid="pairwise">
            {move || (page.criteria.with(Vec::len) > screen::FULL_PAIRWISE_MAX).then(|| view! { <p class="muted">{move || t(D::PairSubset)}</p> })}
            <p data-testid="pair-progress">{move || t_with(D::PairAnswered, &[("answered", &done().to_string()), ("needed", &needed().to_string())])}</p>
            {move || current.get().and_then(|i| questions.with(|q| q.get(i).copied()).map(|(a, b, essential)| {
                let (ida, idb) = (ids(a), ids(b));
                let (na, nb) = (page.criterion_name(&ida), page.criterion_name(&idb));
                // Reactive to the answer only: re-rendering the radios would lose keyboard focus.
                let given = {
                    let (ida, idb) = (ida.clone(), idb.clone());
                    Memo::new(move |_| page.decision.with(|d| screen::judgement(d, &ida, &idb)))
                };
                let total = questions.with(Vec::len);
                let (na2, nb2) = (na.clone(), nb.clone());
                view! {
                    <fieldset class="dec-pair">
                        <legend id="dec-pair-question" tabindex="-1" data-testid="pair-question">
                            {t_with(D::PairQuestion, &[("a", &na), ("b", &nb)])}
                        </legend>
                        <p class="muted">{t_with(D::PairCount, &[("k", &(i + 1).to_string()), ("n", &total.to_string())])}</p>
                        {(!essential).then(|| view! { <p class="muted">{t(D::PairOptional)}</p> })}
                        {move || given.get().filter(|g| !PAIRWISE_CHOICES.iter().any(|c| screen::is_choice(*g, *c))).map(|g| view! {
                            <p>{t_with(D::PairOther, &[("a", &na2), ("b", &nb2), ("ratio", &number(lang(), g, 2))])}</p>
                        })}
                        <div class="dec-pair-choices">
                            {PAIRWISE_CHOICES.iter().rev().enumerate().map(|(k, &ratio)| {
                                let id = format!("dec-pair-{k}");
                                let (ida, idb) = (ida.clone(), idb.clone());
                                view! {
                                    <div class="dec-pair-choice">
                                        <input type="radio" name="dec-pair" id=id.clone()
                                            prop:checked=move || given.get().is_some_and(|g| screen::is_choice(g, ratio))
                                            on:change=move |_| {
                                                at.set(Some(i));
                                                page.edit(|d| screen::set_judgement(d, &ida, &idb, Some(ratio)));
                                            }/>
                                        <label for=id>{choice_text(ratio, &na, &nb)}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                        <div class="dec-pair-nav">
                            <button type="button" class="secondary" prop:disabled={i == 0} on:click=move |_| go(-1)>{t(D::PairPrevious)}</button>
                            <button type="button" data-testid="pair-next" prop:disabled={i + 1 >= total} on:click=move |_| go(1)>{t(D::PairNext)}</button>
                            {
                                let (ida, idb) = (ida.clone(), idb.clone());
                                move || given.get().is_some().then(|| {
                                    let (ida, idb) = (ida.clone(), idb.clone());
                                    view! { <button type="button" class="secondary" on:click=move |_| { at.set(Some(i)); page.edit(|d| screen::set_judgement(d, &ida, &idb, None)) }>{t(D::PairClear)}</button> }
                                })
                            }
                        </div>
                    </fieldset>
                }
            }))}
            {move || results.with(|r| r.consistency_ratio.map(|cr| (cr, r.is_inconsistent(), r.most_inconsistent.clone()))).map(|(cr, poor, worst)| view! {
                <p data-testid="consistency">{t_with(D::Consistency, &[("cr", &number(lang(), cr, 2))])}</p>
                {worst.filter(|_| poor).map(|w| {
                    let (a, b) = (w.a.clone(), w.b.clone());
                    view! {
                        <div class="banner warn" data-testid="inconsistent">
                            <p>{t_with(D::ConsistencyPoor, &[("a", &page.criterion_name(&w.a)), ("b", &page.criterion_name(&w.b)),
                                ("given", &number(lang(), w.given, 2)), ("implied", &number(lang(), w.implied, 2))])}</p>
                            <button type="button" class="secondary" on:click=move |_| revisit(a.clone(), b.clone())>{t(D::Revisit)}</button>
                        </div>
                    }
                })}
            })}
        </div>
    }
}

/// The weights in effect, as a table.
#[component]
fn WeightsTable() -> impl IntoView {
    let page = use_page();
    let weights = Memo::new(move |_| page.results.with(|r| r.weights.as_ref().map(|w| w.iter().map(|(c, w)| (c.to_string(), *w)).collect::<Vec<_>>())));
    let shown = Memo::new(move |_| weights.with(Option::is_some));
    // Rows keyed by criterion: a change of method or judgement rewrites the percentages only.
    let ids = move || weights.with(|w| w.iter().flatten().map(|(c, _)| c.clone()).collect::<Vec<_>>());
    let weight = move |c: &str| weights.with(|w| w.iter().flatten().find(|(id, _)| id == c).map(|(_, w)| *w).unwrap_or(0.0));
    view! {
        <Show when=move || shown.get()>
            <table class="dec-weights" data-testid="weights-table">
                <caption>{move || t(D::WeightsCaption)}</caption>
                <thead><tr><th scope="col">{move || t(D::Criterion)}</th><th scope="col">{move || t(D::Weight)}</th></tr></thead>
                <tbody>
                    <For each=ids key=|c| c.clone() children=move |c| {
                        let c2 = c.clone();
                        let c3 = c.clone();
                        view! {
                            <tr data-criterion=c>
                                <th scope="row">{move || page.criterion_name(&c2)}</th>
                                <td class="num">{move || t_with(D::Percent, &[("value", &percent(lang(), weight(&c3), 1))])}</td>
                            </tr>
                        }
                    }/>
                </tbody>
            </table>
        </Show>
    }
}
