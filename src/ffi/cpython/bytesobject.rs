//! `Include/cpython/bytesobject.h`: the `bytes` object layout, its fast
//! accessors and (3.15+) the `PyBytesWriter` API.

use std::ffi::c_char;
#[cfg(Py_3_15)]
use std::ffi::{c_int, c_void};

#[cfg(not(PyPy))]
use crate::ffi::{Py_hash_t, PyVarObject};
use crate::ffi::{Py_ssize_t, PyObject};

/// A `bytes` object (C `PyBytesObject`): `ob_size` bytes followed by a NUL
/// start at `ob_sval`.
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct PyBytesObject {
    pub ob_base: PyVarObject,
    /// Cached hash, or -1 (deprecated since 3.11).
    pub ob_shash: Py_hash_t,
    pub ob_sval: [c_char; 1],
}

#[cfg(PyPy)]
opaque_struct!(
    /// A `bytes` object; PyPy's layout is not exposed.
    pub PyBytesObject
);

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "_PyPyBytes_Resize")]
    pub fn _PyBytes_Resize(bytes: *mut *mut PyObject, newsize: Py_ssize_t) -> std::ffi::c_int;
}

/// The bytes of a `bytes` object, without any check (C
/// `PyBytes_AS_STRING`).
#[inline]
pub unsafe fn PyBytes_AS_STRING(op: *mut PyObject) -> *const c_char {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(not(PyPy))]
        {
            (*op.cast::<PyBytesObject>()).ob_sval.as_ptr()
        }
        #[cfg(PyPy)]
        {
            crate::ffi::PyBytes_AsString(op)
        }
    }
}

/// The length of a `bytes` object, without any check (C
/// `PyBytes_GET_SIZE`).
#[inline]
pub unsafe fn PyBytes_GET_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(not(PyPy))]
        {
            crate::ffi::Py_SIZE(op)
        }
        #[cfg(PyPy)]
        {
            crate::ffi::PyBytes_Size(op)
        }
    }
}

unsafe extern "C" {
    #[cfg(Py_3_14)]
    pub fn PyBytes_Join(sep: *mut PyObject, iterable: *mut PyObject) -> *mut PyObject;
    #[cfg(all(not(Py_3_14), not(PyPy)))]
    pub fn _PyBytes_Join(sep: *mut PyObject, iterable: *mut PyObject) -> *mut PyObject;
}

/// Old name of `PyBytes_Join` (C `_PyBytes_Join`).
#[cfg(Py_3_14)]
#[deprecated(note = "Python 3.14: use PyBytes_Join")]
#[inline]
pub unsafe fn _PyBytes_Join(sep: *mut PyObject, iterable: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyBytes_Join(sep, iterable) }
}

// ---------------------------------------------------------------------------
// PyBytesWriter (3.15+)
// ---------------------------------------------------------------------------

#[cfg(Py_3_15)]
opaque_struct!(
    /// A builder of `bytes` objects (C `PyBytesWriter`).
    pub PyBytesWriter
);

#[cfg(Py_3_15)]
unsafe extern "C" {
    pub fn PyBytesWriter_Create(size: Py_ssize_t) -> *mut PyBytesWriter;
    pub fn PyBytesWriter_Discard(writer: *mut PyBytesWriter);
    pub fn PyBytesWriter_Finish(writer: *mut PyBytesWriter) -> *mut PyObject;
    pub fn PyBytesWriter_FinishWithSize(
        writer: *mut PyBytesWriter,
        size: Py_ssize_t,
    ) -> *mut PyObject;
    pub fn PyBytesWriter_FinishWithPointer(
        writer: *mut PyBytesWriter,
        buf: *mut c_void,
    ) -> *mut PyObject;
    pub fn PyBytesWriter_GetData(writer: *mut PyBytesWriter) -> *mut c_void;
    pub fn PyBytesWriter_GetSize(writer: *mut PyBytesWriter) -> Py_ssize_t;
    pub fn PyBytesWriter_WriteBytes(
        writer: *mut PyBytesWriter,
        bytes: *const c_void,
        size: Py_ssize_t,
    ) -> c_int;
    pub fn PyBytesWriter_Format(writer: *mut PyBytesWriter, format: *const c_char, ...) -> c_int;
    pub fn PyBytesWriter_Resize(writer: *mut PyBytesWriter, size: Py_ssize_t) -> c_int;
    pub fn PyBytesWriter_Grow(writer: *mut PyBytesWriter, size: Py_ssize_t) -> c_int;
    pub fn PyBytesWriter_GrowAndUpdatePointer(
        writer: *mut PyBytesWriter,
        size: Py_ssize_t,
        buf: *mut c_void,
    ) -> *mut c_void;
}
