//! The only code that talks to browser APIs: storage, files, downloads, clipboard, `postMessage`.
//! Everything here returns `Result`s with typed errors; nothing panics when the browser says no.

pub mod browser;
pub mod embed;
pub mod files;
pub mod locales;
pub mod pointer;
pub mod rescue;
pub mod storage;
pub mod workbook_store;
