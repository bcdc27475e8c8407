//! `Include/cpython/pylifecycle.h`: initialization from a configuration,
//! sub-interpreters with their own settings (3.12+) and exit callbacks.

#[cfg(Py_3_13)]
use std::ffi::c_void;
use std::ffi::{c_char, c_int};

use libc::wchar_t;

#[cfg(Py_3_13)]
use crate::ffi::PyInterpreterState;
#[cfg(Py_3_12)]
use crate::ffi::PyThreadState;
use crate::ffi::{Py_ssize_t, PyConfig, PyPreConfig, PyStatus};

unsafe extern "C" {
    pub fn Py_FrozenMain(argc: c_int, argv: *mut *mut c_char) -> c_int;

    #[cfg(not(Py_3_13))]
    #[cfg_attr(Py_3_11, deprecated(note = "set PyConfig.stdio_encoding instead"))]
    pub fn Py_SetStandardStreamEncoding(encoding: *const c_char, errors: *const c_char) -> c_int;

    pub fn Py_PreInitialize(src_config: *const PyPreConfig) -> PyStatus;
    pub fn Py_PreInitializeFromBytesArgs(
        src_config: *const PyPreConfig,
        argc: Py_ssize_t,
        argv: *mut *mut c_char,
    ) -> PyStatus;
    pub fn Py_PreInitializeFromArgs(
        src_config: *const PyPreConfig,
        argc: Py_ssize_t,
        argv: *mut *mut wchar_t,
    ) -> PyStatus;

    pub fn Py_InitializeFromConfig(config: *const PyConfig) -> PyStatus;
    pub fn Py_RunMain() -> c_int;
    pub fn Py_ExitStatusException(err: PyStatus) -> !;

    pub fn Py_FdIsInteractive(fp: *mut libc::FILE, filename: *const c_char) -> c_int;
}

/// `PyInterpreterConfig.gil`: use the process default (3.12+).
#[cfg(Py_3_12)]
pub const PyInterpreterConfig_DEFAULT_GIL: c_int = 0;
/// `PyInterpreterConfig.gil`: share the main interpreter's GIL (3.12+).
#[cfg(Py_3_12)]
pub const PyInterpreterConfig_SHARED_GIL: c_int = 1;
/// `PyInterpreterConfig.gil`: the sub-interpreter gets its own GIL (3.12+).
#[cfg(Py_3_12)]
pub const PyInterpreterConfig_OWN_GIL: c_int = 2;

/// The settings of a sub-interpreter created with
/// `Py_NewInterpreterFromConfig` (C `PyInterpreterConfig`, 3.12+).
#[cfg(Py_3_12)]
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct PyInterpreterConfig {
    pub use_main_obmalloc: c_int,
    pub allow_fork: c_int,
    pub allow_exec: c_int,
    pub allow_threads: c_int,
    pub allow_daemon_threads: c_int,
    pub check_multi_interp_extensions: c_int,
    /// One of the `PyInterpreterConfig_*_GIL` constants.
    pub gil: c_int,
}

/// The settings of an isolated sub-interpreter with its own GIL (C
/// `_PyInterpreterConfig_INIT`, 3.12+).
#[cfg(Py_3_12)]
pub const _PyInterpreterConfig_INIT: PyInterpreterConfig = PyInterpreterConfig {
    use_main_obmalloc: 0,
    allow_fork: 0,
    allow_exec: 0,
    allow_threads: 1,
    allow_daemon_threads: 0,
    check_multi_interp_extensions: 1,
    gil: PyInterpreterConfig_OWN_GIL,
};

/// The settings `Py_NewInterpreter` uses (C
/// `_PyInterpreterConfig_LEGACY_INIT`, 3.12+); free-threaded builds always
/// check extensions for multi-interpreter support.
#[cfg(Py_3_12)]
pub const _PyInterpreterConfig_LEGACY_INIT: PyInterpreterConfig = PyInterpreterConfig {
    use_main_obmalloc: 1,
    allow_fork: 1,
    allow_exec: 1,
    allow_threads: 1,
    allow_daemon_threads: 1,
    check_multi_interp_extensions: cfg!(Py_GIL_DISABLED) as c_int,
    gil: PyInterpreterConfig_SHARED_GIL,
};

#[cfg(Py_3_12)]
unsafe extern "C" {
    pub fn Py_NewInterpreterFromConfig(
        tstate_p: *mut *mut PyThreadState,
        config: *const PyInterpreterConfig,
    ) -> PyStatus;
}

/// A callback registered with `PyUnstable_AtExit` (C
/// `atexit_datacallbackfunc`, 3.13+).
#[cfg(Py_3_13)]
pub type atexit_datacallbackfunc = unsafe extern "C" fn(data: *mut c_void);

#[cfg(Py_3_13)]
unsafe extern "C" {
    pub fn PyUnstable_AtExit(
        interp: *mut PyInterpreterState,
        func: atexit_datacallbackfunc,
        data: *mut c_void,
    ) -> c_int;
}
