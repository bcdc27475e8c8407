//! The conversion traits between Rust values and Python objects:
//! [`IntoPyObject`] (Rust to Python) and [`FromPyObject`] (Python to Rust).

use std::convert::Infallible;

use crate::err::{PyErr, PyResult};
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound, BoundObject, Py};
use crate::marker::Python;
use crate::type_object::PyTypeCheck;
use crate::types::{PyAny, PyTuple};

/// Converts a Rust value into a Python object.
///
/// `Target` is the Python type produced, `Output` the smart pointer holding
/// it (`Bound` for new objects, `Borrowed` for existing ones such as `None`
/// or `True`), `Error` what can go wrong (`Infallible` for most types).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be converted to a Python object",
    note = "implement `IntoPyObject` for it; functions exposed to Python may also return `()`, `PyResult<T>` or `Result<T, E>` with `E: Into<PyErr>`"
)]
pub trait IntoPyObject<'py>: Sized {
    /// The Python type of the result.
    type Target;
    /// The smart pointer returned.
    type Output: BoundObject<'py, Self::Target>;
    /// The error type; converts into `PyErr`.
    type Error: Into<PyErr>;

    /// The type hint of the result, for stubs. The default,
    /// `_typeshed.Incomplete`, fits every type.
    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("_typeshed", "Incomplete");

    /// Performs the conversion.
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error>;

    /// Converts a sequence of owned values (used for `Vec<T>` and friends;
    /// `u8` overrides it to produce `bytes`).
    #[doc(hidden)]
    fn owned_sequence_into_pyobject<I>(
        iter: I,
        py: Python<'py>,
        _: private::Token,
    ) -> Result<Bound<'py, PyAny>, PyErr>
    where
        I: IntoIterator<Item = Self> + AsRef<[Self]>,
        I::IntoIter: ExactSizeIterator<Item = Self>,
    {
        let items = iter.into_iter().map(|item| {
            item.into_pyobject(py)
                .map(BoundObject::into_any)
                .map(BoundObject::into_bound)
                .map_err(Into::into)
        });
        crate::types::list::try_new_from_iter(py, items).map(Bound::into_any)
    }

    /// Converts a sequence of borrowed values (used for `&[T]`; `&u8`
    /// overrides it to produce `bytes`).
    #[doc(hidden)]
    fn borrowed_sequence_into_pyobject<I>(
        iter: I,
        py: Python<'py>,
        _: private::Token,
    ) -> Result<Bound<'py, PyAny>, PyErr>
    where
        Self: private::Reference,
        I: IntoIterator<Item = Self> + AsRef<[<Self as private::Reference>::BaseType]>,
        I::IntoIter: ExactSizeIterator<Item = Self>,
    {
        let items = iter.into_iter().map(|item| {
            item.into_pyobject(py)
                .map(BoundObject::into_any)
                .map(BoundObject::into_bound)
                .map_err(Into::into)
        });
        crate::types::list::try_new_from_iter(py, items).map(Bound::into_any)
    }

    /// The type hint of what the two sequence conversions above produce:
    /// `list[Self::OUTPUT_TYPE]` (`bytes` for `u8`).
    #[cfg(feature = "experimental-inspect")]
    #[doc(hidden)]
    const SEQUENCE_OUTPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
        <crate::types::PyList as crate::type_object::PyTypeInfo>::TYPE_HINT,
        Self::OUTPUT_TYPE
    );
}

pub(crate) mod private {
    /// Keeps the sequence hooks of `IntoPyObject` internal.
    pub struct Token;

    /// `&T`, with `T` available as `BaseType`.
    pub trait Reference {
        /// The referenced type.
        type BaseType;
    }

    impl<T> Reference for &'_ T {
        type BaseType = T;
    }
}

/// Shorthands over [`IntoPyObject`] that erase the target type.
pub trait IntoPyObjectExt<'py>: IntoPyObject<'py> + into_pyobject_ext::Sealed {
    /// Converts into `Bound<'py, PyAny>`.
    #[inline]
    fn into_bound_py_any(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self.into_pyobject(py) {
            Ok(object) => Ok(object.into_any().into_bound()),
            Err(err) => Err(err.into()),
        }
    }

    /// Converts into `Py<PyAny>`.
    #[inline]
    fn into_py_any(self, py: Python<'py>) -> PyResult<Py<PyAny>> {
        match self.into_pyobject(py) {
            Ok(object) => Ok(object.into_any().unbind()),
            Err(err) => Err(err.into()),
        }
    }

    /// Converts, with the error turned into `PyErr`.
    #[inline]
    fn into_pyobject_or_pyerr(self, py: Python<'py>) -> PyResult<Self::Output> {
        self.into_pyobject(py).map_err(Into::into)
    }
}

mod into_pyobject_ext {
    pub trait Sealed {}
    impl<'py, T> Sealed for T where T: super::IntoPyObject<'py> {}
}

impl<'py, T> IntoPyObjectExt<'py> for T where T: IntoPyObject<'py> {}

/// Extracts a Rust value from a Python object.
///
/// `'a` is how long the object is borrowed (so borrowed types such as
/// `&str` can point into it), `'py` the attachment lifetime. `Error` is
/// usually `PyErr`; it must convert into `PyErr`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be extracted from a Python object",
    note = "implement `FromPyObject` for it to convert Python objects into it"
)]
pub trait FromPyObject<'a, 'py>: Sized {
    /// The error type.
    type Error: Into<PyErr>;

    /// The type hint of the accepted argument, for stubs. The default,
    /// `_typeshed.Incomplete`, fits every type.
    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("_typeshed", "Incomplete");

    /// Performs the extraction.
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error>;

    /// `Some` only for `chrono::Local`: lets `DateTime<Tz>` extraction take
    /// a naive `datetime` as local time when `Tz` is the local time zone.
    #[cfg(feature = "chrono-local")]
    #[doc(hidden)]
    #[inline]
    fn as_local_tz(_: private::Token) -> Option<Self> {
        None
    }
}

/// `FromPyObject` for every borrow lifetime: the value owns its data.
pub trait FromPyObjectOwned<'py>: for<'a> FromPyObject<'a, 'py> {}
impl<'py, T> FromPyObjectOwned<'py> for T where T: for<'a> FromPyObject<'a, 'py> {}

impl<'py, T: PyTypeCheck> IntoPyObject<'py> for Bound<'py, T> {
    type Target = T;
    type Output = Bound<'py, T>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = T::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, _py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(self)
    }
}

impl<'a, 'py, T: PyTypeCheck> IntoPyObject<'py> for &'a Bound<'py, T> {
    type Target = T;
    type Output = Borrowed<'a, 'py, T>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = T::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, _py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(self.as_borrowed())
    }
}

impl<'a, 'py, T: PyTypeCheck> IntoPyObject<'py> for Borrowed<'a, 'py, T> {
    type Target = T;
    type Output = Borrowed<'a, 'py, T>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = T::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, _py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(self)
    }
}

impl<'a, 'py, T: PyTypeCheck> IntoPyObject<'py> for &Borrowed<'a, 'py, T> {
    type Target = T;
    type Output = Borrowed<'a, 'py, T>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = T::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, _py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(*self)
    }
}

impl<'py, T: PyTypeCheck> IntoPyObject<'py> for Py<T> {
    type Target = T;
    type Output = Bound<'py, T>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = T::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(self.into_bound(py))
    }
}

impl<'a, 'py, T: PyTypeCheck> IntoPyObject<'py> for &'a Py<T> {
    type Target = T;
    type Output = Borrowed<'a, 'py, T>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = T::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(self.bind_borrowed(py))
    }
}

impl<'a, 'py, T> IntoPyObject<'py> for &&'a T
where
    &'a T: IntoPyObject<'py>,
{
    type Target = <&'a T as IntoPyObject<'py>>::Target;
    type Output = <&'a T as IntoPyObject<'py>>::Output;
    type Error = <&'a T as IntoPyObject<'py>>::Error;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&'a T as IntoPyObject<'py>>::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

/// `()` becomes the empty tuple.
impl<'py> IntoPyObject<'py> for () {
    type Target = PyTuple;
    type Output = Bound<'py, PyTuple>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
        <PyTuple as crate::type_object::PyTypeInfo>::TYPE_HINT,
        PyStaticExpr::Tuple { elts: &[] }
    );

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(PyTuple::empty(py))
    }
}

impl<'a, 'py, T: PyTypeCheck + 'a> FromPyObject<'a, 'py> for Bound<'py, T> {
    type Error = crate::err::CastError<'a, 'py>;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = T::TYPE_HINT;

    #[inline]
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        obj.cast::<T>().map(Borrowed::to_owned)
    }
}

impl<'a, 'py, T: PyTypeCheck + 'a> FromPyObject<'a, 'py> for Py<T> {
    type Error = crate::err::CastError<'a, 'py>;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = T::TYPE_HINT;

    #[inline]
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        obj.cast::<T>().map(|obj| obj.to_owned().unbind())
    }
}

impl<'a, 'py, T: PyTypeCheck + 'a> FromPyObject<'a, 'py> for Borrowed<'a, 'py, T> {
    type Error = crate::err::CastError<'a, 'py>;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = T::TYPE_HINT;

    #[inline]
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        obj.cast::<T>()
    }
}
