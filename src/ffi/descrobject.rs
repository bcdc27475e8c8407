//! `Include/descrobject.h`: descriptors, and the attribute tables of types
//! (`PyGetSetDef`, `PyMemberDef`).

use std::ffi::{c_char, c_int, c_void};
use std::ptr;

use crate::ffi::{Py_ssize_t, PyMethodDef, PyObject, PyTypeObject};

/// A `PyGetSetDef` getter.
pub type getter = unsafe extern "C" fn(slf: *mut PyObject, closure: *mut c_void) -> *mut PyObject;
/// A `PyGetSetDef` setter; `value` is null for `del`.
pub type setter =
    unsafe extern "C" fn(slf: *mut PyObject, value: *mut PyObject, closure: *mut c_void) -> c_int;

/// One computed attribute of a type (C `PyGetSetDef`); tables end with an
/// entry whose `name` is null.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PyGetSetDef {
    pub name: *const c_char,
    pub get: Option<getter>,
    pub set: Option<setter>,
    pub doc: *const c_char,
    pub closure: *mut c_void,
}

impl Default for PyGetSetDef {
    fn default() -> PyGetSetDef {
        PyGetSetDef {
            name: ptr::null(),
            get: None,
            set: None,
            doc: ptr::null(),
            closure: ptr::null_mut(),
        }
    }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyClassMethodDescr_Type")]
    pub static mut PyClassMethodDescr_Type: PyTypeObject;
    #[cfg_attr(PyPy, link_name = "PyPyGetSetDescr_Type")]
    pub static mut PyGetSetDescr_Type: PyTypeObject;
    #[cfg_attr(PyPy, link_name = "PyPyMemberDescr_Type")]
    pub static mut PyMemberDescr_Type: PyTypeObject;
    #[cfg_attr(PyPy, link_name = "PyPyMethodDescr_Type")]
    pub static mut PyMethodDescr_Type: PyTypeObject;
    #[cfg_attr(PyPy, link_name = "PyPyWrapperDescr_Type")]
    pub static mut PyWrapperDescr_Type: PyTypeObject;
    #[cfg_attr(PyPy, link_name = "PyPyDictProxy_Type")]
    pub static mut PyDictProxy_Type: PyTypeObject;
    #[cfg_attr(PyPy, link_name = "PyPyProperty_Type")]
    pub static mut PyProperty_Type: PyTypeObject;

    #[cfg_attr(PyPy, link_name = "PyPyDescr_NewMethod")]
    pub fn PyDescr_NewMethod(tp: *mut PyTypeObject, meth: *mut PyMethodDef) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyDescr_NewClassMethod")]
    pub fn PyDescr_NewClassMethod(tp: *mut PyTypeObject, meth: *mut PyMethodDef) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyDescr_NewMember")]
    pub fn PyDescr_NewMember(tp: *mut PyTypeObject, member: *mut PyMemberDef) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyDescr_NewGetSet")]
    pub fn PyDescr_NewGetSet(tp: *mut PyTypeObject, getset: *mut PyGetSetDef) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyDictProxy_New")]
    pub fn PyDictProxy_New(mapping: *mut PyObject) -> *mut PyObject;
    pub fn PyWrapper_New(descr: *mut PyObject, slf: *mut PyObject) -> *mut PyObject;
}

/// One plain data attribute of a type, read from the instance at `offset`
/// (C `PyMemberDef`; the C field `type` is `type_code` here).
#[repr(C)]
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub struct PyMemberDef {
    pub name: *const c_char,
    /// One of the `Py_T_*` constants.
    pub type_code: c_int,
    pub offset: Py_ssize_t,
    /// `Py_READONLY`, `Py_AUDIT_READ`, `Py_RELATIVE_OFFSET`.
    pub flags: c_int,
    pub doc: *const c_char,
}

impl Default for PyMemberDef {
    fn default() -> PyMemberDef {
        PyMemberDef {
            name: ptr::null(),
            type_code: 0,
            offset: 0,
            flags: 0,
            doc: ptr::null(),
        }
    }
}

// Member types (`PyMemberDef::type_code`). Named `Py_T_*` since 3.12; the
// old `T_*` names live in `structmember`.
pub const Py_T_SHORT: c_int = 0;
pub const Py_T_INT: c_int = 1;
pub const Py_T_LONG: c_int = 2;
pub const Py_T_FLOAT: c_int = 3;
pub const Py_T_DOUBLE: c_int = 4;
pub const Py_T_STRING: c_int = 5;
#[deprecated(note = "Py_T_OBJECT is deprecated; use Py_T_OBJECT_EX")]
pub const _Py_T_OBJECT: c_int = 6;
pub const Py_T_CHAR: c_int = 7;
pub const Py_T_BYTE: c_int = 8;
pub const Py_T_UBYTE: c_int = 9;
pub const Py_T_USHORT: c_int = 10;
pub const Py_T_UINT: c_int = 11;
pub const Py_T_ULONG: c_int = 12;
pub const Py_T_STRING_INPLACE: c_int = 13;
pub const Py_T_BOOL: c_int = 14;
pub const Py_T_OBJECT_EX: c_int = 16;
pub const Py_T_LONGLONG: c_int = 17;
pub const Py_T_ULONGLONG: c_int = 18;
pub const Py_T_PYSSIZET: c_int = 19;
#[deprecated(note = "_Py_T_NONE is deprecated")]
pub const _Py_T_NONE: c_int = 20;

// Member flags (`PyMemberDef::flags`).
pub const Py_READONLY: c_int = 1;
pub const Py_AUDIT_READ: c_int = 2;
pub const _Py_WRITE_RESTRICTED: c_int = 4;
/// `offset` is relative to the type's own data (3.12+).
pub const Py_RELATIVE_OFFSET: c_int = 8;

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyMember_GetOne")]
    pub fn PyMember_GetOne(addr: *const c_char, member: *mut PyMemberDef) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyMember_SetOne")]
    pub fn PyMember_SetOne(addr: *mut c_char, member: *mut PyMemberDef, v: *mut PyObject) -> c_int;
}
