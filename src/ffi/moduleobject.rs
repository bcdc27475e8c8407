//! `Include/moduleobject.h`: module objects and module definitions
//! (single-phase `PyModule_Create` and multi-phase PEP 489 slots).

use std::ffi::{c_char, c_int, c_void};
use std::ptr;

#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
use crate::ffi::PyModuleDef;
use crate::ffi::{Py_IS_TYPE, PyObject, PyObject_TypeCheck, PyTypeObject};
#[cfg(Py_3_15)]
use crate::ffi::{Py_ssize_t, PySlot};
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
use crate::ffi::{PyMethodDef, PyObject_HEAD_INIT, freefunc, inquiry, traverseproc};

unsafe extern "C" {
    /// The type of modules.
    #[cfg_attr(PyPy, link_name = "PyPyModule_Type")]
    pub static mut PyModule_Type: PyTypeObject;
    /// The type of `PyModuleDef` objects (after `PyModuleDef_Init`).
    #[cfg_attr(PyPy, link_name = "PyPyModuleDef_Type")]
    pub static mut PyModuleDef_Type: PyTypeObject;
}

/// Whether `op` is a module or a subtype (C `PyModule_Check`).
#[inline]
pub unsafe fn PyModule_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, ptr::addr_of_mut!(PyModule_Type)) }
}

/// Whether `op` is exactly a module (C `PyModule_CheckExact`).
#[inline]
pub unsafe fn PyModule_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, ptr::addr_of_mut!(PyModule_Type)) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyModule_NewObject")]
    pub fn PyModule_NewObject(name: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyModule_New")]
    pub fn PyModule_New(name: *const c_char) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyModule_GetDict")]
    pub fn PyModule_GetDict(module: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyModule_GetNameObject")]
    pub fn PyModule_GetNameObject(module: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyModule_GetName")]
    pub fn PyModule_GetName(module: *mut PyObject) -> *const c_char;
    #[cfg(not(all(windows, PyPy)))]
    #[deprecated(note = "Python 3.2: use PyModule_GetFilenameObject")]
    pub fn PyModule_GetFilename(module: *mut PyObject) -> *const c_char;
    #[cfg_attr(PyPy, link_name = "PyPyModule_GetFilenameObject")]
    pub fn PyModule_GetFilenameObject(module: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyModule_GetDef")]
    pub fn PyModule_GetDef(module: *mut PyObject) -> *mut PyModuleDef;
    #[cfg_attr(PyPy, link_name = "PyPyModule_GetState")]
    pub fn PyModule_GetState(module: *mut PyObject) -> *mut c_void;
    #[cfg_attr(PyPy, link_name = "PyPyModuleDef_Init")]
    pub fn PyModuleDef_Init(def: *mut PyModuleDef) -> *mut PyObject;

    #[cfg(Py_3_15)]
    pub fn PyModule_FromSlotsAndSpec(slots: *const PySlot, spec: *mut PyObject) -> *mut PyObject;
    #[cfg(Py_3_15)]
    pub fn PyModule_Exec(module: *mut PyObject) -> c_int;
    #[cfg(Py_3_15)]
    pub fn PyModule_GetStateSize(module: *mut PyObject, result: *mut Py_ssize_t) -> c_int;
    #[cfg(Py_3_15)]
    pub fn PyModule_GetState_DuringGC(module: *mut PyObject) -> *mut c_void;
    #[cfg(Py_3_15)]
    pub fn PyModule_GetToken(module: *mut PyObject, result: *mut *mut c_void) -> c_int;
    #[cfg(Py_3_15)]
    pub fn PyModule_GetToken_DuringGC(module: *mut PyObject, result: *mut *mut c_void) -> c_int;

    /// Declares whether a module supports running without the GIL
    /// (free-threaded builds, 3.13+).
    #[cfg(all(Py_3_13, Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    pub fn PyUnstable_Module_SetGIL(module: *mut PyObject, gil: *mut c_void) -> c_int;
}

/// The object header of a module definition (C `PyModuleDef_Base`).
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[repr(C)]
pub struct PyModuleDef_Base {
    pub ob_base: PyObject,
    pub m_init: Option<extern "C" fn() -> *mut PyObject>,
    pub m_index: crate::ffi::Py_ssize_t,
    pub m_copy: *mut PyObject,
}

/// The initial value of `PyModuleDef::m_base` (C `PyModuleDef_HEAD_INIT`).
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
// A constant, as in C: every definition gets a fresh copy (on free-threaded
// builds the object header holds atomics).
#[allow(clippy::declare_interior_mutable_const)]
pub const PyModuleDef_HEAD_INIT: PyModuleDef_Base = PyModuleDef_Base {
    ob_base: PyObject_HEAD_INIT,
    m_init: None,
    m_index: 0,
    m_copy: ptr::null_mut(),
};

/// One multi-phase initialisation slot (C `PyModuleDef_Slot`): `Py_mod_*`
/// id and value; the array ends with `{0, NULL}`.
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct PyModuleDef_Slot {
    pub slot: c_int,
    pub value: *mut c_void,
}

impl Default for PyModuleDef_Slot {
    fn default() -> PyModuleDef_Slot {
        PyModuleDef_Slot {
            slot: 0,
            value: ptr::null_mut(),
        }
    }
}

/// Value of the `Py_mod_multiple_interpreters` slot (3.12+).
#[cfg(Py_3_12)]
pub const Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED: *mut c_void = ptr::null_mut();
/// Value of the `Py_mod_multiple_interpreters` slot (3.12+).
#[cfg(Py_3_12)]
pub const Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED: *mut c_void = ptr::without_provenance_mut(1);
/// Value of the `Py_mod_multiple_interpreters` slot (3.12+).
#[cfg(Py_3_12)]
pub const Py_MOD_PER_INTERPRETER_GIL_SUPPORTED: *mut c_void = ptr::without_provenance_mut(2);

/// Value of the `Py_mod_gil` slot: the module needs the GIL (3.13+).
#[cfg(Py_3_13)]
pub const Py_MOD_GIL_USED: *mut c_void = ptr::null_mut();
/// Value of the `Py_mod_gil` slot: the module is safe without the GIL
/// (3.13+).
#[cfg(Py_3_13)]
pub const Py_MOD_GIL_NOT_USED: *mut c_void = ptr::without_provenance_mut(1);

/// A module definition (C `PyModuleDef`). Opaque under abi3t.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[repr(C)]
pub struct PyModuleDef {
    pub m_base: PyModuleDef_Base,
    pub m_name: *const c_char,
    pub m_doc: *const c_char,
    /// Size of the per-module state; -1 for single-phase modules without
    /// state that cannot be re-initialised.
    pub m_size: crate::ffi::Py_ssize_t,
    pub m_methods: *mut PyMethodDef,
    pub m_slots: *mut PyModuleDef_Slot,
    pub m_traverse: Option<traverseproc>,
    pub m_clear: Option<inquiry>,
    pub m_free: Option<freefunc>,
}
