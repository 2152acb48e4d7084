//! Thin Leptos components, grouped by module. They read and write the workbook through
//! [`state::AppState`] and the typed API of `crate::domain`, and talk to the browser only through
//! `crate::platform`.

pub mod app;
pub mod i18n;
pub mod names;
pub mod pages;
pub mod shell;
pub mod state;
