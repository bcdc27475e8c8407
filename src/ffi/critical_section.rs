//! `Include/critical_section.h` (3.15+; `Include/cpython/critical_section.h`
//! in 3.13 and 3.14): critical sections, the per-object locking that
//! replaces the GIL in free-threaded builds (no-ops with the GIL).

use std::ffi::c_void;

use crate::ffi::PyObject;

/// A critical section on one object (C `PyCriticalSection`, 3.13+). Its
/// fields are private. The C type only has a layout in free-threaded builds
/// (and in every 3.15+ build); the one here fits them all.
#[repr(C)]
#[derive(Debug)]
pub struct PyCriticalSection {
    /// Tagged pointer to the enclosing active critical section, or 0.
    _cs_prev: usize,
    /// The `PyMutex` being held.
    _cs_mutex: *mut c_void,
}

/// A critical section on two objects at once (C `PyCriticalSection2`,
/// 3.13+); see `PyCriticalSection`.
#[repr(C)]
#[derive(Debug)]
pub struct PyCriticalSection2 {
    _cs_base: PyCriticalSection,
    /// The second `PyMutex` being held.
    _cs_mutex2: *mut c_void,
}

#[cfg(any(Py_3_15, not(Py_LIMITED_API)))]
unsafe extern "C" {
    pub fn PyCriticalSection_Begin(c: *mut PyCriticalSection, op: *mut PyObject);
    pub fn PyCriticalSection_End(c: *mut PyCriticalSection);
    pub fn PyCriticalSection2_Begin(c: *mut PyCriticalSection2, a: *mut PyObject, b: *mut PyObject);
    pub fn PyCriticalSection2_End(c: *mut PyCriticalSection2);
}
