//! `IntoPyObject` / `FromPyObject` implementations for Rust's standard
//! types, one family per file, and for the optional crates' types, one file
//! per Cargo feature.

mod std;

#[cfg(feature = "anyhow")]
mod anyhow;
#[cfg(feature = "eyre")]
mod eyre;
#[cfg(feature = "serde")]
mod serde;
