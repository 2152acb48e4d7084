//! Calendar files (iCalendar, RFC 5545): all-day events written as a `.ics` text that calendar
//! apps import. Used by the decision's action plan; knows nothing of decisions.
//!
//! What it guarantees: CRLF line ends; content lines folded at 75 octets (never inside a UTF-8
//! character), continuation lines starting with one space; TEXT values escaped (`\\`, `;`, `,`,
//! newlines as `\n`, other control characters dropped); every event has `UID`, `DTSTAMP`,
//! `DTSTART;VALUE=DATE` and `DTEND;VALUE=DATE` (the next day). It does not do times of day,
//! time zones, recurrence or alarms.

/// A calendar day (proleptic Gregorian), years 1–9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl CalendarDate {
    /// Parses `YYYY-MM-DD` (what `<input type="date">` gives); `None` for anything else,
    /// including days that do not exist (2026-02-30).
    pub fn parse(text: &str) -> Option<CalendarDate> {
        let text = text.trim();
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        let date = CalendarDate { year, month, day };
        (year >= 1 && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(date)
    }

    /// The day after (31 December 9999 stays itself).
    pub fn next_day(self) -> CalendarDate {
        let CalendarDate { year, month, day } = self;
        if day < days_in_month(year, month) {
            CalendarDate { day: day + 1, ..self }
        } else if month < 12 {
            CalendarDate { year, month: month + 1, day: 1 }
        } else if year < 9999 {
            CalendarDate { year: year + 1, month: 1, day: 1 }
        } else {
            self
        }
    }

    /// `YYYYMMDD`, the iCalendar DATE form.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// One all-day event.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarEvent {
    /// Globally unique and stable for the same item, so a re-import updates instead of duplicating.
    pub uid: String,
    pub date: CalendarDate,
    pub summary: String,
    pub description: String,
}

/// The `.ics` text of `events`. `now` is an RFC 3339 UTC timestamp (`2026-11-27T15:20:00.000Z`)
/// used as every event's `DTSTAMP`; an unreadable one gives the Unix epoch rather than a broken
/// file.
pub fn calendar(events: &[CalendarEvent], now: &str) -> String {
    let stamp = dtstamp(now);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Crossroads//Career workbook//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    for event in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", escape_text(&event.uid)));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", event.date.compact()));
        lines.push(format!("DTEND;VALUE=DATE:{}", event.date.next_day().compact()));
        lines.push(format!("SUMMARY:{}", escape_text(&event.summary)));
        if !event.description.trim().is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape_text(&event.description)));
        }
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold(line)).collect::<Vec<_>>().join("")
}

/// `YYYYMMDDTHHMMSSZ` from an RFC 3339 UTC timestamp.
fn dtstamp(now: &str) -> String {
    let digits: String = now.chars().filter(char::is_ascii_digit).take(14).collect();
    if digits.len() == 14 && now.get(4..5) == Some("-") {
        format!("{}T{}Z", &digits[..8], &digits[8..])
    } else {
        "19700101T000000Z".to_string()
    }
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line folded at 75 octets, with its CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> CalendarDate {
        CalendarDate::parse(text).unwrap()
    }

    #[test]
    fn dates_parse_strictly_and_roll_over() {
        assert_eq!(date("2026-12-01").compact(), "20261201");
        for bad in ["", "2026-2-01", "2026-02-30", "2026-13-01", "0000-01-01", "2026-01-0a", "２０２６-01-01", "2026/01/01"] {
            assert_eq!(CalendarDate::parse(bad), None, "{bad}");
        }
        assert_eq!(date("2028-02-29").next_day(), date("2028-03-01"));
        assert_eq!(date("2026-02-28").next_day(), date("2026-03-01"));
        assert_eq!(date("2026-12-31").next_day(), date("2027-01-01"));
        assert_eq!(date("2026-04-30").next_day().iso(), "2026-05-01");
        assert_eq!(date("9999-12-31").next_day(), date("9999-12-31"));
        assert!(date("2026-01-02") > date("2025-12-31"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a;b,c\\d\ne\r\nf\u{7}g\th"), "a\\;b\\,c\\\\d\\ne\\nfg h");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "é".repeat(100));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        let parts: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(parts.len() > 2);
        for (i, part) in parts.iter().enumerate() {
            assert!(part.len() <= 75, "{} octets", part.len());
            if i > 0 {
                assert!(part.starts_with(' '));
            }
        }
        let unfolded: String = parts.iter().enumerate().map(|(i, p)| if i == 0 { *p } else { &p[1..] }).collect();
        assert_eq!(unfolded, line);
        assert_eq!(fold("SHORT"), "SHORT\r\n");
        assert_eq!(fold(&"x".repeat(75)).len(), 77, "exactly 75 octets need no fold");
    }

    #[test]
    fn a_calendar_has_the_required_properties_and_only_crlf() {
        let events = vec![CalendarEvent {
            uid: "a1-o2@crossroads.local".into(),
            date: date("2026-12-01"),
            summary: "Ask HR, about the salary; band".into(),
            description: "Line one\nLine two".into(),
        }];
        let ics = calendar(&events, "2026-11-27T15:20:07.123Z");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n') && !ics.replace("\r\n", "").contains('\r'));
        for needle in [
            "UID:a1-o2@crossroads.local\r\n",
            "DTSTAMP:20261127T152007Z\r\n",
            "DTSTART;VALUE=DATE:20261201\r\n",
            "DTEND;VALUE=DATE:20261202\r\n",
            "SUMMARY:Ask HR\\, about the salary\\; band\r\n",
            "DESCRIPTION:Line one\\nLine two\r\n",
        ] {
            assert!(ics.contains(needle), "{needle:?} in {ics}");
        }
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
        assert!(calendar(&[], "garbage").contains("END:VCALENDAR"));
        assert_eq!(dtstamp("garbage"), "19700101T000000Z");
    }
}
