//! `Include/memoryobject.h`: the `memoryview` type and its constructors.

use std::ffi::{c_char, c_int};
use std::ptr;

#[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
use crate::ffi::Py_buffer;
use crate::ffi::{Py_IS_TYPE, Py_ssize_t, PyObject, PyTypeObject};

unsafe extern "C" {
    /// The built-in `memoryview`.
    #[cfg_attr(PyPy, link_name = "PyPyMemoryView_Type")]
    pub static mut PyMemoryView_Type: PyTypeObject;
}

/// Whether `op` is exactly a memoryview (C `PyMemoryView_Check`).
#[inline]
pub unsafe fn PyMemoryView_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyMemoryView_Type)) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyMemoryView_FromObject")]
    pub fn PyMemoryView_FromObject(base: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyMemoryView_FromMemory")]
    pub fn PyMemoryView_FromMemory(
        mem: *mut c_char,
        size: Py_ssize_t,
        flags: c_int,
    ) -> *mut PyObject;
    #[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
    #[cfg_attr(PyPy, link_name = "PyPyMemoryView_FromBuffer")]
    pub fn PyMemoryView_FromBuffer(view: *const Py_buffer) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyMemoryView_GetContiguous")]
    pub fn PyMemoryView_GetContiguous(
        base: *mut PyObject,
        buffertype: c_int,
        order: c_char,
    ) -> *mut PyObject;
}
