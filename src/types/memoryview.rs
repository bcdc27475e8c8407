//! `PyMemoryView`: Python `memoryview`.

use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::instance::Bound;
use crate::types::PyAny;

/// A Python `memoryview`: a view of an object's buffer (`bytes`,
/// `bytearray`, `array.array`, ...).
#[repr(transparent)]
pub struct PyMemoryView(PyAny);

crate::pyobject_native_type_core!(
    PyMemoryView,
    crate::pyobject_native_static_type_object!(ffi::PyMemoryView_Type),
    "builtins",
    "memoryview", #checkfunction=ffi::PyMemoryView_Check
);

impl PyMemoryView {
    /// `memoryview(src)`; `TypeError` if `src` does not support the buffer
    /// protocol.
    pub fn from<'py>(src: &Bound<'py, PyAny>) -> PyResult<Bound<'py, Self>> {
        // SAFETY: attached; returns a new memoryview or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(src.py(), ffi::PyMemoryView_FromObject(src.as_ptr()))
                .map(|view| view.cast_into_unchecked())
        }
    }
}

/// `memoryview(value)`, as [`PyMemoryView::from`].
impl<'py> TryFrom<&Bound<'py, PyAny>> for Bound<'py, PyMemoryView> {
    type Error = PyErr;

    fn try_from(value: &Bound<'py, PyAny>) -> Result<Self, Self::Error> {
        PyMemoryView::from(value)
    }
}
