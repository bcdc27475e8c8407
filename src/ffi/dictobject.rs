//! `Include/dictobject.h`: the dict type, its functions, and the types of
//! dict views and dict iterators.

use std::ffi::{c_char, c_int};
use std::ptr;

use crate::ffi::{Py_IS_TYPE, Py_TYPE, Py_ssize_t, PyObject, PyObject_TypeCheck, PyTypeObject};
use crate::ffi::{Py_TPFLAGS_DICT_SUBCLASS, PyType_FastSubclass};

#[cfg(Py_LIMITED_API)]
opaque_struct!(
    /// A dict object; its layout is hidden by the limited API.
    pub PyDictObject
);

unsafe extern "C" {
    /// The built-in `dict`.
    #[cfg_attr(PyPy, link_name = "PyPyDict_Type")]
    pub static mut PyDict_Type: PyTypeObject;
}

/// Whether `op` is a dict or an instance of a subtype (C `PyDict_Check`).
#[inline]
pub unsafe fn PyDict_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_DICT_SUBCLASS) }
}

/// Whether `op` is exactly a dict (C `PyDict_CheckExact`).
#[inline]
pub unsafe fn PyDict_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyDict_Type)) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyDict_New")]
    pub fn PyDict_New() -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyDict_GetItem")]
    pub fn PyDict_GetItem(mp: *mut PyObject, key: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyDict_GetItemWithError")]
    pub fn PyDict_GetItemWithError(mp: *mut PyObject, key: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyDict_SetItem")]
    pub fn PyDict_SetItem(mp: *mut PyObject, key: *mut PyObject, item: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyDict_DelItem")]
    pub fn PyDict_DelItem(mp: *mut PyObject, key: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyDict_Clear")]
    pub fn PyDict_Clear(mp: *mut PyObject);
    #[cfg_attr(PyPy, link_name = "PyPyDict_Next")]
    pub fn PyDict_Next(
        mp: *mut PyObject,
        pos: *mut Py_ssize_t,
        key: *mut *mut PyObject,
        value: *mut *mut PyObject,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyDict_Keys")]
    pub fn PyDict_Keys(mp: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyDict_Values")]
    pub fn PyDict_Values(mp: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyDict_Items")]
    pub fn PyDict_Items(mp: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyDict_Size")]
    pub fn PyDict_Size(mp: *mut PyObject) -> Py_ssize_t;
    #[cfg_attr(PyPy, link_name = "PyPyDict_Copy")]
    pub fn PyDict_Copy(mp: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyDict_Contains")]
    pub fn PyDict_Contains(mp: *mut PyObject, key: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyDict_Update")]
    pub fn PyDict_Update(mp: *mut PyObject, other: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyDict_Merge")]
    pub fn PyDict_Merge(mp: *mut PyObject, other: *mut PyObject, override_: c_int) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyDict_MergeFromSeq2")]
    pub fn PyDict_MergeFromSeq2(d: *mut PyObject, seq2: *mut PyObject, override_: c_int) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyDict_GetItemString")]
    pub fn PyDict_GetItemString(dp: *mut PyObject, key: *const c_char) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyDict_SetItemString")]
    pub fn PyDict_SetItemString(
        dp: *mut PyObject,
        key: *const c_char,
        item: *mut PyObject,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyDict_DelItemString")]
    pub fn PyDict_DelItemString(dp: *mut PyObject, key: *const c_char) -> c_int;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyDict_GetItemRef")]
    pub fn PyDict_GetItemRef(
        mp: *mut PyObject,
        key: *mut PyObject,
        result: *mut *mut PyObject,
    ) -> c_int;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyDict_GetItemStringRef")]
    pub fn PyDict_GetItemStringRef(
        mp: *mut PyObject,
        key: *const c_char,
        result: *mut *mut PyObject,
    ) -> c_int;
    // In the full API since 3.13 (`cpython/dictobject.h`), limited API 3.15.
    #[cfg(any(Py_3_15, all(Py_3_13, not(Py_LIMITED_API))))]
    #[cfg_attr(PyPy, link_name = "PyPyDict_SetDefaultRef")]
    pub fn PyDict_SetDefaultRef(
        mp: *mut PyObject,
        key: *mut PyObject,
        default_value: *mut PyObject,
        result: *mut *mut PyObject,
    ) -> c_int;
}

unsafe extern "C" {
    /// The type of `dict.keys()` views.
    #[cfg_attr(PyPy, link_name = "PyPyDictKeys_Type")]
    pub static mut PyDictKeys_Type: PyTypeObject;
    /// The type of `dict.values()` views.
    #[cfg_attr(PyPy, link_name = "PyPyDictValues_Type")]
    pub static mut PyDictValues_Type: PyTypeObject;
    /// The type of `dict.items()` views.
    #[cfg_attr(PyPy, link_name = "PyPyDictItems_Type")]
    pub static mut PyDictItems_Type: PyTypeObject;

    /// The type of iterators over dict keys.
    #[cfg_attr(PyPy, link_name = "PyPyDictIterKey_Type")]
    pub static mut PyDictIterKey_Type: PyTypeObject;
    /// The type of iterators over dict values.
    #[cfg_attr(PyPy, link_name = "PyPyDictIterValue_Type")]
    pub static mut PyDictIterValue_Type: PyTypeObject;
    /// The type of iterators over dict items.
    #[cfg_attr(PyPy, link_name = "PyPyDictIterItem_Type")]
    pub static mut PyDictIterItem_Type: PyTypeObject;
    /// The type of reversed iterators over dict keys.
    #[cfg_attr(PyPy, link_name = "PyPyDictRevIterKey_Type")]
    pub static mut PyDictRevIterKey_Type: PyTypeObject;
    /// The type of reversed iterators over dict items.
    #[cfg_attr(PyPy, link_name = "PyPyDictRevIterItem_Type")]
    pub static mut PyDictRevIterItem_Type: PyTypeObject;
    /// The type of reversed iterators over dict values.
    #[cfg_attr(PyPy, link_name = "PyPyDictRevIterValue_Type")]
    pub static mut PyDictRevIterValue_Type: PyTypeObject;
}

/// Whether `op` is a keys view (C `PyDictKeys_Check`).
#[inline]
pub unsafe fn PyDictKeys_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, ptr::addr_of_mut!(PyDictKeys_Type)) }
}

/// Whether `op` is a values view (C `PyDictValues_Check`).
#[inline]
pub unsafe fn PyDictValues_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, ptr::addr_of_mut!(PyDictValues_Type)) }
}

/// Whether `op` is an items view (C `PyDictItems_Check`).
#[inline]
pub unsafe fn PyDictItems_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, ptr::addr_of_mut!(PyDictItems_Type)) }
}

/// Whether `op` is a set-like dict view: keys or items, not values (C
/// `PyDictViewSet_Check`).
#[inline]
pub unsafe fn PyDictViewSet_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (PyDictKeys_Check(op) != 0 || PyDictItems_Check(op) != 0) as c_int }
}
