//! Embedded-interpreter tests: one binary, one module per area.

mod any;
mod attach;
mod common;
mod embedding;
mod err;
mod exceptions;
#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
mod ffi_inline;
mod ffi_stable;
mod instance;
mod sync;
