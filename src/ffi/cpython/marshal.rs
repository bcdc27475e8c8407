//! `Include/marshal.h` (`Include/cpython/marshal.h` since 3.15): reading and
//! writing values in the `marshal` format. Outside the limited API since
//! 3.10.

#[cfg(not(PyPy))]
use std::ffi::c_long;
use std::ffi::{c_char, c_int};

use crate::ffi::{Py_ssize_t, PyObject};
#[cfg(not(PyPy))]
use libc::FILE;

/// The current `marshal` format version (C `Py_MARSHAL_VERSION`).
#[cfg(all(not(Py_3_14), not(PyPy)))]
pub const Py_MARSHAL_VERSION: c_int = 4;
/// The current `marshal` format version (C `Py_MARSHAL_VERSION`).
#[cfg(all(Py_3_14, not(Py_3_15), not(PyPy)))]
pub const Py_MARSHAL_VERSION: c_int = 5;
/// The current `marshal` format version (C `Py_MARSHAL_VERSION`).
#[cfg(all(Py_3_15, not(PyPy)))]
pub const Py_MARSHAL_VERSION: c_int = 6;
/// The `marshal` format version PyPy writes (C `Py_MARSHAL_VERSION`).
#[cfg(PyPy)]
pub const Py_MARSHAL_VERSION: c_int = 2;

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyMarshal_ReadObjectFromString")]
    pub fn PyMarshal_ReadObjectFromString(data: *const c_char, len: Py_ssize_t) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyMarshal_WriteObjectToString")]
    pub fn PyMarshal_WriteObjectToString(object: *mut PyObject, version: c_int) -> *mut PyObject;

    #[cfg(not(PyPy))]
    pub fn PyMarshal_ReadLongFromFile(file: *mut FILE) -> c_long;
    #[cfg(not(PyPy))]
    pub fn PyMarshal_ReadShortFromFile(file: *mut FILE) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyMarshal_ReadObjectFromFile(file: *mut FILE) -> *mut PyObject;
    #[cfg(not(PyPy))]
    pub fn PyMarshal_ReadLastObjectFromFile(file: *mut FILE) -> *mut PyObject;

    #[cfg(not(PyPy))]
    pub fn PyMarshal_WriteLongToFile(value: c_long, file: *mut FILE, version: c_int);
    #[cfg(not(PyPy))]
    pub fn PyMarshal_WriteObjectToFile(value: *mut PyObject, file: *mut FILE, version: c_int);
}
