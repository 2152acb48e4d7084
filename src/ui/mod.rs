//! Thin Leptos components, grouped by module. They read and write the workbook through the
//! typed API of `crate::domain` and talk to the browser only through `crate::platform`.

pub mod app;
pub mod i18n;
