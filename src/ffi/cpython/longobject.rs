//! `Include/cpython/longobject.h`: the part of the `int` API outside the
//! limited API (parsing from `str`, sign tests, byte-array conversions).

use std::ffi::{c_int, c_uchar};

use libc::size_t;

#[cfg(not(Py_3_10))]
use libc::wchar_t;

#[cfg(Py_3_12)]
use crate::ffi::Py_ssize_t;
use crate::ffi::{PyLongObject, PyObject};

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyLong_FromUnicodeObject")]
    pub fn PyLong_FromUnicodeObject(u: *mut PyObject, base: c_int) -> *mut PyObject;

    #[cfg(not(Py_3_10))]
    #[deprecated(note = "Python 3.3: use PyLong_FromUnicodeObject")]
    #[cfg_attr(PyPy, link_name = "PyPyLong_FromUnicode")]
    pub fn PyLong_FromUnicode(
        u: *mut wchar_t,
        length: crate::ffi::Py_ssize_t,
        base: c_int,
    ) -> *mut PyObject;

    #[cfg(all(Py_3_12, not(PyPy)))]
    pub fn PyUnstable_Long_IsCompact(op: *const PyLongObject) -> c_int;
    #[cfg(all(Py_3_12, not(PyPy)))]
    pub fn PyUnstable_Long_CompactValue(op: *const PyLongObject) -> Py_ssize_t;

    #[cfg(Py_3_14)]
    pub fn PyLong_IsPositive(obj: *mut PyObject) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyLong_IsNegative(obj: *mut PyObject) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyLong_IsZero(obj: *mut PyObject) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyLong_GetSign(v: *mut PyObject, sign: *mut c_int) -> c_int;

    #[cfg_attr(Py_3_14, deprecated(note = "Python 3.14: use PyLong_GetSign"))]
    #[cfg_attr(PyPy, link_name = "_PyPyLong_Sign")]
    pub fn _PyLong_Sign(v: *mut PyObject) -> c_int;

    #[cfg(not(Py_3_14))]
    #[cfg_attr(PyPy, link_name = "_PyPyLong_NumBits")]
    pub fn _PyLong_NumBits(v: *mut PyObject) -> size_t;
    #[cfg(Py_3_14)]
    pub fn _PyLong_NumBits(v: *mut PyObject) -> i64;

    #[cfg_attr(PyPy, link_name = "_PyPyLong_FromByteArray")]
    pub fn _PyLong_FromByteArray(
        bytes: *const c_uchar,
        n: size_t,
        little_endian: c_int,
        is_signed: c_int,
    ) -> *mut PyObject;

    // PyPy's header maps this to `_PyLong_AsByteArrayO`, which takes the
    // object as a plain `PyObject *`.
    #[cfg(not(Py_3_13))]
    #[cfg_attr(PyPy, link_name = "_PyPyLong_AsByteArrayO")]
    pub fn _PyLong_AsByteArray(
        v: *mut PyLongObject,
        bytes: *mut c_uchar,
        n: size_t,
        little_endian: c_int,
        is_signed: c_int,
    ) -> c_int;
    /// 3.13 added `with_exceptions`: 0 returns -1 without setting an
    /// exception.
    #[cfg(Py_3_13)]
    pub fn _PyLong_AsByteArray(
        v: *mut PyLongObject,
        bytes: *mut c_uchar,
        n: size_t,
        little_endian: c_int,
        is_signed: c_int,
        with_exceptions: c_int,
    ) -> c_int;

    #[cfg(not(PyPy))]
    pub fn _PyLong_GCD(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject;
}
