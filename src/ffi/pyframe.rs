//! `Include/pyframe.h`: the frame accessors of the limited API.

use std::ffi::c_int;

#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
use crate::ffi::PyCodeObject;
use crate::ffi::PyFrameObject;

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyFrame_GetLineNumber")]
    pub fn PyFrame_GetLineNumber(frame: *mut PyFrameObject) -> c_int;
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    #[cfg_attr(PyPy, link_name = "PyPyFrame_GetCode")]
    pub fn PyFrame_GetCode(frame: *mut PyFrameObject) -> *mut PyCodeObject;
}
