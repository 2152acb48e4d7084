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
        list.sort_by_key(|c| std::cmp::Reverse(c.proficiency + c.enjoyment));
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

/// A talent's dot on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    pub key: String,
    pub x: f64,
    pub y: f64,
    pub quadrant: Quadrant,
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
                    let angle = std::f64::consts::TAU * i as f64 / n as f64;
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
