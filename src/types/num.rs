//! `PyInt`: Python `int`.

use std::convert::Infallible;

use crate::conversion::IntoPyObject;
use crate::ffi;
use crate::instance::Bound;
use crate::marker::Python;
use crate::types::PyAny;

/// A Python `int`.
#[repr(transparent)]
pub struct PyInt(PyAny);

/// Old name of [`PyInt`].
pub type PyLong = PyInt;

crate::pyobject_native_type!(
    PyInt,
    |_py| std::ptr::addr_of_mut!(ffi::PyLong_Type),
    ffi::PyLong_Check
);

impl PyInt {
    /// A new `int` from a Rust integer.
    pub fn new<'py, T>(py: Python<'py>, i: T) -> Bound<'py, PyInt>
    where
        T: IntoPyObject<'py, Target = PyInt, Output = Bound<'py, PyInt>, Error = Infallible>,
    {
        match i.into_pyobject(py) {
            Ok(int) => int,
            Err(never) => match never {},
        }
    }
}
