//! `PyBytes`: Python `bytes`.

use crate::ffi;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::types::PyAny;

/// A Python `bytes`.
#[repr(transparent)]
pub struct PyBytes(PyAny);

crate::pyobject_native_type!(
    PyBytes,
    |_py| std::ptr::addr_of_mut!(ffi::PyBytes_Type),
    ffi::PyBytes_Check
);

impl PyBytes {
    /// A new `bytes` with a copy of `s`.
    pub fn new<'py>(py: Python<'py>, s: &[u8]) -> Bound<'py, PyBytes> {
        // SAFETY: attached; pointer and length describe `s`; the result is a
        // new `bytes` (null only on memory exhaustion, which panics).
        unsafe {
            Bound::from_owned_ptr(
                py,
                ffi::PyBytes_FromStringAndSize(s.as_ptr().cast(), s.len() as ffi::Py_ssize_t),
            )
            .cast_into_unchecked()
        }
    }
}

/// The methods of `bytes` objects.
pub trait PyBytesMethods<'py>: crate::sealed::Sealed {
    /// The contents, borrowed from the (immutable) object.
    fn as_bytes(&self) -> &[u8];
}

impl<'py> PyBytesMethods<'py> for Bound<'py, PyBytes> {
    fn as_bytes(&self) -> &[u8] {
        self.as_borrowed().as_bytes()
    }
}

impl<'a> Borrowed<'a, '_, PyBytes> {
    /// The contents, borrowed for `'a`.
    pub(crate) fn as_bytes(self) -> &'a [u8] {
        // SAFETY: attached; `bytes` objects are immutable, so their buffer is
        // valid and unchanged while the object lives (at least `'a`).
        unsafe {
            let data = ffi::PyBytes_AsString(self.as_ptr());
            let len = ffi::PyBytes_Size(self.as_ptr());
            std::slice::from_raw_parts(data.cast::<u8>(), len as usize)
        }
    }
}
