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

/// A value computed by `f` from the signals it reads, as a signal that notifies its readers only
/// when the value really changes. A memo does the same work but marks every reader for a check on
/// each change of its sources: with hundreds of readers of the workbook (checkboxes, links, list
/// items), that alone makes one keystroke a long task. The decision screen's pattern, for any page.
pub(crate) fn derived<T: Clone + PartialEq + Send + Sync + 'static>(f: impl Fn() -> T + 'static) -> leptos::prelude::ReadSignal<T> {
    use leptos::prelude::*;
    let (read, write) = signal(untrack(&f));
    Effect::new(move |_| {
        let next = f();
        if read.with_untracked(|now| *now != next) {
            write.set(next);
        }
    });
    read
}

/// Renders its children one task after it is created: a long page mounts its first screenful in
/// the route change's task and the rest in following tasks, so that no single task blocks input
/// for long. The content keeps its place in the document (and in the tab order); it is there
/// before anyone could reach it by keyboard or screen reader.
#[leptos::component]
pub(crate) fn Later(children: leptos::children::ChildrenFn) -> impl leptos::IntoView {
    use leptos::prelude::*;
    let ready = RwSignal::new(false);
    set_timeout(
        move || {
            ready.try_set(true);
        },
        std::time::Duration::from_millis(0),
    );
    move || ready.get().then(|| children())
}
