//! Proves that `pyo3::ffi` matches the C headers of the interpreter the crate
//! was built for: a C program, compiled with the system C compiler against
//! those headers, prints the size, alignment and field offsets of every
//! struct declared here and the value of every constant; the test compares
//! each number with what Rust computes for the same item.
//!
//! The tables live in `tables/`, one file per group of headers. Extra C
//! flags can be given in `PYO3_LAYOUT_CFLAGS` (e.g. `-I` for the
//! platform-specific `pyconfig.h` of unpacked distribution headers).

// PyPy and GraalPy have no CPython headers to compare against.
#![cfg(not(any(PyPy, GraalPy)))]

mod harness;
mod tables;

#[test]
fn layouts_and_constants_match_the_c_headers() {
    let mut checks = Vec::new();
    tables::all(&mut checks);
    harness::compare_with_c(&checks);
}
