//! Embedded-interpreter tests: one binary, one module per area.

mod any;
mod attach;
mod common;
#[cfg(feature = "anyhow")]
mod conv_anyhow;
mod conv_containers;
#[cfg(feature = "eyre")]
mod conv_eyre;
#[cfg(feature = "lock_api")]
mod conv_lock_api;
mod conv_numbers;
#[cfg(feature = "serde")]
mod conv_serde;
mod conv_text;
mod embedding;
mod err;
mod exceptions;
mod ffi_bytes_writer;
#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
mod ffi_inline;
mod ffi_stable;
#[cfg(feature = "experimental-inspect")]
mod inspect;
mod instance;
mod native_types;
#[cfg(feature = "nightly")]
mod nightly;
mod pyfunction;
mod pymodule;
mod sync;
mod types_builtins;
mod types_containers;
mod types_datetime;
mod types_misc;
mod types_text;
