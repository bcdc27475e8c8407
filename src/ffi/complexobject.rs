//! `Include/complexobject.h`: the `complex` type.

use std::ffi::{c_double, c_int};
use std::ptr;

use crate::ffi::{Py_IS_TYPE, PyObject, PyObject_TypeCheck, PyTypeObject};

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyComplex_Type")]
    pub static mut PyComplex_Type: PyTypeObject;
}

/// Whether `op` is a `complex` or a subtype (C `PyComplex_Check`).
#[inline]
pub unsafe fn PyComplex_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, ptr::addr_of_mut!(PyComplex_Type)) }
}

/// Whether `op` is exactly a `complex` (C `PyComplex_CheckExact`).
#[inline]
pub unsafe fn PyComplex_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyComplex_Type)) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyComplex_FromDoubles")]
    pub fn PyComplex_FromDoubles(real: c_double, imag: c_double) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyComplex_RealAsDouble")]
    pub fn PyComplex_RealAsDouble(op: *mut PyObject) -> c_double;
    #[cfg_attr(PyPy, link_name = "PyPyComplex_ImagAsDouble")]
    pub fn PyComplex_ImagAsDouble(op: *mut PyObject) -> c_double;
}
