//! Converting what Rust callbacks return into what C callbacks return.

use std::os::raw::c_int;

use crate::conversion::IntoPyObject;
use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::instance::{BoundObject, Py};
use crate::marker::Python;
use crate::types::PyAny;

/// The C return types of callbacks, with the value that signals an error.
pub trait PyCallbackOutput: Copy {
    /// The value returned when an exception is set.
    const ERR_VALUE: Self;
}

impl PyCallbackOutput for *mut ffi::PyObject {
    const ERR_VALUE: Self = std::ptr::null_mut();
}

impl PyCallbackOutput for c_int {
    const ERR_VALUE: Self = -1;
}

impl PyCallbackOutput for ffi::Py_ssize_t {
    const ERR_VALUE: Self = -1;
}

/// Rust values a callback may return, converted to the C return type.
pub trait IntoPyCallbackOutput<'py, Target> {
    /// Converts, or fails with the exception to raise.
    fn convert(self, py: Python<'py>) -> PyResult<Target>;
}

impl<'py, T, E, U> IntoPyCallbackOutput<'py, U> for Result<T, E>
where
    T: IntoPyCallbackOutput<'py, U>,
    E: Into<PyErr>,
{
    #[inline]
    fn convert(self, py: Python<'py>) -> PyResult<U> {
        match self {
            Ok(value) => value.convert(py),
            Err(err) => Err(err.into()),
        }
    }
}

impl<'py, T> IntoPyCallbackOutput<'py, *mut ffi::PyObject> for T
where
    T: IntoPyObject<'py>,
{
    #[inline]
    fn convert(self, py: Python<'py>) -> PyResult<*mut ffi::PyObject> {
        self.into_pyobject(py)
            .map(BoundObject::into_ptr)
            .map_err(Into::into)
    }
}

impl<'py, T> IntoPyCallbackOutput<'py, Py<PyAny>> for T
where
    T: IntoPyObject<'py>,
{
    #[inline]
    fn convert(self, py: Python<'py>) -> PyResult<Py<PyAny>> {
        self.into_pyobject(py)
            .map(|object| object.into_any().unbind())
            .map_err(Into::into)
    }
}
