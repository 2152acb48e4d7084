//! The pure heart of Crossroads: the workbook model, decision methods and everything computed
//! from what the user entered. Nothing here touches the browser or the UI framework, so all of it
//! is tested natively with `cargo test`.

pub mod attitudes;
pub mod brief;
pub mod catalog;
pub mod crypto;
pub mod decision;
pub mod evidence;
pub mod example;
pub mod experiences;
pub mod file;
pub mod goals;
pub mod guide;
pub mod handin;
pub mod ics;
pub mod merge;
pub mod orgcheck;
pub mod report;
pub mod results;
pub mod serde_int;
pub mod settings;
pub mod sort;
pub mod suggestions;
pub mod talents;
pub mod values;
pub mod workbook;
pub mod workshop;
