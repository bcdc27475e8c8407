//! `Include/pyerrors.h`: raising, fetching and matching exceptions, the
//! built-in exception and warning classes, and the Unicode error accessors.

use std::ffi::{c_char, c_int};

use crate::ffi::{
    Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TYPE, Py_ssize_t, PyObject, PyType_Check, PyType_FastSubclass,
    PyTypeObject,
};

// ---------------------------------------------------------------------------
// Setting, fetching and clearing the current exception
// ---------------------------------------------------------------------------

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetNone")]
    pub fn PyErr_SetNone(exception: *mut PyObject);
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetObject")]
    pub fn PyErr_SetObject(exception: *mut PyObject, value: *mut PyObject);
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetString")]
    pub fn PyErr_SetString(exception: *mut PyObject, string: *const c_char);
    #[cfg_attr(PyPy, link_name = "PyPyErr_Occurred")]
    pub fn PyErr_Occurred() -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyErr_Clear")]
    pub fn PyErr_Clear();
    #[cfg_attr(PyPy, link_name = "PyPyErr_Fetch")]
    pub fn PyErr_Fetch(
        ptype: *mut *mut PyObject,
        pvalue: *mut *mut PyObject,
        ptraceback: *mut *mut PyObject,
    );
    #[cfg_attr(PyPy, link_name = "PyPyErr_Restore")]
    pub fn PyErr_Restore(ptype: *mut PyObject, pvalue: *mut PyObject, ptraceback: *mut PyObject);
    #[cfg(Py_3_12)]
    #[cfg_attr(PyPy, link_name = "PyPyErr_GetRaisedException")]
    pub fn PyErr_GetRaisedException() -> *mut PyObject;
    #[cfg(Py_3_12)]
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetRaisedException")]
    pub fn PyErr_SetRaisedException(exc: *mut PyObject);
    #[cfg(Py_3_11)]
    #[cfg_attr(PyPy, link_name = "PyPyErr_GetHandledException")]
    pub fn PyErr_GetHandledException() -> *mut PyObject;
    #[cfg(Py_3_11)]
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetHandledException")]
    pub fn PyErr_SetHandledException(exc: *mut PyObject);
    #[cfg_attr(PyPy, link_name = "PyPyErr_GetExcInfo")]
    pub fn PyErr_GetExcInfo(
        ptype: *mut *mut PyObject,
        pvalue: *mut *mut PyObject,
        ptraceback: *mut *mut PyObject,
    );
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetExcInfo")]
    pub fn PyErr_SetExcInfo(ptype: *mut PyObject, pvalue: *mut PyObject, ptraceback: *mut PyObject);

    /// Prints `message` to stderr and aborts the process.
    #[cfg_attr(PyPy, link_name = "PyPy_FatalError")]
    pub fn Py_FatalError(message: *const c_char) -> !;

    #[cfg_attr(PyPy, link_name = "PyPyErr_GivenExceptionMatches")]
    pub fn PyErr_GivenExceptionMatches(given: *mut PyObject, exc: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyErr_ExceptionMatches")]
    pub fn PyErr_ExceptionMatches(exc: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyErr_NormalizeException")]
    pub fn PyErr_NormalizeException(
        ptype: *mut *mut PyObject,
        pvalue: *mut *mut PyObject,
        ptraceback: *mut *mut PyObject,
    );
}

// ---------------------------------------------------------------------------
// Exception objects: traceback, cause, context, args (PEP 3134)
// ---------------------------------------------------------------------------

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyException_SetTraceback")]
    pub fn PyException_SetTraceback(ex: *mut PyObject, tb: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyException_GetTraceback")]
    pub fn PyException_GetTraceback(ex: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyException_GetCause")]
    pub fn PyException_GetCause(ex: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyException_SetCause")]
    pub fn PyException_SetCause(ex: *mut PyObject, cause: *mut PyObject);
    #[cfg_attr(PyPy, link_name = "PyPyException_GetContext")]
    pub fn PyException_GetContext(ex: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyException_SetContext")]
    pub fn PyException_SetContext(ex: *mut PyObject, context: *mut PyObject);
    #[cfg(Py_3_12)]
    #[cfg_attr(PyPy, link_name = "PyPyException_GetArgs")]
    pub fn PyException_GetArgs(ex: *mut PyObject) -> *mut PyObject;
    #[cfg(Py_3_12)]
    #[cfg_attr(PyPy, link_name = "PyPyException_SetArgs")]
    pub fn PyException_SetArgs(ex: *mut PyObject, args: *mut PyObject);

    #[cfg_attr(PyPy, link_name = "PyPyExceptionClass_Name")]
    pub fn PyExceptionClass_Name(exc: *mut PyObject) -> *const c_char;
}

/// Whether `x` is an exception class: a type whose flags mark it as a
/// `BaseException` subclass (C `PyExceptionClass_Check`).
#[inline]
pub unsafe fn PyExceptionClass_Check(x: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        (PyType_Check(x) != 0
            && PyType_FastSubclass(x.cast::<PyTypeObject>(), Py_TPFLAGS_BASE_EXC_SUBCLASS) != 0)
            as c_int
    }
}

#[cfg(PyPy)]
unsafe extern "C" {
    #[link_name = "PyPyObject_IsSubclass"]
    fn pypy_object_is_subclass(derived: *mut PyObject, cls: *mut PyObject) -> c_int;
}

/// Whether `x` is an exception instance (C `PyExceptionInstance_Check`).
///
/// CPython tests the `BaseException` subclass flag of the type; PyPy's
/// header calls `PyObject_IsSubclass(type(x), BaseException)`.
#[inline]
pub unsafe fn PyExceptionInstance_Check(x: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(not(PyPy))]
        {
            PyType_FastSubclass(Py_TYPE(x), Py_TPFLAGS_BASE_EXC_SUBCLASS)
        }
        #[cfg(PyPy)]
        {
            pypy_object_is_subclass(Py_TYPE(x).cast::<PyObject>(), PyExc_BaseException)
        }
    }
}

/// The class of the exception instance `x`, borrowed
/// (C `PyExceptionInstance_Class`).
#[inline]
pub unsafe fn PyExceptionInstance_Class(x: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_TYPE(x).cast::<PyObject>() }
}

/// Whether `x` is a `BaseExceptionGroup` instance
/// (C `_PyBaseExceptionGroup_Check`).
#[cfg(Py_3_11)]
#[inline]
pub unsafe fn _PyBaseExceptionGroup_Check(x: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { crate::ffi::PyObject_TypeCheck(x, PyExc_BaseExceptionGroup.cast::<PyTypeObject>()) }
}

// ---------------------------------------------------------------------------
// The built-in exception classes
// ---------------------------------------------------------------------------

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyExc_BaseException")]
    pub static mut PyExc_BaseException: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_Exception")]
    pub static mut PyExc_Exception: *mut PyObject;
    #[cfg(Py_3_11)]
    #[cfg_attr(PyPy, link_name = "PyPyExc_BaseExceptionGroup")]
    pub static mut PyExc_BaseExceptionGroup: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_StopAsyncIteration")]
    pub static mut PyExc_StopAsyncIteration: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_StopIteration")]
    pub static mut PyExc_StopIteration: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_GeneratorExit")]
    pub static mut PyExc_GeneratorExit: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ArithmeticError")]
    pub static mut PyExc_ArithmeticError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_LookupError")]
    pub static mut PyExc_LookupError: *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyExc_AssertionError")]
    pub static mut PyExc_AssertionError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_AttributeError")]
    pub static mut PyExc_AttributeError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_BufferError")]
    pub static mut PyExc_BufferError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_EOFError")]
    pub static mut PyExc_EOFError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_FloatingPointError")]
    pub static mut PyExc_FloatingPointError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_OSError")]
    pub static mut PyExc_OSError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ImportError")]
    pub static mut PyExc_ImportError: *mut PyObject;
    #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
    #[cfg_attr(PyPy, link_name = "PyPyExc_ImportCycleError")]
    pub static mut PyExc_ImportCycleError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ModuleNotFoundError")]
    pub static mut PyExc_ModuleNotFoundError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_IndexError")]
    pub static mut PyExc_IndexError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_KeyError")]
    pub static mut PyExc_KeyError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_KeyboardInterrupt")]
    pub static mut PyExc_KeyboardInterrupt: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_MemoryError")]
    pub static mut PyExc_MemoryError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_NameError")]
    pub static mut PyExc_NameError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_OverflowError")]
    pub static mut PyExc_OverflowError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_RuntimeError")]
    pub static mut PyExc_RuntimeError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_RecursionError")]
    pub static mut PyExc_RecursionError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_NotImplementedError")]
    pub static mut PyExc_NotImplementedError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_SyntaxError")]
    pub static mut PyExc_SyntaxError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_IndentationError")]
    pub static mut PyExc_IndentationError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_TabError")]
    pub static mut PyExc_TabError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ReferenceError")]
    pub static mut PyExc_ReferenceError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_SystemError")]
    pub static mut PyExc_SystemError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_SystemExit")]
    pub static mut PyExc_SystemExit: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_TypeError")]
    pub static mut PyExc_TypeError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_UnboundLocalError")]
    pub static mut PyExc_UnboundLocalError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_UnicodeError")]
    pub static mut PyExc_UnicodeError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_UnicodeEncodeError")]
    pub static mut PyExc_UnicodeEncodeError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_UnicodeDecodeError")]
    pub static mut PyExc_UnicodeDecodeError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_UnicodeTranslateError")]
    pub static mut PyExc_UnicodeTranslateError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ValueError")]
    pub static mut PyExc_ValueError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ZeroDivisionError")]
    pub static mut PyExc_ZeroDivisionError: *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyExc_BlockingIOError")]
    pub static mut PyExc_BlockingIOError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_BrokenPipeError")]
    pub static mut PyExc_BrokenPipeError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ChildProcessError")]
    pub static mut PyExc_ChildProcessError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ConnectionError")]
    pub static mut PyExc_ConnectionError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ConnectionAbortedError")]
    pub static mut PyExc_ConnectionAbortedError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ConnectionRefusedError")]
    pub static mut PyExc_ConnectionRefusedError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ConnectionResetError")]
    pub static mut PyExc_ConnectionResetError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_FileExistsError")]
    pub static mut PyExc_FileExistsError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_FileNotFoundError")]
    pub static mut PyExc_FileNotFoundError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_InterruptedError")]
    pub static mut PyExc_InterruptedError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_IsADirectoryError")]
    pub static mut PyExc_IsADirectoryError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_NotADirectoryError")]
    pub static mut PyExc_NotADirectoryError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_PermissionError")]
    pub static mut PyExc_PermissionError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ProcessLookupError")]
    pub static mut PyExc_ProcessLookupError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_TimeoutError")]
    pub static mut PyExc_TimeoutError: *mut PyObject;

    // Compatibility aliases of `OSError`. PyPy's header defines them as
    // macros naming `PyExc_OSError`, so they link to that symbol there.
    #[cfg_attr(PyPy, link_name = "PyPyExc_OSError")]
    pub static mut PyExc_EnvironmentError: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_OSError")]
    pub static mut PyExc_IOError: *mut PyObject;
    #[cfg(windows)]
    #[cfg_attr(PyPy, link_name = "PyPyExc_OSError")]
    pub static mut PyExc_WindowsError: *mut PyObject;

    // Warning categories.
    #[cfg_attr(PyPy, link_name = "PyPyExc_Warning")]
    pub static mut PyExc_Warning: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_UserWarning")]
    pub static mut PyExc_UserWarning: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_DeprecationWarning")]
    pub static mut PyExc_DeprecationWarning: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_PendingDeprecationWarning")]
    pub static mut PyExc_PendingDeprecationWarning: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_SyntaxWarning")]
    pub static mut PyExc_SyntaxWarning: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_RuntimeWarning")]
    pub static mut PyExc_RuntimeWarning: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_FutureWarning")]
    pub static mut PyExc_FutureWarning: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ImportWarning")]
    pub static mut PyExc_ImportWarning: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_UnicodeWarning")]
    pub static mut PyExc_UnicodeWarning: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_BytesWarning")]
    pub static mut PyExc_BytesWarning: *mut PyObject;
    #[cfg(Py_3_10)]
    #[cfg_attr(PyPy, link_name = "PyPyExc_EncodingWarning")]
    pub static mut PyExc_EncodingWarning: *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyExc_ResourceWarning")]
    pub static mut PyExc_ResourceWarning: *mut PyObject;
}

// ---------------------------------------------------------------------------
// Convenience functions
// ---------------------------------------------------------------------------

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyErr_BadArgument")]
    pub fn PyErr_BadArgument() -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyErr_NoMemory")]
    pub fn PyErr_NoMemory() -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetFromErrno")]
    pub fn PyErr_SetFromErrno(exc: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetFromErrnoWithFilenameObject")]
    pub fn PyErr_SetFromErrnoWithFilenameObject(
        exc: *mut PyObject,
        filename: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetFromErrnoWithFilenameObjects")]
    pub fn PyErr_SetFromErrnoWithFilenameObjects(
        exc: *mut PyObject,
        filename: *mut PyObject,
        filename2: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetFromErrnoWithFilename")]
    pub fn PyErr_SetFromErrnoWithFilename(
        exc: *mut PyObject,
        filename: *const c_char,
    ) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyErr_Format")]
    pub fn PyErr_Format(exception: *mut PyObject, format: *const c_char, ...) -> *mut PyObject;

    #[cfg(windows)]
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetFromWindowsErrWithFilename")]
    pub fn PyErr_SetFromWindowsErrWithFilename(
        ierr: c_int,
        filename: *const c_char,
    ) -> *mut PyObject;
    #[cfg(windows)]
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetFromWindowsErr")]
    pub fn PyErr_SetFromWindowsErr(ierr: c_int) -> *mut PyObject;
    #[cfg(windows)]
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetExcFromWindowsErrWithFilenameObject")]
    pub fn PyErr_SetExcFromWindowsErrWithFilenameObject(
        exc: *mut PyObject,
        ierr: c_int,
        filename: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg(windows)]
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetExcFromWindowsErrWithFilenameObjects")]
    pub fn PyErr_SetExcFromWindowsErrWithFilenameObjects(
        exc: *mut PyObject,
        ierr: c_int,
        filename: *mut PyObject,
        filename2: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg(windows)]
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetExcFromWindowsErrWithFilename")]
    pub fn PyErr_SetExcFromWindowsErrWithFilename(
        exc: *mut PyObject,
        ierr: c_int,
        filename: *const c_char,
    ) -> *mut PyObject;
    #[cfg(windows)]
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetExcFromWindowsErr")]
    pub fn PyErr_SetExcFromWindowsErr(exc: *mut PyObject, ierr: c_int) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyErr_SetImportErrorSubclass")]
    pub fn PyErr_SetImportErrorSubclass(
        exception: *mut PyObject,
        msg: *mut PyObject,
        name: *mut PyObject,
        path: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetImportError")]
    pub fn PyErr_SetImportError(
        msg: *mut PyObject,
        name: *mut PyObject,
        path: *mut PyObject,
    ) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyErr_BadInternalCall")]
    pub fn PyErr_BadInternalCall();
    #[cfg(not(PyPy))]
    pub fn _PyErr_BadInternalCall(filename: *const c_char, lineno: c_int);

    #[cfg_attr(PyPy, link_name = "PyPyErr_NewException")]
    pub fn PyErr_NewException(
        name: *const c_char,
        base: *mut PyObject,
        dict: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyErr_NewExceptionWithDoc")]
    pub fn PyErr_NewExceptionWithDoc(
        name: *const c_char,
        doc: *const c_char,
        base: *mut PyObject,
        dict: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyErr_WriteUnraisable")]
    pub fn PyErr_WriteUnraisable(obj: *mut PyObject);

    #[cfg_attr(PyPy, link_name = "PyPyErr_CheckSignals")]
    pub fn PyErr_CheckSignals() -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetInterrupt")]
    pub fn PyErr_SetInterrupt();
    #[cfg(Py_3_10)]
    #[cfg_attr(PyPy, link_name = "PyPyErr_SetInterruptEx")]
    pub fn PyErr_SetInterruptEx(signum: c_int) -> c_int;

    #[cfg_attr(PyPy, link_name = "PyPyErr_SyntaxLocation")]
    pub fn PyErr_SyntaxLocation(filename: *const c_char, lineno: c_int);
    #[cfg_attr(PyPy, link_name = "PyPyErr_SyntaxLocationEx")]
    pub fn PyErr_SyntaxLocationEx(filename: *const c_char, lineno: c_int, col_offset: c_int);
    #[cfg_attr(PyPy, link_name = "PyPyErr_ProgramText")]
    pub fn PyErr_ProgramText(filename: *const c_char, lineno: c_int) -> *mut PyObject;
}

// ---------------------------------------------------------------------------
// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError
// ---------------------------------------------------------------------------

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeDecodeError_Create")]
    pub fn PyUnicodeDecodeError_Create(
        encoding: *const c_char,
        object: *const c_char,
        length: Py_ssize_t,
        start: Py_ssize_t,
        end: Py_ssize_t,
        reason: *const c_char,
    ) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyUnicodeEncodeError_GetEncoding")]
    pub fn PyUnicodeEncodeError_GetEncoding(exc: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeDecodeError_GetEncoding")]
    pub fn PyUnicodeDecodeError_GetEncoding(exc: *mut PyObject) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyUnicodeEncodeError_GetObject")]
    pub fn PyUnicodeEncodeError_GetObject(exc: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeDecodeError_GetObject")]
    pub fn PyUnicodeDecodeError_GetObject(exc: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeTranslateError_GetObject")]
    pub fn PyUnicodeTranslateError_GetObject(exc: *mut PyObject) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyUnicodeEncodeError_GetStart")]
    pub fn PyUnicodeEncodeError_GetStart(exc: *mut PyObject, start: *mut Py_ssize_t) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeDecodeError_GetStart")]
    pub fn PyUnicodeDecodeError_GetStart(exc: *mut PyObject, start: *mut Py_ssize_t) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeTranslateError_GetStart")]
    pub fn PyUnicodeTranslateError_GetStart(exc: *mut PyObject, start: *mut Py_ssize_t) -> c_int;

    #[cfg_attr(PyPy, link_name = "PyPyUnicodeEncodeError_SetStart")]
    pub fn PyUnicodeEncodeError_SetStart(exc: *mut PyObject, start: Py_ssize_t) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeDecodeError_SetStart")]
    pub fn PyUnicodeDecodeError_SetStart(exc: *mut PyObject, start: Py_ssize_t) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeTranslateError_SetStart")]
    pub fn PyUnicodeTranslateError_SetStart(exc: *mut PyObject, start: Py_ssize_t) -> c_int;

    #[cfg_attr(PyPy, link_name = "PyPyUnicodeEncodeError_GetEnd")]
    pub fn PyUnicodeEncodeError_GetEnd(exc: *mut PyObject, end: *mut Py_ssize_t) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeDecodeError_GetEnd")]
    pub fn PyUnicodeDecodeError_GetEnd(exc: *mut PyObject, end: *mut Py_ssize_t) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeTranslateError_GetEnd")]
    pub fn PyUnicodeTranslateError_GetEnd(exc: *mut PyObject, end: *mut Py_ssize_t) -> c_int;

    #[cfg_attr(PyPy, link_name = "PyPyUnicodeEncodeError_SetEnd")]
    pub fn PyUnicodeEncodeError_SetEnd(exc: *mut PyObject, end: Py_ssize_t) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeDecodeError_SetEnd")]
    pub fn PyUnicodeDecodeError_SetEnd(exc: *mut PyObject, end: Py_ssize_t) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeTranslateError_SetEnd")]
    pub fn PyUnicodeTranslateError_SetEnd(exc: *mut PyObject, end: Py_ssize_t) -> c_int;

    #[cfg_attr(PyPy, link_name = "PyPyUnicodeEncodeError_GetReason")]
    pub fn PyUnicodeEncodeError_GetReason(exc: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeDecodeError_GetReason")]
    pub fn PyUnicodeDecodeError_GetReason(exc: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeTranslateError_GetReason")]
    pub fn PyUnicodeTranslateError_GetReason(exc: *mut PyObject) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyUnicodeEncodeError_SetReason")]
    pub fn PyUnicodeEncodeError_SetReason(exc: *mut PyObject, reason: *const c_char) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeDecodeError_SetReason")]
    pub fn PyUnicodeDecodeError_SetReason(exc: *mut PyObject, reason: *const c_char) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyUnicodeTranslateError_SetReason")]
    pub fn PyUnicodeTranslateError_SetReason(exc: *mut PyObject, reason: *const c_char) -> c_int;

    /// `snprintf` with C99 semantics on every platform.
    #[cfg_attr(PyPy, link_name = "PyPyOS_snprintf")]
    pub fn PyOS_snprintf(str: *mut c_char, size: usize, format: *const c_char, ...) -> c_int;
}
