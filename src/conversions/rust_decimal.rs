//! `rust_decimal::Decimal` (crate `rust_decimal` 1.15 and later 1.x) <->
//! Python `decimal.Decimal`.
//!
//! Into Python, a `Decimal` becomes `decimal.Decimal(str(value))`: the
//! decimal text keeps every digit and the scale (`1.50` stays `1.50`).
//!
//! From Python, an `int` (or anything with `__index__`) that fits `i64` is
//! taken as an integer; any other object is converted through `str(obj)`,
//! read first as plain decimal text and then as scientific notation (so
//! `decimal.Decimal`, `float` and numeric strings are all accepted). Values
//! `Decimal` cannot hold are refused with `ValueError` and `rust_decimal`'s
//! own message: `NaN` and infinities with `Failed to parse`, too many digits
//! (beyond 96 bits) likewise, and exponents beyond 28 decimal places with
//! `Scale exceeds the maximum precision allowed: 29 > 28`.

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::PyValueError;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::types::{PyAny, PyAnyMethods, PyStringMethods, PyType};

/// The `decimal.Decimal` class, imported once.
fn decimal_class(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    DECIMAL.import(py, "decimal", "Decimal")
}

/// Reads decimal text as `rust_decimal` does: plain notation first, then
/// scientific notation; the error of the latter if neither fits.
fn parse_decimal(text: &str) -> PyResult<Decimal> {
    match Decimal::from_str(text) {
        Ok(value) => Ok(value),
        Err(_) => {
            Decimal::from_scientific(text).map_err(|err| PyValueError::new_err(err.to_string()))
        }
    }
}

impl FromPyObject<'_, '_> for Decimal {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("decimal", "Decimal");

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        // Integers are exact and cheap; everything else goes through its
        // text, which (unlike a float) loses nothing of a `decimal.Decimal`.
        if let Ok(integer) = obj.extract::<i64>() {
            return Ok(Decimal::from(integer));
        }
        let text = obj.str()?;
        parse_decimal(&text.to_cow()?)
    }
}

impl<'py> IntoPyObject<'py> for Decimal {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("decimal", "Decimal");

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        decimal_class(py)?.call1((self.to_string(),))
    }
}

impl<'py> IntoPyObject<'py> for &Decimal {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = Decimal::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}
