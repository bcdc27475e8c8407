//! `Include/cpython/frameobject.h`: creating frames and syncing their
//! locals. `PyFrameObject` stays opaque here on every version (its fields
//! were only public up to 3.10).

#[cfg(all(Py_3_10, not(Py_3_11)))]
use std::ffi::c_char;
#[cfg(not(PyPy))]
use std::ffi::c_int;

use crate::ffi::{PyCodeObject, PyFrameObject, PyObject, PyThreadState};

/// One entry of a frame's block stack before 3.11 (C `PyTryBlock`).
#[cfg(not(any(Py_3_11, PyPy)))]
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PyTryBlock {
    /// What kind of block this is.
    pub b_type: c_int,
    /// Where to jump to find the handler.
    pub b_handler: c_int,
    /// Value-stack level to pop to.
    pub b_level: c_int,
}

/// The execution state of a 3.10 frame (C `PyFrameState`, a `signed char`).
#[cfg(all(Py_3_10, not(Py_3_11)))]
pub type PyFrameState = c_char;

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyFrame_New")]
    pub fn PyFrame_New(
        tstate: *mut PyThreadState,
        code: *mut PyCodeObject,
        globals: *mut PyObject,
        locals: *mut PyObject,
    ) -> *mut PyFrameObject;
}

#[cfg(not(any(Py_3_11, PyPy)))]
unsafe extern "C" {
    pub fn PyFrame_BlockSetup(frame: *mut PyFrameObject, kind: c_int, handler: c_int, level: c_int);
    pub fn PyFrame_BlockPop(frame: *mut PyFrameObject) -> *mut PyTryBlock;
}

#[cfg(not(PyPy))]
unsafe extern "C" {
    pub fn PyFrame_LocalsToFast(frame: *mut PyFrameObject, clear: c_int);
    pub fn PyFrame_FastToLocalsWithError(frame: *mut PyFrameObject) -> c_int;
    pub fn PyFrame_FastToLocals(frame: *mut PyFrameObject);
}
