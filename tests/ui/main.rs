//! Compile-fail diagnostics of the macros: each `invalid_*.rs` case must
//! fail to compile with exactly the errors in its `.stderr` file.
//!
//! Run with default features (`cargo test --test ui`): some messages depend
//! on features (`experimental-async`), so the cases are skipped when that
//! feature is on. `TRYBUILD=overwrite` regenerates the `.stderr` files.

#[cfg(not(feature = "experimental-async"))]
#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/invalid_*.rs");
}
