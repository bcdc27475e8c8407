//! `Include/cpython/pyerrors.h`: the layouts of the built-in exception
//! objects and the error functions outside the limited API.

#[cfg(not(PyPy))]
use std::ffi::c_char;
use std::ffi::c_int;

#[cfg(not(PyPy))]
use crate::ffi::Py_ssize_t;
use crate::ffi::PyObject;

// ---------------------------------------------------------------------------
// Exception object layouts
// ---------------------------------------------------------------------------

// Every exception object starts with the fields of the C `PyException_HEAD`
// macro: the object header, then `dict`, `args`, `notes` (3.11+),
// `traceback`, `context`, `cause` and `suppress_context`. As in C, each
// struct below repeats them. PyPy only exposes the object header.

/// The fields every exception instance starts with (C
/// `PyBaseExceptionObject`).
#[repr(C)]
#[derive(Debug)]
pub struct PyBaseExceptionObject {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub dict: *mut PyObject,
    #[cfg(not(PyPy))]
    pub args: *mut PyObject,
    /// `__notes__` (3.11+).
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub notes: *mut PyObject,
    #[cfg(not(PyPy))]
    pub traceback: *mut PyObject,
    #[cfg(not(PyPy))]
    pub context: *mut PyObject,
    #[cfg(not(PyPy))]
    pub cause: *mut PyObject,
    #[cfg(not(PyPy))]
    pub suppress_context: c_char,
}

/// A `BaseExceptionGroup` instance (C `PyBaseExceptionGroupObject`, 3.11+).
///
/// Only the fields common to every release are declared: CPython 3.13.12+
/// and 3.14 patch releases append a private `excs_str` field, so the size of
/// this struct is not that of the C one there.
#[cfg(all(Py_3_11, not(PyPy)))]
#[repr(C)]
#[derive(Debug)]
pub struct PyBaseExceptionGroupObject {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub dict: *mut PyObject,
    #[cfg(not(PyPy))]
    pub args: *mut PyObject,
    /// `__notes__` (3.11+).
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub notes: *mut PyObject,
    #[cfg(not(PyPy))]
    pub traceback: *mut PyObject,
    #[cfg(not(PyPy))]
    pub context: *mut PyObject,
    #[cfg(not(PyPy))]
    pub cause: *mut PyObject,
    #[cfg(not(PyPy))]
    pub suppress_context: c_char,
    pub msg: *mut PyObject,
    pub excs: *mut PyObject,
}

/// A `SyntaxError` instance (C `PySyntaxErrorObject`).
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct PySyntaxErrorObject {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub dict: *mut PyObject,
    #[cfg(not(PyPy))]
    pub args: *mut PyObject,
    /// `__notes__` (3.11+).
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub notes: *mut PyObject,
    #[cfg(not(PyPy))]
    pub traceback: *mut PyObject,
    #[cfg(not(PyPy))]
    pub context: *mut PyObject,
    #[cfg(not(PyPy))]
    pub cause: *mut PyObject,
    #[cfg(not(PyPy))]
    pub suppress_context: c_char,
    pub msg: *mut PyObject,
    pub filename: *mut PyObject,
    pub lineno: *mut PyObject,
    pub offset: *mut PyObject,
    #[cfg(Py_3_10)]
    pub end_lineno: *mut PyObject,
    #[cfg(Py_3_10)]
    pub end_offset: *mut PyObject,
    pub text: *mut PyObject,
    pub print_file_and_line: *mut PyObject,
    /// `_metadata` (3.14+).
    #[cfg(Py_3_14)]
    pub metadata: *mut PyObject,
}

/// An `ImportError` instance (C `PyImportErrorObject`).
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct PyImportErrorObject {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub dict: *mut PyObject,
    #[cfg(not(PyPy))]
    pub args: *mut PyObject,
    /// `__notes__` (3.11+).
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub notes: *mut PyObject,
    #[cfg(not(PyPy))]
    pub traceback: *mut PyObject,
    #[cfg(not(PyPy))]
    pub context: *mut PyObject,
    #[cfg(not(PyPy))]
    pub cause: *mut PyObject,
    #[cfg(not(PyPy))]
    pub suppress_context: c_char,
    pub msg: *mut PyObject,
    pub name: *mut PyObject,
    pub path: *mut PyObject,
    /// `name_from` (3.12+).
    #[cfg(Py_3_12)]
    pub name_from: *mut PyObject,
}

/// A `UnicodeError` instance (C `PyUnicodeErrorObject`).
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct PyUnicodeErrorObject {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub dict: *mut PyObject,
    #[cfg(not(PyPy))]
    pub args: *mut PyObject,
    /// `__notes__` (3.11+).
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub notes: *mut PyObject,
    #[cfg(not(PyPy))]
    pub traceback: *mut PyObject,
    #[cfg(not(PyPy))]
    pub context: *mut PyObject,
    #[cfg(not(PyPy))]
    pub cause: *mut PyObject,
    #[cfg(not(PyPy))]
    pub suppress_context: c_char,
    pub encoding: *mut PyObject,
    pub object: *mut PyObject,
    pub start: Py_ssize_t,
    pub end: Py_ssize_t,
    pub reason: *mut PyObject,
}

/// A `SystemExit` instance (C `PySystemExitObject`).
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct PySystemExitObject {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub dict: *mut PyObject,
    #[cfg(not(PyPy))]
    pub args: *mut PyObject,
    /// `__notes__` (3.11+).
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub notes: *mut PyObject,
    #[cfg(not(PyPy))]
    pub traceback: *mut PyObject,
    #[cfg(not(PyPy))]
    pub context: *mut PyObject,
    #[cfg(not(PyPy))]
    pub cause: *mut PyObject,
    #[cfg(not(PyPy))]
    pub suppress_context: c_char,
    pub code: *mut PyObject,
}

/// An `OSError` instance (C `PyOSErrorObject`).
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct PyOSErrorObject {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub dict: *mut PyObject,
    #[cfg(not(PyPy))]
    pub args: *mut PyObject,
    /// `__notes__` (3.11+).
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub notes: *mut PyObject,
    #[cfg(not(PyPy))]
    pub traceback: *mut PyObject,
    #[cfg(not(PyPy))]
    pub context: *mut PyObject,
    #[cfg(not(PyPy))]
    pub cause: *mut PyObject,
    #[cfg(not(PyPy))]
    pub suppress_context: c_char,
    pub myerrno: *mut PyObject,
    pub strerror: *mut PyObject,
    pub filename: *mut PyObject,
    pub filename2: *mut PyObject,
    #[cfg(windows)]
    pub winerror: *mut PyObject,
    /// Bytes written before a `BlockingIOError`, -1 otherwise.
    pub written: Py_ssize_t,
}

/// A `StopIteration` instance (C `PyStopIterationObject`).
#[repr(C)]
#[derive(Debug)]
pub struct PyStopIterationObject {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub dict: *mut PyObject,
    #[cfg(not(PyPy))]
    pub args: *mut PyObject,
    /// `__notes__` (3.11+).
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub notes: *mut PyObject,
    #[cfg(not(PyPy))]
    pub traceback: *mut PyObject,
    #[cfg(not(PyPy))]
    pub context: *mut PyObject,
    #[cfg(not(PyPy))]
    pub cause: *mut PyObject,
    #[cfg(not(PyPy))]
    pub suppress_context: c_char,
    pub value: *mut PyObject,
}

/// A `NameError` instance (C `PyNameErrorObject`, 3.10+).
#[cfg(all(Py_3_10, not(PyPy)))]
#[repr(C)]
#[derive(Debug)]
pub struct PyNameErrorObject {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub dict: *mut PyObject,
    #[cfg(not(PyPy))]
    pub args: *mut PyObject,
    /// `__notes__` (3.11+).
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub notes: *mut PyObject,
    #[cfg(not(PyPy))]
    pub traceback: *mut PyObject,
    #[cfg(not(PyPy))]
    pub context: *mut PyObject,
    #[cfg(not(PyPy))]
    pub cause: *mut PyObject,
    #[cfg(not(PyPy))]
    pub suppress_context: c_char,
    pub name: *mut PyObject,
}

/// An `AttributeError` instance (C `PyAttributeErrorObject`, 3.10+).
#[cfg(all(Py_3_10, not(PyPy)))]
#[repr(C)]
#[derive(Debug)]
pub struct PyAttributeErrorObject {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub dict: *mut PyObject,
    #[cfg(not(PyPy))]
    pub args: *mut PyObject,
    /// `__notes__` (3.11+).
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub notes: *mut PyObject,
    #[cfg(not(PyPy))]
    pub traceback: *mut PyObject,
    #[cfg(not(PyPy))]
    pub context: *mut PyObject,
    #[cfg(not(PyPy))]
    pub cause: *mut PyObject,
    #[cfg(not(PyPy))]
    pub suppress_context: c_char,
    pub obj: *mut PyObject,
    pub name: *mut PyObject,
}

/// Old name of `PyOSErrorObject` (C `PyEnvironmentErrorObject`).
#[cfg(not(PyPy))]
pub type PyEnvironmentErrorObject = PyOSErrorObject;
/// Old name of `PyOSErrorObject` on Windows (C `PyWindowsErrorObject`).
#[cfg(all(windows, not(PyPy)))]
pub type PyWindowsErrorObject = PyOSErrorObject;

// ---------------------------------------------------------------------------
// Functions and data
// ---------------------------------------------------------------------------

unsafe extern "C" {
    #[cfg(all(Py_3_12, not(PyPy)))]
    pub fn PyUnstable_Exc_PrepReraiseStar(
        orig: *mut PyObject,
        excs: *mut PyObject,
    ) -> *mut PyObject;

    #[cfg(not(PyPy))]
    pub fn PySignal_SetWakeupFd(fd: c_int) -> c_int;

    #[cfg_attr(PyPy, link_name = "PyPyErr_SyntaxLocationObject")]
    pub fn PyErr_SyntaxLocationObject(filename: *mut PyObject, lineno: c_int, col_offset: c_int);
    #[cfg(all(Py_3_10, not(PyPy)))]
    pub fn PyErr_RangedSyntaxLocationObject(
        filename: *mut PyObject,
        lineno: c_int,
        col_offset: c_int,
        end_lineno: c_int,
        end_col_offset: c_int,
    );
    #[cfg_attr(PyPy, link_name = "PyPyErr_ProgramTextObject")]
    pub fn PyErr_ProgramTextObject(filename: *mut PyObject, lineno: c_int) -> *mut PyObject;

    /// What the C `Py_FatalError` macro calls, with the calling function's
    /// name.
    #[cfg(not(PyPy))]
    pub fn _Py_FatalErrorFunc(func: *const c_char, message: *const c_char) -> !;

    #[cfg(all(Py_3_13, not(PyPy)))]
    pub fn PyErr_FormatUnraisable(format: *const c_char, ...);

    #[cfg(all(Py_3_13, not(PyPy)))]
    pub static mut PyExc_PythonFinalizationError: *mut PyObject;

    #[cfg(all(not(Py_3_11), not(PyPy)))]
    pub fn PyUnicodeEncodeError_Create(
        encoding: *const c_char,
        object: *const libc::wchar_t,
        length: Py_ssize_t,
        start: Py_ssize_t,
        end: Py_ssize_t,
        reason: *const c_char,
    ) -> *mut PyObject;
    #[cfg(all(not(Py_3_11), not(PyPy)))]
    pub fn PyUnicodeTranslateError_Create(
        object: *const libc::wchar_t,
        length: Py_ssize_t,
        start: Py_ssize_t,
        end: Py_ssize_t,
        reason: *const c_char,
    ) -> *mut PyObject;
}
