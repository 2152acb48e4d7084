//! The negotiation brief: one page for the career conversation, derived from every module, with
//! the person's own edits on top.
//!
//! # Derived, then edited
//! [`derive`] reads the workbook and writes six sections ([`SectionKind`]) of lines, each line
//! with a **stable id** made from what it comes from (`values`, `goal:g1`, `talent:coaching`,
//! `ask:c5`, `dealbreaker:c5`, `constraint:income`, `point:offer`, …). The person's changes live in
//! the workbook (`workbook.brief`, [`BriefEdits`], docs/file-format-brief.md) keyed by those ids:
//! a line's text replaced, a line hidden, lines added, the order of a section. Because the ids
//! do not depend on the text, an edit survives every later change to the workbook; an edit whose
//! line is no longer derived is kept but has no effect (it applies again if the line comes back).
//!
//! # The rules
//! - **Preferred option**: the first of the decision ranking (weighted sum, ties in workbook
//!   order). Without a ranking there is no preferred option.
//! - **What I offer**: motivated talents (proficiency ≥ 4 and enjoyment ≥ 4), best first by
//!   proficiency + enjoyment (ties in rating order), at most [`MAX_TALENTS`], each with the titles
//!   of its linked experiences (unknown links skipped).
//! - **Suggested asks**: criteria on which the preferred option scores at most
//!   [`SHORTFALL_AT_MOST`], largest weighted gap `weight × (10 − score)` first, at most
//!   [`MAX_ASKS`]. The person's own asks are lines they add to the section.
//! - **Non-negotiables**: the dealbreakers, then the constraints that are filled in.
//! - **Alternative**: the option the person chose (`brief.alternative`) if it still exists;
//!   otherwise suggested: the best-ranked option of another kind of move than the preferred one,
//!   else the next-best option.
//! - **Talking points**: up to four drawn from the sections above, then closers until there are
//!   at least three (at most five); none at all when nothing above is known.
//!
//! Nothing here touches the browser; texts come from the `BriefText` catalogue in the language
//! asked for, so the same brief can be copied ([`to_plain_text`], [`to_markdown`]) or printed in
//! the standalone report.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::decision::{self, MoveKind};
use super::workbook::{Horizon, Workbook, MAX_LIST_ITEMS, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::i18n::catalog_names::{talent_name, value_name};
use crate::i18n::{self, BriefText as B, Lang};

/// At most this many talents are offered.
pub const MAX_TALENTS: usize = 5;
/// A criterion on which the preferred option scores at most this is a shortfall.
pub const SHORTFALL_AT_MOST: f64 = 6.0;
/// At most this many asks are suggested.
pub const MAX_ASKS: usize = 3;
/// At most this many goals are listed under "what I want".
pub const MAX_GOALS: usize = 4;
/// Talking points: at least (when any is known) and at most.
pub const MIN_POINTS: usize = 3;
pub const MAX_POINTS: usize = 5;

/// The person's changes to the brief: `workbook.brief` of the file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BriefEdits {
    /// The option chosen as the alternative; `None` (or an id that no longer exists) means the
    /// suggestion applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative: Option<String>,
    /// Per section key (`want`, `offer`, `ask`, `non_negotiables`, `alternative`,
    /// `talking_points`), the edits of that section.
    pub sections: BTreeMap<String, SectionEdits>,
}

/// The edits of one section.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SectionEdits {
    /// Derived line id → the person's text for it.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub edited: BTreeMap<String, String>,
    /// Ids of derived lines the person removed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<String>,
    /// Lines the person added (ids `added:N`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<AddedLine>,
    /// The order of the section's lines by id; lines not listed follow in derived order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<String>,
}

/// A line the person wrote.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AddedLine {
    pub id: String,
    pub text: String,
}

impl BriefEdits {
    /// True when nothing was changed (the section is then left out of the file).
    pub fn is_empty(&self) -> bool {
        self.alternative.is_none() && self.sections.values().all(SectionEdits::is_empty)
    }

    /// Problems as `(path, what)`, checked against the contract's caps. Line ids and the
    /// alternative are informational references: unknown ones are never errors.
    pub fn problems(&self) -> Vec<(String, BriefProblem)> {
        let mut out = Vec::new();
        let too_long = |text: &str, max: usize| text.chars().count() > max;
        if let Some(id) = &self.alternative {
            if too_long(id, MAX_NAME_CHARS) {
                out.push(("brief.alternative".to_string(), BriefProblem::TooLong { max_chars: MAX_NAME_CHARS }));
            }
        }
        if self.sections.len() > SectionKind::ALL.len() {
            out.push(("brief.sections".to_string(), BriefProblem::TooMany { max: SectionKind::ALL.len() }));
        }
        for (key, s) in &self.sections {
            let at = format!("brief.sections.{key}");
            if SectionKind::from_key(key).is_none() {
                out.push((at.clone(), BriefProblem::UnknownSection));
            }
            for (field, len) in [("edited", s.edited.len()), ("hidden", s.hidden.len()), ("added", s.added.len()), ("order", s.order.len())] {
                if len > MAX_LIST_ITEMS {
                    out.push((format!("{at}.{field}"), BriefProblem::TooMany { max: MAX_LIST_ITEMS }));
                }
            }
            for (id, text) in &s.edited {
                if too_long(id, MAX_NAME_CHARS) || too_long(text, MAX_TEXT_CHARS) {
                    out.push((format!("{at}.edited"), BriefProblem::TooLong { max_chars: MAX_TEXT_CHARS }));
                }
            }
            for id in s.hidden.iter().chain(&s.order) {
                if too_long(id, MAX_NAME_CHARS) {
                    out.push((at.clone(), BriefProblem::TooLong { max_chars: MAX_NAME_CHARS }));
                }
            }
            let mut seen = BTreeSet::new();
            for line in &s.added {
                if !line.id.starts_with("added:") || too_long(&line.id, MAX_NAME_CHARS) {
                    out.push((format!("{at}.added"), BriefProblem::BadId { id: line.id.clone() }));
                } else if !seen.insert(line.id.as_str()) {
                    out.push((format!("{at}.added"), BriefProblem::DuplicateId { id: line.id.clone() }));
                }
                if too_long(&line.text, MAX_TEXT_CHARS) {
                    out.push((format!("{at}.added[{}].text", line.id), BriefProblem::TooLong { max_chars: MAX_TEXT_CHARS }));
                }
            }
        }
        out
    }
}

impl SectionEdits {
    /// True when the section is as derived.
    pub fn is_empty(&self) -> bool {
        self.edited.is_empty() && self.hidden.is_empty() && self.added.is_empty() && self.order.is_empty()
    }
}

/// What is wrong in `workbook.brief`.
#[derive(Clone, Debug, PartialEq)]
pub enum BriefProblem {
    TooLong { max_chars: usize },
    TooMany { max: usize },
    UnknownSection,
    BadId { id: String },
    DuplicateId { id: String },
}

impl BriefProblem {
    /// A stable machine-readable code (for i18n keys and logs).
    pub fn code(&self) -> &'static str {
        match self {
            BriefProblem::TooLong { .. } => "brief_too_long",
            BriefProblem::TooMany { .. } => "brief_too_many",
            BriefProblem::UnknownSection => "brief_unknown_section",
            BriefProblem::BadId { .. } => "brief_bad_id",
            BriefProblem::DuplicateId { .. } => "brief_duplicate_id",
        }
    }
}

impl std::fmt::Display for BriefProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BriefProblem::TooLong { max_chars } => write!(f, "text longer than {max_chars} characters"),
            BriefProblem::TooMany { max } => write!(f, "more than {max} items"),
            BriefProblem::UnknownSection => write!(f, "not a section of the brief"),
            BriefProblem::BadId { id } => write!(f, "the added line id \"{id}\" must start with \"added:\""),
            BriefProblem::DuplicateId { id } => write!(f, "the id \"{id}\" is used twice"),
        }
    }
}

/// The six sections, in page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    Want,
    Offer,
    Ask,
    NonNegotiables,
    Alternative,
    TalkingPoints,
}

impl SectionKind {
    pub const ALL: [SectionKind; 6] = [
        SectionKind::Want,
        SectionKind::Offer,
        SectionKind::Ask,
        SectionKind::NonNegotiables,
        SectionKind::Alternative,
        SectionKind::TalkingPoints,
    ];

    /// The key in `workbook.brief.sections` (also used in test ids).
    pub fn key(self) -> &'static str {
        match self {
            SectionKind::Want => "want",
            SectionKind::Offer => "offer",
            SectionKind::Ask => "ask",
            SectionKind::NonNegotiables => "non_negotiables",
            SectionKind::Alternative => "alternative",
            SectionKind::TalkingPoints => "talking_points",
        }
    }

    pub fn from_key(key: &str) -> Option<SectionKind> {
        SectionKind::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The section's heading.
    pub fn title(self) -> B {
        match self {
            SectionKind::Want => B::SecWant,
            SectionKind::Offer => B::SecOffer,
            SectionKind::Ask => B::SecAsk,
            SectionKind::NonNegotiables => B::SecNonNegotiables,
            SectionKind::Alternative => B::SecAlternative,
            SectionKind::TalkingPoints => B::SecTalkingPoints,
        }
    }
}

/// Where a line comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Derived from the workbook, as is.
    Derived,
    /// Derived, but a suggestion the person may take or leave (asks, the alternative).
    Suggested,
    /// Derived, text replaced by the person.
    Edited,
    /// Written by the person.
    Added,
}

/// One line of a section, as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub id: String,
    pub text: String,
    /// The derived text (empty for added lines), to offer "restore".
    pub derived: String,
    pub origin: Origin,
}

/// A section as shown: its visible lines and the derived lines the person hid.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub kind: SectionKind,
    pub lines: Vec<Line>,
    pub hidden: Vec<Line>,
}

/// An input the brief lacks, with the module that fills it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    TopValues,
    Goals,
    MotivatedTalents,
    Ranking,
    Dealbreakers,
    Experiences,
}

impl Missing {
    /// The route slug of the module that fills it.
    pub fn module_slug(self) -> &'static str {
        match self {
            Missing::TopValues => "values",
            Missing::Goals => "goals",
            Missing::MotivatedTalents => "talents",
            Missing::Ranking | Missing::Dealbreakers => "decision",
            Missing::Experiences => "experiences",
        }
    }

    /// What to do, in words.
    pub fn text(self) -> B {
        match self {
            Missing::TopValues => B::MissingValues,
            Missing::Goals => B::MissingGoals,
            Missing::MotivatedTalents => B::MissingTalents,
            Missing::Ranking => B::MissingRanking,
            Missing::Dealbreakers => B::MissingDealbreakers,
            Missing::Experiences => B::MissingExperiences,
        }
    }
}

/// A talent offered, with the titles of its stories.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferedTalent {
    pub key: String,
    pub name: String,
    pub stories: Vec<String>,
}

/// A suggested ask: where the preferred option falls short.
#[derive(Clone, Debug, PartialEq)]
pub struct Shortfall {
    pub criterion: String,
    pub name: String,
    pub score: f64,
    pub weight: f64,
}

/// The option named as the alternative.
#[derive(Clone, Debug, PartialEq)]
pub struct Alternative {
    pub option: String,
    pub name: String,
    pub move_kind: MoveKind,
    /// True when the person chose it; false when it is the suggestion.
    pub chosen: bool,
}

/// The facts the brief rests on, before any wording.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    /// (id, name) of the preferred option.
    pub preferred: Option<(String, String)>,
    /// Names of the top values, most important first.
    pub values: Vec<String>,
    pub talents: Vec<OfferedTalent>,
    pub asks: Vec<Shortfall>,
    pub alternative: Option<Alternative>,
    /// The suggested alternative, whatever the person chose.
    pub suggested: Option<Alternative>,
    /// Ranked options (id, name, move kind) best first, for the alternative picker.
    pub ranked: Vec<(String, String, MoveKind)>,
}

/// The brief as shown: sections with edits applied, and what is missing.
#[derive(Clone, Debug, PartialEq)]
pub struct Brief {
    pub facts: Facts,
    pub sections: Vec<Section>,
    pub missing: Vec<Missing>,
}

impl Brief {
    /// The section of `kind`.
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    /// True when no section has a line.
    pub fn is_blank(&self) -> bool {
        self.sections.iter().all(|s| s.lines.is_empty())
    }
}

/// The name of a value key in `lang` (custom values by their given name).
pub fn value_label(wb: &Workbook, key: &str, lang: Lang) -> String {
    match value_name(key) {
        Some(name) => i18n::tr(lang, name).to_string(),
        None => wb.values.custom.get(key).filter(|n| !n.trim().is_empty()).cloned().unwrap_or_else(|| key.to_string()),
    }
}

/// The name of a talent key in `lang` (custom talents by their given name).
pub fn talent_label(wb: &Workbook, key: &str, lang: Lang) -> String {
    match talent_name(key) {
        Some(name) => i18n::tr(lang, name).to_string(),
        None => wb
            .talents
            .ratings
            .iter()
            .find(|r| r.key == key && !r.name.trim().is_empty())
            .map(|r| r.name.clone())
            .unwrap_or_else(|| key.to_string()),
    }
}

/// The name of a kind of move in `lang`.
pub fn move_label(kind: MoveKind, lang: Lang) -> &'static str {
    i18n::tr(
        lang,
        match kind {
            MoveKind::Up => B::MoveUp,
            MoveKind::Lateral => B::MoveLateral,
            MoveKind::Diagonal => B::MoveDiagonal,
            MoveKind::Enrichment => B::MoveEnrichment,
            MoveKind::StepBack => B::MoveStepBack,
            MoveKind::Exit => B::MoveExit,
            MoveKind::Explore => B::MoveExplore,
        },
    )
}

/// The name of a horizon in `lang`.
pub fn horizon_label(h: Horizon, lang: Lang) -> &'static str {
    i18n::tr(
        lang,
        match h {
            Horizon::OneYear => B::Horizon1,
            Horizon::ThreeYears => B::Horizon3,
            Horizon::TenYears => B::Horizon10,
        },
    )
}

/// `a`, `a and b`, `a, b and c` in `lang`.
pub fn join_list(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), i18n::tr(lang, B::And)),
    }
}

/// A number for display: no decimals when whole, else up to two, with the locale's marks.
pub fn number(x: f64, lang: Lang) -> String {
    i18n::number::decimal(lang, x, 2)
}

/// The facts of the brief.
pub fn facts(wb: &Workbook) -> Facts {
    facts_in(wb, Lang::En)
}

fn facts_in(wb: &Workbook, lang: Lang) -> Facts {
    let d = &wb.decision;
    let results = decision::evaluate(d).results;
    let option = |id: &str| d.options.iter().find(|o| o.id == id);
    let ranked: Vec<(String, String, MoveKind)> = results
        .ranking
        .iter()
        .filter_map(|r| option(&r.option).map(|o| (o.id.clone(), o.name.clone(), o.move_kind)))
        .collect();
    let preferred = ranked.first().map(|(id, name, _)| (id.clone(), name.clone()));

    let values = wb.values.top.iter().map(|k| value_label(wb, k, lang)).collect();

    let mut motivated: Vec<(usize, &super::workbook::TalentRating)> = wb
        .talents
        .ratings
        .iter()
        .enumerate()
        .filter(|(_, r)| r.proficiency.unwrap_or(0) >= 4 && r.enjoyment.unwrap_or(0) >= 4)
        .collect();
    crate::domain::sort::sort_by_key(&mut motivated, |(i, r)| (std::cmp::Reverse(r.proficiency.unwrap_or(0) + r.enjoyment.unwrap_or(0)), *i));
    let talents = motivated
        .into_iter()
        .take(MAX_TALENTS)
        .map(|(_, r)| OfferedTalent {
            key: r.key.clone(),
            name: talent_label(wb, &r.key, lang),
            stories: r
                .experiences
                .iter()
                .filter_map(|id| wb.experiences.iter().find(|e| &e.id == id))
                .map(|e| e.title.clone())
                .filter(|t| !t.trim().is_empty())
                .collect(),
        })
        .collect();

    let mut asks = Vec::new();
    if let (Some((pid, _)), Some(weights)) = (&preferred, &results.weights) {
        for c in &d.criteria {
            let score = d.scores.iter().find(|s| &s.option == pid && s.criterion == c.id).map(|s| s.value);
            let weight = weights.get(&c.id).copied().unwrap_or(0.0);
            if let Some(score) = score.filter(|s| s.is_finite() && *s <= SHORTFALL_AT_MOST) {
                if weight > 0.0 {
                    asks.push(Shortfall { criterion: c.id.clone(), name: c.name.clone(), score, weight });
                }
            }
        }
        crate::domain::sort::sort_by(&mut asks, |a, b| (b.weight * (10.0 - b.score)).total_cmp(&(a.weight * (10.0 - a.score))));
        asks.truncate(MAX_ASKS);
    }

    let pref_kind = ranked.first().map(|r| r.2);
    let suggested = ranked
        .iter()
        .skip(1)
        .find(|r| Some(r.2) != pref_kind)
        .or_else(|| ranked.get(1))
        .map(|(id, name, kind)| Alternative { option: id.clone(), name: name.clone(), move_kind: *kind, chosen: false });
    let chosen = wb.brief.alternative.as_deref().and_then(option).filter(|o| Some(&o.id) != preferred.as_ref().map(|p| &p.0));
    let alternative = match chosen {
        Some(o) => Some(Alternative { option: o.id.clone(), name: o.name.clone(), move_kind: o.move_kind, chosen: true }),
        None => suggested.clone(),
    };

    Facts { preferred, values, talents, asks, alternative, suggested, ranked }
}

/// A derived line before edits.
struct Draft {
    id: String,
    text: String,
    suggested: bool,
}

fn draft(id: impl Into<String>, text: String) -> Draft {
    Draft { id: id.into(), text, suggested: false }
}

/// The derived lines of every section, and what is missing.
fn drafts(wb: &Workbook, facts: &Facts, lang: Lang) -> (Vec<(SectionKind, Vec<Draft>)>, Vec<Missing>) {
    let f = |key: B, args: &[(&str, &str)]| i18n::format(lang, key, args);
    let mut missing = Vec::new();

    let mut want = Vec::new();
    match &facts.preferred {
        Some((_, name)) => want.push(draft("preferred", f(B::LinePreferred, &[("option", name)]))),
        None => missing.push(Missing::Ranking),
    }
    if facts.values.is_empty() {
        missing.push(Missing::TopValues);
    } else {
        want.push(draft("values", f(B::LineValues, &[("values", &join_list(&facts.values, lang))])));
    }
    let mut goals: Vec<_> = wb.goals.goals.iter().filter(|g| !g.text.trim().is_empty()).collect();
    crate::domain::sort::sort_by_key(&mut goals, |g| g.horizon as u8);
    if goals.is_empty() {
        missing.push(Missing::Goals);
    }
    for g in goals.into_iter().take(MAX_GOALS) {
        want.push(draft(format!("goal:{}", g.id), f(B::LineGoal, &[("horizon", horizon_label(g.horizon, lang)), ("goal", g.text.trim())])));
    }
    if !wb.goals.success_text.trim().is_empty() {
        want.push(draft("success", f(B::LineSuccess, &[("text", wb.goals.success_text.trim())])));
    }

    let mut offer = Vec::new();
    if facts.talents.is_empty() {
        missing.push(Missing::MotivatedTalents);
    } else if facts.talents.iter().all(|t| t.stories.is_empty()) {
        missing.push(Missing::Experiences);
    }
    for t in &facts.talents {
        let text = if t.stories.is_empty() {
            t.name.clone()
        } else {
            f(B::LineTalent, &[("talent", &t.name), ("stories", &t.stories.join("; "))])
        };
        offer.push(draft(format!("talent:{}", t.key), text));
    }

    let mut ask = Vec::new();
    if let Some((_, option)) = &facts.preferred {
        for s in &facts.asks {
            let mut d = draft(format!("ask:{}", s.criterion), f(B::LineAsk, &[("criterion", &s.name), ("option", option), ("score", &number(s.score, lang))]));
            d.suggested = true;
            ask.push(d);
        }
    }

    let mut firm = Vec::new();
    let d = &wb.decision;
    for db in &d.dealbreakers {
        let name = d.criteria.iter().find(|c| c.id == db.criterion).map(|c| c.name.as_str()).unwrap_or(db.criterion.as_str());
        firm.push(draft(format!("dealbreaker:{}", db.criterion), f(B::LineDealbreaker, &[("criterion", name), ("min", &number(db.min, lang))])));
    }
    let c = &wb.goals.constraints;
    if let Some(x) = c.income_floor.filter(|x| x.is_finite()) {
        firm.push(draft("constraint:income", f(B::LineIncome, &[("amount", &number(x, lang))])));
    }
    if let Some(x) = c.max_hours.filter(|x| x.is_finite()) {
        firm.push(draft("constraint:hours", f(B::LineHours, &[("hours", &number(x, lang))])));
    }
    if !c.location.trim().is_empty() {
        firm.push(draft("constraint:location", f(B::LineLocation, &[("location", c.location.trim())])));
    }
    if !c.timing.trim().is_empty() {
        firm.push(draft("constraint:timing", f(B::LineTiming, &[("timing", c.timing.trim())])));
    }
    if d.dealbreakers.is_empty() && !d.options.is_empty() {
        missing.push(Missing::Dealbreakers);
    }

    let mut alt = Vec::new();
    if let Some(a) = &facts.alternative {
        let mut d = draft("alternative", f(B::LineAlternative, &[("option", &a.name), ("move", move_label(a.move_kind, lang))]));
        d.suggested = !a.chosen;
        alt.push(d);
    }

    let mut points = Vec::new();
    let top_values: Vec<String> = facts.values.iter().take(2).cloned().collect();
    match (&facts.preferred, top_values.is_empty()) {
        (Some((_, o)), false) => points.push(draft("point:want", f(B::PointWant, &[("option", o), ("values", &join_list(&top_values, lang))]))),
        (Some((_, o)), true) => points.push(draft("point:want", f(B::PointOption, &[("option", o)]))),
        (None, false) => points.push(draft("point:want", f(B::PointValues, &[("values", &join_list(&top_values, lang))]))),
        (None, true) => {}
    }
    if let Some(first) = facts.talents.first() {
        let names: Vec<String> = facts.talents.iter().take(2).map(|t| t.name.clone()).collect();
        let text = match first.stories.first() {
            Some(story) => f(B::PointOffer, &[("talents", &join_list(&names, lang)), ("story", story)]),
            None => f(B::PointOfferNoStory, &[("talents", &join_list(&names, lang))]),
        };
        points.push(draft("point:offer", text));
    }
    if !facts.asks.is_empty() {
        let names: Vec<String> = facts.asks.iter().map(|a| a.name.clone()).collect();
        points.push(draft("point:ask", f(B::PointAsk, &[("asks", &join_list(&names, lang))])));
    }
    if let Some(g) = wb.goals.goals.iter().filter(|g| !g.text.trim().is_empty()).min_by_key(|g| g.horizon as u8) {
        points.push(draft("point:goal", f(B::PointGoal, &[("horizon", horizon_label(g.horizon, lang)), ("goal", g.text.trim())])));
    }
    if !points.is_empty() {
        for (id, key) in [("point:listen", B::PointListen), ("point:close", B::PointClose)] {
            if points.len() < MIN_POINTS || (id == "point:close" && points.len() < MAX_POINTS) {
                points.push(draft(id, f(key, &[])));
            }
        }
    }
    points.truncate(MAX_POINTS);

    let sections = vec![
        (SectionKind::Want, want),
        (SectionKind::Offer, offer),
        (SectionKind::Ask, ask),
        (SectionKind::NonNegotiables, firm),
        (SectionKind::Alternative, alt),
        (SectionKind::TalkingPoints, points),
    ];
    (sections, missing)
}

/// The brief of `wb` in `lang`, with the person's edits applied.
pub fn derive(wb: &Workbook, lang: Lang) -> Brief {
    let facts = facts_in(wb, lang);
    let (drafts, missing) = drafts(wb, &facts, lang);
    let empty = SectionEdits::default();
    let sections = drafts
        .into_iter()
        .map(|(kind, lines)| {
            let edits = wb.brief.sections.get(kind.key()).unwrap_or(&empty);
            apply(kind, lines, edits)
        })
        .collect();
    Brief { facts, sections, missing }
}

fn apply(kind: SectionKind, drafts: Vec<Draft>, edits: &SectionEdits) -> Section {
    let mut lines = Vec::new();
    let mut hidden = Vec::new();
    for d in drafts {
        let (text, origin) = match edits.edited.get(&d.id) {
            Some(text) => (text.clone(), Origin::Edited),
            None => (d.text.clone(), if d.suggested { Origin::Suggested } else { Origin::Derived }),
        };
        let line = Line { id: d.id.clone(), text, derived: d.text, origin };
        if edits.hidden.contains(&d.id) {
            hidden.push(line);
        } else {
            lines.push(line);
        }
    }
    for a in &edits.added {
        lines.push(Line { id: a.id.clone(), text: a.text.clone(), derived: String::new(), origin: Origin::Added });
    }
    // Listed ids first, in the stored order; the rest keep their derived order after them.
    let position = |id: &str| edits.order.iter().position(|o| o == id).unwrap_or(usize::MAX);
    crate::domain::sort::sort_by_key(&mut lines, |l| position(&l.id));
    Section { kind, lines, hidden }
}

/// Changes to the brief, applied to `workbook.brief` by [`edit`].
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replace a line's text (a derived line's text equal to its derived text clears the edit).
    SetText { id: String, text: String },
    /// Remove a line: an added line is deleted, a derived one hidden.
    Remove { id: String },
    /// Bring back a hidden derived line.
    Restore { id: String },
    /// Put a derived line's text back as derived.
    Revert { id: String },
    /// Add a line at the end.
    Add { text: String },
    /// Move a line one place up (`-1`) or down (`1`).
    Move { id: String, by: i32 },
    /// Choose the alternative (`None`: back to the suggestion).
    ChooseAlternative { option: Option<String> },
}

/// Applies `change` to section `kind` of `wb`'s brief, given the brief as currently shown (for
/// derived texts and the visible order). Returns the id of an added line.
pub fn edit(wb: &mut Workbook, shown: &Brief, kind: SectionKind, change: Edit) -> Option<String> {
    if let Edit::ChooseAlternative { option } = change {
        wb.brief.alternative = option;
        return None;
    }
    let section = shown.section(kind);
    let visible: Vec<String> = section.map(|s| s.lines.iter().map(|l| l.id.clone()).collect()).unwrap_or_default();
    let derived_text = |id: &str| {
        section.and_then(|s| s.lines.iter().chain(&s.hidden).find(|l| l.id == id && l.origin != Origin::Added)).map(|l| l.derived.clone())
    };
    let edits = wb.brief.sections.entry(kind.key().to_string()).or_default();
    let mut added_id = None;
    match change {
        Edit::SetText { id, text } => {
            let text: String = text.chars().take(MAX_TEXT_CHARS).collect();
            if let Some(line) = edits.added.iter_mut().find(|l| l.id == id) {
                line.text = text;
            } else if derived_text(&id).as_deref() == Some(text.as_str()) {
                edits.edited.remove(&id);
            } else if edits.edited.len() < MAX_LIST_ITEMS || edits.edited.contains_key(&id) {
                edits.edited.insert(id, text);
            }
        }
        Edit::Remove { id } => {
            if edits.added.iter().any(|l| l.id == id) {
                edits.added.retain(|l| l.id != id);
            } else if !edits.hidden.contains(&id) && edits.hidden.len() < MAX_LIST_ITEMS {
                edits.hidden.push(id.clone());
            }
            edits.order.retain(|o| *o != id);
        }
        Edit::Restore { id } => edits.hidden.retain(|h| *h != id),
        Edit::Revert { id } => {
            edits.edited.remove(&id);
        }
        Edit::Add { text } => {
            if edits.added.len() < MAX_LIST_ITEMS {
                let id = super::workbook::next_id("added:", edits.added.iter().map(|l| l.id.as_str()));
                edits.added.push(AddedLine { id: id.clone(), text: text.chars().take(MAX_TEXT_CHARS).collect() });
                added_id = Some(id);
            }
        }
        Edit::Move { id, by } => {
            let mut order = visible;
            if let Some(at) = order.iter().position(|o| *o == id) {
                let to = at as i64 + i64::from(by);
                if (0..order.len() as i64).contains(&to) {
                    order.swap(at, to as usize);
                }
                edits.order = order;
            }
        }
        Edit::ChooseAlternative { .. } => {}
    }
    if edits.is_empty() {
        wb.brief.sections.remove(kind.key());
    }
    added_id
}

/// The brief as plain text, for pasting into an e-mail or notes.
pub fn to_plain_text(brief: &Brief, lang: Lang) -> String {
    let title = i18n::tr(lang, B::Title);
    let mut out = format!("{title}\n{}\n", "=".repeat(title.chars().count()));
    for s in brief.sections.iter().filter(|s| !s.lines.is_empty()) {
        let heading = i18n::tr(lang, s.kind.title());
        out.push_str(&format!("\n{heading}\n{}\n", "-".repeat(heading.chars().count())));
        for (i, l) in s.lines.iter().enumerate() {
            let bullet = if s.kind == SectionKind::TalkingPoints { format!("{}.", i + 1) } else { "-".to_string() };
            out.push_str(&format!("{bullet} {}\n", one_line(&l.text)));
        }
    }
    if brief.is_blank() {
        out.push_str(&format!("\n{}\n", i18n::tr(lang, B::EmptyBrief)));
    }
    out
}

/// The brief as Markdown; the person's text is escaped so it reads as text, never as markup.
pub fn to_markdown(brief: &Brief, lang: Lang) -> String {
    let mut out = format!("# {}\n", escape_markdown(i18n::tr(lang, B::Title)));
    for s in brief.sections.iter().filter(|s| !s.lines.is_empty()) {
        out.push_str(&format!("\n## {}\n\n", escape_markdown(i18n::tr(lang, s.kind.title()))));
        for (i, l) in s.lines.iter().enumerate() {
            let bullet = if s.kind == SectionKind::TalkingPoints { format!("{}.", i + 1) } else { "-".to_string() };
            out.push_str(&format!("{bullet} {}\n", escape_markdown(&one_line(&l.text))));
        }
    }
    if brief.is_blank() {
        out.push_str(&format!("\n{}\n", escape_markdown(i18n::tr(lang, B::EmptyBrief))));
    }
    out
}

/// Line breaks inside a line become spaces, so one line stays one list item.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Backslash-escapes every ASCII punctuation character Markdown might read as markup.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_{}[]()<>#+-.!|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_workbook;
    use crate::domain::file;

    fn fixture() -> Workbook {
        let text = include_str!("../../tests/fixtures/brief/brief-person.crossroads.json");
        file::parse(text).expect("fixture parses").workbook
    }

    fn texts(b: &Brief, kind: SectionKind) -> Vec<String> {
        b.section(kind).map(|s| s.lines.iter().map(|l| l.text.clone()).collect()).unwrap_or_default()
    }

    #[test]
    fn the_fixture_gives_preferred_option_alternative_talents_and_asks() {
        let wb = fixture();
        let facts = facts(&wb);
        assert_eq!(facts.preferred.as_ref().map(|p| p.0.as_str()), Some("o1"));
        // o1 is an enrichment; o2 (rank 2) is one too, so the suggestion is o3, a lateral move.
        let alt = facts.alternative.clone().expect("an alternative");
        assert_eq!((alt.option.as_str(), alt.move_kind, alt.chosen), ("o3", MoveKind::Lateral, false));
        let talents: Vec<(&str, Vec<&str>)> = facts.talents.iter().map(|t| (t.key.as_str(), t.stories.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            talents,
            vec![
                ("writing", vec!["Wrote the onboarding handbook", "Ran the team newsletter"]),
                ("teaching", vec!["Ran the team newsletter"]),
                ("my-talent", vec![]),
            ]
        );
        let asks: Vec<&str> = facts.asks.iter().map(|a| a.criterion.as_str()).collect();
        assert_eq!(asks, vec!["c2", "c3"], "income (gap 6 × 0.5) before learning (gap 4 × 0.3)");

        let brief = derive(&wb, Lang::En);
        assert!(texts(&brief, SectionKind::Want).contains(&"Preferred option: Grow as team lead".to_string()));
        assert_eq!(texts(&brief, SectionKind::Offer)[0], "Writing, shown in: Wrote the onboarding handbook; Ran the team newsletter");
        assert_eq!(texts(&brief, SectionKind::Offer)[2], "Mentoring <juniors>");
        assert_eq!(texts(&brief, SectionKind::Ask)[0], "Support on Income: Grow as team lead scores 4/10 there");
        assert_eq!(texts(&brief, SectionKind::NonNegotiables)[0], "Income: at least 3/10");
        assert_eq!(texts(&brief, SectionKind::Alternative), vec!["Join the design agency (lateral move)".to_string()]);
        let points = texts(&brief, SectionKind::TalkingPoints);
        assert!((MIN_POINTS..=MAX_POINTS).contains(&points.len()), "{points:?}");
        assert!(brief.missing.is_empty(), "{:?}", brief.missing);
    }

    #[test]
    fn a_chosen_alternative_wins_unless_it_is_gone_or_preferred() {
        let mut wb = fixture();
        wb.brief.alternative = Some("o2".into());
        let alt = facts(&wb).alternative.unwrap();
        assert_eq!((alt.option.as_str(), alt.chosen), ("o2", true));
        wb.brief.alternative = Some("gone".into());
        assert_eq!(facts(&wb).alternative.unwrap().option, "o3");
        wb.brief.alternative = Some("o1".into());
        assert_eq!(facts(&wb).alternative.unwrap().option, "o3");
        // With every other option of the same kind, the next-best is suggested.
        for o in &mut wb.decision.options {
            o.move_kind = MoveKind::Up;
        }
        wb.brief.alternative = None;
        assert_eq!(facts(&wb).alternative.unwrap().option, "o2");
    }

    #[test]
    fn an_empty_workbook_only_points_to_modules() {
        let brief = derive(&Workbook::default(), Lang::En);
        assert!(brief.is_blank());
        assert_eq!(brief.missing, vec![Missing::Ranking, Missing::TopValues, Missing::Goals, Missing::MotivatedTalents]);
        for m in &brief.missing {
            assert!(["values", "talents", "goals", "decision", "experiences"].contains(&m.module_slug()));
        }
        assert!(to_plain_text(&brief, Lang::En).contains(i18n::tr(Lang::En, B::EmptyBrief)));
    }

    #[test]
    fn the_example_person_fills_every_section() {
        let brief = derive(&example_workbook(), Lang::En);
        for s in &brief.sections {
            assert!(!s.lines.is_empty(), "{:?} is empty", s.kind);
        }
        assert_eq!(brief.facts.preferred.as_ref().map(|p| p.0.as_str()), Some("o2"));
        assert!(brief.facts.talents.iter().any(|t| t.key == "coaching" && t.stories.iter().any(|s| s.contains("youth football"))));
    }

    #[test]
    fn edits_survive_workbook_changes() {
        let mut wb = fixture();
        let shown = derive(&wb, Lang::En);
        edit(&mut wb, &shown, SectionKind::Want, Edit::SetText { id: "values".into(), text: "Freedom, mostly".into() });
        let shown = derive(&wb, Lang::En);
        let added = edit(&mut wb, &shown, SectionKind::Ask, Edit::Add { text: "A training budget".into() }).unwrap();
        assert_eq!(added, "added:1");
        let shown = derive(&wb, Lang::En);
        edit(&mut wb, &shown, SectionKind::Ask, Edit::Move { id: added.clone(), by: -1 });
        let shown = derive(&wb, Lang::En);
        edit(&mut wb, &shown, SectionKind::NonNegotiables, Edit::Remove { id: "constraint:hours".into() });

        // The workbook changes: a new top value, a new goal, a talent rated higher.
        wb.values.top.insert(0, "meaning".into());
        wb.goals.goals.push(crate::domain::workbook::Goal { id: "g9".into(), text: "New goal".into(), ..Default::default() });
        let brief = derive(&wb, Lang::En);
        let want = brief.section(SectionKind::Want).unwrap();
        let values = want.lines.iter().find(|l| l.id == "values").unwrap();
        assert_eq!((values.text.as_str(), values.origin), ("Freedom, mostly", Origin::Edited));
        assert!(values.derived.starts_with("What matters most to me: Meaning"));
        assert!(texts(&brief, SectionKind::Want).iter().any(|t| t.contains("New goal")));
        let asks = texts(&brief, SectionKind::Ask);
        assert_eq!(asks.iter().position(|t| t == "A training budget"), Some(asks.len() - 2), "{asks:?}");
        let firm = brief.section(SectionKind::NonNegotiables).unwrap();
        assert!(firm.lines.iter().all(|l| l.id != "constraint:hours"));
        assert_eq!(firm.hidden.len(), 1);

        // Round trip through the file keeps the edits.
        let text = file::to_json(&wb, "2026-11-27T10:00:00Z", "en", None::<()>);
        let back = file::parse(&text).unwrap().workbook;
        assert_eq!(back.brief, wb.brief);
        assert_eq!(derive(&back, Lang::En), brief);

        // Setting a line back to its derived text clears the edit; restore and remove added.
        let shown = derive(&wb, Lang::En);
        let derived = shown.section(SectionKind::Want).unwrap().lines.iter().find(|l| l.id == "values").unwrap().derived.clone();
        edit(&mut wb, &shown, SectionKind::Want, Edit::SetText { id: "values".into(), text: derived });
        edit(&mut wb, &shown, SectionKind::NonNegotiables, Edit::Restore { id: "constraint:hours".into() });
        edit(&mut wb, &shown, SectionKind::Ask, Edit::Remove { id: added });
        let shown = derive(&wb, Lang::En);
        edit(&mut wb, &shown, SectionKind::Ask, Edit::Move { id: "nope".into(), by: 1 });
        assert!(wb.brief.sections.get("want").is_none());
        assert!(wb.brief.sections.get("non_negotiables").is_none());
        assert!(wb.brief.sections.get("ask").map_or(true, |s| s.added.is_empty()));
    }

    #[test]
    fn text_and_markdown_copies() {
        let wb = fixture();
        let brief = derive(&wb, Lang::En);
        let plain = to_plain_text(&brief, Lang::En);
        assert!(plain.starts_with("Negotiation brief\n================="));
        assert!(plain.contains("\nWhat I offer\n------------\n- Writing, shown in: Wrote the onboarding handbook; Ran the team newsletter\n"));
        assert!(plain.contains("\n1. "));
        assert!(plain.contains("Mentoring <juniors>"), "plain text is not escaped");
        let md = to_markdown(&brief, Lang::En);
        assert!(md.starts_with("# Negotiation brief\n"));
        assert!(md.contains("\n## What I offer\n\n- Writing, shown in: Wrote the onboarding handbook; Ran the team newsletter\n"));
        assert!(md.contains("Mentoring \\<juniors\\>"), "{md}");
        assert_eq!(escape_markdown("*a* [b](c) <script>"), "\\*a\\* \\[b\\]\\(c\\) \\<script\\>");
        let nl = to_markdown(&derive(&wb, Lang::Nl), Lang::Nl);
        assert!(nl.starts_with("# Gespreksvoorbereiding"));
    }

    #[test]
    fn odd_edits_are_reported_not_fatal() {
        let mut wb = fixture();
        let mut s = SectionEdits::default();
        s.added.push(AddedLine { id: "x".into(), text: "y".into() });
        s.added.push(AddedLine { id: "added:1".into(), text: "z".repeat(MAX_TEXT_CHARS + 1) });
        s.added.push(AddedLine { id: "added:1".into(), text: "z".into() });
        wb.brief.sections.insert("nonsense".into(), s);
        let problems = wb.brief.problems();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(wb.validate().is_err());
        // Deriving still works and shows the added lines of known sections only.
        let _ = derive(&wb, Lang::Fr);
        wb.brief.alternative = Some("gone".into());
        wb.brief.sections.clear();
        assert!(wb.validate().is_ok(), "an unknown alternative is informational");
    }

    #[test]
    fn numbers_and_lists_read_naturally() {
        assert_eq!(number(4.0, Lang::En), "4");
        assert_eq!(number(4.5, Lang::Fr), "4,5");
        assert_eq!(join_list(&["a".into(), "b".into(), "c".into()], Lang::Nl), "a, b en c");
        assert_eq!(join_list(&["a".into()], Lang::Fr), "a");
    }
}
