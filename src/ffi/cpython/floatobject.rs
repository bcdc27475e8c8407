//! `Include/cpython/floatobject.h`: the `float` object layout and the IEEE
//! 754 packing helpers.

use std::ffi::c_double;
#[cfg(Py_3_11)]
use std::ffi::{c_char, c_int};

use crate::ffi::PyObject;

/// A `float` object (C `PyFloatObject`).
#[repr(C)]
#[derive(Debug)]
pub struct PyFloatObject {
    pub ob_base: PyObject,
    pub ob_fval: c_double,
}

/// The value of a `float`, without any check (C `PyFloat_AS_DOUBLE`).
#[inline]
pub unsafe fn PyFloat_AS_DOUBLE(op: *mut PyObject) -> c_double {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*op.cast::<PyFloatObject>()).ob_fval }
}

#[cfg(Py_3_11)]
unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyFloat_Pack2")]
    pub fn PyFloat_Pack2(x: c_double, p: *mut c_char, le: c_int) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyFloat_Pack4")]
    pub fn PyFloat_Pack4(x: c_double, p: *mut c_char, le: c_int) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyFloat_Pack8")]
    pub fn PyFloat_Pack8(x: c_double, p: *mut c_char, le: c_int) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyFloat_Unpack2")]
    pub fn PyFloat_Unpack2(p: *const c_char, le: c_int) -> c_double;
    #[cfg_attr(PyPy, link_name = "PyPyFloat_Unpack4")]
    pub fn PyFloat_Unpack4(p: *const c_char, le: c_int) -> c_double;
    #[cfg_attr(PyPy, link_name = "PyPyFloat_Unpack8")]
    pub fn PyFloat_Unpack8(p: *const c_char, le: c_int) -> c_double;
}
