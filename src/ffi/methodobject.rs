//! `Include/methodobject.h`: built-in functions and the method table entry
//! `PyMethodDef`.

use std::ffi::{c_char, c_int, c_void};
use std::{fmt, ptr};

use crate::ffi::{Py_IS_TYPE, Py_ssize_t, PyObject, PyObject_TypeCheck, PyTypeObject};

unsafe extern "C" {
    /// The type of built-in functions and methods.
    #[cfg_attr(PyPy, link_name = "PyPyCFunction_Type")]
    pub static mut PyCFunction_Type: PyTypeObject;
}

/// Whether `op` is exactly a built-in function (C `PyCFunction_CheckExact`).
#[inline]
pub unsafe fn PyCFunction_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyCFunction_Type)) }
}

/// Whether `op` is a built-in function or a subtype (C `PyCFunction_Check`).
#[inline]
pub unsafe fn PyCFunction_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, ptr::addr_of_mut!(PyCFunction_Type)) }
}

/// `METH_VARARGS` functions: `(self, args_tuple)`.
pub type PyCFunction =
    unsafe extern "C" fn(slf: *mut PyObject, args: *mut PyObject) -> *mut PyObject;

/// `METH_FASTCALL` functions: `(self, args_array, nargs)`.
pub type PyCFunctionFast = unsafe extern "C" fn(
    slf: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject;

/// Old name of `PyCFunctionFast`.
#[deprecated(note = "renamed to `PyCFunctionFast`")]
pub type _PyCFunctionFast = PyCFunctionFast;

/// `METH_VARARGS | METH_KEYWORDS` functions: `(self, args_tuple, kwargs_dict)`.
pub type PyCFunctionWithKeywords = unsafe extern "C" fn(
    slf: *mut PyObject,
    args: *mut PyObject,
    kwds: *mut PyObject,
) -> *mut PyObject;

/// `METH_FASTCALL | METH_KEYWORDS` functions: `(self, args_array, nargs,
/// kwnames_tuple)`; keyword values follow the positional ones in the array.
pub type PyCFunctionFastWithKeywords = unsafe extern "C" fn(
    slf: *mut PyObject,
    args: *const *mut PyObject,
    nargs: Py_ssize_t,
    kwnames: *mut PyObject,
) -> *mut PyObject;

/// Old name of `PyCFunctionFastWithKeywords`.
#[deprecated(note = "renamed to `PyCFunctionFastWithKeywords`")]
pub type _PyCFunctionFastWithKeywords = PyCFunctionFastWithKeywords;

/// `METH_METHOD | METH_FASTCALL | METH_KEYWORDS` functions, which also
/// receive the class that defined them.
pub type PyCMethod = unsafe extern "C" fn(
    slf: *mut PyObject,
    defining_class: *mut PyTypeObject,
    args: *const *mut PyObject,
    nargs: Py_ssize_t,
    kwnames: *mut PyObject,
) -> *mut PyObject;

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyCFunction_GetFunction")]
    pub fn PyCFunction_GetFunction(f: *mut PyObject) -> Option<PyCFunction>;
    #[cfg_attr(PyPy, link_name = "PyPyCFunction_GetSelf")]
    pub fn PyCFunction_GetSelf(f: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCFunction_GetFlags")]
    pub fn PyCFunction_GetFlags(f: *mut PyObject) -> c_int;
    #[cfg(not(Py_3_13))]
    #[cfg_attr(PyPy, link_name = "PyPyCFunction_Call")]
    pub fn PyCFunction_Call(
        f: *mut PyObject,
        args: *mut PyObject,
        kwds: *mut PyObject,
    ) -> *mut PyObject;
}

/// One entry of a method table (C `PyMethodDef`). Tables end with an entry
/// whose `ml_name` is null: `PyMethodDef::zeroed()`.
#[repr(C)]
#[derive(Copy, Clone, PartialEq, Eq)]
pub struct PyMethodDef {
    pub ml_name: *const c_char,
    pub ml_meth: PyMethodDefPointer,
    /// `METH_*` flags saying which member of `ml_meth` is set.
    pub ml_flags: c_int,
    pub ml_doc: *const c_char,
}

impl PyMethodDef {
    /// The all-null entry that ends a method table.
    pub const fn zeroed() -> PyMethodDef {
        PyMethodDef {
            ml_name: ptr::null(),
            ml_meth: PyMethodDefPointer::zeroed(),
            ml_flags: 0,
            ml_doc: ptr::null(),
        }
    }
}

impl Default for PyMethodDef {
    fn default() -> Self {
        PyMethodDef::zeroed()
    }
}

impl fmt::Debug for PyMethodDef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PyMethodDef")
            .field("ml_name", &self.ml_name)
            .field("ml_meth", &self.ml_meth.as_ptr())
            .field("ml_flags", &self.ml_flags)
            .field("ml_doc", &self.ml_doc)
            .finish()
    }
}

/// The function of a `PyMethodDef`; which member is meant depends on
/// `ml_flags` (C: a `PyCFunction` cast to the right type).
#[repr(C)]
#[derive(Copy, Clone, Eq)]
pub union PyMethodDefPointer {
    /// For `METH_VARARGS`, `METH_NOARGS` and `METH_O`.
    pub PyCFunction: PyCFunction,
    /// For `METH_VARARGS | METH_KEYWORDS`.
    pub PyCFunctionWithKeywords: PyCFunctionWithKeywords,
    /// Old name of `PyCFunctionFast`.
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    #[deprecated(note = "renamed to `PyCFunctionFast`")]
    pub _PyCFunctionFast: PyCFunctionFast,
    /// For `METH_FASTCALL`.
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    pub PyCFunctionFast: PyCFunctionFast,
    /// Old name of `PyCFunctionFastWithKeywords`.
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    #[deprecated(note = "renamed to `PyCFunctionFastWithKeywords`")]
    pub _PyCFunctionFastWithKeywords: PyCFunctionFastWithKeywords,
    /// For `METH_FASTCALL | METH_KEYWORDS`.
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    pub PyCFunctionFastWithKeywords: PyCFunctionFastWithKeywords,
    /// For `METH_METHOD | METH_FASTCALL | METH_KEYWORDS`.
    #[cfg(not(Py_LIMITED_API))]
    pub PyCMethod: PyCMethod,
    Void: *mut c_void,
}

impl PyMethodDefPointer {
    /// The function as an untyped pointer.
    pub fn as_ptr(&self) -> *mut c_void {
        // SAFETY: every member is a pointer of the same size; reading the
        // untyped one is valid whichever was written.
        unsafe { self.Void }
    }

    /// Whether no function is set.
    pub fn is_null(&self) -> bool {
        self.as_ptr().is_null()
    }

    /// The null pointer (in the entry that ends a method table).
    pub const fn zeroed() -> PyMethodDefPointer {
        PyMethodDefPointer {
            Void: ptr::null_mut(),
        }
    }
}

impl PartialEq for PyMethodDefPointer {
    fn eq(&self, other: &Self) -> bool {
        self.as_ptr() == other.as_ptr()
    }
}

impl fmt::Pointer for PyMethodDefPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.as_ptr(), f)
    }
}

/// Creates a built-in function from `ml` bound to `slf` (C
/// `PyCFunction_New`).
#[inline]
pub unsafe fn PyCFunction_New(ml: *mut PyMethodDef, slf: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyCFunction_NewEx(ml, slf, ptr::null_mut()) }
}

/// Creates a built-in function with a `__module__` (C `PyCFunction_NewEx`).
#[inline]
pub unsafe fn PyCFunction_NewEx(
    ml: *mut PyMethodDef,
    slf: *mut PyObject,
    module: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyCMethod_New(ml, slf, module, ptr::null_mut()) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyCMethod_New")]
    pub fn PyCMethod_New(
        ml: *mut PyMethodDef,
        slf: *mut PyObject,
        module: *mut PyObject,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject;
}

pub const METH_VARARGS: c_int = 0x0001;
pub const METH_KEYWORDS: c_int = 0x0002;
/// `ml_meth` takes no arguments (it gets `(self, NULL)`).
pub const METH_NOARGS: c_int = 0x0004;
/// `ml_meth` takes exactly one argument.
pub const METH_O: c_int = 0x0008;
/// A class method (only in type method tables).
pub const METH_CLASS: c_int = 0x0010;
/// A static method (only in type method tables).
pub const METH_STATIC: c_int = 0x0020;
/// Replace an existing slot wrapper of the same name.
pub const METH_COEXIST: c_int = 0x0040;
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
pub const METH_FASTCALL: c_int = 0x0080;
pub const METH_STACKLESS: c_int = 0x0000;
/// The function also receives its defining class (`PyCMethod`).
pub const METH_METHOD: c_int = 0x0200;
