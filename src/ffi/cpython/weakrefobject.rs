//! `Include/cpython/weakrefobject.h`: the weak reference object layout.

#[cfg(Py_3_14)]
use std::ffi::c_int;

#[cfg(all(not(PyPy), not(Py_3_15)))]
use crate::ffi::Py_REFCNT;
#[cfg(all(Py_GIL_DISABLED, not(PyPy)))]
use crate::ffi::PyMutex;
#[cfg(any(not(PyPy), Py_3_14))]
use crate::ffi::PyObject;
#[cfg(all(Py_3_11, not(PyPy)))]
use crate::ffi::vectorcallfunc;
#[cfg(not(PyPy))]
use crate::ffi::{Py_hash_t, PyWeakReference};

/// The layout shared by `weakref.ref`, `weakref.proxy` and callable proxies
/// (C `struct _PyWeakReference`, typedef'd to `PyWeakReference`).
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct _PyWeakReference {
    pub ob_base: PyObject,
    /// The referent (not counted), or `None` once it is gone.
    pub wr_object: *mut PyObject,
    /// Called when the referent dies, or null.
    pub wr_callback: *mut PyObject,
    /// Cached hash of the referent, -1 if not computed.
    pub hash: Py_hash_t,
    /// Links of the referent's list of weak references.
    pub wr_prev: *mut PyWeakReference,
    pub wr_next: *mut PyWeakReference,
    /// 3.11+.
    #[cfg(Py_3_11)]
    pub vectorcall: Option<vectorcallfunc>,
    /// Lock used when clearing (free-threaded builds).
    #[cfg(Py_GIL_DISABLED)]
    pub weakrefs_lock: *mut PyMutex,
}

unsafe extern "C" {
    #[cfg(Py_3_14)]
    #[cfg_attr(PyPy, link_name = "PyPyWeakref_IsDead")]
    pub fn PyWeakref_IsDead(reference: *mut PyObject) -> c_int;
}

/// The referent of the weak reference `ref_obj`, borrowed, or `None` if it
/// is dead (C `PyWeakref_GET_OBJECT`; deprecated in 3.13, removed in 3.15).
#[cfg(all(not(PyPy), not(Py_3_15)))]
#[cfg_attr(Py_3_13, deprecated(note = "use PyWeakref_GetRef"))]
#[inline]
pub unsafe fn PyWeakref_GET_OBJECT(ref_obj: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let obj = (*ref_obj.cast::<_PyWeakReference>()).wr_object;
        // A referent whose count reached zero may still be linked while a long
        // chain of deallocations is delayed (gh-60806): treat it as dead.
        if Py_REFCNT(obj) > 0 {
            obj
        } else {
            crate::ffi::Py_None()
        }
    }
}
