//! `Include/cpython/listobject.h`: the list object layout and the unchecked
//! item accessors.

#[cfg(Py_3_13)]
use std::ffi::c_int;
#[cfg(not(PyPy))]
use std::ptr;

#[cfg(PyPy)]
use crate::ffi::PyObject;
#[cfg(not(PyPy))]
use crate::ffi::{Py_ssize_t, PyObject, PyVarObject};

/// A list (C `PyListObject`): `ob_size` items in use out of `allocated`
/// slots of the `ob_item` vector.
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct PyListObject {
    pub ob_base: PyVarObject,
    pub ob_item: *mut *mut PyObject,
    pub allocated: Py_ssize_t,
}

/// A list on PyPy, whose C API declares no list layout beyond the object
/// header.
#[cfg(PyPy)]
#[repr(C)]
#[derive(Debug)]
pub struct PyListObject {
    pub ob_base: PyObject,
}

/// The number of items of the list `op`, unchecked (C `PyList_GET_SIZE`).
/// Free-threaded builds read the size with a relaxed atomic load.
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyList_GET_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let size = ptr::addr_of_mut!((*op.cast::<PyVarObject>()).ob_size);
        #[cfg(Py_GIL_DISABLED)]
        {
            (*size.cast::<std::sync::atomic::AtomicIsize>())
                .load(std::sync::atomic::Ordering::Relaxed)
        }
        #[cfg(not(Py_GIL_DISABLED))]
        {
            *size
        }
    }
}

/// Item `i` of the list `op`, borrowed, with no type or bounds check (C
/// `PyList_GET_ITEM`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyList_GET_ITEM(op: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { *(*op.cast::<PyListObject>()).ob_item.offset(i) }
}

/// Stores `v` as item `i` of the list `op`, stealing the reference and
/// without releasing the previous item (C `PyList_SET_ITEM`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyList_SET_ITEM(op: *mut PyObject, i: Py_ssize_t, v: *mut PyObject) {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        *(*op.cast::<PyListObject>()).ob_item.offset(i) = v;
    }
}

unsafe extern "C" {
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyList_Extend")]
    pub fn PyList_Extend(list: *mut PyObject, iterable: *mut PyObject) -> c_int;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyList_Clear")]
    pub fn PyList_Clear(list: *mut PyObject) -> c_int;
}
