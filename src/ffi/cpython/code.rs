//! `Include/cpython/code.h` (`Include/code.h` before 3.11): code objects.
//! `PyCodeObject` stays opaque (its fields change with every version).

#[cfg(not(PyPy))]
use std::ffi::c_void;
use std::ffi::{c_char, c_int};
#[cfg(not(PyPy))]
use std::ptr;

#[cfg(not(PyPy))]
use crate::ffi::{Py_IS_TYPE, Py_ssize_t, PyTypeObject};
use crate::ffi::{PyCodeObject, PyObject};

#[cfg(not(PyPy))]
unsafe extern "C" {
    /// The type of code objects.
    pub static mut PyCode_Type: PyTypeObject;
}

/// Whether `op` is a code object (C `PyCode_Check`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyCode_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyCode_Type)) }
}

#[cfg(PyPy)]
unsafe extern "C" {
    #[link_name = "PyPyCode_Check"]
    pub fn PyCode_Check(op: *mut PyObject) -> c_int;
}

// `co_flags` bits.
pub const CO_OPTIMIZED: c_int = 0x0001;
pub const CO_NEWLOCALS: c_int = 0x0002;
pub const CO_VARARGS: c_int = 0x0004;
pub const CO_VARKEYWORDS: c_int = 0x0008;
pub const CO_NESTED: c_int = 0x0010;
pub const CO_GENERATOR: c_int = 0x0020;
/// The code has no free or cell variables (before 3.11).
#[cfg(not(Py_3_11))]
pub const CO_NOFREE: c_int = 0x0040;
/// An `async def` function.
pub const CO_COROUTINE: c_int = 0x0080;
/// A generator decorated with `types.coroutine`.
pub const CO_ITERABLE_COROUTINE: c_int = 0x0100;
/// An `async def` function containing `yield`.
pub const CO_ASYNC_GENERATOR: c_int = 0x0200;

// `__future__` compiler flags.
pub const CO_FUTURE_DIVISION: c_int = 0x20000;
pub const CO_FUTURE_ABSOLUTE_IMPORT: c_int = 0x40000;
pub const CO_FUTURE_WITH_STATEMENT: c_int = 0x80000;
pub const CO_FUTURE_PRINT_FUNCTION: c_int = 0x100000;
pub const CO_FUTURE_UNICODE_LITERALS: c_int = 0x200000;
pub const CO_FUTURE_BARRY_AS_BDFL: c_int = 0x400000;
pub const CO_FUTURE_GENERATOR_STOP: c_int = 0x800000;
pub const CO_FUTURE_ANNOTATIONS: c_int = 0x1000000;

/// The code never emits `sys.monitoring` events (3.13+).
#[cfg(Py_3_13)]
pub const CO_NO_MONITORING_EVENTS: c_int = 0x2000000;
/// The first constant is the docstring (3.14+).
#[cfg(Py_3_14)]
pub const CO_HAS_DOCSTRING: c_int = 0x4000000;
/// The function is a method (3.14+).
#[cfg(Py_3_14)]
pub const CO_METHOD: c_int = 0x8000000;

/// The maximum static nesting of blocks in a function (C `CO_MAXBLOCKS`).
#[cfg(not(Py_3_13))]
pub const CO_MAXBLOCKS: usize = 20;
/// The maximum static nesting of blocks in a function (C `CO_MAXBLOCKS`).
#[cfg(Py_3_13)]
pub const CO_MAXBLOCKS: usize = 21;

#[cfg(any(not(Py_3_11), PyPy))]
unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyCode_New")]
    pub fn PyCode_New(
        argcount: c_int,
        kwonlyargcount: c_int,
        nlocals: c_int,
        stacksize: c_int,
        flags: c_int,
        code: *mut PyObject,
        consts: *mut PyObject,
        names: *mut PyObject,
        varnames: *mut PyObject,
        freevars: *mut PyObject,
        cellvars: *mut PyObject,
        filename: *mut PyObject,
        name: *mut PyObject,
        firstlineno: c_int,
        lnotab: *mut PyObject,
    ) -> *mut PyCodeObject;
}

#[cfg(all(not(Py_3_11), not(PyPy)))]
unsafe extern "C" {
    pub fn PyCode_NewWithPosOnlyArgs(
        argcount: c_int,
        posonlyargcount: c_int,
        kwonlyargcount: c_int,
        nlocals: c_int,
        stacksize: c_int,
        flags: c_int,
        code: *mut PyObject,
        consts: *mut PyObject,
        names: *mut PyObject,
        varnames: *mut PyObject,
        freevars: *mut PyObject,
        cellvars: *mut PyObject,
        filename: *mut PyObject,
        name: *mut PyObject,
        firstlineno: c_int,
        lnotab: *mut PyObject,
    ) -> *mut PyCodeObject;
}

#[cfg(all(Py_3_11, not(PyPy)))]
unsafe extern "C" {
    /// Named `PyUnstable_Code_New` since 3.12 (the old name became an
    /// inline alias).
    #[cfg_attr(Py_3_12, link_name = "PyUnstable_Code_New")]
    #[cfg_attr(not(Py_3_12), link_name = "PyCode_New")]
    fn code_new(
        argcount: c_int,
        kwonlyargcount: c_int,
        nlocals: c_int,
        stacksize: c_int,
        flags: c_int,
        code: *mut PyObject,
        consts: *mut PyObject,
        names: *mut PyObject,
        varnames: *mut PyObject,
        freevars: *mut PyObject,
        cellvars: *mut PyObject,
        filename: *mut PyObject,
        name: *mut PyObject,
        qualname: *mut PyObject,
        firstlineno: c_int,
        linetable: *mut PyObject,
        exceptiontable: *mut PyObject,
    ) -> *mut PyCodeObject;

    #[cfg_attr(Py_3_12, link_name = "PyUnstable_Code_NewWithPosOnlyArgs")]
    #[cfg_attr(not(Py_3_12), link_name = "PyCode_NewWithPosOnlyArgs")]
    fn code_new_with_pos_only_args(
        argcount: c_int,
        posonlyargcount: c_int,
        kwonlyargcount: c_int,
        nlocals: c_int,
        stacksize: c_int,
        flags: c_int,
        code: *mut PyObject,
        consts: *mut PyObject,
        names: *mut PyObject,
        varnames: *mut PyObject,
        freevars: *mut PyObject,
        cellvars: *mut PyObject,
        filename: *mut PyObject,
        name: *mut PyObject,
        qualname: *mut PyObject,
        firstlineno: c_int,
        linetable: *mut PyObject,
        exceptiontable: *mut PyObject,
    ) -> *mut PyCodeObject;
}

/// Creates a code object (C `PyCode_New`, 3.11 signature; an alias of
/// `PyUnstable_Code_New` since 3.12).
#[cfg(all(Py_3_11, not(PyPy)))]
#[allow(clippy::too_many_arguments)]
#[inline]
pub unsafe fn PyCode_New(
    argcount: c_int,
    kwonlyargcount: c_int,
    nlocals: c_int,
    stacksize: c_int,
    flags: c_int,
    code: *mut PyObject,
    consts: *mut PyObject,
    names: *mut PyObject,
    varnames: *mut PyObject,
    freevars: *mut PyObject,
    cellvars: *mut PyObject,
    filename: *mut PyObject,
    name: *mut PyObject,
    qualname: *mut PyObject,
    firstlineno: c_int,
    linetable: *mut PyObject,
    exceptiontable: *mut PyObject,
) -> *mut PyCodeObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        code_new(
            argcount,
            kwonlyargcount,
            nlocals,
            stacksize,
            flags,
            code,
            consts,
            names,
            varnames,
            freevars,
            cellvars,
            filename,
            name,
            qualname,
            firstlineno,
            linetable,
            exceptiontable,
        )
    }
}

/// Creates a code object with positional-only arguments (C
/// `PyCode_NewWithPosOnlyArgs`, 3.11 signature; an alias of
/// `PyUnstable_Code_NewWithPosOnlyArgs` since 3.12).
#[cfg(all(Py_3_11, not(PyPy)))]
#[allow(clippy::too_many_arguments)]
#[inline]
pub unsafe fn PyCode_NewWithPosOnlyArgs(
    argcount: c_int,
    posonlyargcount: c_int,
    kwonlyargcount: c_int,
    nlocals: c_int,
    stacksize: c_int,
    flags: c_int,
    code: *mut PyObject,
    consts: *mut PyObject,
    names: *mut PyObject,
    varnames: *mut PyObject,
    freevars: *mut PyObject,
    cellvars: *mut PyObject,
    filename: *mut PyObject,
    name: *mut PyObject,
    qualname: *mut PyObject,
    firstlineno: c_int,
    linetable: *mut PyObject,
    exceptiontable: *mut PyObject,
) -> *mut PyCodeObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        code_new_with_pos_only_args(
            argcount,
            posonlyargcount,
            kwonlyargcount,
            nlocals,
            stacksize,
            flags,
            code,
            consts,
            names,
            varnames,
            freevars,
            cellvars,
            filename,
            name,
            qualname,
            firstlineno,
            linetable,
            exceptiontable,
        )
    }
}

/// Creates a code object (C `PyUnstable_Code_New`, 3.12+).
#[cfg(all(Py_3_12, not(PyPy)))]
#[allow(clippy::too_many_arguments)]
#[inline]
pub unsafe fn PyUnstable_Code_New(
    argcount: c_int,
    kwonlyargcount: c_int,
    nlocals: c_int,
    stacksize: c_int,
    flags: c_int,
    code: *mut PyObject,
    consts: *mut PyObject,
    names: *mut PyObject,
    varnames: *mut PyObject,
    freevars: *mut PyObject,
    cellvars: *mut PyObject,
    filename: *mut PyObject,
    name: *mut PyObject,
    qualname: *mut PyObject,
    firstlineno: c_int,
    linetable: *mut PyObject,
    exceptiontable: *mut PyObject,
) -> *mut PyCodeObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        PyCode_New(
            argcount,
            kwonlyargcount,
            nlocals,
            stacksize,
            flags,
            code,
            consts,
            names,
            varnames,
            freevars,
            cellvars,
            filename,
            name,
            qualname,
            firstlineno,
            linetable,
            exceptiontable,
        )
    }
}

/// Creates a code object with positional-only arguments (C
/// `PyUnstable_Code_NewWithPosOnlyArgs`, 3.12+).
#[cfg(all(Py_3_12, not(PyPy)))]
#[allow(clippy::too_many_arguments)]
#[inline]
pub unsafe fn PyUnstable_Code_NewWithPosOnlyArgs(
    argcount: c_int,
    posonlyargcount: c_int,
    kwonlyargcount: c_int,
    nlocals: c_int,
    stacksize: c_int,
    flags: c_int,
    code: *mut PyObject,
    consts: *mut PyObject,
    names: *mut PyObject,
    varnames: *mut PyObject,
    freevars: *mut PyObject,
    cellvars: *mut PyObject,
    filename: *mut PyObject,
    name: *mut PyObject,
    qualname: *mut PyObject,
    firstlineno: c_int,
    linetable: *mut PyObject,
    exceptiontable: *mut PyObject,
) -> *mut PyCodeObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        PyCode_NewWithPosOnlyArgs(
            argcount,
            posonlyargcount,
            kwonlyargcount,
            nlocals,
            stacksize,
            flags,
            code,
            consts,
            names,
            varnames,
            freevars,
            cellvars,
            filename,
            name,
            qualname,
            firstlineno,
            linetable,
            exceptiontable,
        )
    }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyCode_NewEmpty")]
    pub fn PyCode_NewEmpty(
        filename: *const c_char,
        funcname: *const c_char,
        firstlineno: c_int,
    ) -> *mut PyCodeObject;
    #[cfg_attr(PyPy, link_name = "PyPyCode_Addr2Line")]
    pub fn PyCode_Addr2Line(code: *mut PyCodeObject, offset: c_int) -> c_int;
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub fn PyCode_Addr2Location(
        code: *mut PyCodeObject,
        offset: c_int,
        start_line: *mut c_int,
        start_column: *mut c_int,
        end_line: *mut c_int,
        end_column: *mut c_int,
    ) -> c_int;
}

#[cfg(not(PyPy))]
unsafe extern "C" {
    pub fn PyCode_Optimize(
        code: *mut PyObject,
        consts: *mut PyObject,
        names: *mut PyObject,
        lnotab: *mut PyObject,
    ) -> *mut PyObject;

    #[cfg(not(Py_3_12))]
    pub fn _PyCode_GetExtra(
        code: *mut PyObject,
        index: Py_ssize_t,
        extra: *mut *mut c_void,
    ) -> c_int;
    #[cfg(not(Py_3_12))]
    pub fn _PyCode_SetExtra(code: *mut PyObject, index: Py_ssize_t, extra: *mut c_void) -> c_int;
    #[cfg(Py_3_12)]
    pub fn PyUnstable_Code_GetExtra(
        code: *mut PyObject,
        index: Py_ssize_t,
        extra: *mut *mut c_void,
    ) -> c_int;
    #[cfg(Py_3_12)]
    pub fn PyUnstable_Code_SetExtra(
        code: *mut PyObject,
        index: Py_ssize_t,
        extra: *mut c_void,
    ) -> c_int;

    #[cfg(Py_3_11)]
    pub fn PyCode_GetCode(code: *mut PyCodeObject) -> *mut PyObject;
    #[cfg(Py_3_11)]
    pub fn PyCode_GetVarnames(code: *mut PyCodeObject) -> *mut PyObject;
    #[cfg(Py_3_11)]
    pub fn PyCode_GetCellvars(code: *mut PyCodeObject) -> *mut PyObject;
    #[cfg(Py_3_11)]
    pub fn PyCode_GetFreevars(code: *mut PyCodeObject) -> *mut PyObject;
}

/// Reads extra data attached to a code object (C `_PyCode_GetExtra`, an
/// alias of `PyUnstable_Code_GetExtra` since 3.12).
#[cfg(all(Py_3_12, not(PyPy)))]
#[inline]
pub unsafe fn _PyCode_GetExtra(
    code: *mut PyObject,
    index: Py_ssize_t,
    extra: *mut *mut c_void,
) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyUnstable_Code_GetExtra(code, index, extra) }
}

/// Attaches extra data to a code object (C `_PyCode_SetExtra`, an alias of
/// `PyUnstable_Code_SetExtra` since 3.12).
#[cfg(all(Py_3_12, not(PyPy)))]
#[inline]
pub unsafe fn _PyCode_SetExtra(
    code: *mut PyObject,
    index: Py_ssize_t,
    extra: *mut c_void,
) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyUnstable_Code_SetExtra(code, index, extra) }
}

/// The events a code watcher is told about (C `PyCodeEvent`, 3.12+).
#[cfg(all(Py_3_12, not(PyPy)))]
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum PyCodeEvent {
    PY_CODE_EVENT_CREATE,
    PY_CODE_EVENT_DESTROY,
}

/// A code object watcher; it gets a borrowed `co` after creation and before
/// destruction, and returns -1 with an exception set on error (C
/// `PyCode_WatchCallback`, 3.12+).
#[cfg(all(Py_3_12, not(PyPy)))]
pub type PyCode_WatchCallback =
    unsafe extern "C" fn(event: PyCodeEvent, co: *mut PyCodeObject) -> c_int;

#[cfg(all(Py_3_12, not(PyPy)))]
unsafe extern "C" {
    pub fn PyCode_AddWatcher(callback: PyCode_WatchCallback) -> c_int;
    pub fn PyCode_ClearWatcher(watcher_id: c_int) -> c_int;
}
