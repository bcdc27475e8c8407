//! `rust_decimal::Decimal` <-> `decimal.Decimal` (feature `rust_decimal`).

use std::str::FromStr;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use rust_decimal::Decimal;

use crate::common::{eval, refcount, with_py};

/// `repr(obj)`.
fn repr(obj: &Bound<'_, PyAny>) -> String {
    obj.repr().unwrap().to_string()
}

/// The error extracting a `Decimal` from the value of `code`, which must be
/// a `ValueError` with `message`.
fn assert_value_error(py: Python<'_>, code: &str, message: &str) {
    let err = eval(py, code).extract::<Decimal>().unwrap_err();
    assert!(err.is_instance_of::<PyValueError>(py), "{code}: {err}");
    assert_eq!(err.to_string(), format!("ValueError: {message}"), "{code}");
}

#[test]
fn into_python_keeps_digits_and_scale() {
    with_py(|py| {
        let cases = [
            (Decimal::ZERO, "Decimal('0')"),
            (Decimal::ONE, "Decimal('1')"),
            (Decimal::NEGATIVE_ONE, "Decimal('-1')"),
            (Decimal::new(150, 2), "Decimal('1.50')"),
            (Decimal::new(-5, 28), "Decimal('-5E-28')"),
            (Decimal::MAX, "Decimal('79228162514264337593543950335')"),
            (Decimal::MIN, "Decimal('-79228162514264337593543950335')"),
            (
                Decimal::from_parts(u32::MAX, u32::MAX, u32::MAX, false, 28),
                "Decimal('7.9228162514264337593543950335')",
            ),
        ];
        for (value, expected) in cases {
            let object = value.into_pyobject(py).unwrap();
            assert_eq!(repr(&object), expected);
            assert_eq!(repr(&(&value).into_pyobject(py).unwrap()), expected);
            // Same value and same exponent as Python's reading of the text.
            let python = eval(py, &format!("__import__('decimal').{expected}"));
            assert!(object.eq(&python).unwrap());
            assert!(
                object
                    .call_method0("as_tuple")
                    .unwrap()
                    .eq(python.call_method0("as_tuple").unwrap())
                    .unwrap()
            );
            assert_eq!(object.extract::<Decimal>().unwrap(), value);
        }
    });
}

#[test]
fn from_python_decimals_ints_floats_and_text() {
    with_py(|py| {
        let cases = [
            ("D('0')", "0"),
            ("D('-0')", "0"),
            ("D('1.50')", "1.50"),
            ("D('1e3')", "1000"),
            ("D('-1.5E-7')", "-0.00000015"),
            ("D('1E-28')", "0.0000000000000000000000000001"),
            (
                "D('79228162514264337593543950335')",
                "79228162514264337593543950335",
            ),
            (
                "D('-79228162514264337593543950335')",
                "-79228162514264337593543950335",
            ),
            ("9223372036854775807", "9223372036854775807"),
            ("-9223372036854775808", "-9223372036854775808"),
            // Beyond `i64`: read through the text.
            ("2**70", "1180591620717411303424"),
            ("2**96 - 1", "79228162514264337593543950335"),
            ("True", "1"),
            ("1.25", "1.25"),
            ("'-12.5'", "-12.5"),
            ("'2.5e2'", "250"),
        ];
        for (code, expected) in cases {
            let object = eval(
                py,
                &format!("(lambda D: {code})(__import__('decimal').Decimal)"),
            );
            let value = object.extract::<Decimal>().unwrap();
            assert_eq!(value, Decimal::from_str(expected).unwrap(), "{code}");
            assert_eq!(value.to_string(), expected, "{code}");
        }
        // Digits beyond 28 decimal places are rounded by `rust_decimal`.
        let object = eval(
            py,
            "__import__('decimal').Decimal('0.00000000000000000000000000015')",
        );
        assert_eq!(
            object.extract::<Decimal>().unwrap().to_string(),
            "0.0000000000000000000000000002"
        );
    });
}

#[test]
fn refuses_nan_infinity_and_out_of_range() {
    with_py(|py| {
        for text in ["NaN", "-NaN", "sNaN", "Infinity", "-Infinity"] {
            assert_value_error(
                py,
                &format!("__import__('decimal').Decimal('{text}')"),
                "Failed to parse",
            );
        }
        assert_value_error(py, "float('nan')", "Failed to parse");
        assert_value_error(py, "float('-inf')", "Failed to parse");
        // 96 bits of digits at most.
        assert_value_error(
            py,
            "__import__('decimal').Decimal(2**96)",
            "Failed to parse",
        );
        assert_value_error(py, "-2**96", "Failed to parse");
        assert_value_error(py, "10**30", "Failed to parse");
        // 28 decimal places at most, also for values `Decimal` could hold.
        assert_value_error(
            py,
            "__import__('decimal').Decimal('1E-29')",
            "Scale exceeds the maximum precision allowed: 29 > 28",
        );
        assert_value_error(
            py,
            "__import__('decimal').Decimal('0E-30')",
            "Scale exceeds the maximum precision allowed: 30 > 28",
        );
        assert_value_error(
            py,
            "__import__('decimal').Decimal('1E+30')",
            "Scale exceeds the maximum precision allowed: 30 > 28",
        );
        assert_value_error(py, "'abc'", "Failed to parse");
        // Text with an `e` fails as scientific notation with the mantissa's
        // error.
        assert_value_error(py, "None", "Invalid decimal: unknown character");
    });
}

#[test]
fn errors_of_str_propagate() {
    with_py(|py| {
        let object = eval(py, "type('Bad', (), {'__str__': lambda self: 1 // 0})()");
        let err = object.extract::<Decimal>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        let object = eval(py, "type('NotStr', (), {'__str__': lambda self: 5})()");
        let err = object.extract::<Decimal>().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py), "{err}");
    });
}

#[test]
fn reference_counts() {
    with_py(|py| {
        let class = py.import("decimal").unwrap().getattr("Decimal").unwrap();
        let value = Decimal::new(12345, 3);
        // Prime the cached class, then convert many times.
        drop(value.into_pyobject(py).unwrap());
        let class_count = refcount(&class);
        for _ in 0..100 {
            let object = value.into_pyobject(py).unwrap();
            assert_eq!(refcount(&object), 1);
            let back = object.extract::<Decimal>().unwrap();
            assert_eq!(back, value);
            assert_eq!(refcount(&object), 1);
        }
        assert_eq!(refcount(&class), class_count);
    });
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    assert_eq!(
        <Decimal as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "decimal.Decimal"
    );
    assert_eq!(
        <Decimal as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "decimal.Decimal"
    );
    assert_eq!(
        <&Decimal as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "decimal.Decimal"
    );
}
