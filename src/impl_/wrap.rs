//! Converting what a wrapped Rust function returns into the new reference
//! its C entry point returns.
//!
//! `()` must become `None`, although `()` converts to an empty tuple
//! everywhere else, so the choice is made by method resolution on the
//! concrete return type ("autoref specialisation"): generated code writes
//!
//! ```text
//! use pyo3::impl_::wrap::{IntoReturnValue, IntoReturnResult, IntoReturnUnit, IntoReturnUnitResult};
//! (&&ReturnKind::of(&value)).into_return(py, value)
//! ```
//!
//! and the most specific of the four implementations below wins: `()`,
//! `Result<(), E>`, `Result<T, E>`, then any `T: IntoPyObject`.

use std::marker::PhantomData;

use crate::conversion::IntoPyObject;
use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::instance::BoundObject;
use crate::marker::Python;

/// A zero-sized stand-in for a return type, used to pick the conversion.
pub struct ReturnKind<T>(PhantomData<T>);

impl<T> Clone for ReturnKind<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ReturnKind<T> {}

impl<T> ReturnKind<T> {
    /// The stand-in for the type of `value`.
    #[inline]
    pub fn of(_value: &T) -> Self {
        ReturnKind(PhantomData)
    }
}

// The implementations below hold for every type; the conversion's
// requirements sit on the methods, so that a return type that cannot be
// converted is reported as a missing `IntoPyObject` (or `Into<PyErr>`)
// implementation rather than as a missing method.

/// `()` returns `None`.
pub trait IntoReturnUnit {
    /// Converts the returned value.
    fn into_return(self, py: Python<'_>, value: ()) -> PyResult<*mut ffi::PyObject>;
}

impl IntoReturnUnit for &&ReturnKind<()> {
    #[inline]
    fn into_return(self, py: Python<'_>, _value: ()) -> PyResult<*mut ffi::PyObject> {
        Ok(py.None().into_ptr())
    }
}

/// `Result<(), E>` returns `None` or raises.
pub trait IntoReturnUnitResult<E> {
    /// Converts the returned value.
    fn into_return(self, py: Python<'_>, value: Result<(), E>) -> PyResult<*mut ffi::PyObject>
    where
        E: Into<PyErr>;
}

impl<E> IntoReturnUnitResult<E> for &&ReturnKind<Result<(), E>> {
    #[inline]
    fn into_return(self, py: Python<'_>, value: Result<(), E>) -> PyResult<*mut ffi::PyObject>
    where
        E: Into<PyErr>,
    {
        match value {
            Ok(()) => Ok(py.None().into_ptr()),
            Err(err) => Err(err.into()),
        }
    }
}

/// `Result<T, E>` returns the converted `T` or raises.
pub trait IntoReturnResult<'py, T, E> {
    /// Converts the returned value.
    fn into_return(self, py: Python<'py>, value: Result<T, E>) -> PyResult<*mut ffi::PyObject>
    where
        T: IntoPyObject<'py>,
        E: Into<PyErr>;
}

impl<'py, T, E> IntoReturnResult<'py, T, E> for &ReturnKind<Result<T, E>> {
    #[inline]
    fn into_return(self, py: Python<'py>, value: Result<T, E>) -> PyResult<*mut ffi::PyObject>
    where
        T: IntoPyObject<'py>,
        E: Into<PyErr>,
    {
        match value {
            Ok(value) => into_new_reference(py, value),
            Err(err) => Err(err.into()),
        }
    }
}

/// Any other `T: IntoPyObject` returns its conversion.
pub trait IntoReturnValue<'py, T> {
    /// Converts the returned value.
    fn into_return(self, py: Python<'py>, value: T) -> PyResult<*mut ffi::PyObject>
    where
        T: IntoPyObject<'py>;
}

impl<'py, T> IntoReturnValue<'py, T> for ReturnKind<T> {
    #[inline]
    fn into_return(self, py: Python<'py>, value: T) -> PyResult<*mut ffi::PyObject>
    where
        T: IntoPyObject<'py>,
    {
        into_new_reference(py, value)
    }
}

#[inline]
fn into_new_reference<'py, T: IntoPyObject<'py>>(
    py: Python<'py>,
    value: T,
) -> PyResult<*mut ffi::PyObject> {
    value
        .into_pyobject(py)
        .map(BoundObject::into_ptr)
        .map_err(Into::into)
}
