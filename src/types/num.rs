//! `PyInt`: Python `int`.

use std::convert::Infallible;

use crate::conversion::IntoPyObject;
use crate::ffi;
use crate::instance::Bound;
use crate::marker::Python;
use crate::types::{PyAny, PyAnyMethods};

/// A Python `int`.
#[repr(transparent)]
pub struct PyInt(PyAny);

/// Old name of [`PyInt`].
pub type PyLong = PyInt;

crate::pyobject_native_type_core!(
    PyInt,
    crate::pyobject_native_static_type_object!(ffi::PyLong_Type),
    "builtins",
    "int", #checkfunction=ffi::PyLong_Check
);

impl PyInt {
    /// A new `int` from a Rust integer.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyInt;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let big = PyInt::new(py, u64::MAX);
    ///     assert_eq!(big.extract::<u64>()?, u64::MAX);
    ///     assert_eq!(PyInt::new(py, -3i8), -3i8);
    ///     Ok(())
    /// }).unwrap();
    /// ```
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

/// `int == integer`: equal when the `int` fits the Rust type and has the
/// same value.
macro_rules! int_compare {
    ($($rust:ty),*) => {$(
        impl PartialEq<$rust> for Bound<'_, PyInt> {
            #[inline]
            fn eq(&self, other: &$rust) -> bool {
                self.extract::<$rust>().is_ok_and(|value| value == *other)
            }
        }

        impl PartialEq<Bound<'_, PyInt>> for $rust {
            #[inline]
            fn eq(&self, other: &Bound<'_, PyInt>) -> bool {
                other == self
            }
        }
    )*};
}

int_compare!(
    i8, u8, i16, u16, i32, u32, i64, u64, i128, u128, isize, usize
);
