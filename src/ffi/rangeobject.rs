//! `Include/rangeobject.h`: the `range` type and its iterators.

use std::ffi::c_int;
use std::ptr;

use crate::ffi::{Py_IS_TYPE, PyObject, PyTypeObject};

unsafe extern "C" {
    /// The built-in `range`.
    #[cfg_attr(PyPy, link_name = "PyPyRange_Type")]
    pub static mut PyRange_Type: PyTypeObject;
    /// The type of iterators over ranges that fit a C long.
    #[cfg_attr(PyPy, link_name = "PyPyRangeIter_Type")]
    pub static mut PyRangeIter_Type: PyTypeObject;
    /// The type of iterators over other ranges.
    #[cfg_attr(PyPy, link_name = "PyPyLongRangeIter_Type")]
    pub static mut PyLongRangeIter_Type: PyTypeObject;
}

/// Whether `op` is exactly a range (C `PyRange_Check`).
#[inline]
pub unsafe fn PyRange_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyRange_Type)) }
}
