//! `__traverse__` support: [`PyVisit`], through which a class reports the
//! Python objects it holds to the garbage collector, and
//! [`PyTraverseError`], the collector's request to stop.

use std::ffi::{c_int, c_void};
use std::marker::PhantomData;
use std::num::NonZero;

use crate::ffi;
use crate::instance::Py;

/// The collector's request to stop a traversal (a nonzero result of its
/// visit function), to be returned from `__traverse__` as is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PyTraverseError(NonZero<c_int>);

impl PyTraverseError {
    /// The C result to hand back.
    pub(crate) fn into_inner(self) -> c_int {
        self.0.get()
    }
}

impl std::fmt::Display for PyTraverseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the garbage collector stopped the traversal ({})",
            self.0
        )
    }
}

impl std::error::Error for PyTraverseError {}

/// The collector's visit function, given to `__traverse__`.
///
/// ```
/// use pyo3::gc::{PyTraverseError, PyVisit};
/// use pyo3::prelude::*;
///
/// #[pyclass]
/// struct Node {
///     next: Option<Py<PyAny>>,
/// }
///
/// #[pymethods]
/// impl Node {
///     fn __traverse__(&self, visit: PyVisit<'_>) -> Result<(), PyTraverseError> {
///         visit.call(&self.next)
///     }
///
///     fn __clear__(&mut self) {
///         self.next = None;
///     }
/// }
/// ```
#[derive(Clone, Copy)]
pub struct PyVisit<'a> {
    visit: ffi::visitproc,
    arg: *mut c_void,
    /// Tied to the traversal: a `PyVisit` cannot outlive it.
    traversal: PhantomData<&'a ()>,
}

impl PyVisit<'_> {
    /// Reports `object` (if any) to the collector.
    pub fn call<'a, T, U: 'a>(&self, object: T) -> Result<(), PyTraverseError>
    where
        T: Into<Option<&'a Py<U>>>,
    {
        let Some(object) = object.into() else {
            return Ok(());
        };
        // SAFETY: the collector handed out `visit` and `arg` for this
        // traversal, which is still running (the lifetime says so), and the
        // object is alive (it is borrowed).
        let result = unsafe { (self.visit)(object.as_ptr(), self.arg) };
        match NonZero::new(result) {
            None => Ok(()),
            Some(stop) => Err(PyTraverseError(stop)),
        }
    }

    /// The visitor of one traversal.
    ///
    /// # Safety
    ///
    /// `visit` and `arg` are what the collector passed to `tp_traverse`,
    /// used only during that call.
    pub(crate) unsafe fn new(visit: ffi::visitproc, arg: *mut c_void) -> Self {
        PyVisit {
            visit,
            arg,
            traversal: PhantomData,
        }
    }
}
