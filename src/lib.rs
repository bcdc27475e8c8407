//! Rust bindings to the Python interpreter: write native extension modules
//! and embed Python in Rust programs.
//!
//! The public API is PyO3 0.30's, so code written for PyO3 compiles against
//! this crate unchanged. The main pieces:
//!
//! - [`Python<'py>`](Python): proof that the thread is attached to the
//!   interpreter (holds the GIL); [`Python::attach`] gets one.
//! - [`Bound<'py, T>`](Bound), [`Py<T>`](Py), [`Borrowed`]: smart pointers
//!   to Python objects; methods live on extension traits such as
//!   [`PyAnyMethods`](types::PyAnyMethods).
//! - [`PyErr`] / [`PyResult`]: Python exceptions in Rust.
//! - [`IntoPyObject`] / [`FromPyObject`]: conversions.
//! - [`ffi`]: the raw C API.

#![warn(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]
#![deny(clippy::undocumented_unsafe_blocks)]
// `nightly`: `marker::Ungil` is an auto trait with negative impls.
#![cfg_attr(feature = "nightly", feature(auto_traits, negative_impls))]

pub use crate::conversion::{FromPyObject, FromPyObjectOwned, IntoPyObject, IntoPyObjectExt};
pub use crate::err::{CastError, CastIntoError, PyErr, PyErrArguments, PyResult, ToPyErr};
#[allow(deprecated)]
pub use crate::err::{DowncastError, DowncastIntoError};
#[allow(deprecated)]
pub use crate::instance::PyObject;
pub use crate::instance::{Borrowed, Bound, BoundObject, Py};
pub use crate::marker::Python;
#[cfg(not(any(PyPy, GraalPy)))]
#[allow(deprecated)]
pub use crate::marker::prepare_freethreaded_python;
pub use crate::pycell::{PyRef, PyRefMut};
pub use crate::pyclass::{PyClass, PyClassGuard, PyClassGuardMut};
pub use crate::pyclass_init::PyClassInitializer;
pub use crate::type_object::{PyTypeCheck, PyTypeInfo};
pub use crate::types::PyAny;
pub use crate::version::PythonVersionInfo;
#[cfg(feature = "macros")]
pub use pyo3_macros::{
    FromPyObject, IntoPyObject, IntoPyObjectRef, pyclass, pyfunction, pymethods, pymodule,
};

/// `inventory`, which `#[pymethods]` blocks register with under the
/// `multiple-pymethods` feature.
#[cfg(feature = "multiple-pymethods")]
#[doc(hidden)]
pub use inventory;

/// Old module paths of class items, still used by real crates
/// (`pyo3::basic::CompareOp`, `pyo3::gc::PyVisit`).
pub mod class {
    pub use self::gc::{PyTraverseError, PyVisit};

    /// The comparison operators of `__richcmp__`.
    pub mod basic {
        pub use crate::pyclass::CompareOp;
    }

    /// `__traverse__` support.
    pub mod gc {
        pub use crate::pyclass::{PyTraverseError, PyVisit};
    }
}
pub use crate::class::*;

#[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
pub mod buffer;
pub mod call;
pub mod conversion;
mod conversions;
mod err;
pub mod exceptions;
pub mod ffi;
#[doc(hidden)]
pub mod impl_;
#[cfg(feature = "experimental-inspect")]
pub mod inspect;
mod instance;
mod internal;
mod macros;
pub mod marker;
pub mod panic;
pub mod prelude;
pub mod pybacked;
pub mod pycell;
pub mod pyclass;
pub mod pyclass_init;
pub(crate) mod sealed;
pub mod sync;
pub mod type_object;
pub mod types;
mod version;

/// A `&'static CStr` from a string literal, checked at compile time to hold
/// no interior NUL (kept for code written before `c"..."` literals).
#[macro_export]
macro_rules! c_str {
    ($s:expr) => {
        $crate::internal_tricks::cstr_from_utf8_with_nul_checked(concat!($s, "\0"))
    };
}

#[doc(hidden)]
pub mod internal_tricks {
    //! Support items for this crate's exported macros. Not public API.

    /// Turns a NUL-terminated string into a `CStr`, failing at compile time
    /// (in const context) when the string holds another NUL.
    pub const fn cstr_from_utf8_with_nul_checked(s: &str) -> &core::ffi::CStr {
        match core::ffi::CStr::from_bytes_with_nul(s.as_bytes()) {
            Ok(cstr) => cstr,
            Err(_) => panic!("string contains nul bytes"),
        }
    }
}

/// The user guide (`guide/*.md`), one item per chapter, so that
/// `cargo test --doc` compiles and runs every Rust example in it.
#[cfg(doctest)]
pub mod guide {
    /// Getting started: a module built with maturin.
    #[doc = include_str!("../guide/getting-started.md")]
    pub struct GettingStarted;
    /// Functions and signatures.
    #[doc = include_str!("../guide/functions.md")]
    pub struct Functions;
    /// Modules.
    #[doc = include_str!("../guide/modules.md")]
    pub struct Modules;
    /// Classes (not implemented yet, and what to use meanwhile).
    #[doc = include_str!("../guide/classes.md")]
    pub struct Classes;
    /// Conversions between Rust and Python.
    #[doc = include_str!("../guide/conversions.md")]
    pub struct Conversions;
    /// Errors and exceptions.
    #[doc = include_str!("../guide/errors.md")]
    pub struct Errors;
    /// Attaching, detaching and threads.
    #[doc = include_str!("../guide/threads.md")]
    pub struct Threads;
    /// Free-threaded Python.
    #[doc = include_str!("../guide/free-threading.md")]
    pub struct FreeThreading;
    /// The stable ABI.
    #[doc = include_str!("../guide/abi3.md")]
    pub struct Abi3;
    /// Embedding Python in a Rust program.
    #[doc = include_str!("../guide/embedding.md")]
    pub struct Embedding;
    /// Migrating from PyO3.
    #[doc = include_str!("../guide/migrating.md")]
    pub struct Migrating;
    /// Performance notes.
    #[doc = include_str!("../guide/performance.md")]
    pub struct Performance;
}

/// Test helpers that need crate internals.
#[doc(hidden)]
pub mod test_support {
    pub use crate::internal::reference_pool::pending_decref_count;
}
