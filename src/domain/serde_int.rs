//! Serde helpers for integer fields that the file format lets other tools write as `1.0`
//! (FILE-FORMAT.md: "an integer field may be written as `1.0`"). A non-integral or out-of-range
//! number is an error that names the value.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Error, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// A `u8` written as an integer or an integral float.
struct LooseU8;

impl Visitor<'_> for LooseU8 {
    type Value = u8;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a whole number from 0 to 255")
    }

    fn visit_u64<E: Error>(self, v: u64) -> Result<u8, E> {
        u8::try_from(v).map_err(|_| E::custom(format_args!("{v} is out of range")))
    }

    fn visit_i64<E: Error>(self, v: i64) -> Result<u8, E> {
        u8::try_from(v).map_err(|_| E::custom(format_args!("{v} is out of range")))
    }

    fn visit_f64<E: Error>(self, v: f64) -> Result<u8, E> {
        if v.fract() == 0.0 && (0.0..=255.0).contains(&v) {
            Ok(v as u8)
        } else {
            Err(E::custom(format_args!("{v} is not a whole number from 0 to 255")))
        }
    }
}

/// A `u8` field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct U8(u8);

impl<'de> Deserialize<'de> for U8 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LooseU8).map(U8)
    }
}

/// For `Option<u8>` fields: `null`, absent, `3` or `3.0`.
pub fn opt_u8<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    Ok(Option::<U8>::deserialize(d)?.map(|U8(v)| v))
}

/// For `BTreeMap<String, u8>` fields.
pub fn u8_map<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, u8>, D::Error> {
    struct MapVisitor;
    impl<'de> Visitor<'de> for MapVisitor {
        type Value = BTreeMap<String, u8>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object of whole numbers")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((key, U8(value))) = map.next_entry::<String, U8>()? {
                out.insert(key, value);
            }
            Ok(out)
        }
    }
    d.deserialize_map(MapVisitor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Debug, PartialEq)]
    struct Probe {
        #[serde(default, deserialize_with = "opt_u8")]
        a: Option<u8>,
        #[serde(default, deserialize_with = "u8_map")]
        m: BTreeMap<String, u8>,
    }

    #[test]
    fn integral_floats_are_integers() {
        let p: Probe = serde_json::from_str(r#"{"a":4.0,"m":{"x":5.0,"y":2}}"#).unwrap();
        assert_eq!(p.a, Some(4));
        assert_eq!(p.m.get("x"), Some(&5));
        let p: Probe = serde_json::from_str(r#"{"a":null}"#).unwrap();
        assert_eq!(p.a, None);
        assert!(serde_json::from_str::<Probe>(r#"{"a":4.5}"#).is_err());
        assert!(serde_json::from_str::<Probe>(r#"{"a":-1}"#).is_err());
        assert!(serde_json::from_str::<Probe>(r#"{"m":{"x":"5"}}"#).is_err());
    }
}
