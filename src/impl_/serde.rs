//! What `Serialize` / `Deserialize` for `Py<T>` (feature `serde`) ask of the
//! class `T`. PyO3 bounds those impls by `T: PyClass`; the class layer of
//! this crate implements the two traits below for every `#[pyclass]` (with
//! `Py::try_borrow` and `Py::new`), so the serde impls, written against these
//! traits, serve every class without change.

use std::fmt::Display;
use std::ops::Deref;

use crate::err::PyResult;
use crate::instance::Py;
use crate::marker::Python;

/// A class whose Rust value can be borrowed out of its Python object, as
/// `Serialize for Py<T>` needs.
pub trait SerializeClass: Sized {
    /// A shared borrow of the value (a `PyRef` for `#[pyclass]`es).
    type Ref<'py>: Deref<Target = Self>
    where
        Self: 'py;

    /// Why the value could not be borrowed (for `#[pyclass]`es, a
    /// `PyBorrowError`: it is mutably borrowed now). Its text becomes the
    /// serializer's error.
    type BorrowError: Display;

    /// Borrows the value inside `object`.
    fn try_borrow_value<'py>(
        object: &'py Py<Self>,
        py: Python<'py>,
    ) -> Result<Self::Ref<'py>, Self::BorrowError>;
}

/// A class whose Python object can be made from a Rust value, as
/// `Deserialize for Py<T>` needs (for `#[pyclass]`es: those whose base is
/// `object`, made with `Py::new`).
pub trait DeserializeClass: Sized {
    /// A new Python object of the class holding `value`. The error's text
    /// becomes the deserializer's error.
    fn new_object(py: Python<'_>, value: Self) -> PyResult<Py<Self>>;
}
