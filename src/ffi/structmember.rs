//! The pre-3.12 spellings of `PyMemberDef` member types and flags (C
//! `structmember.h`). New code uses the `Py_T_*` / `Py_READONLY` names.

#![allow(deprecated)]

use std::ffi::c_int;

pub use crate::ffi::{PyMember_GetOne, PyMember_SetOne, PyMemberDef};

pub const T_SHORT: c_int = crate::ffi::Py_T_SHORT;
pub const T_INT: c_int = crate::ffi::Py_T_INT;
pub const T_LONG: c_int = crate::ffi::Py_T_LONG;
pub const T_FLOAT: c_int = crate::ffi::Py_T_FLOAT;
pub const T_DOUBLE: c_int = crate::ffi::Py_T_DOUBLE;
pub const T_STRING: c_int = crate::ffi::Py_T_STRING;
pub const T_OBJECT: c_int = crate::ffi::_Py_T_OBJECT;
pub const T_CHAR: c_int = crate::ffi::Py_T_CHAR;
pub const T_BYTE: c_int = crate::ffi::Py_T_BYTE;
pub const T_UBYTE: c_int = crate::ffi::Py_T_UBYTE;
pub const T_USHORT: c_int = crate::ffi::Py_T_USHORT;
pub const T_UINT: c_int = crate::ffi::Py_T_UINT;
pub const T_ULONG: c_int = crate::ffi::Py_T_ULONG;
pub const T_STRING_INPLACE: c_int = crate::ffi::Py_T_STRING_INPLACE;
pub const T_BOOL: c_int = crate::ffi::Py_T_BOOL;
pub const T_OBJECT_EX: c_int = crate::ffi::Py_T_OBJECT_EX;
pub const T_LONGLONG: c_int = crate::ffi::Py_T_LONGLONG;
pub const T_ULONGLONG: c_int = crate::ffi::Py_T_ULONGLONG;
pub const T_PYSSIZET: c_int = crate::ffi::Py_T_PYSSIZET;
pub const T_NONE: c_int = crate::ffi::_Py_T_NONE;

pub const READONLY: c_int = crate::ffi::Py_READONLY;
pub const PY_AUDIT_READ: c_int = crate::ffi::Py_AUDIT_READ;
pub const READ_RESTRICTED: c_int = crate::ffi::Py_AUDIT_READ;
pub const PY_WRITE_RESTRICTED: c_int = crate::ffi::_Py_WRITE_RESTRICTED;
pub const RESTRICTED: c_int = READ_RESTRICTED | PY_WRITE_RESTRICTED;
