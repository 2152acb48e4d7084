//! Crossroads: a private career workbook that runs entirely in the browser.
//!
//! `domain` and `i18n` are pure Rust and build (and test) natively; `platform` and `ui` exist only
//! on `wasm32`, where they wrap the browser and render the app with Leptos.

pub mod domain;
pub mod i18n;
pub mod route;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::app::mount;
