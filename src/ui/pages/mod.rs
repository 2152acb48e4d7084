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

/// How many parts of the current page are still to mount ([`Later`], [`progressive`]): while any
/// are, `<main>` carries `data-mounting="true"`, so that a script (the e2e tests' `waitForPage`)
/// can wait for the whole page. Not `aria-busy`: focus lands on `<main>` with the route change, and
/// a screen reader told the region is busy may stay silent about the part already there.
/// Provided by the app; absent, nothing is counted.
#[derive(Clone, Copy)]
pub(crate) struct Mounting(pub leptos::prelude::RwSignal<usize>);

/// Counts one more part of the page as pending; the returned guard's [`Pending::done`] (or the
/// owner's cleanup, when the page goes first) counts it off, once.
fn pending() -> Pending {
    use leptos::prelude::*;
    let counter = use_context::<Mounting>().map(|m| m.0);
    if let Some(c) = counter {
        c.try_update(|n| *n += 1);
    }
    let open = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(counter.is_some()));
    let guard = Pending { counter, open };
    let on_drop = guard.clone();
    on_cleanup(move || on_drop.done());
    guard
}

#[derive(Clone)]
struct Pending {
    counter: Option<leptos::prelude::RwSignal<usize>>,
    open: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Pending {
    fn done(&self) {
        use leptos::prelude::*;
        if self.open.swap(false, std::sync::atomic::Ordering::Relaxed) {
            if let Some(c) = self.counter {
                c.try_update(|n| *n = n.saturating_sub(1));
            }
        }
    }
}

/// Renders its children one task after it is created: a long page mounts its first screenful in
/// the route change's task and the rest in following tasks, so that no single task blocks input
/// for long. The content keeps its place in the document (and in the tab order); it is there
/// before anyone could reach it by keyboard or screen reader.
#[leptos::component]
pub(crate) fn Later(children: leptos::children::ChildrenFn) -> impl leptos::IntoView {
    use leptos::prelude::*;
    let ready = RwSignal::new(false);
    let part = pending();
    set_timeout(
        move || {
            ready.try_set(true);
            // Counted off a task later, once the children (and any parts of their own) are in.
            set_timeout(move || part.done(), std::time::Duration::from_millis(0));
        },
        std::time::Duration::from_millis(0),
    );
    move || ready.get().then(|| children())
}

/// How many items of a long list to show: `first` at once, then `step` more in each following
/// task until all `len()` are there (from then on, all: items added later show at once). A list of
/// sixty stories then mounts as a screenful now and a few cards per task, never one long task;
/// the items keep their order in the document, and new ones only ever join after the items already
/// shown (before whatever follows the list, such as an "add" form). While the list grows, the page
/// counts as still mounting (see [`Mounting`]).
pub(crate) fn progressive(first: usize, step: usize, len: leptos::prelude::Signal<usize>) -> leptos::prelude::ReadSignal<usize> {
    use leptos::prelude::*;
    fn grow(shown: ReadSignal<usize>, set_shown: WriteSignal<usize>, step: usize, len: Signal<usize>, part: Pending) {
        set_timeout(
            move || {
                let (Some(now), Some(total)) = (shown.try_get_untracked(), len.try_get_untracked()) else { return };
                if now.saturating_add(step) >= total {
                    set_shown.try_set(usize::MAX);
                    set_timeout(move || part.done(), std::time::Duration::from_millis(0));
                } else {
                    set_shown.try_set(now + step);
                    grow(shown, set_shown, step, len, part);
                }
            },
            std::time::Duration::from_millis(0),
        );
    }
    let (shown, set_shown) = signal(first);
    if len.get_untracked() <= first {
        set_shown.set(usize::MAX);
    } else {
        grow(shown, set_shown, step, len, pending());
    }
    shown
}
