//! [`num_rational::Ratio`] (num-rational 0.4) of `i8`, `i16`, `i32`, `i64`,
//! `isize` and, with the `num-bigint` feature, `BigInt` <-> Python
//! `fractions.Fraction`.
//!
//! Extraction reads the object's `numerator` and `denominator` attributes
//! and passes each through `int()`, so besides `Fraction` it accepts `int`
//! and `bool` (as `n/1`) and any other object that has both attributes;
//! `float` and `decimal.Decimal` have neither and raise `AttributeError`
//! (convert them with `Fraction(x)` first). Each part must fit the integer
//! type (`OverflowError` as for that integer otherwise); the ratio is
//! reduced, and a zero denominator raises `ZeroDivisionError`.

#[cfg(feature = "num-bigint")]
use num_bigint::BigInt;
use num_rational::Ratio;

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::PyZeroDivisionError;
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::types::{PyAny, PyAnyMethods, PyType};

/// The type hint of both directions.
#[cfg(feature = "experimental-inspect")]
const FRACTION_HINT: PyStaticExpr = crate::type_hint_identifier!("fractions", "Fraction");

/// `fractions.Fraction`, imported once.
fn fraction_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static FRACTION: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    FRACTION.import(py, "fractions", "Fraction")
}

/// `int(obj.<name>)`, extracted as `T`.
fn int_attribute<'py, T>(
    obj: Borrowed<'_, 'py, PyAny>,
    name: &Bound<'py, crate::types::PyString>,
) -> PyResult<T>
where
    T: for<'a> FromPyObject<'a, 'py, Error = PyErr>,
{
    let py = obj.py();
    let part = obj.getattr(name)?;
    // SAFETY: attached; returns a new `int` or null with an exception set.
    let int = unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyNumber_Long(part.as_ptr()))? };
    int.extract()
}

/// `Ratio<int>` <-> `Fraction`, as owned values and references
/// (extraction reduces the ratio, as `Ratio::new` does).
macro_rules! ratio_conversion {
    ($($(#[$cfg:meta])* $int:ty),* $(,)?) => {$(
        $(#[$cfg])*
        impl FromPyObject<'_, '_> for Ratio<$int> {
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const INPUT_TYPE: PyStaticExpr = FRACTION_HINT;

            fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
                let py = obj.py();
                let numerator: $int = int_attribute(obj, crate::intern!(py, "numerator"))?;
                let denominator: $int = int_attribute(obj, crate::intern!(py, "denominator"))?;
                if denominator == <$int>::from(0i8) {
                    return Err(PyZeroDivisionError::new_err("denominator == 0"));
                }
                Ok(Ratio::new(numerator, denominator))
            }
        }

        $(#[$cfg])*
        impl<'py> IntoPyObject<'py> for &Ratio<$int> {
            type Target = PyAny;
            type Output = Bound<'py, PyAny>;
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = FRACTION_HINT;

            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                fraction_type(py)?.call1((self.numer(), self.denom()))
            }
        }

        $(#[$cfg])*
        impl<'py> IntoPyObject<'py> for Ratio<$int> {
            type Target = PyAny;
            type Output = Bound<'py, PyAny>;
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = FRACTION_HINT;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                (&self).into_pyobject(py)
            }
        }
    )*};
}

ratio_conversion! {
    i8,
    i16,
    i32,
    i64,
    isize,
    #[cfg(feature = "num-bigint")]
    BigInt,
}
