//! `PyDictKeys`: the views returned by `dict.keys()`.

use crate::ffi;
use crate::types::PyAny;

/// A Python `dict_keys` view.
#[repr(transparent)]
pub struct PyDictKeys(PyAny);

crate::pyobject_native_type!(
    PyDictKeys,
    |_py| std::ptr::addr_of_mut!(ffi::PyDictKeys_Type),
    ffi::PyDictKeys_Check
);
