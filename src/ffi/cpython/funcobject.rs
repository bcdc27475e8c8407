//! `Include/cpython/funcobject.h` (`Include/funcobject.h` before 3.11):
//! Python function objects, and the `classmethod` / `staticmethod` types.

use std::ffi::c_int;
#[cfg(not(PyPy))]
use std::ptr;

#[cfg(not(PyPy))]
use crate::ffi::Py_IS_TYPE;
#[cfg(all(not(PyPy), Py_3_12))]
use crate::ffi::vectorcallfunc;
use crate::ffi::{PyObject, PyTypeObject};

/// A Python function (C `PyFunctionObject`), 3.9 layout.
#[cfg(all(not(PyPy), not(Py_3_10)))]
#[repr(C)]
#[derive(Debug)]
pub struct PyFunctionObject {
    pub ob_base: PyObject,
    /// The code object (`__code__`).
    pub func_code: *mut PyObject,
    pub func_globals: *mut PyObject,
    /// A tuple or null.
    pub func_defaults: *mut PyObject,
    /// A dict or null.
    pub func_kwdefaults: *mut PyObject,
    /// A tuple of cells or null.
    pub func_closure: *mut PyObject,
    pub func_doc: *mut PyObject,
    pub func_name: *mut PyObject,
    pub func_dict: *mut PyObject,
    pub func_weakreflist: *mut PyObject,
    pub func_module: *mut PyObject,
    pub func_annotations: *mut PyObject,
    pub func_qualname: *mut PyObject,
    pub vectorcall: Option<crate::ffi::vectorcallfunc>,
}

/// A Python function (C `PyFunctionObject`), 3.10+ layout.
#[cfg(all(not(PyPy), Py_3_10))]
#[repr(C)]
#[derive(Debug)]
pub struct PyFunctionObject {
    pub ob_base: PyObject,
    pub func_globals: *mut PyObject,
    pub func_builtins: *mut PyObject,
    pub func_name: *mut PyObject,
    pub func_qualname: *mut PyObject,
    /// The code object (`__code__`).
    pub func_code: *mut PyObject,
    /// A tuple or null.
    pub func_defaults: *mut PyObject,
    /// A dict or null.
    pub func_kwdefaults: *mut PyObject,
    /// A tuple of cells or null.
    pub func_closure: *mut PyObject,
    pub func_doc: *mut PyObject,
    pub func_dict: *mut PyObject,
    pub func_weakreflist: *mut PyObject,
    pub func_module: *mut PyObject,
    pub func_annotations: *mut PyObject,
    /// The callable filling `__annotations__` (3.14+).
    #[cfg(Py_3_14)]
    pub func_annotate: *mut PyObject,
    /// The type parameters, a tuple or null (3.12+).
    #[cfg(Py_3_12)]
    pub func_typeparams: *mut PyObject,
    pub vectorcall: Option<crate::ffi::vectorcallfunc>,
    /// Version number for the specializing interpreter (3.11+).
    #[cfg(Py_3_11)]
    pub func_version: u32,
}

/// A Python function as PyPy exposes it (C `PyFunctionObject`).
#[cfg(PyPy)]
#[repr(C)]
#[derive(Debug)]
pub struct PyFunctionObject {
    pub ob_base: PyObject,
    pub func_name: *mut PyObject,
}

unsafe extern "C" {
    /// The type of Python functions.
    #[cfg_attr(PyPy, link_name = "PyPyFunction_Type")]
    pub static mut PyFunction_Type: PyTypeObject;
}

/// Whether `op` is exactly a Python function (C `PyFunction_Check`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyFunction_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyFunction_Type)) }
}

#[cfg(PyPy)]
unsafe extern "C" {
    #[link_name = "PyPyFunction_Check"]
    pub fn PyFunction_Check(op: *mut PyObject) -> c_int;
}

unsafe extern "C" {
    pub fn PyFunction_New(code: *mut PyObject, globals: *mut PyObject) -> *mut PyObject;
    pub fn PyFunction_NewWithQualName(
        code: *mut PyObject,
        globals: *mut PyObject,
        qualname: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyFunction_GetCode")]
    pub fn PyFunction_GetCode(op: *mut PyObject) -> *mut PyObject;
    pub fn PyFunction_GetGlobals(op: *mut PyObject) -> *mut PyObject;
    pub fn PyFunction_GetModule(op: *mut PyObject) -> *mut PyObject;
    pub fn PyFunction_GetDefaults(op: *mut PyObject) -> *mut PyObject;
    pub fn PyFunction_SetDefaults(op: *mut PyObject, defaults: *mut PyObject) -> c_int;
    #[cfg(all(Py_3_12, not(PyPy)))]
    pub fn PyFunction_SetVectorcall(func: *mut PyFunctionObject, vectorcall: vectorcallfunc);
    pub fn PyFunction_GetKwDefaults(op: *mut PyObject) -> *mut PyObject;
    pub fn PyFunction_SetKwDefaults(op: *mut PyObject, defaults: *mut PyObject) -> c_int;
    pub fn PyFunction_GetClosure(op: *mut PyObject) -> *mut PyObject;
    pub fn PyFunction_SetClosure(op: *mut PyObject, closure: *mut PyObject) -> c_int;
    pub fn PyFunction_GetAnnotations(op: *mut PyObject) -> *mut PyObject;
    pub fn PyFunction_SetAnnotations(op: *mut PyObject, annotations: *mut PyObject) -> c_int;
}

/// `func` as a function object, unchecked (C `_PyFunction_CAST`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn _PyFunction_CAST(func: *mut PyObject) -> *mut PyFunctionObject {
    func.cast()
}

/// The code object of a function, borrowed and unchecked (C
/// `PyFunction_GET_CODE`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyFunction_GET_CODE(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*_PyFunction_CAST(func)).func_code }
}

/// The code object of a function, borrowed (C `PyFunction_GET_CODE`; a
/// call of `PyFunction_GetCode` on PyPy).
#[cfg(PyPy)]
#[inline]
pub unsafe fn PyFunction_GET_CODE(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyFunction_GetCode(func) }
}

/// The globals of a function, borrowed and unchecked (C
/// `PyFunction_GET_GLOBALS`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyFunction_GET_GLOBALS(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*_PyFunction_CAST(func)).func_globals }
}

/// The `__module__` of a function, borrowed and unchecked (C
/// `PyFunction_GET_MODULE`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyFunction_GET_MODULE(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*_PyFunction_CAST(func)).func_module }
}

/// The default values of a function, borrowed and unchecked (C
/// `PyFunction_GET_DEFAULTS`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyFunction_GET_DEFAULTS(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*_PyFunction_CAST(func)).func_defaults }
}

/// The keyword-only default values of a function, borrowed and unchecked
/// (C `PyFunction_GET_KW_DEFAULTS`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyFunction_GET_KW_DEFAULTS(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*_PyFunction_CAST(func)).func_kwdefaults }
}

/// The closure of a function, borrowed and unchecked (C
/// `PyFunction_GET_CLOSURE`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyFunction_GET_CLOSURE(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*_PyFunction_CAST(func)).func_closure }
}

/// The annotations of a function, borrowed and unchecked (C
/// `PyFunction_GET_ANNOTATIONS`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyFunction_GET_ANNOTATIONS(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*_PyFunction_CAST(func)).func_annotations }
}

unsafe extern "C" {
    /// The type of `classmethod` objects.
    pub static mut PyClassMethod_Type: PyTypeObject;
    /// The type of `staticmethod` objects.
    #[cfg_attr(PyPy, link_name = "PyPyStaticMethod_Type")]
    pub static mut PyStaticMethod_Type: PyTypeObject;

    #[cfg_attr(PyPy, link_name = "PyPyClassMethod_New")]
    pub fn PyClassMethod_New(callable: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyStaticMethod_New")]
    pub fn PyStaticMethod_New(callable: *mut PyObject) -> *mut PyObject;
}

/// What happened to a watched function (C `PyFunction_WatchEvent`, 3.12+).
#[cfg(all(Py_3_12, not(PyPy)))]
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum PyFunction_WatchEvent {
    PyFunction_EVENT_CREATE,
    PyFunction_EVENT_DESTROY,
    PyFunction_EVENT_MODIFY_CODE,
    PyFunction_EVENT_MODIFY_DEFAULTS,
    PyFunction_EVENT_MODIFY_KWDEFAULTS,
    /// 3.15+.
    #[cfg(Py_3_15)]
    PyFunction_EVENT_MODIFY_QUALNAME,
}

/// A function watcher: gets the event, the function and the new value
/// (if any) before the change; returns -1 with an exception set on error
/// (C `PyFunction_WatchCallback`, 3.12+).
#[cfg(all(Py_3_12, not(PyPy)))]
pub type PyFunction_WatchCallback = unsafe extern "C" fn(
    event: PyFunction_WatchEvent,
    func: *mut PyFunctionObject,
    new_value: *mut PyObject,
) -> c_int;

#[cfg(all(Py_3_12, not(PyPy)))]
unsafe extern "C" {
    pub fn PyFunction_AddWatcher(callback: PyFunction_WatchCallback) -> c_int;
    pub fn PyFunction_ClearWatcher(watcher_id: c_int) -> c_int;
}
