//! `Include/pylifecycle.h`: starting and stopping the interpreter, version
//! strings and signal handlers.

#[cfg(Py_3_11)]
use std::ffi::c_ulong;
use std::ffi::{c_char, c_int};

use libc::wchar_t;

use crate::ffi::PyThreadState;

unsafe extern "C" {
    pub fn Py_Initialize();
    pub fn Py_InitializeEx(initsigs: c_int);
    #[cfg_attr(PyPy, link_name = "PyPy_Finalize")]
    pub fn Py_Finalize();
    pub fn Py_FinalizeEx() -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_IsInitialized")]
    pub fn Py_IsInitialized() -> c_int;

    pub fn Py_NewInterpreter() -> *mut PyThreadState;
    pub fn Py_EndInterpreter(tstate: *mut PyThreadState);

    #[cfg_attr(PyPy, link_name = "PyPy_AtExit")]
    pub fn Py_AtExit(func: Option<extern "C" fn()>) -> c_int;
    pub fn Py_Exit(status: c_int) -> !;

    pub fn Py_Main(argc: c_int, argv: *mut *mut wchar_t) -> c_int;
    pub fn Py_BytesMain(argc: c_int, argv: *mut *mut c_char) -> c_int;

    #[cfg_attr(Py_3_11, deprecated(note = "set PyConfig.program_name instead"))]
    pub fn Py_SetProgramName(name: *const wchar_t);
    #[cfg(not(Py_3_15))]
    #[cfg_attr(Py_3_13, deprecated(note = "read sys.executable instead"))]
    pub fn Py_GetProgramName() -> *mut wchar_t;
    #[cfg_attr(Py_3_11, deprecated(note = "set PyConfig.home instead"))]
    pub fn Py_SetPythonHome(home: *const wchar_t);
    #[cfg(not(Py_3_15))]
    #[cfg_attr(Py_3_13, deprecated(note = "read PyConfig.home or PYTHONHOME instead"))]
    pub fn Py_GetPythonHome() -> *mut wchar_t;
    #[cfg(not(Py_3_15))]
    #[cfg_attr(Py_3_13, deprecated(note = "read sys.executable instead"))]
    pub fn Py_GetProgramFullPath() -> *mut wchar_t;
    #[cfg(not(Py_3_15))]
    #[cfg_attr(Py_3_13, deprecated(note = "read sys.base_prefix instead"))]
    pub fn Py_GetPrefix() -> *mut wchar_t;
    #[cfg(not(Py_3_15))]
    #[cfg_attr(Py_3_13, deprecated(note = "read sys.base_exec_prefix instead"))]
    pub fn Py_GetExecPrefix() -> *mut wchar_t;
    #[cfg(not(Py_3_15))]
    #[cfg_attr(Py_3_13, deprecated(note = "read sys.path instead"))]
    pub fn Py_GetPath() -> *mut wchar_t;
    #[cfg(not(Py_3_13))]
    #[cfg_attr(Py_3_11, deprecated(note = "set PyConfig.module_search_paths instead"))]
    pub fn Py_SetPath(path: *const wchar_t);

    #[cfg_attr(PyPy, link_name = "PyPy_GetVersion")]
    pub fn Py_GetVersion() -> *const c_char;
    pub fn Py_GetPlatform() -> *const c_char;
    pub fn Py_GetCopyright() -> *const c_char;
    pub fn Py_GetCompiler() -> *const c_char;
    pub fn Py_GetBuildInfo() -> *const c_char;
}

/// A C signal handler (C `PyOS_sighandler_t`); `None` is `SIG_DFL`.
pub type PyOS_sighandler_t = Option<unsafe extern "C" fn(signum: c_int)>;

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyOS_getsig")]
    pub fn PyOS_getsig(sig: c_int) -> PyOS_sighandler_t;
    #[cfg_attr(PyPy, link_name = "PyPyOS_setsig")]
    pub fn PyOS_setsig(sig: c_int, handler: PyOS_sighandler_t) -> PyOS_sighandler_t;

    /// The version of the running interpreter, encoded like `PY_VERSION_HEX`
    /// (3.11+).
    #[cfg(Py_3_11)]
    pub static Py_Version: c_ulong;

    #[cfg(Py_3_13)]
    pub fn Py_IsFinalizing() -> c_int;
}
