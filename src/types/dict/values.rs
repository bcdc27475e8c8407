//! `PyDictValues`: the views returned by `dict.values()`.

use crate::ffi;
use crate::types::PyAny;

/// A Python `dict_values` view.
#[repr(transparent)]
pub struct PyDictValues(PyAny);

crate::pyobject_native_type!(
    PyDictValues,
    |_py| std::ptr::addr_of_mut!(ffi::PyDictValues_Type),
    ffi::PyDictValues_Check
);
