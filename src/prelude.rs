//! The common imports: `use pyo3::prelude::*;`.

pub use crate::conversion::{FromPyObject, FromPyObjectOwned, IntoPyObject};
pub use crate::err::{PyErr, PyResult};
pub use crate::instance::{Borrowed, Bound, Py};
pub use crate::marker::Python;
pub use crate::pycell::{PyRef, PyRefMut};
pub use crate::pyclass::{PyClassGuard, PyClassGuardMut};
pub use crate::pyclass_init::PyClassInitializer;
pub use crate::types::{PyAny, PyModule};

#[cfg(feature = "macros")]
pub use pyo3_macros::{
    FromPyObject, IntoPyObject, IntoPyObjectRef, pyclass, pyfunction, pymethods, pymodule,
};

#[cfg(feature = "macros")]
pub use crate::wrap_pyfunction;

#[cfg(Py_3_15)]
pub use crate::types::PyFrozenDictMethods;
pub use crate::types::{
    PyAnyMethods, PyBoolMethods, PyByteArrayMethods, PyBytesMethods, PyCapsuleMethods,
    PyComplexMethods, PyDictMethods, PyFloatMethods, PyFrozenSetMethods, PyListMethods,
    PyMappingMethods, PyMappingProxyMethods, PyModuleMethods, PySequenceMethods, PySetMethods,
    PySliceMethods, PyStringMethods, PyTracebackMethods, PyTupleMethods, PyTypeMethods,
    PyWeakrefMethods,
};
