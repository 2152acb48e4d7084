//! The values card sort and the top-five ranking: every change the `#/values` screen makes to
//! `workbook.values`, the derived **top-value order**, and the evidence shown on each card.
//!
//! # The rules
//!
//! - **The deck**: the catalogued values (`super::catalog::VALUES`, in catalogue order) followed
//!   by the person's custom values (`values.custom`, in key order). A custom value's key is its
//!   name as typed (trimmed), so experiences that name the same value match it (evidence matches
//!   custom entries trimmed and case-insensitively).
//! - **Sorting**: each card is unsorted or in one pile: very important, important, less
//!   important. Moving a card to "less important" or back to unsorted takes it out of the top five.
//! - **The top five**: chosen from cards sorted very important or important, at most
//!   [`TOP_SIZE`], most important first, each once.
//! - **Top-value order** ([`top_order`]): the top five in their order, then the other very
//!   important cards, then the important ones, each pile in deck order. Less important and unsorted
//!   cards are not in it. This is what the decision module and the brief read as "what matters".
//! - Keys in a file that are neither catalogued nor custom are kept and shown as typed.
//!
//! This module names nothing: translated names live in `crate::i18n::catalog_names`.

use serde::Serialize;

use super::catalog::VALUES;
use super::evidence::{self, Feeling};
use super::workbook::{ValueBucket, Values, Workbook, MAX_LIST_ITEMS, MAX_NAME_CHARS};

/// How many values the ranking holds.
pub const TOP_SIZE: usize = 5;

/// The piles, in the order the screen shows them.
pub const BUCKETS: [ValueBucket; 3] = [ValueBucket::VeryImportant, ValueBucket::Important, ValueBucket::LessImportant];

/// A pile's name in files (`very-important`), also used in the screen's `data-bucket`.
pub fn bucket_slug(bucket: ValueBucket) -> &'static str {
    match bucket {
        ValueBucket::VeryImportant => "very-important",
        ValueBucket::Important => "important",
        ValueBucket::LessImportant => "less-important",
    }
}

/// The pile named by `slug`; `None` for anything else (such as `unsorted`).
pub fn bucket_from_slug(slug: &str) -> Option<ValueBucket> {
    BUCKETS.into_iter().find(|b| bucket_slug(*b) == slug)
}

/// Why a change to the values could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValuesError {
    /// The top five is full.
    TopFull,
    /// Only cards sorted very important or important can be ranked.
    NotRankable,
    /// A custom name is empty after trimming.
    Empty,
    /// A custom name repeats a value already in the deck.
    Duplicate,
    /// A custom name is longer than 200 characters.
    TooLong,
    /// The custom list already holds 500 values.
    Full,
}

/// The trimmed, lower-cased form used to compare names.
fn fold(text: &str) -> String {
    text.trim().to_lowercase()
}

/// Every card: catalogue values, then custom ones.
pub fn deck(values: &Values) -> Vec<String> {
    VALUES
        .iter()
        .map(|k| k.to_string())
        .chain(values.custom.keys().filter(|k| !VALUES.contains(&k.as_str())).cloned())
        .collect()
}

/// The pile card `key` is in, if sorted.
pub fn bucket_of(values: &Values, key: &str) -> Option<ValueBucket> {
    values.sort.get(key).copied()
}

/// The cards of the deck not sorted yet, in deck order.
pub fn unsorted(values: &Values) -> Vec<String> {
    deck(values).into_iter().filter(|k| !values.sort.contains_key(k)).collect()
}

/// The cards in `bucket`: deck order, then keys the deck does not know (from a file) in key order.
pub fn in_bucket(values: &Values, bucket: ValueBucket) -> Vec<String> {
    let deck = deck(values);
    let mut out: Vec<String> = deck.iter().filter(|k| bucket_of(values, k) == Some(bucket)).cloned().collect();
    out.extend(values.sort.iter().filter(|(k, b)| **b == bucket && !deck.contains(k)).map(|(k, _)| k.clone()));
    out
}

/// True when card `key` may join the top five.
pub fn can_rank(values: &Values, key: &str) -> bool {
    matches!(bucket_of(values, key), Some(ValueBucket::VeryImportant | ValueBucket::Important))
}

/// Puts card `key` on `bucket` (`None`: back to unsorted). Leaving the rankable piles also
/// leaves the top five. Returns true when something changed.
pub fn place(values: &mut Values, key: &str, bucket: Option<ValueBucket>) -> bool {
    if key.is_empty() || key.chars().count() > MAX_NAME_CHARS {
        return false;
    }
    let before = bucket_of(values, key);
    if before == bucket {
        return false;
    }
    match bucket {
        Some(b) => {
            if before.is_none() && values.sort.len() >= MAX_LIST_ITEMS {
                return false;
            }
            values.sort.insert(key.to_string(), b);
        }
        None => {
            values.sort.remove(key);
        }
    }
    if !can_rank(values, key) {
        values.top.retain(|k| k != key);
    }
    true
}

/// Adds card `key` at the end of the top five; returns its 0-based place.
pub fn add_to_top(values: &mut Values, key: &str) -> Result<usize, ValuesError> {
    if let Some(at) = values.top.iter().position(|k| k == key) {
        return Ok(at);
    }
    if !can_rank(values, key) {
        return Err(ValuesError::NotRankable);
    }
    if values.top.len() >= TOP_SIZE {
        return Err(ValuesError::TopFull);
    }
    values.top.push(key.to_string());
    Ok(values.top.len() - 1)
}

/// Takes card `key` out of the top five; returns the place it had.
pub fn remove_from_top(values: &mut Values, key: &str) -> Option<usize> {
    let at = values.top.iter().position(|k| k == key)?;
    values.top.remove(at);
    Some(at)
}

/// Moves card `key` one place up (towards most important) or down in the top five; returns
/// its new 0-based place, or `None` when it is not ranked or already at that end.
pub fn move_in_top(values: &mut Values, key: &str, up: bool) -> Option<usize> {
    let at = values.top.iter().position(|k| k == key)?;
    let to = if up { at.checked_sub(1)? } else { at + 1 };
    if to >= values.top.len() {
        return None;
    }
    values.top.swap(at, to);
    Some(to)
}

/// The top-value order (see the module doc): ranked, then very important, then important.
pub fn top_order(values: &Values) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for key in values.top.iter().take(TOP_SIZE) {
        if can_rank(values, key) && !out.contains(key) {
            out.push(key.clone());
        }
    }
    for bucket in [ValueBucket::VeryImportant, ValueBucket::Important] {
        for key in in_bucket(values, bucket) {
            if !out.contains(&key) {
                out.push(key);
            }
        }
    }
    out
}

/// Adds a custom value called `name`. `taken` are the names already shown for the deck (the
/// catalogue in the current language); a name that repeats one of them, a catalogue key or a
/// custom value (ignoring case and outer spaces) is refused. Returns the new key.
pub fn add_custom(values: &mut Values, name: &str, taken: &[&str]) -> Result<String, ValuesError> {
    let key = name.trim().to_string();
    let folded = fold(&key);
    if folded.is_empty() {
        return Err(ValuesError::Empty);
    }
    if key.chars().count() > MAX_NAME_CHARS {
        return Err(ValuesError::TooLong);
    }
    let clash = deck(values).iter().any(|k| fold(k) == folded)
        || values.custom.values().any(|n| fold(n) == folded)
        || taken.iter().any(|n| fold(n) == folded);
    if clash {
        return Err(ValuesError::Duplicate);
    }
    if values.custom.len() >= MAX_LIST_ITEMS {
        return Err(ValuesError::Full);
    }
    values.custom.insert(key.clone(), key.clone());
    Ok(key)
}

/// A custom value taken out, with where it was sorted and ranked, so undo can put it back.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedCustom {
    pub key: String,
    pub name: String,
    pub bucket: Option<ValueBucket>,
    pub top_place: Option<usize>,
}

/// Removes custom value `key` from the deck, its pile and the top five.
pub fn remove_custom(values: &mut Values, key: &str) -> Option<RemovedCustom> {
    let name = values.custom.remove(key)?;
    let bucket = values.sort.remove(key);
    let top_place = remove_from_top(values, key);
    Some(RemovedCustom { key: key.to_string(), name, bucket, top_place })
}

/// Puts a removed custom value back where it was (its top place if there is still room).
pub fn restore_custom(values: &mut Values, removed: RemovedCustom) {
    let RemovedCustom { key, name, bucket, top_place } = removed;
    values.custom.insert(key.clone(), name);
    if let Some(b) = bucket {
        values.sort.insert(key.clone(), b);
    }
    if let Some(at) = top_place {
        if values.top.len() < TOP_SIZE && !values.top.contains(&key) {
            let at = at.min(values.top.len());
            values.top.insert(at, key);
        }
    }
}

/// What a card says about the stories behind a value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CardEvidence {
    /// Energising experiences (energy ≥ 4) that honoured the value.
    pub honoured_energising: usize,
    /// Draining experiences (energy ≤ 2) that went against it.
    pub violated_draining: usize,
    /// The value's strength in the evidence profile.
    pub strength: i32,
    /// Ids of those experiences: energising honoured first, then draining violated.
    pub experiences: Vec<String>,
}

/// The evidence behind card `key` (see `super::evidence` for how stories are matched).
pub fn card_evidence(workbook: &Workbook, key: &str) -> CardEvidence {
    card_evidence_in(workbook, &evidence::value_profile(workbook), key)
}

/// [`card_evidence`] with the stories' [`evidence::value_profile`] computed once by the caller
/// (the card sort shows forty cards).
pub fn card_evidence_in(workbook: &Workbook, profile: &[evidence::ValueEvidence], key: &str) -> CardEvidence {
    let Some(e) = evidence::find_value(profile, key) else { return CardEvidence::default() };
    let feeling_of = |id: &String| workbook.experiences.iter().find(|x| &x.id == id).map(evidence::feeling);
    let honoured: Vec<String> = e.honoured_in.iter().filter(|id| feeling_of(id) == Some(Feeling::Energising)).cloned().collect();
    let violated: Vec<String> = e.violated_in.iter().filter(|id| feeling_of(id) == Some(Feeling::Draining)).cloned().collect();
    CardEvidence {
        honoured_energising: honoured.len(),
        violated_draining: violated.len(),
        strength: e.strength,
        experiences: honoured.into_iter().chain(violated).collect(),
    }
}

/// `results.values` of the exported file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ValueResults {
    /// The top five as ranked (only cards still on a rankable pile).
    pub top: Vec<String>,
    /// The top-value order (see the module doc).
    pub order: Vec<String>,
    /// How many cards lie on each pile, and how many of the deck are still unsorted.
    pub very_important: usize,
    pub important: usize,
    pub less_important: usize,
    pub unsorted: usize,
}

/// Computes `results.values`.
pub fn results(values: &Values) -> ValueResults {
    let order = top_order(values);
    let top = values.top.iter().filter(|k| can_rank(values, k)).take(TOP_SIZE).cloned().collect();
    let count = |b| values.sort.values().filter(|x| **x == b).count();
    ValueResults {
        top,
        order,
        very_important: count(ValueBucket::VeryImportant),
        important: count(ValueBucket::Important),
        less_important: count(ValueBucket::LessImportant),
        unsorted: unsorted(values).len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_workbook;
    use crate::domain::workbook::Experience;

    fn sorted(pairs: &[(&str, ValueBucket)]) -> Values {
        let mut v = Values::default();
        for (k, b) in pairs {
            assert!(place(&mut v, k, Some(*b)));
        }
        v
    }

    #[test]
    fn the_deck_is_the_catalogue_then_custom_values() {
        let mut v = Values::default();
        assert_eq!(deck(&v).len(), VALUES.len());
        assert_eq!(add_custom(&mut v, "  Humour ", &[]), Ok("Humour".to_string()));
        assert_eq!(deck(&v).last().map(String::as_str), Some("Humour"));
        assert_eq!(unsorted(&v).len(), VALUES.len() + 1);
        assert_eq!(add_custom(&mut v, "humour", &[]), Err(ValuesError::Duplicate));
        assert_eq!(add_custom(&mut v, "AUTONOMY", &[]), Err(ValuesError::Duplicate));
        assert_eq!(add_custom(&mut v, "Zekerheid", &["Zekerheid"]), Err(ValuesError::Duplicate));
        assert_eq!(add_custom(&mut v, "   ", &[]), Err(ValuesError::Empty));
        assert_eq!(add_custom(&mut v, &"x".repeat(201), &[]), Err(ValuesError::TooLong));
    }

    #[test]
    fn placing_moves_cards_between_piles_and_out_of_the_top() {
        let mut v = sorted(&[("autonomy", ValueBucket::VeryImportant), ("income", ValueBucket::Important)]);
        assert_eq!(in_bucket(&v, ValueBucket::VeryImportant), vec!["autonomy"]);
        assert_eq!(add_to_top(&mut v, "autonomy"), Ok(0));
        assert_eq!(add_to_top(&mut v, "income"), Ok(1));
        assert_eq!(add_to_top(&mut v, "security"), Err(ValuesError::NotRankable));
        assert!(!place(&mut v, "autonomy", Some(ValueBucket::VeryImportant)), "no change");
        assert!(place(&mut v, "autonomy", Some(ValueBucket::Important)));
        assert_eq!(v.top, vec!["autonomy", "income"], "important cards stay ranked");
        assert!(place(&mut v, "autonomy", Some(ValueBucket::LessImportant)));
        assert_eq!(v.top, vec!["income"]);
        assert!(place(&mut v, "income", None));
        assert!(v.top.is_empty());
        assert_eq!(bucket_of(&v, "income"), None);
        assert!(!place(&mut v, "", Some(ValueBucket::Important)));
    }

    #[test]
    fn the_top_five_holds_five_and_reorders() {
        let keys = ["autonomy", "security", "learning", "meaning", "recognition", "balance"];
        let mut v = sorted(&keys.map(|k| (k, ValueBucket::VeryImportant)));
        for (i, k) in keys.iter().take(5).enumerate() {
            assert_eq!(add_to_top(&mut v, k), Ok(i));
        }
        assert_eq!(add_to_top(&mut v, "balance"), Err(ValuesError::TopFull));
        assert_eq!(add_to_top(&mut v, "learning"), Ok(2), "already ranked");
        assert_eq!(move_in_top(&mut v, "autonomy", true), None);
        assert_eq!(move_in_top(&mut v, "recognition", false), None);
        assert_eq!(move_in_top(&mut v, "learning", true), Some(1));
        assert_eq!(v.top, vec!["autonomy", "learning", "security", "meaning", "recognition"]);
        assert_eq!(move_in_top(&mut v, "autonomy", false), Some(1));
        assert_eq!(remove_from_top(&mut v, "meaning"), Some(3));
        assert_eq!(move_in_top(&mut v, "balance", true), None, "not ranked");
        assert_eq!(v.top, vec!["learning", "autonomy", "security", "recognition"]);
    }

    #[test]
    fn top_order_is_ranked_then_very_important_then_important_in_deck_order() {
        let mut v = sorted(&[
            ("income", ValueBucket::Important),
            ("variety", ValueBucket::VeryImportant),
            ("autonomy", ValueBucket::VeryImportant),
            ("status", ValueBucket::LessImportant),
            ("meaning", ValueBucket::VeryImportant),
            ("security", ValueBucket::Important),
        ]);
        add_to_top(&mut v, "income").unwrap();
        add_to_top(&mut v, "meaning").unwrap();
        assert_eq!(top_order(&v), vec!["income", "meaning", "autonomy", "variety", "security"]);
        // A file may rank a card it sorted as less important, or twice: neither counts.
        v.top = vec!["status".into(), "meaning".into(), "meaning".into()];
        assert_eq!(top_order(&v), vec!["meaning", "autonomy", "variety", "security", "income"]);
        let r = results(&v);
        assert_eq!(r.top, vec!["meaning", "meaning"]);
        assert_eq!((r.very_important, r.important, r.less_important), (3, 2, 1));
        assert_eq!(r.unsorted, VALUES.len() - 6);
    }

    #[test]
    fn custom_values_come_back_where_they_were_after_undo() {
        let mut v = Values::default();
        let key = add_custom(&mut v, "Humour", &[]).unwrap();
        place(&mut v, "autonomy", Some(ValueBucket::VeryImportant));
        place(&mut v, &key, Some(ValueBucket::VeryImportant));
        add_to_top(&mut v, "autonomy").unwrap();
        add_to_top(&mut v, &key).unwrap();
        move_in_top(&mut v, &key, true);
        let before = v.clone();
        let removed = remove_custom(&mut v, &key).unwrap();
        assert_eq!(v.top, vec!["autonomy"]);
        assert!(!v.sort.contains_key(&key));
        restore_custom(&mut v, removed);
        assert_eq!(v, before);
        assert_eq!(remove_custom(&mut v, "autonomy"), None, "catalogue values cannot be removed");
    }

    #[test]
    fn cards_show_energising_stories_that_honoured_them() {
        let wb = example_workbook();
        // helping: honoured in e1, e3, e5 (all energy 5).
        let e = card_evidence(&wb, "helping");
        assert_eq!(e.honoured_energising, 3);
        assert_eq!(e.experiences, vec!["e1", "e3", "e5"]);
        // learning: honoured in e4 (draining), e5 and e7 (energising).
        assert_eq!(card_evidence(&wb, "learning").honoured_energising, 2);
        let mut wb = Workbook::default();
        wb.experiences.push(Experience {
            id: "e1".into(),
            energy: Some(1),
            values_violated: vec!["Humour".into()],
            ..Experience::default()
        });
        let e = card_evidence(&wb, "humour");
        assert_eq!((e.honoured_energising, e.violated_draining, e.strength), (0, 1, 2));
        assert_eq!(card_evidence(&wb, "autonomy"), CardEvidence::default());
    }

    #[test]
    fn bucket_slugs_round_trip() {
        for b in BUCKETS {
            assert_eq!(bucket_from_slug(bucket_slug(b)), Some(b));
            let json = serde_json::to_string(&b).unwrap();
            assert_eq!(json, format!("\"{}\"", bucket_slug(b)));
        }
        assert_eq!(bucket_from_slug("unsorted"), None);
    }
}
