//! Per-browser preferences and bookkeeping, stored beside the workbook but never exported:
//! language, theme, when the last export happened, which module was open last.

use serde::{Deserialize, Serialize};

/// Preferences of this browser.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// `en`, `nl` or `fr`; `None` follows the browser.
    pub lang: Option<String>,
    pub theme: Theme,
    /// RFC 3339 time of the last export, if any.
    pub last_export: Option<String>,
    /// The first-use reminder that exporting is the real backup was dismissed.
    pub export_tip_dismissed: bool,
    /// When the "your last export is old" reminder was last dismissed (RFC 3339).
    pub reminder_dismissed_at: Option<String>,
    /// The slug of the last module route visited, for "continue where you left off".
    pub last_route: Option<String>,
    /// True while the example person is loaded (the person's own workbook is stashed).
    pub example_loaded: bool,
    /// This browser's random hand-in id (`domain::handin`), made on the first hand-in export so
    /// that a re-export is counted once by the facilitator.
    pub handin_id: Option<String>,
    /// Answers of HR's organisation check (`domain::orgcheck`), item id → 0–3: about an
    /// organisation, not the person, so never part of the exported workbook.
    pub org_check: std::collections::BTreeMap<String, u8>,
}

/// Colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The value of `data-theme` on `<html>` and of the `theme=` URL parameter.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(text: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == text)
    }
}

/// Whole days from `then` to `now` (both RFC 3339, UTC `Z` or offset), or `None` if either
/// cannot be read. Only the date part matters for reminders.
pub fn days_between(then: &str, now: &str) -> Option<i64> {
    Some(day_number(now)? - day_number(then)?)
}

/// Days since 1970-01-01 of an RFC 3339 date (civil-from-days inverse, Howard Hinnant).
fn day_number(stamp: &str) -> Option<i64> {
    let date = stamp.get(..10)?;
    let mut parts = date.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Days after which the app reminds the user to export again.
pub const EXPORT_REMINDER_DAYS: i64 = 14;
/// Days a dismissed reminder stays quiet.
pub const REMINDER_SNOOZE_DAYS: i64 = 7;

/// What the export reminder should say now, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportReminder {
    /// Never exported: exporting is the real backup.
    FirstTip,
    /// The last export is this many days old.
    Stale { days: i64 },
}

impl Settings {
    /// The reminder due at `now` for a workbook with content (`has_content`).
    pub fn export_reminder(&self, has_content: bool, now: &str) -> Option<ExportReminder> {
        if !has_content || self.example_loaded {
            return None;
        }
        match self.last_export.as_deref().and_then(|last| days_between(last, now)) {
            Some(days) if days > EXPORT_REMINDER_DAYS => {
                let snoozed = self
                    .reminder_dismissed_at
                    .as_deref()
                    .and_then(|at| days_between(at, now))
                    .is_some_and(|d| d < REMINDER_SNOOZE_DAYS);
                (!snoozed).then_some(ExportReminder::Stale { days })
            }
            Some(_) => None,
            None if self.last_export.is_some() || self.export_tip_dismissed => None,
            None => Some(ExportReminder::FirstTip),
        }
    }

    /// Records that the user dismissed the current reminder.
    pub fn dismiss_reminder(&mut self, now: &str) {
        self.export_tip_dismissed = true;
        self.reminder_dismissed_at = Some(now.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counts() {
        assert_eq!(day_number("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11017));
        assert_eq!(days_between("2026-11-01T10:00:00Z", "2026-11-23T09:00:00Z"), Some(22));
        assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2), "leap year");
        assert_eq!(days_between("garbage", "2026-01-01"), None);
        assert_eq!(days_between("2026-13-01", "2026-01-01"), None);
    }

    #[test]
    fn export_reminders() {
        let now = "2026-11-23T10:00:00Z";
        let mut s = Settings::default();
        assert_eq!(s.export_reminder(false, now), None, "nothing to back up yet");
        assert_eq!(s.export_reminder(true, now), Some(ExportReminder::FirstTip));
        s.last_export = Some("2026-11-20T10:00:00Z".into());
        assert_eq!(s.export_reminder(true, now), None, "recent export");
        s.last_export = Some("2026-11-01T10:00:00Z".into());
        assert_eq!(s.export_reminder(true, now), Some(ExportReminder::Stale { days: 22 }));
        s.dismiss_reminder(now);
        assert_eq!(s.export_reminder(true, "2026-11-25T10:00:00Z"), None, "snoozed");
        assert_eq!(s.export_reminder(true, "2026-12-01T10:00:00Z"), Some(ExportReminder::Stale { days: 30 }));
        s.example_loaded = true;
        assert_eq!(s.export_reminder(true, "2026-12-01T10:00:00Z"), None, "the example needs no backup");
    }

    #[test]
    fn settings_round_trip_and_tolerate_unknown_fields() {
        let s = Settings { lang: Some("fr".into()), theme: Theme::Dark, ..Default::default() };
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<Settings>(&json).unwrap(), s);
        let old: Settings = serde_json::from_str(r#"{"theme":"light","future":1}"#).unwrap();
        assert_eq!(old.theme, Theme::Light);
        assert_eq!(Theme::parse("dark"), Some(Theme::Dark));
        assert_eq!(Theme::parse("blue"), None);
    }
}
