//! The `__dict__` descriptor of `#[pyclass(dict)]` instances: types made
//! from specs only get the slot, not the attribute that exposes it.

use std::ffi::{c_int, c_void};

use crate::ffi;

/// The `__dict__` getset of instances whose dict lives at `offset`.
pub(super) fn dict_descriptor(offset: usize) -> ffi::PyGetSetDef {
    ffi::PyGetSetDef {
        name: c"__dict__".as_ptr(),
        get: Some(get_dict),
        set: Some(set_dict),
        doc: std::ptr::null(),
        closure: offset as *mut c_void,
    }
}

/// `obj.__dict__`.
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
unsafe extern "C" fn get_dict(
    object: *mut ffi::PyObject,
    _offset: *mut c_void,
) -> *mut ffi::PyObject {
    // SAFETY: called by the interpreter with an instance of a type that has
    // a dict offset.
    unsafe { ffi::PyObject_GenericGetDict(object, std::ptr::null_mut()) }
}

/// `obj.__dict__ = value`.
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
unsafe extern "C" fn set_dict(
    object: *mut ffi::PyObject,
    value: *mut ffi::PyObject,
    _offset: *mut c_void,
) -> c_int {
    // SAFETY: as for `get_dict`.
    unsafe { ffi::PyObject_GenericSetDict(object, value, std::ptr::null_mut()) }
}

/// `obj.__dict__`, made on first use (the stable ABI before 3.10 has no
/// `PyObject_GenericGetDict`).
#[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
unsafe extern "C" fn get_dict(
    object: *mut ffi::PyObject,
    offset: *mut c_void,
) -> *mut ffi::PyObject {
    // SAFETY: called by the interpreter (attached) with an instance whose
    // dict slot is at `offset`.
    unsafe {
        let slot = object
            .cast::<u8>()
            .add(offset as usize)
            .cast::<*mut ffi::PyObject>();
        if (*slot).is_null() {
            let dict = ffi::PyDict_New();
            if dict.is_null() {
                return std::ptr::null_mut();
            }
            *slot = dict;
        }
        ffi::Py_INCREF(*slot);
        *slot
    }
}

/// `obj.__dict__ = value`: only a dict, as CPython requires.
#[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
unsafe extern "C" fn set_dict(
    object: *mut ffi::PyObject,
    value: *mut ffi::PyObject,
    offset: *mut c_void,
) -> c_int {
    // SAFETY: as for `get_dict`.
    unsafe {
        if value.is_null() {
            ffi::PyErr_SetString(ffi::PyExc_TypeError, c"cannot delete __dict__".as_ptr());
            return -1;
        }
        if ffi::PyDict_Check(value) == 0 {
            ffi::PyErr_SetString(
                ffi::PyExc_TypeError,
                c"__dict__ must be set to a dictionary".as_ptr(),
            );
            return -1;
        }
        let slot = object
            .cast::<u8>()
            .add(offset as usize)
            .cast::<*mut ffi::PyObject>();
        ffi::Py_INCREF(value);
        let old = std::mem::replace(&mut *slot, value);
        if !old.is_null() {
            ffi::Py_DECREF(old);
        }
        0
    }
}
