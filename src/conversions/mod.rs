//! `IntoPyObject` / `FromPyObject` implementations for Rust's standard
//! types, one family per file, and for the types of optional crates (one
//! Cargo feature each).

#[cfg(feature = "chrono")]
mod chrono;
#[cfg(feature = "chrono-tz")]
mod chrono_tz;
#[cfg(feature = "jiff-02")]
mod jiff;
mod std;
#[cfg(feature = "time")]
mod time;
