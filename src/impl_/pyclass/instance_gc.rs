//! Garbage-collector support of `#[pyclass(dict)]` instances: their
//! `__dict__` can hold the object itself (`obj.me = obj`), so such classes
//! are GC types whose traversal visits the dict (and the type, as every heap
//! type's instances must), and whose clear empties it.

use std::ffi::{c_int, c_void};

#[cfg(not(Py_LIMITED_API))]
use super::layout::BaseLayout;
use super::layout::PyClassObject;
use crate::ffi;
use crate::marker::Python;
use crate::pyclass::PyClass;

/// The dict slot of `object`, at `T`'s dict offset.
///
/// # Safety
///
/// `object` is an instance of `T`, whose class has a dict.
unsafe fn dict_slot<T: PyClass>(object: *mut ffi::PyObject) -> *mut *mut ffi::PyObject {
    let offset = PyClassObject::<T>::DICT_OFFSET.expect("only classes with a dict are GC types");
    // SAFETY: per the contract, the slot is inside the object.
    unsafe { object.cast::<u8>().add(offset).cast() }
}

/// The native base's own traversal, for bases with collector support.
#[cfg(not(Py_LIMITED_API))]
fn native_traverse<T: PyClass>(py: Python<'_>) -> Option<ffi::traverseproc> {
    let native = <PyClassObject<T> as BaseLayout>::native_type_object(py);
    // SAFETY: a valid type object.
    unsafe { (*native).tp_traverse }
}

/// Under the stable ABI only `object` is a base, and it has no traversal.
#[cfg(Py_LIMITED_API)]
#[allow(clippy::extra_unused_type_parameters)]
fn native_traverse<T: PyClass>(_py: Python<'_>) -> Option<ffi::traverseproc> {
    None
}

/// The native base's own clear.
#[cfg(not(Py_LIMITED_API))]
fn native_clear<T: PyClass>(py: Python<'_>) -> Option<ffi::inquiry> {
    let native = <PyClassObject<T> as BaseLayout>::native_type_object(py);
    // SAFETY: a valid type object.
    unsafe { (*native).tp_clear }
}

/// Under the stable ABI only `object` is a base, and it has no clear.
#[cfg(Py_LIMITED_API)]
#[allow(clippy::extra_unused_type_parameters)]
fn native_clear<T: PyClass>(_py: Python<'_>) -> Option<ffi::inquiry> {
    None
}

/// The `tp_traverse` slot of a class with a dict.
///
/// # Safety
///
/// Called by the collector with an instance of `T` (or a subclass).
pub unsafe extern "C" fn tp_traverse_dict<T: PyClass>(
    object: *mut ffi::PyObject,
    visit: ffi::visitproc,
    arg: *mut c_void,
) -> c_int {
    // SAFETY: the collector runs with the interpreter attached; visiting
    // only reads pointers, and the Rust value is not touched.
    unsafe {
        let py = Python::assume_attached();
        let type_object = ffi::Py_TYPE(object).cast::<ffi::PyObject>();
        let result = visit(type_object, arg);
        if result != 0 {
            return result;
        }
        let dict = *dict_slot::<T>(object);
        if !dict.is_null() {
            let result = visit(dict, arg);
            if result != 0 {
                return result;
            }
        }
        match native_traverse::<T>(py) {
            Some(traverse) => traverse(object, visit, arg),
            None => 0,
        }
    }
}

/// The `tp_clear` slot of a class with a dict: drops the dict's contents
/// (breaking cycles through it).
///
/// # Safety
///
/// Called by the collector with an instance of `T` (or a subclass).
pub unsafe extern "C" fn tp_clear_dict<T: PyClass>(object: *mut ffi::PyObject) -> c_int {
    // SAFETY: the collector runs attached; the slot owns its reference.
    unsafe {
        let py = Python::assume_attached();
        let slot = dict_slot::<T>(object);
        let dict = std::mem::replace(&mut *slot, std::ptr::null_mut());
        if !dict.is_null() {
            ffi::Py_DECREF(dict);
        }
        match native_clear::<T>(py) {
            Some(clear) => clear(object),
            None => 0,
        }
    }
}
