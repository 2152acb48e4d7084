//! The workbook: everything one person entered, for every module. This is the `workbook` object
//! of the exported file (FILE-FORMAT.md); every section is optional on import and starts empty.
//!
//! The model grows with each module; [`SCHEMA_VERSION`] changes only when an existing field's
//! meaning changes, and then a migration in the file-format code carries old files forward.
//! Validation here enforces the contract's caps and ranges; it does not parse files.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::brief::{BriefEdits, BriefProblem};
use super::decision::{Decision, DecisionError};
use super::serde_int::{opt_u8, u8_map};

/// The schema version this build writes and the newest it reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Contract caps (FILE-FORMAT.md, "Acceptance rules").
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_TEXT_CHARS: usize = 10_000;
pub const MAX_LIST_ITEMS: usize = 500;
pub const MAX_OPTIONS: usize = 30;
pub const MAX_CRITERIA: usize = 15;
pub const MAX_WORKBOOK_BYTES: usize = 1_000_000;

/// Everything one person entered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workbook {
    pub experiences: Vec<Experience>,
    pub attitudes: Attitudes,
    pub values: Values,
    pub talents: Talents,
    pub goals: Goals,
    pub decision: Decision,
    /// The person's edits to the negotiation brief (docs/file-format-brief.md).
    #[serde(skip_serializing_if = "BriefEdits::is_empty")]
    pub brief: BriefEdits,
}

/// A past experience, read as an asset: what it shows about talents and values.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Experience {
    pub id: String,
    pub title: String,
    pub kind: ExperienceKind,
    /// `YYYY-MM` or `YYYY`; free-form text is kept but not ordered.
    pub from: String,
    pub to: String,
    pub ongoing: bool,
    pub did: String,
    pub achieved: String,
    pub learned: String,
    /// 1 (draining) … 5 (energising); `None` until rated.
    #[serde(deserialize_with = "opt_u8")]
    pub energy: Option<u8>,
    /// Talent keys (catalogued or custom).
    pub talents: Vec<String>,
    pub values_honoured: Vec<String>,
    pub values_violated: Vec<String>,
    pub tags: Vec<String>,
}

/// What kind of experience it was.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExperienceKind {
    #[default]
    Job,
    Project,
    Role,
    Volunteering,
    Study,
    LifeEvent,
}

/// Takes of the career-attitudes questionnaire, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Attitudes {
    pub takes: Vec<AttitudeTake>,
}

/// One take: answers by item id (1–5), started and, once finished, completed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AttitudeTake {
    pub id: String,
    /// RFC 3339 timestamps.
    pub started_at: String,
    pub completed_at: Option<String>,
    #[serde(deserialize_with = "u8_map")]
    pub answers: BTreeMap<String, u8>,
}

/// The values card sort and the top-five ranking.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Values {
    /// Where each sorted card went, by value key.
    pub sort: BTreeMap<String, ValueBucket>,
    /// The top five, most important first.
    pub top: Vec<String>,
    /// Custom values the person added (key → name).
    pub custom: BTreeMap<String, String>,
}

/// A card-sort pile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueBucket {
    VeryImportant,
    Important,
    LessImportant,
}

/// Talent ratings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Talents {
    pub ratings: Vec<TalentRating>,
}

/// One talent, rated on proficiency and enjoyment (1–5), with supporting experiences.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TalentRating {
    /// A catalogue key or a custom key.
    pub key: String,
    /// The name of a custom talent (empty for catalogued ones).
    pub name: String,
    #[serde(deserialize_with = "opt_u8")]
    pub proficiency: Option<u8>,
    #[serde(deserialize_with = "opt_u8")]
    pub enjoyment: Option<u8>,
    /// Experience ids.
    pub experiences: Vec<String>,
}

/// Goals, the meaning of success, and constraints.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Goals {
    pub goals: Vec<Goal>,
    /// Subjective-success dimension key → importance 1–5.
    #[serde(deserialize_with = "u8_map")]
    pub success: BTreeMap<String, u8>,
    pub success_text: String,
    pub constraints: Constraints,
}

/// A goal on a horizon.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Goal {
    pub id: String,
    pub horizon: Horizon,
    pub text: String,
    pub why: String,
}

/// How far ahead a goal lies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Horizon {
    #[default]
    #[serde(rename = "1y")]
    OneYear,
    #[serde(rename = "3y")]
    ThreeYears,
    #[serde(rename = "10y")]
    TenYears,
}

/// Practical limits on any option.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Constraints {
    /// Monthly net income floor, in the person's currency.
    pub income_floor: Option<f64>,
    pub location: String,
    /// Most hours a week.
    pub max_hours: Option<f64>,
    pub timing: String,
}

/// Where a module stands, for the home page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    NotStarted,
    Started,
    Done,
}

impl Workbook {
    /// True when nothing has been entered anywhere.
    pub fn is_empty(&self) -> bool {
        *self == Workbook::default()
    }

    pub fn experiences_progress(&self) -> Progress {
        match self.experiences.len() {
            0 => Progress::NotStarted,
            1..=2 => Progress::Started,
            _ => Progress::Done,
        }
    }

    pub fn attitudes_progress(&self) -> Progress {
        if self.attitudes.takes.iter().any(|t| t.completed_at.is_some()) {
            Progress::Done
        } else if self.attitudes.takes.iter().any(|t| !t.answers.is_empty()) {
            Progress::Started
        } else {
            Progress::NotStarted
        }
    }

    pub fn values_progress(&self) -> Progress {
        if self.values.top.len() >= 5 {
            Progress::Done
        } else if self.values.sort.is_empty() && self.values.top.is_empty() {
            Progress::NotStarted
        } else {
            Progress::Started
        }
    }

    pub fn talents_progress(&self) -> Progress {
        let rated = self.talents.ratings.iter().filter(|r| r.proficiency.is_some() && r.enjoyment.is_some()).count();
        match (self.talents.ratings.len(), rated) {
            (0, _) => Progress::NotStarted,
            (_, r) if r >= 5 => Progress::Done,
            _ => Progress::Started,
        }
    }

    pub fn goals_progress(&self) -> Progress {
        let g = &self.goals;
        if !g.goals.is_empty() && !g.success.is_empty() {
            Progress::Done
        } else if g.goals.is_empty() && g.success.is_empty() && g.success_text.is_empty() {
            Progress::NotStarted
        } else {
            Progress::Started
        }
    }

    pub fn decision_progress(&self) -> Progress {
        let d = &self.decision;
        let needed = d.options.len() * d.criteria.len();
        if d.options.is_empty() && d.criteria.is_empty() {
            Progress::NotStarted
        } else if d.options.len() >= 2 && !d.criteria.is_empty() && d.scores.len() >= needed {
            Progress::Done
        } else {
            Progress::Started
        }
    }

    /// Checks the contract's caps, ranges and references. Returns every problem found, so an
    /// import can show them all at once.
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut v = Validator::default();
        v.list("experiences", self.experiences.len(), MAX_LIST_ITEMS);
        v.unique_ids("experiences", self.experiences.iter().map(|e| e.id.as_str()));
        let experience_ids: BTreeSet<&str> = self.experiences.iter().map(|e| e.id.as_str()).collect();
        for e in &self.experiences {
            let at = format!("experiences[{}]", e.id);
            v.name(&at, "title", &e.title);
            for (field, text) in [("from", &e.from), ("to", &e.to)] {
                v.name(&at, field, text);
            }
            for (field, text) in [("did", &e.did), ("achieved", &e.achieved), ("learned", &e.learned)] {
                v.text(&at, field, text);
            }
            v.rating(&at, "energy", e.energy);
            for (field, list) in
                [("talents", &e.talents), ("values_honoured", &e.values_honoured), ("values_violated", &e.values_violated), ("tags", &e.tags)]
            {
                v.list(&format!("{at}.{field}"), list.len(), MAX_LIST_ITEMS);
                for item in list {
                    v.name(&at, field, item);
                }
            }
        }

        v.list("attitudes.takes", self.attitudes.takes.len(), MAX_LIST_ITEMS);
        v.unique_ids("attitudes.takes", self.attitudes.takes.iter().map(|t| t.id.as_str()));
        for take in &self.attitudes.takes {
            let at = format!("attitudes.takes[{}]", take.id);
            v.list(&at, take.answers.len(), MAX_LIST_ITEMS);
            for (item, answer) in &take.answers {
                v.name(&at, "item", item);
                v.rating(&at, item, Some(*answer));
            }
        }

        v.list("values.sort", self.values.sort.len(), MAX_LIST_ITEMS);
        v.list("values.custom", self.values.custom.len(), MAX_LIST_ITEMS);
        for (key, name) in &self.values.custom {
            v.name("values.custom", key, name);
            v.name("values.custom", "key", key);
        }
        for key in self.values.sort.keys() {
            v.name("values.sort", "key", key);
        }
        if self.values.top.len() > 5 {
            v.push("values.top", ValidationProblem::TooMany { max: 5 });
        }
        v.unique_ids("values.top", self.values.top.iter().map(String::as_str));

        v.list("talents.ratings", self.talents.ratings.len(), MAX_LIST_ITEMS);
        v.unique_ids("talents.ratings", self.talents.ratings.iter().map(|r| r.key.as_str()));
        for r in &self.talents.ratings {
            let at = format!("talents.ratings[{}]", r.key);
            v.name(&at, "name", &r.name);
            v.rating(&at, "proficiency", r.proficiency);
            v.rating(&at, "enjoyment", r.enjoyment);
            v.list(&at, r.experiences.len(), MAX_LIST_ITEMS);
            for id in &r.experiences {
                if !experience_ids.contains(id.as_str()) {
                    v.push(&at, ValidationProblem::UnknownReference { id: id.clone() });
                }
            }
        }

        v.list("goals.goals", self.goals.goals.len(), MAX_LIST_ITEMS);
        v.unique_ids("goals.goals", self.goals.goals.iter().map(|g| g.id.as_str()));
        for g in &self.goals.goals {
            let at = format!("goals.goals[{}]", g.id);
            v.text(&at, "text", &g.text);
            v.text(&at, "why", &g.why);
        }
        v.list("goals.success", self.goals.success.len(), MAX_LIST_ITEMS);
        for (key, rating) in &self.goals.success {
            v.name("goals.success", "key", key);
            v.rating("goals.success", key, Some(*rating));
        }
        v.text("goals", "success_text", &self.goals.success_text);
        let c = &self.goals.constraints;
        v.text("goals.constraints", "location", &c.location);
        v.text("goals.constraints", "timing", &c.timing);
        for (field, value, max) in [("income_floor", c.income_floor, 1e9), ("max_hours", c.max_hours, 168.0)] {
            if let Some(x) = value {
                if !x.is_finite() || !(0.0..=max).contains(&x) {
                    v.push(&format!("goals.constraints.{field}"), ValidationProblem::OutOfRange { min: 0.0, max });
                }
            }
        }

        let d = &self.decision;
        v.list("decision.options", d.options.len(), MAX_OPTIONS);
        v.list("decision.criteria", d.criteria.len(), MAX_CRITERIA);
        for o in &d.options {
            v.name("decision.options", "name", &o.name);
        }
        for c in &d.criteria {
            v.name("decision.criteria", "name", &c.name);
        }
        v.list("decision.scores", d.scores.len(), MAX_LIST_ITEMS.max(MAX_OPTIONS * MAX_CRITERIA));
        if let Err(err) = d.validate() {
            v.push("decision", ValidationProblem::Decision(err));
        }
        for o in &d.options {
            v.text("decision.options", "notes", &o.notes);
        }
        for s in &d.scores {
            v.text("decision.scores", "note", &s.note);
        }
        let option_ids: BTreeSet<&str> = d.options.iter().map(|o| o.id.as_str()).collect();
        let date = |v: &mut Validator, at: &str, field: &str, text: &str| {
            if !super::decision::plan::is_date_or_empty(text) {
                v.push(&format!("{at}.{field}"), ValidationProblem::NotADate);
            }
        };
        v.list("decision.actions", d.actions.len(), MAX_LIST_ITEMS);
        v.unique_ids("decision.actions", d.actions.iter().map(|a| a.id.as_str()));
        for a in &d.actions {
            let at = format!("decision.actions[{}]", a.id);
            if !option_ids.contains(a.option.as_str()) {
                v.push(&at, ValidationProblem::UnknownReference { id: a.option.clone() });
            }
            v.text(&at, "uncertainty", &a.uncertainty);
            v.text(&at, "test", &a.test);
            date(&mut v, &at, "due", &a.due);
        }
        v.list("decision.journal", d.journal.len(), MAX_LIST_ITEMS);
        v.unique_ids("decision.journal", d.journal.iter().map(|j| j.id.as_str()));
        for j in &d.journal {
            let at = format!("decision.journal[{}]", j.id);
            if !j.option.is_empty() && !option_ids.contains(j.option.as_str()) {
                v.push(&at, ValidationProblem::UnknownReference { id: j.option.clone() });
            }
            v.text(&at, "reasons", &j.reasons);
            date(&mut v, &at, "date", &j.date);
            date(&mut v, &at, "review", &j.review);
        }

        for (at, problem) in self.brief.problems() {
            v.push(&at, ValidationProblem::Brief(problem));
        }

        if v.problems.is_empty() {
            Ok(())
        } else {
            Err(v.problems)
        }
    }
}

/// One problem found by [`Workbook::validate`]: where, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationError {
    /// A path such as `experiences[e3].title`.
    pub at: String,
    pub problem: ValidationProblem,
}

/// What is wrong at a place in the workbook: a machine code ([`ValidationProblem::code`]) with
/// its arguments. The UI renders it in the person's language (`i18n::errors`); the English
/// [`Display`](std::fmt::Display) of [`ValidationError`] is for logs and test messages.
#[derive(Clone, Debug, PartialEq)]
pub enum ValidationProblem {
    TooLong { max_chars: usize, chars: usize },
    TooMany { max: usize },
    DuplicateId { id: String },
    EmptyId,
    UnknownReference { id: String },
    OutOfRange { min: f64, max: f64 },
    /// Not empty and not a `YYYY-MM-DD` date.
    NotADate,
    /// A rule of the decision (references, scores, weights, SMAA settings).
    Decision(DecisionError),
    /// A rule of the brief's edits.
    Brief(BriefProblem),
}

impl ValidationProblem {
    /// A stable machine-readable code: the problem's kind, and for the decision and the brief
    /// the rule's own code.
    pub fn code(&self) -> &'static str {
        match self {
            ValidationProblem::TooLong { .. } => "too_long",
            ValidationProblem::TooMany { .. } => "too_many",
            ValidationProblem::DuplicateId { .. } => "duplicate_id",
            ValidationProblem::EmptyId => "empty_id",
            ValidationProblem::UnknownReference { .. } => "unknown_reference",
            ValidationProblem::OutOfRange { .. } => "out_of_range",
            ValidationProblem::NotADate => "not_a_date",
            ValidationProblem::Decision(err) => err.code(),
            ValidationProblem::Brief(problem) => problem.code(),
        }
    }
}

impl std::fmt::Display for ValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.problem {
            ValidationProblem::TooLong { max_chars, chars } => {
                write!(f, "{}: {chars} characters, at most {max_chars} allowed", self.at)
            }
            ValidationProblem::TooMany { max } => write!(f, "{}: more than {max} items", self.at),
            ValidationProblem::DuplicateId { id } => write!(f, "{}: the id \"{id}\" is used twice", self.at),
            ValidationProblem::EmptyId => write!(f, "{}: an item has no id", self.at),
            ValidationProblem::UnknownReference { id } => write!(f, "{}: refers to \"{id}\", which does not exist", self.at),
            ValidationProblem::OutOfRange { min, max } => write!(f, "{}: must be between {min} and {max}", self.at),
            ValidationProblem::NotADate => write!(f, "{}: must be a date written YYYY-MM-DD", self.at),
            ValidationProblem::Decision(err) => write!(f, "{}: {err}", self.at),
            ValidationProblem::Brief(problem) => write!(f, "{}: {problem}", self.at),
        }
    }
}

#[derive(Default)]
struct Validator {
    problems: Vec<ValidationError>,
}

impl Validator {
    fn push(&mut self, at: &str, problem: ValidationProblem) {
        self.problems.push(ValidationError { at: at.to_string(), problem });
    }

    fn chars(&mut self, at: &str, field: &str, text: &str, max_chars: usize) {
        let chars = text.chars().count();
        if chars > max_chars {
            self.push(&format!("{at}.{field}"), ValidationProblem::TooLong { max_chars, chars });
        }
    }

    fn name(&mut self, at: &str, field: &str, text: &str) {
        self.chars(at, field, text, MAX_NAME_CHARS);
    }

    fn text(&mut self, at: &str, field: &str, text: &str) {
        self.chars(at, field, text, MAX_TEXT_CHARS);
    }

    fn list(&mut self, at: &str, len: usize, max: usize) {
        if len > max {
            self.push(at, ValidationProblem::TooMany { max });
        }
    }

    fn rating(&mut self, at: &str, field: &str, value: Option<u8>) {
        if let Some(x) = value {
            if !(1..=5).contains(&x) {
                self.push(&format!("{at}.{field}"), ValidationProblem::OutOfRange { min: 1.0, max: 5.0 });
            }
        }
    }

    fn unique_ids<'a>(&mut self, at: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            if id.is_empty() {
                self.push(at, ValidationProblem::EmptyId);
            } else if !seen.insert(id) {
                self.push(at, ValidationProblem::DuplicateId { id: id.to_string() });
            } else if id.chars().count() > MAX_NAME_CHARS {
                self.push(at, ValidationProblem::TooLong { max_chars: MAX_NAME_CHARS, chars: id.chars().count() });
            }
        }
    }
}

/// A new id for `list`: `prefix` followed by the smallest number not yet taken.
pub fn next_id<'a>(prefix: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
    let taken: BTreeSet<&str> = taken.into_iter().collect();
    (1..).map(|n| format!("{prefix}{n}")).find(|id| !taken.contains(id.as_str())).unwrap_or_default()
}
