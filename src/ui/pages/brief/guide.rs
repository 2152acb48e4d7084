//! `#/brief/guide` and `#/brief/manager-guide`: short guides for the career conversation itself,
//! for the employee and, on its own page, for their manager. Static texts from `BriefText`.

use leptos::prelude::*;

use crate::i18n::BriefText as B;
use crate::route::Route;
use crate::ui::i18n::t;

/// Who the guide is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Employee,
    Manager,
}

impl Audience {
    fn title(self) -> B {
        match self {
            Audience::Employee => B::GuideEmployeeTitle,
            Audience::Manager => B::GuideManagerTitle,
        }
    }

    fn intro(self) -> B {
        match self {
            Audience::Employee => B::GuideEmployeeIntro,
            Audience::Manager => B::GuideManagerIntro,
        }
    }

    /// The three stages (open, listen, close), each with three points.
    fn stages(self) -> [(B, [B; 3]); 3] {
        match self {
            Audience::Employee => [
                (B::GuideOpenTitle, [B::GuideEmpOpen1, B::GuideEmpOpen2, B::GuideEmpOpen3]),
                (B::GuideListenTitle, [B::GuideEmpListen1, B::GuideEmpListen2, B::GuideEmpListen3]),
                (B::GuideCloseTitle, [B::GuideEmpClose1, B::GuideEmpClose2, B::GuideEmpClose3]),
            ],
            Audience::Manager => [
                (B::GuideOpenTitle, [B::GuideMgrOpen1, B::GuideMgrOpen2, B::GuideMgrOpen3]),
                (B::GuideListenTitle, [B::GuideMgrListen1, B::GuideMgrListen2, B::GuideMgrListen3]),
                (B::GuideCloseTitle, [B::GuideMgrClose1, B::GuideMgrClose2, B::GuideMgrClose3]),
            ],
        }
    }
}

/// A conversation guide for `audience`.
#[component]
pub fn GuidePage(audience: Audience) -> impl IntoView {
    let other = match audience {
        Audience::Employee => (Route::BriefManagerGuide, B::GuideLinkManager),
        Audience::Manager => (Route::BriefGuide, B::GuideLinkEmployee),
    };
    view! {
        <article class="guide" data-testid=match audience { Audience::Employee => "guide-employee", Audience::Manager => "guide-manager" }>
            <h1 id="page-title">{move || t(audience.title())}</h1>
            <p class="guide-intro">{move || t(audience.intro())}</p>
            {audience.stages().into_iter().enumerate().map(|(i, (title, points))| {
                let id = format!("guide-stage-{i}");
                let labelled = id.clone();
                view! {
                    <section class="guide-stage" aria-labelledby=labelled>
                        <h2 id=id>{move || t(title)}</h2>
                        <ul>{points.into_iter().map(|p| view! { <li>{move || t(p)}</li> }).collect_view()}</ul>
                    </section>
                }
            }).collect_view()}
            <p class="guide-links no-print">
                <a href=Route::Brief.href()>{move || t(B::BackToBrief)}</a>" · "
                <a href=other.0.href()>{move || t(other.1)}</a>
            </p>
        </article>
    }
}
