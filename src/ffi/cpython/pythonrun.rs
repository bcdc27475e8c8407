//! `Include/cpython/pythonrun.h` (before 3.10, the non-limited part of
//! `Include/pythonrun.h`): running source code from strings and files.

use std::ffi::{c_char, c_int};

use crate::ffi::{PyCompilerFlags, PyObject};
use libc::FILE;

unsafe extern "C" {
    #[cfg(not(PyPy))]
    pub fn PyRun_SimpleStringFlags(command: *const c_char, flags: *mut PyCompilerFlags) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyRun_AnyFileExFlags(
        fp: *mut FILE,
        filename: *const c_char,
        closeit: c_int,
        flags: *mut PyCompilerFlags,
    ) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyRun_SimpleFileExFlags(
        fp: *mut FILE,
        filename: *const c_char,
        closeit: c_int,
        flags: *mut PyCompilerFlags,
    ) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyRun_InteractiveOneFlags(
        fp: *mut FILE,
        filename: *const c_char,
        flags: *mut PyCompilerFlags,
    ) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyRun_InteractiveOneObject(
        fp: *mut FILE,
        filename: *mut PyObject,
        flags: *mut PyCompilerFlags,
    ) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyRun_InteractiveLoopFlags(
        fp: *mut FILE,
        filename: *const c_char,
        flags: *mut PyCompilerFlags,
    ) -> c_int;

    #[cfg_attr(PyPy, link_name = "PyPyRun_StringFlags")]
    pub fn PyRun_StringFlags(
        str: *const c_char,
        start: c_int,
        globals: *mut PyObject,
        locals: *mut PyObject,
        flags: *mut PyCompilerFlags,
    ) -> *mut PyObject;
    #[cfg(not(PyPy))]
    pub fn PyRun_FileExFlags(
        fp: *mut FILE,
        filename: *const c_char,
        start: c_int,
        globals: *mut PyObject,
        locals: *mut PyObject,
        closeit: c_int,
        flags: *mut PyCompilerFlags,
    ) -> *mut PyObject;

    /// Compiles `str` with compiler flags (exported as a function in every
    /// version; also a C macro over `Py_CompileStringExFlags`).
    #[cfg_attr(PyPy, link_name = "PyPy_CompileStringFlags")]
    pub fn Py_CompileStringFlags(
        str: *const c_char,
        filename: *const c_char,
        start: c_int,
        flags: *mut PyCompilerFlags,
    ) -> *mut PyObject;
    #[cfg(not(PyPy))]
    pub fn Py_CompileStringExFlags(
        str: *const c_char,
        filename: *const c_char,
        start: c_int,
        flags: *mut PyCompilerFlags,
        optimize: c_int,
    ) -> *mut PyObject;
    #[cfg(not(PyPy))]
    pub fn Py_CompileStringObject(
        str: *const c_char,
        filename: *mut PyObject,
        start: c_int,
        flags: *mut PyCompilerFlags,
        optimize: c_int,
    ) -> *mut PyObject;

    // The function flavors of the C convenience macros below the `*Flags`
    // functions, which libpython exports too.
    #[cfg_attr(PyPy, link_name = "PyPyRun_String")]
    pub fn PyRun_String(
        str: *const c_char,
        start: c_int,
        globals: *mut PyObject,
        locals: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg(not(PyPy))]
    pub fn PyRun_AnyFile(fp: *mut FILE, name: *const c_char) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyRun_AnyFileEx(fp: *mut FILE, name: *const c_char, closeit: c_int) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyRun_AnyFileFlags(
        fp: *mut FILE,
        name: *const c_char,
        flags: *mut PyCompilerFlags,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyRun_SimpleString")]
    pub fn PyRun_SimpleString(command: *const c_char) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyRun_SimpleFile(fp: *mut FILE, filename: *const c_char) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyRun_SimpleFileEx(fp: *mut FILE, filename: *const c_char, closeit: c_int) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyRun_InteractiveOne(fp: *mut FILE, filename: *const c_char) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyRun_InteractiveLoop(fp: *mut FILE, filename: *const c_char) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyRun_File")]
    pub fn PyRun_File(
        fp: *mut FILE,
        filename: *const c_char,
        start: c_int,
        globals: *mut PyObject,
        locals: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg(not(PyPy))]
    pub fn PyRun_FileEx(
        fp: *mut FILE,
        filename: *const c_char,
        start: c_int,
        globals: *mut PyObject,
        locals: *mut PyObject,
        closeit: c_int,
    ) -> *mut PyObject;
    #[cfg(not(PyPy))]
    pub fn PyRun_FileFlags(
        fp: *mut FILE,
        filename: *const c_char,
        start: c_int,
        globals: *mut PyObject,
        locals: *mut PyObject,
        flags: *mut PyCompilerFlags,
    ) -> *mut PyObject;

    /// Reads one line from `stdin` after printing `prompt` to `stdout`.
    #[cfg(not(PyPy))]
    pub fn PyOS_Readline(stdin: *mut FILE, stdout: *mut FILE, prompt: *const c_char)
    -> *mut c_char;
    /// The function `PyOS_Readline` delegates to.
    #[cfg(not(PyPy))]
    pub static mut PyOS_ReadlineFunctionPointer:
        Option<unsafe extern "C" fn(*mut FILE, *mut FILE, *const c_char) -> *mut c_char>;
}

// Parsing to an AST with an arena (Python 3.9 only).
#[cfg(not(any(PyPy, Py_3_10)))]
unsafe extern "C" {
    pub fn PyParser_ASTFromString(
        s: *const std::ffi::c_char,
        filename: *const std::ffi::c_char,
        start: std::ffi::c_int,
        flags: *mut crate::ffi::PyCompilerFlags,
        arena: *mut crate::ffi::PyArena,
    ) -> *mut crate::ffi::_mod;
    pub fn PyParser_ASTFromStringObject(
        s: *const std::ffi::c_char,
        filename: *mut crate::ffi::PyObject,
        start: std::ffi::c_int,
        flags: *mut crate::ffi::PyCompilerFlags,
        arena: *mut crate::ffi::PyArena,
    ) -> *mut crate::ffi::_mod;
    pub fn PyParser_ASTFromFile(
        fp: *mut libc::FILE,
        filename: *const std::ffi::c_char,
        enc: *const std::ffi::c_char,
        start: std::ffi::c_int,
        ps1: *const std::ffi::c_char,
        ps2: *const std::ffi::c_char,
        flags: *mut crate::ffi::PyCompilerFlags,
        errcode: *mut std::ffi::c_int,
        arena: *mut crate::ffi::PyArena,
    ) -> *mut crate::ffi::_mod;
    pub fn PyParser_ASTFromFileObject(
        fp: *mut libc::FILE,
        filename: *mut crate::ffi::PyObject,
        enc: *const std::ffi::c_char,
        start: std::ffi::c_int,
        ps1: *const std::ffi::c_char,
        ps2: *const std::ffi::c_char,
        flags: *mut crate::ffi::PyCompilerFlags,
        errcode: *mut std::ffi::c_int,
        arena: *mut crate::ffi::PyArena,
    ) -> *mut crate::ffi::_mod;
}
