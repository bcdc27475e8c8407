//! `Include/cpython/pyframe.h` (3.11+; earlier parts lived in
//! `cpython/frameobject.h`): frame type and accessors, and the unstable
//! interpreter-frame API.

#[cfg(Py_3_12)]
use std::ffi::c_char;
use std::ffi::c_int;
#[cfg(not(PyPy))]
use std::ptr;

#[cfg(not(PyPy))]
use crate::ffi::{Py_IS_TYPE, PyTypeObject};
use crate::ffi::{PyFrameObject, PyObject};

#[cfg(Py_3_11)]
opaque_struct!(
    /// The interpreter's internal frame record (C `struct
    /// _PyInterpreterFrame`), handed to PEP 523 frame evaluators.
    pub _PyInterpreterFrame
);

#[cfg(not(PyPy))]
unsafe extern "C" {
    /// The type of frame objects.
    pub static mut PyFrame_Type: PyTypeObject;
    /// The type of `frame.f_locals` proxies of optimized frames (3.13+).
    #[cfg(Py_3_13)]
    pub static mut PyFrameLocalsProxy_Type: PyTypeObject;
}

/// Whether `op` is a frame object (C `PyFrame_Check`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyFrame_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyFrame_Type)) }
}

#[cfg(PyPy)]
unsafe extern "C" {
    #[link_name = "PyPyFrame_Check"]
    pub fn PyFrame_Check(op: *mut PyObject) -> c_int;
}

/// Whether `op` is a frame-locals proxy (C `PyFrameLocalsProxy_Check`,
/// 3.13+).
#[cfg(all(Py_3_13, not(PyPy)))]
#[inline]
pub unsafe fn PyFrameLocalsProxy_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyFrameLocalsProxy_Type)) }
}

unsafe extern "C" {
    pub fn PyFrame_GetBack(frame: *mut PyFrameObject) -> *mut PyFrameObject;
    #[cfg(Py_3_11)]
    #[cfg_attr(PyPy, link_name = "PyPyFrame_GetLocals")]
    pub fn PyFrame_GetLocals(frame: *mut PyFrameObject) -> *mut PyObject;
    #[cfg(Py_3_11)]
    #[cfg_attr(PyPy, link_name = "PyPyFrame_GetGlobals")]
    pub fn PyFrame_GetGlobals(frame: *mut PyFrameObject) -> *mut PyObject;
    #[cfg(Py_3_11)]
    #[cfg_attr(PyPy, link_name = "PyPyFrame_GetBuiltins")]
    pub fn PyFrame_GetBuiltins(frame: *mut PyFrameObject) -> *mut PyObject;
    #[cfg(Py_3_11)]
    #[cfg_attr(PyPy, link_name = "PyPyFrame_GetGenerator")]
    pub fn PyFrame_GetGenerator(frame: *mut PyFrameObject) -> *mut PyObject;
    #[cfg(Py_3_11)]
    #[cfg_attr(PyPy, link_name = "PyPyFrame_GetLasti")]
    pub fn PyFrame_GetLasti(frame: *mut PyFrameObject) -> c_int;
    #[cfg(Py_3_12)]
    pub fn PyFrame_GetVar(frame: *mut PyFrameObject, name: *mut PyObject) -> *mut PyObject;
    #[cfg(Py_3_12)]
    pub fn PyFrame_GetVarString(frame: *mut PyFrameObject, name: *mut c_char) -> *mut PyObject;
}

#[cfg(all(Py_3_12, not(PyPy)))]
unsafe extern "C" {
    pub fn PyUnstable_InterpreterFrame_GetCode(frame: *mut _PyInterpreterFrame) -> *mut PyObject;
    pub fn PyUnstable_InterpreterFrame_GetLasti(frame: *mut _PyInterpreterFrame) -> c_int;
    pub fn PyUnstable_InterpreterFrame_GetLine(frame: *mut _PyInterpreterFrame) -> c_int;
}

/// Index of `PyUnstable_ExecutableKinds` for frames to skip (3.13+).
#[cfg(Py_3_13)]
pub const PyUnstable_EXECUTABLE_KIND_SKIP: c_int = 0;
/// Index of `PyUnstable_ExecutableKinds` for Python functions (3.13+).
#[cfg(Py_3_13)]
pub const PyUnstable_EXECUTABLE_KIND_PY_FUNCTION: c_int = 1;
/// Index of `PyUnstable_ExecutableKinds` for built-in functions (3.13+).
#[cfg(Py_3_13)]
pub const PyUnstable_EXECUTABLE_KIND_BUILTIN_FUNCTION: c_int = 3;
/// Index of `PyUnstable_ExecutableKinds` for method descriptors (3.13+).
#[cfg(Py_3_13)]
pub const PyUnstable_EXECUTABLE_KIND_METHOD_DESCRIPTOR: c_int = 4;
/// Number of executable kinds (3.13+).
#[cfg(Py_3_13)]
pub const PyUnstable_EXECUTABLE_KINDS: c_int = 5;

#[cfg(all(Py_3_13, not(PyPy)))]
unsafe extern "C" {
    /// The type of the executable of each kind of frame, indexed by the
    /// `PyUnstable_EXECUTABLE_KIND_*` constants (3.13+).
    pub static PyUnstable_ExecutableKinds:
        [*const PyTypeObject; PyUnstable_EXECUTABLE_KINDS as usize + 1];
}
