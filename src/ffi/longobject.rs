//! `Include/longobject.h`: the arbitrary-precision `int` type, its
//! conversions to and from C integers, and (3.14+) the import/export API.
//!
//! `PyLong_Type` itself is declared with the other core type objects in
//! `object.rs`.

use std::ffi::{c_char, c_double, c_int, c_long, c_longlong, c_ulong, c_ulonglong, c_void};
use std::ptr;

use libc::size_t;

use crate::ffi::{
    Py_IS_TYPE, Py_TPFLAGS_LONG_SUBCLASS, Py_TYPE, Py_ssize_t, PyLong_Type, PyObject,
    PyType_FastSubclass,
};

opaque_struct!(
    /// An `int` object (C `PyLongObject`, `struct _longobject`); its digits
    /// are an implementation detail.
    pub PyLongObject
);

/// Whether `op` is an `int` or a subtype (C `PyLong_Check`).
#[inline]
pub unsafe fn PyLong_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LONG_SUBCLASS) }
}

/// Whether `op` is exactly an `int` (C `PyLong_CheckExact`).
#[inline]
pub unsafe fn PyLong_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyLong_Type)) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyLong_FromLong")]
    pub fn PyLong_FromLong(arg1: c_long) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyLong_FromUnsignedLong")]
    pub fn PyLong_FromUnsignedLong(arg1: c_ulong) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyLong_FromSize_t")]
    pub fn PyLong_FromSize_t(arg1: size_t) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyLong_FromSsize_t")]
    pub fn PyLong_FromSsize_t(arg1: Py_ssize_t) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyLong_FromDouble")]
    pub fn PyLong_FromDouble(arg1: c_double) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyLong_AsLong")]
    pub fn PyLong_AsLong(arg1: *mut PyObject) -> c_long;
    #[cfg_attr(PyPy, link_name = "PyPyLong_AsLongAndOverflow")]
    pub fn PyLong_AsLongAndOverflow(arg1: *mut PyObject, arg2: *mut c_int) -> c_long;
    #[cfg_attr(PyPy, link_name = "PyPyLong_AsSsize_t")]
    pub fn PyLong_AsSsize_t(arg1: *mut PyObject) -> Py_ssize_t;
    #[cfg_attr(PyPy, link_name = "PyPyLong_AsSize_t")]
    pub fn PyLong_AsSize_t(arg1: *mut PyObject) -> size_t;
    #[cfg_attr(PyPy, link_name = "PyPyLong_AsUnsignedLong")]
    pub fn PyLong_AsUnsignedLong(arg1: *mut PyObject) -> c_ulong;
    #[cfg_attr(PyPy, link_name = "PyPyLong_AsUnsignedLongMask")]
    pub fn PyLong_AsUnsignedLongMask(arg1: *mut PyObject) -> c_ulong;

    #[cfg(Py_3_13)]
    pub fn PyLong_AsInt(arg1: *mut PyObject) -> c_int;

    #[cfg(Py_3_14)]
    pub fn PyLong_FromInt32(value: i32) -> *mut PyObject;
    #[cfg(Py_3_14)]
    pub fn PyLong_FromUInt32(value: u32) -> *mut PyObject;
    #[cfg(Py_3_14)]
    pub fn PyLong_FromInt64(value: i64) -> *mut PyObject;
    #[cfg(Py_3_14)]
    pub fn PyLong_FromUInt64(value: u64) -> *mut PyObject;
    #[cfg(Py_3_14)]
    pub fn PyLong_AsInt32(obj: *mut PyObject, value: *mut i32) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyLong_AsUInt32(obj: *mut PyObject, value: *mut u32) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyLong_AsInt64(obj: *mut PyObject, value: *mut i64) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyLong_AsUInt64(obj: *mut PyObject, value: *mut u64) -> c_int;
}

// Flags of PyLong_AsNativeBytes / PyLong_FromNativeBytes (3.13 full API,
// limited API since 3.14).

#[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
pub const Py_ASNATIVEBYTES_DEFAULTS: c_int = -1;
#[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
pub const Py_ASNATIVEBYTES_BIG_ENDIAN: c_int = 0;
#[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
pub const Py_ASNATIVEBYTES_LITTLE_ENDIAN: c_int = 1;
#[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
pub const Py_ASNATIVEBYTES_NATIVE_ENDIAN: c_int = 3;
#[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
pub const Py_ASNATIVEBYTES_UNSIGNED_BUFFER: c_int = 4;
#[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
pub const Py_ASNATIVEBYTES_REJECT_NEGATIVE: c_int = 8;
#[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
pub const Py_ASNATIVEBYTES_ALLOW_INDEX: c_int = 16;

unsafe extern "C" {
    #[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
    pub fn PyLong_AsNativeBytes(
        v: *mut PyObject,
        buffer: *mut c_void,
        n_bytes: Py_ssize_t,
        flags: c_int,
    ) -> Py_ssize_t;
    #[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
    pub fn PyLong_FromNativeBytes(
        buffer: *const c_void,
        n_bytes: size_t,
        flags: c_int,
    ) -> *mut PyObject;
    #[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
    pub fn PyLong_FromUnsignedNativeBytes(
        buffer: *const c_void,
        n_bytes: size_t,
        flags: c_int,
    ) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyLong_GetInfo")]
    pub fn PyLong_GetInfo() -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyLong_AsDouble")]
    pub fn PyLong_AsDouble(arg1: *mut PyObject) -> c_double;
    #[cfg_attr(PyPy, link_name = "PyPyLong_FromVoidPtr")]
    pub fn PyLong_FromVoidPtr(arg1: *mut c_void) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyLong_AsVoidPtr")]
    pub fn PyLong_AsVoidPtr(arg1: *mut PyObject) -> *mut c_void;

    #[cfg_attr(PyPy, link_name = "PyPyLong_FromLongLong")]
    pub fn PyLong_FromLongLong(arg1: c_longlong) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyLong_FromUnsignedLongLong")]
    pub fn PyLong_FromUnsignedLongLong(arg1: c_ulonglong) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyLong_AsLongLong")]
    pub fn PyLong_AsLongLong(arg1: *mut PyObject) -> c_longlong;
    #[cfg_attr(PyPy, link_name = "PyPyLong_AsUnsignedLongLong")]
    pub fn PyLong_AsUnsignedLongLong(arg1: *mut PyObject) -> c_ulonglong;
    #[cfg_attr(PyPy, link_name = "PyPyLong_AsUnsignedLongLongMask")]
    pub fn PyLong_AsUnsignedLongLongMask(arg1: *mut PyObject) -> c_ulonglong;
    #[cfg_attr(PyPy, link_name = "PyPyLong_AsLongLongAndOverflow")]
    pub fn PyLong_AsLongLongAndOverflow(arg1: *mut PyObject, arg2: *mut c_int) -> c_longlong;

    #[cfg_attr(PyPy, link_name = "PyPyLong_FromString")]
    pub fn PyLong_FromString(
        arg1: *const c_char,
        arg2: *mut *mut c_char,
        arg3: c_int,
    ) -> *mut PyObject;

    // PyPy's headers turn these two into the C library's functions.
    #[cfg_attr(PyPy, link_name = "strtoul")]
    pub fn PyOS_strtoul(arg1: *const c_char, arg2: *mut *mut c_char, arg3: c_int) -> c_ulong;
    #[cfg_attr(PyPy, link_name = "strtol")]
    pub fn PyOS_strtol(arg1: *const c_char, arg2: *mut *mut c_char, arg3: c_int) -> c_long;
}

/// Same as `PyLong_AsLong` (C `PyLong_AS_LONG`).
#[inline]
pub unsafe fn PyLong_AS_LONG(op: *mut PyObject) -> c_long {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyLong_AsLong(op) }
}

// ---------------------------------------------------------------------------
// Import/export API (3.14 full API, limited API since 3.15)
// ---------------------------------------------------------------------------

/// How CPython stores the digits of an `int` (C `PyLongLayout`), as returned
/// by `PyLong_GetNativeLayout`.
#[cfg(all(Py_3_14, any(Py_3_15, not(Py_LIMITED_API))))]
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct PyLongLayout {
    /// Bits used in each digit.
    pub bits_per_digit: u8,
    /// Size of a digit in bytes.
    pub digit_size: u8,
    /// 1 for most significant digit first, -1 for least significant first.
    pub digits_order: i8,
    /// 1 for big-endian digits, -1 for little-endian.
    pub digit_endianness: i8,
}

/// The exported value of an `int` (C `PyLongExport`), filled by
/// `PyLong_Export`: either `value` (when `digits` is null) or an array of
/// `ndigits` digits, which must be released with `PyLong_FreeExport`.
#[cfg(all(Py_3_14, any(Py_3_15, not(Py_LIMITED_API))))]
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PyLongExport {
    pub value: i64,
    pub negative: u8,
    pub ndigits: Py_ssize_t,
    pub digits: *const c_void,
    // Reserved for the interpreter.
    _reserved: usize,
}

#[cfg(all(Py_3_14, any(Py_3_15, not(Py_LIMITED_API))))]
opaque_struct!(
    /// A builder for `int` objects from digits (C `PyLongWriter`).
    pub PyLongWriter
);

#[cfg(all(Py_3_14, any(Py_3_15, not(Py_LIMITED_API))))]
unsafe extern "C" {
    pub fn PyLong_GetNativeLayout() -> *const PyLongLayout;
    pub fn PyLong_Export(obj: *mut PyObject, export_long: *mut PyLongExport) -> c_int;
    pub fn PyLong_FreeExport(export_long: *mut PyLongExport);

    pub fn PyLongWriter_Create(
        negative: c_int,
        ndigits: Py_ssize_t,
        digits: *mut *mut c_void,
    ) -> *mut PyLongWriter;
    pub fn PyLongWriter_Finish(writer: *mut PyLongWriter) -> *mut PyObject;
    pub fn PyLongWriter_Discard(writer: *mut PyLongWriter);
}
