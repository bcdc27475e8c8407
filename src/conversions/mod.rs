//! `IntoPyObject` / `FromPyObject` implementations for Rust's standard
//! types, one family per file, and for the types of optional crates (one
//! Cargo feature each).
//! types, one family per file, and for other crates' types behind
//! optional features named after the crates.

#[cfg(feature = "chrono")]
mod chrono;
#[cfg(feature = "chrono-tz")]
mod chrono_tz;
#[cfg(feature = "jiff-02")]
mod jiff;
mod std;
#[cfg(feature = "time")]
mod time;

#[cfg(feature = "bigdecimal")]
mod bigdecimal;
#[cfg(feature = "bytes")]
mod bytes;
#[cfg(feature = "either")]
mod either;
#[cfg(feature = "hashbrown")]
mod hashbrown;
#[cfg(feature = "indexmap")]
mod indexmap;
#[cfg(feature = "rust_decimal")]
mod rust_decimal;
#[cfg(feature = "smallvec")]
mod smallvec;
#[cfg(feature = "uuid")]
mod uuid;
