//! `IntoPyObject` / `FromPyObject` implementations for Rust's standard
//! types and, behind Cargo features named after them, other crates' types;
//! one family per file.

#[cfg(feature = "anyhow")]
mod anyhow;
#[cfg(feature = "bigdecimal")]
mod bigdecimal;
#[cfg(feature = "bytes")]
mod bytes;
#[cfg(feature = "chrono")]
mod chrono;
#[cfg(feature = "chrono-tz")]
mod chrono_tz;
#[cfg(feature = "either")]
mod either;
#[cfg(feature = "eyre")]
mod eyre;
#[cfg(feature = "hashbrown")]
mod hashbrown;
#[cfg(feature = "indexmap")]
mod indexmap;
#[cfg(feature = "jiff-02")]
mod jiff;
#[cfg(feature = "num-bigint")]
mod num_bigint;
#[cfg(feature = "num-complex")]
mod num_complex;
#[cfg(feature = "num-rational")]
mod num_rational;
#[cfg(feature = "ordered-float")]
mod ordered_float;
#[cfg(feature = "rust_decimal")]
mod rust_decimal;
#[cfg(feature = "serde")]
mod serde;
#[cfg(feature = "smallvec")]
mod smallvec;
mod std;
#[cfg(feature = "time")]
mod time;
#[cfg(feature = "uuid")]
mod uuid;
