//! `PyRange`: Python `range` objects.

use crate::err::PyResult;
use crate::ffi;
use crate::instance::Bound;
use crate::marker::Python;
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyAnyMethods};

/// A Python `range`.
#[repr(transparent)]
pub struct PyRange(PyAny);

crate::pyobject_native_type_core!(
    PyRange,
    crate::pyobject_native_static_type_object!(ffi::PyRange_Type),
    "builtins",
    "range", #checkfunction=ffi::PyRange_Check
);

impl crate::sealed::Sealed for Bound<'_, PyRange> {}

impl PyRange {
    /// `range(start, stop)`.
    pub fn new(py: Python<'_>, start: isize, stop: isize) -> PyResult<Bound<'_, PyRange>> {
        Self::new_with_step(py, start, stop, 1)
    }

    /// `range(start, stop, step)`; `ValueError` for a zero step.
    pub fn new_with_step(
        py: Python<'_>,
        start: isize,
        stop: isize,
        step: isize,
    ) -> PyResult<Bound<'_, PyRange>> {
        let range = Self::type_object(py).call1((start, stop, step))?;
        // SAFETY: calling `range` returns a `range` (it cannot be subclassed).
        Ok(unsafe { range.cast_into_unchecked() })
    }
}

/// The methods of ranges.
pub trait PyRangeMethods<'py>: crate::sealed::Sealed {
    /// `range.start`; `OverflowError` if it does not fit an `isize`.
    fn start(&self) -> PyResult<isize>;

    /// `range.stop` (exclusive); `OverflowError` if it does not fit an
    /// `isize`.
    fn stop(&self) -> PyResult<isize>;

    /// `range.step`; `OverflowError` if it does not fit an `isize`.
    fn step(&self) -> PyResult<isize>;
}

impl<'py> PyRangeMethods<'py> for Bound<'py, PyRange> {
    fn start(&self) -> PyResult<isize> {
        self.getattr(crate::intern!(self.py(), "start"))?.extract()
    }

    fn stop(&self) -> PyResult<isize> {
        self.getattr(crate::intern!(self.py(), "stop"))?.extract()
    }

    fn step(&self) -> PyResult<isize> {
        self.getattr(crate::intern!(self.py(), "step"))?.extract()
    }
}
