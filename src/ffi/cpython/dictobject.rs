//! `Include/cpython/dictobject.h`: the dict object layout, dict watchers and
//! (3.15+) `frozendict`.

#[cfg(Py_3_13)]
use std::ffi::c_char;
#[cfg(Py_3_12)]
use std::ffi::c_int;
#[cfg(Py_3_15)]
use std::ptr;

#[cfg(Py_3_15)]
use crate::ffi::PyTypeObject;
#[cfg(Py_3_15)]
use crate::ffi::{Py_IS_TYPE, PyDict_Check, PyDict_CheckExact, PyObject_TypeCheck};
use crate::ffi::{Py_ssize_t, PyObject};

opaque_struct!(
    /// The keys table of a dict (C `PyDictKeysObject`); private to CPython.
    pub PyDictKeysObject
);

#[cfg(Py_3_11)]
opaque_struct!(
    /// The values array of a split-table dict (C `PyDictValues`, 3.11+);
    /// private to CPython.
    pub PyDictValues
);

/// A dict (C `PyDictObject`). Only `ma_used` is meant to be read; use the
/// functions for everything else.
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct PyDictObject {
    pub ob_base: PyObject,
    /// Number of items.
    pub ma_used: Py_ssize_t,
    /// Version tag, changed on every modification (deprecated in 3.12).
    #[cfg(not(Py_3_14))]
    pub ma_version_tag: u64,
    /// Watcher bits and unique id, private to CPython (3.14+).
    #[cfg(Py_3_14)]
    pub _ma_watcher_tag: u64,
    pub ma_keys: *mut PyDictKeysObject,
    /// Null for a combined table; the values of a split table otherwise.
    #[cfg(not(Py_3_11))]
    pub ma_values: *mut *mut PyObject,
    /// Null for a combined table; the values of a split table otherwise.
    #[cfg(Py_3_11)]
    pub ma_values: *mut PyDictValues,
}

/// A dict on PyPy (C `PyDictObject` of PyPy's `dictobject.h`).
#[cfg(PyPy)]
#[repr(C)]
#[derive(Debug)]
pub struct PyDictObject {
    pub ob_base: PyObject,
    /// PyPy's private slot for the keys during `PyDict_Next`.
    pub _tmpkeys: *mut PyObject,
}

/// The number of items of the dict `op`, unchecked (C `PyDict_GET_SIZE`).
/// Free-threaded builds read it with a relaxed atomic load; on PyPy this is
/// `PyObject_Size`.
#[inline]
pub unsafe fn PyDict_GET_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(PyPy)]
        {
            crate::ffi::PyObject_Size(op)
        }
        #[cfg(all(not(PyPy), Py_GIL_DISABLED))]
        {
            let used = std::ptr::addr_of_mut!((*op.cast::<PyDictObject>()).ma_used);
            (*used.cast::<std::sync::atomic::AtomicIsize>())
                .load(std::sync::atomic::Ordering::Relaxed)
        }
        #[cfg(all(not(PyPy), not(Py_GIL_DISABLED)))]
        {
            (*op.cast::<PyDictObject>()).ma_used
        }
    }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyDict_SetDefault")]
    pub fn PyDict_SetDefault(
        mp: *mut PyObject,
        key: *mut PyObject,
        defaultobj: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg(not(PyPy))]
    pub fn _PyDict_NewPresized(minused: Py_ssize_t) -> *mut PyObject;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyDict_ContainsString")]
    pub fn PyDict_ContainsString(mp: *mut PyObject, key: *const c_char) -> c_int;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyDict_Pop")]
    pub fn PyDict_Pop(dict: *mut PyObject, key: *mut PyObject, result: *mut *mut PyObject)
    -> c_int;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyDict_PopString")]
    pub fn PyDict_PopString(
        dict: *mut PyObject,
        key: *const c_char,
        result: *mut *mut PyObject,
    ) -> c_int;
}

// ---------------------------------------------------------------------------
// Dict watchers (3.12+)
// ---------------------------------------------------------------------------

/// The event passed to a dict watcher (C enum `PyDict_WatchEvent`, 3.12+).
/// Kept as a plain integer: later versions may add events.
#[cfg(Py_3_12)]
pub type PyDict_WatchEvent = c_int;

#[cfg(Py_3_12)]
pub const PyDict_EVENT_ADDED: PyDict_WatchEvent = 0;
#[cfg(Py_3_12)]
pub const PyDict_EVENT_MODIFIED: PyDict_WatchEvent = 1;
#[cfg(Py_3_12)]
pub const PyDict_EVENT_DELETED: PyDict_WatchEvent = 2;
#[cfg(Py_3_12)]
pub const PyDict_EVENT_CLONED: PyDict_WatchEvent = 3;
#[cfg(Py_3_12)]
pub const PyDict_EVENT_CLEARED: PyDict_WatchEvent = 4;
#[cfg(Py_3_12)]
pub const PyDict_EVENT_DEALLOCATED: PyDict_WatchEvent = 5;

/// A dict watcher: called with the event, the dict, and (for additions,
/// modifications and deletions) the key and the new value (3.12+).
#[cfg(Py_3_12)]
pub type PyDict_WatchCallback = unsafe extern "C" fn(
    event: PyDict_WatchEvent,
    dict: *mut PyObject,
    key: *mut PyObject,
    new_value: *mut PyObject,
) -> c_int;

#[cfg(Py_3_12)]
unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyDict_AddWatcher")]
    pub fn PyDict_AddWatcher(callback: PyDict_WatchCallback) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyDict_ClearWatcher")]
    pub fn PyDict_ClearWatcher(watcher_id: c_int) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyDict_Watch")]
    pub fn PyDict_Watch(watcher_id: c_int, dict: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyDict_Unwatch")]
    pub fn PyDict_Unwatch(watcher_id: c_int, dict: *mut PyObject) -> c_int;
}

// ---------------------------------------------------------------------------
// frozendict (3.15+)
// ---------------------------------------------------------------------------

#[cfg(Py_3_15)]
unsafe extern "C" {
    /// The built-in `frozendict` (3.15+).
    #[cfg_attr(PyPy, link_name = "PyPyFrozenDict_Type")]
    pub static mut PyFrozenDict_Type: PyTypeObject;
    #[cfg_attr(PyPy, link_name = "PyPyFrozenDict_New")]
    pub fn PyFrozenDict_New(iterable: *mut PyObject) -> *mut PyObject;
}

/// Whether `op` is a frozendict or an instance of a subtype (C
/// `PyFrozenDict_Check`, 3.15+).
#[cfg(Py_3_15)]
#[inline]
pub unsafe fn PyFrozenDict_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, ptr::addr_of_mut!(PyFrozenDict_Type)) }
}

/// Whether `op` is exactly a frozendict (C `PyFrozenDict_CheckExact`,
/// 3.15+).
#[cfg(Py_3_15)]
#[inline]
pub unsafe fn PyFrozenDict_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyFrozenDict_Type)) }
}

/// Whether `op` is exactly a dict or exactly a frozendict (C
/// `PyAnyDict_CheckExact`, 3.15+).
#[cfg(Py_3_15)]
#[inline]
pub unsafe fn PyAnyDict_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (PyDict_CheckExact(op) != 0 || PyFrozenDict_CheckExact(op) != 0) as c_int }
}

/// Whether `op` is a dict, a frozendict, or an instance of a subtype of
/// either (C `PyAnyDict_Check`, 3.15+).
#[cfg(Py_3_15)]
#[inline]
pub unsafe fn PyAnyDict_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (PyDict_Check(op) != 0 || PyFrozenDict_Check(op) != 0) as c_int }
}
