//! `Include/cpython/context.h` (`Include/context.h` before 3.11):
//! `contextvars` contexts, variables and tokens.

#[cfg(Py_3_14)]
use std::ffi::c_uint;
use std::ffi::{c_char, c_int};
#[cfg(not(PyPy))]
use std::ptr;

use crate::ffi::PyObject;
#[cfg(not(PyPy))]
use crate::ffi::{Py_IS_TYPE, PyTypeObject};

opaque_struct!(
    /// A `contextvars.Context` (C `PyContext`).
    pub PyContext
);
opaque_struct!(
    /// A `contextvars.ContextVar` (C `PyContextVar`).
    pub PyContextVar
);
opaque_struct!(
    /// A `contextvars.Token` (C `PyContextToken`).
    pub PyContextToken
);

#[cfg(not(PyPy))]
unsafe extern "C" {
    /// The type of `contextvars.Context`.
    pub static mut PyContext_Type: PyTypeObject;
    /// The type of `contextvars.ContextVar`.
    pub static mut PyContextVar_Type: PyTypeObject;
    /// The type of `contextvars.Token`.
    pub static mut PyContextToken_Type: PyTypeObject;
}

/// Whether `o` is exactly a context (C `PyContext_CheckExact`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyContext_CheckExact(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(o, ptr::addr_of_mut!(PyContext_Type)) }
}

/// Whether `o` is exactly a context variable (C `PyContextVar_CheckExact`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyContextVar_CheckExact(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(o, ptr::addr_of_mut!(PyContextVar_Type)) }
}

/// Whether `o` is exactly a context-variable token (C
/// `PyContextToken_CheckExact`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyContextToken_CheckExact(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(o, ptr::addr_of_mut!(PyContextToken_Type)) }
}

unsafe extern "C" {
    pub fn PyContext_New() -> *mut PyObject;
    pub fn PyContext_Copy(ctx: *mut PyObject) -> *mut PyObject;
    pub fn PyContext_CopyCurrent() -> *mut PyObject;
    pub fn PyContext_Enter(ctx: *mut PyObject) -> c_int;
    pub fn PyContext_Exit(ctx: *mut PyObject) -> c_int;
}

/// The events a context watcher is told about (C `PyContextEvent`, an
/// enum; 3.14+).
#[cfg(Py_3_14)]
pub type PyContextEvent = c_uint;

/// The current context was switched; the callback gets the new context,
/// or `None` (3.14+).
#[cfg(Py_3_14)]
pub const Py_CONTEXT_SWITCHED: PyContextEvent = 1;

/// A context watcher; returns -1 with an exception set on error (C
/// `PyContext_WatchCallback`, 3.14+).
#[cfg(Py_3_14)]
pub type PyContext_WatchCallback =
    unsafe extern "C" fn(event: PyContextEvent, obj: *mut PyObject) -> c_int;

#[cfg(Py_3_14)]
unsafe extern "C" {
    pub fn PyContext_AddWatcher(callback: PyContext_WatchCallback) -> c_int;
    pub fn PyContext_ClearWatcher(watcher_id: c_int) -> c_int;
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyContextVar_New")]
    pub fn PyContextVar_New(name: *const c_char, default_value: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyContextVar_Get")]
    pub fn PyContextVar_Get(
        var: *mut PyObject,
        default_value: *mut PyObject,
        value: *mut *mut PyObject,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyContextVar_Set")]
    pub fn PyContextVar_Set(var: *mut PyObject, value: *mut PyObject) -> *mut PyObject;
    pub fn PyContextVar_Reset(var: *mut PyObject, token: *mut PyObject) -> c_int;
}
