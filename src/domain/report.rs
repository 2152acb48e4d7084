//! The report of every module as HTML: the body that `#/report` shows and prints, and the
//! standalone HTML report file (FILE-FORMAT.md, "Standalone HTML report") that wraps the same body
//! with its own inline stylesheet and embeds the plain workbook file.
//!
//! # Safety of the output
//! - Every text that comes from the workbook goes through [`escape`] (`& < > " '`), so the
//!   person's text is always text, never markup, in the app and in the file.
//! - The embedded workbook is the plain file's JSON with `<`, `>`, `&`, U+2028 and U+2029 written
//!   as `\u` escapes ([`embed_json`]), so `</script>` in user text cannot close the element; import
//!   (`file::extract_from_html`) reads it back unchanged.
//! - No `style="…"` attribute anywhere (the app's CSP forbids them): classes and SVG presentation
//!   attributes only. The standalone file has one `<style>` element, no script that runs, and a
//!   `Content-Security-Policy` meta element that forbids every request.
//!
//! Charts are inline SVG drawn from the domain's own geometry (`evidence::bar_chart`,
//! `attitudes::Radar`), each with a `<title>` and a `<desc>` that lists its numbers.

use std::fmt::Write as _;

use super::attitudes::{self, Radar, Subscale};
use super::brief::{self, SectionKind};
use super::decision;
use super::evidence::{self, BarChart, ChartLayout};
use super::file;
use super::workbook::{ValueBucket, Workbook};
use crate::i18n::{self, BriefText as B, Lang};

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON text made safe inside `<script type="application/json">`: `<`, `>`, `&`, U+2028 and
/// U+2029 become `\u` escapes. They only ever occur inside JSON strings, where the escape means
/// the same character, so the JSON parses to the same value.
pub fn embed_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 64);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// A name shortened for a chart label (the full name is in the chart's description).
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

fn n1(x: f64) -> String {
    format!("{:.1}", (x * 10.0).round() / 10.0)
}

/// Writes HTML into a string; each helper escapes what it is given.
struct Html {
    out: String,
    lang: Lang,
}

impl Html {
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn text(&mut self, s: &str) {
        self.out.push_str(&escape(s));
    }

    fn t(&self, key: B) -> &'static str {
        i18n::tr(self.lang, key)
    }

    fn f(&self, key: B, args: &[(&str, &str)]) -> String {
        i18n::format(self.lang, key, args)
    }

    fn section_start(&mut self, id: &str, title: &str) {
        let _ = write!(self.out, "<section class=\"report-section\" aria-labelledby=\"rep-{id}\" data-testid=\"report-{id}\"><h2 id=\"rep-{id}\">{}</h2>", escape(title));
    }

    fn empty(&mut self) {
        let _ = write!(self.out, "<p class=\"report-empty\">{}</p>", escape(self.t(B::ReportEmpty)));
    }

    /// A horizontal bar chart from `evidence::bar_chart`'s layout.
    fn bar_chart(&mut self, id: &str, title: &str, items: &[(String, i32)]) {
        let layout = ChartLayout { width: 480.0, label_width: 170.0, ..ChartLayout::default() };
        let rows: Vec<(String, i32, usize)> = items.iter().enumerate().map(|(i, (k, s))| (k.clone(), *s, i + 1)).collect();
        let chart: BarChart = evidence::bar_chart(&rows, layout);
        let desc = items.iter().map(|(name, s)| format!("{name} {s}")).collect::<Vec<_>>().join(", ");
        let _ = write!(
            self.out,
            "<figure class=\"report-figure\"><svg class=\"report-chart\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-t\">{title}</title><desc id=\"{id}-d\">{desc}</desc>",
            w = chart.width,
            h = n1(chart.height),
            title = escape(title),
            desc = escape(&self.f(B::RepChartDesc, &[("items", &desc)])),
        );
        for bar in &chart.bars {
            let _ = write!(
                self.out,
                "<text class=\"chart-label\" x=\"{lx}\" y=\"{ly}\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#111\">{label}</text><rect class=\"chart-bar{neg}\" x=\"{x}\" y=\"{y}\" width=\"{bw}\" height=\"{bh}\" fill=\"{fill}\" stroke=\"#111\" stroke-width=\"1\"/><text class=\"chart-value\" x=\"{vx}\" y=\"{ly}\" text-anchor=\"{anchor}\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#111\">{value}</text>",
                lx = n1(layout.label_width - 6.0),
                ly = n1(bar.label_y),
                label = escape(&short(&bar.key, 26)),
                neg = if bar.strength < 0 { " chart-bar-negative" } else { "" },
                x = n1(bar.x),
                y = n1(bar.y),
                bw = n1(bar.width),
                bh = n1(bar.height),
                fill = if bar.strength < 0 { "#fff" } else { "#555" },
                vx = n1(bar.value_x),
                anchor = if bar.strength < 0 { "end" } else { "start" },
                value = bar.strength,
            );
        }
        let _ = write!(
            self.out,
            "<line x1=\"{x}\" y1=\"{t}\" x2=\"{x}\" y2=\"{b}\" stroke=\"#111\" stroke-width=\"1.5\"/></svg></figure>",
            x = n1(chart.zero_x),
            t = n1(chart.axis_top),
            b = n1(chart.axis_bottom)
        );
    }
}

/// The report body (an `<article>` with one `<h1>` and a section per module) in `lang`.
/// `made_on` is the date shown in the byline (`YYYY-MM-DD`).
pub fn report_body(wb: &Workbook, lang: Lang, made_on: &str) -> String {
    let mut h = Html { out: String::new(), lang };
    let _ = write!(
        h.out,
        "<article class=\"report\" aria-labelledby=\"report-title\"><header class=\"report-head\"><h1 id=\"report-title\">{}</h1><p class=\"report-made\">{}</p></header>",
        escape(h.t(B::ReportTitle)),
        escape(&h.f(B::ReportMade, &[("date", &i18n::number::date(lang, made_on))]))
    );
    experiences(&mut h, wb);
    attitudes_section(&mut h, wb);
    values(&mut h, wb);
    talents(&mut h, wb);
    goals(&mut h, wb);
    decision_section(&mut h, wb);
    brief_section(&mut h, wb);
    h.raw("</article>");
    h.out
}

fn experiences(h: &mut Html, wb: &Workbook) {
    h.section_start("experiences", h.t(B::RepExperiences));
    if wb.experiences.is_empty() {
        h.empty();
    } else {
        h.raw("<ul class=\"report-list\">");
        for e in &wb.experiences {
            h.raw("<li><strong>");
            h.text(&e.title);
            h.raw("</strong>");
            let period = match (e.from.trim(), e.to.trim()) {
                ("", "") => String::new(),
                (from, "") => from.to_string(),
                (from, to) if from == to => from.to_string(),
                (from, to) => format!("{from} – {to}"),
            };
            let mut bits = Vec::new();
            if !period.is_empty() {
                bits.push(period);
            }
            if let Some(n) = e.energy {
                bits.push(h.f(B::RepEnergy, &[("n", &n.to_string())]));
            }
            if !bits.is_empty() {
                h.raw(" <span class=\"report-meta\">(");
                h.text(&bits.join(", "));
                h.raw(")</span>");
            }
            h.raw("</li>");
        }
        h.raw("</ul>");
        let profile = evidence::profile(wb);
        let talents: Vec<(String, i32)> = profile.talents.iter().take(10).map(|t| (brief::talent_label(wb, &t.key, h.lang), t.strength)).collect();
        if !talents.is_empty() {
            h.bar_chart("chart-talent-evidence", h.t(B::RepTalentEvidence), &talents);
        }
        let values: Vec<(String, i32)> = profile.values.iter().take(10).map(|v| (brief::value_label(wb, &v.key, h.lang), v.strength)).collect();
        if !values.is_empty() {
            h.bar_chart("chart-value-evidence", h.t(B::RepValueEvidence), &values);
        }
    }
    h.raw("</section>");
}

fn attitudes_section(h: &mut Html, wb: &Workbook) {
    h.section_start("attitudes", h.t(B::RepAttitudes));
    let results = attitudes::results(&wb.attitudes);
    let Some(latest) = results.takes.last() else {
        h.empty();
        h.raw("</section>");
        return;
    };
    let radar = Radar { cx: 240.0, cy: 150.0, radius: 100.0, axes: Subscale::ALL.len() };
    let values: Vec<Option<f64>> = Subscale::ALL.iter().map(|s| latest.profile.mean(*s)).collect();
    let name = |s: Subscale| i18n::tr(h.lang, s.name());
    let desc = Subscale::ALL
        .iter()
        .map(|s| format!("{} {}", name(*s), latest.profile.mean(*s).map(|m| i18n::number::fixed(h.lang, m, 1)).unwrap_or_else(|| h.t(B::RepNotScored).to_string())))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = write!(
        h.out,
        "<figure class=\"report-figure\"><svg class=\"report-chart report-radar\" viewBox=\"0 0 480 300\" role=\"img\" aria-labelledby=\"chart-radar-t chart-radar-d\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"chart-radar-t\">{}</title><desc id=\"chart-radar-d\">{}</desc>",
        escape(h.t(B::RepRadarTitle)),
        escape(&desc)
    );
    for level in 1..=5 {
        let _ = write!(h.out, "<polygon points=\"{}\" fill=\"none\" stroke=\"#999\" stroke-width=\"0.8\"/>", attitudes::points_attr(&radar.ring(f64::from(level))));
    }
    for (i, s) in Subscale::ALL.iter().enumerate() {
        let rim = radar.at(i, 1.0);
        let (p, anchor) = radar.label(i, 10.0);
        let _ = write!(
            h.out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#999\" stroke-width=\"0.8\"/><text x=\"{}\" y=\"{}\" text-anchor=\"{}\" dominant-baseline=\"middle\" font-size=\"11\" fill=\"#111\">{}</text>",
            radar.cx,
            radar.cy,
            n1(rim.x),
            n1(rim.y),
            n1(p.x),
            n1(p.y),
            anchor.as_str(),
            escape(i18n::tr(h.lang, s.short_name()))
        );
    }
    let _ = write!(
        h.out,
        "<polygon class=\"radar-latest\" points=\"{}\" fill=\"#555\" fill-opacity=\"0.35\" stroke=\"#111\" stroke-width=\"2\"/></svg></figure>",
        attitudes::points_attr(&radar.polygon(&values))
    );
    let _ = write!(h.out, "<table class=\"report-table\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>", escape(h.t(B::RepSubscale)), escape(h.t(B::RepMean)));
    for s in Subscale::ALL {
        let mean = latest.profile.mean(s).map(|m| i18n::number::fixed(h.lang, m, 1)).unwrap_or_else(|| h.t(B::RepNotScored).to_string());
        let _ = write!(h.out, "<tr><th scope=\"row\">{}</th><td>{}</td></tr>", escape(name(s)), escape(&mean));
    }
    h.raw("</tbody></table></section>");
}

fn values(h: &mut Html, wb: &Workbook) {
    h.section_start("values", h.t(B::RepValues));
    if wb.values.top.is_empty() && wb.values.sort.is_empty() {
        h.empty();
        h.raw("</section>");
        return;
    }
    if !wb.values.top.is_empty() {
        let _ = write!(h.out, "<h3>{}</h3><ol class=\"report-list\">", escape(h.t(B::RepTopValues)));
        for key in &wb.values.top {
            let _ = write!(h.out, "<li>{}</li>", escape(&brief::value_label(wb, key, h.lang)));
        }
        h.raw("</ol>");
    }
    for (bucket, key) in [(ValueBucket::VeryImportant, B::RepVeryImportant), (ValueBucket::Important, B::RepImportant), (ValueBucket::LessImportant, B::RepLessImportant)] {
        let names: Vec<String> = wb.values.sort.iter().filter(|(_, b)| **b == bucket).map(|(k, _)| brief::value_label(wb, k, h.lang)).collect();
        if !names.is_empty() {
            let _ = write!(h.out, "<p><strong>{}:</strong> {}</p>", escape(h.t(key)), escape(&names.join(", ")));
        }
    }
    h.raw("</section>");
}

fn talents(h: &mut Html, wb: &Workbook) {
    h.section_start("talents", h.t(B::RepTalents));
    if wb.talents.ratings.is_empty() {
        h.empty();
        h.raw("</section>");
        return;
    }
    let _ = write!(
        h.out,
        "<table class=\"report-table\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(h.t(B::RepTalent)),
        escape(h.t(B::RepProficiency)),
        escape(h.t(B::RepEnjoyment)),
        escape(h.t(B::RepMotivated))
    );
    for r in &wb.talents.ratings {
        let rating = |x: Option<u8>| x.map(|v| format!("{v}/5")).unwrap_or_else(|| "–".into());
        let motivated = r.proficiency.unwrap_or(0) >= 4 && r.enjoyment.unwrap_or(0) >= 4;
        let _ = write!(
            h.out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&brief::talent_label(wb, &r.key, h.lang)),
            rating(r.proficiency),
            rating(r.enjoyment),
            if motivated { escape(h.t(B::RepYes)) } else { String::new() }
        );
    }
    h.raw("</tbody></table></section>");
}

fn goals(h: &mut Html, wb: &Workbook) {
    h.section_start("goals", h.t(B::RepGoals));
    let g = &wb.goals;
    let c = &g.constraints;
    let has_constraints = c.income_floor.is_some() || c.max_hours.is_some() || !c.location.trim().is_empty() || !c.timing.trim().is_empty();
    if g.goals.is_empty() && g.success.is_empty() && g.success_text.trim().is_empty() && !has_constraints {
        h.empty();
        h.raw("</section>");
        return;
    }
    if !g.goals.is_empty() {
        let mut goals: Vec<_> = g.goals.iter().collect();
        crate::domain::sort::sort_by_key(&mut goals, |x| x.horizon as u8);
        h.raw("<ul class=\"report-list\">");
        for goal in goals {
            h.raw("<li>");
            h.text(&h.f(B::LineGoal, &[("horizon", brief::horizon_label(goal.horizon, h.lang)), ("goal", goal.text.trim())]));
            if !goal.why.trim().is_empty() {
                h.raw(" <span class=\"report-meta\">(");
                h.text(goal.why.trim());
                h.raw(")</span>");
            }
            h.raw("</li>");
        }
        h.raw("</ul>");
    }
    if !g.success_text.trim().is_empty() || !g.success.is_empty() {
        let _ = write!(h.out, "<h3>{}</h3>", escape(h.t(B::RepSuccess)));
        if !g.success_text.trim().is_empty() {
            h.raw("<p>");
            h.text(g.success_text.trim());
            h.raw("</p>");
        }
        if !g.success.is_empty() {
            let dims: Vec<String> = g
                .success
                .iter()
                .map(|(k, v)| match i18n::success_dimension_texts(k) {
                    Some((name, _)) => format!("{} {v}/5", i18n::tr(h.lang, name)),
                    None => format!("{} {v}/5", k.replace('_', " ")),
                })
                .collect();
            h.raw("<p>");
            h.text(&dims.join(", "));
            h.raw("</p>");
        }
    }
    if has_constraints {
        let _ = write!(h.out, "<h3>{}</h3><ul class=\"report-list\">", escape(h.t(B::RepConstraints)));
        if let Some(x) = c.income_floor.filter(|x| x.is_finite()) {
            let _ = write!(h.out, "<li>{}</li>", escape(&h.f(B::LineIncome, &[("amount", &brief::number(x, h.lang))])));
        }
        if let Some(x) = c.max_hours.filter(|x| x.is_finite()) {
            let _ = write!(h.out, "<li>{}</li>", escape(&h.f(B::LineHours, &[("hours", &brief::number(x, h.lang))])));
        }
        if !c.location.trim().is_empty() {
            let _ = write!(h.out, "<li>{}</li>", escape(&h.f(B::LineLocation, &[("location", c.location.trim())])));
        }
        if !c.timing.trim().is_empty() {
            let _ = write!(h.out, "<li>{}</li>", escape(&h.f(B::LineTiming, &[("timing", c.timing.trim())])));
        }
        h.raw("</ul>");
    }
    h.raw("</section>");
}

fn decision_section(h: &mut Html, wb: &Workbook) {
    h.section_start("decision", h.t(B::RepDecision));
    let d = &wb.decision;
    if d.options.is_empty() {
        h.empty();
        h.raw("</section>");
        return;
    }
    let results = decision::evaluate(d).results;
    let _ = write!(
        h.out,
        "<table class=\"report-table\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(h.t(B::RepOption)),
        escape(h.t(B::RepMove)),
        escape(h.t(B::RepRank)),
        escape(h.t(B::RepScore))
    );
    for o in &d.options {
        let entry = results.ranking.iter().find(|r| r.option == o.id);
        let _ = write!(
            h.out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&o.name),
            escape(brief::move_label(o.move_kind, h.lang)),
            entry.map(|e| e.rank.to_string()).unwrap_or_else(|| "–".into()),
            entry.map(|e| i18n::number::fixed(h.lang, e.score * 100.0, 1)).unwrap_or_else(|| "–".into())
        );
    }
    h.raw("</tbody></table>");
    let bars: Vec<(String, i32)> = results
        .ranking
        .iter()
        .filter_map(|r| d.options.iter().find(|o| o.id == r.option).map(|o| (o.name.clone(), (r.score * 100.0).round() as i32)))
        .collect();
    if !bars.is_empty() {
        h.bar_chart("chart-ranking", h.t(B::RepRankingChart), &bars);
    }
    let name_of = |id: &str| d.options.iter().find(|o| o.id == id).map(|o| o.name.clone()).unwrap_or_else(|| id.to_string());
    let criterion_of = |id: &str| d.criteria.iter().find(|c| c.id == id).map(|c| c.name.clone()).unwrap_or_else(|| id.to_string());
    for x in &results.excluded {
        let _ = write!(
            h.out,
            "<p>{}</p>",
            escape(&h.f(
                B::RepExcluded,
                &[("option", &name_of(&x.option)), ("criterion", &criterion_of(&x.criterion)), ("value", &brief::number(x.value, h.lang)), ("min", &brief::number(x.min, h.lang))]
            ))
        );
    }
    for id in &results.incomplete {
        let _ = write!(h.out, "<p>{}</p>", escape(&h.f(B::RepIncomplete, &[("option", &name_of(id))])));
    }
    if let Some(weights) = &results.weights {
        let _ = write!(h.out, "<h3>{}</h3><ul class=\"report-list\">", escape(h.t(B::RepCriteria)));
        for (id, w) in weights.iter() {
            let _ = write!(h.out, "<li>{} – {} %</li>", escape(&criterion_of(id)), i18n::number::fixed(h.lang, w * 100.0, 1));
        }
        h.raw("</ul>");
    }
    h.raw("</section>");
}

fn brief_section(h: &mut Html, wb: &Workbook) {
    h.section_start("brief", h.t(B::Title));
    let b = brief::derive(wb, h.lang);
    if b.is_blank() {
        h.empty();
    }
    for s in b.sections.iter().filter(|s| !s.lines.is_empty()) {
        let _ = write!(h.out, "<h3>{}</h3>", escape(h.t(s.kind.title())));
        let tag = if s.kind == SectionKind::TalkingPoints { "ol" } else { "ul" };
        let _ = write!(h.out, "<{tag} class=\"report-list\">");
        for l in &s.lines {
            let _ = write!(h.out, "<li>{}</li>", escape(&l.text));
        }
        let _ = write!(h.out, "</{tag}>");
    }
    h.raw("</section>");
}

/// The standalone stylesheet: print-friendly, black on white, no external resources.
const STANDALONE_CSS: &str = "\
*{box-sizing:border-box}\
body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#111;background:#fff}\
.report{max-width:52rem;margin:0 auto;padding:1.5rem 1rem 3rem}\
h1{font-size:1.8rem;margin:0 0 .25rem}h2{font-size:1.35rem;margin:2rem 0 .5rem;border-bottom:2px solid #111;padding-bottom:.2rem}\
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}\
.report-made,.report-meta,.report-empty,.report-foot{color:#444}\
.report-figure{margin:1rem 0}.report-chart{width:100%;max-width:36rem;height:auto;display:block}\
.report-table{border-collapse:collapse;margin:.5rem 0;width:100%;max-width:36rem;table-layout:fixed}\
.report-table th,.report-table td{border:1px solid #999;padding:.25rem .5rem;text-align:left;overflow-wrap:anywhere;hyphens:auto}\
@media (max-width:30rem){.report-table{font-size:.8rem}.report-table th,.report-table td{padding:.2rem .3rem}}\
li{overflow-wrap:anywhere}\
.report-table thead th{background:#eee}\
.report-foot{margin-top:3rem;border-top:1px solid #999;padding-top:.5rem;font-size:.9rem}\
@media print{body{font-size:11pt}.report{max-width:none;padding:0}.report-section{break-inside:avoid-page}h2{break-after:avoid}}\
";

/// The standalone HTML report file: the report body in `lang`, an inline stylesheet, a CSP that
/// forbids every request, and the plain workbook file (with `results`) embedded for import.
pub fn standalone_html<R: serde::Serialize>(wb: &Workbook, lang: Lang, exported_at: &str, results: Option<R>) -> String {
    let made_on = exported_at.get(..10).unwrap_or(exported_at);
    let json = file::to_json(wb, exported_at, lang.code(), results);
    format!(
        "<!doctype html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>{title}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n<footer class=\"report-foot\"><p>{carries}</p></footer>\n<script type=\"application/json\" id=\"{id}\">{json}</script>\n</body>\n</html>\n",
        code = lang.code(),
        title = escape(&format!("{} – {}", i18n::tr(lang, B::ReportTitle), made_on)),
        css = STANDALONE_CSS,
        body = report_body(wb, lang, made_on),
        carries = escape(i18n::tr(lang, B::ReportCarries)),
        id = file::HTML_SCRIPT_ID,
        json = embed_json(&json),
    )
}

/// `crossroads-report-YYYY-MM-DD.html` for a timestamp.
pub fn standalone_file_name(exported_at: &str) -> String {
    format!("crossroads-report-{}.html", exported_at.get(..10).unwrap_or("export"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_workbook;

    /// Dates and decimals in the report follow the reader's language; chart geometry keeps points.
    #[test]
    fn numbers_and_dates_follow_the_language() {
        let wb = example_workbook();
        let nl = report_body(&wb, Lang::Nl, "2026-03-01");
        assert!(nl.contains("1 maart 2026"), "Dutch date");
        let fr = report_body(&wb, Lang::Fr, "2026-03-01");
        assert!(fr.contains("1er mars 2026"), "French date");
        let en = report_body(&wb, Lang::En, "2026-03-01");
        assert!(en.contains("1 March 2026"), "English date");
        // A mean on the 1–5 scale appears in the attitudes table: `<td>3,8</td>` style in Dutch.
        let cell = |html: &str, mark: char| {
            html.split("<td>").skip(1).filter_map(|c| c.split('<').next()).any(|c| {
                let b = c.as_bytes();
                b.len() == 3 && b[0].is_ascii_digit() && b[1] == mark as u8 && b[2].is_ascii_digit()
            })
        };
        assert!(cell(&nl, ','), "a Dutch table cell with a decimal comma");
        assert!(!cell(&nl, '.'), "no Dutch table cell with a decimal point");
        assert!(cell(&fr, ','), "a French table cell with a decimal comma");
        assert!(cell(&en, '.'), "an English table cell with a decimal point");
        assert!(nl.contains("viewBox=\"0 0 ") || nl.contains("<svg"), "charts are still drawn");
    }

    const HOSTILE: &str = "</script><script>alert(1)</script><img src=x onerror=\"alert(2)\">&amp; \u{2028}\u{2029}";

    fn hostile_workbook() -> Workbook {
        let mut wb = example_workbook();
        for e in &mut wb.experiences {
            e.title = format!("{HOSTILE}{}", e.title);
        }
        for o in &mut wb.decision.options {
            o.name = format!("{HOSTILE}{}", o.name);
        }
        for g in &mut wb.goals.goals {
            g.text = format!("{HOSTILE}{}", g.text);
        }
        wb.goals.constraints.location = HOSTILE.into();
        wb.values.custom.insert("x".into(), HOSTILE.into());
        wb.values.sort.insert("x".into(), ValueBucket::Important);
        let shown = brief::derive(&wb, Lang::En);
        brief::edit(&mut wb, &shown, SectionKind::Ask, brief::Edit::Add { text: HOSTILE.into() });
        wb
    }

    #[test]
    fn the_standalone_report_round_trips_through_import() {
        let wb = hostile_workbook();
        let html = standalone_html(&wb, Lang::En, "2026-11-27T10:00:00Z", Some(crate::domain::results::compute(&wb)));
        let parsed = file::parse(&html).expect("import reads the embedded workbook");
        assert_eq!(parsed.workbook, wb);
        assert_eq!(parsed.exported_at.as_deref(), Some("2026-11-27T10:00:00Z"));
    }

    #[test]
    fn user_text_stays_text() {
        let wb = hostile_workbook();
        let html = standalone_html(&wb, Lang::En, "2026-11-27T10:00:00Z", None::<()>);
        // Exactly one script element, the JSON data block, and no markup from the person's text.
        assert_eq!(html.matches("<script").count(), 1, "only the data block");
        assert_eq!(html.matches("</script").count(), 1);
        assert!(!html.contains("<img"));
        assert!(!html.contains("onerror=\""));
        let embedded = file::extract_from_html(&html).unwrap();
        assert!(!embedded.contains('\u{2028}') && !embedded.contains('\u{2029}') && !embedded.contains('<'));
        assert!(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)"));
        assert!(!html.contains("style=\""), "no style attributes");
        let body = report_body(&wb, Lang::En, "2026-11-27");
        assert!(!body.contains("<script") && !body.contains("<img"));
        assert_eq!(embed_json("\"</script>&\u{2028}\""), "\"\\u003c/script\\u003e\\u0026\\u2028\"");
    }

    #[test]
    fn the_report_covers_every_module_with_charts() {
        let wb = example_workbook();
        for lang in Lang::ALL {
            let body = report_body(&wb, lang, "2026-11-27");
            for id in ["experiences", "attitudes", "values", "talents", "goals", "decision", "brief"] {
                assert!(body.contains(&format!("data-testid=\"report-{id}\"")), "{id} in {lang:?}");
            }
            assert_eq!(body.matches("<h1").count(), 1);
            assert!(body.contains("chart-radar-t") && body.contains("chart-talent-evidence-t") && body.contains("chart-ranking-t"));
            assert!(!body.contains(i18n::tr(lang, B::ReportEmpty)), "the example fills every module");
        }
        let body = report_body(&wb, Lang::En, "2026-11-27");
        assert!(body.contains("Rebuilt the monthly close at Vandamme Logistics"));
        assert!(body.contains("Move to HR as people-analytics specialist"));
        assert!(body.contains("Freelance finance trainer is excluded"));
        let html = standalone_html(&wb, Lang::Fr, "2026-11-27T10:00:00Z", None::<()>);
        assert!(html.starts_with("<!doctype html>\n<html lang=\"fr\">"));
        assert!(html.contains("default-src 'none'"));
        assert_eq!(standalone_file_name("2026-11-27T10:00:00Z"), "crossroads-report-2026-11-27.html");
    }

    #[test]
    fn an_empty_workbook_gives_an_empty_report_not_a_broken_one() {
        let body = report_body(&Workbook::default(), Lang::Nl, "2026-11-27");
        assert_eq!(body.matches(i18n::tr(Lang::Nl, B::ReportEmpty)).count(), 7);
        let html = standalone_html(&Workbook::default(), Lang::En, "x", None::<()>);
        assert_eq!(file::parse(&html).unwrap().workbook, Workbook::default());
    }
}
