//! One component per route.

pub mod attitudes;
pub mod brief;
pub mod data;
pub mod embed;
pub mod exchange;
pub mod experiences;
pub mod home;
pub mod module_placeholder;
pub mod report;
pub mod workshop;
