//! `Include/cpython/traceback.h`: the layout of traceback objects.

#[cfg(all(Py_3_15, not(PyPy)))]
use std::ffi::c_char;
use std::ffi::c_int;

#[cfg(all(Py_3_15, not(PyPy)))]
use crate::ffi::{Py_ssize_t, PyInterpreterState, PyThreadState};
use crate::ffi::{PyFrameObject, PyObject};

/// One entry of a traceback: a linked list from the outermost frame to the
/// one that raised (C `PyTracebackObject`, `struct _traceback`).
#[repr(C)]
#[derive(Debug)]
pub struct PyTracebackObject {
    pub ob_base: PyObject,
    pub tb_next: *mut PyTracebackObject,
    pub tb_frame: *mut PyFrameObject,
    /// Index of the last attempted instruction in the frame's bytecode.
    pub tb_lasti: c_int,
    pub tb_lineno: c_int,
}

#[cfg(all(Py_3_15, not(PyPy)))]
unsafe extern "C" {
    /// Writes the traceback of `tstate` to `fd`; returns null or an error
    /// message. Async-signal-safe.
    pub fn PyUnstable_DumpTraceback(fd: c_int, tstate: *mut PyThreadState) -> *const c_char;
    pub fn PyUnstable_DumpTracebackThreads(
        fd: c_int,
        interp: *mut PyInterpreterState,
        current_tstate: *mut PyThreadState,
        max_threads: Py_ssize_t,
    ) -> *const c_char;
}
