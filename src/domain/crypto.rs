//! The encrypted workbook file (`*.crossroads.enc.json`, FILE-FORMAT.md "Encrypted file").
//!
//! ```json
//! { "format": "crossroads-encrypted", "version": 1,
//!   "kdf": { "name": "argon2id", "salt": "<base64>", "m_kib": 19456, "t": 2, "p": 1 },
//!   "cipher": "AES-256-GCM", "nonce": "<base64>", "key_check": "<base64>", "ciphertext": "<base64>" }
//! ```
//!
//! What this module does: it turns a plain workbook file (treated here as opaque UTF-8 text) and a
//! passphrase into the JSON text of an encrypted file ([`seal`]), and back ([`open`]); it reads and
//! validates a header without deriving any key ([`inspect`], [`is_encrypted_file`]), so the UI can
//! say "unsupported" or "damaged" before it asks for a passphrase; and it gives a rough passphrase
//! strength hint ([`passphrase_strength`]).
//!
//! What it does **not** do: no randomness (the caller draws the salt and nonce from the browser's
//! CSPRNG and passes them in, so everything here is deterministic and tested natively), no file or
//! storage I/O, and no parsing of the plaintext (hand the result of [`open`] to
//! [`super::file::parse`]).
//!
//! # Pipeline
//! 1. `master = KDF(passphrase as UTF-8 bytes, salt)`, 32 bytes:
//!    Argon2id (version 0x13, output length 32, no secret, no associated data) or
//!    PBKDF2-HMAC-SHA256 (dkLen 32). The passphrase is used exactly as given: no Unicode
//!    normalisation, no trimming.
//! 2. HKDF-SHA256 (RFC 5869) with **no salt** (which RFC 5869 defines as 32 zero bytes) and
//!    IKM = `master`: `enc_key = Expand(PRK, "crossroads-enc", 32)`,
//!    `check_key = Expand(PRK, "crossroads-check", 32)`. No salt is needed because the KDF
//!    already salts `master`; HKDF only separates the two uses of it.
//! 3. `key_check = HMAC-SHA256(check_key, "crossroads")[..16]`, compared in constant time.
//! 4. `ciphertext = AES-256-GCM(enc_key, nonce, plaintext)` with **no associated data**, 96-bit
//!    nonce, 128-bit tag appended to the ciphertext (as RustCrypto `aes-gcm` and WebCrypto do).
//!    The header is not bound as associated data: a tampered header either changes the key (and
//!    fails the key check) or is refused by validation.
//!
//! # Choices the contract leaves open
//! - Order of checks: size → JSON → `format` → `version` → `kdf` (name, then parameters) →
//!   `cipher` → base64 of `kdf.salt`, `nonce`, `key_check`, `ciphertext`. All of it happens
//!   before any key is derived.
//! - Like plain files: a UTF-8 byte-order mark is accepted, unknown fields are ignored (also
//!   unknown fields inside `kdf`, such as `iterations` next to `argon2id`), a duplicated key is an
//!   error ([`CryptoError::NotJson`]), and an integer may be written as `1.0`. Files over
//!   [`MAX_FILE_BYTES`] (the plain file's 5 MB cap) are refused before they are read.
//! - String values are compared exactly (case-sensitive): `"aes-256-gcm"` is unsupported.
//! - Base64 is the RFC 4648 standard alphabet with canonical padding; no whitespace, no URL-safe
//!   alphabet, no missing padding.
//! - The ciphertext must hold at least the 16-byte tag (an empty plaintext is 16 bytes).
//! - Argon2's memory is allocated fallibly: a device that cannot spare `m_kib` KiB gets
//!   [`CryptoError::OutOfMemory`] instead of an abort.
//! - [`seal`] writes compact JSON with keys in the contract's order.
//! - [`KdfParams::default_argon2id`] is m = 19456 KiB (19 MiB), t = 2, p = 1: the OWASP Password
//!   Storage Cheat Sheet's minimum for Argon2id, and the contract's lower bound for `m_kib`, so it
//!   stays usable on phones (about 0.15 s in a browser on the project's build machine).

use std::ops::RangeInclusive;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::Sha256;

/// The `format` of an encrypted workbook file.
pub const FORMAT: &str = "crossroads-encrypted";
/// The only `version` this build reads and writes.
pub const VERSION: u32 = 1;
/// The only `cipher`.
pub const CIPHER: &str = "AES-256-GCM";
/// `kdf.name` values.
pub const KDF_ARGON2ID: &str = "argon2id";
pub const KDF_PBKDF2_SHA256: &str = "pbkdf2-sha256";
/// Byte lengths fixed by the contract.
pub const SALT_LEN: usize = 16;
pub const NONCE_LEN: usize = 12;
pub const KEY_CHECK_LEN: usize = 16;
pub const TAG_LEN: usize = 16;
const KEY_LEN: usize = 32;
/// Accepted KDF parameters (inclusive).
pub const ARGON2_M_KIB: RangeInclusive<u32> = 19_456..=262_144;
pub const ARGON2_T: RangeInclusive<u32> = 1..=10;
pub const ARGON2_P: RangeInclusive<u32> = 1..=4;
pub const PBKDF2_ITERATIONS: RangeInclusive<u32> = 600_000..=5_000_000;
/// Encrypted files larger than this are refused before they are read (the plain file's cap).
pub const MAX_FILE_BYTES: usize = super::file::MAX_FILE_BYTES;

const INFO_ENC: &[u8] = b"crossroads-enc";
const INFO_CHECK: &[u8] = b"crossroads-check";
const KEY_CHECK_MESSAGE: &[u8] = b"crossroads";

/// Key-derivation function and its cost parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KdfParams {
    /// Argon2id v1.3: memory in KiB, passes, lanes.
    Argon2id { m_kib: u32, t: u32, p: u32 },
    /// PBKDF2-HMAC-SHA256.
    Pbkdf2Sha256 { iterations: u32 },
}

impl KdfParams {
    /// m = 19456 KiB, t = 2, p = 1: the OWASP minimum for Argon2id and the contract's floor.
    pub const fn default_argon2id() -> Self {
        KdfParams::Argon2id { m_kib: 19_456, t: 2, p: 1 }
    }

    /// 600,000 iterations: the OWASP figure for PBKDF2-HMAC-SHA256 and the contract's floor.
    pub const fn default_pbkdf2() -> Self {
        KdfParams::Pbkdf2Sha256 { iterations: 600_000 }
    }

    /// The `kdf.name` written to the file.
    pub fn name(&self) -> &'static str {
        match self {
            KdfParams::Argon2id { .. } => KDF_ARGON2ID,
            KdfParams::Pbkdf2Sha256 { .. } => KDF_PBKDF2_SHA256,
        }
    }

    /// Checks the parameters against the contract's ranges, without deriving anything.
    pub fn validate(&self) -> Result<(), CryptoError> {
        match *self {
            KdfParams::Argon2id { m_kib, t, p } => {
                in_range("m_kib", u64::from(m_kib), &ARGON2_M_KIB)?;
                in_range("t", u64::from(t), &ARGON2_T)?;
                in_range("p", u64::from(p), &ARGON2_P)?;
            }
            KdfParams::Pbkdf2Sha256 { iterations } => {
                in_range("iterations", u64::from(iterations), &PBKDF2_ITERATIONS)?;
            }
        }
        Ok(())
    }
}

fn in_range(field: &str, value: u64, range: &RangeInclusive<u32>) -> Result<u32, CryptoError> {
    match u32::try_from(value) {
        Ok(v) if range.contains(&v) => Ok(v),
        _ => Err(CryptoError::UnsupportedKdf {
            detail: format!("{field} = {value} is outside {}–{}", range.start(), range.end()),
        }),
    }
}

/// A validated header: everything needed to ask for the passphrase and derive the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncryptedHeader {
    pub kdf: KdfParams,
    pub salt: [u8; SALT_LEN],
    pub nonce: [u8; NONCE_LEN],
    pub key_check: [u8; KEY_CHECK_LEN],
    /// Length of the decoded ciphertext including the 16-byte tag.
    pub ciphertext_len: usize,
}

/// What can go wrong sealing or opening an encrypted file. Each variant is one message in the UI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// Larger than [`MAX_FILE_BYTES`] (on open), or the sealed file would be (on seal).
    TooLarge { bytes: usize },
    /// Not JSON (or JSON with a duplicated key).
    NotJson,
    /// JSON, but not an object whose `format` is `crossroads-encrypted`.
    NotEncryptedFile,
    /// `version` is missing or not 1.
    UnsupportedVersion,
    /// `kdf` is missing, names another function, or its parameters are out of range.
    UnsupportedKdf { detail: String },
    /// `cipher` is missing or not `AES-256-GCM`.
    UnsupportedCipher,
    /// A base64 field is missing, not canonical base64, or of the wrong length.
    BadEncoding { field: &'static str },
    /// The key check failed: the passphrase is not the one the file was sealed with.
    WrongPassphrase,
    /// The key check passed but the ciphertext failed authentication: the file was altered.
    Damaged,
    /// Decrypted and authentic, but the plaintext is not UTF-8.
    PlaintextNotUtf8,
    /// The device could not allocate the Argon2 memory the file asks for.
    OutOfMemory { m_kib: u32 },
}

impl std::fmt::Display for CryptoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CryptoError::TooLarge { bytes } => {
                write!(f, "encrypted file of {bytes} bytes is over the {MAX_FILE_BYTES}-byte limit")
            }
            CryptoError::NotJson => write!(f, "not a readable file: the text is not valid JSON"),
            CryptoError::NotEncryptedFile => {
                write!(f, "not an encrypted Crossroads file (\"format\" is not \"{FORMAT}\")")
            }
            CryptoError::UnsupportedVersion => {
                write!(f, "unsupported encrypted file version; this Crossroads reads version {VERSION}")
            }
            CryptoError::UnsupportedKdf { detail } => write!(f, "unsupported key derivation: {detail}"),
            CryptoError::UnsupportedCipher => write!(f, "unsupported cipher; this Crossroads reads {CIPHER} only"),
            CryptoError::BadEncoding { field } => {
                write!(f, "the file is damaged: \"{field}\" is not base64 of the expected length")
            }
            CryptoError::WrongPassphrase => write!(f, "wrong passphrase"),
            CryptoError::Damaged => {
                write!(f, "the passphrase is right but the file is damaged: its contents fail the integrity check")
            }
            CryptoError::PlaintextNotUtf8 => write!(f, "the decrypted contents are not UTF-8 text"),
            CryptoError::OutOfMemory { m_kib } => {
                write!(f, "not enough memory to derive the key ({m_kib} KiB needed)")
            }
        }
    }
}

impl std::error::Error for CryptoError {}

/// Passphrase strength hint for the UI. See [`passphrase_strength`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Weak,
    Fair,
    Strong,
}

// ---------------------------------------------------------------------------------------------
// Sealing and opening

/// Encrypts `plaintext` (a plain workbook file) into the JSON text of an encrypted file.
/// `salt` and `nonce` must come from a CSPRNG and never be reused; this function draws nothing.
pub fn seal(
    plaintext: &str,
    passphrase: &str,
    kdf: KdfParams,
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
) -> Result<String, CryptoError> {
    kdf.validate()?;
    // Base64 grows 16 bytes (+tag) to 4/3: refuse what `open` would refuse, before the KDF runs.
    let estimate = (plaintext.len() + TAG_LEN).div_ceil(3) * 4 + 512;
    if estimate > MAX_FILE_BYTES {
        return Err(CryptoError::TooLarge { bytes: estimate });
    }
    let keys = derive_keys(kdf, passphrase, &salt)?;
    let cipher = Aes256Gcm::new_from_slice(&keys.enc).map_err(|_| internal("cipher key length"))?;
    let ciphertext = cipher
        .encrypt(Nonce::from_slice(&nonce), plaintext.as_bytes())
        .map_err(|_| CryptoError::TooLarge { bytes: plaintext.len() })?;
    let key_check = key_check(&keys.check)?;
    let salt_b64 = BASE64.encode(salt);
    let kdf_out = match kdf {
        KdfParams::Argon2id { m_kib, t, p } => {
            KdfOut::Argon2id { name: KDF_ARGON2ID, salt: &salt_b64, m_kib, t, p }
        }
        KdfParams::Pbkdf2Sha256 { iterations } => {
            KdfOut::Pbkdf2 { name: KDF_PBKDF2_SHA256, salt: &salt_b64, iterations }
        }
    };
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        kdf: kdf_out,
        cipher: CIPHER,
        nonce: BASE64.encode(nonce),
        key_check: BASE64.encode(key_check),
        ciphertext: BASE64.encode(&ciphertext),
    };
    serde_json::to_string(&file).map_err(|_| internal("serialisation"))
}

/// Decrypts an encrypted file and returns the plaintext (a plain workbook file, still to be
/// parsed with [`super::file::parse`]). The header is fully validated before the KDF runs.
pub fn open(file_text: &str, passphrase: &str) -> Result<String, CryptoError> {
    let (header, ciphertext) = parse_header(file_text)?;
    let keys = derive_keys(header.kdf, passphrase, &header.salt)?;
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&keys.check).map_err(|_| internal("hmac key"))?;
    mac.update(KEY_CHECK_MESSAGE);
    // Constant-time comparison of the first 16 bytes of the tag.
    mac.verify_truncated_left(&header.key_check).map_err(|_| CryptoError::WrongPassphrase)?;
    let cipher = Aes256Gcm::new_from_slice(&keys.enc).map_err(|_| internal("cipher key length"))?;
    let plaintext =
        cipher.decrypt(Nonce::from_slice(&header.nonce), ciphertext.as_slice()).map_err(|_| CryptoError::Damaged)?;
    String::from_utf8(plaintext).map_err(|_| CryptoError::PlaintextNotUtf8)
}

/// Validates an encrypted file's header and KDF parameters without deriving anything (cheap:
/// a JSON parse and a few base64 decodes), so the UI can ask for the passphrase or say why not.
pub fn inspect(file_text: &str) -> Result<EncryptedHeader, CryptoError> {
    parse_header(file_text).map(|(header, _)| header)
}

/// True if `text` is a JSON object whose `format` is `crossroads-encrypted` (whatever else it
/// holds): the cheap test that routes an imported file to the passphrase prompt. Never derives.
pub fn is_encrypted_file(text: &str) -> bool {
    #[derive(Deserialize)]
    struct FormatOnly {
        format: Option<Value>,
    }
    if text.len() > MAX_FILE_BYTES {
        return false;
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // serde would also read `["…"]` as the struct: insist on an object. A text that neither spells
    // the tag nor has a `\u` escape (the only way JSON can write its letters and hyphen otherwise)
    // cannot have it as its format: skip the JSON scan, which would walk a whole megabyte of plain
    // workbook on every import.
    if !text.trim_start().starts_with('{') || !(text.contains(FORMAT) || text.contains("\\u")) {
        return false;
    }
    // Other fields are skipped by serde without being stored.
    matches!(
        serde_json::from_str::<FormatOnly>(text),
        Ok(FormatOnly { format: Some(Value::String(s)) }) if s == FORMAT
    )
}

// ---------------------------------------------------------------------------------------------
// Keys

struct Keys {
    enc: [u8; KEY_LEN],
    check: [u8; KEY_LEN],
}

/// An error that valid inputs cannot produce; reported instead of panicking.
fn internal(what: &str) -> CryptoError {
    CryptoError::UnsupportedKdf { detail: format!("internal error ({what})") }
}

/// Runs the KDF (the slow step) and splits its output with HKDF-SHA256.
fn derive_keys(kdf: KdfParams, passphrase: &str, salt: &[u8; SALT_LEN]) -> Result<Keys, CryptoError> {
    kdf.validate()?;
    split_keys(&derive_master(kdf, passphrase, salt)?)
}

/// HKDF-SHA256, no salt, IKM = the KDF output: the encryption key and the check key.
fn split_keys(master: &[u8; KEY_LEN]) -> Result<Keys, CryptoError> {
    let hk = Hkdf::<Sha256>::new(None, master);
    let mut keys = Keys { enc: [0; KEY_LEN], check: [0; KEY_LEN] };
    hk.expand(INFO_ENC, &mut keys.enc).map_err(|_| internal("hkdf"))?;
    hk.expand(INFO_CHECK, &mut keys.check).map_err(|_| internal("hkdf"))?;
    Ok(keys)
}

fn derive_master(kdf: KdfParams, passphrase: &str, salt: &[u8; SALT_LEN]) -> Result<[u8; KEY_LEN], CryptoError> {
    let mut master = [0u8; KEY_LEN];
    match kdf {
        KdfParams::Argon2id { m_kib, t, p } => {
            let params = argon2::Params::new(m_kib, t, p, Some(KEY_LEN))
                .map_err(|e| CryptoError::UnsupportedKdf { detail: e.to_string() })?;
            let blocks = params.block_count();
            let mut memory: Vec<argon2::Block> = Vec::new();
            memory.try_reserve_exact(blocks).map_err(|_| CryptoError::OutOfMemory { m_kib })?;
            memory.resize(blocks, argon2::Block::new());
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
                .hash_password_into_with_memory(passphrase.as_bytes(), salt, &mut master, memory.as_mut_slice())
                .map_err(|e| CryptoError::UnsupportedKdf { detail: e.to_string() })?;
        }
        KdfParams::Pbkdf2Sha256 { iterations } => {
            pbkdf2::pbkdf2_hmac::<Sha256>(passphrase.as_bytes(), salt, iterations, &mut master);
        }
    }
    Ok(master)
}

fn key_check(check_key: &[u8; KEY_LEN]) -> Result<[u8; KEY_CHECK_LEN], CryptoError> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(check_key).map_err(|_| internal("hmac key"))?;
    mac.update(KEY_CHECK_MESSAGE);
    let tag = mac.finalize().into_bytes();
    let mut out = [0u8; KEY_CHECK_LEN];
    out.copy_from_slice(&tag[..KEY_CHECK_LEN]);
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Reading the header

fn parse_header(text: &str) -> Result<(EncryptedHeader, Vec<u8>), CryptoError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(CryptoError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let StrictValue(value) = serde_json::from_str(text).map_err(|_| CryptoError::NotJson)?;
    let Value::Object(file) = value else { return Err(CryptoError::NotEncryptedFile) };
    match file.get("format") {
        Some(Value::String(s)) if s == FORMAT => {}
        _ => return Err(CryptoError::NotEncryptedFile),
    }
    match file.get("version").and_then(as_integer) {
        Some(v) if v == u64::from(VERSION) => {}
        _ => return Err(CryptoError::UnsupportedVersion),
    }
    let kdf_obj = match file.get("kdf") {
        Some(Value::Object(k)) => k,
        Some(_) => return Err(CryptoError::UnsupportedKdf { detail: "\"kdf\" is not an object".into() }),
        None => return Err(CryptoError::UnsupportedKdf { detail: "\"kdf\" is missing".into() }),
    };
    let kdf = parse_kdf(kdf_obj)?;
    match file.get("cipher") {
        Some(Value::String(s)) if s == CIPHER => {}
        _ => return Err(CryptoError::UnsupportedCipher),
    }
    let salt = decode_fixed::<SALT_LEN>(kdf_obj.get("salt"), "kdf.salt")?;
    let nonce = decode_fixed::<NONCE_LEN>(file.get("nonce"), "nonce")?;
    let key_check = decode_fixed::<KEY_CHECK_LEN>(file.get("key_check"), "key_check")?;
    let ciphertext = decode(file.get("ciphertext"), "ciphertext")?;
    if ciphertext.len() < TAG_LEN {
        return Err(CryptoError::BadEncoding { field: "ciphertext" });
    }
    let header = EncryptedHeader { kdf, salt, nonce, key_check, ciphertext_len: ciphertext.len() };
    Ok((header, ciphertext))
}

fn parse_kdf(kdf: &Map<String, Value>) -> Result<KdfParams, CryptoError> {
    let param = |key: &str, range: &RangeInclusive<u32>| -> Result<u32, CryptoError> {
        match kdf.get(key).and_then(as_integer) {
            Some(v) => in_range(key, v, range),
            None => Err(CryptoError::UnsupportedKdf {
                detail: format!("\"{key}\" is missing or not a non-negative integer"),
            }),
        }
    };
    let params = match kdf.get("name") {
        Some(Value::String(name)) if name == KDF_ARGON2ID => KdfParams::Argon2id {
            m_kib: param("m_kib", &ARGON2_M_KIB)?,
            t: param("t", &ARGON2_T)?,
            p: param("p", &ARGON2_P)?,
        },
        Some(Value::String(name)) if name == KDF_PBKDF2_SHA256 => {
            KdfParams::Pbkdf2Sha256 { iterations: param("iterations", &PBKDF2_ITERATIONS)? }
        }
        Some(Value::String(name)) => {
            let shown: String = name.chars().take(40).collect();
            return Err(CryptoError::UnsupportedKdf { detail: format!("unknown function \"{shown}\"") });
        }
        _ => return Err(CryptoError::UnsupportedKdf { detail: "\"kdf.name\" is missing".into() }),
    };
    params.validate()?;
    Ok(params)
}

/// A non-negative integer, also when written as `19456.0`.
fn as_integer(value: &Value) -> Option<u64> {
    let n = value.as_number()?;
    n.as_u64().or_else(|| n.as_f64().filter(|x| x.fract() == 0.0 && *x >= 0.0 && *x < 9.0e15).map(|x| x as u64))
}

fn decode(value: Option<&Value>, field: &'static str) -> Result<Vec<u8>, CryptoError> {
    match value {
        Some(Value::String(s)) => BASE64.decode(s).map_err(|_| CryptoError::BadEncoding { field }),
        _ => Err(CryptoError::BadEncoding { field }),
    }
}

fn decode_fixed<const N: usize>(value: Option<&Value>, field: &'static str) -> Result<[u8; N], CryptoError> {
    // Reject over-long strings before decoding them.
    if let Some(Value::String(s)) = value {
        if s.len() != N.div_ceil(3) * 4 {
            return Err(CryptoError::BadEncoding { field });
        }
    }
    decode(value, field)?.try_into().map_err(|_| CryptoError::BadEncoding { field })
}

/// A JSON value read like `serde_json::Value`, except that a duplicated key in any object is an
/// error (the contract: "a duplicated key is an error"; `Value` would keep the last one).
struct StrictValue(Value);

impl<'de> Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = StrictValue;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Bool(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::from(v)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::from(v)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<StrictValue, E> {
        // JSON cannot spell NaN or infinity; serde_json parses overflowing literals as an error.
        Ok(StrictValue(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::String(v.to_owned())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::String(v)))
    }
    fn visit_unit<E: de::Error>(self) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Null))
    }
    fn visit_none<E: de::Error>(self) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Null))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<StrictValue, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(StrictValue(Value::Array(items)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StrictValue, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(de::Error::custom("duplicated key"));
            }
            let StrictValue(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(StrictValue(Value::Object(object)))
    }
}

/// The file as written: keys in the contract's order.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u32,
    kdf: KdfOut<'a>,
    cipher: &'static str,
    nonce: String,
    key_check: String,
    ciphertext: String,
}

#[derive(Serialize)]
#[serde(untagged)]
enum KdfOut<'a> {
    Argon2id { name: &'static str, salt: &'a str, m_kib: u32, t: u32, p: u32 },
    Pbkdf2 { name: &'static str, salt: &'a str, iterations: u32 },
}

// ---------------------------------------------------------------------------------------------
// Passphrase strength

/// Lowercase words and keyboard runs that count as a single character when found (also in
/// "leet" spelling such as `p@ssw0rd`). English, Dutch and French, like the app.
const COMMON: &[&str] = &[
    "password", "passwort", "wachtwoord", "motdepasse", "secret", "geheim", "letmein", "welcome",
    "welkom", "bienvenue", "admin", "login", "iloveyou", "jetaime", "monkey", "dragon", "football",
    "sunshine", "princess", "master", "summer", "winter", "spring", "autumn", "crossroads",
    "qwerty", "azerty", "qwertz", "asdf", "zxcv", "uiop", "hjkl", "1qaz", "2wsx", "abc123", "123123",
    "111111", "000000", "654321", "123456",
];

/// A rough, documented strength estimate for the UI hint (not a security guarantee):
///
/// 1. Fewer than 8 characters is `Weak`.
/// 2. Pool size: the sum of the character classes present: lowercase 26, uppercase 26,
///    digits 10, space 1, other ASCII symbols 32, anything non-ASCII 100.
/// 3. Effective length: each character counts 1, except that a common word or keyboard run from
///    a short list (matched case-insensitively, also in leet spelling) counts 1 in all, a
///    character equal to the one before counts 0, and the third and later characters of a
///    run of consecutive code points (`abc`, `321`) count 0.
/// 4. Bits = effective length × log2(pool). `Strong` from 70 bits with at least 12 characters,
///    `Fair` from 40 bits, else `Weak`.
///
/// "correct horse battery staple" is `Strong` (26 × log2 27 ≈ 124), "Tr0ub4dor&3" is `Fair`
/// (11 characters), "P@ssw0rd2024!" is `Weak`.
pub fn passphrase_strength(passphrase: &str) -> Strength {
    let chars: Vec<char> = passphrase.chars().collect();
    if chars.len() < 8 {
        return Strength::Weak;
    }
    let has = |f: fn(&char) -> bool| chars.iter().any(f);
    let mut pool = 0u32;
    if has(|c| c.is_ascii_lowercase()) {
        pool += 26;
    }
    if has(|c| c.is_ascii_uppercase()) {
        pool += 26;
    }
    if has(|c| c.is_ascii_digit()) {
        pool += 10;
    }
    if has(|c| *c == ' ') {
        pool += 1;
    }
    if has(|c| c.is_ascii() && !c.is_ascii_alphanumeric() && *c != ' ') {
        pool += 32;
    }
    if has(|c| !c.is_ascii()) {
        pool += 100;
    }
    let lower: Vec<char> = chars.iter().map(|c| c.to_ascii_lowercase()).collect();
    let leet: Vec<char> = lower
        .iter()
        .map(|c| match c {
            '@' | '4' => 'a',
            '0' => 'o',
            '1' | '!' | '|' => 'i',
            '3' => 'e',
            '5' | '$' => 's',
            '7' | '+' => 't',
            '8' => 'b',
            other => *other,
        })
        .collect();
    let mut cost = vec![1u8; lower.len()];
    for word in COMMON {
        let word: Vec<char> = word.chars().collect();
        let n = word.len();
        let mut i = 0;
        while i + n <= lower.len() {
            if lower[i..i + n] == word[..] || leet[i..i + n] == word[..] {
                for c in &mut cost[i + 1..i + n] {
                    *c = 0;
                }
                i += n;
            } else {
                i += 1;
            }
        }
    }
    for i in 1..lower.len() {
        let step = |a: char, b: char| i64::from(u32::from(b)) - i64::from(u32::from(a));
        let repeat = lower[i] == lower[i - 1];
        let sequence = i >= 2 && {
            let s = step(lower[i - 1], lower[i]);
            s.abs() == 1 && s == step(lower[i - 2], lower[i - 1])
        };
        if repeat || sequence {
            cost[i] = 0;
        }
    }
    let effective: u32 = cost.iter().map(|&c| u32::from(c)).sum();
    let bits = f64::from(effective) * f64::from(pool.max(1)).log2();
    if bits >= 70.0 && chars.len() >= 12 {
        Strength::Strong
    } else if bits >= 40.0 {
        Strength::Fair
    } else {
        Strength::Weak
    }
}

#[cfg(test)]
#[path = "crypto_tests.rs"]
mod tests;
