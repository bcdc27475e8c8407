//! `num_rational::Ratio` <-> `fractions.Fraction` (feature `num-rational`).

use num_rational::Ratio;
use pyo3::prelude::*;
use pyo3::types::PyModule;

use crate::common::{eval, python_error, refcount, with_py};

/// Objects with `numerator` and `denominator` of their own.
const CLASSES: &std::ffi::CStr = cr#"
class Parts:
    def __init__(self, numerator, denominator):
        self.numerator = numerator
        self.denominator = denominator

class NoDenominator:
    numerator = 1
"#;

fn classes(py: Python<'_>) -> Bound<'_, PyModule> {
    PyModule::from_code(py, CLASSES, c"conv_num_rational.py", c"conv_num_rational").unwrap()
}

/// `Fraction(numerator, denominator)`, evaluated.
fn fraction<'py>(py: Python<'py>, numerator: &str, denominator: &str) -> Bound<'py, PyAny> {
    eval(
        py,
        &format!("__import__('fractions').Fraction({numerator}, {denominator})"),
    )
}

/// `value` becomes the `Fraction` `numerator/denominator` and converts
/// back, as an owned value and by reference.
fn round_trip<T>(py: Python<'_>, value: Ratio<T>)
where
    T: Clone + std::fmt::Display,
    Ratio<T>: PartialEq
        + std::fmt::Debug
        + for<'py> IntoPyObject<'py, Output = Bound<'py, PyAny>, Error = PyErr>
        + for<'a, 'py> FromPyObject<'a, 'py, Error = PyErr>,
    for<'r, 'py> &'r Ratio<T>: IntoPyObject<'py, Output = Bound<'py, PyAny>, Error = PyErr>,
{
    let expected = fraction(py, &value.numer().to_string(), &value.denom().to_string());
    let by_ref = (&value).into_pyobject(py).unwrap();
    let owned = value.clone().into_pyobject(py).unwrap();
    for object in [by_ref, owned] {
        assert!(object.get_type().is(expected.get_type()), "{object}");
        assert!(object.eq(&expected).unwrap(), "{object} != {expected}");
        assert_eq!(object.extract::<Ratio<T>>().unwrap(), value);
    }
}

#[test]
fn ratios_round_trip() {
    with_py(|py| {
        macro_rules! boundaries {
            ($($int:ty),*) => {$(
                round_trip::<$int>(py, Ratio::new(<$int>::MAX, 1));
                round_trip::<$int>(py, Ratio::new(<$int>::MIN, 1));
                round_trip::<$int>(py, Ratio::new(1, <$int>::MAX));
                round_trip::<$int>(py, Ratio::new(<$int>::MIN + 1, <$int>::MAX));
                round_trip::<$int>(py, Ratio::new(0, 5));
                round_trip::<$int>(py, Ratio::new(-3, 4));
                round_trip::<$int>(py, Ratio::new(6, -4));
            )*};
        }
        boundaries!(i8, i16, i32, i64, isize);
    });
}

#[test]
fn fractions_are_read_reduced() {
    with_py(|py| {
        assert_eq!(
            fraction(py, "10", "5").extract::<Ratio<i32>>().unwrap(),
            Ratio::new(2, 1)
        );
        let value = eval(py, "__import__('fractions').Fraction(-0.125)");
        assert_eq!(value.extract::<Ratio<i8>>().unwrap(), Ratio::new(-1, 8));
        let value = eval(
            py,
            "__import__('fractions').Fraction(__import__('decimal').Decimal('1.1'))",
        );
        assert_eq!(value.extract::<Ratio<i64>>().unwrap(), Ratio::new(11, 10));
        // Odd values built by hand are reduced and get a positive
        // denominator, as `Ratio::new` makes them.
        let parts = classes(py).getattr("Parts").unwrap();
        let odd = parts.call1((6, -4)).unwrap();
        assert_eq!(odd.extract::<Ratio<i16>>().unwrap(), Ratio::new(-3, 2));
        assert_eq!(*odd.extract::<Ratio<i16>>().unwrap().denom(), 2);
    });
}

#[test]
fn ints_and_objects_with_the_attributes_are_accepted() {
    with_py(|py| {
        assert_eq!(
            eval(py, "7").extract::<Ratio<i32>>().unwrap(),
            Ratio::from(7)
        );
        assert_eq!(
            eval(py, "-7").extract::<Ratio<i8>>().unwrap(),
            Ratio::from(-7)
        );
        assert_eq!(
            eval(py, "True").extract::<Ratio<i64>>().unwrap(),
            Ratio::from(1)
        );
        let parts = classes(py).getattr("Parts").unwrap();
        // Each part goes through `int()`, which truncates floats.
        let object = parts.call1((3.7, 2)).unwrap();
        assert_eq!(object.extract::<Ratio<i32>>().unwrap(), Ratio::new(3, 2));
        let object = parts.call1(("5", "6")).unwrap();
        assert_eq!(object.extract::<Ratio<i32>>().unwrap(), Ratio::new(5, 6));
    });
}

#[test]
fn other_objects_are_refused() {
    with_py(|py| {
        let classes = classes(py);
        let parts = classes.getattr("Parts").unwrap();
        let int_of_none = python_error(py, "int(None)");
        let cases = [
            (
                eval(py, "1.5"),
                "AttributeError: 'float' object has no attribute 'numerator'",
            ),
            (
                eval(py, "__import__('decimal').Decimal('1.5')"),
                "AttributeError: 'decimal.Decimal' object has no attribute 'numerator'",
            ),
            (
                eval(py, "'1/2'"),
                "AttributeError: 'str' object has no attribute 'numerator'",
            ),
            (
                classes.getattr("NoDenominator").unwrap().call0().unwrap(),
                "AttributeError: 'NoDenominator' object has no attribute 'denominator'",
            ),
            // `int(None)`'s wording differs between versions.
            (parts.call1((1, py.None())).unwrap(), &*int_of_none),
            (
                parts.call1((1, 0)).unwrap(),
                "ZeroDivisionError: denominator == 0",
            ),
        ];
        for (object, message) in cases {
            let err = object.extract::<Ratio<i32>>().unwrap_err();
            assert_eq!(err.to_string(), message, "{object:?}");
        }
    });
}

#[test]
fn parts_out_of_range_overflow() {
    with_py(|py| {
        let narrowing = "OverflowError: out of range integral type conversion attempted";
        assert_eq!(
            fraction(py, "128", "1")
                .extract::<Ratio<i8>>()
                .unwrap_err()
                .to_string(),
            narrowing
        );
        assert_eq!(
            fraction(py, "1", "32768")
                .extract::<Ratio<i16>>()
                .unwrap_err()
                .to_string(),
            narrowing
        );
        #[cfg(all(target_pointer_width = "64", not(target_os = "windows")))]
        assert_eq!(
            fraction(py, "2**63", "3")
                .extract::<Ratio<i64>>()
                .unwrap_err()
                .to_string(),
            "OverflowError: Python int too large to convert to C long"
        );
    });
}

#[test]
fn zero_denominators_are_python_errors() {
    with_py(|py| {
        let err = Ratio::new_raw(1i32, 0).into_pyobject(py).unwrap_err();
        assert_eq!(err.to_string(), "ZeroDivisionError: Fraction(1, 0)");
    });
}

#[cfg(feature = "num-bigint")]
#[test]
fn big_ratios_round_trip() {
    use num_bigint::BigInt;

    with_py(|py| {
        let big = |text: &str| text.parse::<BigInt>().unwrap();
        let value = Ratio::new(
            big("1606938044258990275541962092341162602522202993782792835301376"),
            big("-717897987691852588770249"),
        );
        round_trip(py, value.clone());
        let from_python = fraction(py, "2**200", "-(3**50)");
        assert_eq!(from_python.extract::<Ratio<BigInt>>().unwrap(), value);
        round_trip(py, Ratio::from_integer(big("-5")));
        round_trip(py, Ratio::from_float(5.5f64).unwrap());
        let value = eval(py, "__import__('fractions').Fraction(1e-300)");
        let ratio = value.extract::<Ratio<BigInt>>().unwrap();
        assert_eq!(ratio, Ratio::from_float(1e-300f64).unwrap());
    });
}

#[test]
fn conversions_own_the_objects_they_make() {
    with_py(|py| {
        let object = Ratio::new(3i64, 7).into_pyobject(py).unwrap();
        assert_eq!(refcount(&object), 1);
        let before = refcount(&object);
        for _ in 0..10 {
            object.extract::<Ratio<i64>>().unwrap();
        }
        assert_eq!(refcount(&object), before);
    });
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    use pyo3::conversion::{FromPyObject, IntoPyObject};

    assert_eq!(
        <Ratio<i32> as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "fractions.Fraction"
    );
    assert_eq!(
        <Ratio<i8> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "fractions.Fraction"
    );
    assert_eq!(
        <&Ratio<isize> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "fractions.Fraction"
    );
}
