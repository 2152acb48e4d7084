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
}

impl Route {
    /// Every route, in navigation order.
    pub const ALL: [Route; 11] = [
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
        }
    }

    /// Parses `location.hash`. `None` means the hash names no route (the app then goes home and
    /// says so); an empty hash is home.
    pub fn parse(hash: &str) -> Option<Route> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or("");
        let first = path.split('/').next().unwrap_or("").trim_end_matches('/');
        Route::ALL.into_iter().find(|r| r.slug() == first)
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
        assert_eq!(Route::parse("#/workshop/embed"), Some(Route::Workshop));
        assert_eq!(Route::parse("#/nope"), None);
        assert_eq!(Route::parse("#/VALUES"), None);
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
}
