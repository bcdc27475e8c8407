//! `Include/cpython/critical_section.h`: critical sections on bare
//! `PyMutex`es (3.14+); the rest is in `critical_section.rs`.

#[cfg(Py_3_14)]
use crate::ffi::{PyCriticalSection, PyCriticalSection2, PyMutex};

#[cfg(Py_3_14)]
unsafe extern "C" {
    pub fn PyCriticalSection_BeginMutex(c: *mut PyCriticalSection, m: *mut PyMutex);
    pub fn PyCriticalSection2_BeginMutex(
        c: *mut PyCriticalSection2,
        m1: *mut PyMutex,
        m2: *mut PyMutex,
    );
}
