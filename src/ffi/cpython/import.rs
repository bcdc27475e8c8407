//! `Include/cpython/import.h` (and the non-limited part of `import.h`):
//! the built-in module table, frozen modules and lazy-import settings.

use std::ffi::{c_char, c_int, c_uchar};

#[cfg(Py_3_15)]
use crate::ffi::PyImport_LazyImportsMode;
use crate::ffi::PyObject;

/// One entry of the table of built-in modules (C `struct _inittab`); a
/// table ends with an entry whose `name` is null.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct _inittab {
    pub name: *const c_char,
    pub initfunc: Option<unsafe extern "C" fn() -> *mut PyObject>,
}

/// One frozen module (C `struct _frozen`); a table ends with an entry whose
/// `name` is null.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct _frozen {
    pub name: *const c_char,
    pub code: *const c_uchar,
    pub size: c_int,
    /// Whether the module is a package (3.11+).
    #[cfg(Py_3_11)]
    pub is_package: c_int,
    /// Returns the code object of deep-frozen modules (3.11 and 3.12).
    #[cfg(all(Py_3_11, not(Py_3_13)))]
    pub get_code: Option<unsafe extern "C" fn() -> *mut PyObject>,
}

unsafe extern "C" {
    /// The table of built-in modules; only read by `Py_Initialize`.
    #[cfg(not(PyPy))]
    pub static mut PyImport_Inittab: *mut _inittab;
    #[cfg(not(PyPy))]
    pub fn PyImport_ExtendInittab(newtab: *mut _inittab) -> c_int;

    /// The table of frozen modules; embedders may point it at their own.
    #[cfg(not(PyPy))]
    pub static mut PyImport_FrozenModules: *const _frozen;

    #[cfg(all(Py_3_15, not(PyPy)))]
    pub fn PyImport_CreateModuleFromInitfunc(
        spec: *mut PyObject,
        initfunc: Option<unsafe extern "C" fn() -> *mut PyObject>,
    ) -> *mut PyObject;

    #[cfg(all(Py_3_14, not(PyPy)))]
    pub fn PyImport_ImportModuleAttr(
        mod_name: *mut PyObject,
        attr_name: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg(all(Py_3_14, not(PyPy)))]
    pub fn PyImport_ImportModuleAttrString(
        mod_name: *const c_char,
        attr_name: *const c_char,
    ) -> *mut PyObject;

    #[cfg(all(Py_3_15, not(PyPy)))]
    pub fn PyImport_SetLazyImportsMode(mode: PyImport_LazyImportsMode) -> c_int;
    #[cfg(all(Py_3_15, not(PyPy)))]
    pub fn PyImport_SetLazyImportsFilter(filter: *mut PyObject) -> c_int;
    #[cfg(all(Py_3_15, not(PyPy)))]
    pub fn PyImport_GetLazyImportsMode() -> PyImport_LazyImportsMode;
    #[cfg(all(Py_3_15, not(PyPy)))]
    pub fn PyImport_GetLazyImportsFilter() -> *mut PyObject;
}
