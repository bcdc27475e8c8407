//! `Include/weakrefobject.h`: weak references and weak proxies.

use std::ffi::c_int;
#[cfg(not(PyPy))]
use std::ptr;

#[cfg(not(PyPy))]
use crate::ffi::{Py_IS_TYPE, PyObject_TypeCheck};
use crate::ffi::{PyObject, PyTypeObject};

/// A weak reference object; its layout (`_PyWeakReference`) is only in the
/// full API.
#[cfg(all(not(PyPy), not(Py_LIMITED_API)))]
pub type PyWeakReference = crate::ffi::_PyWeakReference;

#[cfg(any(PyPy, Py_LIMITED_API))]
opaque_struct!(
    /// A weak reference object; its layout is not part of this API.
    pub PyWeakReference
);

unsafe extern "C" {
    /// The type of `weakref.ref`.
    pub static mut _PyWeakref_RefType: PyTypeObject;
    /// The type of `weakref.proxy` proxies to non-callable objects.
    pub static mut _PyWeakref_ProxyType: PyTypeObject;
    /// The type of `weakref.proxy` proxies to callable objects.
    pub static mut _PyWeakref_CallableProxyType: PyTypeObject;
}

/// Whether `op` is a reference object (`weakref.ref` or a subtype) (C
/// `PyWeakref_CheckRef`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyWeakref_CheckRef(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, ptr::addr_of_mut!(_PyWeakref_RefType)) }
}

/// Whether `op` is exactly a `weakref.ref` (C `PyWeakref_CheckRefExact`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyWeakref_CheckRefExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(_PyWeakref_RefType)) }
}

/// Whether `op` is a weak proxy, callable or not (C `PyWeakref_CheckProxy`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyWeakref_CheckProxy(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        (Py_IS_TYPE(op, ptr::addr_of_mut!(_PyWeakref_ProxyType)) != 0
            || Py_IS_TYPE(op, ptr::addr_of_mut!(_PyWeakref_CallableProxyType)) != 0)
            as c_int
    }
}

/// Whether `op` is a reference object or a proxy (C `PyWeakref_Check`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyWeakref_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (PyWeakref_CheckRef(op) != 0 || PyWeakref_CheckProxy(op) != 0) as c_int }
}

// PyPy implements the checks as exported functions.
#[cfg(PyPy)]
unsafe extern "C" {
    #[link_name = "PyPyWeakref_CheckRef"]
    pub fn PyWeakref_CheckRef(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyWeakref_CheckRefExact"]
    pub fn PyWeakref_CheckRefExact(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyWeakref_CheckProxy"]
    pub fn PyWeakref_CheckProxy(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyWeakref_Check"]
    pub fn PyWeakref_Check(op: *mut PyObject) -> c_int;
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyWeakref_NewRef")]
    pub fn PyWeakref_NewRef(ob: *mut PyObject, callback: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyWeakref_NewProxy")]
    pub fn PyWeakref_NewProxy(ob: *mut PyObject, callback: *mut PyObject) -> *mut PyObject;
    /// Deprecated since 3.13 and removed in 3.15: use `PyWeakref_GetRef`.
    #[cfg(not(Py_3_15))]
    #[cfg_attr(Py_3_13, deprecated(note = "use PyWeakref_GetRef"))]
    #[cfg_attr(PyPy, link_name = "PyPyWeakref_GetObject")]
    pub fn PyWeakref_GetObject(reference: *mut PyObject) -> *mut PyObject;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyWeakref_GetRef")]
    pub fn PyWeakref_GetRef(reference: *mut PyObject, pobj: *mut *mut PyObject) -> c_int;
}
