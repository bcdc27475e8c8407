//! `IntoPyObject` / `FromPyObject` implementations for Rust's standard
//! types, one family per file.

#[cfg(feature = "chrono")]
mod chrono;
#[cfg(feature = "chrono-tz")]
mod chrono_tz;
mod std;
