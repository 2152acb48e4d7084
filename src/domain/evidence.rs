//! The evidence profile: what a person's own experiences say about their talents and values.
//!
//! This is the "experiences are assets" idea in numbers. Every experience carries an energy
//! rating (1 draining … 5 energising), the talents it used and the values it honoured or
//! violated. From those, this module derives, for every talent and value that is mentioned, the
//! stories behind it and a **strength**; the recurring themes of energising versus draining
//! experiences; and the geometry of the bar chart that shows the strengths. The values, talents
//! and decision modules read the same evidence through [`evidence_for_value`],
//! [`evidence_for_talent`], [`suggested_values`] and [`suggested_talents`].
//!
//! # The rules
//!
//! - **Weight of an experience**: `w = energy − 3`, so 5 → +2, 4 → +1, 3 → 0, 2 → −1, 1 → −2.
//!   An experience whose energy is not rated yet weighs 0: it is listed as a story but adds
//!   nothing to any strength.
//! - **Talent strength** = Σ `w` over the experiences that used the talent. Energising stories
//!   count for a talent, draining ones against it.
//! - **Value strength** ("how much the evidence says this value matters to you") =
//!   Σ `w` over experiences that *honoured* the value (`from_honoured`) **plus**
//!   Σ `(3 − energy)` = Σ `−w` over experiences that *violated* it (`from_violated`). A value
//!   violated in a draining story (energy 1 → +2, energy 2 → +1) is evidence that it matters; a
//!   value violated in a story that still energised you counts against it mattering much. A value
//!   marked both honoured and violated in the same story cancels out for that story.
//! - **Keys**: catalogued keys (`crate::domain::catalog`) are matched exactly. Custom entries (typed
//!   text) are trimmed and matched case-insensitively; the profile shows the spelling first met
//!   (experiences in list order, entries in their order). Empty entries are ignored, and an entry
//!   repeated within one story counts once.
//! - **Order and ties**: items are sorted by strength, highest first. Equal strengths share a rank
//!   (standard competition ranking: 1, 1, 3) and are listed in a stable, documented order:
//!   catalogued keys in catalogue order, then custom keys in the order they are first met.
//!   Only mentioned keys appear; a key no story mentions has no evidence (strength 0, no stories).
//! - **Recurring themes**: among energising experiences (energy ≥ 4) and, separately, draining ones
//!   (energy ≤ 2), every talent, honoured value, violated value and tag that appears in **at least
//!   two** of them. Sorted by how many experiences share it (most first); ties in the order talents,
//!   values honoured, values violated, tags, each in the key order above.
//!
//! # In the exported file: `results.evidence`
//!
//! ```json
//! "evidence": {
//!   "experiences": { "total": 8, "energising": 5, "neutral": 1, "draining": 2, "unrated": 0 },
//!   "talents": [
//!     { "key": "coaching", "custom": false, "strength": 6, "rank": 1,
//!       "energising": 3, "neutral": 0, "draining": 0, "unrated": 0, "experiences": ["e1", "e3", "e5"] }
//!   ],
//!   "values": [
//!     { "key": "helping", "custom": false, "strength": 6, "rank": 1,
//!       "from_honoured": 6, "from_violated": 0, "honoured_in": ["e1", "e3", "e5"], "violated_in": [] }
//!   ],
//!   "themes": {
//!     "energising": [ { "kind": "talent", "key": "coaching", "count": 3, "experiences": ["e1", "e3", "e5"] } ],
//!     "draining":   [ { "kind": "talent", "key": "analysing", "count": 2, "experiences": ["e4", "e6"] } ]
//!   }
//! }
//! ```
//! `kind` is one of `talent`, `value-honoured`, `value-violated`, `tag`. Experience ids are listed
//! in workbook order. Strengths are integers.
//!
//! This module does not name anything: translated names of catalogued keys live in
//! `crate::i18n::catalog_names`, and custom keys are shown as typed.

use serde::Serialize;

use super::catalog::{TALENTS, VALUES};
use super::workbook::{Experience, Workbook};

/// Energy at or above this counts as energising.
pub const ENERGISING_FROM: u8 = 4;
/// Energy at or below this counts as draining.
pub const DRAINING_UP_TO: u8 = 2;
/// A theme recurs when at least this many experiences of one kind share it.
pub const RECURRING_MIN: usize = 2;

/// The weight of one experience: `energy − 3`, or 0 while energy is not rated (or out of range).
pub fn weight(experience: &Experience) -> i32 {
    match experience.energy {
        Some(e @ 1..=5) => i32::from(e) - 3,
        _ => 0,
    }
}

/// How an experience felt, by its energy rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feeling {
    Energising,
    Neutral,
    Draining,
    Unrated,
}

/// The feeling of `experience` (energy ≥ 4 energising, 3 neutral, ≤ 2 draining).
pub fn feeling(experience: &Experience) -> Feeling {
    match experience.energy {
        Some(e) if (ENERGISING_FROM..=5).contains(&e) => Feeling::Energising,
        Some(3) => Feeling::Neutral,
        Some(e) if (1..=DRAINING_UP_TO).contains(&e) => Feeling::Draining,
        _ => Feeling::Unrated,
    }
}

/// How many experiences there are of each feeling.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ExperienceCounts {
    pub total: usize,
    pub energising: usize,
    pub neutral: usize,
    pub draining: usize,
    pub unrated: usize,
}

impl ExperienceCounts {
    fn add(&mut self, feeling: Feeling) {
        self.total += 1;
        match feeling {
            Feeling::Energising => self.energising += 1,
            Feeling::Neutral => self.neutral += 1,
            Feeling::Draining => self.draining += 1,
            Feeling::Unrated => self.unrated += 1,
        }
    }
}

/// The evidence for one talent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TalentEvidence {
    /// A catalogue key, or the custom text as first met.
    pub key: String,
    /// True when `key` is not in the talents catalogue.
    pub custom: bool,
    /// Σ (energy − 3) over the experiences that used it.
    pub strength: i32,
    /// 1 for the strongest; equal strengths share a rank. 0 when asked for outside a profile.
    pub rank: usize,
    pub energising: usize,
    pub neutral: usize,
    pub draining: usize,
    pub unrated: usize,
    /// Ids of the experiences that used it, in workbook order.
    pub experiences: Vec<String>,
}

/// The evidence for one value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ValueEvidence {
    /// A catalogue key, or the custom text as first met.
    pub key: String,
    /// True when `key` is not in the values catalogue.
    pub custom: bool,
    /// `from_honoured + from_violated`: how much the stories say this value matters.
    pub strength: i32,
    /// 1 for the strongest; equal strengths share a rank. 0 when asked for outside a profile.
    pub rank: usize,
    /// Σ (energy − 3) over the experiences that honoured it.
    pub from_honoured: i32,
    /// Σ (3 − energy) over the experiences that violated it.
    pub from_violated: i32,
    /// Ids of experiences that honoured it, in workbook order.
    pub honoured_in: Vec<String>,
    /// Ids of experiences that violated it, in workbook order.
    pub violated_in: Vec<String>,
}

/// What a recurring theme is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeKind {
    Talent,
    ValueHonoured,
    ValueViolated,
    Tag,
}

/// A talent, value or tag shared by several energising (or several draining) experiences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Theme {
    pub kind: ThemeKind,
    pub key: String,
    /// How many experiences of this feeling share it (≥ [`RECURRING_MIN`]).
    pub count: usize,
    pub experiences: Vec<String>,
}

/// Recurring themes in energising and in draining experiences.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Themes {
    pub energising: Vec<Theme>,
    pub draining: Vec<Theme>,
}

/// Everything the experiences say: `results.evidence` in the exported file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct EvidenceProfile {
    pub experiences: ExperienceCounts,
    /// Mentioned talents, strongest first (see the module doc for ties).
    pub talents: Vec<TalentEvidence>,
    /// Mentioned values, strongest first.
    pub values: Vec<ValueEvidence>,
    pub themes: Themes,
}

/// A key offered to another module, with the strength behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub key: String,
    pub strength: i32,
    pub rank: usize,
}

/// The folded form used to match keys: trimmed and lower-cased.
fn fold(key: &str) -> String {
    key.trim().to_lowercase()
}

/// Collects entries under folded keys, remembering each key's first spelling and where it sorts.
struct Keyed<T> {
    catalogue: &'static [&'static str],
    /// (folded key, display key, sort position, data), in order of first mention.
    entries: Vec<(String, String, usize, T)>,
}

impl<T: Default> Keyed<T> {
    fn new(catalogue: &'static [&'static str]) -> Self {
        Keyed { catalogue, entries: Vec::new() }
    }

    /// The data for `raw`, created on first mention; `None` for an empty entry.
    fn entry(&mut self, raw: &str) -> Option<&mut T> {
        let folded = fold(raw);
        if folded.is_empty() {
            return None;
        }
        let index = match self.entries.iter().position(|(f, ..)| *f == folded) {
            Some(i) => i,
            None => {
                let (display, position) = match self.catalogue.iter().position(|k| *k == folded) {
                    Some(p) => (self.catalogue[p].to_string(), p),
                    None => (raw.trim().to_string(), self.catalogue.len() + self.entries.len()),
                };
                self.entries.push((folded, display, position, T::default()));
                self.entries.len() - 1
            }
        };
        self.entries.get_mut(index).map(|(.., data)| data)
    }

    /// The entries in the documented tie order (catalogue first, then custom by first mention).
    fn into_sorted(mut self) -> Vec<(String, bool, T)> {
        let catalogue_len = self.catalogue.len();
        crate::domain::sort::sort_by_key(&mut self.entries, |(_, _, position, _)| *position);
        self.entries.into_iter().map(|(_, display, position, data)| (display, position >= catalogue_len, data)).collect()
    }
}

/// The distinct non-empty entries of `list`, folded, in their order (a repeat counts once).
fn distinct(list: &[String]) -> Vec<&String> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for item in list {
        let folded = fold(item);
        if !folded.is_empty() && !seen.contains(&folded) {
            seen.push(folded);
            out.push(item);
        }
    }
    out
}

/// Sorts by strength (highest first, stable so ties keep their order) and assigns competition
/// ranks (1, 1, 3).
fn rank_by_strength<T>(items: &mut [T], strength: impl Fn(&T) -> i32, mut set_rank: impl FnMut(&mut T, usize)) {
    crate::domain::sort::sort_by_key(items, |item| std::cmp::Reverse(strength(item)));
    let mut previous: Option<(i32, usize)> = None;
    for (index, item) in items.iter_mut().enumerate() {
        let s = strength(item);
        let rank = match previous {
            Some((p, r)) if p == s => r,
            _ => index + 1,
        };
        previous = Some((s, rank));
        set_rank(item, rank);
    }
}

fn talents(workbook: &Workbook) -> Vec<TalentEvidence> {
    let mut keyed: Keyed<TalentEvidence> = Keyed::new(TALENTS);
    for experience in &workbook.experiences {
        let w = weight(experience);
        let f = feeling(experience);
        for talent in distinct(&experience.talents) {
            let Some(e) = keyed.entry(talent) else { continue };
            e.strength += w;
            match f {
                Feeling::Energising => e.energising += 1,
                Feeling::Neutral => e.neutral += 1,
                Feeling::Draining => e.draining += 1,
                Feeling::Unrated => e.unrated += 1,
            }
            e.experiences.push(experience.id.clone());
        }
    }
    let mut out: Vec<TalentEvidence> = keyed
        .into_sorted()
        .into_iter()
        .map(|(key, custom, data)| TalentEvidence { key, custom, ..data })
        .collect();
    rank_by_strength(&mut out, |t| t.strength, |t, r| t.rank = r);
    out
}

fn values(workbook: &Workbook) -> Vec<ValueEvidence> {
    let mut keyed: Keyed<ValueEvidence> = Keyed::new(VALUES);
    for experience in &workbook.experiences {
        let w = weight(experience);
        for value in distinct(&experience.values_honoured) {
            let Some(e) = keyed.entry(value) else { continue };
            e.from_honoured += w;
            e.honoured_in.push(experience.id.clone());
        }
        for value in distinct(&experience.values_violated) {
            let Some(e) = keyed.entry(value) else { continue };
            e.from_violated -= w;
            e.violated_in.push(experience.id.clone());
        }
    }
    let mut out: Vec<ValueEvidence> = keyed
        .into_sorted()
        .into_iter()
        .map(|(key, custom, data)| ValueEvidence { key, custom, strength: data.from_honoured + data.from_violated, ..data })
        .collect();
    rank_by_strength(&mut out, |v| v.strength, |v, r| v.rank = r);
    out
}

/// A kind of theme, the catalogue that orders its keys, and where an experience lists them.
type ThemeSource = (ThemeKind, &'static [&'static str], fn(&Experience) -> &Vec<String>);

fn themes_for(workbook: &Workbook, wanted: Feeling) -> Vec<Theme> {
    let lists: [ThemeSource; 4] = [
        (ThemeKind::Talent, TALENTS, |e| &e.talents),
        (ThemeKind::ValueHonoured, VALUES, |e| &e.values_honoured),
        (ThemeKind::ValueViolated, VALUES, |e| &e.values_violated),
        (ThemeKind::Tag, &[], |e| &e.tags),
    ];
    let mut out = Vec::new();
    for (kind, catalogue, list) in lists {
        let mut keyed: Keyed<Vec<String>> = Keyed::new(catalogue);
        for experience in workbook.experiences.iter().filter(|e| feeling(e) == wanted) {
            for item in distinct(list(experience)) {
                if let Some(ids) = keyed.entry(item) {
                    ids.push(experience.id.clone());
                }
            }
        }
        out.extend(
            keyed
                .into_sorted()
                .into_iter()
                .filter(|(_, _, ids)| ids.len() >= RECURRING_MIN)
                .map(|(key, _, experiences)| Theme { kind, key, count: experiences.len(), experiences }),
        );
    }
    // Stable: equal counts keep the kind-then-key order built above.
    crate::domain::sort::sort_by_key(&mut out, |t| std::cmp::Reverse(t.count));
    out
}

/// The whole evidence profile of `workbook` (see the module doc for every rule).
pub fn profile(workbook: &Workbook) -> EvidenceProfile {
    let mut counts = ExperienceCounts::default();
    for experience in &workbook.experiences {
        counts.add(feeling(experience));
    }
    EvidenceProfile {
        experiences: counts,
        talents: talents(workbook),
        values: values(workbook),
        themes: Themes {
            energising: themes_for(workbook, Feeling::Energising),
            draining: themes_for(workbook, Feeling::Draining),
        },
    }
}

/// The evidence for value `key` (catalogued or custom): the stories that honoured and violated
/// it and its strength. A value no story mentions gets empty lists, strength 0 and rank 0.
pub fn evidence_for_value(workbook: &Workbook, key: &str) -> ValueEvidence {
    let folded = fold(key);
    values(workbook).into_iter().find(|v| fold(&v.key) == folded).unwrap_or_else(|| ValueEvidence {
        key: key.trim().to_string(),
        custom: !VALUES.contains(&folded.as_str()),
        ..ValueEvidence::default()
    })
}

/// The evidence for talent `key` (catalogued or custom); see [`evidence_for_value`].
pub fn evidence_for_talent(workbook: &Workbook, key: &str) -> TalentEvidence {
    let folded = fold(key);
    talent_profile(workbook).into_iter().find(|t| fold(&t.key) == folded).unwrap_or_else(|| TalentEvidence {
        key: key.trim().to_string(),
        custom: !TALENTS.contains(&folded.as_str()),
        ..TalentEvidence::default()
    })
}

/// The evidence of every value the stories name: computed once for a screen that shows many
/// cards, then read with [`find_value`].
pub fn value_profile(workbook: &Workbook) -> Vec<ValueEvidence> {
    values(workbook)
}

/// The entry of `key` (compared as [`evidence_for_value`] does) in a [`value_profile`].
pub fn find_value<'a>(profile: &'a [ValueEvidence], key: &str) -> Option<&'a ValueEvidence> {
    let folded = fold(key);
    profile.iter().find(|v| fold(&v.key) == folded)
}

/// The evidence of every talent the stories use, strongest first: computed once for a screen
/// that shows many talents, then read with [`find_talent`].
pub fn talent_profile(workbook: &Workbook) -> Vec<TalentEvidence> {
    talents(workbook)
}

/// The entry of `key` (compared as [`evidence_for_talent`] does) in a [`talent_profile`].
pub fn find_talent<'a>(profile: &'a [TalentEvidence], key: &str) -> Option<&'a TalentEvidence> {
    let folded = fold(key);
    profile.iter().find(|t| fold(&t.key) == folded)
}

/// Values the stories argue for (strength > 0), strongest first, ties in the profile's order:
/// what the values module offers as suggestions.
pub fn suggested_values(workbook: &Workbook) -> Vec<Suggestion> {
    values(workbook)
        .into_iter()
        .filter(|v| v.strength > 0)
        .map(|v| Suggestion { key: v.key, strength: v.strength, rank: v.rank })
        .collect()
}

/// Talents the stories argue for (strength > 0), strongest first; see [`suggested_values`].
pub fn suggested_talents(workbook: &Workbook) -> Vec<Suggestion> {
    talents(workbook)
        .into_iter()
        .filter(|t| t.strength > 0)
        .map(|t| Suggestion { key: t.key, strength: t.strength, rank: t.rank })
        .collect()
}

/// Sizes of the evidence bar chart, in SVG user units (the chart scales to its container).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartLayout {
    /// Width of the whole chart.
    pub width: f64,
    /// Room on the left for the item names.
    pub label_width: f64,
    /// Room on each side of the bars for the strength numbers.
    pub value_gutter: f64,
    /// Height of one row.
    pub row_height: f64,
    /// Height of a bar within its row.
    pub bar_height: f64,
    /// Space above the first row and below the last.
    pub padding: f64,
}

impl Default for ChartLayout {
    fn default() -> Self {
        ChartLayout { width: 360.0, label_width: 130.0, value_gutter: 26.0, row_height: 26.0, bar_height: 16.0, padding: 6.0 }
    }
}

/// One bar: its row and its rectangle. A strength of 0 has width 0 (draw a marker at `x`).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub key: String,
    pub strength: i32,
    pub rank: usize,
    /// Baseline of the row's label text (vertically centred on the bar).
    pub label_y: f64,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// Where the strength number starts: right of a positive bar, left of a negative one (end-anchored).
    pub value_x: f64,
}

/// A diverging horizontal bar chart: bars grow right from `zero_x` for positive strengths and
/// left for negative ones, on one common scale.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub width: f64,
    pub height: f64,
    /// The x of the zero line.
    pub zero_x: f64,
    /// Top and bottom of the zero line.
    pub axis_top: f64,
    pub axis_bottom: f64,
    pub bars: Vec<Bar>,
}

/// Lays out `items` as `(key, strength, rank)` in the given order. The bar area lies between
/// `label_width + value_gutter` and `width − value_gutter`; the scale spans from
/// `min(0, smallest)` to `max(0, largest)` (at least one unit wide), so zero sits where that range
/// puts it: on the left when every strength is ≥ 0, on the right when every strength is ≤ 0.
pub fn bar_chart(items: &[(String, i32, usize)], layout: ChartLayout) -> BarChart {
    let lo = items.iter().map(|(_, s, _)| *s).min().unwrap_or(0).min(0);
    let mut hi = items.iter().map(|(_, s, _)| *s).max().unwrap_or(0).max(0);
    if hi == lo {
        hi = lo + 1;
    }
    let left = layout.label_width + layout.value_gutter;
    let area = (layout.width - layout.value_gutter - left).max(0.0);
    let scale = area / f64::from(hi - lo);
    let x_of = |s: i32| left + f64::from(s - lo) * scale;
    let zero_x = x_of(0);
    let inset = (layout.row_height - layout.bar_height) / 2.0;
    let bars = items
        .iter()
        .enumerate()
        .map(|(i, (key, strength, rank))| {
            let top = layout.padding + i as f64 * layout.row_height;
            let end = x_of(*strength);
            Bar {
                key: key.clone(),
                strength: *strength,
                rank: *rank,
                label_y: top + layout.row_height / 2.0,
                x: zero_x.min(end),
                y: top + inset,
                width: (end - zero_x).abs(),
                height: layout.bar_height,
                value_x: if *strength < 0 { end - 4.0 } else { end + 4.0 },
            }
        })
        .collect();
    let rows_height = items.len() as f64 * layout.row_height;
    BarChart {
        width: layout.width,
        height: rows_height + 2.0 * layout.padding,
        zero_x,
        axis_top: layout.padding,
        axis_bottom: layout.padding + rows_height,
        bars,
    }
}

/// The talents chart of a profile, in profile order.
pub fn talent_chart(profile: &EvidenceProfile, layout: ChartLayout) -> BarChart {
    let items: Vec<_> = profile.talents.iter().map(|t| (t.key.clone(), t.strength, t.rank)).collect();
    bar_chart(&items, layout)
}

/// The values chart of a profile, in profile order.
pub fn value_chart(profile: &EvidenceProfile, layout: ChartLayout) -> BarChart {
    let items: Vec<_> = profile.values.iter().map(|v| (v.key.clone(), v.strength, v.rank)).collect();
    bar_chart(&items, layout)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_workbook;

    fn story(id: &str, energy: Option<u8>, talents: &[&str], honoured: &[&str], violated: &[&str]) -> Experience {
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
        Experience {
            id: id.into(),
            title: format!("story {id}"),
            energy,
            talents: list(talents),
            values_honoured: list(honoured),
            values_violated: list(violated),
            ..Experience::default()
        }
    }

    fn workbook(experiences: Vec<Experience>) -> Workbook {
        Workbook { experiences, ..Workbook::default() }
    }

    fn ranked_talents(p: &EvidenceProfile) -> Vec<(&str, i32, usize)> {
        p.talents.iter().map(|t| (t.key.as_str(), t.strength, t.rank)).collect()
    }

    fn ranked_values(p: &EvidenceProfile) -> Vec<(&str, i32, usize)> {
        p.values.iter().map(|v| (v.key.as_str(), v.strength, v.rank)).collect()
    }

    #[test]
    fn weights_follow_energy() {
        let weights: Vec<i32> = [None, Some(1), Some(2), Some(3), Some(4), Some(5), Some(9)]
            .into_iter()
            .map(|energy| weight(&Experience { energy, ..Experience::default() }))
            .collect();
        assert_eq!(weights, vec![0, -2, -1, 0, 1, 2, 0]);
    }

    #[test]
    fn no_experiences_means_no_evidence() {
        let p = profile(&Workbook::default());
        assert_eq!(p, EvidenceProfile::default());
        assert!(suggested_values(&Workbook::default()).is_empty());
        assert!(suggested_talents(&Workbook::default()).is_empty());
        let v = evidence_for_value(&Workbook::default(), "autonomy");
        assert_eq!((v.strength, v.rank, v.custom), (0, 0, false));
        assert!(v.honoured_in.is_empty() && v.violated_in.is_empty());
        let chart = talent_chart(&p, ChartLayout::default());
        assert!(chart.bars.is_empty());
        assert_eq!(chart.height, 12.0);
    }

    #[test]
    fn hand_worked_talents_with_a_tie() {
        // e1 energy 5 (+2): coaching, analysing. e2 energy 4 (+1): writing, analysing.
        // e3 energy 2 (−1): analysing. e4 unrated (0): coaching.
        // coaching 2+0 = 2, analysing 2+1−1 = 2, writing 1: coaching and analysing tie at rank 1,
        // listed in catalogue order (analysing comes before coaching), writing is rank 3.
        let wb = workbook(vec![
            story("e1", Some(5), &["coaching", "analysing"], &[], &[]),
            story("e2", Some(4), &["writing", "analysing"], &[], &[]),
            story("e3", Some(2), &["analysing"], &[], &[]),
            story("e4", None, &["coaching"], &[], &[]),
        ]);
        let p = profile(&wb);
        assert_eq!(ranked_talents(&p), vec![("analysing", 2, 1), ("coaching", 2, 1), ("writing", 1, 3)]);
        let analysing = &p.talents[0];
        assert_eq!(analysing.experiences, vec!["e1", "e2", "e3"]);
        assert_eq!((analysing.energising, analysing.neutral, analysing.draining, analysing.unrated), (2, 0, 1, 0));
        assert_eq!(p.talents[1].unrated, 1);
        assert_eq!(p.experiences, ExperienceCounts { total: 4, energising: 2, neutral: 0, draining: 1, unrated: 1 });
        let suggested: Vec<_> = suggested_talents(&wb).into_iter().map(|s| (s.key, s.strength, s.rank)).collect();
        assert_eq!(suggested, vec![("analysing".into(), 2, 1), ("coaching".into(), 2, 1), ("writing".into(), 1, 3)]);
    }

    #[test]
    fn a_violated_value_in_a_draining_story_shows_it_matters() {
        // e1 energy 1: balance violated → 3 − 1 = +2; security honoured → 1 − 3 = −2.
        // e2 energy 4: balance honoured → +1; autonomy violated → 3 − 4 = −1.
        let wb = workbook(vec![
            story("e1", Some(1), &[], &["security"], &["balance"]),
            story("e2", Some(4), &[], &["balance"], &["autonomy"]),
        ]);
        let p = profile(&wb);
        assert_eq!(ranked_values(&p), vec![("balance", 3, 1), ("autonomy", -1, 2), ("security", -2, 3)]);
        let balance = evidence_for_value(&wb, "balance");
        assert_eq!((balance.from_honoured, balance.from_violated, balance.strength, balance.rank), (1, 2, 3, 1));
        assert_eq!(balance.honoured_in, vec!["e2"]);
        assert_eq!(balance.violated_in, vec!["e1"]);
        let suggested: Vec<_> = suggested_values(&wb).into_iter().map(|s| s.key).collect();
        assert_eq!(suggested, vec!["balance"]);
    }

    #[test]
    fn only_draining_experiences() {
        // Everything is evidence against, except values the stories violated.
        let wb = workbook(vec![
            story("e1", Some(1), &["numbers", "planning"], &["status"], &["meaning"]),
            story("e2", Some(2), &["numbers"], &[], &["meaning", "autonomy"]),
        ]);
        let p = profile(&wb);
        assert_eq!(ranked_talents(&p), vec![("planning", -2, 1), ("numbers", -3, 2)]);
        assert_eq!(ranked_values(&p), vec![("meaning", 3, 1), ("autonomy", 1, 2), ("status", -2, 3)]);
        assert!(suggested_talents(&wb).is_empty());
        assert!(p.themes.energising.is_empty());
        let draining: Vec<_> = p.themes.draining.iter().map(|t| (t.kind, t.key.as_str(), t.count)).collect();
        assert_eq!(draining, vec![(ThemeKind::Talent, "numbers", 2), (ThemeKind::ValueViolated, "meaning", 2)]);
        // Every strength ≤ 0 puts the zero line at the right end of the bar area.
        let chart = talent_chart(&p, ChartLayout::default());
        assert_eq!(chart.zero_x, 334.0);
        assert_eq!((chart.bars[1].x, chart.bars[1].width), (156.0, 178.0));
    }

    #[test]
    fn custom_entries_are_trimmed_case_folded_and_come_after_the_catalogue() {
        let wb = workbook(vec![
            story("e1", Some(5), &[" Juggling ", "analysing", "juggling", ""], &["Humour"], &[]),
            story("e2", Some(4), &["JUGGLING", "Analysing"], &["humour ", "Autonomy"], &[]),
        ]);
        let p = profile(&wb);
        // Juggling: +2 +1 (the repeat in e1 counts once); analysing: +2 +1. Tie: catalogue first.
        assert_eq!(ranked_talents(&p), vec![("analysing", 3, 1), ("Juggling", 3, 1)]);
        assert!(p.talents[1].custom && !p.talents[0].custom);
        assert_eq!(ranked_values(&p), vec![("Humour", 3, 1), ("autonomy", 1, 2)]);
        assert_eq!(evidence_for_talent(&wb, "juggling").experiences, vec!["e1", "e2"]);
        let unknown = evidence_for_talent(&wb, "  Origami ");
        assert_eq!((unknown.key.as_str(), unknown.custom, unknown.strength), ("Origami", true, 0));
        // The profile computed once for a screen finds the same entries.
        let all = talent_profile(&wb);
        for key in ["juggling", " JUGGLING", "analysing"] {
            assert_eq!(find_talent(&all, key), Some(&evidence_for_talent(&wb, key)));
        }
        assert_eq!(find_talent(&all, "origami"), None);
    }

    #[test]
    fn themes_recur_in_at_least_two_stories_and_ties_keep_kind_order() {
        let mut e1 = story("e1", Some(5), &["coaching", "writing"], &["helping"], &[]);
        e1.tags = vec!["youth".into()];
        let mut e2 = story("e2", Some(4), &["coaching", "writing"], &["helping"], &[]);
        e2.tags = vec!["Youth".into()];
        let e3 = story("e3", Some(4), &["coaching"], &[], &[]);
        let e4 = story("e4", Some(3), &["coaching"], &["helping"], &[]);
        let p = profile(&workbook(vec![e1, e2, e3, e4]));
        let energising: Vec<_> = p.themes.energising.iter().map(|t| (t.kind, t.key.as_str(), t.count)).collect();
        assert_eq!(
            energising,
            vec![
                (ThemeKind::Talent, "coaching", 3),
                (ThemeKind::Talent, "writing", 2),
                (ThemeKind::ValueHonoured, "helping", 2),
                (ThemeKind::Tag, "youth", 2),
            ]
        );
        assert_eq!(p.themes.energising[0].experiences, vec!["e1", "e2", "e3"]);
        assert!(p.themes.draining.is_empty());
    }

    #[test]
    fn chart_geometry_for_mixed_strengths() {
        // Strengths 3 and −1: scale spans −1..3 over the bar area 156..334 (178 units), 44.5 per unit.
        let items = vec![("a".to_string(), 3, 1), ("b".to_string(), 0, 2), ("c".to_string(), -1, 3)];
        let chart = bar_chart(&items, ChartLayout::default());
        assert_eq!(chart.zero_x, 200.5);
        assert_eq!(chart.height, 3.0 * 26.0 + 12.0);
        assert_eq!((chart.axis_top, chart.axis_bottom), (6.0, 84.0));
        let a = &chart.bars[0];
        assert_eq!((a.x, a.y, a.width, a.height, a.label_y, a.value_x), (200.5, 11.0, 133.5, 16.0, 19.0, 338.0));
        let b = &chart.bars[1];
        assert_eq!((b.x, b.width, b.y), (200.5, 0.0, 37.0));
        let c = &chart.bars[2];
        assert_eq!((c.x, c.width, c.value_x), (156.0, 44.5, 152.0));
    }

    #[test]
    fn chart_of_all_zero_strengths_has_zero_on_the_left() {
        let items = vec![("a".to_string(), 0, 1)];
        let chart = bar_chart(&items, ChartLayout::default());
        assert_eq!(chart.zero_x, 156.0);
        assert_eq!(chart.bars[0].width, 0.0);
    }

    #[test]
    fn the_example_person_reads_as_expected() {
        let wb = example_workbook();
        let p = profile(&wb);
        assert_eq!(p.experiences, ExperienceCounts { total: 8, energising: 5, neutral: 1, draining: 2, unrated: 0 });
        // coaching: e1 +2, e3 +2, e5 +2 = 6; listening: e3 +2, e8 +1 = 3.
        assert_eq!(p.talents[0].key, "coaching");
        assert_eq!(p.talents[0].strength, 6);
        // helping: honoured in e1, e3, e5 (+2 each) = 6; meaning: e3 +2, e7 +1, violated in e6 (energy 1) +2 = 5.
        assert_eq!(ranked_values(&p)[..2], [("helping", 6, 1), ("meaning", 5, 2)]);
        let meaning = evidence_for_value(&wb, "meaning");
        assert_eq!(meaning.violated_in, vec!["e6"]);
        // Every id listed is a real experience.
        let ids: Vec<&str> = wb.experiences.iter().map(|e| e.id.as_str()).collect();
        for t in &p.talents {
            assert!(t.experiences.iter().all(|id| ids.contains(&id.as_str())));
        }
        // The file shape documented above.
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["talents"][0]["key"], "coaching");
        assert_eq!(json["values"][0]["honoured_in"], serde_json::json!(["e1", "e3", "e5"]));
        assert!(json["themes"]["energising"][0]["kind"].is_string());
    }
}
