//! `Include/pythonrun.h`: compiling source strings, printing the current
//! exception, and the interactive-input hooks.

#[cfg(not(Py_3_10))]
use std::ffi::c_char;
use std::ffi::c_int;

use crate::ffi::PyObject;

opaque_struct!(
    /// An AST module node (C `struct _mod`).
    pub _mod
);
opaque_struct!(
    /// A concrete-syntax-tree node of the old parser (C `struct _node`).
    pub _node
);
opaque_struct!(
    /// A symbol table (C `struct symtable`).
    pub symtable
);

unsafe extern "C" {
    /// Compiles `str` into a code object; `start` is one of the
    /// `Py_*_input` start symbols.
    #[cfg(not(PyPy))]
    pub fn Py_CompileString(
        str: *const std::ffi::c_char,
        filename: *const std::ffi::c_char,
        start: c_int,
    ) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyErr_Print")]
    pub fn PyErr_Print();
    #[cfg_attr(PyPy, link_name = "PyPyErr_PrintEx")]
    pub fn PyErr_PrintEx(set_sys_last_vars: c_int);
    #[cfg_attr(PyPy, link_name = "PyPyErr_Display")]
    pub fn PyErr_Display(exc: *mut PyObject, value: *mut PyObject, tb: *mut PyObject);
    #[cfg(Py_3_12)]
    #[cfg_attr(PyPy, link_name = "PyPyErr_DisplayException")]
    pub fn PyErr_DisplayException(exc: *mut PyObject);

    /// Called periodically while the interpreter waits for interactive
    /// input.
    #[cfg(not(PyPy))]
    pub static mut PyOS_InputHook: Option<unsafe extern "C" fn() -> c_int>;

    #[cfg(all(windows, any(Py_3_14, all(target_arch = "x86", target_env = "msvc"))))]
    pub fn PyOS_CheckStack() -> c_int;

    #[cfg(not(Py_3_10))]
    pub fn PyParser_SimpleParseStringFlags(
        str: *const c_char,
        start: c_int,
        flags: c_int,
    ) -> *mut _node;
    #[cfg(not(Py_3_10))]
    pub fn PyParser_SimpleParseStringFlagsFilename(
        str: *const c_char,
        filename: *const c_char,
        start: c_int,
        flags: c_int,
    ) -> *mut _node;
    #[cfg(not(Py_3_10))]
    pub fn PyParser_SimpleParseFileFlags(
        fp: *mut libc::FILE,
        filename: *const c_char,
        start: c_int,
        flags: c_int,
    ) -> *mut _node;

    #[cfg(not(Py_3_10))]
    pub fn Py_SymtableString(
        str: *const c_char,
        filename: *const c_char,
        start: c_int,
    ) -> *mut symtable;
    #[cfg(all(not(Py_3_10), not(Py_LIMITED_API)))]
    pub fn Py_SymtableStringObject(
        str: *const c_char,
        filename: *mut PyObject,
        start: c_int,
    ) -> *mut symtable;
}

/// Compiles `str` into a code object (C `Py_CompileString`; a macro over
/// `Py_CompileStringFlags` on PyPy).
#[cfg(PyPy)]
#[inline]
pub unsafe fn Py_CompileString(
    str: *const std::ffi::c_char,
    filename: *const std::ffi::c_char,
    start: c_int,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { crate::ffi::Py_CompileStringFlags(str, filename, start, std::ptr::null_mut()) }
}

/// Parses `str` with the old parser (C `PyParser_SimpleParseString`,
/// removed in 3.10).
#[cfg(not(Py_3_10))]
#[inline]
pub unsafe fn PyParser_SimpleParseString(str: *const c_char, start: c_int) -> *mut _node {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyParser_SimpleParseStringFlags(str, start, 0) }
}

/// Parses the file `fp` with the old parser (C `PyParser_SimpleParseFile`,
/// removed in 3.10).
#[cfg(not(Py_3_10))]
#[inline]
pub unsafe fn PyParser_SimpleParseFile(
    fp: *mut libc::FILE,
    filename: *const c_char,
    start: c_int,
) -> *mut _node {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyParser_SimpleParseFileFlags(fp, filename, start, 0) }
}

/// Stack margin, in pointers, that `PyOS_CheckStack` keeps free
/// (C `PYOS_STACK_MARGIN`, removed in 3.14).
#[cfg(not(Py_3_14))]
pub const PYOS_STACK_MARGIN: c_int = 2048;
