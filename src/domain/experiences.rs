//! Editing the experiences list: add, move, remove with undo, entry lists, and links to a story.
//!
//! The screen calls these so that every change to `workbook.experiences` keeps the contract's
//! caps (`MAX_LIST_ITEMS`, name and text lengths) and never panics on what a user typed. It does
//! not derive evidence (see [`super::evidence`]).

use super::workbook::{next_id, Experience, ExperienceKind, Workbook, MAX_LIST_ITEMS, MAX_NAME_CHARS, MAX_TEXT_CHARS};

/// Every kind of experience, in the order the form lists them.
pub const KINDS: [ExperienceKind; 6] = [
    ExperienceKind::Job,
    ExperienceKind::Project,
    ExperienceKind::Role,
    ExperienceKind::Volunteering,
    ExperienceKind::Study,
    ExperienceKind::LifeEvent,
];

/// The kind's name in files (`life-event`), also used as the form's option value.
pub fn kind_slug(kind: ExperienceKind) -> &'static str {
    match kind {
        ExperienceKind::Job => "job",
        ExperienceKind::Project => "project",
        ExperienceKind::Role => "role",
        ExperienceKind::Volunteering => "volunteering",
        ExperienceKind::Study => "study",
        ExperienceKind::LifeEvent => "life-event",
    }
}

/// The kind named by `slug`.
pub fn kind_from_slug(slug: &str) -> Option<ExperienceKind> {
    KINDS.into_iter().find(|k| kind_slug(*k) == slug)
}

/// `text` cut to at most [`MAX_NAME_CHARS`] characters (titles, dates).
pub fn cap_name(text: &str) -> String {
    text.chars().take(MAX_NAME_CHARS).collect()
}

/// `text` cut to at most [`MAX_TEXT_CHARS`] characters (stories).
pub fn cap_text(text: &str) -> String {
    text.chars().take(MAX_TEXT_CHARS).collect()
}

/// An experience taken out of the list, with where it was, so it can be put back.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub experience: Experience,
    pub index: usize,
}

/// Why an experience or an entry could not be added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListError {
    /// The list already holds [`MAX_LIST_ITEMS`] items.
    Full,
    /// The entry is empty after trimming.
    Empty,
    /// The entry is already in the list (compared trimmed and case-insensitively).
    Duplicate,
}

/// Appends a new, empty experience and returns its id.
pub fn add(workbook: &mut Workbook) -> Result<String, ListError> {
    if workbook.experiences.len() >= MAX_LIST_ITEMS {
        return Err(ListError::Full);
    }
    let id = next_id("e", workbook.experiences.iter().map(|e| e.id.as_str()));
    workbook.experiences.push(Experience { id: id.clone(), ..Experience::default() });
    Ok(id)
}

/// The position of experience `id`.
pub fn position(workbook: &Workbook, id: &str) -> Option<usize> {
    workbook.experiences.iter().position(|e| e.id == id)
}

/// The experience `id`, to change in place.
pub fn get_mut<'a>(workbook: &'a mut Workbook, id: &str) -> Option<&'a mut Experience> {
    workbook.experiences.iter_mut().find(|e| e.id == id)
}

/// Moves experience `id` one place up (towards the start). Returns its new position, or `None`
/// when it is already first or does not exist.
pub fn move_up(workbook: &mut Workbook, id: &str) -> Option<usize> {
    let i = position(workbook, id)?;
    if i == 0 {
        return None;
    }
    workbook.experiences.swap(i, i - 1);
    Some(i - 1)
}

/// Moves experience `id` one place down. Returns its new position, or `None` when it is already
/// last or does not exist.
pub fn move_down(workbook: &mut Workbook, id: &str) -> Option<usize> {
    let i = position(workbook, id)?;
    if i + 1 >= workbook.experiences.len() {
        return None;
    }
    workbook.experiences.swap(i, i + 1);
    Some(i + 1)
}

/// Takes experience `id` out of the list, keeping what [`restore`] needs.
pub fn remove(workbook: &mut Workbook, id: &str) -> Option<Removed> {
    let index = position(workbook, id)?;
    Some(Removed { experience: workbook.experiences.remove(index), index })
}

/// Puts a removed experience back where it was (or at the end if the list has since shrunk).
/// If its id was taken in the meantime it gets a fresh one. Returns its id.
pub fn restore(workbook: &mut Workbook, removed: Removed) -> Result<String, ListError> {
    if workbook.experiences.len() >= MAX_LIST_ITEMS {
        return Err(ListError::Full);
    }
    let mut experience = removed.experience;
    if position(workbook, &experience.id).is_some() || experience.id.is_empty() {
        experience.id = next_id("e", workbook.experiences.iter().map(|e| e.id.as_str()));
    }
    let id = experience.id.clone();
    let index = removed.index.min(workbook.experiences.len());
    workbook.experiences.insert(index, experience);
    Ok(id)
}

/// Adds typed text to an entry list (talents, values, tags): trimmed, capped at
/// [`MAX_NAME_CHARS`] characters, without duplicates, at most [`MAX_LIST_ITEMS`] entries.
pub fn add_entry(list: &mut Vec<String>, text: &str) -> Result<(), ListError> {
    let text: String = text.trim().chars().take(MAX_NAME_CHARS).collect();
    let text = text.trim_end().to_string();
    if text.is_empty() {
        return Err(ListError::Empty);
    }
    let folded = text.to_lowercase();
    if list.iter().any(|item| item.trim().to_lowercase() == folded) {
        return Err(ListError::Duplicate);
    }
    if list.len() >= MAX_LIST_ITEMS {
        return Err(ListError::Full);
    }
    list.push(text);
    Ok(())
}

/// Removes `text` from an entry list (exact match).
pub fn remove_entry(list: &mut Vec<String>, text: &str) {
    list.retain(|item| item != text);
}

/// Includes or excludes a catalogued `key` in an entry list.
pub fn set_entry(list: &mut Vec<String>, key: &str, on: bool) {
    let present = list.iter().any(|item| item == key);
    if on && !present && list.len() < MAX_LIST_ITEMS {
        list.push(key.to_string());
    } else if !on {
        remove_entry(list, key);
    }
}

/// Where a value stands in one experience.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stance {
    NotInvolved,
    Honoured,
    Violated,
}

/// The stance of value `key` in `experience`.
pub fn stance(experience: &Experience, key: &str) -> Stance {
    if experience.values_honoured.iter().any(|v| v == key) {
        Stance::Honoured
    } else if experience.values_violated.iter().any(|v| v == key) {
        Stance::Violated
    } else {
        Stance::NotInvolved
    }
}

/// Sets the stance of value `key`: a value is honoured or violated in one story, not both.
pub fn set_stance(experience: &mut Experience, key: &str, stance: Stance) {
    set_entry(&mut experience.values_honoured, key, stance == Stance::Honoured);
    set_entry(&mut experience.values_violated, key, stance == Stance::Violated);
}

/// True when nothing but the id has been filled in.
pub fn is_blank(experience: &Experience) -> bool {
    *experience == Experience { id: experience.id.clone(), ..Experience::default() }
}

/// The link to one story: `#/experiences/<id>` opens the experiences screen with that story's
/// form open. Other modules use it to link evidence back to its story.
pub fn story_href(id: &str) -> String {
    format!("#/experiences/{id}")
}

/// The story id named by a hash such as `#/experiences/e3`, if any.
pub fn story_id_from_hash(hash: &str) -> Option<&str> {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    let path = path.split(['?', '#']).next().unwrap_or("");
    let rest = path.strip_prefix("experiences/")?;
    let id = rest.trim_end_matches('/');
    (!id.is_empty() && !id.contains('/')).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(wb: &Workbook) -> Vec<&str> {
        wb.experiences.iter().map(|e| e.id.as_str()).collect()
    }

    fn three() -> Workbook {
        let mut wb = Workbook::default();
        for _ in 0..3 {
            add(&mut wb).unwrap();
        }
        wb
    }

    #[test]
    fn add_gives_fresh_ids() {
        let mut wb = three();
        assert_eq!(ids(&wb), vec!["e1", "e2", "e3"]);
        remove(&mut wb, "e2");
        assert_eq!(add(&mut wb), Ok("e2".to_string()));
        assert!(is_blank(&wb.experiences[0]));
    }

    #[test]
    fn moves_stop_at_the_ends() {
        let mut wb = three();
        assert_eq!(move_up(&mut wb, "e1"), None);
        assert_eq!(move_down(&mut wb, "e3"), None);
        assert_eq!(move_up(&mut wb, "e3"), Some(1));
        assert_eq!(ids(&wb), vec!["e1", "e3", "e2"]);
        assert_eq!(move_down(&mut wb, "e1"), Some(1));
        assert_eq!(ids(&wb), vec!["e3", "e1", "e2"]);
        assert_eq!(move_up(&mut wb, "nope"), None);
    }

    #[test]
    fn undo_restores_at_the_same_position() {
        let mut wb = three();
        wb.experiences[1].title = "middle".into();
        let removed = remove(&mut wb, "e2").unwrap();
        assert_eq!(removed.index, 1);
        assert_eq!(ids(&wb), vec!["e1", "e3"]);
        assert_eq!(restore(&mut wb, removed), Ok("e2".to_string()));
        assert_eq!(ids(&wb), vec!["e1", "e2", "e3"]);
        assert_eq!(wb.experiences[1].title, "middle");
    }

    #[test]
    fn undo_after_the_list_changed_keeps_ids_unique() {
        let mut wb = three();
        let removed = remove(&mut wb, "e3").unwrap();
        remove(&mut wb, "e2");
        add(&mut wb).unwrap(); // takes e2
        add(&mut wb).unwrap(); // takes e3
        remove(&mut wb, "e1");
        assert_eq!(restore(&mut wb, removed), Ok("e1".to_string()));
        assert_eq!(ids(&wb), vec!["e2", "e3", "e1"]);
    }

    #[test]
    fn entries_are_trimmed_capped_and_unique() {
        let mut list = Vec::new();
        assert_eq!(add_entry(&mut list, "  Humour "), Ok(()));
        assert_eq!(add_entry(&mut list, "humour"), Err(ListError::Duplicate));
        assert_eq!(add_entry(&mut list, "   "), Err(ListError::Empty));
        assert_eq!(add_entry(&mut list, &"x".repeat(300)), Ok(()));
        assert_eq!(list[1].chars().count(), MAX_NAME_CHARS);
        remove_entry(&mut list, "Humour");
        assert_eq!(list.len(), 1);
        let mut full: Vec<String> = (0..MAX_LIST_ITEMS).map(|i| i.to_string()).collect();
        assert_eq!(add_entry(&mut full, "one more"), Err(ListError::Full));
    }

    #[test]
    fn a_value_is_honoured_or_violated_not_both() {
        let mut e = Experience::default();
        set_stance(&mut e, "autonomy", Stance::Honoured);
        assert_eq!(stance(&e, "autonomy"), Stance::Honoured);
        set_stance(&mut e, "autonomy", Stance::Violated);
        assert_eq!(stance(&e, "autonomy"), Stance::Violated);
        assert!(e.values_honoured.is_empty());
        set_stance(&mut e, "autonomy", Stance::NotInvolved);
        assert_eq!(e, Experience::default());
    }

    #[test]
    fn kinds_round_trip_through_their_file_names() {
        for kind in KINDS {
            assert_eq!(kind_from_slug(kind_slug(kind)), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind_slug(kind)));
        }
        assert_eq!(kind_from_slug("hobby"), None);
        assert_eq!(cap_name(&"é".repeat(250)).chars().count(), MAX_NAME_CHARS);
        assert_eq!(cap_text("short"), "short");
    }

    #[test]
    fn story_links_round_trip() {
        assert_eq!(story_href("e3"), "#/experiences/e3");
        assert_eq!(story_id_from_hash(&story_href("e3")), Some("e3"));
        assert_eq!(story_id_from_hash("#/experiences"), None);
        assert_eq!(story_id_from_hash("#/experiences/"), None);
        assert_eq!(story_id_from_hash("#/values/e3"), None);
        assert_eq!(crate::route::Route::parse(&story_href("e3")), Some(crate::route::Route::Experiences));
    }
}
