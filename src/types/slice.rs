//! `PySlice`: Python `slice` objects.

use std::convert::Infallible;

use crate::conversion::IntoPyObject;
use crate::err::{PyErr, PyResult};
use crate::exceptions::PyValueError;
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::Bound;
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyRange, PyRangeMethods};

/// A Python `slice`.
#[repr(transparent)]
pub struct PySlice(PyAny);

crate::pyobject_native_type_core!(
    PySlice,
    crate::pyobject_native_static_type_object!(ffi::PySlice_Type),
    "builtins",
    "slice", #checkfunction=ffi::PySlice_Check
);

impl crate::sealed::Sealed for Bound<'_, PySlice> {}

/// The indices a slice selects in a sequence of a given length, as
/// returned by [`PySliceMethods::indices`].
#[derive(Debug, Eq, PartialEq)]
pub struct PySliceIndices {
    /// The first index; -1 only when the step is negative and nothing is
    /// selected from the start.
    pub start: isize,
    /// The index where the slice ends (exclusive); -1 when a negative step
    /// runs to the beginning of the sequence.
    pub stop: isize,
    /// The step between indices (never 0).
    pub step: isize,
    /// How many indices the slice selects.
    pub slicelength: usize,
}

impl PySliceIndices {
    /// Indices with the given bounds and a `slicelength` of 0.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::slice::PySliceIndices;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let indices = PySliceIndices::new(0, 4, 2);
    ///     assert_eq!((indices.start, indices.stop, indices.step), (0, 4, 2));
    ///     assert_eq!(indices.slicelength, 0);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new(start: isize, stop: isize, step: isize) -> PySliceIndices {
        PySliceIndices {
            start,
            stop,
            step,
            slicelength: 0,
        }
    }
}

impl PySlice {
    /// `slice(start, stop, step)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PySlice;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let slice = PySlice::new(py, 1, 4, 1);
    ///     let picked = vec![10, 20, 30, 40, 50].into_pyobject(py)?.get_item(&slice)?;
    ///     assert_eq!(picked.extract::<Vec<i32>>()?, vec![20, 30, 40]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new(py: Python<'_>, start: isize, stop: isize, step: isize) -> Bound<'_, PySlice> {
        // SAFETY: attached; each `PyLong_FromSsize_t` result is a new `int`
        // (null only on memory exhaustion, which panics), and `PySlice_New`
        // takes its own references.
        unsafe {
            let start = Bound::from_owned_ptr(py, ffi::PyLong_FromSsize_t(start));
            let stop = Bound::from_owned_ptr(py, ffi::PyLong_FromSsize_t(stop));
            let step = Bound::from_owned_ptr(py, ffi::PyLong_FromSsize_t(step));
            Bound::from_owned_ptr(
                py,
                ffi::PySlice_New(start.as_ptr(), stop.as_ptr(), step.as_ptr()),
            )
            .cast_into_unchecked()
        }
    }

    /// `slice(None)`, i.e. `[:]`: the whole sequence.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PySlice;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let everything = PySlice::full(py);
    ///     let copy = vec![1, 2, 3].into_pyobject(py)?.get_item(&everything)?;
    ///     assert_eq!(copy.extract::<Vec<i32>>()?, vec![1, 2, 3]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn full(py: Python<'_>) -> Bound<'_, PySlice> {
        // SAFETY: attached; null bounds stand for `None`; the result is a new
        // slice (null only on memory exhaustion, which panics).
        unsafe {
            Bound::from_owned_ptr(
                py,
                ffi::PySlice_New(
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                ),
            )
            .cast_into_unchecked()
        }
    }
}

/// The methods of slices.
pub trait PySliceMethods<'py>: crate::sealed::Sealed {
    /// `slice.indices(length)`, with the number of selected indices:
    /// negative and out-of-range bounds are resolved for a sequence of
    /// `length` items. `ValueError` for a zero step or a negative length,
    /// `TypeError` for bounds that are not integers (or `None`).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PySlice;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let slice = PySlice::new(py, -3, 100, 2);
    ///     let indices = slice.indices(5)?;
    ///     assert_eq!((indices.start, indices.stop, indices.step), (2, 5, 2));
    ///     assert_eq!(indices.slicelength, 2); // indices 2 and 4
    ///     assert!(PySlice::new(py, 0, 1, 0).indices(5).is_err()); // zero step
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn indices(&self, length: isize) -> PyResult<PySliceIndices>;
}

impl<'py> PySliceMethods<'py> for Bound<'py, PySlice> {
    fn indices(&self, length: isize) -> PyResult<PySliceIndices> {
        if length < 0 {
            // What `slice.indices` raises; the C API would assert instead.
            return Err(PyValueError::new_err("length should not be negative"));
        }
        let mut start: ffi::Py_ssize_t = 0;
        let mut stop: ffi::Py_ssize_t = 0;
        let mut step: ffi::Py_ssize_t = 0;
        let mut slicelength: ffi::Py_ssize_t = 0;
        // SAFETY: attached; the object is a slice, `length` is not negative
        // and the pointers are to local variables; -1 means an error is set
        // (a zero step, or bounds that are not integers).
        let result = unsafe {
            ffi::PySlice_GetIndicesEx(
                self.as_ptr(),
                length,
                &mut start,
                &mut stop,
                &mut step,
                &mut slicelength,
            )
        };
        if result < 0 {
            return Err(PyErr::fetch(self.py()));
        }
        Ok(PySliceIndices {
            start,
            stop,
            step,
            slicelength: slicelength as usize,
        })
    }
}

impl<'py> IntoPyObject<'py> for PySliceIndices {
    type Target = PySlice;
    type Output = Bound<'py, PySlice>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PySlice::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(PySlice::new(py, self.start, self.stop, self.step))
    }
}

impl<'py> IntoPyObject<'py> for &PySliceIndices {
    type Target = PySlice;
    type Output = Bound<'py, PySlice>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PySlice::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(PySlice::new(py, self.start, self.stop, self.step))
    }
}

/// `slice(range.start, range.stop, range.step)`; `OverflowError` when a
/// bound does not fit an `isize`.
///
/// ```
/// # use pyo3::prelude::*;
/// # use pyo3::types::{PyRange, PySlice};
/// # pyo3::Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     let range = PyRange::new_with_step(py, 1, 7, 3)?;
///     let slice = Bound::<PySlice>::try_from(range)?;
///     assert_eq!(slice.indices(10)?.slicelength, 2); // 1 and 4
///     Ok(())
/// })
/// .unwrap();
/// ```
impl<'py> TryFrom<Bound<'py, PyRange>> for Bound<'py, PySlice> {
    type Error = PyErr;

    fn try_from(range: Bound<'py, PyRange>) -> Result<Self, Self::Error> {
        Ok(PySlice::new(
            range.py(),
            range.start()?,
            range.stop()?,
            range.step()?,
        ))
    }
}
