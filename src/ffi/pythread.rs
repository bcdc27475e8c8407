//! `Include/pythread.h`: CPython's portable threads, locks and thread-specific
//! storage (TSS).

use std::ffi::{c_int, c_longlong, c_ulong, c_void};

#[cfg(not(Py_LIMITED_API))]
use crate::ffi::Py_tss_t;
use crate::ffi::PyObject;

/// An opaque lock from `PyThread_allocate_lock` (C `PyThread_type_lock`).
pub type PyThread_type_lock = *mut c_void;

/// The outcome of `PyThread_acquire_lock_timed` (C `PyLockStatus`).
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum PyLockStatus {
    PY_LOCK_FAILURE = 0,
    PY_LOCK_ACQUIRED = 1,
    /// The wait was interrupted by a signal.
    PY_LOCK_INTR,
}

/// `waitflag` of `PyThread_acquire_lock`: block until acquired.
pub const WAIT_LOCK: c_int = 1;
/// `waitflag` of `PyThread_acquire_lock`: fail at once if held.
pub const NOWAIT_LOCK: c_int = 0;

/// The timeout type of `PyThread_acquire_lock_timed`, in microseconds (C
/// `PY_TIMEOUT_T`).
pub type PY_TIMEOUT_T = c_longlong;

/// The largest usable timeout of `PyThread_acquire_lock_timed`, in
/// microseconds (C `PY_TIMEOUT_MAX`; a variable since 3.13, declared in the
/// `cpython` part).
#[cfg(all(not(Py_3_13), not(windows)))]
pub const PY_TIMEOUT_MAX: PY_TIMEOUT_T = c_longlong::MAX / 1000;
/// The largest usable timeout of `PyThread_acquire_lock_timed`, in
/// microseconds (C `PY_TIMEOUT_MAX`; a variable since 3.13, declared in the
/// `cpython` part).
#[cfg(all(not(Py_3_13), windows))]
pub const PY_TIMEOUT_MAX: PY_TIMEOUT_T = 0xFFFF_FFFE * 1000;

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyThread_init_thread")]
    pub fn PyThread_init_thread();
    #[cfg_attr(PyPy, link_name = "PyPyThread_start_new_thread")]
    pub fn PyThread_start_new_thread(
        func: Option<unsafe extern "C" fn(arg: *mut c_void)>,
        arg: *mut c_void,
    ) -> c_ulong;
    #[cfg_attr(
        Py_3_14,
        deprecated(note = "unsafe: the thread's stack is not unwound")
    )]
    pub fn PyThread_exit_thread() -> !;
    #[cfg_attr(PyPy, link_name = "PyPyThread_get_thread_ident")]
    pub fn PyThread_get_thread_ident() -> c_ulong;
    #[cfg(any(
        target_os = "linux",
        target_vendor = "apple",
        windows,
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd",
        target_os = "dragonfly",
        target_os = "aix"
    ))]
    pub fn PyThread_get_thread_native_id() -> c_ulong;

    #[cfg_attr(PyPy, link_name = "PyPyThread_allocate_lock")]
    pub fn PyThread_allocate_lock() -> PyThread_type_lock;
    #[cfg_attr(PyPy, link_name = "PyPyThread_free_lock")]
    pub fn PyThread_free_lock(lock: PyThread_type_lock);
    #[cfg_attr(PyPy, link_name = "PyPyThread_acquire_lock")]
    pub fn PyThread_acquire_lock(lock: PyThread_type_lock, waitflag: c_int) -> c_int;
    pub fn PyThread_acquire_lock_timed(
        lock: PyThread_type_lock,
        microseconds: PY_TIMEOUT_T,
        intr_flag: c_int,
    ) -> PyLockStatus;
    #[cfg_attr(PyPy, link_name = "PyPyThread_release_lock")]
    pub fn PyThread_release_lock(lock: PyThread_type_lock);

    pub fn PyThread_get_stacksize() -> usize;
    pub fn PyThread_set_stacksize(size: usize) -> c_int;
    pub fn PyThread_GetInfo() -> *mut PyObject;

    #[deprecated(note = "use the thread-specific storage (PyThread_tss_*) API")]
    #[cfg_attr(PyPy, link_name = "PyPyThread_create_key")]
    pub fn PyThread_create_key() -> c_int;
    #[deprecated(note = "use the thread-specific storage (PyThread_tss_*) API")]
    #[cfg_attr(PyPy, link_name = "PyPyThread_delete_key")]
    pub fn PyThread_delete_key(key: c_int);
    #[deprecated(note = "use the thread-specific storage (PyThread_tss_*) API")]
    #[cfg_attr(PyPy, link_name = "PyPyThread_set_key_value")]
    pub fn PyThread_set_key_value(key: c_int, value: *mut c_void) -> c_int;
    #[deprecated(note = "use the thread-specific storage (PyThread_tss_*) API")]
    #[cfg_attr(PyPy, link_name = "PyPyThread_get_key_value")]
    pub fn PyThread_get_key_value(key: c_int) -> *mut c_void;
    #[deprecated(note = "use the thread-specific storage (PyThread_tss_*) API")]
    #[cfg_attr(PyPy, link_name = "PyPyThread_delete_key_value")]
    pub fn PyThread_delete_key_value(key: c_int);
    #[deprecated(note = "use the thread-specific storage (PyThread_tss_*) API")]
    #[cfg_attr(PyPy, link_name = "PyPyThread_ReInitTLS")]
    pub fn PyThread_ReInitTLS();
}

#[cfg(Py_LIMITED_API)]
opaque_struct!(
    /// A thread-specific storage key (C `Py_tss_t`); its layout is hidden by
    /// the limited API, so allocate it with `PyThread_tss_alloc`.
    pub Py_tss_t
);

unsafe extern "C" {
    pub fn PyThread_tss_alloc() -> *mut Py_tss_t;
    pub fn PyThread_tss_free(key: *mut Py_tss_t);
    pub fn PyThread_tss_is_created(key: *mut Py_tss_t) -> c_int;
    pub fn PyThread_tss_create(key: *mut Py_tss_t) -> c_int;
    pub fn PyThread_tss_delete(key: *mut Py_tss_t);
    pub fn PyThread_tss_set(key: *mut Py_tss_t, value: *mut c_void) -> c_int;
    pub fn PyThread_tss_get(key: *mut Py_tss_t) -> *mut c_void;
}
