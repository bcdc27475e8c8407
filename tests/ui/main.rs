//! Compile-fail diagnostics of the macros: each `invalid_*.rs` case must
//! fail to compile with exactly the errors in its `.stderr` file.
//!
//! Run with default features (`cargo test --test ui`): some messages depend
//! on features (`experimental-async`), so the cases are skipped when that
//! feature is on. `TRYBUILD=overwrite` regenerates the `.stderr` files.
//!
//! rustc's own parts of a diagnostic (the lists of "other types that
//! implement the trait", notes) change between compiler releases, so the
//! `.stderr` files belong to one: `STDERR_RUSTC`. With another compiler the
//! cases are reported as skipped rather than failed; regenerate the files
//! with that compiler to check them there.

/// The `rustc` release (`major.minor`) the `.stderr` files were made with.
#[cfg(not(feature = "experimental-async"))]
const STDERR_RUSTC: &str = "1.95";

#[cfg(not(feature = "experimental-async"))]
#[test]
fn ui() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let version = std::process::Command::new(&rustc)
        .arg("--version")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
        .unwrap_or_default();
    let release = version
        .split_whitespace()
        .nth(1)
        .map(|v| v.split('.').take(2).collect::<Vec<_>>().join("."))
        .unwrap_or_default();
    if release != STDERR_RUSTC && std::env::var_os("TRYBUILD").is_none() {
        eprintln!(
            "skipping the compile-fail cases: their .stderr files are for rustc {STDERR_RUSTC}, \
             this is {version:?} (regenerate with TRYBUILD=overwrite)"
        );
        return;
    }
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/invalid_*.rs");
}
