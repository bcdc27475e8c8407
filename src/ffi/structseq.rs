//! `Include/structseq.h` (and `Include/cpython/structseq.h`): struct
//! sequences, the named-tuple-like types of the C API.

use std::ffi::{c_char, c_int};

#[cfg(not(Py_LIMITED_API))]
use crate::ffi::PyTupleObject;
use crate::ffi::{Py_ssize_t, PyObject, PyTypeObject};

/// One field of a struct sequence type (C `PyStructSequence_Field`); a
/// field list ends with an entry whose `name` is null.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PyStructSequence_Field {
    pub name: *const c_char,
    pub doc: *const c_char,
}

/// The description of a struct sequence type (C `PyStructSequence_Desc`).
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PyStructSequence_Desc {
    pub name: *const c_char,
    pub doc: *const c_char,
    pub fields: *mut PyStructSequence_Field,
    /// How many of the fields are visible as tuple items.
    pub n_in_sequence: c_int,
}

unsafe extern "C" {
    /// The name to give fields that are left unnamed.
    #[cfg_attr(PyPy, link_name = "PyPyStructSequence_UnnamedField")]
    pub static PyStructSequence_UnnamedField: *const c_char;

    #[cfg(not(Py_LIMITED_API))]
    #[cfg_attr(PyPy, link_name = "PyPyStructSequence_InitType")]
    pub fn PyStructSequence_InitType(tp: *mut PyTypeObject, desc: *mut PyStructSequence_Desc);
    #[cfg(not(Py_LIMITED_API))]
    #[cfg_attr(PyPy, link_name = "PyPyStructSequence_InitType2")]
    pub fn PyStructSequence_InitType2(
        tp: *mut PyTypeObject,
        desc: *mut PyStructSequence_Desc,
    ) -> c_int;

    #[cfg_attr(PyPy, link_name = "PyPyStructSequence_NewType")]
    pub fn PyStructSequence_NewType(desc: *mut PyStructSequence_Desc) -> *mut PyTypeObject;
    #[cfg_attr(PyPy, link_name = "PyPyStructSequence_New")]
    pub fn PyStructSequence_New(tp: *mut PyTypeObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyStructSequence_SetItem")]
    pub fn PyStructSequence_SetItem(p: *mut PyObject, pos: Py_ssize_t, o: *mut PyObject);
    #[cfg_attr(PyPy, link_name = "PyPyStructSequence_GetItem")]
    pub fn PyStructSequence_GetItem(p: *mut PyObject, pos: Py_ssize_t) -> *mut PyObject;
}

/// A struct sequence instance: laid out as a tuple (C `PyStructSequence`).
#[cfg(not(Py_LIMITED_API))]
pub type PyStructSequence = PyTupleObject;

/// Stores `v` (stolen) as item `i` of the new struct sequence `op` (C
/// `PyStructSequence_SET_ITEM`: `PyTuple_SET_ITEM` before 3.13 and on PyPy,
/// `PyStructSequence_SetItem` since).
#[cfg(not(Py_LIMITED_API))]
#[inline]
pub unsafe fn PyStructSequence_SET_ITEM(op: *mut PyObject, i: Py_ssize_t, v: *mut PyObject) {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(any(PyPy, not(Py_3_13)))]
        {
            crate::ffi::PyTuple_SET_ITEM(op, i, v)
        }
        #[cfg(not(any(PyPy, not(Py_3_13))))]
        {
            PyStructSequence_SetItem(op, i, v)
        }
    }
}

/// Item `i` of the struct sequence `op`, borrowed (C
/// `PyStructSequence_GET_ITEM`: `PyTuple_GET_ITEM` before 3.13 and on PyPy,
/// `PyStructSequence_GetItem` since).
#[cfg(not(Py_LIMITED_API))]
#[inline]
pub unsafe fn PyStructSequence_GET_ITEM(op: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(any(PyPy, not(Py_3_13)))]
        {
            crate::ffi::PyTuple_GET_ITEM(op, i)
        }
        #[cfg(not(any(PyPy, not(Py_3_13))))]
        {
            PyStructSequence_GetItem(op, i)
        }
    }
}
