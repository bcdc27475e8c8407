//! `Include/genericaliasobject.h`: `types.GenericAlias` (PEP 585, `list[int]`).

use crate::ffi::{PyObject, PyTypeObject};

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPy_GenericAlias")]
    pub fn Py_GenericAlias(origin: *mut PyObject, args: *mut PyObject) -> *mut PyObject;
    /// The type `types.GenericAlias`.
    #[cfg_attr(PyPy, link_name = "PyPy_GenericAliasType")]
    pub static mut Py_GenericAliasType: PyTypeObject;
}
