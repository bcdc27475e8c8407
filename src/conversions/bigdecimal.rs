//! `bigdecimal::BigDecimal` (crate `bigdecimal` 0.4.7 and later 0.4.x) <->
//! Python `decimal.Decimal`.
//!
//! Into Python, a `BigDecimal` (digits `d` and scale `s`, the value being
//! `d × 10^-s`) becomes `decimal.Decimal((sign, digits, -s))`, so the
//! digits and the exponent are kept exactly as they are
//! (`BigDecimal` "1e4" gives `Decimal('1E+4')`, not `Decimal('10000')`). A
//! scale of `i64::MIN`, whose negation has no `i64`, raises
//! `decimal.InvalidOperation`, as do exponents `decimal` itself cannot
//! represent.
//!
//! From Python, any object is read through `str(obj)` (so `decimal.Decimal`,
//! `int`, `float` and numeric strings are accepted); text `BigDecimal`
//! cannot parse, such as `NaN` and `Infinity`, is refused with `ValueError`
//! and `bigdecimal`'s message (`invalid digit found in string`).
//!
//! As in PyO3, only owned `BigDecimal` values convert into Python (clone a
//! borrowed one).

use std::str::FromStr;

use bigdecimal::BigDecimal;

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::PyValueError;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::types::{PyAny, PyAnyMethods, PyStringMethods, PyTuple, PyType};

/// `from decimal import <name>`, cached in `cell`.
fn decimal_attribute<'py>(
    py: Python<'py>,
    cell: &'static PyOnceLock<Py<PyType>>,
    name: &str,
) -> PyResult<&'py Bound<'py, PyType>> {
    cell.import(py, "decimal", name)
}

/// The `decimal.Decimal` class.
fn decimal_class(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    decimal_attribute(py, &DECIMAL, "Decimal")
}

/// A new `decimal.InvalidOperation` (or the error importing it).
fn invalid_operation(py: Python<'_>) -> PyErr {
    static INVALID_OPERATION: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    match decimal_attribute(py, &INVALID_OPERATION, "InvalidOperation") {
        Ok(class) => PyErr::from_type(class.clone(), ()),
        Err(err) => err,
    }
}

/// The `(sign, digits)` of a `decimal.Decimal` tuple for an integer written
/// in base 10 with an optional leading `-` (as `BigInt` displays itself).
fn sign_and_digits(integer_text: &str) -> (u8, Vec<u8>) {
    let (sign, digits) = match integer_text.strip_prefix('-') {
        Some(magnitude) => (1, magnitude),
        None => (0, integer_text),
    };
    let digits = digits.bytes().map(|digit| digit - b'0').collect();
    (sign, digits)
}

impl FromPyObject<'_, '_> for BigDecimal {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("decimal", "Decimal");

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let text = obj.str()?;
        BigDecimal::from_str(&text.to_cow()?).map_err(|err| PyValueError::new_err(err.to_string()))
    }
}

impl<'py> IntoPyObject<'py> for BigDecimal {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("decimal", "Decimal");

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let class = decimal_class(py)?;
        let (integer, scale) = self.into_bigint_and_scale();
        let text = integer.to_string();
        if scale == 0 {
            // An integer: `Decimal(str)` is exact and skips the tuple.
            return class.call1((text,));
        }
        let exponent = scale.checked_neg().ok_or_else(|| invalid_operation(py))?;
        let (sign, digits) = sign_and_digits(&text);
        let digits = PyTuple::new(py, digits)?;
        class.call1(((sign, digits, exponent),))
    }
}
