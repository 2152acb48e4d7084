//! Numbers, sizes and dates as each language writes them: a decimal comma in Dutch and French,
//! grouped thousands (`12,345` / `12.345` / `12 345`), and dates in the reader's order.
//!
//! Every number or date the UI, the report and the brief copies show goes through here. Files
//! meant for machines (CSV, the workbook file, iCalendar) keep their own fixed formats.

use super::Lang;

/// The narrow no-break space French puts between groups of thousands.
const FR_GROUP: char = '\u{202f}';

fn decimal_mark(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        Lang::Nl | Lang::Fr => ',',
    }
}

fn group_mark(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        Lang::Nl => '.',
        Lang::Fr => FR_GROUP,
    }
}

/// Puts the locale's marks into a number printed by Rust (`-1234.5` → `-1.234,5` in Dutch).
fn localise(lang: Lang, plain: &str) -> String {
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut out = String::from(sign);
    let len = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 && len > 3 {
            out.push(group_mark(lang));
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push(decimal_mark(lang));
        out.push_str(frac);
    }
    if out == "-0" {
        "0".into()
    } else {
        out
    }
}

/// A whole number with grouped thousands.
pub fn integer(lang: Lang, n: i64) -> String {
    localise(lang, &n.to_string())
}

/// A count, as [`integer`].
pub fn count(lang: Lang, n: usize) -> String {
    localise(lang, &n.to_string())
}

/// `x` with at most `digits` decimals, trailing zeros dropped (`0.25`, `3`, `12,5`).
pub fn decimal(lang: Lang, x: f64, digits: usize) -> String {
    let mut s = format!("{x:.digits$}");
    if s.contains('.') {
        s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    localise(lang, &s)
}

/// `x` with exactly `digits` decimals (`3.0`, `3,0`): for means shown side by side.
pub fn fixed(lang: Lang, x: f64, digits: usize) -> String {
    localise(lang, &format!("{x:.digits$}"))
}

/// A change with its sign and exactly one decimal (`+0.5`, `−0.3` with a minus sign, `0.0`).
pub fn signed_change(lang: Lang, change: f64) -> String {
    let rounded = (change * 10.0).round() / 10.0;
    if rounded > 0.0 {
        format!("+{}", fixed(lang, rounded, 1))
    } else if rounded < 0.0 {
        format!("−{}", fixed(lang, -rounded, 1))
    } else {
        fixed(lang, 0.0, 1)
    }
}

/// A share (0–1) as a percentage number with at most `digits` decimals (the `%` sign is the
/// catalogue's, with the space all three languages put before it).
pub fn percent(lang: Lang, share: f64, digits: usize) -> String {
    decimal(lang, share * 100.0, digits)
}

/// A size in bytes, short: `512 B`, `1.2 KB`, `3.4 MB`; French writes octets (`1,2 Ko`).
pub fn bytes(lang: Lang, n: usize) -> String {
    let (b, kb, mb) = match lang {
        Lang::Fr => ("o", "Ko", "Mo"),
        Lang::En | Lang::Nl => ("B", "KB", "MB"),
    };
    if n < 1024 {
        format!("{} {b}", count(lang, n))
    } else if n < 1024 * 1024 {
        format!("{} {kb}", fixed(lang, n as f64 / 1024.0, 1))
    } else {
        format!("{} {mb}", fixed(lang, n as f64 / (1024.0 * 1024.0), 1))
    }
}

/// A file size in decimal megabytes with one decimal (`5.2 MB`, `5,2 Mo`), as file limits are stated.
pub fn megabytes(lang: Lang, n: u64) -> String {
    let unit = if lang == Lang::Fr { "Mo" } else { "MB" };
    format!("{} {unit}", fixed(lang, n as f64 / 1_000_000.0, 1))
}

const MONTHS_NL: [&str; 12] =
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const MONTHS_FR: [&str; 12] =
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// The calendar date of an ISO 8601 date or timestamp (`2026-03-01` or `2026-03-01T09:30:00Z`):
/// `1 March 2026`, `1 maart 2026`, `1er mars 2026`. Text that is not such a date is returned
/// unchanged (a hand-edited file may carry anything).
pub fn date(lang: Lang, iso: &str) -> String {
    let Some((y, m, d)) = parse_date(iso) else { return iso.to_string() };
    let month = m as usize - 1;
    match lang {
        Lang::En => format!("{d} {} {y}", MONTHS_EN[month]),
        Lang::Nl => format!("{d} {} {y}", MONTHS_NL[month]),
        Lang::Fr if d == 1 => format!("1er {} {y}", MONTHS_FR[month]),
        Lang::Fr => format!("{d} {} {y}", MONTHS_FR[month]),
    }
}

/// Year, month and day of `YYYY-MM-DD…`, when they make a plausible date.
fn parse_date(iso: &str) -> Option<(u32, u32, u32)> {
    let head = iso.trim().get(..10)?;
    let b = head.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: u32 = head[..4].parse().ok()?;
    let m: u32 = head[5..7].parse().ok()?;
    let d: u32 = head[8..10].parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_use_a_comma_in_dutch_and_french() {
        assert_eq!(decimal(Lang::En, 0.126, 2), "0.13");
        assert_eq!(decimal(Lang::Nl, 0.126, 2), "0,13");
        assert_eq!(decimal(Lang::Fr, 7.5, 1), "7,5");
        assert_eq!(decimal(Lang::Nl, 7.0, 1), "7");
        assert_eq!(decimal(Lang::Fr, -0.001, 1), "0");
        assert_eq!(fixed(Lang::Nl, 3.0, 1), "3,0");
        assert_eq!(fixed(Lang::En, 3.0, 1), "3.0");
        assert_eq!(percent(Lang::Fr, 0.344, 1), "34,4");
        assert_eq!(percent(Lang::En, 0.5, 0), "50");
    }

    #[test]
    fn thousands_are_grouped_per_locale() {
        assert_eq!(integer(Lang::En, 3400), "3,400");
        assert_eq!(integer(Lang::Nl, 3400), "3.400");
        assert_eq!(integer(Lang::Fr, 3400), "3\u{202f}400");
        assert_eq!(integer(Lang::Nl, -1_234_567), "-1.234.567");
        assert_eq!(integer(Lang::En, 999), "999");
        assert_eq!(decimal(Lang::Nl, 12345.5, 1), "12.345,5");
        assert_eq!(count(Lang::Fr, 10_000), "10\u{202f}000");
    }

    #[test]
    fn changes_carry_their_sign() {
        assert_eq!(signed_change(Lang::En, 0.46), "+0.5");
        assert_eq!(signed_change(Lang::Nl, -0.3), "−0,3");
        assert_eq!(signed_change(Lang::Fr, 0.01), "0,0");
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(bytes(Lang::En, 512), "512 B");
        assert_eq!(bytes(Lang::En, 1536), "1.5 KB");
        assert_eq!(bytes(Lang::Nl, 1536), "1,5 KB");
        assert_eq!(bytes(Lang::Fr, 1536), "1,5 Ko");
        assert_eq!(bytes(Lang::Fr, 6 * 1024 * 1024), "6,0 Mo");
        assert_eq!(megabytes(Lang::Nl, 5_200_000), "5,2 MB");
        assert_eq!(megabytes(Lang::Fr, 5_200_000), "5,2 Mo");
    }

    #[test]
    fn dates_in_each_language() {
        assert_eq!(date(Lang::En, "2026-03-01T09:30:00Z"), "1 March 2026");
        assert_eq!(date(Lang::Nl, "2026-03-01"), "1 maart 2026");
        assert_eq!(date(Lang::Fr, "2026-03-01"), "1er mars 2026");
        assert_eq!(date(Lang::Fr, "2026-08-15"), "15 août 2026");
        assert_eq!(date(Lang::Nl, "not a date"), "not a date");
        assert_eq!(date(Lang::Nl, "2026-13-01"), "2026-13-01");
        assert_eq!(date(Lang::Fr, ""), "");
    }
}
