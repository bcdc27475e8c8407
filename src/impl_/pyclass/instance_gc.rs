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
    let offset = PyClassObject::<T>::DICT_OFFSET.expect("asked only of classes with a dict");
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

/// A class with `__traverse__`: `#[pymethods]` implements this by calling
/// the method.
pub trait Traverse: PyClass {
    /// Reports the Python objects the value holds.
    fn traverse(
        &self,
        visit: crate::pyclass::PyVisit<'_>,
    ) -> Result<(), crate::pyclass::PyTraverseError>;
}

/// The `tp_traverse` slot of a class with `__traverse__`: visits the type,
/// the dict (if any), the native base's references, then the value. The
/// value is skipped while it is mutably borrowed (the collector may run in
/// the middle of a `&mut self` method), and on another thread than its own
/// for `unsendable` classes. Attaching is refused inside (`Python::attach`
/// panics), as the collector forbids touching Python objects there; a panic
/// is reported on stderr and ends the traversal of the object.
///
/// # Safety
///
/// Called by the collector with an instance of `T` (or a subclass).
pub unsafe extern "C" fn tp_traverse_class<T: Traverse>(
    object: *mut ffi::PyObject,
    visit: ffi::visitproc,
    arg: *mut c_void,
) -> c_int {
    // SAFETY: the collector runs attached and passes a live instance; the
    // value is only read under a shared borrow.
    unsafe {
        let py = Python::assume_attached();
        let type_object = ffi::Py_TYPE(object).cast::<ffi::PyObject>();
        let result = visit(type_object, arg);
        if result != 0 {
            return result;
        }
        if PyClassObject::<T>::DICT_OFFSET.is_some() {
            let dict = *dict_slot::<T>(object);
            if !dict.is_null() {
                let result = visit(dict, arg);
                if result != 0 {
                    return result;
                }
            }
        }
        if let Some(traverse) = native_traverse::<T>(py) {
            let result = traverse(object, visit, arg);
            if result != 0 {
                return result;
            }
        }
        let layout = PyClassObject::<T>::from_ptr(object);
        if !layout.is_owner_thread() {
            return 0;
        }
        let flag = layout.effective_borrow_flag();
        if let Some(flag) = flag {
            if flag.try_borrow().is_err() {
                return 0;
            }
        }
        let value = &*layout.value_ptr();
        let visitor = crate::pyclass::PyVisit::new(visit, arg);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::internal::attach::during_traverse(|| value.traverse(visitor))
        }));
        if let Some(flag) = flag {
            flag.release_borrow();
        }
        match outcome {
            Ok(Ok(())) => 0,
            Ok(Err(stop)) => stop.into_inner(),
            Err(_) => {
                eprintln!("a panic in `{}.__traverse__` was ignored", T::NAME);
                0
            }
        }
    }
}

/// The `tp_clear` slot of a class with `__clear__` (the body `F`): runs it,
/// then empties the dict (if any) and the native base's references.
///
/// # Safety
///
/// Called by the collector with an instance of `T` (or a subclass).
pub unsafe extern "C" fn tp_clear_class<T, const ID: u64>(object: *mut ffi::PyObject) -> c_int
where
    T: PyClass + crate::impl_::slots::SlotFunction<ID, 0, c_int>,
{
    // SAFETY: the collector runs attached with a live instance.
    unsafe {
        crate::impl_::trampoline::trampoline(move |py| {
            T::call(
                py,
                crate::instance::Borrowed::from_ptr_or_opt(py, object),
                [],
            )?;
            if PyClassObject::<T>::DICT_OFFSET.is_some() {
                tp_clear_dict::<T>(object);
            } else if let Some(clear) = native_clear::<T>(py) {
                clear(object);
            }
            Ok(0)
        })
    }
}
