//! `Include/modsupport.h` (with the API/ABI version numbers of
//! `patchlevel.h` and the public part of `cpython/modsupport.h`): argument
//! parsing, building values, creating modules and adding objects to them.
//!
//! The argument parsing and value building functions follow the
//! `PY_SSIZE_T_CLEAN` convention on every version: lengths of `#` formats
//! are `Py_ssize_t`. Before 3.13 that means linking to the `_SizeT`
//! variants, as the C macros do when `PY_SSIZE_T_CLEAN` is defined.

use std::ffi::{c_char, c_int, c_long};

use crate::ffi::{Py_ssize_t, PyMethodDef, PyModuleDef, PyObject, PyTypeObject};

unsafe extern "C" {
    #[cfg_attr(all(PyPy, not(Py_3_13)), link_name = "_PyPyArg_Parse_SizeT")]
    #[cfg_attr(all(PyPy, Py_3_13), link_name = "PyPyArg_Parse")]
    #[cfg_attr(all(not(PyPy), not(Py_3_13)), link_name = "_PyArg_Parse_SizeT")]
    pub fn PyArg_Parse(args: *mut PyObject, format: *const c_char, ...) -> c_int;
    #[cfg_attr(all(PyPy, not(Py_3_13)), link_name = "_PyPyArg_ParseTuple_SizeT")]
    #[cfg_attr(all(PyPy, Py_3_13), link_name = "PyPyArg_ParseTuple")]
    #[cfg_attr(all(not(PyPy), not(Py_3_13)), link_name = "_PyArg_ParseTuple_SizeT")]
    pub fn PyArg_ParseTuple(args: *mut PyObject, format: *const c_char, ...) -> c_int;
    #[cfg_attr(
        all(PyPy, not(Py_3_13)),
        link_name = "_PyPyArg_ParseTupleAndKeywords_SizeT"
    )]
    #[cfg_attr(all(PyPy, Py_3_13), link_name = "PyPyArg_ParseTupleAndKeywords")]
    #[cfg_attr(
        all(not(PyPy), not(Py_3_13)),
        link_name = "_PyArg_ParseTupleAndKeywords_SizeT"
    )]
    pub fn PyArg_ParseTupleAndKeywords(
        args: *mut PyObject,
        kw: *mut PyObject,
        format: *const c_char,
        #[cfg(not(Py_3_13))] keywords: *mut *mut c_char,
        #[cfg(Py_3_13)] keywords: *const *const c_char,
        ...
    ) -> c_int;

    #[cfg_attr(PyPy, link_name = "PyPyArg_ValidateKeywordArguments")]
    pub fn PyArg_ValidateKeywordArguments(kwargs: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyArg_UnpackTuple")]
    pub fn PyArg_UnpackTuple(
        args: *mut PyObject,
        name: *const c_char,
        min: Py_ssize_t,
        max: Py_ssize_t,
        ...
    ) -> c_int;

    #[cfg_attr(all(PyPy, not(Py_3_13)), link_name = "_PyPy_BuildValue_SizeT")]
    #[cfg_attr(all(PyPy, Py_3_13), link_name = "PyPy_BuildValue")]
    #[cfg_attr(all(not(PyPy), not(Py_3_13)), link_name = "_Py_BuildValue_SizeT")]
    pub fn Py_BuildValue(format: *const c_char, ...) -> *mut PyObject;
    /// `Py_BuildValue` with `Py_ssize_t` lengths for `#` formats, whatever
    /// the version (exported by every version, declared by the headers
    /// before 3.13).
    #[cfg_attr(PyPy, link_name = "_PyPy_BuildValue_SizeT")]
    pub fn _Py_BuildValue_SizeT(format: *const c_char, ...) -> *mut PyObject;

    #[cfg(all(Py_3_15, not(Py_LIMITED_API), not(PyPy)))]
    pub fn PyArg_ParseArray(
        args: *const *mut PyObject,
        nargs: Py_ssize_t,
        format: *const c_char,
        ...
    ) -> c_int;
    #[cfg(all(Py_3_15, not(Py_LIMITED_API), not(PyPy)))]
    pub fn PyArg_ParseArrayAndKeywords(
        args: *const *mut PyObject,
        nargs: Py_ssize_t,
        kwnames: *mut PyObject,
        format: *const c_char,
        kwlist: *const *const c_char,
        ...
    ) -> c_int;

    /// Adds `value` to `module` as `name`; does not steal the reference.
    #[cfg(Py_3_10)]
    #[cfg_attr(PyPy, link_name = "PyPyModule_AddObjectRef")]
    pub fn PyModule_AddObjectRef(
        module: *mut PyObject,
        name: *const c_char,
        value: *mut PyObject,
    ) -> c_int;
    /// Adds `value` to `module` as `name`; always steals the reference.
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyModule_Add")]
    pub fn PyModule_Add(module: *mut PyObject, name: *const c_char, value: *mut PyObject) -> c_int;
    /// Adds `value` to `module` as `name`; steals the reference only on
    /// success.
    #[cfg_attr(PyPy, link_name = "PyPyModule_AddObject")]
    pub fn PyModule_AddObject(
        module: *mut PyObject,
        name: *const c_char,
        value: *mut PyObject,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyModule_AddIntConstant")]
    pub fn PyModule_AddIntConstant(
        module: *mut PyObject,
        name: *const c_char,
        value: c_long,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyModule_AddStringConstant")]
    pub fn PyModule_AddStringConstant(
        module: *mut PyObject,
        name: *const c_char,
        value: *const c_char,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyModule_AddType")]
    pub fn PyModule_AddType(module: *mut PyObject, type_: *mut PyTypeObject) -> c_int;

    #[cfg_attr(PyPy, link_name = "PyPyModule_SetDocString")]
    pub fn PyModule_SetDocString(module: *mut PyObject, docstring: *const c_char) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyModule_AddFunctions")]
    pub fn PyModule_AddFunctions(module: *mut PyObject, functions: *mut PyMethodDef) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyModule_ExecDef")]
    pub fn PyModule_ExecDef(module: *mut PyObject, def: *mut PyModuleDef) -> c_int;
}

/// Flag of `O&` converters that want to be called again with null to clean
/// up after a failure (C `Py_CLEANUP_SUPPORTED`).
pub const Py_CLEANUP_SUPPORTED: i32 = 0x20000;

/// The C API version modules built against the full API pass to
/// `PyModule_Create2` (C `PYTHON_API_VERSION`).
pub const PYTHON_API_VERSION: i32 = 1013;
/// The stable ABI version modules built against the limited API pass to
/// `PyModule_Create2` (C `PYTHON_ABI_VERSION`).
pub const PYTHON_ABI_VERSION: i32 = 3;

/// The API version `PyModule_Create` and `PyModule_FromDefAndSpec` pass: the
/// ABI version under the limited API, the API version otherwise.
#[cfg(Py_LIMITED_API)]
const MODULE_API_VERSION: c_int = PYTHON_ABI_VERSION;
#[cfg(not(Py_LIMITED_API))]
const MODULE_API_VERSION: c_int = PYTHON_API_VERSION;

unsafe extern "C" {
    // `Py_TRACE_REFS` builds before 3.13 rename the module creation
    // functions so that mismatched extensions fail to link.
    #[cfg_attr(PyPy, link_name = "PyPyModule_Create2")]
    #[cfg_attr(
        all(py_sys_config = "Py_TRACE_REFS", not(Py_3_13), not(PyPy)),
        link_name = "PyModule_Create2TraceRefs"
    )]
    pub fn PyModule_Create2(module: *mut PyModuleDef, apiver: c_int) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyModule_FromDefAndSpec2")]
    #[cfg_attr(
        all(py_sys_config = "Py_TRACE_REFS", not(Py_3_13), not(PyPy)),
        link_name = "PyModule_FromDefAndSpec2TraceRefs"
    )]
    pub fn PyModule_FromDefAndSpec2(
        def: *mut PyModuleDef,
        spec: *mut PyObject,
        module_api_version: c_int,
    ) -> *mut PyObject;
}

/// Creates a module object from `module` (C `PyModule_Create`:
/// `PyModule_Create2` with `PYTHON_ABI_VERSION` under the limited API and
/// `PYTHON_API_VERSION` otherwise).
#[inline]
pub unsafe fn PyModule_Create(module: *mut PyModuleDef) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyModule_Create2(module, MODULE_API_VERSION) }
}

/// Creates a module object from `module` and a module spec, for multi-phase
/// initialization (C `PyModule_FromDefAndSpec`: `PyModule_FromDefAndSpec2`
/// with the same API version as `PyModule_Create`).
#[inline]
pub unsafe fn PyModule_FromDefAndSpec(
    module: *mut PyModuleDef,
    spec: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyModule_FromDefAndSpec2(module, spec, MODULE_API_VERSION) }
}

// ---------------------------------------------------------------------------
// ABI information (3.15+)
// ---------------------------------------------------------------------------

/// Describes the ABI a module was built for; checked by the interpreter
/// through the `Py_mod_abi` slot or `PyABIInfo_Check` (C `PyABIInfo`, 3.15+).
#[cfg(Py_3_15)]
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct PyABIInfo {
    /// Version of this struct's layout: 1.
    pub abiinfo_major_version: u8,
    pub abiinfo_minor_version: u8,
    /// `PyABIInfo_*` flags.
    pub flags: u16,
    /// `PY_VERSION_HEX` of the headers the module was built with.
    pub build_version: u32,
    /// The version of the ABI used: `Py_LIMITED_API` for the stable ABI,
    /// `PY_VERSION_HEX` otherwise.
    pub abi_version: u32,
}

/// Built for the stable ABI.
#[cfg(Py_3_15)]
pub const PyABIInfo_STABLE: u16 = 0x0001;
/// Built for GIL-enabled interpreters.
#[cfg(Py_3_15)]
pub const PyABIInfo_GIL: u16 = 0x0002;
/// Built for free-threaded interpreters.
#[cfg(Py_3_15)]
pub const PyABIInfo_FREETHREADED: u16 = 0x0004;
/// Built with the internal API.
#[cfg(Py_3_15)]
pub const PyABIInfo_INTERNAL: u16 = 0x0008;
/// Usable by both GIL-enabled and free-threaded interpreters (abi3t).
#[cfg(Py_3_15)]
pub const PyABIInfo_FREETHREADING_AGNOSTIC: u16 = PyABIInfo_GIL | PyABIInfo_FREETHREADED;

#[cfg(Py_3_15)]
unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyABIInfo_Check")]
    pub fn PyABIInfo_Check(info: *mut PyABIInfo, module_name: *const c_char) -> c_int;
}

/// The flags of this build (C `PyABIInfo_DEFAULT_FLAGS`): stable ABI under
/// the limited API, free-threading agnostic for abi3t, free-threaded or GIL
/// otherwise.
#[cfg(Py_3_15)]
pub const PyABIInfo_DEFAULT_FLAGS: u16 = {
    #[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
    {
        PyABIInfo_STABLE | PyABIInfo_FREETHREADING_AGNOSTIC
    }
    #[cfg(all(Py_LIMITED_API, not(Py_GIL_DISABLED)))]
    {
        PyABIInfo_STABLE | PyABIInfo_GIL
    }
    #[cfg(all(not(Py_LIMITED_API), Py_GIL_DISABLED))]
    {
        PyABIInfo_FREETHREADED
    }
    #[cfg(all(not(Py_LIMITED_API), not(Py_GIL_DISABLED)))]
    {
        PyABIInfo_GIL
    }
};

/// `0x030F0000`: the version this crate builds against when `PyABIInfo`
/// exists (3.15, the newest supported minor version), as `PY_VERSION_HEX`
/// without micro version and release level.
#[cfg(Py_3_15)]
const ABI_INFO_VERSION_HEX: u32 = 0x030F_0000;

/// The ABI version of this build (C `PyABIInfo_DEFAULT_ABI_VERSION`): the
/// `Py_LIMITED_API` floor under the limited API, the Python version
/// otherwise.
#[cfg(Py_3_15)]
pub const PyABIInfo_DEFAULT_ABI_VERSION: u32 = ABI_INFO_VERSION_HEX;

/// The `PyABIInfo` describing this build (C `_PyABIInfo_DEFAULT`, the
/// initializer of `PyABIInfo_VAR`). The versions are the 3.15 floor, as
/// `PY_VERSION_HEX` is not known at this level.
#[cfg(Py_3_15)]
pub const _PyABIInfo_DEFAULT: PyABIInfo = PyABIInfo {
    abiinfo_major_version: 1,
    abiinfo_minor_version: 0,
    flags: PyABIInfo_DEFAULT_FLAGS,
    build_version: ABI_INFO_VERSION_HEX,
    abi_version: PyABIInfo_DEFAULT_ABI_VERSION,
};
