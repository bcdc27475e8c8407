//! `IntoPyObject` / `FromPyObject` implementations for Rust's standard
//! types and, behind Cargo features named after them, other crates' types;
//! one family per file.

#[cfg(feature = "num-bigint")]
mod num_bigint;
#[cfg(feature = "num-complex")]
mod num_complex;
#[cfg(feature = "num-rational")]
mod num_rational;
#[cfg(feature = "ordered-float")]
mod ordered_float;
mod std;
