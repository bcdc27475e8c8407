//! `Include/cpython/pydebug.h` (`Include/pydebug.h` before 3.11): the legacy
//! global configuration flags, deprecated since 3.12 in favour of
//! `PyConfig`.

use std::ffi::{c_char, c_int};

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPy_DebugFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.parser_debug"))]
    pub static mut Py_DebugFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_VerboseFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.verbose"))]
    pub static mut Py_VerboseFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_QuietFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.quiet"))]
    pub static mut Py_QuietFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_InteractiveFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.interactive"))]
    pub static mut Py_InteractiveFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_InspectFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.inspect"))]
    pub static mut Py_InspectFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_OptimizeFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.optimization_level"))]
    pub static mut Py_OptimizeFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_NoSiteFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.site_import"))]
    pub static mut Py_NoSiteFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_BytesWarningFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.bytes_warning"))]
    pub static mut Py_BytesWarningFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_FrozenFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.pathconfig_warnings"))]
    pub static mut Py_FrozenFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_IgnoreEnvironmentFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.use_environment"))]
    pub static mut Py_IgnoreEnvironmentFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_DontWriteBytecodeFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.write_bytecode"))]
    pub static mut Py_DontWriteBytecodeFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_NoUserSiteDirectory")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.user_site_directory"))]
    pub static mut Py_NoUserSiteDirectory: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_UnbufferedStdioFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.buffered_stdio"))]
    pub static mut Py_UnbufferedStdioFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_HashRandomizationFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.use_hash_seed and hash_seed"))]
    pub static mut Py_HashRandomizationFlag: c_int;
    #[cfg_attr(PyPy, link_name = "PyPy_IsolatedFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.isolated"))]
    pub static mut Py_IsolatedFlag: c_int;
    #[cfg(windows)]
    #[cfg_attr(
        Py_3_12,
        deprecated(note = "use PyPreConfig.legacy_windows_fs_encoding")
    )]
    pub static mut Py_LegacyWindowsFSEncodingFlag: c_int;
    #[cfg(windows)]
    #[cfg_attr(PyPy, link_name = "PyPy_LegacyWindowsStdioFlag")]
    #[cfg_attr(Py_3_12, deprecated(note = "use PyConfig.legacy_windows_stdio"))]
    pub static mut Py_LegacyWindowsStdioFlag: c_int;
}

unsafe extern "C" {
    /// `getenv(name)` unless the environment is ignored (a function since
    /// 3.11).
    #[cfg(Py_3_11)]
    pub fn Py_GETENV(name: *const c_char) -> *mut c_char;
}

/// `getenv(name)`, or null when `Py_IgnoreEnvironmentFlag` is set (C
/// `Py_GETENV`, a macro before 3.11).
#[cfg(not(Py_3_11))]
#[inline]
pub unsafe fn Py_GETENV(name: *const c_char) -> *mut c_char {
    // SAFETY: reads a C `int` global the interpreter only writes during
    // initialization.
    if unsafe { Py_IgnoreEnvironmentFlag } != 0 {
        std::ptr::null_mut()
    } else {
        // SAFETY: `name` is a NUL-terminated string (the caller's contract).
        unsafe { libc::getenv(name) }
    }
}
