//! `PyDictItems`: the views returned by `dict.items()`.

use crate::ffi;
use crate::types::PyAny;

/// A Python `dict_items` view.
#[repr(transparent)]
pub struct PyDictItems(PyAny);

crate::pyobject_native_type_core!(
    PyDictItems,
    crate::pyobject_native_static_type_object!(ffi::PyDictItems_Type),
    "builtins",
    "dict_items", #checkfunction=ffi::PyDictItems_Check
);
