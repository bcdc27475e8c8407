#!/usr/bin/env bash
# Builds published dependents of PyO3 against this checkout and runs their
# own test suites (unit tests, integration tests, doctests).
#
# Each crate's source comes from crates.io through plain cargo (a scratch
# project depending on the exact versions, then `cargo fetch`). The source is
# copied to target/compat-crates/src/NAME-VERSION, its Cargo.lock is dropped
# and `[patch.crates-io] pyo3 = { path = <this checkout> }` is appended.
# Cargo ignores a patch it cannot use (a feature we do not declare, a version
# we do not satisfy) with only a warning and then builds the real PyO3, so the
# script checks the resolved graph: every `pyo3*` package in it must be ours
# and "Patch ... was not used" fails the run.
#
# Usage: bash ci/compat-crates.sh [NAME...]   (default: all crates below)
# One line per crate at the end: `NAME VERSION: passed` or `... failed (why)`.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/target/compat-crates"
# One target dir for all crates: our pyo3 and the shared dependencies build once.
export CARGO_TARGET_DIR="$WORK/target"
export CARGO_TERM_COLOR=never

# NAME=VERSION of every crate checked.
CRATES=(pythonize=0.30.0 pyo3-log=0.13.5 pyo3-file=0.18.0)

# test_runs NAME: one `cargo test` argument list per line, each run in turn.
# What is left out is listed here, with the reason.
test_runs() {
    case $1 in
        pythonize)
            # Every test target, with and without `arbitrary_precision`.
            # (`--doc` cannot be combined with other target selections.)
            local targets="--lib --tests"
            echo "$targets"
            echo "--doc"
            echo "--features arbitrary_precision $targets"
            echo "--features arbitrary_precision --doc"
            ;;
        pyo3-log)
            # Everything: unit tests and doctests, with the `kv` feature too.
            echo ""
            echo "--all-features"
            ;;
        pyo3-file)
            # Everything: the README doctest; the `experimental-inspect`
            # feature adds a unit test of the type hint.
            echo ""
            echo "--features experimental-inspect"
            ;;
        *) return 1 ;;
    esac
}

log() { printf '%s\n' "$*" >&2; }

# fetch_sources: downloads the exact versions through a scratch project and
# prints "NAME VERSION DIR" for each, DIR being the unpacked registry source.
fetch_sources() {
    local scratch="$WORK/fetch"
    rm -rf "$scratch"
    mkdir -p "$scratch/src"
    {
        printf '[package]\nname = "compat-fetch"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        printf '[workspace]\n\n[dependencies]\n'
        local spec
        for spec in "${CRATES[@]}"; do
            printf '%s = "=%s"\n' "${spec%%=*}" "${spec#*=}"
        done
    } >"$scratch/Cargo.toml"
    : >"$scratch/src/lib.rs"
    cargo fetch --quiet --manifest-path "$scratch/Cargo.toml" >&2 || return 1
    cargo metadata --format-version 1 --manifest-path "$scratch/Cargo.toml" |
        python3 -c '
import json, os, sys
wanted = {s.split("=")[0]: s.split("=")[1] for s in sys.argv[1:]}
for p in json.load(sys.stdin)["packages"]:
    if wanted.get(p["name"]) == p["version"]:
        print(p["name"], p["version"], os.path.dirname(p["manifest_path"]))
' "${CRATES[@]}"
}

# prepare NAME VERSION SRC: fresh copy under $WORK/src, patched to this checkout.
prepare() {
    local name=$1 version=$2 src=$3 dir="$WORK/src/$1-$2"
    rm -rf "$dir"
    mkdir -p "$WORK/src"
    cp -r "$src" "$dir"
    chmod -R u+w "$dir"
    # The published lock file pins the real PyO3; a pinned toolchain file
    # would make rustup switch compilers: build with the checkout's own.
    rm -f "$dir/Cargo.lock" "$dir/rust-toolchain" "$dir/rust-toolchain.toml"
    # Direct dependencies on PyO3's other crates cannot be redirected: this
    # checkout is a single `pyo3` crate (its macros crate is internal).
    if grep -Eq '^\[(dev-|build-)?dependencies\.pyo3-(ffi|build-config|macros|macros-backend)\]' "$dir/Cargo.toml"; then
        echo "depends directly on a PyO3 sub-crate this checkout does not provide" >"$dir/.compat-error"
    fi
    # `[workspace]` keeps cargo from taking our root manifest as the workspace.
    printf '\n[workspace]\n\n[patch.crates-io]\npyo3 = { path = "%s" }\n' "$ROOT" >>"$dir/Cargo.toml"
    echo "$dir"
}

# check_patch DIR ARGS...: the resolved graph (with the features of this run)
# contains our pyo3 and no other pyo3* package.
check_patch() {
    local dir=$1
    shift
    local out err
    err=$(mktemp)
    out=$(cd "$dir" && cargo tree -e normal,build,dev --prefix none -f '{p}' "$@" 2>"$err") || {
        cat "$err" >&2
        rm -f "$err"
        return 1
    }
    if grep -q 'was not used in the crate graph' "$err"; then
        cat "$err" >&2
        log "the [patch.crates-io] entry for pyo3 was not used"
        rm -f "$err"
        return 1
    fi
    rm -f "$err"
    local foreign
    # PyO3's own crates; any of them from the registry means the real PyO3.
    foreign=$(grep -E '^pyo3(-ffi|-macros|-macros-backend|-build-config)? v' <<<"$out" |
        grep -vF "($ROOT" | sort -u)
    if [ -n "$foreign" ]; then
        log "packages not from this checkout in the graph:"
        log "$foreign"
        return 1
    fi
    if ! grep -qE "^pyo3 v[^ ]+ \($ROOT\)" <<<"$out"; then
        log "this checkout's pyo3 is not in the graph"
        return 1
    fi
}

# feature_args ARGS...: the feature selection among `cargo test` arguments
# (what `cargo tree` needs to see the same graph).
feature_args() {
    while [ $# -gt 0 ]; do
        case $1 in
            --features | -F) echo "$1 $2"; shift ;;
            --all-features | --no-default-features) echo "$1" ;;
        esac
        shift
    done
}

# run_crate NAME DIR: every test run of the crate; fails on the first failure.
run_crate() {
    local name=$1 dir=$2 args
    if [ -f "$dir/.compat-error" ]; then
        log "$(cat "$dir/.compat-error")"
        return 1
    fi
    while IFS= read -r args; do
        # shellcheck disable=SC2086 # the argument lists are split on purpose
        check_patch "$dir" $(feature_args $args) || return 1
        log "--- $name: cargo test $args"
        # shellcheck disable=SC2086
        (cd "$dir" && cargo test $args) || return 1
    done < <(test_runs "$name")
}

main() {
    local selected=("$@") results=() status=0
    if [ ${#selected[@]} -eq 0 ]; then
        local spec
        for spec in "${CRATES[@]}"; do selected+=("${spec%%=*}"); done
    fi
    mkdir -p "$WORK"
    local sources
    sources=$(fetch_sources) || {
        echo "compat-crates: fetching the sources failed"
        exit 1
    }
    local name version src dir
    for name in "${selected[@]}"; do
        read -r _ version src < <(grep "^$name " <<<"$sources")
        if [ -z "${src:-}" ]; then
            results+=("$name: failed (not one of: ${CRATES[*]})")
            status=1
            continue
        fi
        dir=$(prepare "$name" "$version" "$src")
        log "=== $name $version in $dir"
        if run_crate "$name" "$dir"; then
            results+=("$name $version: passed")
        else
            results+=("$name $version: failed")
            status=1
        fi
        src=""
    done
    printf '%s\n' "${results[@]}"
    exit $status
}

main "$@"
