//! `Include/cpython/objimpl.h`: object sizes, the arena allocator, and GC
//! and weak-reference helpers outside the limited API.

use std::ffi::{c_int, c_void};

use libc::size_t;

use crate::ffi::{Py_ssize_t, PyObject, PyTypeObject};

/// The size of a fixed-size instance of `tp` (C `_PyObject_SIZE`).
#[inline]
pub unsafe fn _PyObject_SIZE(tp: *mut PyTypeObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*tp).tp_basicsize }
}

/// The size of an instance of `tp` with `nitems` items, rounded up to a
/// multiple of the pointer size (C `_PyObject_VAR_SIZE`).
#[inline]
pub unsafe fn _PyObject_VAR_SIZE(tp: *mut PyTypeObject, nitems: Py_ssize_t) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let size = ((*tp).tp_basicsize as usize)
            .wrapping_add((nitems as usize).wrapping_mul((*tp).tp_itemsize as usize));
        let align = std::mem::size_of::<*mut c_void>();
        ((size + (align - 1)) & !(align - 1)) as Py_ssize_t
    }
}

/// The allocator of the arenas behind `PyObject_Malloc` (C
/// `PyObjectArenaAllocator`).
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PyObjectArenaAllocator {
    /// First argument of both functions.
    pub ctx: *mut c_void,
    pub alloc: Option<unsafe extern "C" fn(ctx: *mut c_void, size: size_t) -> *mut c_void>,
    pub free: Option<unsafe extern "C" fn(ctx: *mut c_void, ptr: *mut c_void, size: size_t)>,
}

#[cfg(not(PyPy))]
unsafe extern "C" {
    pub fn PyObject_GetArenaAllocator(allocator: *mut PyObjectArenaAllocator);
    pub fn PyObject_SetArenaAllocator(allocator: *mut PyObjectArenaAllocator);
}

unsafe extern "C" {
    pub fn PyObject_IS_GC(obj: *mut PyObject) -> c_int;
}

/// Whether instances of `tp` support weak references (C
/// `PyType_SUPPORTS_WEAKREFS`; a function since 3.11).
#[cfg(not(Py_3_11))]
#[inline]
pub unsafe fn PyType_SUPPORTS_WEAKREFS(tp: *mut PyTypeObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { ((*tp).tp_weaklistoffset > 0) as c_int }
}

unsafe extern "C" {
    #[cfg(Py_3_11)]
    pub fn PyType_SUPPORTS_WEAKREFS(tp: *mut PyTypeObject) -> c_int;
    pub fn PyObject_GET_WEAKREFS_LISTPTR(op: *mut PyObject) -> *mut *mut PyObject;
}

/// A callback of `PyUnstable_GC_VisitObjects`; returning 0 stops the walk
/// (C `gcvisitobjects_t`, 3.12+).
#[cfg(Py_3_12)]
pub type gcvisitobjects_t = unsafe extern "C" fn(obj: *mut PyObject, arg: *mut c_void) -> c_int;

#[cfg(all(Py_3_12, not(PyPy)))]
unsafe extern "C" {
    pub fn PyUnstable_Object_GC_NewWithExtraData(
        tp: *mut PyTypeObject,
        extra_size: size_t,
    ) -> *mut PyObject;
    pub fn PyUnstable_GC_VisitObjects(callback: gcvisitobjects_t, arg: *mut c_void);
}
