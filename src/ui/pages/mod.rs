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
