//! Hash routes (`#/values`), so the same `dist/` works from any sub-path and inside iframes.
//!
//! Pure Rust: parsing and printing are tested natively; the browser glue that listens for
//! `hashchange` lives in the UI.

use crate::i18n::Key;

/// A screen of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Experiences,
    Attitudes,
    Values,
    Talents,
    Goals,
    Decision,
    Brief,
    Report,
    Data,
    Workshop,
    /// The embed-snippet generator, under the workshop.
    WorkshopEmbed,
    /// HR's organisation readiness check, under the workshop.
    WorkshopOrgCheck,
    /// The facilitator guide, under the workshop.
    WorkshopGuide,
    /// The conversation guide for employees, under the brief.
    BriefGuide,
    /// The conversation guide for managers, under the brief.
    BriefManagerGuide,
}

impl Route {
    /// Every route, in navigation order.
    pub const ALL: [Route; 16] = [
        Route::Home,
        Route::Experiences,
        Route::Attitudes,
        Route::Values,
        Route::Talents,
        Route::Goals,
        Route::Decision,
        Route::Brief,
        Route::Report,
        Route::Data,
        Route::Workshop,
        Route::WorkshopEmbed,
        Route::WorkshopOrgCheck,
        Route::WorkshopGuide,
        Route::BriefGuide,
        Route::BriefManagerGuide,
    ];

    /// The routes the main navigation lists (sub-pages are reached from their parent).
    pub const NAV: [Route; 11] = [
        Route::Home,
        Route::Experiences,
        Route::Attitudes,
        Route::Values,
        Route::Talents,
        Route::Goals,
        Route::Decision,
        Route::Brief,
        Route::Report,
        Route::Data,
        Route::Workshop,
    ];

    /// The path after `#/`.
    pub fn slug(self) -> &'static str {
        match self {
            Route::Home => "",
            Route::Experiences => "experiences",
            Route::Attitudes => "attitudes",
            Route::Values => "values",
            Route::Talents => "talents",
            Route::Goals => "goals",
            Route::Decision => "decision",
            Route::Brief => "brief",
            Route::Report => "report",
            Route::Data => "data",
            Route::Workshop => "workshop",
            Route::WorkshopEmbed => "workshop/embed",
            Route::WorkshopOrgCheck => "workshop/org-check",
            Route::WorkshopGuide => "workshop/guide",
            Route::BriefGuide => "brief/guide",
            Route::BriefManagerGuide => "brief/manager-guide",
        }
    }

    /// The link target, e.g. `#/values`.
    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }

    /// The route's name in the navigation.
    pub fn label(self) -> Key {
        match self {
            Route::Home => Key::NavHome,
            Route::Experiences => Key::NavExperiences,
            Route::Attitudes => Key::NavAttitudes,
            Route::Values => Key::NavValues,
            Route::Talents => Key::NavTalents,
            Route::Goals => Key::NavGoals,
            Route::Decision => Key::NavDecision,
            Route::Brief => Key::NavBrief,
            Route::Report => Key::NavReport,
            Route::Data => Key::NavData,
            Route::Workshop => Key::NavWorkshop,
            Route::WorkshopEmbed => Key::NavWorkshopEmbed,
            Route::WorkshopOrgCheck => Key::NavWorkshopOrgCheck,
            Route::WorkshopGuide => Key::NavWorkshopGuide,
            Route::BriefGuide => Key::NavBriefGuide,
            Route::BriefManagerGuide => Key::NavBriefManagerGuide,
        }
    }

    /// Parses `location.hash`. `None` means the hash names no route (the app then goes home and
    /// says so); an empty hash is home.
    pub fn parse(hash: &str) -> Option<Route> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or("").trim_end_matches('/');
        Route::ALL.into_iter().find(|r| r.slug() == path).or_else(|| {
            // Deeper paths of a module (`#/experiences/e3`) open the module.
            let first = path.split('/').next().unwrap_or("");
            Route::ALL.into_iter().find(|r| r.slug() == first)
        })
    }

    /// The part of the hash after the route's own slug (`e3` in `#/experiences/e3`), if any.
    pub fn detail(hash: &str) -> Option<String> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or("").trim_end_matches('/');
        let route = Route::parse(hash)?;
        let rest = path.strip_prefix(route.slug())?.trim_start_matches('/');
        (!rest.is_empty()).then(|| rest.to_string())
    }

    /// The module a route belongs to, for `modules=` filtering (sub-pages follow their parent).
    pub fn module(self) -> Route {
        match self {
            Route::WorkshopEmbed | Route::WorkshopOrgCheck | Route::WorkshopGuide => Route::Workshop,
            Route::BriefGuide | Route::BriefManagerGuide => Route::Brief,
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_href() {
        for route in Route::ALL {
            assert_eq!(Route::parse(&route.href()), Some(route), "{route:?}");
        }
    }

    #[test]
    fn empty_and_odd_hashes() {
        assert_eq!(Route::parse(""), Some(Route::Home));
        assert_eq!(Route::parse("#"), Some(Route::Home));
        assert_eq!(Route::parse("#/"), Some(Route::Home));
        assert_eq!(Route::parse("#/values/"), Some(Route::Values));
        assert_eq!(Route::parse("#/decision?x=1"), Some(Route::Decision));
        assert_eq!(Route::parse("#/workshop/embed"), Some(Route::WorkshopEmbed));
        assert_eq!(Route::parse("#/workshop/other"), Some(Route::Workshop));
        assert_eq!(Route::parse("#/workshop/org-check"), Some(Route::WorkshopOrgCheck));
        assert_eq!(Route::parse("#/workshop/guide/"), Some(Route::WorkshopGuide));
        assert_eq!(Route::WorkshopGuide.module(), Route::Workshop);
        assert_eq!(Route::parse("#/brief/guide"), Some(Route::BriefGuide));
        assert_eq!(Route::parse("#/brief/manager-guide/"), Some(Route::BriefManagerGuide));
        assert_eq!(Route::parse("#/brief/other"), Some(Route::Brief));
        assert_eq!(Route::BriefManagerGuide.module(), Route::Brief);
        assert_eq!(Route::parse("#/experiences/e3"), Some(Route::Experiences));
        assert_eq!(Route::detail("#/experiences/e3").as_deref(), Some("e3"));
        assert_eq!(Route::detail("#/experiences"), None);
        assert_eq!(Route::parse("#/nope"), None);
        assert_eq!(Route::parse("#/VALUES"), None);
    }
}

/// How the app is framed, from the URL: `?embed=1` for compact chrome inside an iframe,
/// `modules=attitudes,values` to show only those modules (the first opens by default).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    pub embed: bool,
    /// `None`: every module.
    pub modules: Option<Vec<Route>>,
}

impl EmbedConfig {
    /// Reads `embed=` and `modules=` from `location.search`. Unknown module names are ignored;
    /// a list with no known module means every module.
    pub fn from_search(search: &str) -> EmbedConfig {
        let embed = matches!(query_param(search, "embed").as_deref(), Some("1" | "true" | "yes"));
        let modules = query_param(search, "modules").map(|list| {
            let mut routes: Vec<Route> = Vec::new();
            for name in list.split(',') {
                if let Some(route) = Route::NAV.into_iter().find(|r| r.slug() == name.trim() && *r != Route::Home) {
                    if !routes.contains(&route) {
                        routes.push(route);
                    }
                }
            }
            routes
        });
        EmbedConfig { embed, modules: modules.filter(|m| !m.is_empty()) }
    }

    /// True if `route` may be shown.
    pub fn allows(&self, route: Route) -> bool {
        match &self.modules {
            None => true,
            Some(modules) => modules.contains(&route.module()),
        }
    }

    /// Where to go when the requested route is not allowed (or there is none).
    pub fn start(&self) -> Route {
        self.modules.as_ref().and_then(|m| m.first().copied()).unwrap_or(Route::Home)
    }

    /// The routes to list in the navigation.
    pub fn nav(&self) -> Vec<Route> {
        match &self.modules {
            None => Route::NAV.to_vec(),
            Some(modules) => modules.clone(),
        }
    }
}

/// The value of `name` in a URL query string such as `?embed=1&lang=fr` (percent-decoding only
/// `%2C` and `+`, which is all our parameters need).
pub fn query_param(search: &str, name: &str) -> Option<String> {
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (key == name).then(|| value.replace("%2C", ",").replace("%2c", ",").replace('+', " "))
    })
}

#[cfg(test)]
mod query_tests {
    use super::query_param;

    #[test]
    fn reads_parameters() {
        assert_eq!(query_param("?lang=fr&embed=1", "lang").as_deref(), Some("fr"));
        assert_eq!(query_param("?lang=fr&embed=1", "embed").as_deref(), Some("1"));
        assert_eq!(query_param("?modules=attitudes%2Cvalues", "modules").as_deref(), Some("attitudes,values"));
        assert_eq!(query_param("", "lang"), None);
        assert_eq!(query_param("?language=fr", "lang"), None);
    }

    #[test]
    fn embed_configuration() {
        use super::{EmbedConfig, Route};
        let c = EmbedConfig::from_search("?embed=1&modules=attitudes,values,nope,attitudes&lang=fr");
        assert!(c.embed);
        assert_eq!(c.modules, Some(vec![Route::Attitudes, Route::Values]));
        assert!(c.allows(Route::Values));
        assert!(!c.allows(Route::Home));
        assert_eq!(c.start(), Route::Attitudes);
        assert_eq!(c.nav(), vec![Route::Attitudes, Route::Values]);
        let all = EmbedConfig::from_search("?modules=nope");
        assert_eq!(all.modules, None, "no known module means every module");
        assert!(!all.embed);
        assert!(all.allows(Route::WorkshopEmbed));
        let workshop = EmbedConfig::from_search("?modules=workshop");
        assert!(workshop.allows(Route::WorkshopEmbed));
        assert!(workshop.allows(Route::WorkshopOrgCheck) && workshop.allows(Route::WorkshopGuide));
        assert_eq!(EmbedConfig::from_search("").start(), Route::Home);
    }
}

/// The HTML a blog author pastes to embed Crossroads: an iframe (with the sandbox tokens the app
/// needs: scripts, its own storage, downloads of exports) and the optional auto-resize script.
pub fn embed_snippet(base_url: &str, modules: &[Route], lang: Option<&str>, theme: Option<&str>, height: u32) -> String {
    let mut query = vec!["embed=1".to_string()];
    if !modules.is_empty() {
        let names: Vec<&str> = modules.iter().map(|r| r.slug()).collect();
        query.push(format!("modules={}", names.join(",")));
    }
    if let Some(lang) = lang {
        query.push(format!("lang={lang}"));
    }
    if let Some(theme) = theme {
        query.push(format!("theme={theme}"));
    }
    let src = escape_attribute(&format!("{base_url}?{}", query.join("&")));
    let script = escape_attribute(&format!("{base_url}embed.js"));
    format!(
        "<iframe src=\"{src}\" title=\"Crossroads career workbook\" data-crossroads width=\"100%\" height=\"{height}\" \
         loading=\"lazy\" sandbox=\"allow-scripts allow-same-origin allow-downloads allow-popups\"></iframe>\n\
         <script src=\"{script}\" defer></script>"
    )
}

/// Escapes text for a double-quoted HTML attribute.
pub fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod snippet_tests {
    use super::*;

    #[test]
    fn the_snippet_names_modules_language_theme_and_sandbox() {
        let s = embed_snippet("https://example.org/tools/crossroads/", &[Route::Attitudes, Route::Values], Some("fr"), Some("dark"), 900);
        assert!(s.contains("src=\"https://example.org/tools/crossroads/?embed=1&amp;modules=attitudes,values&amp;lang=fr&amp;theme=dark\""), "{s}");
        assert!(s.contains("allow-downloads"));
        assert!(s.contains("height=\"900\""));
        assert!(s.contains("<script src=\"https://example.org/tools/crossroads/embed.js\" defer></script>"));
        let plain = embed_snippet("http://x/", &[], None, None, 700);
        assert!(plain.contains("src=\"http://x/?embed=1\""));
        assert_eq!(escape_attribute("a\"<b>&"), "a&quot;&lt;b&gt;&amp;");
    }
}
