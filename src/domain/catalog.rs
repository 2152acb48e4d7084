//! The catalogues of work values and talents that experiences, the values card sort, the talents
//! ratings and decision criteria all refer to by key (`value:autonomy`, `talent:analysing`).
//!
//! Keys are stable identifiers that appear in exported files; their names and descriptions are
//! translated texts in the UI. Keys not in a catalogue are allowed in files (custom entries).

/// Work values for the card sort, in the order the cards are dealt.
pub const VALUES: &[&str] = &[
    "autonomy",
    "security",
    "learning",
    "meaning",
    "recognition",
    "relationships",
    "balance",
    "income",
    "creativity",
    "leadership",
    "variety",
    "location_flexibility",
    "expertise",
    "challenge",
    "helping",
    "status",
    "teamwork",
    "structure",
    "adventure",
    "integrity",
    "influence",
    "sustainability",
    "entrepreneurship",
    "craftsmanship",
];

/// Talents and skills for the ratings grid.
pub const TALENTS: &[&str] = &[
    "analysing",
    "organising",
    "coaching",
    "negotiating",
    "writing",
    "presenting",
    "building",
    "designing",
    "researching",
    "selling",
    "caring",
    "teaching",
    "leading",
    "problem_solving",
    "listening",
    "planning",
    "networking",
    "mediating",
    "improvising",
    "numbers",
];

/// True if `key` is a catalogued value.
pub fn is_value(key: &str) -> bool {
    VALUES.contains(&key)
}

/// True if `key` is a catalogued talent.
pub fn is_talent(key: &str) -> bool {
    TALENTS.contains(&key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn keys_are_unique_and_snake_case() {
        for list in [VALUES, TALENTS] {
            let unique: BTreeSet<_> = list.iter().collect();
            assert_eq!(unique.len(), list.len());
            for key in list {
                assert!(key.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{key}");
            }
        }
        assert!((20..=30).contains(&VALUES.len()), "the card sort wants 20–30 values");
    }
}
