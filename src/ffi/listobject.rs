//! `Include/listobject.h`: the list type and its functions.

use std::ffi::c_int;
use std::ptr;

use crate::ffi::{Py_IS_TYPE, Py_TYPE, Py_ssize_t, PyObject, PyTypeObject};
use crate::ffi::{Py_TPFLAGS_LIST_SUBCLASS, PyType_FastSubclass};

unsafe extern "C" {
    /// The built-in `list`.
    #[cfg_attr(PyPy, link_name = "PyPyList_Type")]
    pub static mut PyList_Type: PyTypeObject;
    /// The type of list iterators.
    #[cfg_attr(PyPy, link_name = "PyPyListIter_Type")]
    pub static mut PyListIter_Type: PyTypeObject;
    /// The type of reversed list iterators.
    #[cfg_attr(PyPy, link_name = "PyPyListRevIter_Type")]
    pub static mut PyListRevIter_Type: PyTypeObject;
}

/// Whether `op` is a list or an instance of a subtype (C `PyList_Check`).
#[inline]
pub unsafe fn PyList_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LIST_SUBCLASS) }
}

/// Whether `op` is exactly a list (C `PyList_CheckExact`).
#[inline]
pub unsafe fn PyList_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyList_Type)) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyList_New")]
    pub fn PyList_New(size: Py_ssize_t) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyList_Size")]
    pub fn PyList_Size(list: *mut PyObject) -> Py_ssize_t;
    #[cfg_attr(PyPy, link_name = "PyPyList_GetItem")]
    pub fn PyList_GetItem(list: *mut PyObject, index: Py_ssize_t) -> *mut PyObject;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyList_GetItemRef")]
    pub fn PyList_GetItemRef(list: *mut PyObject, index: Py_ssize_t) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyList_SetItem")]
    pub fn PyList_SetItem(list: *mut PyObject, index: Py_ssize_t, item: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyList_Insert")]
    pub fn PyList_Insert(list: *mut PyObject, index: Py_ssize_t, item: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyList_Append")]
    pub fn PyList_Append(list: *mut PyObject, item: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyList_GetSlice")]
    pub fn PyList_GetSlice(list: *mut PyObject, low: Py_ssize_t, high: Py_ssize_t)
    -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyList_SetSlice")]
    pub fn PyList_SetSlice(
        list: *mut PyObject,
        low: Py_ssize_t,
        high: Py_ssize_t,
        itemlist: *mut PyObject,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyList_Sort")]
    pub fn PyList_Sort(list: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyList_Reverse")]
    pub fn PyList_Reverse(list: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyList_AsTuple")]
    pub fn PyList_AsTuple(list: *mut PyObject) -> *mut PyObject;
}

// PyPy declares no list layout: its unchecked accessors are exported
// functions rather than the macros of `cpython/listobject.rs`.
#[cfg(PyPy)]
unsafe extern "C" {
    #[link_name = "PyPyList_GET_ITEM"]
    pub fn PyList_GET_ITEM(list: *mut PyObject, index: Py_ssize_t) -> *mut PyObject;
    #[link_name = "PyPyList_SET_ITEM"]
    pub fn PyList_SET_ITEM(list: *mut PyObject, index: Py_ssize_t, item: *mut PyObject);
    #[link_name = "PyPyList_GET_SIZE"]
    pub fn PyList_GET_SIZE(list: *mut PyObject) -> Py_ssize_t;
}
