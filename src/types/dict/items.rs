//! `PyDictItems`: the views returned by `dict.items()`.

use crate::ffi;
use crate::types::PyAny;

/// A Python `dict_items` view.
#[repr(transparent)]
pub struct PyDictItems(PyAny);

crate::pyobject_native_type!(
    PyDictItems,
    |_py| std::ptr::addr_of_mut!(ffi::PyDictItems_Type),
    ffi::PyDictItems_Check
);
