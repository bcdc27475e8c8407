//! `Include/sysmodule.h` (with `audit.h`, and the audit-hook part of
//! `cpython/sysmodule.h` / `cpython/audit.h`): the `sys` module from C.

#[cfg(not(Py_LIMITED_API))]
use std::ffi::c_void;
use std::ffi::{c_char, c_int};

use libc::wchar_t;

use crate::ffi::PyObject;

unsafe extern "C" {
    #[cfg(Py_3_15)]
    #[cfg_attr(PyPy, link_name = "PyPySys_GetAttr")]
    pub fn PySys_GetAttr(name: *mut PyObject) -> *mut PyObject;
    #[cfg(Py_3_15)]
    #[cfg_attr(PyPy, link_name = "PyPySys_GetAttrString")]
    pub fn PySys_GetAttrString(name: *const c_char) -> *mut PyObject;
    #[cfg(Py_3_15)]
    #[cfg_attr(PyPy, link_name = "PyPySys_GetOptionalAttr")]
    pub fn PySys_GetOptionalAttr(name: *mut PyObject, result: *mut *mut PyObject) -> c_int;
    #[cfg(Py_3_15)]
    #[cfg_attr(PyPy, link_name = "PyPySys_GetOptionalAttrString")]
    pub fn PySys_GetOptionalAttrString(name: *const c_char, result: *mut *mut PyObject) -> c_int;

    #[cfg_attr(PyPy, link_name = "PyPySys_GetObject")]
    pub fn PySys_GetObject(name: *const c_char) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPySys_SetObject")]
    pub fn PySys_SetObject(name: *const c_char, v: *mut PyObject) -> c_int;

    #[cfg_attr(PyPy, link_name = "PyPySys_SetArgv")]
    pub fn PySys_SetArgv(argc: c_int, argv: *mut *mut wchar_t);
    #[cfg_attr(PyPy, link_name = "PyPySys_SetArgvEx")]
    pub fn PySys_SetArgvEx(argc: c_int, argv: *mut *mut wchar_t, updatepath: c_int);
    #[cfg(not(Py_3_13))]
    #[cfg_attr(PyPy, link_name = "PyPySys_SetPath")]
    pub fn PySys_SetPath(path: *const wchar_t);

    #[cfg_attr(PyPy, link_name = "PyPySys_WriteStdout")]
    pub fn PySys_WriteStdout(format: *const c_char, ...);
    #[cfg_attr(PyPy, link_name = "PyPySys_WriteStderr")]
    pub fn PySys_WriteStderr(format: *const c_char, ...);
    #[cfg_attr(PyPy, link_name = "PyPySys_FormatStdout")]
    pub fn PySys_FormatStdout(format: *const c_char, ...);
    #[cfg_attr(PyPy, link_name = "PyPySys_FormatStderr")]
    pub fn PySys_FormatStderr(format: *const c_char, ...);

    #[cfg(not(Py_3_15))]
    #[cfg_attr(PyPy, link_name = "PyPySys_ResetWarnOptions")]
    pub fn PySys_ResetWarnOptions();
    #[cfg(not(Py_3_13))]
    #[cfg_attr(PyPy, link_name = "PyPySys_AddWarnOption")]
    pub fn PySys_AddWarnOption(s: *const wchar_t);
    #[cfg(not(Py_3_13))]
    #[cfg_attr(PyPy, link_name = "PyPySys_AddWarnOptionUnicode")]
    pub fn PySys_AddWarnOptionUnicode(option: *mut PyObject);
    #[cfg(not(Py_3_13))]
    #[cfg_attr(PyPy, link_name = "PyPySys_HasWarnOptions")]
    pub fn PySys_HasWarnOptions() -> c_int;
    #[cfg(not(Py_3_13))]
    #[cfg_attr(PyPy, link_name = "PyPySys_AddXOption")]
    pub fn PySys_AddXOption(s: *const wchar_t);

    #[cfg_attr(PyPy, link_name = "PyPySys_GetXOptions")]
    pub fn PySys_GetXOptions() -> *mut PyObject;

    /// Raises an auditing event; `argFormat` is a `Py_BuildValue` format
    /// for the event arguments.
    #[cfg(all(any(Py_3_13, not(Py_LIMITED_API)), not(PyPy)))]
    pub fn PySys_Audit(event: *const c_char, argFormat: *const c_char, ...) -> c_int;
    #[cfg(all(Py_3_13, not(PyPy)))]
    pub fn PySys_AuditTuple(event: *const c_char, args: *mut PyObject) -> c_int;
}

/// An audit hook: `(event, args, user_data)`; returns -1 with an exception
/// set to abort the audited operation (C `Py_AuditHookFunction`).
#[cfg(not(Py_LIMITED_API))]
pub type Py_AuditHookFunction = unsafe extern "C" fn(
    event: *const c_char,
    args: *mut PyObject,
    user_data: *mut c_void,
) -> c_int;

unsafe extern "C" {
    #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
    pub fn PySys_AddAuditHook(hook: Option<Py_AuditHookFunction>, user_data: *mut c_void) -> c_int;
}
