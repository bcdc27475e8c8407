//! `Include/cpython/compile.h` (before 3.10, the non-limited part of
//! `Include/compile.h`): compiler flags and `__future__` features.

#[cfg(all(not(Py_3_10), not(PyPy)))]
use std::ffi::c_char;
use std::ffi::c_int;

#[cfg(all(not(Py_3_10), not(PyPy)))]
use crate::ffi::{_mod, _node, PyCodeObject, PyObject};

// The `CO_FUTURE_*` bits of `code.h` that `PyCF_MASK` combines.
const CO_FUTURE_BITS: c_int = 0x20000 // CO_FUTURE_DIVISION
    | 0x40000 // CO_FUTURE_ABSOLUTE_IMPORT
    | 0x80000 // CO_FUTURE_WITH_STATEMENT
    | 0x100000 // CO_FUTURE_PRINT_FUNCTION
    | 0x200000 // CO_FUTURE_UNICODE_LITERALS
    | 0x400000 // CO_FUTURE_BARRY_AS_BDFL
    | 0x800000 // CO_FUTURE_GENERATOR_STOP
    | 0x1000000; // CO_FUTURE_ANNOTATIONS

/// The `__future__` flags a `PyCompilerFlags` may carry (C `PyCF_MASK`).
pub const PyCF_MASK: c_int = CO_FUTURE_BITS;
/// Flags that are accepted but ignored (C `PyCF_MASK_OBSOLETE`: `CO_NESTED`).
pub const PyCF_MASK_OBSOLETE: c_int = 0x0010;

pub const PyCF_SOURCE_IS_UTF8: c_int = 0x0100;
pub const PyCF_DONT_IMPLY_DEDENT: c_int = 0x0200;
pub const PyCF_ONLY_AST: c_int = 0x0400;
pub const PyCF_IGNORE_COOKIE: c_int = 0x0800;
pub const PyCF_TYPE_COMMENTS: c_int = 0x1000;
pub const PyCF_ALLOW_TOP_LEVEL_AWAIT: c_int = 0x2000;
/// Accept incomplete input (as the interactive interpreter needs; 3.10.3+).
#[cfg(Py_3_10)]
pub const PyCF_ALLOW_INCOMPLETE_INPUT: c_int = 0x4000;
/// Return an optimized AST (3.13+; implies `PyCF_ONLY_AST`).
#[cfg(Py_3_13)]
pub const PyCF_OPTIMIZED_AST: c_int = 0x8000 | PyCF_ONLY_AST;

/// The flags `compile()` accepts besides the `__future__` ones
/// (C `PyCF_COMPILE_MASK`).
#[cfg(not(Py_3_10))]
pub const PyCF_COMPILE_MASK: c_int =
    PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS | PyCF_DONT_IMPLY_DEDENT;
/// The flags `compile()` accepts besides the `__future__` ones
/// (C `PyCF_COMPILE_MASK`).
#[cfg(all(Py_3_10, not(Py_3_13)))]
pub const PyCF_COMPILE_MASK: c_int = PyCF_ONLY_AST
    | PyCF_ALLOW_TOP_LEVEL_AWAIT
    | PyCF_TYPE_COMMENTS
    | PyCF_DONT_IMPLY_DEDENT
    | PyCF_ALLOW_INCOMPLETE_INPUT;
/// The flags `compile()` accepts besides the `__future__` ones
/// (C `PyCF_COMPILE_MASK`).
#[cfg(Py_3_13)]
pub const PyCF_COMPILE_MASK: c_int = PyCF_ONLY_AST
    | PyCF_ALLOW_TOP_LEVEL_AWAIT
    | PyCF_TYPE_COMMENTS
    | PyCF_DONT_IMPLY_DEDENT
    | PyCF_ALLOW_INCOMPLETE_INPUT
    | PyCF_OPTIMIZED_AST;

/// Compiler options (C `PyCompilerFlags`).
#[repr(C)]
#[derive(Copy, Clone, Debug, Default)]
pub struct PyCompilerFlags {
    /// `CO_*` and `PyCF_*` flags.
    pub cf_flags: c_int,
    /// The minor Python version the parser targets (with `PyCF_ONLY_AST`).
    pub cf_feature_version: c_int,
}

/// The `__future__` features of a module (C `PyFutureFeatures`; private to
/// the compiler since 3.12).
#[cfg(not(Py_3_12))]
#[repr(C)]
#[derive(Copy, Clone, Debug, Default)]
pub struct PyFutureFeatures {
    /// `CO_FUTURE_*` flags set by future statements.
    pub ff_features: c_int,
    /// Line number of the last future statement.
    pub ff_lineno: c_int,
}

pub const FUTURE_NESTED_SCOPES: &str = "nested_scopes";
pub const FUTURE_GENERATORS: &str = "generators";
pub const FUTURE_DIVISION: &str = "division";
pub const FUTURE_ABSOLUTE_IMPORT: &str = "absolute_import";
pub const FUTURE_WITH_STATEMENT: &str = "with_statement";
pub const FUTURE_PRINT_FUNCTION: &str = "print_function";
pub const FUTURE_UNICODE_LITERALS: &str = "unicode_literals";
pub const FUTURE_BARRY_AS_BDFL: &str = "barry_as_FLUFL";
pub const FUTURE_GENERATOR_STOP: &str = "generator_stop";
pub const FUTURE_ANNOTATIONS: &str = "annotations";

/// What `PyCompile_OpcodeStackEffect` returns for an invalid opcode.
pub const PY_INVALID_STACK_EFFECT: c_int = c_int::MAX;

unsafe extern "C" {
    #[cfg(not(PyPy))]
    pub fn PyCompile_OpcodeStackEffect(opcode: c_int, oparg: c_int) -> c_int;
    #[cfg(not(PyPy))]
    pub fn PyCompile_OpcodeStackEffectWithJump(opcode: c_int, oparg: c_int, jump: c_int) -> c_int;

    #[cfg(all(not(Py_3_10), not(PyPy)))]
    pub fn PyNode_Compile(node: *mut _node, filename: *const c_char) -> *mut PyCodeObject;
    #[cfg(all(not(Py_3_10), not(PyPy)))]
    pub fn PyFuture_FromAST(module: *mut _mod, filename: *const c_char) -> *mut PyFutureFeatures;
    #[cfg(all(not(Py_3_10), not(PyPy)))]
    pub fn PyFuture_FromASTObject(
        module: *mut _mod,
        filename: *mut PyObject,
    ) -> *mut PyFutureFeatures;
}

#[cfg(not(any(PyPy, Py_3_10)))]
unsafe extern "C" {
    pub fn PyAST_CompileEx(
        _mod: *mut crate::ffi::_mod,
        filename: *const std::ffi::c_char,
        flags: *mut crate::ffi::PyCompilerFlags,
        optimize: std::ffi::c_int,
        arena: *mut crate::ffi::PyArena,
    ) -> *mut crate::ffi::PyCodeObject;
    pub fn PyAST_CompileObject(
        _mod: *mut crate::ffi::_mod,
        filename: *mut crate::ffi::PyObject,
        flags: *mut crate::ffi::PyCompilerFlags,
        optimize: std::ffi::c_int,
        arena: *mut crate::ffi::PyArena,
    ) -> *mut crate::ffi::PyCodeObject;
}
