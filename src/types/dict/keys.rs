//! `PyDictKeys`: the views returned by `dict.keys()`.

use crate::ffi;
use crate::types::PyAny;

/// A Python `dict_keys` view.
#[repr(transparent)]
pub struct PyDictKeys(PyAny);

crate::pyobject_native_type_core!(
    PyDictKeys,
    crate::pyobject_native_static_type_object!(ffi::PyDictKeys_Type),
    "builtins",
    "dict_keys", #checkfunction=ffi::PyDictKeys_Check
);
