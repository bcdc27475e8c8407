//! `Include/cpython/pystate.h`: tracing hooks, the exception stack item,
//! interpreter/thread iteration and the frame-evaluation hook.
//!
//! `PyThreadState` itself stays opaque (its fields are not a stable API).

use std::ffi::c_int;
#[cfg(Py_3_14)]
use std::ffi::c_void;

#[cfg(Py_3_11)]
use crate::ffi::_PyInterpreterFrame;
use crate::ffi::{PyFrameObject, PyInterpreterState, PyObject, PyThreadState};

/// A profiling or tracing function installed with `PyEval_SetProfile` /
/// `PyEval_SetTrace` (C `Py_tracefunc`).
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

/// One entry of a thread's stack of exceptions being handled (C
/// `_PyErr_StackItem`). Before 3.11 it held the `(type, value, traceback)`
/// triple; since then only the exception value.
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct _PyErr_StackItem {
    #[cfg(not(Py_3_11))]
    pub exc_type: *mut PyObject,
    pub exc_value: *mut PyObject,
    #[cfg(not(Py_3_11))]
    pub exc_traceback: *mut PyObject,
    pub previous_item: *mut _PyErr_StackItem,
}

unsafe extern "C" {
    /// Renamed `PyThreadState_GetUnchecked` in 3.13 (then a macro alias).
    #[cfg(not(Py_3_13))]
    #[cfg_attr(PyPy, link_name = "_PyPyThreadState_UncheckedGet")]
    pub fn _PyThreadState_UncheckedGet() -> *mut PyThreadState;

    #[cfg(Py_3_13)]
    pub fn PyThreadState_GetUnchecked() -> *mut PyThreadState;

    #[cfg(Py_3_11)]
    pub fn PyThreadState_EnterTracing(tstate: *mut PyThreadState);
    #[cfg(Py_3_11)]
    pub fn PyThreadState_LeaveTracing(tstate: *mut PyThreadState);

    #[cfg_attr(PyPy, link_name = "PyPyGILState_Check")]
    pub fn PyGILState_Check() -> c_int;

    #[cfg(all(Py_3_13, not(Py_3_14)))]
    pub fn PyUnstable_InterpreterState_GetMainModule(
        interp: *mut PyInterpreterState,
    ) -> *mut PyObject;

    #[cfg(Py_3_14)]
    pub fn PyUnstable_ThreadState_SetStackProtection(
        tstate: *mut PyThreadState,
        stack_start_addr: *mut c_void,
        stack_size: usize,
    ) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyUnstable_ThreadState_ResetStackProtection(tstate: *mut PyThreadState);

    pub fn PyInterpreterState_Main() -> *mut PyInterpreterState;
    #[cfg_attr(PyPy, link_name = "PyPyInterpreterState_Head")]
    pub fn PyInterpreterState_Head() -> *mut PyInterpreterState;
    #[cfg_attr(PyPy, link_name = "PyPyInterpreterState_Next")]
    pub fn PyInterpreterState_Next(interp: *mut PyInterpreterState) -> *mut PyInterpreterState;
    pub fn PyInterpreterState_ThreadHead(interp: *mut PyInterpreterState) -> *mut PyThreadState;
    pub fn PyThreadState_Next(tstate: *mut PyThreadState) -> *mut PyThreadState;
    #[cfg_attr(PyPy, link_name = "PyPyThreadState_DeleteCurrent")]
    pub fn PyThreadState_DeleteCurrent();
}

/// The current thread state, or null if there is none (C
/// `_PyThreadState_UncheckedGet`, since 3.13 an alias of
/// `PyThreadState_GetUnchecked`).
#[cfg(Py_3_13)]
#[inline]
pub unsafe fn _PyThreadState_UncheckedGet() -> *mut PyThreadState {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyThreadState_GetUnchecked() }
}

/// A replacement for the bytecode evaluation loop (PEP 523), installed with
/// `_PyInterpreterState_SetEvalFrameFunc` (C `_PyFrameEvalFunction`).
#[cfg(not(Py_3_11))]
pub type _PyFrameEvalFunction = unsafe extern "C" fn(
    tstate: *mut PyThreadState,
    frame: *mut PyFrameObject,
    throwflag: c_int,
) -> *mut PyObject;

/// A replacement for the bytecode evaluation loop (PEP 523), installed with
/// `_PyInterpreterState_SetEvalFrameFunc` (C `_PyFrameEvalFunction`); since
/// 3.11 it receives the internal interpreter frame.
#[cfg(Py_3_11)]
pub type _PyFrameEvalFunction = unsafe extern "C" fn(
    tstate: *mut PyThreadState,
    frame: *mut _PyInterpreterFrame,
    throwflag: c_int,
) -> *mut PyObject;

#[cfg(not(PyPy))]
unsafe extern "C" {
    pub fn _PyInterpreterState_GetEvalFrameFunc(
        interp: *mut PyInterpreterState,
    ) -> _PyFrameEvalFunction;
    pub fn _PyInterpreterState_SetEvalFrameFunc(
        interp: *mut PyInterpreterState,
        eval_frame: Option<_PyFrameEvalFunction>,
    );
}
