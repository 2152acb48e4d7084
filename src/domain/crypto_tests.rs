//! Tests of the encrypted file. Known-answer values were computed independently with
//! `tests/fixtures/encrypted/reference.py` (hashlib, hmac and the `cryptography` package).

use super::*;
use std::time::{Duration, Instant};

const PASSPHRASE: &str = "correct horse battery staple";
const SALT: [u8; 16] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
const NONCE: [u8; 12] = [0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b];
const PLAINTEXT: &str = r#"{"format":"crossroads-workbook","schema_version":1,"app_version":"0.1.0","exported_at":"2026-11-23T16:00:00Z","locale":"en","workbook":{"goals":{"success_text":"Encrypted hello"}}}"#;
/// The cheapest Argon2id parameters the contract accepts, for fast tests (PBKDF2 tests use
/// `KdfParams::default_pbkdf2()`, which is also its minimum).
const FAST_ARGON2: KdfParams = KdfParams::Argon2id { m_kib: 19_456, t: 1, p: 1 };

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/encrypted/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Sets one field of a sealed file (a JSON edit) and returns the new text.
fn edit(file: &str, edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(file).unwrap();
    edit(&mut value);
    serde_json::to_string(&value).unwrap()
}

fn quick<T>(f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(took < Duration::from_millis(50), "took {took:?}: the KDF must not have run");
    out
}

fn sealed_argon2() -> String {
    seal(PLAINTEXT, PASSPHRASE, FAST_ARGON2, SALT, NONCE).unwrap()
}

// --- known answers -----------------------------------------------------------------------------

#[test]
fn known_answer_pbkdf2() {
    let kdf = KdfParams::default_pbkdf2();
    let master = derive_master(kdf, PASSPHRASE, &SALT).unwrap();
    assert_eq!(hex(&master), "ef177144eec9420cbc1093d2a8b344a92bc506d0d4ec9c028dd19f8324d8c1e6");
    let keys = split_keys(&master).unwrap();
    assert_eq!(hex(&keys.enc), "e1cb97c98aa31e3f005244cb2cf338486995e0d9639a6b34ed12fda719c57751");
    assert_eq!(hex(&keys.check), "00bb2325c4633b9d33af5a40808fdbd875210027324bc68af89d0d11504d059f");
    assert_eq!(hex(&key_check(&keys.check).unwrap()), "b135bd517ce784f26ca2cfd391682a79");
    // The whole file, byte for byte (reference.py writes the same compact JSON).
    let file = seal(PLAINTEXT, PASSPHRASE, kdf, SALT, NONCE).unwrap();
    assert_eq!(file, fixture("sample-pbkdf2.crossroads.enc.json").trim_end());
    // Opening it is `fixtures_have_their_documented_outcome` (PBKDF2 runs as few times as possible:
    // 600,000 iterations take about 1.5 s in a test build).
}

#[test]
fn known_answer_argon2id() {
    let kdf = KdfParams::default_argon2id();
    let master = derive_master(kdf, PASSPHRASE, &SALT).unwrap();
    assert_eq!(hex(&master), "818259b6310026a8e0dbac5d2e6927abcfdb07b32258fac4f61b18b80f929085");
    let keys = split_keys(&master).unwrap();
    assert_eq!(hex(&keys.enc), "bc8bb397ce5ba7713e04fb4ea6ea5e9966a2eed19172287ca1d2f7cad2ba4756");
    assert_eq!(hex(&keys.check), "985d35eb20d4112f2ab3568206f5aad04f096f6014a98f76cf2058cf365869a8");
    assert_eq!(hex(&key_check(&keys.check).unwrap()), "f7668cc6bb8422205c181d2f83c91da9");
    let file = seal(PLAINTEXT, PASSPHRASE, kdf, SALT, NONCE).unwrap();
    assert_eq!(file, fixture("sample-argon2id.crossroads.enc.json").trim_end());
}

#[test]
fn hkdf_and_hmac_match_rfc_test_vectors() {
    // RFC 5869 test case 3 (SHA-256, no salt, no info): the "no salt" case this format relies on.
    let ikm = [0x0bu8; 22];
    let mut okm = [0u8; 42];
    Hkdf::<Sha256>::new(None, &ikm).expand(&[], &mut okm).unwrap();
    assert_eq!(
        hex(&okm),
        "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"
    );
}

// --- round trips -------------------------------------------------------------------------------

#[test]
fn round_trip_argon2id() {
    let file = sealed_argon2();
    assert!(is_encrypted_file(&file));
    let header = inspect(&file).unwrap();
    assert_eq!(header.kdf, FAST_ARGON2);
    assert_eq!((header.salt, header.nonce), (SALT, NONCE));
    assert_eq!(header.ciphertext_len, PLAINTEXT.len() + TAG_LEN);
    assert_eq!(open(&file, PASSPHRASE).unwrap(), PLAINTEXT);
}

#[test]
fn round_trip_unicode() {
    let text = "{\"note\":\"café ☕ — 𝄞\"}";
    let pass = "één pássphrase 🔑";
    let file = seal(text, pass, FAST_ARGON2, SALT, NONCE).unwrap();
    assert_eq!(open(&file, pass).unwrap(), text);
    // No Unicode normalisation: another spelling is another passphrase.
    assert_eq!(open(&file, "e\u{301}e\u{301}n pássphrase 🔑"), Err(CryptoError::WrongPassphrase));
}

#[test]
fn round_trip_empty_plaintext_and_passphrase() {
    let file = seal("", "", FAST_ARGON2, SALT, NONCE).unwrap();
    assert_eq!(inspect(&file).unwrap().ciphertext_len, TAG_LEN);
    assert_eq!(open(&file, "").unwrap(), "");
}

#[test]
fn sealed_file_has_the_contract_shape() {
    let value: Value = serde_json::from_str(&sealed_argon2()).unwrap();
    assert_eq!(value["format"], "crossroads-encrypted");
    assert_eq!(value["version"], 1);
    assert_eq!(value["cipher"], "AES-256-GCM");
    assert_eq!(value["kdf"]["name"], "argon2id");
    assert_eq!((value["kdf"]["m_kib"].as_u64(), value["kdf"]["t"].as_u64()), (Some(19_456), Some(1)));
    assert_eq!(value["kdf"]["salt"], "AAECAwQFBgcICQoLDA0ODw==");
    assert_eq!(value["nonce"], "EBESExQVFhcYGRob");
    assert_eq!(value["key_check"].as_str().unwrap().len(), 24);
}

#[test]
fn different_salt_or_nonce_gives_a_different_file() {
    let a = sealed_argon2();
    let mut salt = SALT;
    salt[0] ^= 1;
    let b = seal(PLAINTEXT, PASSPHRASE, FAST_ARGON2, salt, NONCE).unwrap();
    let mut nonce = NONCE;
    nonce[11] ^= 1;
    let c = seal(PLAINTEXT, PASSPHRASE, FAST_ARGON2, SALT, nonce).unwrap();
    let ct = |f: &str| serde_json::from_str::<Value>(f).unwrap()["ciphertext"].clone();
    assert_ne!(ct(&a), ct(&b));
    assert_ne!(ct(&a), ct(&c));
}

// --- wrong passphrase versus damage ------------------------------------------------------------

#[test]
fn wrong_passphrase() {
    assert_eq!(open(&sealed_argon2(), "correct horse battery stapler"), Err(CryptoError::WrongPassphrase));
}

#[test]
fn flipped_ciphertext_bit_is_damage() {
    let file = sealed_argon2();
    for index in [0, PLAINTEXT.len() - 1, PLAINTEXT.len() + TAG_LEN - 1] {
        let damaged = edit(&file, |v| {
            let mut bytes = BASE64.decode(v["ciphertext"].as_str().unwrap()).unwrap();
            bytes[index] ^= 0x01;
            v["ciphertext"] = Value::String(BASE64.encode(bytes));
        });
        assert_eq!(open(&damaged, PASSPHRASE), Err(CryptoError::Damaged), "byte {index}");
    }
}

#[test]
fn flipped_nonce_bit_is_damage() {
    let damaged = edit(&sealed_argon2(), |v| v["nonce"] = Value::String(BASE64.encode([0x11u8; 12])));
    assert_eq!(open(&damaged, PASSPHRASE), Err(CryptoError::Damaged));
}

#[test]
fn flipped_key_check_bit_is_wrong_passphrase() {
    let file = sealed_argon2();
    let flipped = edit(&file, |v| {
        let mut bytes = BASE64.decode(v["key_check"].as_str().unwrap()).unwrap();
        bytes[15] ^= 0x80;
        v["key_check"] = Value::String(BASE64.encode(bytes));
    });
    assert_eq!(open(&flipped, PASSPHRASE), Err(CryptoError::WrongPassphrase));
}

#[test]
fn changed_salt_is_wrong_passphrase() {
    let changed = edit(&sealed_argon2(), |v| v["kdf"]["salt"] = Value::String(BASE64.encode([7u8; 16])));
    assert_eq!(open(&changed, PASSPHRASE), Err(CryptoError::WrongPassphrase));
}

#[test]
fn authentic_non_utf8_plaintext_is_reported() {
    // Build a file around bytes that are not UTF-8, with the module's own key schedule.
    let keys = derive_keys(FAST_ARGON2, PASSPHRASE, &SALT).unwrap();
    let ct = Aes256Gcm::new_from_slice(&keys.enc).unwrap().encrypt(Nonce::from_slice(&NONCE), &[0xff, 0xfe][..]).unwrap();
    let file = edit(&sealed_argon2(), |v| v["ciphertext"] = Value::String(BASE64.encode(ct)));
    assert_eq!(open(&file, PASSPHRASE), Err(CryptoError::PlaintextNotUtf8));
}

// --- header validation, all without running the KDF --------------------------------------------

#[test]
fn header_errors_are_specific() {
    let file = sealed_argon2();
    let cases: Vec<(String, CryptoError)> = vec![
        ("".into(), CryptoError::NotJson),
        ("{\"format\":".into(), CryptoError::NotJson),
        ("[1,2]".into(), CryptoError::NotEncryptedFile),
        ("\"crossroads-encrypted\"".into(), CryptoError::NotEncryptedFile),
        (PLAINTEXT.into(), CryptoError::NotEncryptedFile),
        (edit(&file, |v| v["format"] = "Crossroads-Encrypted".into()), CryptoError::NotEncryptedFile),
        (edit(&file, |v| v["version"] = 2.into()), CryptoError::UnsupportedVersion),
        (edit(&file, |v| v["version"] = "1".into()), CryptoError::UnsupportedVersion),
        (edit(&file, |v| v.as_object_mut().unwrap().remove("version").map(drop).unwrap()), CryptoError::UnsupportedVersion),
        (edit(&file, |v| v["cipher"] = "ChaCha20-Poly1305".into()), CryptoError::UnsupportedCipher),
        (edit(&file, |v| v["cipher"] = "aes-256-gcm".into()), CryptoError::UnsupportedCipher),
        (edit(&file, |v| v["kdf"]["salt"] = BASE64.encode([0u8; 15]).into()), CryptoError::BadEncoding { field: "kdf.salt" }),
        (edit(&file, |v| v["kdf"]["salt"] = BASE64.encode([0u8; 17]).into()), CryptoError::BadEncoding { field: "kdf.salt" }),
        (edit(&file, |v| v["kdf"]["salt"] = "AAECAwQFBgcICQoLDA0ODw".into()), CryptoError::BadEncoding { field: "kdf.salt" }),
        (edit(&file, |v| v["kdf"]["salt"] = "AAECAwQFBgcICQoLDA0OD_==".into()), CryptoError::BadEncoding { field: "kdf.salt" }),
        (edit(&file, |v| v["kdf"]["salt"] = "AAECAwQFBgcICQoLDA0ODx==".into()), CryptoError::BadEncoding { field: "kdf.salt" }),
        (edit(&file, |v| v["kdf"]["salt"] = 5.into()), CryptoError::BadEncoding { field: "kdf.salt" }),
        (edit(&file, |v| v["nonce"] = BASE64.encode([0u8; 11]).into()), CryptoError::BadEncoding { field: "nonce" }),
        (edit(&file, |v| v["nonce"] = "not base64!!".into()), CryptoError::BadEncoding { field: "nonce" }),
        (edit(&file, |v| v["key_check"] = BASE64.encode([0u8; 32]).into()), CryptoError::BadEncoding { field: "key_check" }),
        (edit(&file, |v| v["ciphertext"] = BASE64.encode([0u8; 15]).into()), CryptoError::BadEncoding { field: "ciphertext" }),
        (edit(&file, |v| v["ciphertext"] = "AAAA AAAA".into()), CryptoError::BadEncoding { field: "ciphertext" }),
        (edit(&file, |v| v.as_object_mut().unwrap().remove("ciphertext").map(drop).unwrap()), CryptoError::BadEncoding { field: "ciphertext" }),
    ];
    for (text, expected) in cases {
        assert_eq!(quick(|| inspect(&text)), Err(expected.clone()), "inspect {text}");
        assert_eq!(quick(|| open(&text, PASSPHRASE)), Err(expected), "open {text}");
    }
}

#[test]
fn kdf_errors_are_unsupported_and_fast() {
    let file = sealed_argon2();
    let argon = |m: Value, t: Value, p: Value| {
        edit(&file, move |v| {
            v["kdf"]["m_kib"] = m;
            v["kdf"]["t"] = t;
            v["kdf"]["p"] = p;
        })
    };
    let pbkdf2 = |iterations: Value| {
        edit(&file, move |v| v["kdf"] = serde_json::json!({ "name": "pbkdf2-sha256", "salt": v["kdf"]["salt"], "iterations": iterations }))
    };
    let bad = vec![
        argon(19_455.into(), 1.into(), 1.into()),
        argon(1024.into(), 1.into(), 1.into()),
        argon(262_145.into(), 1.into(), 1.into()),
        argon(4_000_000_000u64.into(), 10.into(), 4.into()),
        argon(u64::MAX.into(), 1.into(), 1.into()),
        argon((-1).into(), 1.into(), 1.into()),
        argon(19_456.5.into(), 1.into(), 1.into()),
        argon("19456".into(), 1.into(), 1.into()),
        argon(19_456.into(), 0.into(), 1.into()),
        argon(19_456.into(), 11.into(), 1.into()),
        argon(19_456.into(), 1.into(), 0.into()),
        argon(19_456.into(), 1.into(), 5.into()),
        argon(19_456.into(), Value::Null, 1.into()),
        pbkdf2(599_999.into()),
        pbkdf2(5_000_001.into()),
        pbkdf2(1.into()),
        edit(&file, |v| v["kdf"]["name"] = "scrypt".into()),
        edit(&file, |v| v["kdf"]["name"] = "Argon2id".into()),
        edit(&file, |v| v["kdf"]["name"] = "pbkdf2-sha512".into()),
        edit(&file, |v| v["kdf"]["name"] = Value::Null),
        edit(&file, |v| v["kdf"] = "argon2id".into()),
        edit(&file, |v| v.as_object_mut().unwrap().remove("kdf").map(drop).unwrap()),
    ];
    for text in bad {
        assert!(matches!(quick(|| inspect(&text)), Err(CryptoError::UnsupportedKdf { .. })), "inspect {text}");
        assert!(matches!(quick(|| open(&text, PASSPHRASE)), Err(CryptoError::UnsupportedKdf { .. })), "open {text}");
    }
}

#[test]
fn the_most_expensive_valid_params_are_checked_before_deriving() {
    // Valid maximum costs (256 MiB, 10 passes) with a broken nonce: refused at once.
    let file = edit(&sealed_argon2(), |v| {
        v["kdf"]["m_kib"] = 262_144.into();
        v["kdf"]["t"] = 10.into();
        v["kdf"]["p"] = 4.into();
        v["nonce"] = "AAAA".into();
    });
    assert_eq!(quick(|| open(&file, PASSPHRASE)), Err(CryptoError::BadEncoding { field: "nonce" }));
    let header = quick(|| inspect(&edit(&file, |v| v["nonce"] = BASE64.encode(NONCE).into()))).unwrap();
    assert_eq!(header.kdf, KdfParams::Argon2id { m_kib: 262_144, t: 10, p: 4 });
}

#[test]
fn integers_written_as_floats_bom_and_unknown_fields_are_accepted() {
    let file = edit(&sealed_argon2(), |v| {
        v["version"] = 1.0.into();
        v["kdf"]["m_kib"] = 19_456.0.into();
        v["kdf"]["iterations"] = 1.into(); // ignored for argon2id
        v["comment"] = "hello".into();
    });
    let with_bom = format!("\u{feff}{file}");
    assert_eq!(inspect(&with_bom).unwrap().kdf, FAST_ARGON2);
    assert!(is_encrypted_file(&with_bom));
    assert_eq!(open(&with_bom, PASSPHRASE).unwrap(), PLAINTEXT);
}

#[test]
fn duplicated_keys_are_refused() {
    let file = sealed_argon2();
    let top = file.replacen("{\"format\":\"crossroads-encrypted\"", "{\"format\":\"crossroads-encrypted\",\"format\":\"crossroads-encrypted\"", 1);
    assert_eq!(inspect(&top), Err(CryptoError::NotJson));
    let nested = file.replacen("\"m_kib\":19456", "\"m_kib\":19456,\"m_kib\":262144", 1);
    assert_ne!(nested, file);
    assert_eq!(inspect(&nested), Err(CryptoError::NotJson));
}

#[test]
fn oversized_files_are_refused_unread() {
    let huge = format!("{{\"format\":\"crossroads-encrypted\",\"pad\":\"{}\"}}", "a".repeat(MAX_FILE_BYTES));
    assert!(matches!(quick(|| inspect(&huge)), Err(CryptoError::TooLarge { .. })));
    assert!(!is_encrypted_file(&huge));
    let big_plaintext = "x".repeat(MAX_FILE_BYTES);
    assert!(matches!(quick(|| seal(&big_plaintext, "p", FAST_ARGON2, SALT, NONCE)), Err(CryptoError::TooLarge { .. })));
}

#[test]
fn seal_refuses_params_open_would_refuse() {
    for kdf in [
        KdfParams::Argon2id { m_kib: 1024, t: 1, p: 1 },
        KdfParams::Argon2id { m_kib: 19_456, t: 0, p: 1 },
        KdfParams::Pbkdf2Sha256 { iterations: 100_000 },
    ] {
        assert!(matches!(quick(|| seal(PLAINTEXT, PASSPHRASE, kdf, SALT, NONCE)), Err(CryptoError::UnsupportedKdf { .. })));
    }
    assert_eq!(KdfParams::default_argon2id().validate(), Ok(()));
    assert_eq!(KdfParams::default_pbkdf2().validate(), Ok(()));
    assert_eq!(KdfParams::default_argon2id(), KdfParams::Argon2id { m_kib: 19_456, t: 2, p: 1 });
}

#[test]
fn is_encrypted_file_is_a_cheap_tag_check() {
    assert!(is_encrypted_file(r#"{"format":"crossroads-encrypted"}"#));
    assert!(is_encrypted_file(r#" {"version":9,"format":"crossroads-encrypted","kdf":"x"} "#));
    assert!(!is_encrypted_file(PLAINTEXT));
    assert!(!is_encrypted_file(""));
    assert!(!is_encrypted_file("crossroads-encrypted"));
    assert!(!is_encrypted_file(r#"["crossroads-encrypted"]"#));
    assert!(!is_encrypted_file(r#"{"format":["crossroads-encrypted"]}"#));
    // The tag written with escapes is still the tag; the tag inside a story is not the format.
    assert!(is_encrypted_file(r#"{"format":"crossroads-\u0065ncrypted"}"#));
    assert!(is_encrypted_file(r#"{"format":"\u0063\u0072ossroads-encrypted"}"#));
    assert!(!is_encrypted_file(r#"{"format":"crossroads-workbook","workbook":{"note":"crossroads-encrypted"}}"#));
    assert!(!is_encrypted_file(r#"{"format":"crossroads-workbook","note":"line\nbreak \u00e9"}"#));
}

#[test]
fn errors_have_messages() {
    for e in [
        CryptoError::TooLarge { bytes: 6_000_000 },
        CryptoError::NotJson,
        CryptoError::NotEncryptedFile,
        CryptoError::UnsupportedVersion,
        CryptoError::UnsupportedKdf { detail: "m_kib = 1024 is outside 19456–262144".into() },
        CryptoError::UnsupportedCipher,
        CryptoError::BadEncoding { field: "nonce" },
        CryptoError::WrongPassphrase,
        CryptoError::Damaged,
        CryptoError::PlaintextNotUtf8,
        CryptoError::OutOfMemory { m_kib: 262_144 },
    ] {
        assert!(e.to_string().len() > 10, "{e:?}");
    }
    assert_eq!(CryptoError::WrongPassphrase.to_string(), "wrong passphrase");
}

// --- fixtures (tests/fixtures/encrypted/README.md) ---------------------------------------------

#[test]
fn fixtures_have_their_documented_outcome() {
    assert_eq!(open(&fixture("sample-argon2id.crossroads.enc.json"), PASSPHRASE).unwrap(), PLAINTEXT);
    assert_eq!(open(&fixture("sample-pbkdf2.crossroads.enc.json"), PASSPHRASE).unwrap(), PLAINTEXT);
    // The opened sample is a valid plain workbook file.
    let parsed = super::super::file::parse(PLAINTEXT).unwrap();
    assert_eq!(parsed.schema_version, 1);
    assert_eq!(
        open(&fixture("bad-wrong-passphrase.crossroads.enc.json"), "Correct Horse Battery Staple"),
        Err(CryptoError::WrongPassphrase)
    );
    assert_eq!(open(&fixture("bad-wrong-passphrase.crossroads.enc.json"), PASSPHRASE).unwrap(), PLAINTEXT);
    assert_eq!(open(&fixture("bad-flipped-ciphertext.crossroads.enc.json"), PASSPHRASE), Err(CryptoError::Damaged));
    let unsupported = quick(|| inspect(&fixture("bad-unsupported-kdf.crossroads.enc.json")));
    assert!(matches!(&unsupported, Err(CryptoError::UnsupportedKdf { detail }) if detail.contains("scrypt")), "{unsupported:?}");
    let weak = quick(|| open(&fixture("bad-weak-argon2.crossroads.enc.json"), PASSPHRASE));
    assert!(matches!(&weak, Err(CryptoError::UnsupportedKdf { detail }) if detail.contains("m_kib")), "{weak:?}");
    assert_eq!(
        quick(|| open(&fixture("bad-short-salt.crossroads.enc.json"), PASSPHRASE)),
        Err(CryptoError::BadEncoding { field: "kdf.salt" })
    );
    assert_eq!(quick(|| open(&fixture("bad-cipher.crossroads.enc.json"), PASSPHRASE)), Err(CryptoError::UnsupportedCipher));
}

/// The committed encrypted fixtures are exactly what this code writes for the fixed inputs.
/// `CROSSROADS_WRITE_FIXTURES=1 cargo test encrypted_fixtures_are_current` rewrites them instead.
#[test]
fn encrypted_fixtures_are_current() {
    let dir = format!("{}/tests/fixtures/encrypted", env!("CARGO_MANIFEST_DIR"));
    let rewrite = std::env::var_os("CROSSROADS_WRITE_FIXTURES").is_some();
    let write = |name: &str, text: &str| {
        let path = format!("{dir}/{name}");
        let expected = format!("{text}\n");
        if rewrite {
            std::fs::write(&path, expected).unwrap();
        } else {
            assert_eq!(std::fs::read_to_string(&path).unwrap(), expected, "{name} is out of date");
        }
    };
    let argon = seal(PLAINTEXT, PASSPHRASE, KdfParams::default_argon2id(), SALT, NONCE).unwrap();
    let pbkdf2 = seal(PLAINTEXT, PASSPHRASE, KdfParams::default_pbkdf2(), SALT, NONCE).unwrap();
    write("sample-argon2id.crossroads.enc.json", &argon);
    write("sample-pbkdf2.crossroads.enc.json", &pbkdf2);
    write("bad-wrong-passphrase.crossroads.enc.json", &argon);
    // The JSON edits keep the sample's key order by editing the text itself.
    let ct = serde_json::from_str::<Value>(&argon).unwrap()["ciphertext"].as_str().unwrap().to_string();
    let mut bytes = BASE64.decode(&ct).unwrap();
    bytes[0] ^= 0x01;
    write("bad-flipped-ciphertext.crossroads.enc.json", &argon.replacen(&ct, &BASE64.encode(bytes), 1));
    write(
        "bad-unsupported-kdf.crossroads.enc.json",
        &argon.replacen(
            "{\"name\":\"argon2id\",\"salt\":\"AAECAwQFBgcICQoLDA0ODw==\",\"m_kib\":19456,\"t\":2,\"p\":1}",
            "{\"name\":\"scrypt\",\"salt\":\"AAECAwQFBgcICQoLDA0ODw==\",\"n\":131072,\"r\":8,\"p\":1}",
            1,
        ),
    );
    write("bad-weak-argon2.crossroads.enc.json", &argon.replacen("\"m_kib\":19456", "\"m_kib\":1024", 1));
    write(
        "bad-short-salt.crossroads.enc.json",
        &argon.replacen("AAECAwQFBgcICQoLDA0ODw==", "AAECAwQFBgcICQoLDA0O", 1),
    );
    write("bad-cipher.crossroads.enc.json", &argon.replacen("\"AES-256-GCM\"", "\"ChaCha20-Poly1305\"", 1));
}

// --- passphrase strength -----------------------------------------------------------------------

#[test]
fn passphrase_strength_examples() {
    use Strength::*;
    let cases = [
        ("", Weak),
        ("hunter2", Weak),
        ("password", Weak),
        ("P@ssw0rd2024!", Weak),
        ("Password123456", Weak),
        ("aaaaaaaaaaaaaaaa", Weak),
        ("abcdefghijklmnop", Weak),
        ("qwertyuiop", Weak),
        ("Crossroads2026!", Weak),
        ("Summer2024", Weak),
        ("xk7#Qm2p", Fair),
        ("Tr0ub4dor&3", Fair),
        ("mountain river", Fair),
        ("correct horse battery staple", Strong),
        ("blue-Kettle-47-marsh", Strong),
        ("ik fiets élke dag naar het werk", Strong),
    ];
    for (p, expected) in cases {
        assert_eq!(passphrase_strength(p), expected, "{p:?}");
    }
    assert!(Weak < Fair && Fair < Strong);
}
