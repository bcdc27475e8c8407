//! `Include/cpython/methodobject.h`: the layout of built-in function objects.

use std::ffi::c_int;
use std::ptr;

use crate::ffi::{
    METH_METHOD, METH_STATIC, Py_IS_TYPE, PyMethodDef, PyMethodDefPointer, PyObject,
    PyObject_TypeCheck, PyTypeObject,
};

/// A built-in function object (C `PyCFunctionObject`).
#[repr(C)]
pub struct PyCFunctionObject {
    pub ob_base: PyObject,
    pub m_ml: *mut PyMethodDef,
    pub m_self: *mut PyObject,
    pub m_module: *mut PyObject,
    pub m_weakreflist: *mut PyObject,
    #[cfg(not(PyPy))]
    pub vectorcall: Option<crate::ffi::vectorcallfunc>,
}

/// A built-in method that knows its defining class (C `PyCMethodObject`).
#[repr(C)]
pub struct PyCMethodObject {
    pub func: PyCFunctionObject,
    pub mm_class: *mut PyTypeObject,
}

unsafe extern "C" {
    /// The type of `PyCMethodObject`s.
    pub static mut PyCMethod_Type: PyTypeObject;
}

/// Whether `op` is exactly a `PyCMethodObject` (C `PyCMethod_CheckExact`).
#[inline]
pub unsafe fn PyCMethod_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyCMethod_Type)) }
}

/// Whether `op` is a `PyCMethodObject` or subtype (C `PyCMethod_Check`).
#[inline]
pub unsafe fn PyCMethod_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, ptr::addr_of_mut!(PyCMethod_Type)) }
}

/// The C function of a built-in function (C `PyCFunction_GET_FUNCTION`).
#[inline]
pub unsafe fn PyCFunction_GET_FUNCTION(func: *mut PyObject) -> PyMethodDefPointer {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*(*func.cast::<PyCFunctionObject>()).m_ml).ml_meth }
}

/// The bound `self` of a built-in function, null for static methods
/// (C `PyCFunction_GET_SELF`).
#[inline]
pub unsafe fn PyCFunction_GET_SELF(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let func = func.cast::<PyCFunctionObject>();
        if (*(*func).m_ml).ml_flags & METH_STATIC != 0 {
            ptr::null_mut()
        } else {
            (*func).m_self
        }
    }
}

/// The `METH_*` flags of a built-in function (C `PyCFunction_GET_FLAGS`).
#[inline]
pub unsafe fn PyCFunction_GET_FLAGS(func: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*(*func.cast::<PyCFunctionObject>()).m_ml).ml_flags }
}

/// The defining class of a `METH_METHOD` function, else null (C
/// `PyCFunction_GET_CLASS`).
#[inline]
pub unsafe fn PyCFunction_GET_CLASS(func: *mut PyObject) -> *mut PyTypeObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let function = func.cast::<PyCFunctionObject>();
        if (*(*function).m_ml).ml_flags & METH_METHOD != 0 {
            (*func.cast::<PyCMethodObject>()).mm_class
        } else {
            ptr::null_mut()
        }
    }
}
