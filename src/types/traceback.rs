//! `PyTraceback`: traceback objects.

use crate::err::PyResult;
use crate::ffi;
use crate::instance::Bound;
use crate::types::{PyAny, PyAnyMethods, PyString, PyStringMethods};

/// A Python traceback object.
#[repr(transparent)]
pub struct PyTraceback(PyAny);

crate::pyobject_native_type_core!(
    PyTraceback,
    crate::pyobject_native_static_type_object!(ffi::PyTraceBack_Type),
    "types",
    "TracebackType", #module=::std::option::Option::Some("types"), #checkfunction=ffi::PyTraceBack_Check
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
        let lines = py
            .import("traceback")?
            .call_method1(crate::intern!(py, "format_tb"), (self,))?;
        let body = PyString::new(py, "")
            .call_method1(crate::intern!(py, "join"), (lines,))?
            .cast_into::<PyString>()?;
        Ok(format!(
            "Traceback (most recent call last):\n{}",
            body.to_cow()?
        ))
    }
}
