//! `PyDictValues`: the views returned by `dict.values()`.

use crate::ffi;
use crate::types::PyAny;

/// A Python `dict_values` view.
///
/// ```
/// # use pyo3::prelude::*;
/// # use pyo3::types::{IntoPyDict, PyDictValues};
/// # pyo3::Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     let dict = [("a", 1)].into_py_dict(py)?;
///     let values = dict.call_method0("values")?;
///     assert!(values.is_instance_of::<PyDictValues>());
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(transparent)]
pub struct PyDictValues(PyAny);

crate::pyobject_native_type_core!(
    PyDictValues,
    crate::pyobject_native_static_type_object!(ffi::PyDictValues_Type),
    "builtins",
    "dict_values", #checkfunction=ffi::PyDictValues_Check
);
