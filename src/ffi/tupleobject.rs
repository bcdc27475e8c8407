//! `Include/tupleobject.h`: the tuple type and its functions.

use std::ffi::c_int;
use std::ptr;

use crate::ffi::{Py_IS_TYPE, Py_TYPE, Py_ssize_t, PyObject, PyTypeObject};
use crate::ffi::{Py_TPFLAGS_TUPLE_SUBCLASS, PyType_FastSubclass};

unsafe extern "C" {
    /// The built-in `tuple`.
    #[cfg_attr(PyPy, link_name = "PyPyTuple_Type")]
    pub static mut PyTuple_Type: PyTypeObject;
    /// The type of tuple iterators.
    #[cfg_attr(PyPy, link_name = "PyPyTupleIter_Type")]
    pub static mut PyTupleIter_Type: PyTypeObject;
}

/// Whether `op` is a tuple or an instance of a subtype (C `PyTuple_Check`).
#[inline]
pub unsafe fn PyTuple_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TUPLE_SUBCLASS) }
}

/// Whether `op` is exactly a tuple (C `PyTuple_CheckExact`).
#[inline]
pub unsafe fn PyTuple_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyTuple_Type)) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyTuple_New")]
    pub fn PyTuple_New(size: Py_ssize_t) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyTuple_Size")]
    pub fn PyTuple_Size(p: *mut PyObject) -> Py_ssize_t;
    #[cfg_attr(PyPy, link_name = "PyPyTuple_GetItem")]
    pub fn PyTuple_GetItem(p: *mut PyObject, pos: Py_ssize_t) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyTuple_SetItem")]
    pub fn PyTuple_SetItem(p: *mut PyObject, pos: Py_ssize_t, o: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyTuple_GetSlice")]
    pub fn PyTuple_GetSlice(p: *mut PyObject, low: Py_ssize_t, high: Py_ssize_t) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyTuple_Pack")]
    pub fn PyTuple_Pack(n: Py_ssize_t, ...) -> *mut PyObject;
}
