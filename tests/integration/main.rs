//! Embedded-interpreter tests: one binary, one module per area.

mod any;
mod attach;
#[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
mod buffer;
mod common;
#[cfg(feature = "anyhow")]
mod conv_anyhow;
#[cfg(feature = "bigdecimal")]
mod conv_bigdecimal;
#[cfg(feature = "bytes")]
mod conv_bytes;
#[cfg(feature = "chrono")]
mod conv_chrono;
mod conv_containers;
#[cfg(feature = "either")]
mod conv_either;
#[cfg(feature = "eyre")]
mod conv_eyre;
#[cfg(feature = "hashbrown")]
mod conv_hashbrown;
#[cfg(feature = "indexmap")]
mod conv_indexmap;
#[cfg(feature = "jiff-02")]
mod conv_jiff;
#[cfg(feature = "lock_api")]
mod conv_lock_api;
#[cfg(feature = "num-bigint")]
mod conv_num_bigint;
#[cfg(feature = "num-complex")]
mod conv_num_complex;
#[cfg(feature = "num-rational")]
mod conv_num_rational;
mod conv_numbers;
#[cfg(feature = "ordered-float")]
mod conv_ordered_float;
#[cfg(feature = "rust_decimal")]
mod conv_rust_decimal;
#[cfg(feature = "serde")]
mod conv_serde;
#[cfg(feature = "smallvec")]
mod conv_smallvec;
mod conv_text;
#[cfg(feature = "time")]
mod conv_time;
#[cfg(feature = "uuid")]
mod conv_uuid;
mod derive_from_py_object;
mod derive_into_py_object;
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
mod pyclass_basics;
mod pyclass_borrowing;
mod pyclass_guard;
mod pyclass_inheritance;
mod pyclass_methods;
mod pyclass_modules;
#[cfg(feature = "multiple-pymethods")]
mod pyclass_multiple_pymethods;
mod pyclass_options;
mod pyclass_protocols;
mod pyfunction;
mod pymodule;
mod sync;
mod types_builtins;
mod types_containers;
mod types_datetime;
mod types_misc;
mod types_text;
