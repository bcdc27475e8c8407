//! `PyDictKeys`: the views returned by `dict.keys()`.

use crate::ffi;
use crate::types::PyAny;

/// A Python `dict_keys` view.
///
/// ```
/// # use pyo3::prelude::*;
/// # use pyo3::types::{IntoPyDict, PyDictKeys};
/// # pyo3::Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     let dict = [("a", 1)].into_py_dict(py)?;
///     let keys = dict.call_method0("keys")?;
///     assert!(keys.is_instance_of::<PyDictKeys>());
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(transparent)]
pub struct PyDictKeys(PyAny);

crate::pyobject_native_type_core!(
    PyDictKeys,
    crate::pyobject_native_static_type_object!(ffi::PyDictKeys_Type),
    "builtins",
    "dict_keys", #checkfunction=ffi::PyDictKeys_Check
);
