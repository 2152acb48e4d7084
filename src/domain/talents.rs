//! Talent ratings: the changes the `#/talents` screen makes to `workbook.talents`, the
//! **quadrant classification** (proficiency × enjoyment) and the quadrant chart's geometry.
//!
//! # The rules
//!
//! - The grid lists the catalogued talents (`super::catalog::TALENTS`, catalogue order), then the
//!   person's custom talents and any other rated keys, in the order of `talents.ratings`. A rating
//!   entry is created when a talent is first rated or linked. A custom talent's key is its name as
//!   typed (trimmed), so experiences that name it match it.
//! - **High** means 4 or 5 ([`HIGH_FROM`]). A talent rated on both scales falls in one quadrant:
//!   - **motivated talent**: proficiency high, enjoyment high;
//!   - **burnout risk**: proficiency high, enjoyment low (good at it, but it drains you);
//!   - **growth area**: proficiency low, enjoyment high;
//!   - **low priority**: both low.
//!
//!   A talent missing either rating is unclassified. The decision module and the brief use the
//!   same definition of motivated (proficiency ≥ 4 and enjoyment ≥ 4).
//! - Within a quadrant, talents are listed by proficiency + enjoyment, highest first; ties keep
//!   the grid order.

use serde::Serialize;

use super::catalog::{is_talent, TALENTS};
use super::workbook::{TalentRating, Talents, MAX_LIST_ITEMS, MAX_NAME_CHARS};

/// A rating at or above this is high.
pub const HIGH_FROM: u8 = 4;

/// A quadrant of the proficiency × enjoyment chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quadrant {
    Motivated,
    BurnoutRisk,
    GrowthArea,
    LowPriority,
}

impl Quadrant {
    /// In the order the screen lists them.
    pub const ALL: [Quadrant; 4] = [Quadrant::Motivated, Quadrant::BurnoutRisk, Quadrant::GrowthArea, Quadrant::LowPriority];

    /// Its name in files and CSS classes.
    pub fn slug(self) -> &'static str {
        match self {
            Quadrant::Motivated => "motivated",
            Quadrant::BurnoutRisk => "burnout-risk",
            Quadrant::GrowthArea => "growth-area",
            Quadrant::LowPriority => "low-priority",
        }
    }
}

/// The quadrant of a talent rated `proficiency` and `enjoyment` (1–5); `None` unless both are
/// rated within range.
pub fn classify(proficiency: Option<u8>, enjoyment: Option<u8>) -> Option<Quadrant> {
    let (p, e) = (proficiency.filter(|x| (1..=5).contains(x))?, enjoyment.filter(|x| (1..=5).contains(x))?);
    Some(match (p >= HIGH_FROM, e >= HIGH_FROM) {
        (true, true) => Quadrant::Motivated,
        (true, false) => Quadrant::BurnoutRisk,
        (false, true) => Quadrant::GrowthArea,
        (false, false) => Quadrant::LowPriority,
    })
}

/// Why a change to the talents could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TalentsError {
    Empty,
    Duplicate,
    TooLong,
    Full,
}

fn fold(text: &str) -> String {
    text.trim().to_lowercase()
}

/// Every talent on the grid: catalogue keys, then the other rated keys in list order.
pub fn grid(talents: &Talents) -> Vec<String> {
    TALENTS
        .iter()
        .map(|k| k.to_string())
        .chain(talents.ratings.iter().filter(|r| !is_talent(&r.key)).map(|r| r.key.clone()))
        .collect()
}

/// The rating of `key`, if any.
pub fn rating<'a>(talents: &'a Talents, key: &str) -> Option<&'a TalentRating> {
    talents.ratings.iter().find(|r| r.key == key)
}

/// The rating entry of `key`, created (empty) if it is not there yet; `None` when the list is
/// full or the key is not acceptable.
fn entry<'a>(talents: &'a mut Talents, key: &str) -> Option<&'a mut TalentRating> {
    let at = match talents.ratings.iter().position(|r| r.key == key) {
        Some(at) => at,
        None => {
            if key.trim().is_empty() || key.chars().count() > MAX_NAME_CHARS || talents.ratings.len() >= MAX_LIST_ITEMS {
                return None;
            }
            talents.ratings.push(TalentRating { key: key.to_string(), ..TalentRating::default() });
            talents.ratings.len() - 1
        }
    };
    talents.ratings.get_mut(at)
}

/// Which scale a rating is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    Proficiency,
    Enjoyment,
}

/// Rates `key` on `scale` (1–5; `None` clears). Out-of-range values are ignored. Returns true
/// when the rating was stored.
pub fn rate(talents: &mut Talents, key: &str, scale: Scale, value: Option<u8>) -> bool {
    if value.is_some_and(|v| !(1..=5).contains(&v)) {
        return false;
    }
    let Some(r) = entry(talents, key) else { return false };
    match scale {
        Scale::Proficiency => r.proficiency = value,
        Scale::Enjoyment => r.enjoyment = value,
    }
    true
}

/// Links (or unlinks) experience `id` as evidence for talent `key`.
pub fn link(talents: &mut Talents, key: &str, id: &str, linked: bool) -> bool {
    let Some(r) = entry(talents, key) else { return false };
    let has = r.experiences.iter().any(|x| x == id);
    if linked && !has && r.experiences.len() < MAX_LIST_ITEMS {
        r.experiences.push(id.to_string());
        true
    } else if !linked && has {
        r.experiences.retain(|x| x != id);
        true
    } else {
        false
    }
}

/// Adds a custom talent `name`; `taken` are the catalogue names shown in the current language.
/// Returns its key (the trimmed name).
pub fn add_custom(talents: &mut Talents, name: &str, taken: &[&str]) -> Result<String, TalentsError> {
    let key = name.trim().to_string();
    let folded = fold(&key);
    if folded.is_empty() {
        return Err(TalentsError::Empty);
    }
    if key.chars().count() > MAX_NAME_CHARS {
        return Err(TalentsError::TooLong);
    }
    if grid(talents).iter().any(|k| fold(k) == folded) || taken.iter().any(|n| fold(n) == folded) {
        return Err(TalentsError::Duplicate);
    }
    if talents.ratings.len() >= MAX_LIST_ITEMS {
        return Err(TalentsError::Full);
    }
    talents.ratings.push(TalentRating { key: key.clone(), name: key.clone(), ..TalentRating::default() });
    Ok(key)
}

/// A rating taken out, with its place, for undo.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedTalent {
    pub rating: TalentRating,
    pub index: usize,
}

/// Removes the rating of `key` (a custom talent leaves the grid; a catalogued one is cleared).
pub fn remove(talents: &mut Talents, key: &str) -> Option<RemovedTalent> {
    let index = talents.ratings.iter().position(|r| r.key == key)?;
    let rating = talents.ratings.remove(index);
    Some(RemovedTalent { rating, index })
}

/// Puts a removed rating back at its place (or at the end).
pub fn restore(talents: &mut Talents, removed: RemovedTalent) -> bool {
    if talents.ratings.iter().any(|r| r.key == removed.rating.key) || talents.ratings.len() >= MAX_LIST_ITEMS {
        return false;
    }
    let at = removed.index.min(talents.ratings.len());
    talents.ratings.insert(at, removed.rating);
    true
}

/// One classified talent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Classified {
    pub key: String,
    pub proficiency: u8,
    pub enjoyment: u8,
}

/// Talents by quadrant (`results.talents` in the exported file).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Quadrants {
    pub motivated: Vec<Classified>,
    pub burnout_risk: Vec<Classified>,
    pub growth_area: Vec<Classified>,
    pub low_priority: Vec<Classified>,
    /// Keys with a rating entry that lacks proficiency or enjoyment.
    pub unclassified: Vec<String>,
}

impl Quadrants {
    /// The talents in `quadrant`.
    pub fn of(&self, quadrant: Quadrant) -> &[Classified] {
        match quadrant {
            Quadrant::Motivated => &self.motivated,
            Quadrant::BurnoutRisk => &self.burnout_risk,
            Quadrant::GrowthArea => &self.growth_area,
            Quadrant::LowPriority => &self.low_priority,
        }
    }
}

/// Classifies every rated talent (see the module doc for order).
pub fn quadrants(talents: &Talents) -> Quadrants {
    let mut out = Quadrants::default();
    for key in grid(talents) {
        let Some(r) = rating(talents, &key) else { continue };
        let Some(quadrant) = classify(r.proficiency, r.enjoyment) else {
            out.unclassified.push(key);
            continue;
        };
        let item = Classified { key, proficiency: r.proficiency.unwrap_or(0), enjoyment: r.enjoyment.unwrap_or(0) };
        match quadrant {
            Quadrant::Motivated => out.motivated.push(item),
            Quadrant::BurnoutRisk => out.burnout_risk.push(item),
            Quadrant::GrowthArea => out.growth_area.push(item),
            Quadrant::LowPriority => out.low_priority.push(item),
        }
    }
    for list in [&mut out.motivated, &mut out.burnout_risk, &mut out.growth_area, &mut out.low_priority] {
        crate::domain::sort::sort_by_key(list, |c| std::cmp::Reverse(c.proficiency + c.enjoyment));
    }
    out
}

/// The motivated talents' keys, strongest first: what the decision module and the brief offer.
pub fn motivated(talents: &Talents) -> Vec<String> {
    quadrants(talents).motivated.into_iter().map(|c| c.key).collect()
}

/// Where the quadrant chart draws, in SVG user units. Proficiency runs left to right, enjoyment
/// bottom to top, each from 1 to 5.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartFrame {
    pub left: f64,
    pub top: f64,
    pub size: f64,
}

/// The quadrant chart's frame in its `viewBox="0 0 360 358"` ([`CHART_WIDTH`] ×
/// [`CHART_HEIGHT`]): the plot runs from x 40 to 350 and y 8 to 318, leaving room on the left
/// for the enjoyment title and ticks, and below for the proficiency ticks and title.
pub const CHART: ChartFrame = ChartFrame { left: 71.0, top: 39.0, size: 248.0 };
pub const CHART_WIDTH: f64 = 360.0;
pub const CHART_HEIGHT: f64 = 358.0;
/// Offsets of the tick labels and axis titles from the plot's edges, in SVG units.
pub const TICK_GAP: f64 = 14.0;
pub const TITLE_GAP: f64 = 32.0;
pub const TITLE_X: f64 = 14.0;

/// A talent's dot on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    pub key: String,
    pub x: f64,
    pub y: f64,
    pub quadrant: Quadrant,
}

/// How a label's text is aligned on its anchor point (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

impl Align {
    /// The SVG `text-anchor` value.
    pub fn svg(self) -> &'static str {
        match self {
            Align::Start => "start",
            Align::Middle => "middle",
            Align::End => "end",
        }
    }
}

/// Where a dot's label goes: its text's anchor point (on the baseline) and alignment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelPlace {
    pub x: f64,
    pub y: f64,
    pub align: Align,
}

/// Chart labels longer than this are cut, with an ellipsis (the lists and table show full names).
pub const LABEL_CHARS: usize = 14;
/// Estimated advance of one character in the chart's 11-unit label font, a little over the
/// average so that estimates err towards more room.
pub const LABEL_CHAR_WIDTH: f64 = 6.2;
/// How far a label's glyphs reach above and below its baseline.
const LABEL_ASCENT: f64 = 9.0;
const LABEL_DESCENT: f64 = 3.0;
/// A dot's radius plus its outline.
const DOT_REACH: f64 = 6.0;

/// An axis-aligned box in SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelBox {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl LabelBox {
    /// The distance from the point `(x, y)` to the box (0 inside it).
    pub fn distance_to(&self, x: f64, y: f64) -> f64 {
        let dx = (self.left - x).max(x - self.right).max(0.0);
        let dy = (self.top - y).max(y - self.bottom).max(0.0);
        dx.hypot(dy)
    }

    /// True when the two boxes share area (touching edges do not count).
    pub fn overlaps(&self, other: &LabelBox) -> bool {
        self.left < other.right && other.left < self.right && self.top < other.bottom && other.top < self.bottom
    }
}

impl LabelPlace {
    /// The box a label of `width` units covers from this place.
    pub fn bounds(&self, width: f64) -> LabelBox {
        let left = match self.align {
            Align::Start => self.x,
            Align::Middle => self.x - width / 2.0,
            Align::End => self.x - width,
        };
        LabelBox { left, right: left + width, top: self.y - LABEL_ASCENT, bottom: self.y + LABEL_DESCENT }
    }
}

impl ChartFrame {
    /// The x of proficiency `p` (1–5).
    pub fn x(&self, p: f64) -> f64 {
        self.left + (p - 1.0) / 4.0 * self.size
    }

    /// The y of enjoyment `e` (1–5); higher enjoyment is higher up.
    pub fn y(&self, e: f64) -> f64 {
        self.top + (5.0 - e) / 4.0 * self.size
    }

    /// The value 3.5 where the quadrants meet (between 3 and 4), as (x, y).
    pub fn split(&self) -> (f64, f64) {
        (self.x(3.5), self.y(3.5))
    }

    /// The plot's rectangle `(x0, y0, x1, y1)`: half a step beyond 1 and 5 on both axes.
    pub fn plot(&self) -> (f64, f64, f64, f64) {
        (self.x(0.5), self.y(5.5), self.x(5.5), self.y(0.5))
    }

    /// Places each dot's label (`chars[i]` characters long, for `dots[i]`) so that no label
    /// overlaps another label or any dot, and every label stays inside the plot. Tries beside the
    /// dot (right, left), above and below (slid inside near an edge), the four diagonals, then
    /// farther above and below; the first free place clearly nearer its own dot than any other
    /// dot wins, else the free place nearest to being so; dots in the order given. A label that fits nowhere is `None`: its
    /// dot stays, and the lists and table beside the chart name every talent.
    pub fn place_labels(&self, dots: &[Dot], chars: &[usize]) -> Vec<Option<LabelPlace>> {
        const CANDIDATES: [(f64, f64, Align); 10] = [
            (8.0, 4.0, Align::Start),
            (-8.0, 4.0, Align::End),
            (0.0, -9.0, Align::Middle),
            (0.0, 17.0, Align::Middle),
            (6.0, -7.0, Align::Start),
            (-6.0, -7.0, Align::End),
            (6.0, 15.0, Align::Start),
            (-6.0, 15.0, Align::End),
            (0.0, -21.0, Align::Middle),
            (0.0, 29.0, Align::Middle),
        ];
        let (x0, y0, x1, y1) = self.plot();
        let inside = |b: &LabelBox| b.left >= x0 + 1.0 && b.right <= x1 - 1.0 && b.top >= y0 + 1.0 && b.bottom <= y1 - 1.0;
        let dot_boxes: Vec<LabelBox> = dots
            .iter()
            .map(|d| LabelBox { left: d.x - DOT_REACH, right: d.x + DOT_REACH, top: d.y - DOT_REACH, bottom: d.y + DOT_REACH })
            .collect();
        let mut placed: Vec<LabelBox> = Vec::new();
        dots.iter()
            .enumerate()
            .map(|(i, d)| {
                let width = chars.get(i).copied().unwrap_or(0) as f64 * LABEL_CHAR_WIDTH;
                // Free places (inside, touching no label or dot) with their clearance: how much
                // nearer the label is to its own dot than to the nearest other dot.
                let free = CANDIDATES.iter().filter_map(|&(dx, dy, align)| {
                    let mut place = LabelPlace { x: d.x + dx, y: d.y + dy, align };
                    if align == Align::Middle {
                        // Above or below a dot near an edge: slide the label along, inside.
                        place.x = place.x.clamp(x0 + 2.0 + width / 2.0, (x1 - 2.0 - width / 2.0).max(x0 + 2.0 + width / 2.0));
                    }
                    let b = place.bounds(width);
                    let clear = inside(&b) && !placed.iter().chain(&dot_boxes).any(|o| o.overlaps(&b));
                    let own = b.distance_to(d.x, d.y);
                    let others = dots.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, o)| b.distance_to(o.x, o.y));
                    clear.then(|| (place, b, others.fold(f64::INFINITY, f64::min) - own))
                });
                // The first place that reads as its own dot's (every other dot clearly farther);
                // failing that, the free place with the most clearance.
                let mut best: Option<(LabelPlace, LabelBox, f64)> = None;
                for candidate in free {
                    if candidate.2 > 1.0 {
                        best = Some(candidate);
                        break;
                    }
                    if best.is_none_or(|b| candidate.2 > b.2) {
                        best = Some(candidate);
                    }
                }
                best.map(|(place, b, _)| {
                    placed.push(b);
                    place
                })
            })
            .collect()
    }

    /// Dots for every classified talent. Talents with the same two ratings are spread on a small
    /// circle around their point so each stays visible.
    pub fn dots(&self, q: &Quadrants) -> Vec<Dot> {
        let mut out = Vec::new();
        let cell = self.size / 4.0;
        for quadrant in Quadrant::ALL {
            let items = q.of(quadrant);
            for item in items {
                let same: Vec<&Classified> =
                    items.iter().filter(|c| c.proficiency == item.proficiency && c.enjoyment == item.enjoyment).collect();
                let n = same.len();
                let i = same.iter().position(|c| c.key == item.key).unwrap_or(0);
                let (dx, dy) = if n > 1 {
                    // From the top, clockwise: a pair stacks one above the other, which leaves
                    // both sides free for labels.
                    let angle = std::f64::consts::TAU * i as f64 / n as f64 - std::f64::consts::FRAC_PI_2;
                    let r = cell * 0.22;
                    (r * angle.cos(), r * angle.sin())
                } else {
                    (0.0, 0.0)
                };
                out.push(Dot {
                    key: item.key.clone(),
                    x: self.x(f64::from(item.proficiency)) + dx,
                    y: self.y(f64::from(item.enjoyment)) + dy,
                    quadrant,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_workbook;

    fn boxes(dots: &[Dot], places: &[Option<LabelPlace>], chars: &[usize]) -> Vec<LabelBox> {
        places.iter().zip(chars).filter_map(|(p, &n)| p.map(|p| p.bounds(n as f64 * LABEL_CHAR_WIDTH))).chain(
            dots.iter().map(|d| LabelBox { left: d.x - DOT_REACH, right: d.x + DOT_REACH, top: d.y - DOT_REACH, bottom: d.y + DOT_REACH }),
        ).collect()
    }

    fn assert_apart(dots: &[Dot], places: &[Option<LabelPlace>], chars: &[usize]) {
        let labels = places.iter().filter(|p| p.is_some()).count();
        let all = boxes(dots, places, chars);
        let (x0, y0, x1, y1) = CHART.plot();
        for (i, a) in all.iter().enumerate().take(labels) {
            assert!(a.left >= x0 && a.right <= x1 && a.top >= y0 && a.bottom <= y1, "label {i} leaves the plot: {a:?}");
            for (j, b) in all.iter().enumerate() {
                // A label may not touch any other label, nor any dot (its own included).
                if i != j {
                    assert!(!a.overlaps(b), "label {i} {a:?} overlaps {j} {b:?}");
                }
            }
        }
    }

    #[test]
    fn the_chart_and_its_axis_texts_fit_the_view_box() {
        let (x0, y0, x1, y1) = CHART.plot();
        assert!(y0 >= 0.0 && x1 <= CHART_WIDTH, "the plot is inside the view box");
        assert!(y1 + TITLE_GAP + LABEL_DESCENT <= CHART_HEIGHT, "the proficiency title is inside");
        assert!(y1 + TICK_GAP + LABEL_DESCENT < y1 + TITLE_GAP - LABEL_ASCENT, "ticks and title do not touch");
        // The enjoyment title is turned a quarter left: its glyphs rise to the left of its
        // baseline and descend to the right. The right-aligned ticks (one digit) end 8 units left
        // of the plot.
        assert!(TITLE_X + LABEL_DESCENT < x0 - 8.0 - LABEL_CHAR_WIDTH, "the enjoyment title clears the ticks");
        assert!(TITLE_X - LABEL_ASCENT >= 0.0);
        assert_eq!(CHART.split(), (CHART.x(3.5), CHART.y(3.5)));
    }

    #[test]
    fn the_example_persons_labels_all_fit_and_never_overlap() {
        let dots = CHART.dots(&quadrants(&example_workbook().talents));
        // The longest label the chart shows.
        let chars = vec![LABEL_CHARS; dots.len()];
        let places = CHART.place_labels(&dots, &chars);
        assert!(places.iter().all(Option::is_some), "every label placed: {places:?}");
        assert_apart(&dots, &places, &chars);
    }

    #[test]
    fn a_crowded_chart_never_overlaps_labels_and_places_most() {
        // Every cell rated, three talents sharing each cell of the top row.
        let mut talents = Talents::default();
        for p in 1..=5u8 {
            for e in 1..=5u8 {
                let copies = if e == 5 { 3 } else { 1 };
                for c in 0..copies {
                    talents.ratings.push(TalentRating {
                        key: format!("t{p}{e}{c}"),
                        name: format!("Talent {p}{e}{c}"),
                        proficiency: Some(p),
                        enjoyment: Some(e),
                        experiences: vec![],
                    });
                }
            }
        }
        let dots = CHART.dots(&quadrants(&talents));
        assert_eq!(dots.len(), 35);
        let chars: Vec<usize> = (0..dots.len()).map(|i| 6 + i % 11).collect();
        let places = CHART.place_labels(&dots, &chars);
        assert_eq!(places.len(), dots.len());
        assert_apart(&dots, &places, &chars);
        let placed = places.iter().filter(|p| p.is_some()).count();
        assert!(placed * 2 >= dots.len(), "at least half the labels find room: {placed} of {}", dots.len());
    }

    #[test]
    fn every_label_is_nearer_its_own_dot_than_any_other() {
        let dots = CHART.dots(&quadrants(&example_workbook().talents));
        // The English labels the chart draws for the example person (cut at 14 characters).
        let label = |key: &str| match key {
            "problem_solving" => "Solving probl…",
            "numbers" => "Working with…",
            "coaching" => "Coaching",
            "teaching" => "Teaching",
            "listening" => "Listening",
            "analysing" => "Analysing",
            "planning" => "Planning",
            "presenting" => "Presenting",
            "mediating" => "Mediating",
            "negotiating" => "Negotiating",
            other => panic!("the example person has a new talent: {other}"),
        };
        let chars: Vec<usize> = dots.iter().map(|d| label(&d.key).chars().count()).collect();
        let places = CHART.place_labels(&dots, &chars);
        assert_apart(&dots, &places, &chars);
        for (i, place) in places.into_iter().enumerate() {
            let b = place.expect("placed").bounds(chars[i] as f64 * LABEL_CHAR_WIDTH);
            let own = b.distance_to(dots[i].x, dots[i].y);
            for (j, other) in dots.iter().enumerate().filter(|(j, _)| *j != i) {
                assert!(b.distance_to(other.x, other.y) > own, "label {i} is as near dot {j} as its own");
            }
        }
        let b = LabelBox { left: 0.0, right: 10.0, top: 0.0, bottom: 10.0 };
        assert_eq!((b.distance_to(5.0, 5.0), b.distance_to(13.0, 14.0), b.distance_to(-2.0, 5.0)), (0.0, 5.0, 2.0));
    }

    #[test]
    fn label_boxes_follow_their_alignment() {
        let at = |align| LabelPlace { x: 100.0, y: 50.0, align }.bounds(40.0);
        assert_eq!((at(Align::Start).left, at(Align::Start).right), (100.0, 140.0));
        assert_eq!((at(Align::Middle).left, at(Align::Middle).right), (80.0, 120.0));
        assert_eq!((at(Align::End).left, at(Align::End).right), (60.0, 100.0));
        assert_eq!((at(Align::End).top, at(Align::End).bottom), (41.0, 53.0));
        let a = LabelBox { left: 0.0, right: 10.0, top: 0.0, bottom: 10.0 };
        assert!(!a.overlaps(&LabelBox { left: 10.0, right: 20.0, top: 0.0, bottom: 10.0 }), "touching is not overlapping");
        assert!(a.overlaps(&LabelBox { left: 9.0, right: 20.0, top: 9.0, bottom: 20.0 }));
        assert_eq!(Align::Middle.svg(), "middle");
    }

    #[test]
    fn high_means_four_or_five() {
        assert_eq!(classify(Some(4), Some(4)), Some(Quadrant::Motivated));
        assert_eq!(classify(Some(5), Some(3)), Some(Quadrant::BurnoutRisk));
        assert_eq!(classify(Some(3), Some(5)), Some(Quadrant::GrowthArea));
        assert_eq!(classify(Some(3), Some(3)), Some(Quadrant::LowPriority));
        assert_eq!(classify(Some(1), Some(1)), Some(Quadrant::LowPriority));
        assert_eq!(classify(None, Some(5)), None);
        assert_eq!(classify(Some(6), Some(5)), None, "out of range is unclassified");
        assert_eq!(classify(Some(0), Some(5)), None);
    }

    #[test]
    fn the_example_person_has_each_quadrant() {
        let q = quadrants(&example_workbook().talents);
        let keys = |list: &[Classified]| list.iter().map(|c| c.key.clone()).collect::<Vec<_>>();
        // coaching 4/5, teaching 4/5, problem_solving 4/5, listening 4/4; ties in grid order.
        assert_eq!(keys(&q.motivated), vec!["coaching", "teaching", "problem_solving", "listening"]);
        assert_eq!(keys(&q.burnout_risk), vec!["analysing", "numbers", "planning"]);
        assert_eq!(keys(&q.growth_area), vec!["presenting", "mediating"]);
        assert_eq!(keys(&q.low_priority), vec!["negotiating"]);
        assert!(q.unclassified.is_empty());
        assert_eq!(motivated(&example_workbook().talents)[0], "coaching");
    }

    #[test]
    fn rating_linking_and_custom_talents() {
        let mut t = Talents::default();
        assert!(rate(&mut t, "writing", Scale::Proficiency, Some(4)));
        assert!(!rate(&mut t, "writing", Scale::Enjoyment, Some(9)));
        assert_eq!(quadrants(&t).unclassified, vec!["writing"]);
        assert!(rate(&mut t, "writing", Scale::Enjoyment, Some(2)));
        assert_eq!(quadrants(&t).burnout_risk.len(), 1);
        assert!(link(&mut t, "writing", "e1", true));
        assert!(!link(&mut t, "writing", "e1", true), "linked once");
        assert!(link(&mut t, "writing", "e1", false));
        assert!(rating(&t, "writing").unwrap().experiences.is_empty());
        assert_eq!(add_custom(&mut t, " Juggling ", &[]), Ok("Juggling".into()));
        assert_eq!(add_custom(&mut t, "juggling", &[]), Err(TalentsError::Duplicate));
        assert_eq!(add_custom(&mut t, "Writing", &[]), Err(TalentsError::Duplicate));
        assert_eq!(add_custom(&mut t, "Schrijven", &["Schrijven"]), Err(TalentsError::Duplicate));
        assert_eq!(add_custom(&mut t, "", &[]), Err(TalentsError::Empty));
        assert_eq!(grid(&t).last().map(String::as_str), Some("Juggling"));
        assert!(!rate(&mut t, "", Scale::Proficiency, Some(3)), "no empty keys");
        let before = t.clone();
        let removed = remove(&mut t, "writing").unwrap();
        assert!(restore(&mut t, removed));
        assert_eq!(t, before);
    }

    #[test]
    fn chart_points_place_high_ratings_top_right_and_spread_ties() {
        let frame = ChartFrame { left: 40.0, top: 10.0, size: 200.0 };
        assert_eq!((frame.x(1.0), frame.x(5.0)), (40.0, 240.0));
        assert_eq!((frame.y(5.0), frame.y(1.0)), (10.0, 210.0));
        assert_eq!(frame.split(), (165.0, 85.0));
        let q = quadrants(&example_workbook().talents);
        let dots = frame.dots(&q);
        assert_eq!(dots.len(), 10);
        for d in &dots {
            let (sx, sy) = frame.split();
            let right = d.x > sx;
            let up = d.y < sy;
            let expected = match (right, up) {
                (true, true) => Quadrant::Motivated,
                (true, false) => Quadrant::BurnoutRisk,
                (false, true) => Quadrant::GrowthArea,
                (false, false) => Quadrant::LowPriority,
            };
            assert_eq!(d.quadrant, expected, "{}", d.key);
        }
        // coaching, teaching and problem_solving are all 4/5: three distinct points.
        let spots: Vec<(i64, i64)> =
            dots.iter().filter(|d| ["coaching", "teaching", "problem_solving"].contains(&d.key.as_str())).map(|d| (d.x as i64, d.y as i64)).collect();
        assert_eq!(spots.len(), 3);
        assert!(spots[0] != spots[1] && spots[1] != spots[2] && spots[0] != spots[2]);
    }
}
