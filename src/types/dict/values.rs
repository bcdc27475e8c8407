//! `PyDictValues`: the views returned by `dict.values()`.

use crate::ffi;
use crate::types::PyAny;

/// A Python `dict_values` view.
#[repr(transparent)]
pub struct PyDictValues(PyAny);

crate::pyobject_native_type_core!(
    PyDictValues,
    crate::pyobject_native_static_type_object!(ffi::PyDictValues_Type),
    "builtins",
    "dict_values", #checkfunction=ffi::PyDictValues_Check
);
