//! `Include/cpython/bytearrayobject.h`: the `bytearray` object layout and
//! its fast accessors.

use std::ffi::c_char;

#[cfg(not(PyPy))]
use crate::ffi::PyVarObject;
use crate::ffi::{Py_ssize_t, PyObject};

/// A `bytearray` object (C `PyByteArrayObject`).
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct PyByteArrayObject {
    pub ob_base: PyVarObject,
    /// Bytes allocated in `ob_bytes`.
    pub ob_alloc: Py_ssize_t,
    /// The allocated buffer.
    pub ob_bytes: *mut c_char,
    /// The logical start of the contents inside `ob_bytes`.
    pub ob_start: *mut c_char,
    /// Number of exported buffers.
    pub ob_exports: Py_ssize_t,
    /// The `bytes` object that owns the buffer (3.15+).
    #[cfg(Py_3_15)]
    pub ob_bytes_object: *mut PyObject,
}

#[cfg(PyPy)]
opaque_struct!(
    /// A `bytearray` object; PyPy does not expose its layout.
    pub PyByteArrayObject
);

#[cfg(all(not(Py_3_15), not(PyPy)))]
unsafe extern "C" {
    static mut _PyByteArray_empty_string: [c_char; 0];
}

/// The contents of a `bytearray`, without any check (C
/// `PyByteArray_AS_STRING`).
#[inline]
pub unsafe fn PyByteArray_AS_STRING(op: *mut PyObject) -> *mut c_char {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_3_15)]
        {
            (*op.cast::<PyByteArrayObject>()).ob_start
        }
        #[cfg(all(not(Py_3_15), not(PyPy)))]
        {
            if crate::ffi::Py_SIZE(op) != 0 {
                (*op.cast::<PyByteArrayObject>()).ob_start
            } else {
                std::ptr::addr_of_mut!(_PyByteArray_empty_string).cast::<c_char>()
            }
        }
        #[cfg(PyPy)]
        {
            crate::ffi::PyByteArray_AsString(op)
        }
    }
}

/// The length of a `bytearray`, without any check (C
/// `PyByteArray_GET_SIZE`).
#[inline]
pub unsafe fn PyByteArray_GET_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(all(Py_3_14, Py_GIL_DISABLED))]
        {
            // Resized concurrently by other threads: read with a relaxed atomic
            // load, as the C header does.
            (*std::ptr::addr_of!((*op.cast::<PyVarObject>()).ob_size)
                .cast::<std::sync::atomic::AtomicIsize>())
            .load(std::sync::atomic::Ordering::Relaxed)
        }
        #[cfg(all(not(all(Py_3_14, Py_GIL_DISABLED)), not(PyPy)))]
        {
            crate::ffi::Py_SIZE(op)
        }
        #[cfg(PyPy)]
        {
            crate::ffi::PyByteArray_Size(op)
        }
    }
}
