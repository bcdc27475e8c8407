//! `Include/sliceobject.h` (and the slice layout of
//! `Include/cpython/sliceobject.h`): slices and the `Ellipsis` singleton.

use std::ffi::c_int;
use std::ptr;

#[cfg(all(Py_LIMITED_API, Py_3_13))]
use crate::ffi::{Py_CONSTANT_ELLIPSIS, Py_GetConstantBorrowed};
use crate::ffi::{Py_IS_TYPE, Py_ssize_t, PyObject, PyTypeObject};

#[cfg(not(all(Py_LIMITED_API, Py_3_13)))]
unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "_PyPy_EllipsisObject")]
    static mut _Py_EllipsisObject: PyObject;
}

/// The `Ellipsis` singleton (`...`), borrowed (C `Py_Ellipsis`). The limited
/// API of 3.13+ fetches it with `Py_GetConstantBorrowed`, as C does.
#[inline]
pub unsafe fn Py_Ellipsis() -> *mut PyObject {
    #[cfg(all(Py_LIMITED_API, Py_3_13))]
    {
        // SAFETY: the interpreter's constants may be fetched at any time
        // while it runs (borrowed: they live as long as the interpreter).
        unsafe { Py_GetConstantBorrowed(Py_CONSTANT_ELLIPSIS) }
    }
    #[cfg(not(all(Py_LIMITED_API, Py_3_13)))]
    {
        ptr::addr_of_mut!(_Py_EllipsisObject)
    }
}

/// A slice (C `PySliceObject`): any objects, `None` for omitted values.
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
#[derive(Debug)]
pub struct PySliceObject {
    pub ob_base: PyObject,
    pub start: *mut PyObject,
    pub stop: *mut PyObject,
    pub step: *mut PyObject,
}

unsafe extern "C" {
    /// The built-in `slice`.
    #[cfg_attr(PyPy, link_name = "PyPySlice_Type")]
    pub static mut PySlice_Type: PyTypeObject;
    /// The type of `Ellipsis`.
    #[cfg_attr(PyPy, link_name = "PyPyEllipsis_Type")]
    pub static mut PyEllipsis_Type: PyTypeObject;
}

/// Whether `op` is exactly a slice (C `PySlice_Check`).
#[inline]
pub unsafe fn PySlice_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PySlice_Type)) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPySlice_New")]
    pub fn PySlice_New(
        start: *mut PyObject,
        stop: *mut PyObject,
        step: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPySlice_GetIndices")]
    pub fn PySlice_GetIndices(
        r: *mut PyObject,
        length: Py_ssize_t,
        start: *mut Py_ssize_t,
        stop: *mut Py_ssize_t,
        step: *mut Py_ssize_t,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPySlice_Unpack")]
    pub fn PySlice_Unpack(
        slice: *mut PyObject,
        start: *mut Py_ssize_t,
        stop: *mut Py_ssize_t,
        step: *mut Py_ssize_t,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPySlice_AdjustIndices")]
    pub fn PySlice_AdjustIndices(
        length: Py_ssize_t,
        start: *mut Py_ssize_t,
        stop: *mut Py_ssize_t,
        step: Py_ssize_t,
    ) -> Py_ssize_t;
}

/// Unpacks `slice` and clips it to a sequence of `length` items, storing the
/// resulting slice length (C `PySlice_GetIndicesEx`, a macro over
/// `PySlice_Unpack` and `PySlice_AdjustIndices`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PySlice_GetIndicesEx(
    slice: *mut PyObject,
    length: Py_ssize_t,
    start: *mut Py_ssize_t,
    stop: *mut Py_ssize_t,
    step: *mut Py_ssize_t,
    slicelength: *mut Py_ssize_t,
) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if PySlice_Unpack(slice, start, stop, step) < 0 {
            *slicelength = 0;
            -1
        } else {
            *slicelength = PySlice_AdjustIndices(length, start, stop, *step);
            0
        }
    }
}

#[cfg(PyPy)]
unsafe extern "C" {
    #[link_name = "PyPySlice_GetIndicesEx"]
    pub fn PySlice_GetIndicesEx(
        slice: *mut PyObject,
        length: Py_ssize_t,
        start: *mut Py_ssize_t,
        stop: *mut Py_ssize_t,
        step: *mut Py_ssize_t,
        slicelength: *mut Py_ssize_t,
    ) -> c_int;
}
