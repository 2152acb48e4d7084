//! The facilitator guide's running order: a 90-minute self-management workshop with Crossroads,
//! step by step, with the minutes each step takes. The texts are translated catalogue rows; the
//! order and timings are data, so a test can check they add up.

use crate::i18n::GuideText as T;

/// How long the workshop lasts, in minutes.
pub const TOTAL_MINUTES: u32 = 90;

/// One step of the workshop.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub minutes: u32,
    pub title: T,
    /// What the group does.
    pub activity: T,
    /// What the facilitator can say, in so many words.
    pub say: T,
}

const fn step(minutes: u32, title: T, activity: T, say: T) -> Step {
    Step { minutes, title, activity, say }
}

/// The running order.
pub const STEPS: [Step; 8] = [
    step(10, T::S1Title, T::S1Do, T::S1Say),
    step(5, T::S2Title, T::S2Do, T::S2Say),
    step(15, T::S3Title, T::S3Do, T::S3Say),
    step(15, T::S4Title, T::S4Do, T::S4Say),
    step(15, T::S5Title, T::S5Do, T::S5Say),
    step(10, T::S6Title, T::S6Do, T::S6Say),
    step(10, T::S7Title, T::S7Do, T::S7Say),
    step(10, T::S8Title, T::S8Do, T::S8Say),
];

/// Start and end minute of every step.
pub fn schedule() -> Vec<(u32, u32, &'static Step)> {
    let mut at = 0;
    STEPS
        .iter()
        .map(|s| {
            let start = at;
            at += s.minutes;
            (start, at, s)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_steps_fill_ninety_minutes() {
        assert_eq!(STEPS.iter().map(|s| s.minutes).sum::<u32>(), TOTAL_MINUTES);
        let plan = schedule();
        assert_eq!(plan.first().map(|p| p.0), Some(0));
        assert_eq!(plan.last().map(|p| p.1), Some(TOTAL_MINUTES));
        assert!(STEPS.iter().all(|s| s.minutes > 0));
    }
}
