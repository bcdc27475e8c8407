//! Raw declarations of CPython's C API.
//!
//! One file per CPython header: `src/ffi/X.rs` mirrors `Include/X.h` and
//! `src/ffi/cpython/X.rs` mirrors `Include/cpython/X.h` (the part of the API
//! outside the limited API). Everything is re-exported flat here, so
//! `use pyo3::ffi::*;` brings the whole C API into scope with the names of the
//! C headers (and of PyO3's `pyo3-ffi`).
//!
//! The C API reference (<https://docs.python.org/3/c-api/>) documents each
//! function; this module does not repeat it. What is ours is documented:
//! C macros and static inline functions reimplemented in Rust, and the
//! cfg rules below.
//!
//! # How items are gated
//!
//! `build.rs` emits one cfg per supported minimum version: `Py_3_9` ..
//! `Py_3_15` are all set up to the version built for (for abi3 builds, the
//! abi3 floor). So:
//!
//! - an item added in 3.X is `#[cfg(Py_3_X)]`;
//! - an item removed in 3.Y is `#[cfg(not(Py_3_Y))]`;
//! - an item of the full API that joined the limited API in 3.X is
//!   `#[cfg(any(Py_3_X, not(Py_LIMITED_API)))]`;
//! - items only in the full API live in `cpython/`, compiled only without
//!   `Py_LIMITED_API`;
//! - `Py_GIL_DISABLED` selects the free-threaded object layout, `PyPy` and
//!   `GraalPy` the other implementations (PyPy exports most functions under a
//!   `PyPy` prefix, hence the `link_name`s).
//!
//! # Safety
//!
//! Every function here is `unsafe`: callers must hold an attached thread
//! state and pass valid pointers, as the C API requires.

#![allow(
    non_camel_case_types,
    non_snake_case,
    non_upper_case_globals,
    missing_docs,
    clippy::missing_safety_doc,
    clippy::upper_case_acronyms
)]

/// Declares opaque C structs: types only ever handled through pointers.
macro_rules! opaque_struct {
    ($(#[$attr:meta])* $vis:vis $name:ident) => {
        $(#[$attr])*
        #[repr(C)]
        $vis struct $name {
            _private: [u8; 0],
            // Neither Send, Sync nor Unpin: the C side owns these.
            _marker: ::core::marker::PhantomData<(*mut u8, ::core::marker::PhantomPinned)>,
        }
    };
}

pub use crate::c_str;

pub use self::abstract_::*;
pub use self::bltinmodule::*;
pub use self::boolobject::*;
pub use self::bytearrayobject::*;
pub use self::bytesobject::*;
pub use self::ceval::*;
pub use self::codecs::*;
pub use self::compile::*;
pub use self::complexobject::*;
#[cfg(any(Py_3_15, all(Py_3_13, not(Py_LIMITED_API))))]
pub use self::critical_section::*;
#[cfg(not(Py_LIMITED_API))]
pub use self::datetime::*;
pub use self::descrobject::*;
pub use self::dictobject::*;
pub use self::enumobject::*;
pub use self::fileobject::*;
pub use self::fileutils::*;
pub use self::floatobject::*;
pub use self::genericaliasobject::*;
pub use self::import::*;
pub use self::intrcheck::*;
pub use self::iterobject::*;
pub use self::listobject::*;
pub use self::longobject::*;
pub use self::memoryobject::*;
pub use self::methodobject::*;
pub use self::modsupport::*;
pub use self::moduleobject::*;
pub use self::object::*;
pub use self::objimpl::*;
pub use self::osmodule::*;
#[cfg(not(any(PyPy, Py_LIMITED_API, Py_3_10)))]
pub use self::pyarena::*;
#[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
pub use self::pybuffer::*;
pub use self::pycapsule::*;
pub use self::pyerrors::*;
pub use self::pyframe::*;
pub use self::pyhash::*;
pub use self::pylifecycle::*;
pub use self::pymem::*;
pub use self::pyport::*;
pub use self::pystate::*;
pub use self::pystrtod::*;
pub use self::pythonrun::*;
pub use self::pythread::*;
pub use self::pytypedefs::*;
pub use self::rangeobject::*;
pub use self::refcount::*;
pub use self::setobject::*;
pub use self::sliceobject::*;
#[cfg(Py_3_15)]
pub use self::slots::*;
pub use self::structseq::*;
pub use self::sysmodule::*;
pub use self::traceback::*;
pub use self::tupleobject::*;
pub use self::typeslots::*;
pub use self::unicodeobject::*;
pub use self::warnings::*;
pub use self::weakrefobject::*;

#[cfg(not(Py_LIMITED_API))]
pub use self::cpython::*;

mod abstract_;
mod bltinmodule;
mod boolobject;
mod bytearrayobject;
mod bytesobject;
mod ceval;
mod codecs;
mod compile;
mod complexobject;
#[cfg(any(Py_3_15, all(Py_3_13, not(Py_LIMITED_API))))]
mod critical_section;
#[cfg(not(Py_LIMITED_API))]
mod datetime;
mod descrobject;
mod dictobject;
mod enumobject;
mod fileobject;
mod fileutils;
mod floatobject;
mod genericaliasobject;
mod import;
mod intrcheck;
mod iterobject;
mod listobject;
mod longobject;
mod memoryobject;
mod methodobject;
mod modsupport;
mod moduleobject;
mod object;
mod objimpl;
mod osmodule;
#[cfg(not(any(PyPy, Py_LIMITED_API, Py_3_10)))]
mod pyarena;
#[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
mod pybuffer;
mod pycapsule;
mod pyerrors;
mod pyframe;
mod pyhash;
mod pylifecycle;
mod pymem;
mod pyport;
mod pystate;
mod pystrtod;
mod pythonrun;
mod pythread;
mod pytypedefs;
mod rangeobject;
mod refcount;
mod setobject;
mod sliceobject;
#[cfg(Py_3_15)]
mod slots;
mod structseq;
mod sysmodule;
mod traceback;
mod tupleobject;
mod typeslots;
mod unicodeobject;
mod warnings;
mod weakrefobject;

/// `Include/structmember.h`: the pre-3.12 spellings of the member-type
/// constants (`T_INT`, `READONLY`, ...), kept in their own namespace as in C.
pub mod structmember;

/// Rust versions of C API functions that newer Pythons added, usable on
/// every supported version (they call the real function where it exists).
pub mod compat;

#[cfg(not(Py_LIMITED_API))]
mod cpython;
