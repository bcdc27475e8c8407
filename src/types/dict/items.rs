//! `PyDictItems`: the views returned by `dict.items()`.

use crate::ffi;
use crate::types::PyAny;

/// A Python `dict_items` view.
///
/// ```
/// # use pyo3::prelude::*;
/// # use pyo3::types::{IntoPyDict, PyDictItems};
/// # pyo3::Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     let dict = [("a", 1)].into_py_dict(py)?;
///     let items = dict.call_method0("items")?;
///     assert!(items.is_instance_of::<PyDictItems>());
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(transparent)]
pub struct PyDictItems(PyAny);

crate::pyobject_native_type_core!(
    PyDictItems,
    crate::pyobject_native_static_type_object!(ffi::PyDictItems_Type),
    "builtins",
    "dict_items", #checkfunction=ffi::PyDictItems_Check
);
