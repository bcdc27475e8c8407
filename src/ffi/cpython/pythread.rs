//! `Include/cpython/pythread.h` (3.11+; before, the same items sat in
//! `pythread.h` outside the limited API): the layout of `Py_tss_t` and the
//! invalid thread id.

use std::ffi::{c_int, c_ulong};

#[cfg(Py_3_13)]
use crate::ffi::PY_TIMEOUT_T;

/// `PyThread_get_thread_ident` never returns this (C
/// `PYTHREAD_INVALID_THREAD_ID`).
pub const PYTHREAD_INVALID_THREAD_ID: c_ulong = c_ulong::MAX;

#[cfg(Py_3_13)]
unsafe extern "C" {
    /// The largest usable timeout of `PyThread_acquire_lock_timed`, in
    /// microseconds (3.13+; a macro before).
    pub static PY_TIMEOUT_MAX: PY_TIMEOUT_T;
}

/// The native key type behind `Py_tss_t` (`pthread_key_t`, or a `DWORD`
/// on Windows).
#[cfg(not(windows))]
type NativeTssKey = libc::pthread_key_t;
#[cfg(windows)]
type NativeTssKey = c_ulong;

/// A thread-specific storage key (C `Py_tss_t`). Statically allocated keys
/// must start as `Py_tss_NEEDS_INIT` and are only used through the
/// `PyThread_tss_*` functions.
#[repr(C)]
#[derive(Debug)]
pub struct Py_tss_t {
    _is_initialized: c_int,
    _key: NativeTssKey,
}

/// The initial value of a statically allocated `Py_tss_t` (C
/// `Py_tss_NEEDS_INIT`).
pub const Py_tss_NEEDS_INIT: Py_tss_t = Py_tss_t {
    _is_initialized: 0,
    _key: 0,
};
