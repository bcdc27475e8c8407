//! `Include/cpython/warnings.h`: the warning functions outside the limited
//! API.

use std::ffi::{c_char, c_int};

use crate::ffi::{PyErr_WarnEx, PyObject};

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyErr_WarnExplicitObject")]
    pub fn PyErr_WarnExplicitObject(
        category: *mut PyObject,
        message: *mut PyObject,
        filename: *mut PyObject,
        lineno: c_int,
        module: *mut PyObject,
        registry: *mut PyObject,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyErr_WarnExplicitFormat")]
    pub fn PyErr_WarnExplicitFormat(
        category: *mut PyObject,
        filename: *const c_char,
        lineno: c_int,
        module: *const c_char,
        registry: *mut PyObject,
        format: *const c_char,
        ...
    ) -> c_int;
}

/// Issues a warning of `category` one frame up (C `PyErr_Warn`, deprecated
/// in favour of `PyErr_WarnEx`).
#[inline]
pub unsafe fn PyErr_Warn(category: *mut PyObject, msg: *const c_char) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyErr_WarnEx(category, msg, 1) }
}
