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

/// How many items of a long list to show: `first` at once, then `step` more in each following
/// task until all `len()` are there (from then on, all: items added later show at once). A list of
/// sixty stories then mounts as a screenful now and a few cards per task, never one long task;
/// the items keep their order in the document, and the tab order only ever grows at its end.
pub(crate) fn progressive(first: usize, step: usize, len: leptos::prelude::Signal<usize>) -> leptos::prelude::ReadSignal<usize> {
    use leptos::prelude::*;
    fn grow(shown: ReadSignal<usize>, set_shown: WriteSignal<usize>, step: usize, len: Signal<usize>) {
        set_timeout(
            move || {
                let (Some(now), Some(total)) = (shown.try_get_untracked(), len.try_get_untracked()) else { return };
                if now.saturating_add(step) >= total {
                    set_shown.try_set(usize::MAX);
                } else {
                    set_shown.try_set(now + step);
                    grow(shown, set_shown, step, len);
                }
            },
            std::time::Duration::from_millis(0),
        );
    }
    let (shown, set_shown) = signal(first);
    if len.get_untracked() <= first {
        set_shown.set(usize::MAX);
    } else {
        grow(shown, set_shown, step, len);
    }
    shown
}
