//! `Include/floatobject.h`: the `float` type.

use std::ffi::{c_double, c_int};
use std::ptr;

use crate::ffi::{Py_IS_TYPE, PyObject, PyObject_TypeCheck, PyTypeObject};

#[cfg(Py_LIMITED_API)]
opaque_struct!(
    /// A `float` object; its layout is hidden by the limited API.
    pub PyFloatObject
);

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyFloat_Type")]
    pub static mut PyFloat_Type: PyTypeObject;
}

/// Whether `op` is a `float` or a subtype (C `PyFloat_Check`).
#[inline]
pub unsafe fn PyFloat_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, ptr::addr_of_mut!(PyFloat_Type)) }
}

/// Whether `op` is exactly a `float` (C `PyFloat_CheckExact`).
#[inline]
pub unsafe fn PyFloat_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyFloat_Type)) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyFloat_GetMax")]
    pub fn PyFloat_GetMax() -> c_double;
    #[cfg_attr(PyPy, link_name = "PyPyFloat_GetMin")]
    pub fn PyFloat_GetMin() -> c_double;
    #[cfg_attr(PyPy, link_name = "PyPyFloat_GetInfo")]
    pub fn PyFloat_GetInfo() -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyFloat_FromString")]
    pub fn PyFloat_FromString(arg1: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyFloat_FromDouble")]
    pub fn PyFloat_FromDouble(arg1: c_double) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyFloat_AsDouble")]
    pub fn PyFloat_AsDouble(arg1: *mut PyObject) -> c_double;
}
