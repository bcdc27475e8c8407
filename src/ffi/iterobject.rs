//! `Include/iterobject.h`: the generic sequence and callable iterators.

use std::ffi::c_int;
use std::ptr;

use crate::ffi::{Py_IS_TYPE, PyObject, PyTypeObject};

unsafe extern "C" {
    /// The type of iterators over objects with `__getitem__`.
    #[cfg_attr(PyPy, link_name = "PyPySeqIter_Type")]
    pub static mut PySeqIter_Type: PyTypeObject;
    /// The type of `iter(callable, sentinel)` iterators.
    #[cfg_attr(PyPy, link_name = "PyPyCallIter_Type")]
    pub static mut PyCallIter_Type: PyTypeObject;
}

/// Whether `op` is exactly a sequence iterator (C `PySeqIter_Check`).
#[inline]
pub unsafe fn PySeqIter_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PySeqIter_Type)) }
}

/// Whether `op` is exactly a callable iterator (C `PyCallIter_Check`).
#[inline]
pub unsafe fn PyCallIter_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyCallIter_Type)) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPySeqIter_New")]
    pub fn PySeqIter_New(seq: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCallIter_New")]
    pub fn PyCallIter_New(callable: *mut PyObject, sentinel: *mut PyObject) -> *mut PyObject;
}
