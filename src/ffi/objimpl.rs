//! `Include/objimpl.h`: the `PyObject_` memory family, object
//! initialization and the cyclic garbage collector's object API.

use std::ffi::{c_int, c_void};

use libc::size_t;

use crate::ffi::{
    Py_TPFLAGS_HAVE_GC, Py_ssize_t, PyObject, PyType_HasFeature, PyTypeObject, PyVarObject,
};

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyObject_Malloc")]
    pub fn PyObject_Malloc(size: size_t) -> *mut c_void;
    #[cfg_attr(PyPy, link_name = "PyPyObject_Calloc")]
    pub fn PyObject_Calloc(nelem: size_t, elsize: size_t) -> *mut c_void;
    #[cfg_attr(PyPy, link_name = "PyPyObject_Realloc")]
    pub fn PyObject_Realloc(ptr: *mut c_void, new_size: size_t) -> *mut c_void;
    #[cfg_attr(PyPy, link_name = "PyPyObject_Free")]
    pub fn PyObject_Free(ptr: *mut c_void);
    /// C `PyObject_Del`, an alias of `PyObject_Free` (usable as `tp_free`).
    #[cfg_attr(not(PyPy), link_name = "PyObject_Free")]
    #[cfg_attr(PyPy, link_name = "PyPyObject_Free")]
    pub fn PyObject_Del(ptr: *mut c_void);

    #[cfg_attr(PyPy, link_name = "PyPyObject_Init")]
    pub fn PyObject_Init(op: *mut PyObject, tp: *mut PyTypeObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyObject_InitVar")]
    pub fn PyObject_InitVar(
        op: *mut PyVarObject,
        tp: *mut PyTypeObject,
        size: Py_ssize_t,
    ) -> *mut PyVarObject;

    /// Allocates and initializes an object of `tp` (behind C `PyObject_New`).
    #[cfg_attr(PyPy, link_name = "_PyPyObject_New")]
    pub fn _PyObject_New(tp: *mut PyTypeObject) -> *mut PyObject;
    /// Allocates and initializes a variable-size object of `tp` (behind C
    /// `PyObject_NewVar`).
    #[cfg_attr(PyPy, link_name = "_PyPyObject_NewVar")]
    pub fn _PyObject_NewVar(tp: *mut PyTypeObject, nitems: Py_ssize_t) -> *mut PyVarObject;

    pub fn PyGC_Collect() -> Py_ssize_t;
    #[cfg(Py_3_10)]
    pub fn PyGC_Enable() -> c_int;
    #[cfg(Py_3_10)]
    pub fn PyGC_Disable() -> c_int;
    #[cfg(Py_3_10)]
    pub fn PyGC_IsEnabled() -> c_int;
}

/// Whether instances of `t` take part in cyclic garbage collection (C
/// `PyType_IS_GC`).
#[inline]
pub unsafe fn PyType_IS_GC(t: *mut PyTypeObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyType_HasFeature(t, Py_TPFLAGS_HAVE_GC) }
}

unsafe extern "C" {
    /// Resizes a GC-tracked variable-size object (behind C
    /// `PyObject_GC_Resize`).
    pub fn _PyObject_GC_Resize(op: *mut PyVarObject, nitems: Py_ssize_t) -> *mut PyVarObject;
    /// Allocates a GC object of `tp` (behind C `PyObject_GC_New`).
    #[cfg_attr(PyPy, link_name = "_PyPyObject_GC_New")]
    pub fn _PyObject_GC_New(tp: *mut PyTypeObject) -> *mut PyObject;
    /// Allocates a variable-size GC object of `tp` (behind C
    /// `PyObject_GC_NewVar`).
    #[cfg_attr(PyPy, link_name = "_PyPyObject_GC_NewVar")]
    pub fn _PyObject_GC_NewVar(tp: *mut PyTypeObject, nitems: Py_ssize_t) -> *mut PyVarObject;

    #[cfg_attr(PyPy, link_name = "PyPyObject_GC_Track")]
    pub fn PyObject_GC_Track(op: *mut c_void);
    #[cfg_attr(PyPy, link_name = "PyPyObject_GC_UnTrack")]
    pub fn PyObject_GC_UnTrack(op: *mut c_void);
    #[cfg_attr(PyPy, link_name = "PyPyObject_GC_Del")]
    pub fn PyObject_GC_Del(op: *mut c_void);
    pub fn PyObject_GC_IsTracked(op: *mut PyObject) -> c_int;
    pub fn PyObject_GC_IsFinalized(op: *mut PyObject) -> c_int;
}
