//! `#/workshop/guide`: the facilitator guide for a 90-minute self-management workshop — before,
//! the running order with timings and what to say, hand-ins and privacy, after. The running
//! order is `domain::guide`; every text is a `GuideText` row.

use leptos::prelude::*;

use crate::domain::guide;
use crate::i18n::{GuideText as T, Key, OrgText};
use crate::route::Route;
use crate::ui::i18n::{t, t_with};

/// The facilitator guide page.
#[component]
pub fn GuidePage() -> impl IntoView {
    view! {
        <h1 id="page-title">{t(T::Title)}</h1>
        <p><a href=Route::Workshop.href()>{t(Key::NavWorkshop)}</a>" · "<a href=Route::WorkshopOrgCheck.href()>{t(OrgText::Title)}</a></p>
        <p>{t(T::Intro)}</p>
        <section class="card" aria-labelledby="guide-before">
            <h2 id="guide-before">{t(T::BeforeTitle)}</h2>
            <ul>
                <li>{t(T::Before1)}</li>
                <li>{t(T::Before2)}</li>
                <li>{t(T::Before3)}</li>
                <li>{t(T::Before4)}</li>
            </ul>
        </section>
        <section aria-labelledby="guide-plan">
            <h2 id="guide-plan">{t(T::PlanTitle)}</h2>
            <ol class="guide-steps" data-testid="guide-steps">
                {guide::schedule().into_iter().map(|(start, end, step)| view! {
                    <li class="card guide-step">
                        <h3>{t(step.title)}</h3>
                        <p class="guide-time">{t_with(T::Minutes, &[
                            ("start", &start.to_string()), ("end", &end.to_string()), ("minutes", &step.minutes.to_string()),
                        ])}</p>
                        <p><strong>{t(T::DoLabel)}": "</strong>{t(step.activity)}</p>
                        <p class="guide-say-label"><strong>{t(T::SayLabel)}":"</strong></p>
                        <blockquote class="guide-say">{t(step.say)}</blockquote>
                    </li>
                }).collect_view()}
            </ol>
        </section>
        <section class="card" aria-labelledby="guide-privacy">
            <h2 id="guide-privacy">{t(T::PrivacyTitle)}</h2>
            <ul>
                <li>{t(T::Privacy1)}</li>
                <li>{t(T::Privacy2)}</li>
                <li>{t(T::Privacy3)}</li>
                <li>{t(T::Privacy4)}</li>
            </ul>
        </section>
        <section class="card" aria-labelledby="guide-after">
            <h2 id="guide-after">{t(T::AfterTitle)}</h2>
            <p>{t(T::After1)}</p>
        </section>
    }
}
