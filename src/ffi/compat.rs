//! C API functions added in recent Python versions, usable on every
//! supported version: where the running configuration has the function,
//! these call it; before that, they do the same with older calls.
//!
//! Use them as `pyo3::ffi::compat::PyDict_GetItemRef(...)`.

use std::os::raw::{c_char, c_int, c_void};

#[cfg(not(Py_LIMITED_API))]
use crate::ffi::PyThreadState;
use crate::ffi::{Py_hash_t, Py_ssize_t, PyObject};

pub use crate::ffi::{Py_NewRef, Py_XNewRef};

/// `d[key]` as a new reference in `*result`: 1 if found, 0 if missing
/// (`*result` null), -1 with an exception set on error (3.13 API).
#[inline]
pub unsafe fn PyDict_GetItemRef(
    dp: *mut PyObject,
    key: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_3_13)]
        {
            crate::ffi::PyDict_GetItemRef(dp, key, result)
        }
        #[cfg(not(Py_3_13))]
        {
            let item = crate::ffi::PyDict_GetItemWithError(dp, key);
            if !item.is_null() {
                *result = crate::ffi::Py_NewRef(item);
                1
            } else {
                *result = std::ptr::null_mut();
                if crate::ffi::PyErr_Occurred().is_null() {
                    0
                } else {
                    -1
                }
            }
        }
    }
}

/// `d.setdefault(key, default_value)` with the value as a new reference in
/// `*result` (if not null): 1 if the key was present, 0 if inserted, -1 on
/// error (3.13 API).
#[inline]
pub unsafe fn PyDict_SetDefaultRef(
    d: *mut PyObject,
    key: *mut PyObject,
    default_value: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_3_13)]
        {
            crate::ffi::PyDict_SetDefaultRef(d, key, default_value, result)
        }
        #[cfg(not(Py_3_13))]
        {
            let mut value = std::ptr::null_mut();
            match PyDict_GetItemRef(d, key, &mut value) {
                -1 => {
                    if !result.is_null() {
                        *result = std::ptr::null_mut();
                    }
                    -1
                }
                1 => {
                    if result.is_null() {
                        crate::ffi::Py_DECREF(value);
                    } else {
                        *result = value;
                    }
                    1
                }
                _ => {
                    if crate::ffi::PyDict_SetItem(d, key, default_value) < 0 {
                        if !result.is_null() {
                            *result = std::ptr::null_mut();
                        }
                        return -1;
                    }
                    if !result.is_null() {
                        *result = crate::ffi::Py_NewRef(default_value);
                    }
                    0
                }
            }
        }
    }
}

/// The module `name` in `sys.modules` (created if missing), as a new
/// reference (3.13 API).
#[inline]
pub unsafe fn PyImport_AddModuleRef(name: *const c_char) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_3_13)]
        {
            crate::ffi::PyImport_AddModuleRef(name)
        }
        #[cfg(not(Py_3_13))]
        {
            crate::ffi::Py_XNewRef(crate::ffi::PyImport_AddModule(name))
        }
    }
}

/// The next item of `iter` as a new reference in `*item`: 1 for an item,
/// 0 when exhausted, -1 with an exception set (3.14 API).
#[inline]
pub unsafe fn PyIter_NextItem(iter: *mut PyObject, item: *mut *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_3_14)]
        {
            crate::ffi::PyIter_NextItem(iter, item)
        }
        #[cfg(not(Py_3_14))]
        {
            *item = crate::ffi::PyIter_Next(iter);
            if !(*item).is_null() {
                1
            } else if crate::ffi::PyErr_Occurred().is_null() {
                0
            } else {
                -1
            }
        }
    }
}

/// Removes every item of a list (3.13 API).
#[inline]
pub unsafe fn PyList_Clear(list: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
        {
            crate::ffi::PyList_Clear(list)
        }
        #[cfg(not(all(Py_3_13, not(Py_LIMITED_API))))]
        {
            crate::ffi::PyList_SetSlice(list, 0, crate::ffi::PY_SSIZE_T_MAX, std::ptr::null_mut())
        }
    }
}

/// Appends the items of `iterable` to a list (3.13 API).
#[inline]
pub unsafe fn PyList_Extend(list: *mut PyObject, iterable: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
        {
            crate::ffi::PyList_Extend(list, iterable)
        }
        #[cfg(not(all(Py_3_13, not(Py_LIMITED_API))))]
        {
            let end = crate::ffi::PY_SSIZE_T_MAX;
            crate::ffi::PyList_SetSlice(list, end, end, iterable)
        }
    }
}

/// `list[index]` as a new reference, or null with `IndexError` (3.13 API).
#[inline]
pub unsafe fn PyList_GetItemRef(list: *mut PyObject, index: Py_ssize_t) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_3_13)]
        {
            crate::ffi::PyList_GetItemRef(list, index)
        }
        #[cfg(not(Py_3_13))]
        {
            crate::ffi::Py_XNewRef(crate::ffi::PyList_GetItem(list, index))
        }
    }
}

/// Adds `value` to `module` as `name`, stealing the reference to `value`
/// even on failure (3.13 API).
#[inline]
pub unsafe fn PyModule_Add(
    module: *mut PyObject,
    name: *const c_char,
    value: *mut PyObject,
) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_3_13)]
        {
            crate::ffi::PyModule_Add(module, name, value)
        }
        #[cfg(not(Py_3_13))]
        {
            let result = PyModule_AddObjectRef(module, name, value);
            crate::ffi::Py_XDECREF(value);
            result
        }
    }
}

/// Adds `value` to `module` as `name`, taking a new reference (3.10 API).
#[inline]
pub unsafe fn PyModule_AddObjectRef(
    module: *mut PyObject,
    name: *const c_char,
    value: *mut PyObject,
) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_3_10)]
        {
            crate::ffi::PyModule_AddObjectRef(module, name, value)
        }
        #[cfg(not(Py_3_10))]
        {
            if value.is_null() && crate::ffi::PyErr_Occurred().is_null() {
                crate::ffi::PyErr_SetString(
                crate::ffi::PyExc_SystemError,
                c"PyModule_AddObjectRef() must be called with an exception raised if value is NULL"
                    .as_ptr(),
            );
                return -1;
            }
            crate::ffi::Py_XINCREF(value);
            // `PyModule_AddObject` steals the reference only on success.
            if crate::ffi::PyModule_AddObject(module, name, value) < 0 {
                crate::ffi::Py_XDECREF(value);
                return -1;
            }
            0
        }
    }
}

/// `obj.name()` (3.9 API, not in the limited API).
#[inline]
pub unsafe fn PyObject_CallMethodNoArgs(obj: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(not(Py_LIMITED_API))]
        {
            crate::ffi::PyObject_CallMethodNoArgs(obj, name)
        }
        #[cfg(Py_LIMITED_API)]
        {
            crate::ffi::PyObject_CallMethodObjArgs(obj, name, std::ptr::null_mut::<PyObject>())
        }
    }
}

/// `func()` (3.9 API; limited API from 3.10).
#[inline]
pub unsafe fn PyObject_CallNoArgs(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        {
            crate::ffi::PyObject_CallNoArgs(func)
        }
        #[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
        {
            crate::ffi::PyObject_CallObject(func, std::ptr::null_mut())
        }
    }
}

/// `obj.name` as a new reference in `*result`: 1 if found, 0 if it raised
/// `AttributeError` (cleared, `*result` null), -1 on other errors (3.13 API).
#[inline]
pub unsafe fn PyObject_GetOptionalAttr(
    obj: *mut PyObject,
    name: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_3_13)]
        {
            crate::ffi::PyObject_GetOptionalAttr(obj, name, result)
        }
        #[cfg(not(Py_3_13))]
        {
            *result = crate::ffi::PyObject_GetAttr(obj, name);
            if !(*result).is_null() {
                return 1;
            }
            if crate::ffi::PyErr_ExceptionMatches(crate::ffi::PyExc_AttributeError) != 0 {
                crate::ffi::PyErr_Clear();
                return 0;
            }
            -1
        }
    }
}

/// `hasattr(obj, name)`, reporting errors other than `AttributeError` as -1
/// (3.13 API).
#[inline]
pub unsafe fn PyObject_HasAttrWithError(obj: *mut PyObject, name: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_3_13)]
        {
            crate::ffi::PyObject_HasAttrWithError(obj, name)
        }
        #[cfg(not(Py_3_13))]
        {
            let mut value = std::ptr::null_mut();
            let found = PyObject_GetOptionalAttr(obj, name, &mut value);
            crate::ffi::Py_XDECREF(value);
            found
        }
    }
}

/// The current thread state, or null if none (3.13 API).
#[cfg(not(Py_LIMITED_API))]
#[inline]
pub unsafe fn PyThreadState_GetUnchecked() -> *mut PyThreadState {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_3_13)]
        {
            crate::ffi::PyThreadState_GetUnchecked()
        }
        #[cfg(not(Py_3_13))]
        {
            crate::ffi::_PyThreadState_UncheckedGet()
        }
    }
}

/// The referent of a weak reference as a new reference in `*pobj`: 1 if
/// alive, 0 if dead (`*pobj` null), -1 on error (3.13 API).
#[inline]
pub unsafe fn PyWeakref_GetRef(reference: *mut PyObject, pobj: *mut *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_3_13)]
        {
            crate::ffi::PyWeakref_GetRef(reference, pobj)
        }
        #[cfg(not(Py_3_13))]
        {
            #[allow(deprecated)]
            let object = crate::ffi::PyWeakref_GetObject(reference);
            if object.is_null() {
                *pobj = std::ptr::null_mut();
                -1
            } else if object == crate::ffi::Py_None() {
                *pobj = std::ptr::null_mut();
                0
            } else {
                *pobj = crate::ffi::Py_NewRef(object);
                1
            }
        }
    }
}

/// The hash Python gives a `bytes` object with these contents (3.14 API).
#[inline]
pub unsafe fn Py_HashBuffer(ptr: *const c_void, len: Py_ssize_t) -> Py_hash_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        {
            crate::ffi::Py_HashBuffer(ptr, len)
        }
        #[cfg(not(all(Py_3_14, not(Py_LIMITED_API))))]
        {
            let bytes = crate::ffi::PyBytes_FromStringAndSize(ptr.cast(), len);
            if bytes.is_null() {
                return -1;
            }
            let hash = crate::ffi::PyObject_Hash(bytes);
            crate::ffi::Py_DECREF(bytes);
            hash
        }
    }
}

mod bytes_writer;
pub use self::bytes_writer::*;
