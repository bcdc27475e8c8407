//! `Include/cpython/lock.h` (3.13) / `Include/cpython/pylock.h` (3.14+): the
//! one-byte mutex `PyMutex`.

use std::sync::atomic::AtomicU8;

/// A one-byte lock (C `PyMutex`, 3.13+). It must stay at a fixed address
/// while in use, and is only meant for the C API's functions below.
#[repr(transparent)]
#[derive(Debug)]
pub struct PyMutex {
    _bits: AtomicU8,
}

impl PyMutex {
    /// An unlocked mutex.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> PyMutex {
        PyMutex {
            _bits: AtomicU8::new(0),
        }
    }
}

unsafe extern "C" {
    pub fn PyMutex_Lock(m: *mut PyMutex);
    pub fn PyMutex_Unlock(m: *mut PyMutex);
    #[cfg(Py_3_14)]
    pub fn PyMutex_IsLocked(m: *mut PyMutex) -> std::ffi::c_int;
}
