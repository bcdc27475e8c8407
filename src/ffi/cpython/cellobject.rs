//! `Include/cpython/cellobject.h` (`Include/cellobject.h` before 3.11):
//! cell objects, which hold the variables shared by nested functions.

use std::ffi::c_int;
use std::ptr;

use crate::ffi::{Py_IS_TYPE, PyObject, PyTypeObject};

/// A cell (C `PyCellObject`).
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct PyCellObject {
    pub ob_base: PyObject,
    /// The content, or null when the cell is empty.
    pub ob_ref: *mut PyObject,
}

unsafe extern "C" {
    /// The type of cells.
    #[cfg_attr(PyPy, link_name = "PyPyCell_Type")]
    pub static mut PyCell_Type: PyTypeObject;
}

/// Whether `op` is exactly a cell (C `PyCell_Check`).
#[inline]
pub unsafe fn PyCell_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyCell_Type)) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyCell_New")]
    pub fn PyCell_New(obj: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCell_Get")]
    pub fn PyCell_Get(cell: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCell_Set")]
    pub fn PyCell_Set(cell: *mut PyObject, value: *mut PyObject) -> c_int;
}

// Free-threaded builds wrap these two in a critical section on the cell;
// they are only provided where C needs none.

/// The content of the cell `op`, borrowed, unchecked (C `PyCell_GET`).
#[cfg(not(any(PyPy, Py_GIL_DISABLED)))]
#[inline]
pub unsafe fn PyCell_GET(op: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*op.cast::<PyCellObject>()).ob_ref }
}

/// Replaces the content of the cell `op` with `value`, unchecked and without
/// touching reference counts (C `PyCell_SET`).
#[cfg(not(any(PyPy, Py_GIL_DISABLED)))]
#[inline]
pub unsafe fn PyCell_SET(op: *mut PyObject, value: *mut PyObject) {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        (*op.cast::<PyCellObject>()).ob_ref = value;
    }
}
