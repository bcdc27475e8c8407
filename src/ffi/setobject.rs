//! `Include/setobject.h`: the set and frozenset types and their functions.

use std::ffi::c_int;
use std::ptr;

use crate::ffi::{Py_IS_TYPE, Py_TYPE, Py_ssize_t, PyObject, PyType_IsSubtype, PyTypeObject};

unsafe extern "C" {
    /// The built-in `set`.
    #[cfg_attr(PyPy, link_name = "PyPySet_Type")]
    pub static mut PySet_Type: PyTypeObject;
    /// The built-in `frozenset`.
    #[cfg_attr(PyPy, link_name = "PyPyFrozenSet_Type")]
    pub static mut PyFrozenSet_Type: PyTypeObject;
    /// The type of set iterators.
    #[cfg_attr(PyPy, link_name = "PyPySetIter_Type")]
    pub static mut PySetIter_Type: PyTypeObject;
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPySet_New")]
    pub fn PySet_New(iterable: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyFrozenSet_New")]
    pub fn PyFrozenSet_New(iterable: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPySet_Add")]
    pub fn PySet_Add(set: *mut PyObject, key: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPySet_Clear")]
    pub fn PySet_Clear(set: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPySet_Contains")]
    pub fn PySet_Contains(anyset: *mut PyObject, key: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPySet_Discard")]
    pub fn PySet_Discard(set: *mut PyObject, key: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPySet_Pop")]
    pub fn PySet_Pop(set: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPySet_Size")]
    pub fn PySet_Size(anyset: *mut PyObject) -> Py_ssize_t;
}

/// Whether `ob` is exactly a frozenset (C `PyFrozenSet_CheckExact`).
#[inline]
pub unsafe fn PyFrozenSet_CheckExact(ob: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(ob, ptr::addr_of_mut!(PyFrozenSet_Type)) }
}

/// Whether `ob` is a frozenset or an instance of a subtype (C
/// `PyFrozenSet_Check`).
#[inline]
pub unsafe fn PyFrozenSet_Check(ob: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        (Py_IS_TYPE(ob, ptr::addr_of_mut!(PyFrozenSet_Type)) != 0
            || PyType_IsSubtype(Py_TYPE(ob), ptr::addr_of_mut!(PyFrozenSet_Type)) != 0)
            as c_int
    }
}

/// Whether `ob` is exactly a set or exactly a frozenset (C
/// `PyAnySet_CheckExact`).
#[inline]
pub unsafe fn PyAnySet_CheckExact(ob: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        (Py_IS_TYPE(ob, ptr::addr_of_mut!(PySet_Type)) != 0
            || Py_IS_TYPE(ob, ptr::addr_of_mut!(PyFrozenSet_Type)) != 0) as c_int
    }
}

/// Whether `ob` is a set, a frozenset, or an instance of a subtype of either
/// (C `PyAnySet_Check`).
#[inline]
pub unsafe fn PyAnySet_Check(ob: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        (Py_IS_TYPE(ob, ptr::addr_of_mut!(PySet_Type)) != 0
            || Py_IS_TYPE(ob, ptr::addr_of_mut!(PyFrozenSet_Type)) != 0
            || PyType_IsSubtype(Py_TYPE(ob), ptr::addr_of_mut!(PySet_Type)) != 0
            || PyType_IsSubtype(Py_TYPE(ob), ptr::addr_of_mut!(PyFrozenSet_Type)) != 0)
            as c_int
    }
}

/// Whether `op` is exactly a set (C `PySet_CheckExact`).
#[inline]
pub unsafe fn PySet_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PySet_Type)) }
}

/// Whether `ob` is a set or an instance of a subtype (C `PySet_Check`).
#[inline]
pub unsafe fn PySet_Check(ob: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        (Py_IS_TYPE(ob, ptr::addr_of_mut!(PySet_Type)) != 0
            || PyType_IsSubtype(Py_TYPE(ob), ptr::addr_of_mut!(PySet_Type)) != 0) as c_int
    }
}
