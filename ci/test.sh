#!/usr/bin/env bash
# Runs every test: formatting and lints, the Rust test suites (layout proof,
# embedded-interpreter tests, unit tests), the embedding examples, a compile
# check for every supported Python configuration, and the pytest suites of
# the example extension modules built with maturin.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step() { printf '\n==> %s  [%ds]\n' "$*" $((SECONDS - started)); }

step "setting up the venv (maturin, pytest)"
source ci/venv.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings are errors)"
cargo clippy --quiet --workspace --all-targets --features full -- -D warnings -D clippy::undocumented_unsafe_blocks
cargo clippy --quiet --examples --features full,auto-initialize -- -D warnings
CARGO_TARGET_DIR=target/abi3 cargo clippy --quiet --lib --tests --features full,abi3-py39 -- -D warnings

step "cargo doc (warnings, broken intra-doc links included, are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps --features full

step "cargo test (layout proof, embedded-interpreter tests, unit tests)"
cargo test --quiet --features full

step "compile-fail diagnostics of the macros (trybuild, default features)"
cargo test --quiet --test ui

step "cargo test with multiple-pymethods (several #[pymethods] blocks per class)"
cargo test --quiet --features full,multiple-pymethods --test integration pyclass_

step "cargo test with the stable ABI (abi3-py39 on this interpreter)"
CARGO_TARGET_DIR=target/abi3 cargo test --quiet --features full,abi3-py39 --test integration --test ffi_layout

step "layout proof and embedded tests on every other CPython here (both ABIs)"
ci/test-pythons.sh

step "embedding examples (cargo run, no LD_LIBRARY_PATH)"
for example in hello_with_gil hello_attach auto_initialize_threads; do
    env -u LD_LIBRARY_PATH cargo run --quiet --example "$example" --features auto-initialize
done
# A #[pymodule] compiled into the binary, imported by name (no auto-initialize).
env -u LD_LIBRARY_PATH cargo run --quiet --example append_to_inittab

step "an embedding crate of its own, its binary run directly (rpath from DEP_PYTHON_LIB_DIR)"
ci/embed-dependent.sh

step "build script: interpreter detection, config files, cross builds, errors"
ci/build-script-tests.sh

step "the real pyo3-build-config 0.30.1 reads our published configuration"
ci/compat-build-config.sh

step "crates from crates.io built on PyO3 (pythonize, pyo3-log, pyo3-file), their own tests"
ci/compat-crates.sh

step "default-features = false pulls no proc-macro crates"
if cargo tree --quiet -p string-sum-ffi --edges normal,build --prefix none | grep -E '^(pyo3-macros|syn|quote|proc-macro2) '; then
    echo "error: the raw-FFI example depends on proc-macro crates" >&2
    exit 1
fi

step "nightly feature (RUSTC_BOOTSTRAP=1): Ungil is an auto trait"
ci/nightly-check.sh

step "compile check for every supported Python configuration"
ci/check-configs.sh

step "example extension modules (maturin + pytest)"
source ci/examples.sh
for example in string_sum_ffi string_sum string_sum_declarative pytests pyclasses; do
    step "example $example"
    build_example "$example"
    python -m pytest -q "examples/$example/tests"
done

step "the project template of \`maturin new --bindings pyo3\`, built against this crate"
ci/maturin-template.sh

step "all tests passed"
