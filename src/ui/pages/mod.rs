//! One component per route.

pub mod data;
pub mod exchange;
pub mod home;
pub mod module_placeholder;
