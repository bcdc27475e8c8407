//! `Include/pystate.h`: interpreter and thread states, and the GIL-state
//! API for threads created outside Python.

#[cfg(Py_3_15)]
use std::ffi::c_void;
use std::ffi::{c_int, c_long};

use crate::ffi::{PyFrameObject, PyInterpreterState, PyModuleDef, PyObject, PyThreadState};

/// How many extensions may attach data to code objects with
/// `PyUnstable_Code_SetExtra` (C `MAX_CO_EXTRA_USERS`).
pub const MAX_CO_EXTRA_USERS: c_int = 255;

unsafe extern "C" {
    pub fn PyInterpreterState_New() -> *mut PyInterpreterState;
    pub fn PyInterpreterState_Clear(interp: *mut PyInterpreterState);
    pub fn PyInterpreterState_Delete(interp: *mut PyInterpreterState);
    pub fn PyInterpreterState_Get() -> *mut PyInterpreterState;
    pub fn PyInterpreterState_GetDict(interp: *mut PyInterpreterState) -> *mut PyObject;
    pub fn PyInterpreterState_GetID(interp: *mut PyInterpreterState) -> i64;

    #[cfg_attr(PyPy, link_name = "PyPyState_AddModule")]
    pub fn PyState_AddModule(module: *mut PyObject, def: *mut PyModuleDef) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyState_RemoveModule")]
    pub fn PyState_RemoveModule(def: *mut PyModuleDef) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyState_FindModule")]
    pub fn PyState_FindModule(def: *mut PyModuleDef) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyThreadState_New")]
    pub fn PyThreadState_New(interp: *mut PyInterpreterState) -> *mut PyThreadState;
    #[cfg_attr(PyPy, link_name = "PyPyThreadState_Clear")]
    pub fn PyThreadState_Clear(tstate: *mut PyThreadState);
    #[cfg_attr(PyPy, link_name = "PyPyThreadState_Delete")]
    pub fn PyThreadState_Delete(tstate: *mut PyThreadState);
    #[cfg_attr(PyPy, link_name = "PyPyThreadState_Get")]
    pub fn PyThreadState_Get() -> *mut PyThreadState;
    #[cfg_attr(PyPy, link_name = "PyPyThreadState_Swap")]
    pub fn PyThreadState_Swap(tstate: *mut PyThreadState) -> *mut PyThreadState;
    #[cfg_attr(PyPy, link_name = "PyPyThreadState_GetDict")]
    pub fn PyThreadState_GetDict() -> *mut PyObject;
    /// The thread id is a C `unsigned long`; `pyo3-ffi` spells it `c_long`
    /// (same size and passing convention).
    pub fn PyThreadState_SetAsyncExc(id: c_long, exc: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyThreadState_GetInterpreter")]
    pub fn PyThreadState_GetInterpreter(tstate: *mut PyThreadState) -> *mut PyInterpreterState;
    #[cfg_attr(PyPy, link_name = "PyPyThreadState_GetFrame")]
    pub fn PyThreadState_GetFrame(tstate: *mut PyThreadState) -> *mut PyFrameObject;
    /// C returns a `uint64_t`; `pyo3-ffi` spells it `i64` (same size).
    pub fn PyThreadState_GetID(tstate: *mut PyThreadState) -> i64;
}

/// The current thread state; aborts if there is none (C
/// `PyThreadState_GET`, an alias of `PyThreadState_Get`).
#[inline]
pub unsafe fn PyThreadState_GET() -> *mut PyThreadState {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyThreadState_Get() }
}

/// What `PyGILState_Ensure` found, to hand back to `PyGILState_Release`
/// (C `PyGILState_STATE`).
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum PyGILState_STATE {
    PyGILState_LOCKED,
    PyGILState_UNLOCKED,
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyGILState_Ensure")]
    pub fn PyGILState_Ensure() -> PyGILState_STATE;
    #[cfg_attr(PyPy, link_name = "PyPyGILState_Release")]
    pub fn PyGILState_Release(state: PyGILState_STATE);
    pub fn PyGILState_GetThisThreadState() -> *mut PyThreadState;
}

// PEP 788: protection against interpreter finalization (3.15).

#[cfg(Py_3_15)]
opaque_struct!(
    /// A strong reference keeping an interpreter from finalizing (C
    /// `PyInterpreterGuard`, 3.15+).
    pub PyInterpreterGuard
);
#[cfg(Py_3_15)]
opaque_struct!(
    /// A weak reference to an interpreter (C `PyInterpreterView`, 3.15+).
    pub PyInterpreterView
);

/// What `PyThreadState_Ensure` returns for `PyThreadState_Release` (C
/// `PyThreadStateToken`, a `void`, 3.15+).
#[cfg(Py_3_15)]
pub type PyThreadStateToken = c_void;

#[cfg(Py_3_15)]
unsafe extern "C" {
    pub fn PyInterpreterGuard_FromCurrent() -> *mut PyInterpreterGuard;
    pub fn PyInterpreterGuard_Close(guard: *mut PyInterpreterGuard);
    pub fn PyInterpreterGuard_FromView(view: *mut PyInterpreterView) -> *mut PyInterpreterGuard;
    pub fn PyInterpreterView_FromCurrent() -> *mut PyInterpreterView;
    pub fn PyInterpreterView_Close(view: *mut PyInterpreterView);
    pub fn PyInterpreterView_FromMain() -> *mut PyInterpreterView;
    pub fn PyThreadState_Ensure(guard: *mut PyInterpreterGuard) -> *mut PyThreadStateToken;
    pub fn PyThreadState_EnsureFromView(view: *mut PyInterpreterView) -> *mut PyThreadStateToken;
    pub fn PyThreadState_Release(tstate: *mut PyThreadStateToken);
}
