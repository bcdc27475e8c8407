#!/usr/bin/env bash
# Compiles and lints (clippy) the crate (library, tests) for every
# supported interpreter configuration without needing those interpreters,
# and fails on any warning. Configurations come from ci/configs/*.txt
# (PYO3_CONFIG_FILE) plus stable-ABI builds with no interpreter at all.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export CARGO_TARGET_DIR="$root/target/config-check"
export RUSTFLAGS="-D warnings"
# Every configuration is a compile-only check: nothing links libpython.
export PYO3_BUILD_EXTENSION_MODULE=1

check() {
    local label=$1; shift
    printf '== %-28s ' "$label"
    local log
    if log=$("$@" 2>&1); then
        echo ok
    else
        echo FAILED
        echo "$log" | grep -v '^\s*Compiling\|^\s*Checking' | head -60
        return 1
    fi
}

failed=0
for config in ci/configs/*.txt; do
    name=$(basename "$config" .txt)
    PYO3_CONFIG_FILE="$root/$config" check "$name" \
        cargo clippy --quiet --lib --tests --features full || failed=1
done
PYO3_NO_PYTHON=1 check "abi3-py39 (no interpreter)" \
    cargo clippy --quiet --lib --tests --features full,abi3-py39 || failed=1
PYO3_NO_PYTHON=1 check "abi3-py312 (no interpreter)" \
    cargo clippy --quiet --lib --tests --features full,abi3-py312 || failed=1
PYO3_NO_PYTHON=1 check "abi3t-py315 (no interpreter)" \
    cargo clippy --quiet --lib --tests --features full,abi3t-py315 || failed=1
check "no default features" cargo check --quiet --lib --no-default-features || failed=1
exit $failed
