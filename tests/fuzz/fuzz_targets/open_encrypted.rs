//! Any text handed to the encrypted-file reader. Never panics, and whatever `inspect` refuses,
//! `open` refuses with the same error before deriving a key (so absurd KDF costs never run).
//! With a valid header the KDF does run (19 MiB Argon2id or 600,000 PBKDF2 iterations at least):
//! those inputs are slow by design.
#![no_main]

use crossroads::domain::crypto;
use libfuzzer_sys::fuzz_target;

const PASSPHRASE: &str = "correct horse battery staple";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = crypto::is_encrypted_file(&text);
    match crypto::inspect(&text) {
        Err(refused) => assert_eq!(crypto::open(&text, PASSPHRASE), Err(refused)),
        Ok(_) => {
            let _ = crypto::open(&text, PASSPHRASE);
        }
    }
});
