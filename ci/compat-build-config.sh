#!/usr/bin/env bash
# Compatibility with the real `pyo3-build-config` 0.30.1 (ci/compat/build-config,
# a workspace of its own):
#  1. its use_pyo3_cfgs() and get() read the configuration our pyo3 publishes
#     (DEP_PYTHON_PYO3_CONFIG): for the interpreter (PYO3_PYTHON or the one
#     found), for abi3-py39, and for a free-threaded config file;
#  2. our build.rs reads the files its writer (InterpreterConfig::to_writer)
#     produces as PYO3_CONFIG_FILE, and prints them back unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/compat-build-config}"
cd ci/compat/build-config
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# run LABEL CARGO-ARGS...: builds and runs the checking program (it asserts).
run() {
    local label=$1; shift
    local output
    if output=$(env -u LD_LIBRARY_PATH cargo run --quiet --locked --bin build-config-compat "$@" 2>&1); then
        if grep -qi "warning" <<< "$output"; then
            fail "$label: warnings:"; echo "$output"
        else
            echo "ok   $label"; sed 's/^/       /' <<< "$output"
        fi
    else
        fail "$label:"; echo "$output" | tail -20
    fi
}

run "interpreter build: cfgs and version from pyo3-build-config"
run "abi3-py39: target_abi=CPython-abi3-3.9, Py_LIMITED_API" --features abi3-py39
output=$(cargo run --quiet --locked --bin build-config-compat --features abi3-py39 2>&1)
grep -q "target_abi=CPython-abi3-3.9" <<< "$output" || fail "abi3-py39 target ABI: $output"

# A config file for an interpreter that is not here: compile only; the build
# script of the checking crate asserts what pyo3-build-config read.
for case in "cpython-3.14t:CPython-free_threaded-3.14" "cpython-3.9:CPython-gil_enabled-3.9"; do
    file=${case%%:*} abi=${case#*:}
    if output=$(COMPAT_EXPECT_TARGET_ABI=$abi PYO3_CONFIG_FILE="$root/ci/configs/$file.txt" \
        PYO3_BUILD_EXTENSION_MODULE=1 cargo check --quiet --locked --bin build-config-compat 2>&1); then
        echo "ok   config file $file.txt read by pyo3-build-config as $abi"
    else
        fail "config file $file.txt:"; echo "$output" | tail -20
    fi
done

# Files written by pyo3-build-config, read by our build.rs.
written=$(mktemp -d)
trap 'rm -rf "$written"' EXIT
cargo run --quiet --locked --bin write-config "$written" > /dev/null
normalize() { # sorts the flags of the build_flags line (the writer's order is a hash set's)
    local line
    while IFS= read -r line; do
        case $line in
            build_flags=*) echo "build_flags=$(tr ',' '\n' <<< "${line#build_flags=}" | sort | paste -sd,)" ;;
            *) echo "$line" ;;
        esac
    done
}
for file in "$written"/*.txt; do
    name=$(basename "$file" .txt)
    printed=$(PYO3_PRINT_CONFIG=1 PYO3_CONFIG_FILE="$file" cargo check --quiet --locked -p pyo3 --lib 2>&1 \
        | sed -n '/resolved configuration follows/,/the build stops here/p' | sed '1d;$d' | sed 's/^ *//' \
        | grep -Ev '^(soname|include_dir|ext_suffix)=' || true)
    if [ -n "$printed" ] && [ "$(normalize <<< "$printed")" = "$(normalize < "$file")" ]; then
        echo "ok   pyo3-build-config's $name file read back unchanged"
    else
        fail "pyo3-build-config's $name file:"; diff <(normalize <<< "$printed") <(normalize < "$file")
    fi
done

if [ $failures -ne 0 ]; then
    echo "$failures compatibility check(s) failed"
    exit 1
fi
echo "pyo3-build-config 0.30.1 compatibility: all checks passed"
