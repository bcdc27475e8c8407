//! `IntoPyObject` / `FromPyObject` implementations for Rust's standard
//! types, one family per file.

mod std;
