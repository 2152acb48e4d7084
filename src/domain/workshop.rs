//! The facilitator's group picture: hand-in files loaded together, each participant counted once
//! (by `handin_id`), and the anonymous aggregate — attitude subscale distributions, the most
//! common top values, the kinds of move considered — with its CSV export.
//!
//! Small groups are protected: with fewer than [`MIN_GROUP`] participants no aggregate is shown
//! at all, and a subscale that fewer than [`MIN_GROUP`] participants have a score for is left
//! out. Nothing here keeps file names or anything personal beyond what the hand-in holds.

use super::attitudes::Subscale;
use super::catalog;
use super::decision::MoveKind;
use super::handin::{self, HandIn, HandInError, Source};

/// The fewest participants an aggregate is shown for.
pub const MIN_GROUP: usize = 5;

/// What happened to one loaded file.
#[derive(Clone, Debug, PartialEq)]
pub enum FileOutcome {
    /// Read and counted.
    Added(Source),
    /// Its `handin_id` was already loaded: it replaced the earlier file (the person is counted once).
    Replaced(Source),
    /// Not readable as a hand-in; skipped.
    Failed(HandInError),
}

/// One loaded file and its outcome (shown in the list of files).
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedFile {
    pub name: String,
    pub outcome: FileOutcome,
}

/// Every file loaded so far and the participants they hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    /// Participants in the order first seen; a later file with the same id replaces the entry.
    participants: Vec<HandIn>,
    pub files: Vec<LoadedFile>,
}

impl Group {
    /// Reads `text` (the file `name`) and adds its participant, or records its error.
    pub fn add_file(&mut self, name: &str, text: &str) {
        let outcome = match handin::parse_any(text) {
            Ok((handin, source)) => self.add(handin, source),
            Err(err) => FileOutcome::Failed(err),
        };
        self.files.push(LoadedFile { name: name.to_string(), outcome });
    }

    /// Records a file that could not even be read.
    pub fn add_failed(&mut self, name: &str, error: HandInError) {
        self.files.push(LoadedFile { name: name.to_string(), outcome: FileOutcome::Failed(error) });
    }

    /// Adds a participant read elsewhere.
    pub fn add(&mut self, handin: HandIn, source: Source) -> FileOutcome {
        match self.participants.iter_mut().find(|p| p.handin_id == handin.handin_id) {
            Some(existing) => {
                *existing = handin;
                FileOutcome::Replaced(source)
            }
            None => {
                self.participants.push(handin);
                FileOutcome::Added(source)
            }
        }
    }

    /// How many distinct participants are loaded.
    pub fn participants(&self) -> usize {
        self.participants.len()
    }

    /// How many files could not be read.
    pub fn failed(&self) -> usize {
        self.files.iter().filter(|f| matches!(f.outcome, FileOutcome::Failed(_))).count()
    }

    /// The aggregate, or why it is hidden.
    pub fn picture(&self) -> Picture {
        let n = self.participants.len();
        if n < MIN_GROUP {
            Picture::TooFew { participants: n }
        } else {
            Picture::Shown(aggregate(&self.participants))
        }
    }
}

/// The group picture, or the reason it is not shown.
#[derive(Clone, Debug, PartialEq)]
pub enum Picture {
    /// Fewer than [`MIN_GROUP`] participants: nothing is shown.
    TooFew { participants: usize },
    Shown(Aggregate),
}

/// Five-number summary and mean of one subscale across the participants who have it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Distribution {
    /// Participants with a score on this subscale.
    pub count: usize,
    pub min: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub max: f64,
    pub mean: f64,
}

/// A subscale's row: its distribution, or `None` when fewer than [`MIN_GROUP`] have a score.
#[derive(Clone, Debug, PartialEq)]
pub struct SubscaleRow {
    pub subscale: Subscale,
    /// Participants with a score (shown even when the distribution is withheld).
    pub count: usize,
    pub distribution: Option<Distribution>,
}

/// How many participants chose a value, or considered a kind of move.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally<K> {
    pub key: K,
    pub count: usize,
}

/// The anonymous aggregate of a group of at least [`MIN_GROUP`].
#[derive(Clone, Debug, PartialEq)]
pub struct Aggregate {
    pub participants: usize,
    /// Participants whose hand-in had attitude scores.
    pub with_attitudes: usize,
    /// Every subscale, in chart order.
    pub attitudes: Vec<SubscaleRow>,
    /// Values in anyone's top five, most often chosen first (ties in catalogue order).
    pub values: Vec<Tally<&'static str>>,
    /// Every kind of move, in the contract's order, with how many considered it.
    pub moves: Vec<Tally<MoveKind>>,
}

/// Computes the aggregate of `participants` (no threshold: see [`Group::picture`]).
pub fn aggregate(participants: &[HandIn]) -> Aggregate {
    let attitudes = Subscale::ALL
        .into_iter()
        .map(|subscale| {
            let mut scores: Vec<f64> =
                participants.iter().filter_map(|p| p.attitudes.as_ref().and_then(|a| a.get(&subscale)).copied()).collect();
            crate::domain::sort::sort_by(&mut scores, f64::total_cmp);
            let distribution = if scores.len() >= MIN_GROUP { distribution(&scores) } else { None };
            SubscaleRow { subscale, count: scores.len(), distribution }
        })
        .collect();
    let mut values: Vec<Tally<&'static str>> = catalog::VALUES
        .iter()
        .map(|key| Tally { key: *key, count: participants.iter().filter(|p| p.values_top.iter().any(|v| v == key)).count() })
        .filter(|t| t.count > 0)
        .collect();
    // Stable sort: equal counts stay in catalogue order.
    crate::domain::sort::sort_by(&mut values, |a, b| b.count.cmp(&a.count));
    let moves =
        MoveKind::ALL.into_iter().map(|key| Tally { key, count: participants.iter().filter(|p| p.moves.contains(&key)).count() }).collect();
    Aggregate {
        participants: participants.len(),
        with_attitudes: participants.iter().filter(|p| p.attitudes.as_ref().is_some_and(|a| !a.is_empty())).count(),
        attitudes,
        values,
        moves,
    }
}

/// The five-number summary of sorted `scores` (quartiles by linear interpolation between
/// order statistics, as spreadsheets' `QUARTILE.INC` does).
fn distribution(sorted: &[f64]) -> Option<Distribution> {
    let (first, last) = (*sorted.first()?, *sorted.last()?);
    Some(Distribution {
        count: sorted.len(),
        min: first,
        q1: quantile(sorted, 0.25),
        median: quantile(sorted, 0.5),
        q3: quantile(sorted, 0.75),
        max: last,
        mean: sorted.iter().sum::<f64>() / sorted.len() as f64,
    })
}

fn quantile(sorted: &[f64], p: f64) -> f64 {
    let position = p * (sorted.len().saturating_sub(1)) as f64;
    let below = position.floor() as usize;
    let above = position.ceil() as usize;
    let (Some(lo), Some(hi)) = (sorted.get(below), sorted.get(above)) else { return f64::NAN };
    lo + (hi - lo) * (position - below as f64)
}

/// The horizontal position (0–`width`) of a score on the 1–5 scale, for box plots.
pub fn scale_x(score: f64, width: f64) -> f64 {
    ((score - 1.0) / 4.0).clamp(0.0, 1.0) * width
}

/// Names for the CSV's `label` column (translated by the caller).
pub trait Labels {
    fn subscale(&self, subscale: Subscale) -> String;
    fn value(&self, key: &str) -> String;
    fn kind_of_move(&self, kind: MoveKind) -> String;
    fn participants(&self) -> String;
}

/// The CSV header.
pub const CSV_HEADER: [&str; 11] = ["section", "key", "label", "participants", "share", "min", "q1", "median", "q3", "max", "mean"];

/// The aggregate as CSV (RFC 4180, CRLF line ends): one row for the group, one per subscale
/// (distribution cells empty when withheld), one per chosen value, one per kind of move.
/// Every cell is escaped against spreadsheet formula injection (see [`csv_cell`]).
pub fn to_csv(aggregate: &Aggregate, labels: &dyn Labels) -> String {
    let n = aggregate.participants;
    let share = |count: usize| if n == 0 { String::new() } else { number(count as f64 / n as f64) };
    let mut rows: Vec<Vec<String>> = vec![CSV_HEADER.iter().map(|s| s.to_string()).collect()];
    rows.push(vec!["group".into(), "participants".into(), labels.participants(), n.to_string()]);
    for row in &aggregate.attitudes {
        let mut cells = vec!["attitudes".into(), row.subscale.key().into(), labels.subscale(row.subscale), row.count.to_string(), share(row.count)];
        if let Some(d) = row.distribution {
            cells.extend([d.min, d.q1, d.median, d.q3, d.max, d.mean].map(number));
        }
        rows.push(cells);
    }
    for tally in &aggregate.values {
        rows.push(vec!["values".into(), tally.key.into(), labels.value(tally.key), tally.count.to_string(), share(tally.count)]);
    }
    for tally in &aggregate.moves {
        rows.push(vec!["moves".into(), tally.key.as_str().into(), labels.kind_of_move(tally.key), tally.count.to_string(), share(tally.count)]);
    }
    let mut out = String::new();
    for mut row in rows {
        row.resize(CSV_HEADER.len(), String::new());
        let line: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Numbers with at most three decimals and a point, whatever the UI's language.
fn number(x: f64) -> String {
    let text = format!("{x:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text.is_empty() || text == "-0" {
        "0".into()
    } else {
        text.to_string()
    }
}

/// One CSV cell: a cell a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`,
/// tab or carriage return) gets a leading apostrophe; a cell with a comma, quote or line break is
/// quoted, quotes doubled.
pub fn csv_cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// `crossroads-group-YYYY-MM-DD.csv` for a timestamp.
pub fn csv_file_name(now: &str) -> String {
    format!("crossroads-group-{}.csv", now.get(..10).unwrap_or("export"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::handin::to_json;

    fn person(id: &str, base: f64, values: &[&str], moves: &[MoveKind]) -> HandIn {
        HandIn {
            handin_id: id.into(),
            attitudes: Some(Subscale::ALL.into_iter().enumerate().map(|(i, s)| (s, (base + i as f64 * 0.1).min(5.0))).collect()),
            values_top: values.iter().map(|v| v.to_string()).collect(),
            moves: moves.to_vec(),
        }
    }

    fn group_of(n: usize) -> Group {
        let mut g = Group::default();
        for i in 0..n {
            let h = person(&format!("h-{i}"), 1.0 + i as f64 * 0.5, &["meaning", "autonomy"], &[MoveKind::Lateral]);
            g.add_file(&format!("p{i}.crossroads-handin.json"), &to_json(&h));
        }
        g
    }

    #[test]
    fn duplicates_count_once_and_the_later_file_wins() {
        let mut g = group_of(5);
        let mut again = person("h-2", 4.0, &["income"], &[MoveKind::Exit]);
        again.attitudes = None;
        g.add_file("p2-again.json", &to_json(&again));
        g.add_file("broken.json", "{ not json");
        assert_eq!(g.participants(), 5);
        assert_eq!(g.files.len(), 7);
        assert_eq!(g.failed(), 1);
        assert_eq!(g.files[5].outcome, FileOutcome::Replaced(Source::HandIn));
        assert!(matches!(&g.files[6].outcome, FileOutcome::Failed(e) if e.kind() == "not_json"));
        let Picture::Shown(a) = g.picture() else { panic!("five participants are shown") };
        assert_eq!(a.participants, 5);
        assert_eq!(a.with_attitudes, 4);
        assert_eq!(a.values.first().map(|t| (t.key, t.count)), Some(("autonomy", 4)), "ties in catalogue order");
        assert!(a.values.iter().any(|t| t.key == "income" && t.count == 1));
        let lateral = a.moves.iter().find(|t| t.key == MoveKind::Lateral).unwrap();
        assert_eq!(lateral.count, 4);
        assert_eq!(a.moves.len(), 7, "every kind is listed, chosen or not");
        assert!(a.attitudes.iter().all(|r| r.count == 4 && r.distribution.is_none()), "four scores: withheld");
    }

    #[test]
    fn fewer_than_five_participants_show_nothing() {
        assert_eq!(group_of(4).picture(), Picture::TooFew { participants: 4 });
        assert_eq!(Group::default().picture(), Picture::TooFew { participants: 0 });
        // Four distinct people in six files are still four.
        let mut g = group_of(4);
        g.add_file("dup.json", &to_json(&person("h-0", 2.0, &[], &[])));
        g.add_file("bad.json", r#"{"format":"crossroads-handin","version":1,"handin_id":"z","attitudes":{"concern":0}}"#);
        assert_eq!(g.picture(), Picture::TooFew { participants: 4 });
        assert!(matches!(group_of(5).picture(), Picture::Shown(_)));
    }

    #[test]
    fn distributions_are_five_number_summaries() {
        let Picture::Shown(a) = group_of(5).picture() else { panic!() };
        let d = a.attitudes[0].distribution.unwrap();
        // Self-directed scores 1, 1.5, 2, 2.5, 3.
        assert_eq!((d.count, d.min, d.q1, d.median, d.q3, d.max), (5, 1.0, 1.5, 2.0, 2.5, 3.0));
        assert!((d.mean - 2.0).abs() < 1e-12);
        let d = distribution(&[1.0, 2.0, 4.0, 5.0]).unwrap();
        assert_eq!((d.q1, d.median, d.q3), (1.75, 3.0, 4.25));
        assert_eq!(scale_x(3.0, 200.0), 100.0);
        assert_eq!(scale_x(9.0, 200.0), 200.0);
    }

    #[test]
    fn the_e2e_fixtures_make_five_participants() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/handin");
        let mut g = Group::default();
        for name in ["p1", "p2", "p3", "p4", "p5", "p3-again", "corrupt"] {
            let file = format!("{name}.crossroads-handin.json");
            g.add_file(&file, &std::fs::read_to_string(dir.join(&file)).unwrap());
        }
        assert_eq!((g.participants(), g.files.len(), g.failed()), (5, 7, 1));
        assert!(matches!(&g.files[6].outcome, FileOutcome::Failed(e) if e.kind() == "not_json"));
        assert!(matches!(g.picture(), Picture::Shown(_)));
    }

    struct Hostile;
    impl Labels for Hostile {
        fn subscale(&self, s: Subscale) -> String {
            format!("=HYPERLINK(\"http://x\",\"{}\")", s.key())
        }
        fn value(&self, key: &str) -> String {
            format!("+{key}")
        }
        fn kind_of_move(&self, kind: MoveKind) -> String {
            format!("-{}, \"really\"", kind.as_str())
        }
        fn participants(&self) -> String {
            "@participants".into()
        }
    }

    #[test]
    fn csv_cells_cannot_become_formulas() {
        assert_eq!(csv_cell("=1+1"), "'=1+1");
        assert_eq!(csv_cell("+31 6"), "'+31 6");
        assert_eq!(csv_cell("-2"), "'-2");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=a,\"b\""), "\"'=a,\"\"b\"\"\"");
        assert_eq!(csv_cell("plain"), "plain");
        let Picture::Shown(a) = group_of(6).picture() else { panic!() };
        let csv = to_csv(&a, &Hostile);
        for line in csv.split("\r\n").filter(|l| !l.is_empty()) {
            for start in ["=", "+", "-", "@"] {
                assert!(!line.contains(&format!(",{start}")), "unescaped cell in {line}");
                assert!(!line.contains(&format!(",\"{start}")), "unescaped quoted cell in {line}");
            }
        }
        assert!(csv.contains(",'@participants,6,"));
    }

    #[test]
    fn csv_holds_the_aggregate_and_nothing_personal() {
        struct Plain;
        impl Labels for Plain {
            fn subscale(&self, s: Subscale) -> String {
                s.key().into()
            }
            fn value(&self, key: &str) -> String {
                key.into()
            }
            fn kind_of_move(&self, kind: MoveKind) -> String {
                kind.as_str().into()
            }
            fn participants(&self) -> String {
                "Participants".into()
            }
        }
        let g = group_of(5);
        let Picture::Shown(a) = g.picture() else { panic!() };
        let csv = to_csv(&a, &Plain);
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines[0], CSV_HEADER.join(","));
        assert_eq!(lines[1], "group,participants,Participants,5,,,,,,,");
        assert_eq!(lines[2], "attitudes,self_directed,self_directed,5,1,1,1.5,2,2.5,3,2");
        assert!(lines.contains(&"values,meaning,meaning,5,1,,,,,,"));
        assert!(lines.contains(&"moves,lateral,lateral,5,1,,,,,,"));
        assert!(lines.contains(&"moves,exit,exit,0,0,,,,,,"));
        assert_eq!(lines.len(), 2 + 9 + 2 + 7);
        assert!(!csv.contains("h-"), "no hand-in ids");
        assert!(!csv.contains(".json"), "no file names");
        assert_eq!(csv_file_name("2026-11-27T15:00:00Z"), "crossroads-group-2026-11-27.csv");
    }
}
