//! Compile-fail diagnostics of the macros: each `invalid_*.rs` case must fail
//! to compile with the diagnostics of its expectation file. See README.md.
//!
//! The `ui` test runs two checks, with whatever features the test binary was
//! built with (`cargo test --test ui`, `cargo test --features full --test ui`):
//!
//! - the primary-diagnostics check, on any compiler release: all cases are
//!   built in one scratch project and, per case, the level, error code,
//!   primary message and primary location of every diagnostic are compared
//!   with those of the expectation file;
//! - trybuild's exact comparison of the whole output, when the compiler is
//!   the release the `.stderr` files were made with (`STDERR_RUSTC`), for the
//!   cases whose expectation is `NAME.stderr` (trybuild reads only that name).
//!
//! A case whose diagnostics differ under a feature `F` has a second
//! expectation file `NAME.F.stderr`, used instead of `NAME.stderr` by the
//! primary check when `F` is on.

mod diagnostics;
mod json;
mod scratch;

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The `rustc` release (`major.minor`) the `.stderr` files were made with.
const STDERR_RUSTC: &str = "1.95";

/// Every feature of pyo3's Cargo.toml and whether this test binary has it,
/// forwarded to the scratch project (`feature_table_matches_cargo_toml`
/// keeps the list complete).
const FEATURES: &[(&str, bool)] = &[
    ("default", cfg!(feature = "default")),
    ("macros", cfg!(feature = "macros")),
    ("multiple-pymethods", cfg!(feature = "multiple-pymethods")),
    ("abi3", cfg!(feature = "abi3")),
    ("abi3-py39", cfg!(feature = "abi3-py39")),
    ("abi3-py310", cfg!(feature = "abi3-py310")),
    ("abi3-py311", cfg!(feature = "abi3-py311")),
    ("abi3-py312", cfg!(feature = "abi3-py312")),
    ("abi3-py313", cfg!(feature = "abi3-py313")),
    ("abi3-py314", cfg!(feature = "abi3-py314")),
    ("abi3-py315", cfg!(feature = "abi3-py315")),
    ("abi3t", cfg!(feature = "abi3t")),
    ("abi3t-py315", cfg!(feature = "abi3t-py315")),
    ("generate-import-lib", cfg!(feature = "generate-import-lib")),
    ("auto-initialize", cfg!(feature = "auto-initialize")),
    ("extension-module", cfg!(feature = "extension-module")),
    ("experimental-async", cfg!(feature = "experimental-async")),
    (
        "experimental-inspect",
        cfg!(feature = "experimental-inspect"),
    ),
    ("py-clone", cfg!(feature = "py-clone")),
    ("nightly", cfg!(feature = "nightly")),
    ("chrono", cfg!(feature = "chrono")),
    ("chrono-tz", cfg!(feature = "chrono-tz")),
    ("chrono-local", cfg!(feature = "chrono-local")),
    ("jiff-02", cfg!(feature = "jiff-02")),
    ("time", cfg!(feature = "time")),
    ("bigdecimal", cfg!(feature = "bigdecimal")),
    ("bytes", cfg!(feature = "bytes")),
    ("either", cfg!(feature = "either")),
    ("hashbrown", cfg!(feature = "hashbrown")),
    ("indexmap", cfg!(feature = "indexmap")),
    ("rust_decimal", cfg!(feature = "rust_decimal")),
    ("smallvec", cfg!(feature = "smallvec")),
    ("uuid", cfg!(feature = "uuid")),
    ("num-bigint", cfg!(feature = "num-bigint")),
    ("num-complex", cfg!(feature = "num-complex")),
    ("num-rational", cfg!(feature = "num-rational")),
    ("ordered-float", cfg!(feature = "ordered-float")),
    ("anyhow", cfg!(feature = "anyhow")),
    ("eyre", cfg!(feature = "eyre")),
    ("arc_lock", cfg!(feature = "arc_lock")),
    ("parking_lot", cfg!(feature = "parking_lot")),
    ("serde", cfg!(feature = "serde")),
    ("full", cfg!(feature = "full")),
];

const CHECKOUT: &str = env!("CARGO_MANIFEST_DIR");

fn enabled_features() -> Vec<&'static str> {
    FEATURES
        .iter()
        .filter(|(_, on)| *on)
        .map(|(f, _)| *f)
        .collect()
}

/// Writes a line to the terminal even though the test harness captures
/// `println!`/`eprintln!`: which checks ran must be visible on success too.
fn report(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// One compile-fail case.
struct Case {
    /// File stem, such as `invalid_async`.
    name: String,
    /// The expectation file that applies with the enabled features.
    expectation: PathBuf,
    /// The feature whose expectation file applies, if any.
    feature: Option<String>,
}

impl Case {
    /// The case's source, relative to the checkout.
    fn source(&self) -> String {
        format!("tests/ui/{}.rs", self.name)
    }
}

/// All `invalid_*.rs` cases with the expectation file each uses.
fn cases() -> Vec<Case> {
    let dir = Path::new(CHECKOUT).join("tests/ui");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("reading tests/ui")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let known: Vec<&str> = FEATURES.iter().map(|(f, _)| *f).collect();
    let enabled = enabled_features();
    let mut cases = Vec::new();
    for name in files.iter().filter_map(|f| f.strip_suffix(".rs")) {
        if !name.starts_with("invalid_") {
            continue;
        }
        let default = dir.join(format!("{name}.stderr"));
        assert!(default.is_file(), "{} is missing", default.display());
        let prefix = format!("{name}.");
        let mut applicable = Vec::new();
        for file in &files {
            let Some(feature) = file
                .strip_prefix(&prefix)
                .and_then(|f| f.strip_suffix(".stderr"))
            else {
                continue;
            };
            assert!(
                known.contains(&feature),
                "tests/ui/{file}: `{feature}` is not a feature of pyo3"
            );
            if enabled.contains(&feature) {
                applicable.push(feature.to_owned());
            }
        }
        assert!(
            applicable.len() <= 1,
            "case {name} has expectation files for several enabled features: {applicable:?}"
        );
        let feature = applicable.pop();
        let expectation = match &feature {
            Some(f) => dir.join(format!("{name}.{f}.stderr")),
            None => default,
        };
        cases.push(Case {
            name: name.to_owned(),
            expectation,
            feature,
        });
    }
    assert!(!cases.is_empty(), "no invalid_*.rs cases in tests/ui");
    cases
}

/// The `major.minor` release of the compiler, and its full version line.
fn rustc_release() -> (String, String) {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let version = std::process::Command::new(&rustc)
        .arg("--version")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
        .unwrap_or_default();
    let release = version
        .split_whitespace()
        .nth(1)
        .map(|v| v.split('.').take(2).collect::<Vec<_>>().join("."))
        .unwrap_or_default();
    (release, version)
}

/// The scratch directory, under this build's target directory (the test
/// executable is `<target>/<profile>/deps/ui-<hash>`).
fn scratch_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("locating the test executable");
    let target = exe
        .ancestors()
        .nth(3)
        .expect("the test executable is inside a target directory");
    target.join("ui-check")
}

/// trybuild's exact comparison of the cases whose expectation is
/// `NAME.stderr`. Returns a description of what it checked.
fn trybuild_exact(cases: &[Case]) -> String {
    let exact: Vec<&Case> = cases.iter().filter(|c| c.feature.is_none()).collect();
    let tests = trybuild::TestCases::new();
    for case in &exact {
        tests.compile_fail(case.source());
    }
    drop(tests); // runs the cases; panics on a mismatch
    let mut done = format!("trybuild exact check: {} cases", exact.len());
    let left: Vec<String> = cases
        .iter()
        .filter_map(|c| Some(format!("{}.{}.stderr", c.name, c.feature.as_ref()?)))
        .collect();
    if !left.is_empty() {
        done += &format!(" (not {left:?}: trybuild reads only NAME.stderr)");
    }
    done
}

/// The primary-diagnostics check of every case. With `TRYBUILD=overwrite`
/// it first rewrites the feature-specific expectation files that apply
/// (trybuild rewrites the others) from the compiler's output.
fn primary_diagnostics(cases: &[Case], overwrite: bool) -> Result<String, String> {
    let checkout = Path::new(CHECKOUT);
    let edition = std::fs::read_to_string(checkout.join("Cargo.toml"))
        .expect("reading Cargo.toml")
        .lines()
        .find_map(|l| Some(l.strip_prefix("edition = ")?.trim_matches('"').to_owned()))
        .expect("Cargo.toml names an edition");
    let names: Vec<String> = cases.iter().map(|c| c.name.clone()).collect();
    let features = enabled_features();
    let outputs = scratch::build(checkout, &scratch_dir(), &edition, &features, &names)?;

    let mut failures = String::new();
    let mut compared = 0;
    for case in cases {
        let output = &outputs[&case.name];
        let source = case.source();
        let emitted: Vec<_> = output
            .rendered
            .iter()
            .flat_map(|text| diagnostics::extract(text))
            .filter_map(|d| diagnostics::normalise(d, CHECKOUT, &source))
            .collect();
        if output.compiled || !emitted.iter().any(|d| d.level == "error") {
            failures += &format!("{source} compiled, but every case must fail to compile\n");
            continue;
        }
        if overwrite && case.feature.is_some() {
            let prefix = format!("{}/", CHECKOUT.trim_end_matches('/'));
            let text: Vec<String> = output
                .rendered
                .iter()
                .map(|r| r.replace(&prefix, "").trim_end().to_owned())
                // Leave out rustc's closing summary, as trybuild does.
                .filter(|r| {
                    diagnostics::extract(r)
                        .into_iter()
                        .any(|d| diagnostics::normalise(d, CHECKOUT, &source).is_some())
                })
                .collect();
            std::fs::write(&case.expectation, text.join("\n\n") + "\n")
                .expect("writing the expectation file");
            report(&format!("wrote {}", case.expectation.display()));
        }
        let expected_text = std::fs::read_to_string(&case.expectation).expect("reading .stderr");
        let expected: Vec<_> = diagnostics::extract(&expected_text)
            .into_iter()
            .filter_map(|d| diagnostics::normalise(d, CHECKOUT, &source))
            .collect();
        compared += expected.len();
        if let Err(diff) = diagnostics::compare(&expected, &emitted) {
            let file = case
                .expectation
                .strip_prefix(checkout)
                .unwrap_or(&case.expectation);
            failures += &format!(
                "{source}: primary diagnostics differ from {} (- expected, + emitted):\n{diff}",
                file.display()
            );
        }
    }
    if failures.is_empty() {
        Ok(format!(
            "primary-diagnostics check: {} cases, {compared} diagnostics, features {features:?}",
            cases.len()
        ))
    } else {
        Err(failures)
    }
}

#[test]
fn ui() {
    let cases = cases();
    let overwrite = std::env::var("TRYBUILD").is_ok_and(|v| v == "overwrite");
    let (release, version) = rustc_release();
    let mut ran = Vec::new();

    // trybuild first: in overwrite mode it rewrites the `.stderr` files the
    // primary check then reads.
    let exact = if release == STDERR_RUSTC || std::env::var_os("TRYBUILD").is_some() {
        let outcome = std::panic::catch_unwind(|| trybuild_exact(&cases));
        match &outcome {
            Ok(done) => ran.push(done.clone()),
            Err(_) => ran.push("trybuild exact check: FAILED (see above)".to_owned()),
        }
        outcome.is_ok()
    } else {
        ran.push(format!(
            "trybuild exact check: not run, the .stderr files are for rustc {STDERR_RUSTC} \
             and this is {version:?}"
        ));
        true
    };

    let primary = primary_diagnostics(&cases, overwrite);
    match &primary {
        Ok(done) => ran.push(done.clone()),
        Err(_) => ran.push("primary-diagnostics check: FAILED".to_owned()),
    }
    for line in &ran {
        report(&format!("ui: {line}"));
    }
    if let Err(failures) = primary {
        panic!("primary-diagnostics check failed:\n{failures}");
    }
    assert!(exact, "trybuild's exact check failed (its report is above)");
}

#[test]
fn feature_table_matches_cargo_toml() {
    let manifest = std::fs::read_to_string(Path::new(CHECKOUT).join("Cargo.toml")).unwrap();
    let section = manifest
        .split("\n[features]\n")
        .nth(1)
        .expect("Cargo.toml has a [features] table");
    let section = section.split("\n[").next().unwrap();
    let declared: Vec<&str> = section
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| Some(l.split_once('=')?.0.trim()))
        .collect();
    let table: Vec<&str> = FEATURES.iter().map(|(f, _)| *f).collect();
    assert_eq!(
        table, declared,
        "FEATURES must list Cargo.toml's features in order"
    );
}
