//! `Include/fileobject.h` (with `cpython/fileobject.h`): what is left of
//! the file-object API, and the file-system encoding globals.

#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use std::ffi::c_void;
use std::ffi::{c_char, c_int};

use crate::ffi::PyObject;
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use crate::ffi::PyTypeObject;

/// The `mode` suffix for opening text files with stdio (C
/// `PY_STDIOTEXTMODE`).
pub const PY_STDIOTEXTMODE: &str = "b";

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyFile_FromFd")]
    pub fn PyFile_FromFd(
        fd: c_int,
        name: *const c_char,
        mode: *const c_char,
        buffering: c_int,
        encoding: *const c_char,
        errors: *const c_char,
        newline: *const c_char,
        closefd: c_int,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyFile_GetLine")]
    pub fn PyFile_GetLine(f: *mut PyObject, n: c_int) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyFile_WriteObject")]
    pub fn PyFile_WriteObject(obj: *mut PyObject, f: *mut PyObject, flags: c_int) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyFile_WriteString")]
    pub fn PyFile_WriteString(s: *const c_char, f: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyObject_AsFileDescriptor")]
    pub fn PyObject_AsFileDescriptor(o: *mut PyObject) -> c_int;

    /// The file-system encoding, or null (deprecated since 3.12).
    #[cfg_attr(PyPy, link_name = "_PyPy_FileSystemDefaultEncoding")]
    pub static mut Py_FileSystemDefaultEncoding: *const c_char;
    #[cfg(not(PyPy))]
    pub static mut Py_FileSystemDefaultEncodeErrors: *const c_char;
    #[cfg(not(PyPy))]
    pub static mut Py_HasFileSystemDefaultEncoding: c_int;
    /// Whether the UTF-8 mode is enabled (deprecated since 3.12).
    #[cfg(not(PyPy))]
    pub static mut Py_UTF8Mode: c_int;
}

/// A hook replacing `io.open_code()`: `(path, user_data)` (C
/// `Py_OpenCodeHookFunction`).
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
pub type Py_OpenCodeHookFunction =
    unsafe extern "C" fn(path: *mut PyObject, user_data: *mut c_void) -> *mut PyObject;

#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
unsafe extern "C" {
    pub fn Py_UniversalNewlineFgets(
        buf: *mut c_char,
        n: c_int,
        stream: *mut libc::FILE,
        fobj: *mut PyObject,
    ) -> *mut c_char;

    /// A minimal `sys.stderr` used until the `io` module is ready.
    pub fn PyFile_NewStdPrinter(fd: c_int) -> *mut PyObject;
    pub static mut PyStdPrinter_Type: PyTypeObject;

    pub fn PyFile_OpenCode(utf8path: *const c_char) -> *mut PyObject;
    pub fn PyFile_OpenCodeObject(path: *mut PyObject) -> *mut PyObject;
    pub fn PyFile_SetOpenCodeHook(
        hook: Option<Py_OpenCodeHookFunction>,
        user_data: *mut c_void,
    ) -> c_int;
}
