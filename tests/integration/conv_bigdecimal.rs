//! `bigdecimal::BigDecimal` <-> `decimal.Decimal` (feature `bigdecimal`).

use std::str::FromStr;

use bigdecimal::BigDecimal;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::common::{eval, refcount, with_py};

/// `repr(obj)`.
fn repr(obj: &Bound<'_, PyAny>) -> String {
    obj.repr().unwrap().to_string()
}

/// `decimal.Decimal(text)`.
fn py_decimal<'py>(py: Python<'py>, text: &str) -> Bound<'py, PyAny> {
    py.import("decimal")
        .unwrap()
        .getattr("Decimal")
        .unwrap()
        .call1((text,))
        .unwrap()
}

/// `BigDecimal` digits `digits` with scale `scale`.
fn big(digits: &str, scale: i64) -> BigDecimal {
    BigDecimal::new(digits.parse().unwrap(), scale)
}

#[test]
fn into_python_keeps_digits_and_exponent() {
    with_py(|py| {
        let cases = [
            (big("0", 0), "0"),
            (big("-7", 0), "-7"),
            (big("1", -4), "1E+4"),
            (big("-1250", 3), "-1.250"),
            (big("0", 5), "0.00000"),
            (big("5", 28), "5E-28"),
            (big("123456789", 1000), "1.23456789E-992"),
            (big("1", -999_999_999_999_999_999), "1E+999999999999999999"),
            (big("1", 999_999_999_999_999_999), "1E-999999999999999999"),
        ];
        for (value, text) in cases {
            let object = value.clone().into_pyobject(py).unwrap();
            let expected = py_decimal(py, text);
            assert_eq!(repr(&object), repr(&expected), "{text}");
            assert!(
                object
                    .call_method0("as_tuple")
                    .unwrap()
                    .eq(expected.call_method0("as_tuple").unwrap())
                    .unwrap(),
                "{text}"
            );
            assert_eq!(object.extract::<BigDecimal>().unwrap(), value, "{text}");
        }
        // Many digits, none lost.
        let digits = "9".repeat(2000);
        let object = big(&digits, 1000).into_pyobject(py).unwrap();
        let expected = py_decimal(py, &format!("{}.{}", &digits[..1000], &digits[1000..]));
        assert_eq!(repr(&object), repr(&expected));
        // `1e4` parsed by `bigdecimal` keeps its exponent.
        let object = BigDecimal::from_str("1e4")
            .unwrap()
            .into_pyobject(py)
            .unwrap();
        assert_eq!(repr(&object), "Decimal('1E+4')");
    });
}

#[test]
fn exponents_decimal_cannot_hold_raise_invalid_operation() {
    with_py(|py| {
        let invalid_operation = py
            .import("decimal")
            .unwrap()
            .getattr("InvalidOperation")
            .unwrap();
        // No `i64` for `-i64::MIN`: refused before Python is asked.
        let err = big("1", i64::MIN).into_pyobject(py).unwrap_err();
        assert!(err.get_type(py).is(&invalid_operation), "{err}");
        assert_eq!(err.value(py).getattr("args").unwrap().len().unwrap(), 0);
        // Beyond `decimal`'s own limits: refused by `decimal`.
        for scale in [i64::MAX, -1_000_000_000_000_000_000] {
            let err = big("1", scale).into_pyobject(py).unwrap_err();
            assert!(err.get_type(py).is(&invalid_operation), "{scale}: {err}");
        }
    });
}

#[test]
fn from_python_through_text() {
    with_py(|py| {
        let cases = [
            ("D('0')", big("0", 0)),
            ("D('-0')", big("0", 0)),
            ("D('1.250')", big("1250", 3)),
            ("D('1E+4')", big("1", -4)),
            ("D('-5E-28')", big("-5", 28)),
            (
                "D('1E+999999999999999999')",
                big("1", -999_999_999_999_999_999),
            ),
            (
                "2**200",
                big(&(1u128 << 100).to_string(), 0) * big(&(1u128 << 100).to_string(), 0),
            ),
            ("0.1", big("1", 1)),
            ("'-12.5e-3'", big("-125", 4)),
        ];
        for (code, expected) in cases {
            let object = eval(
                py,
                &format!("(lambda D: {code})(__import__('decimal').Decimal)"),
            );
            assert_eq!(object.extract::<BigDecimal>().unwrap(), expected, "{code}");
        }
    });
}

#[test]
fn refuses_nan_and_infinity() {
    with_py(|py| {
        for text in ["NaN", "-NaN", "sNaN", "Infinity", "-Infinity"] {
            let err = py_decimal(py, text).extract::<BigDecimal>().unwrap_err();
            assert!(err.is_instance_of::<PyValueError>(py), "{text}: {err}");
            assert_eq!(
                err.to_string(),
                "ValueError: invalid digit found in string",
                "{text}"
            );
        }
        let err = eval(py, "float('inf')")
            .extract::<BigDecimal>()
            .unwrap_err();
        assert_eq!(err.to_string(), "ValueError: invalid digit found in string");
        let err = eval(py, "'abc'").extract::<BigDecimal>().unwrap_err();
        assert_eq!(err.to_string(), "ValueError: invalid digit found in string");
    });
}

#[test]
fn reference_counts() {
    with_py(|py| {
        let class = py.import("decimal").unwrap().getattr("Decimal").unwrap();
        let value = big("-1250", 3);
        drop(value.clone().into_pyobject(py).unwrap());
        let class_count = refcount(&class);
        for _ in 0..100 {
            let object = value.clone().into_pyobject(py).unwrap();
            assert_eq!(refcount(&object), 1);
            assert_eq!(object.extract::<BigDecimal>().unwrap(), value);
            assert_eq!(refcount(&object), 1);
        }
        assert_eq!(refcount(&class), class_count);
    });
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    assert_eq!(
        <BigDecimal as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "decimal.Decimal"
    );
    assert_eq!(
        <BigDecimal as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "decimal.Decimal"
    );
}
