//! One component per route.

pub mod attitudes;
pub mod data;
pub mod home;
pub mod module_placeholder;
