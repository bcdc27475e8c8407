//! `Include/traceback.h`: traceback objects.

use std::ffi::c_int;
use std::ptr;

use crate::ffi::{Py_IS_TYPE, PyFrameObject, PyObject, PyTypeObject};

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyTraceBack_Here")]
    pub fn PyTraceBack_Here(frame: *mut PyFrameObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyTraceBack_Print")]
    pub fn PyTraceBack_Print(tb: *mut PyObject, file: *mut PyObject) -> c_int;

    /// The type of traceback objects.
    #[cfg_attr(PyPy, link_name = "PyPyTraceBack_Type")]
    pub static mut PyTraceBack_Type: PyTypeObject;
}

/// Whether `op` is exactly a traceback object (C `PyTraceBack_Check`).
#[inline]
pub unsafe fn PyTraceBack_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyTraceBack_Type)) }
}
