//! `Include/cpython/descrobject.h`: descriptor object layouts and slot
//! wrappers.

use std::ffi::{c_char, c_int, c_void};

use crate::ffi::{PyGetSetDef, PyMemberDef, PyMethodDef, PyObject, PyTypeObject};

/// The wrapper function of a slot wrapper.
pub type wrapperfunc = Option<
    unsafe extern "C" fn(
        slf: *mut PyObject,
        args: *mut PyObject,
        wrapped: *mut c_void,
    ) -> *mut PyObject,
>;

/// The wrapper function of a slot wrapper that takes keywords.
pub type wrapperfunc_kwds = Option<
    unsafe extern "C" fn(
        slf: *mut PyObject,
        args: *mut PyObject,
        wrapped: *mut c_void,
        kwds: *mut PyObject,
    ) -> *mut PyObject,
>;

/// Describes one slot wrapper (C `struct wrapperbase`).
#[repr(C)]
pub struct wrapperbase {
    pub name: *const c_char,
    pub offset: c_int,
    pub function: *mut c_void,
    pub wrapper: wrapperfunc,
    pub doc: *const c_char,
    pub flags: c_int,
    pub name_strobj: *mut PyObject,
}

/// `wrapperbase::flags`: the wrapper takes keywords.
pub const PyWrapperFlag_KEYWORDS: c_int = 1;

/// The fields every descriptor starts with (C `PyDescr_COMMON`).
#[repr(C)]
pub struct PyDescrObject {
    pub ob_base: PyObject,
    pub d_type: *mut PyTypeObject,
    pub d_name: *mut PyObject,
    pub d_qualname: *mut PyObject,
}

/// A method descriptor (C `PyMethodDescrObject`).
#[repr(C)]
pub struct PyMethodDescrObject {
    pub d_common: PyDescrObject,
    pub d_method: *mut PyMethodDef,
    #[cfg(not(PyPy))]
    pub vectorcall: Option<crate::ffi::vectorcallfunc>,
}

/// A member descriptor (C `PyMemberDescrObject`).
#[repr(C)]
pub struct PyMemberDescrObject {
    pub d_common: PyDescrObject,
    pub d_member: *mut PyMemberDef,
}

/// A get/set descriptor (C `PyGetSetDescrObject`).
#[repr(C)]
pub struct PyGetSetDescrObject {
    pub d_common: PyDescrObject,
    pub d_getset: *mut PyGetSetDef,
}

/// A slot wrapper (C `PyWrapperDescrObject`).
#[repr(C)]
pub struct PyWrapperDescrObject {
    pub d_common: PyDescrObject,
    pub d_base: *mut wrapperbase,
    pub d_wrapped: *mut c_void,
}

unsafe extern "C" {
    pub fn PyDescr_NewWrapper(
        tp: *mut PyTypeObject,
        base: *mut wrapperbase,
        wrapped: *mut c_void,
    ) -> *mut PyObject;
}

/// Whether descriptor `d` is a data descriptor, i.e. defines `__set__`
/// (C `PyDescr_IsData`).
#[inline]
pub unsafe fn PyDescr_IsData(d: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*crate::ffi::Py_TYPE(d)).tp_descr_set.is_some() as c_int }
}
