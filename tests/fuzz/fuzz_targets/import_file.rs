//! Any text handed to the importer: `file::parse` must return `Ok` or `Err`, never panic
//! (release builds abort on panic).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = crossroads::domain::file::parse(&text);
});
