//! One component per route.

pub mod attitudes;
pub mod brief;
pub mod data;
pub mod decision;
pub mod embed;
pub mod exchange;
pub mod experiences;
pub mod goals;
pub mod guide;
pub mod home;
pub mod orgcheck;
pub mod report;
pub mod talents;
pub mod values;
pub mod workshop;
pub mod workshop_group;

/// Moves focus to the element `id` after the pending render: for an action whose button leaves
/// the page with the render, so that keyboard focus lands somewhere rather than on the page.
pub(crate) fn focus_after_render(id: &'static str) {
    leptos::prelude::set_timeout(move || crate::platform::browser::focus_id(id), std::time::Duration::from_millis(0));
}
