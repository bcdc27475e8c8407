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

raw_config() { # raw_config FILE TEXT: writes TEXT exactly (no final newline added)
    local file="$work/$1"
    printf '%s' "$2" > "$file"; echo "$file"
}

expect_config "interpreter detection" "target_abi=CPython-gil_enabled-3\.11" PYO3_BUILD_EXTENSION_MODULE=1
expect_config "print config stops the build" "the build stops here; unset PYO3_PRINT_CONFIG" PYO3_BUILD_EXTENSION_MODULE=1
expect_error "PYO3_PYTHON that does not exist" "could not run the Python interpreter .*/no/such/python" \
    PYO3_PYTHON=/no/such/python
expect_error "no interpreter anywhere" "no Python interpreter found.*Set PYO3_PYTHON" \
    PATH="$work/bin" VIRTUAL_ENV= CONDA_PREFIX= PYO3_PYTHON=
expect_error "unsupported version" "CPython 3\.8 is not supported: pyo3 supports CPython 3\.9 to 3\.15" \
    PYO3_CONFIG_FILE="$(config old.txt implementation=CPython version=3.8)"
expect_error "newer than supported, with the way out" "PYO3_USE_ABI3_FORWARD_COMPATIBILITY" \
    PYO3_CONFIG_FILE="$(config new.txt implementation=CPython version=3.16)"
expect_config "forward compatibility builds abi3-py315" "target_abi=CPython-abi3-3\.15" PYO3_USE_ABI3_FORWARD_COMPATIBILITY=1 \
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
expect_config "no interpreter with abi3-py310" "target_abi=CPython-abi3-3\.10" PYO3_NO_PYTHON=1 -- --features abi3-py310
expect_config "abi3 floor below the interpreter" "target_abi=CPython-abi3-3\.9" PYO3_BUILD_EXTENSION_MODULE=1 -- --features abi3-py39
expect_config "abi3 floor keeps the interpreter version" "^ *version=3\.11$" PYO3_BUILD_EXTENSION_MODULE=1 -- --features abi3-py39
expect_config "cross build from variables" "target_abi=PyPy-gil_enabled-3\.11" \
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
expect_config "cross sysconfig gives the free-threaded ABI" "target_abi=CPython-free_threaded-3\.13" \
    PYO3_CROSS_LIB_DIR="$work/cross/lib"

# Config text in the format of pyo3-build-config 0.30 (what it writes with
# to_writer and reads from PYO3_CONFIG_FILE / DEP_PYTHON_PYO3_CONFIG).
expect_config "pyo3-build-config file, version-specific" \
    "target_abi=CPython-gil_enabled-3\.12" PYO3_CONFIG_FILE="$(config p312.txt \
    implementation=CPython version=3.12 shared=true target_abi=CPython-gil_enabled-3.12 \
    lib_name=python3.12 lib_dir=/usr/lib executable=/usr/bin/python3.12 pointer_width=64 \
    build_flags= suppress_build_script_link_lines=false)"
expect_config "pyo3-build-config file, abi3 floor below the interpreter" \
    "version=3\.12" PYO3_CONFIG_FILE="$(config pabi3.txt \
    implementation=CPython version=3.12 shared=true target_abi=CPython-abi3-3.9 build_flags= \
    suppress_build_script_link_lines=false)"
expect_config "pyo3-build-config file keeps the abi3 floor" \
    "target_abi=CPython-abi3-3\.9" PYO3_CONFIG_FILE="$(config pabi3b.txt \
    implementation=CPython version=3.12 target_abi=CPython-abi3-3.9)"
expect_config "pyo3-build-config file, free-threaded" \
    "target_abi=CPython-free_threaded-3\.14" PYO3_CONFIG_FILE="$(config pft.txt \
    implementation=CPython version=3.14 shared=true target_abi=CPython-free_threaded-3.14 \
    build_flags=Py_GIL_DISABLED suppress_build_script_link_lines=false)"
expect_config "free-threaded target_abi implies the flag" \
    "build_flags=Py_GIL_DISABLED" PYO3_CONFIG_FILE="$(config pft2.txt \
    version=3.13 target_abi=CPython-free_threaded-3.13)"
expect_config "debug target_abi implies Py_DEBUG and Py_REF_DEBUG" \
    "build_flags=Py_DEBUG,Py_REF_DEBUG" PYO3_CONFIG_FILE="$(config pdebug.txt \
    version=3.12 target_abi=CPython-gil_enabled-3.12-debug)"
expect_config "Py_DEBUG flag gives a -debug target_abi" \
    "target_abi=CPython-gil_enabled-3\.12-debug" PYO3_CONFIG_FILE="$(config pdebug2.txt \
    version=3.12 build_flags=Py_DEBUG)"
expect_config "GraalVM is the config spelling of GraalPy" \
    "target_abi=GraalVM-gil_enabled-3\.12" PYO3_CONFIG_FILE="$(config pgraal.txt \
    implementation=GraalVM version=3.12 target_abi=GraalVM-gil_enabled-3.12)"
expect_config "extra_build_script_line is repeatable" \
    "extra_build_script_line=cargo:rustc-cfg=b" \
    PYO3_CONFIG_FILE="$(config pextra.txt version=3.11 \
    extra_build_script_line=cargo:rustc-cfg=a extra_build_script_line=cargo:rustc-cfg=b)"
expect_error "target_abi and abi3 together" "target_abi. and .abi3. cannot both be set" \
    PYO3_CONFIG_FILE="$(config pboth.txt version=3.11 abi3=true target_abi=CPython-abi3-3.11)"
expect_error "GIL-enabled target_abi with Py_GIL_DISABLED" "Py_GIL_DISABLED but target_abi" \
    PYO3_CONFIG_FILE="$(config pgil.txt version=3.14 build_flags=Py_GIL_DISABLED \
    target_abi=CPython-gil_enabled-3.14)"
expect_error "free-threaded before 3.13" "free-threaded builds need Python 3\.13" \
    PYO3_CONFIG_FILE="$(config pft312.txt version=3.12 build_flags=Py_GIL_DISABLED)"
expect_error "malformed target_abi" "not a target ABI: expected" \
    PYO3_CONFIG_FILE="$(config pbadabi.txt version=3.12 target_abi=CPython-3.12)"
expect_error "RustPython is refused" "RustPython is not supported" \
    PYO3_CONFIG_FILE="$(config prust.txt implementation=RustPython version=3.12)"
# What maturin writes for cross builds: `abi3=false`, no final newline, an
# empty or unknown build flag (older maturin wrote WITH_THREAD).
expect_config "maturin cross file" "target_abi=CPython-gil_enabled-3\.12" \
    PYO3_CONFIG_FILE="$(raw_config maturin.txt $'implementation=CPython\nversion=3.12\nshared=true\nabi3=false\nbuild_flags=\nsuppress_build_script_link_lines=false\npointer_width=64\nlib_dir=/opt/sysroot/usr/lib')"
expect_config "maturin cross file, free-threaded" "target_abi=CPython-free_threaded-3\.13" \
    PYO3_CONFIG_FILE="$(raw_config maturin-ft.txt $'implementation=CPython\nversion=3.13\nshared=true\nabi3=false\nbuild_flags=Py_GIL_DISABLED\nsuppress_build_script_link_lines=false\npointer_width=64')"
expect_config "older maturin file (WITH_THREAD, pointer width last)" "build_flags=WITH_THREAD" \
    PYO3_CONFIG_FILE="$(raw_config maturin-old.txt $'implementation=PyPy\nversion=3.11\nshared=true\nabi3=false\nbuild_flags=WITH_THREAD\nsuppress_build_script_link_lines=false\npointer_width=64')"
expect_config "maturin GraalPy file" "target_abi=GraalVM-gil_enabled-3\.12" \
    PYO3_CONFIG_FILE="$(raw_config maturin-graal.txt $'implementation=GraalVM\nversion=3.12\nshared=true\nabi3=false\nbuild_flags=\nsuppress_build_script_link_lines=false')"
expect_config "old abi3=true files still mean the stable ABI" "target_abi=CPython-abi3-3\.10" \
    PYO3_CONFIG_FILE="$(config oldabi3.txt implementation=CPython version=3.10 abi3=true)"
# This crate's older spelling (a bare kind) is still read.
expect_config "bare target_abi kind (older format)" "target_abi=CPython-abi3-3\.11" \
    PYO3_CONFIG_FILE="$(config oldkind.txt version=3.11 target_abi=abi3)"
# Every file in ci/configs reads back to exactly its own text (they are
# written in pyo3-build-config's format, so that crate reads them too).
for file in ci/configs/*.txt; do
    printed=$(env PYO3_PRINT_CONFIG=1 PYO3_CONFIG_FILE="$root/$file" "$cargo" check --quiet --lib 2>&1 \
        | sed -n '/resolved configuration follows/,/the build stops here/p' | sed '1d;$d' | sed 's/^ *//' \
        | grep -Ev '^(soname|include_dir|ext_suffix)=')
    if [ "$printed" = "$(cat "$file")" ]; then
        echo "ok   round trip of $file"
    else
        echo "FAIL round trip of $file:"; diff <(echo "$printed") "$file"
        failures=$((failures + 1))
    fi
done

# generate-import-lib: no effect for this (Linux) target, as in PyO3; refused
# for a Windows target (the build script runs even though no Windows
# standard library is installed here: --keep-going).
expect_config "generate-import-lib has no effect off Windows" "target_abi=CPython-gil_enabled-3\.11" \
    PYO3_BUILD_EXTENSION_MODULE=1 -- --features generate-import-lib
expect_error "generate-import-lib refused for Windows targets" \
    "the \`generate-import-lib\` feature .* is not supported by this crate yet" \
    PYO3_CROSS_LIB_DIR=/tmp PYO3_CROSS_PYTHON_VERSION=3.11 \
    -- --target x86_64-pc-windows-gnu --features generate-import-lib --keep-going

if [ $failures -ne 0 ]; then
    echo "$failures build-script test(s) failed"
    exit 1
fi
