//! `Include/boolobject.h`: the `bool` type and its two singletons.
//!
//! `PyBool_Type` itself is declared with the other core type objects in
//! `object.rs` (as `Include/object.h` does since 3.13).

use std::ffi::{c_int, c_long};
use std::ptr;

#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
use crate::ffi::PyLongObject;
#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
use crate::ffi::{Py_CONSTANT_FALSE, Py_CONSTANT_TRUE, Py_GetConstantBorrowed};
use crate::ffi::{Py_IS_TYPE, Py_Is, PyBool_Type, PyObject};

/// Whether `op` is a `bool` (C `PyBool_Check`; `bool` cannot be subclassed).
#[inline]
pub unsafe fn PyBool_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyBool_Type)) }
}

#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "_PyPy_FalseStruct")]
    static mut _Py_FalseStruct: PyLongObject;
    #[cfg_attr(PyPy, link_name = "_PyPy_TrueStruct")]
    static mut _Py_TrueStruct: PyLongObject;
}

/// The `False` singleton, borrowed (C `Py_False`).
#[inline]
pub unsafe fn Py_False() -> *mut PyObject {
    #[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
    {
        // SAFETY: the interpreter's constants may be fetched at any time
        // while it runs (borrowed: they live as long as the interpreter).
        unsafe { Py_GetConstantBorrowed(Py_CONSTANT_FALSE) }
    }
    #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
    {
        ptr::addr_of_mut!(_Py_FalseStruct).cast::<PyObject>()
    }
}

/// The `True` singleton, borrowed (C `Py_True`).
#[inline]
pub unsafe fn Py_True() -> *mut PyObject {
    #[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
    {
        // SAFETY: the interpreter's constants may be fetched at any time
        // while it runs (borrowed: they live as long as the interpreter).
        unsafe { Py_GetConstantBorrowed(Py_CONSTANT_TRUE) }
    }
    #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
    {
        ptr::addr_of_mut!(_Py_TrueStruct).cast::<PyObject>()
    }
}

/// `x is True` (C `Py_IsTrue`).
#[inline]
pub unsafe fn Py_IsTrue(x: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_Is(x, Py_True()) }
}

/// `x is False` (C `Py_IsFalse`).
#[inline]
pub unsafe fn Py_IsFalse(x: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_Is(x, Py_False()) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyBool_FromLong")]
    pub fn PyBool_FromLong(ok: c_long) -> *mut PyObject;
}
