//! `num_bigint::BigInt`/`BigUint` <-> `int` (feature `num-bigint`).

use num_bigint::{BigInt, BigUint};
use pyo3::prelude::*;
use pyo3::types::{PyInt, PyModule};

use crate::common::{eval, refcount, with_py};

/// Classes whose instances convert through `__index__`.
const CLASSES: &std::ffi::CStr = cr#"
class Index:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        return self.value

class MyInt(int):
    pass
"#;

fn classes(py: Python<'_>) -> Bound<'_, PyModule> {
    PyModule::from_code(py, CLASSES, c"conv_num_bigint.py", c"conv_num_bigint").unwrap()
}

/// `value` (written `text` in Python) converts to an exact `int` equal to
/// `text` and back, as an owned value and by reference.
fn signed_round_trip(py: Python<'_>, text: &str) {
    let value: BigInt = text.parse().unwrap();
    let expected = eval(py, text);
    for object in [
        value.clone().into_pyobject(py).unwrap(),
        (&value).into_pyobject(py).unwrap(),
    ] {
        assert!(object.is_exact_instance_of::<PyInt>(), "{text}");
        assert!(
            PyAnyMethods::eq(object.as_any(), &expected).unwrap(),
            "{text}: got {object}"
        );
        assert_eq!(object.extract::<BigInt>().unwrap(), value, "{text}");
    }
    assert_eq!(expected.extract::<BigInt>().unwrap(), value, "{text}");
}

/// As [`signed_round_trip`] for a non-negative value, through `BigUint` too.
fn unsigned_round_trip(py: Python<'_>, text: &str) {
    signed_round_trip(py, text);
    let value: BigUint = text.parse().unwrap();
    let expected = eval(py, text);
    for object in [
        value.clone().into_pyobject(py).unwrap(),
        (&value).into_pyobject(py).unwrap(),
    ] {
        assert!(object.is_exact_instance_of::<PyInt>(), "{text}");
        assert!(
            PyAnyMethods::eq(object.as_any(), &expected).unwrap(),
            "{text}: got {object}"
        );
        assert_eq!(object.extract::<BigUint>().unwrap(), value, "{text}");
    }
    assert_eq!(expected.extract::<BigUint>().unwrap(), value, "{text}");
}

#[test]
fn values_round_trip_at_the_fast_path_boundaries() {
    with_py(|py| {
        for text in [
            "0",
            "1",
            "255",
            "256",
            "9223372036854775807",                     // i64::MAX
            "9223372036854775808",                     // i64::MAX + 1
            "18446744073709551615",                    // u64::MAX
            "18446744073709551616",                    // u64::MAX + 1
            "170141183460469231731687303715884105727", // i128::MAX
            "170141183460469231731687303715884105728", // i128::MAX + 1
            "340282366920938463463374607431768211455", // u128::MAX
            "340282366920938463463374607431768211456", // u128::MAX + 1
        ] {
            unsigned_round_trip(py, text);
        }
        for text in [
            "-1",
            "-9223372036854775808",                     // i64::MIN
            "-9223372036854775809",                     // i64::MIN - 1
            "-18446744073709551616",                    // -(u64::MAX + 1)
            "-170141183460469231731687303715884105728", // i128::MIN
            "-170141183460469231731687303715884105729", // i128::MIN - 1
        ] {
            signed_round_trip(py, text);
        }
    });
}

#[test]
fn values_of_any_size_round_trip() {
    with_py(|py| {
        // Around each power of two: the byte lengths and the two's
        // complement sign bit change there.
        for bits in 0..=300u32 {
            let power = BigUint::from(1u8) << bits;
            for value in [&power - 1u8, power.clone(), &power + 1u8] {
                unsigned_round_trip(py, &value.to_string());
                signed_round_trip(py, &format!("-{value}"));
            }
        }
        let big = eval(py, "-(2**200)");
        assert_eq!(
            big.extract::<BigInt>().unwrap(),
            -(BigInt::from(1u8) << 200u32)
        );
        let huge = eval(py, "7**5000");
        let value = huge.extract::<BigUint>().unwrap();
        assert_eq!(value, BigUint::from(7u8).pow(5000));
        let object = value.into_pyobject(py).unwrap();
        assert!(PyAnyMethods::eq(object.as_any(), &huge).unwrap());
    });
}

#[test]
fn ints_from_index_subclasses_and_bools() {
    with_py(|py| {
        let classes = classes(py);
        let index = classes.getattr("Index").unwrap();
        let my_int = classes.getattr("MyInt").unwrap();

        let big = eval(py, "2**100 + 5");
        let from_index = index.call1((&big,)).unwrap();
        let expected = (BigInt::from(1u8) << 100u32) + 5u8;
        assert_eq!(from_index.extract::<BigInt>().unwrap(), expected);
        assert_eq!(
            from_index.extract::<BigUint>().unwrap(),
            expected.to_biguint().unwrap()
        );
        let small = index.call1((-3,)).unwrap();
        assert_eq!(small.extract::<BigInt>().unwrap(), BigInt::from(-3));

        let subclass = my_int.call1((eval(py, "-(2**70)"),)).unwrap();
        assert_eq!(
            subclass.extract::<BigInt>().unwrap(),
            -(BigInt::from(1u8) << 70u32)
        );
        assert_eq!(eval(py, "True").extract::<BigUint>().unwrap(), 1u8.into());

        let not_int = index.call1(("7",)).unwrap();
        assert_eq!(
            not_int.extract::<BigInt>().unwrap_err().to_string(),
            "TypeError: __index__ returned non-int (type str)"
        );
    });
}

#[test]
fn non_integers_are_type_errors() {
    with_py(|py| {
        for (text, type_name) in [
            ("1.5", "float"),
            ("'12'", "str"),
            ("None", "NoneType"),
            ("1j", "complex"),
            ("[1]", "list"),
        ] {
            let message =
                format!("TypeError: '{type_name}' object cannot be interpreted as an integer");
            let object = eval(py, text);
            assert_eq!(object.extract::<BigInt>().unwrap_err().to_string(), message);
            assert_eq!(
                object.extract::<BigUint>().unwrap_err().to_string(),
                message
            );
        }
    });
}

/// What PyO3 0.30 raises for a negative `BigUint`: the wording of the
/// C API it goes through for the build's Python.
fn negative_message() -> &'static str {
    if cfg!(any(all(Py_3_14, not(Py_LIMITED_API)), Py_3_15)) {
        "ValueError: can't convert negative int to unsigned"
    } else if cfg!(all(Py_3_13, not(Py_LIMITED_API))) {
        "ValueError: Cannot convert negative int"
    } else {
        "OverflowError: can't convert negative int to unsigned"
    }
}

#[test]
fn negative_values_are_refused_by_biguint() {
    with_py(|py| {
        let index = classes(py).getattr("Index").unwrap();
        let objects = [
            eval(py, "-1"),
            eval(py, "-(2**63)"),
            eval(py, "-(2**64)"),
            eval(py, "-(2**200)"),
            index.call1((-5,)).unwrap(),
            index.call1((eval(py, "-(2**90)"),)).unwrap(),
        ];
        for object in objects {
            let err = object.extract::<BigUint>().unwrap_err();
            assert_eq!(err.to_string(), negative_message(), "{object}");
        }
    });
}

#[test]
fn conversions_own_the_objects_they_make() {
    with_py(|py| {
        let value = BigInt::from(1u8) << 200u32;
        let object = value.into_pyobject(py).unwrap();
        assert_eq!(refcount(object.as_any()), 1);
        let wide = BigUint::from(u128::MAX).into_pyobject(py).unwrap();
        assert_eq!(refcount(wide.as_any()), 1);

        // Extraction leaves the object, and what `__index__` returned,
        // as they were.
        let big = eval(py, "-(2**150)");
        let before = refcount(&big);
        for _ in 0..10 {
            big.extract::<BigInt>().unwrap();
            big.extract::<BigUint>().unwrap_err();
        }
        assert_eq!(refcount(&big), before);

        let index = classes(py).getattr("Index").unwrap();
        let wrapper = index.call1((&big,)).unwrap();
        let before = (refcount(&wrapper), refcount(&big));
        for _ in 0..10 {
            wrapper.extract::<BigInt>().unwrap();
        }
        assert_eq!((refcount(&wrapper), refcount(&big)), before);
    });
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    use pyo3::conversion::{FromPyObject, IntoPyObject};

    assert_eq!(
        <BigInt as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "typing.SupportsIndex"
    );
    assert_eq!(
        <BigUint as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "typing.SupportsIndex"
    );
    assert_eq!(
        <BigInt as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.int"
    );
    assert_eq!(
        <&BigUint as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.int"
    );
}
