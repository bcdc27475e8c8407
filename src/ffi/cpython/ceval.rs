//! `Include/cpython/ceval.h`: profiling and tracing hooks, compiler-flag
//! merging and per-code-object extra slots.
//! (`Py_tracefunc` and the `PyTrace_*` codes are in `cpython/pystate.rs`.)

use std::ffi::c_int;

use crate::ffi::PyCompilerFlags;
#[cfg(not(PyPy))]
use crate::ffi::{Py_ssize_t, freefunc};
#[cfg(not(PyPy))]
use crate::ffi::{Py_tracefunc, PyObject};

unsafe extern "C" {
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
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyUnstable_Eval_RequestCodeExtraIndex(free) }
}
