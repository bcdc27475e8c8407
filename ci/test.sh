#!/usr/bin/env bash
# Runs every test: formatting and lints, the Rust test suites (layout proof,
# embedded-interpreter tests, compile-fail tests), the compile check for
# every supported Python configuration, and the pytest suites of the example
# extension modules built with maturin.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step() { printf '\n==> %s  [%ds]\n' "$*" $((SECONDS - started)); }

step "setting up the venv (maturin, pytest)"
source ci/venv.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings are errors)"
cargo clippy --quiet --workspace --all-targets --features full -- -D warnings

step "cargo test"
cargo test --quiet --workspace --features full

step "compile check for every supported Python configuration"
ci/check-configs.sh

step "example extension modules (maturin + pytest)"
source ci/examples.sh
for example in string_sum_ffi; do
    step "example $example"
    build_example "$example"
    python -m pytest -q "examples/$example/tests"
done

step "all tests passed"
