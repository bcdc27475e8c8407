//! `Include/cpython/genobject.h` (`Include/genobject.h` before 3.11):
//! generators, coroutines and asynchronous generators.
//!
//! `PyGenObject` has a public layout up to 3.13 and is opaque since 3.14.

use std::ffi::c_int;
#[cfg(not(PyPy))]
use std::ptr;

#[cfg(all(not(PyPy), not(Py_3_14)))]
use crate::ffi::_PyErr_StackItem;
#[cfg(all(Py_3_13, not(PyPy)))]
use crate::ffi::PyCodeObject;
#[cfg(not(PyPy))]
use crate::ffi::{Py_IS_TYPE, PyObject_TypeCheck, PyTypeObject};
use crate::ffi::{PyFrameObject, PyObject};

/// A generator object (C `PyGenObject`), layout of 3.9 to 3.13. The same
/// head starts coroutine and asynchronous generator objects.
#[cfg(all(not(PyPy), not(Py_3_14)))]
#[repr(C)]
#[derive(Debug)]
pub struct PyGenObject {
    pub ob_base: PyObject,
    /// The frame; null once the generator finished (before 3.11).
    #[cfg(not(Py_3_11))]
    pub gi_frame: *mut PyFrameObject,
    /// Whether the generator is running (3.9 only).
    #[cfg(not(Py_3_10))]
    pub gi_running: std::ffi::c_char,
    /// The code object (before 3.11).
    #[cfg(not(Py_3_11))]
    pub gi_code: *mut PyObject,
    /// The code object (3.11 only; later kept in the frame).
    #[cfg(all(Py_3_11, not(Py_3_12)))]
    pub gi_code: *mut crate::ffi::PyCodeObject,
    pub gi_weakreflist: *mut PyObject,
    pub gi_name: *mut PyObject,
    pub gi_qualname: *mut PyObject,
    pub gi_exc_state: _PyErr_StackItem,
    #[cfg(Py_3_11)]
    pub gi_origin_or_finalizer: *mut PyObject,
    #[cfg(Py_3_11)]
    pub gi_hooks_inited: std::ffi::c_char,
    #[cfg(Py_3_11)]
    pub gi_closed: std::ffi::c_char,
    #[cfg(Py_3_11)]
    pub gi_running_async: std::ffi::c_char,
    #[cfg(Py_3_11)]
    pub gi_frame_state: i8,
    /// Start of the embedded interpreter frame (3.11+).
    #[cfg(Py_3_11)]
    pub gi_iframe: [*mut PyObject; 1],
}

#[cfg(all(not(PyPy), Py_3_14))]
opaque_struct!(
    /// A generator object (C `PyGenObject`); opaque since 3.14.
    pub PyGenObject
);

/// A generator object as PyPy exposes it (C `PyGenObject`).
#[cfg(PyPy)]
#[repr(C)]
#[derive(Debug)]
pub struct PyGenObject {
    pub ob_base: PyObject,
    pub gi_code: *mut PyObject,
}

#[cfg(not(PyPy))]
unsafe extern "C" {
    /// The type of generator objects.
    pub static mut PyGen_Type: PyTypeObject;
    /// The type of coroutine objects.
    pub static mut PyCoro_Type: PyTypeObject;
    /// The type of asynchronous generator objects.
    pub static mut PyAsyncGen_Type: PyTypeObject;
    /// The type of the awaitables returned by `agen.asend()`.
    pub static mut _PyAsyncGenASend_Type: PyTypeObject;
}

/// Whether `op` is a generator (C `PyGen_Check`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyGen_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, ptr::addr_of_mut!(PyGen_Type)) }
}

/// Whether `op` is exactly a generator (C `PyGen_CheckExact`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyGen_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyGen_Type)) }
}

/// Whether `op` is exactly a coroutine (C `PyCoro_CheckExact`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyCoro_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyCoro_Type)) }
}

/// Whether `op` is exactly an asynchronous generator (C
/// `PyAsyncGen_CheckExact`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyAsyncGen_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyAsyncGen_Type)) }
}

/// Whether `op` is exactly an `agen.asend()` awaitable (C
/// `PyAsyncGenASend_CheckExact`, 3.13+).
#[cfg(all(Py_3_13, not(PyPy)))]
#[inline]
pub unsafe fn PyAsyncGenASend_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(_PyAsyncGenASend_Type)) }
}

#[cfg(PyPy)]
unsafe extern "C" {
    #[link_name = "PyPyGen_Check"]
    pub fn PyGen_Check(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyGen_CheckExact"]
    pub fn PyGen_CheckExact(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyCoro_CheckExact"]
    pub fn PyCoro_CheckExact(op: *mut PyObject) -> c_int;
}

unsafe extern "C" {
    pub fn PyGen_New(frame: *mut PyFrameObject) -> *mut PyObject;
}

#[cfg(not(PyPy))]
unsafe extern "C" {
    pub fn PyGen_NewWithQualName(
        frame: *mut PyFrameObject,
        name: *mut PyObject,
        qualname: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg(Py_3_13)]
    pub fn PyGen_GetCode(r#gen: *mut PyGenObject) -> *mut PyCodeObject;
    pub fn PyCoro_New(
        frame: *mut PyFrameObject,
        name: *mut PyObject,
        qualname: *mut PyObject,
    ) -> *mut PyObject;
    pub fn PyAsyncGen_New(
        frame: *mut PyFrameObject,
        name: *mut PyObject,
        qualname: *mut PyObject,
    ) -> *mut PyObject;
}
