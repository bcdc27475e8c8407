//! `Include/fileutils.h` (with `cpython/fileutils.h`): locale encoding
//! helpers and `fopen()` on path objects.

use std::ffi::c_char;
#[cfg(all(Py_3_14, not(Py_LIMITED_API), not(PyPy)))]
use std::ffi::c_int;

use libc::wchar_t;

use crate::ffi::Py_ssize_t;
#[cfg(all(Py_3_14, not(Py_LIMITED_API), not(PyPy)))]
use crate::ffi::PyObject;

unsafe extern "C" {
    /// Decodes a byte string from the locale encoding with `surrogateescape`;
    /// free the result with `PyMem_RawFree`.
    #[cfg_attr(PyPy, link_name = "PyPy_DecodeLocale")]
    pub fn Py_DecodeLocale(arg: *const c_char, size: *mut Py_ssize_t) -> *mut wchar_t;
    /// Encodes a wide string to the locale encoding with `surrogateescape`;
    /// free the result with `PyMem_Free`.
    #[cfg_attr(PyPy, link_name = "PyPy_EncodeLocale")]
    pub fn Py_EncodeLocale(text: *const wchar_t, error_pos: *mut Py_ssize_t) -> *mut c_char;

    #[cfg(all(Py_3_14, not(Py_LIMITED_API), not(PyPy)))]
    pub fn Py_fopen(path: *mut PyObject, mode: *const c_char) -> *mut libc::FILE;
    #[cfg(all(Py_3_14, not(Py_LIMITED_API), not(PyPy)))]
    pub fn Py_fclose(file: *mut libc::FILE) -> c_int;
}
