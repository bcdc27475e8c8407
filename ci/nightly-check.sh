#!/usr/bin/env bash
# The `nightly` feature, on this (stable) compiler with RUSTC_BOOTSTRAP=1:
#  1. the embedded tests of tests/integration/nightly.rs (non-`Send` values
#     that hold nothing of Python's cross `Python::detach`);
#  2. a scratch crate depending on this checkout with `nightly`: code passing
#     `Python`, `Bound`, `Borrowed`, or a `Send`-faking wrapper of a `Bound`
#     or of a raw object pointer into `detach` must fail to compile with an
#     `Ungil` error, while the same crate with an `Rc`, a `Py` or a `PyErr`
#     compiles; and, without `nightly`, the cases that differ behave the
#     other way round (`Rc` rejected, the `Send`-faking wrappers accepted).
# Prints one PASS/FAIL line per check and a final verdict; exits non-zero on
# any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="$root/target/nightly"
scratch="$root/target/nightly-scratch"
failed=0

pass() { echo "PASS: $*"; }
fail() {
    echo "FAIL: $*"
    failed=1
}

# 1. Embedded tests.
if log=$(cargo test --quiet --features full,nightly --test integration nightly 2>&1) \
    && grep -Eq 'test result: ok\. [1-9][0-9]* passed' <<< "$log"; then
    pass "embedded nightly tests ($(grep -Eo '[0-9]+ passed' <<< "$log" | head -1))"
else
    echo "$log" | tail -40
    fail "embedded nightly tests"
fi

# 2. The scratch crate: one binary per case.
rm -rf "$scratch"
mkdir -p "$scratch/src/bin"

# manifest FEATURES: (re)writes the scratch manifest, pyo3 with FEATURES.
manifest() {
    cat > "$scratch/Cargo.toml" <<EOF
[package]
name = "nightly-scratch"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
pyo3 = { path = "$root", features = [$1] }

# Not a member of the pyo3 workspace around it.
[workspace]
EOF
}

# case_file NAME BODY: BODY runs inside `Python::attach(|py| { ... })`, with
# pyo3's prelude, `PyList` and `Rc` in scope.
case_file() {
    cat > "$scratch/src/bin/$1.rs" <<EOF
#![allow(unused)]
use pyo3::prelude::*;
use pyo3::types::PyList;
use std::rc::Rc;

fn main() {
    Python::attach(|py| {
$2
    });
}
EOF
}

case_file bound '        let bound = PyList::new(py, [1, 2, 3]).unwrap();
        let n = py.detach(|| bound.len());'
case_file python '        py.detach(|| drop(py));'
case_file borrowed '        let list = PyList::new(py, [1, 2, 3]).unwrap();
        let borrowed = list.as_borrowed();
        let n = py.detach(|| borrowed.len());'
case_file returned_bound '        let list = PyList::empty(py);
        let back = py.detach(move || list);'
# `Send` promised by hand (as `send_wrapper::SendWrapper` does): on stable
# that makes the wrapper `Ungil`, the loophole the auto trait closes. The
# closure moves the whole wrapper in (`let`), not just its field.
case_file smuggled_bound '        struct Smuggle<T>(T);
        unsafe impl<T> Send for Smuggle<T> {}
        let wrapped = Smuggle(PyList::empty(py));
        py.detach(move || {
            let wrapped = wrapped;
            wrapped.0.len()
        });'
case_file smuggled_pointer '        struct Raw(*mut pyo3::ffi::PyObject);
        unsafe impl Send for Raw {}
        let raw = Raw(PyList::empty(py).as_ptr());
        py.detach(move || {
            let raw = raw;
            raw.0.is_null()
        });'
case_file rc '        let rc = Rc::new(41);
        let n = py.detach(|| *rc + 1);
        assert_eq!(n, 42);'
case_file py_and_err '        let list: Py<PyList> = PyList::new(py, [1, 2]).unwrap().unbind();
        let tag = Rc::new(1);
        let (list, result) = py.detach(move || {
            let result: PyResult<i32> = Ok(*tag);
            (list, result)
        });
        assert_eq!(list.bind(py).len(), 2);'

# expect MODE NAME compiles|rejected: checks the binary NAME; "rejected"
# means an E0277 error that names `Ungil`.
expect() {
    local mode=$1 name=$2 want=$3 log status
    log=$(cd "$scratch" && cargo check --quiet --bin "$name" 2>&1)
    status=$?
    if [ "$want" = compiles ]; then
        if [ $status -eq 0 ]; then
            pass "[$mode] $name compiles"
        else
            echo "$log" | head -40
            fail "[$mode] $name must compile"
        fi
    elif [ $status -eq 0 ]; then
        fail "[$mode] $name compiled, but it must be rejected"
    elif grep -q 'error\[E0277\]' <<< "$log" && grep -q 'Ungil' <<< "$log"; then
        pass "[$mode] $name is rejected with an Ungil error"
    else
        echo "$log" | head -40
        fail "[$mode] $name failed to compile, but not with an Ungil error"
    fi
}

# With `nightly`. The compiling cases first: they also prove that the
# scratch crate builds at all.
manifest '"nightly"'
expect nightly rc compiles
expect nightly py_and_err compiles
for name in bound python borrowed returned_bound smuggled_bound smuggled_pointer; do
    expect nightly "$name" rejected
done

# Without `nightly` (stable `Ungil` is `Send`): the cases that differ go the
# other way, so the verdicts above are the feature's doing.
manifest ''
expect stable rc rejected
expect stable smuggled_bound compiles
expect stable smuggled_pointer compiles
expect stable bound rejected

if [ $failed -eq 0 ]; then
    echo "nightly-check: PASS"
else
    echo "nightly-check: FAIL"
fi
exit $failed
