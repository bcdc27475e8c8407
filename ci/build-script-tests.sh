#!/usr/bin/env bash
# Tests of build.rs: each case builds the crate with some environment and
# checks the outcome (success with given cfgs, or the error message).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export CARGO_TARGET_DIR="$root/target/build-script-tests"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
cargo=$(command -v cargo)
# A PATH with the toolchain and the C compiler but no Python.
mkdir -p "$work/bin"
for tool in cargo rustc cc gcc as ld; do
    if command -v "$tool" >/dev/null; then ln -s "$(command -v "$tool")" "$work/bin/$tool"; fi
done

# expect NAME PATTERN [ENV...] -- [CARGO ARGS...]: the build must fail and
# its output must match PATTERN (an extended regex).
expect_error() {
    local name=$1 pattern=$2; shift 2
    local envs=() args=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
    [ "${1:-}" = "--" ] && shift
    args=("$@")
    local output
    if output=$(env "${envs[@]}" "$cargo" check --quiet --lib "${args[@]}" 2>&1); then
        echo "FAIL $name: the build succeeded"; failures=$((failures + 1)); return
    fi
    if grep -Eq "$pattern" <<< "$output"; then
        echo "ok   $name"
    else
        echo "FAIL $name: output does not match /$pattern/:"; echo "$output" | tail -15
        failures=$((failures + 1))
    fi
}

# expect_config NAME PATTERN [ENV...] -- [CARGO ARGS...]: PYO3_PRINT_CONFIG
# output (the resolved configuration) must match PATTERN.
expect_config() {
    local name=$1 pattern=$2; shift 2
    expect_error "$name" "$pattern" PYO3_PRINT_CONFIG=1 "$@"
}

config() { # config FILE LINES...: writes a config file
    local file="$work/$1"; shift
    printf '%s\n' "$@" > "$file"; echo "$file"
}

expect_config "interpreter detection" "version=3\.11" PYO3_BUILD_EXTENSION_MODULE=1
expect_config "print config stops the build" "the build stops here; unset PYO3_PRINT_CONFIG" PYO3_BUILD_EXTENSION_MODULE=1
expect_error "PYO3_PYTHON that does not exist" "could not run the Python interpreter .*/no/such/python" \
    PYO3_PYTHON=/no/such/python
expect_error "no interpreter anywhere" "no Python interpreter found.*Set PYO3_PYTHON" \
    PATH="$work/bin" VIRTUAL_ENV= CONDA_PREFIX= PYO3_PYTHON=
expect_error "unsupported version" "CPython 3\.8 is not supported: pyo3 supports CPython 3\.9 to 3\.15" \
    PYO3_CONFIG_FILE="$(config old.txt implementation=CPython version=3.8)"
expect_error "newer than supported, with the way out" "PYO3_USE_ABI3_FORWARD_COMPATIBILITY" \
    PYO3_CONFIG_FILE="$(config new.txt implementation=CPython version=3.16)"
expect_config "forward compatibility builds abi3-py315" "target_abi=abi3" PYO3_USE_ABI3_FORWARD_COMPATIBILITY=1 \
    PYO3_CONFIG_FILE="$(config new2.txt implementation=CPython version=3.16)"
expect_error "abi3 floor above the interpreter" "abi3-py312.*Python 3\.12 or newer.*is Python 3\.10" \
    PYO3_CONFIG_FILE="$(config py310.txt implementation=CPython version=3.10)" -- --features abi3-py312
expect_error "pointer width mismatch" "interpreter is 32-bit but the Rust target is 64-bit" \
    PYO3_CONFIG_FILE="$(config w32.txt implementation=CPython version=3.11 pointer_width=32)"
expect_error "abi3 on a free-threaded interpreter" "free-threaded build .* cannot load abi3 extensions.*abi3t" \
    PYO3_CONFIG_FILE="$(config ft.txt implementation=CPython version=3.14 build_flags=Py_GIL_DISABLED)" -- --features abi3
expect_error "abi3t below 3.15" "abi3t. stable ABI needs Python 3\.15" \
    PYO3_CONFIG_FILE="$(config py314.txt implementation=CPython version=3.14)" -- --features abi3t
expect_error "PYO3_NO_PYTHON needs an abi3 floor" "PYO3_NO_PYTHON is set, but no abi3-pyXY feature" \
    PYO3_NO_PYTHON=1
expect_error "relative config file path" "PYO3_CONFIG_FILE must be an absolute path" \
    PYO3_CONFIG_FILE=relative.txt
expect_error "malformed config file" "line 2: expected .key=value." \
    PYO3_CONFIG_FILE="$(config bad.txt version=3.11 nonsense)"
expect_config "no interpreter with abi3-py310" "version=3\.10" PYO3_NO_PYTHON=1 -- --features abi3-py310
expect_config "abi3 floor below the interpreter" "target_abi=abi3" PYO3_BUILD_EXTENSION_MODULE=1 -- --features abi3-py39
expect_config "cross build from variables" "implementation=PyPy" \
    PYO3_CROSS_PYTHON_VERSION=3.11 PYO3_CROSS_PYTHON_IMPLEMENTATION=PyPy
# A cross lib dir with a sysconfig file is read for version and flags.
mkdir -p "$work/cross/lib/python3.13"
cat > "$work/cross/lib/python3.13/_sysconfigdata__linux_aarch64-linux-gnu.py" <<'PY'
build_time_vars = {'VERSION': '3.13',
 'Py_ENABLE_SHARED': 1,
 'LDVERSION': '3.13t',
 'Py_GIL_DISABLED': 1,
 'SIZEOF_VOID_P': 8,
 'CFLAGS': ('-O2 '
            '-Wall'),
 'EXT_SUFFIX': '.cpython-313t-aarch64-linux-gnu.so'}
PY
expect_config "cross build from a sysconfig file" "version=3\.13.*|build_flags=Py_GIL_DISABLED" \
    PYO3_CROSS_LIB_DIR="$work/cross/lib"
expect_config "cross sysconfig gives the free-threaded ABI" "target_abi=free_threaded" \
    PYO3_CROSS_LIB_DIR="$work/cross/lib"

if [ $failures -ne 0 ]; then
    echo "$failures build-script test(s) failed"
    exit 1
fi
