//! `PyTraceback`: traceback objects.

use crate::err::PyResult;
use crate::ffi;
use crate::instance::Bound;
use crate::types::{PyAny, PyAnyMethods};

/// A Python traceback object.
#[repr(transparent)]
pub struct PyTraceback(PyAny);

crate::pyobject_native_type_core!(
    PyTraceback,
    crate::pyobject_native_static_type_object!(ffi::PyTraceBack_Type),
    "builtins",
    "traceback", #module=::std::option::Option::Some("types"), #checkfunction=ffi::PyTraceBack_Check
);

/// The methods of tracebacks.
pub trait PyTracebackMethods<'py>: crate::sealed::Sealed {
    /// The traceback as Python prints it, starting with
    /// `Traceback (most recent call last):`.
    fn format(&self) -> PyResult<String>;
}

impl<'py> PyTracebackMethods<'py> for Bound<'py, PyTraceback> {
    fn format(&self) -> PyResult<String> {
        let py = self.py();
        let buffer = py
            .import("io")?
            .getattr(crate::intern!(py, "StringIO"))?
            .call0()?;
        // SAFETY: attached; both objects are alive for the call, which
        // writes the traceback (with its header line) to `buffer`.
        if unsafe { ffi::PyTraceBack_Print(self.as_ptr(), buffer.as_ptr()) } < 0 {
            return Err(crate::PyErr::fetch(py));
        }
        buffer
            .call_method0(crate::intern!(py, "getvalue"))?
            .extract::<String>()
    }
}
