//! The optional `__dict__` and `__weakref__` slots of `#[pyclass(dict)]`
//! and `#[pyclass(weakref)]` instances. CPython finds them through the
//! `__dictoffset__` / `__weaklistoffset__` members of the type spec.

use crate::ffi;

/// The `__dict__` storage of a class: a pointer or nothing.
pub trait DictSlot {
    /// Whether instances have a `__dict__`.
    const ENABLED: bool;
    /// The slot of a new object (no dict yet: CPython makes it on demand).
    fn new() -> Self;
    /// Drops the dict, if one was made.
    ///
    /// # Safety
    ///
    /// Attached; called once, from the object's deallocation.
    unsafe fn clear(&mut self);
}

/// The storage of instances with a `__dict__`.
#[repr(transparent)]
pub struct PyClassDict(*mut ffi::PyObject);

impl DictSlot for PyClassDict {
    const ENABLED: bool = true;

    #[inline]
    fn new() -> Self {
        PyClassDict(std::ptr::null_mut())
    }

    unsafe fn clear(&mut self) {
        let dict = std::mem::replace(&mut self.0, std::ptr::null_mut());
        if !dict.is_null() {
            // SAFETY: the slot owned this reference; the caller is attached.
            unsafe { ffi::Py_DECREF(dict) };
        }
    }
}

/// No `__dict__`.
pub struct NoDict;

impl DictSlot for NoDict {
    const ENABLED: bool = false;

    #[inline]
    fn new() -> Self {
        NoDict
    }

    #[inline]
    unsafe fn clear(&mut self) {}
}

/// The weak-reference list storage of a class: a pointer or nothing.
pub trait WeakRefSlot {
    /// Whether instances can be weakly referenced.
    const ENABLED: bool;
    /// The slot of a new object.
    fn new() -> Self;
    /// Clears the weak references to `object` (their callbacks run).
    ///
    /// # Safety
    ///
    /// Attached; `object` is the object holding this slot, being
    /// deallocated, with nothing of it torn down yet.
    unsafe fn clear_weakrefs(&self, object: *mut ffi::PyObject);
}

/// The storage of instances that can be weakly referenced.
#[repr(transparent)]
pub struct PyClassWeakRef(*mut ffi::PyObject);

impl WeakRefSlot for PyClassWeakRef {
    const ENABLED: bool = true;

    #[inline]
    fn new() -> Self {
        PyClassWeakRef(std::ptr::null_mut())
    }

    unsafe fn clear_weakrefs(&self, object: *mut ffi::PyObject) {
        if !self.0.is_null() {
            // SAFETY: per this function's contract.
            unsafe { ffi::PyObject_ClearWeakRefs(object) };
        }
    }
}

/// No weak references.
pub struct NoWeakRef;

impl WeakRefSlot for NoWeakRef {
    const ENABLED: bool = false;

    #[inline]
    fn new() -> Self {
        NoWeakRef
    }

    #[inline]
    unsafe fn clear_weakrefs(&self, _object: *mut ffi::PyObject) {}
}
