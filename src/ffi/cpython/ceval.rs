//! `Include/cpython/ceval.h`: profiling and tracing hooks, compiler-flag
//! merging and per-code-object extra slots.
//!
//! `Py_tracefunc` and the `PyTrace_*` event codes are declared here with the
//! functions that take them (C has them in `cpython/pystate.h`).

use std::ffi::c_int;

#[cfg(not(PyPy))]
use crate::ffi::{freefunc, Py_ssize_t};
use crate::ffi::{PyCompilerFlags, PyFrameObject, PyObject};

/// A profile or trace function: `(obj, frame, what, arg)`, where `what` is
/// one of the `PyTrace_*` codes; returns -1 with an exception set on error.
pub type Py_tracefunc = unsafe extern "C" fn(
    obj: *mut PyObject,
    frame: *mut PyFrameObject,
    what: c_int,
    arg: *mut PyObject,
) -> c_int;

pub const PyTrace_CALL: c_int = 0;
pub const PyTrace_EXCEPTION: c_int = 1;
pub const PyTrace_LINE: c_int = 2;
pub const PyTrace_RETURN: c_int = 3;
pub const PyTrace_C_CALL: c_int = 4;
pub const PyTrace_C_EXCEPTION: c_int = 5;
pub const PyTrace_C_RETURN: c_int = 6;
pub const PyTrace_OPCODE: c_int = 7;

extern "C" {
    #[cfg(not(PyPy))]
    pub fn PyEval_SetProfile(func: Option<Py_tracefunc>, obj: *mut PyObject);
    #[cfg(all(Py_3_12, not(PyPy)))]
    pub fn PyEval_SetProfileAllThreads(func: Option<Py_tracefunc>, obj: *mut PyObject);
    #[cfg(not(PyPy))]
    pub fn PyEval_SetTrace(func: Option<Py_tracefunc>, obj: *mut PyObject);
    #[cfg(all(Py_3_12, not(PyPy)))]
    pub fn PyEval_SetTraceAllThreads(func: Option<Py_tracefunc>, obj: *mut PyObject);

    /// Adds the `__future__` flags of the current frame's code to `cf`.
    #[cfg_attr(PyPy, link_name = "PyPyEval_MergeCompilerFlags")]
    pub fn PyEval_MergeCompilerFlags(cf: *mut PyCompilerFlags) -> c_int;

    #[cfg(all(Py_3_12, not(PyPy)))]
    pub fn PyUnstable_Eval_RequestCodeExtraIndex(free: freefunc) -> Py_ssize_t;
    #[cfg(all(not(Py_3_12), not(PyPy)))]
    pub fn _PyEval_RequestCodeExtraIndex(free: freefunc) -> Py_ssize_t;
}

/// Old name of `PyUnstable_Eval_RequestCodeExtraIndex` (C
/// `_PyEval_RequestCodeExtraIndex`, a static inline function since 3.12).
#[cfg(all(Py_3_12, not(PyPy)))]
#[inline]
pub unsafe fn _PyEval_RequestCodeExtraIndex(free: freefunc) -> Py_ssize_t {
    PyUnstable_Eval_RequestCodeExtraIndex(free)
}
