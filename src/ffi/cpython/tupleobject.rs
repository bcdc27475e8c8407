//! `Include/cpython/tupleobject.h`: the tuple object layout and the unchecked
//! item accessors.

#[cfg(not(PyPy))]
use std::ffi::c_int;
use std::ptr;

#[cfg(Py_3_14)]
use crate::ffi::Py_hash_t;
use crate::ffi::{Py_SIZE, Py_ssize_t, PyObject, PyVarObject};

/// A tuple (C `PyTupleObject`): the variable-size header, then `ob_size`
/// item pointers of which only the first is declared.
#[repr(C)]
#[derive(Debug)]
pub struct PyTupleObject {
    pub ob_base: PyVarObject,
    /// Cached hash, -1 until computed (3.14+).
    #[cfg(Py_3_14)]
    pub ob_hash: Py_hash_t,
    pub ob_item: [*mut PyObject; 1],
}

/// Pointer to the first item slot of the tuple `op`.
#[inline]
unsafe fn tuple_items(op: *mut PyObject) -> *mut *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { ptr::addr_of_mut!((*op.cast::<PyTupleObject>()).ob_item).cast::<*mut PyObject>() }
}

/// The length of the tuple `op`, unchecked (C `PyTuple_GET_SIZE`).
#[inline]
pub unsafe fn PyTuple_GET_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_SIZE(op) }
}

/// Item `i` of the tuple `op`, borrowed, with no type or bounds check (C
/// `PyTuple_GET_ITEM`).
#[inline]
pub unsafe fn PyTuple_GET_ITEM(op: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { *tuple_items(op).offset(i) }
}

/// Stores `v` as item `i` of the brand-new tuple `op`, stealing the
/// reference and without releasing the previous item (C `PyTuple_SET_ITEM`).
#[inline]
pub unsafe fn PyTuple_SET_ITEM(op: *mut PyObject, i: Py_ssize_t, v: *mut PyObject) {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        *tuple_items(op).offset(i) = v;
    }
}

unsafe extern "C" {
    #[cfg(not(PyPy))]
    pub fn _PyTuple_Resize(p: *mut *mut PyObject, newsize: Py_ssize_t) -> c_int;
    #[cfg(Py_3_15)]
    pub fn PyTuple_FromArray(array: *const *mut PyObject, size: Py_ssize_t) -> *mut PyObject;
}
