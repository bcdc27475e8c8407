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
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyRange;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let range = PyRange::new(py, 2, 5)?;
    ///     assert_eq!(range.extract::<Vec<i32>>()?, vec![2, 3, 4]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new(py: Python<'_>, start: isize, stop: isize) -> PyResult<Bound<'_, PyRange>> {
        Self::new_with_step(py, start, stop, 1)
    }

    /// `range(start, stop, step)`; `ValueError` for a zero step.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyRange;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let range = PyRange::new_with_step(py, 10, 0, -3)?;
    ///     assert_eq!(range.extract::<Vec<i32>>()?, vec![10, 7, 4, 1]);
    ///     assert!(PyRange::new_with_step(py, 0, 1, 0).is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
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
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{PyRange, PyRangeMethods};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert_eq!(PyRange::new(py, 3, 9)?.start()?, 3);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn start(&self) -> PyResult<isize>;

    /// `range.stop` (exclusive); `OverflowError` if it does not fit an
    /// `isize`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{PyRange, PyRangeMethods};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert_eq!(PyRange::new(py, 3, 9)?.stop()?, 9);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn stop(&self) -> PyResult<isize>;

    /// `range.step`; `OverflowError` if it does not fit an `isize`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{PyRange, PyRangeMethods};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert_eq!(PyRange::new(py, 3, 9)?.step()?, 1);
    ///     assert_eq!(PyRange::new_with_step(py, 9, 3, -2)?.step()?, -2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
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
