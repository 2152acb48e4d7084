//! One component per route.

pub mod data;
pub mod experiences;
pub mod home;
pub mod module_placeholder;
