//! `num_complex::Complex<f32/f64>` <-> `complex` (feature `num-complex`).

use num_complex::Complex;
use pyo3::prelude::*;
use pyo3::types::{PyComplex, PyModule};

use crate::common::{eval, refcount, with_py};

/// Objects that are complex or real numbers by their special methods.
const CLASSES: &std::ffi::CStr = cr#"
class WithComplex:
    def __complex__(self):
        return 3.0 + 1.25j

class WithFloat:
    def __float__(self):
        return 2.5

class WithIndex:
    def __index__(self):
        return 7

class Base:
    pass

class InheritsComplex(Base, WithComplex):
    pass

class InheritsFloat(Base, WithFloat):
    pass

class ComplexProperty:
    @property
    def __complex__(self):
        return lambda: -1.0 + 2.0j

class CallableComplex:
    def __call__(self):
        return 0.5 - 0.5j

class NonDescriptor:
    __complex__ = CallableComplex()

class Static:
    @staticmethod
    def __complex__():
        return 4j

class ReturnsFloat:
    def __complex__(self):
        return 1.5

class Raises:
    def __complex__(self):
        raise ArithmeticError("no complex value")

class MyComplex(complex):
    pass

class OnInstance:
    pass

on_instance = OnInstance()
on_instance.__complex__ = lambda: 1j
"#;

fn classes(py: Python<'_>) -> Bound<'_, PyModule> {
    PyModule::from_code(py, CLASSES, c"conv_num_complex.py", c"conv_num_complex").unwrap()
}

/// `value` becomes a `complex` with the same parts, and converts back.
fn round_trip(py: Python<'_>, value: Complex<f64>) {
    for object in [
        value.into_pyobject(py).unwrap(),
        (&value).into_pyobject(py).unwrap(),
    ] {
        assert!(object.is_exact_instance_of::<PyComplex>());
        let real: f64 = object.getattr("real").unwrap().extract().unwrap();
        let imag: f64 = object.getattr("imag").unwrap().extract().unwrap();
        assert_eq!(real.to_bits(), value.re.to_bits(), "{value}");
        assert_eq!(imag.to_bits(), value.im.to_bits(), "{value}");
        let back = object.extract::<Complex<f64>>().unwrap();
        assert_eq!(back.re.to_bits(), value.re.to_bits(), "{value}");
        assert_eq!(back.im.to_bits(), value.im.to_bits(), "{value}");
    }
}

#[test]
fn complex_values_round_trip() {
    with_py(|py| {
        for value in [
            Complex::new(0.0, 0.0),
            Complex::new(-0.0, -0.0),
            Complex::new(3.0, -1.25),
            Complex::new(f64::MAX, f64::MIN_POSITIVE),
            Complex::new(f64::INFINITY, f64::NEG_INFINITY),
            Complex::new(f64::NAN, 1.0),
            Complex::new(5e-324, -1e308),
        ] {
            round_trip(py, value);
        }
        let parts = eval(py, "complex(-2.5, 1e300)")
            .extract::<Complex<f64>>()
            .unwrap();
        assert_eq!(parts, Complex::new(-2.5, 1e300));
    });
}

#[test]
fn single_precision_parts_are_rounded() {
    with_py(|py| {
        let object = Complex::new(0.1f32, -3.5f32).into_pyobject(py).unwrap();
        assert!(
            PyAnyMethods::eq(
                object.as_any(),
                eval(py, "complex(0.10000000149011612, -3.5)")
            )
            .unwrap()
        );
        let value = eval(py, "0.1 + 1e300j").extract::<Complex<f32>>().unwrap();
        assert_eq!(value, Complex::new(0.1f32, f32::INFINITY));
        let by_ref = (&Complex::new(1.5f32, 2.0f32)).into_pyobject(py).unwrap();
        assert_eq!(
            by_ref.extract::<Complex<f32>>().unwrap(),
            Complex::new(1.5, 2.0)
        );
    });
}

#[test]
fn from_complex_bound_makes_a_complex() {
    with_py(|py| {
        let object = PyComplex::from_complex_bound(py, Complex::new(1.5f32, -2.0f32));
        assert_eq!(
            object.extract::<Complex<f64>>().unwrap(),
            Complex::new(1.5, -2.0)
        );
        let object = PyComplex::from_complex_bound(py, Complex::new(3.0f64, 0.25));
        assert_eq!(
            object.extract::<Complex<f64>>().unwrap(),
            Complex::new(3.0, 0.25)
        );
    });
}

#[test]
fn real_numbers_and_special_methods_are_accepted() {
    with_py(|py| {
        let classes = classes(py);
        let make = |name: &str| classes.getattr(name).unwrap().call0().unwrap();
        let cases = [
            (eval(py, "7"), Complex::new(7.0, 0.0)),
            (eval(py, "-2.5"), Complex::new(-2.5, 0.0)),
            (eval(py, "True"), Complex::new(1.0, 0.0)),
            (eval(py, "2**70"), Complex::new(2f64.powi(70), 0.0)),
            (make("WithComplex"), Complex::new(3.0, 1.25)),
            (make("WithFloat"), Complex::new(2.5, 0.0)),
            (make("WithIndex"), Complex::new(7.0, 0.0)),
            (make("InheritsComplex"), Complex::new(3.0, 1.25)),
            (make("InheritsFloat"), Complex::new(2.5, 0.0)),
            (make("ComplexProperty"), Complex::new(-1.0, 2.0)),
            (make("NonDescriptor"), Complex::new(0.5, -0.5)),
            (make("Static"), Complex::new(0.0, 4.0)),
            (
                classes
                    .getattr("MyComplex")
                    .unwrap()
                    .call1((1.0, -1.0))
                    .unwrap(),
                Complex::new(1.0, -1.0),
            ),
        ];
        for (object, expected) in cases {
            assert_eq!(
                object.extract::<Complex<f64>>().unwrap(),
                expected,
                "{object}"
            );
            assert_eq!(
                object.extract::<Complex<f32>>().unwrap(),
                Complex::new(expected.re as f32, expected.im as f32),
                "{object}"
            );
        }
    });
}

#[test]
fn other_objects_are_refused() {
    with_py(|py| {
        let classes = classes(py);
        let make = |name: &str| classes.getattr(name).unwrap().call0().unwrap();
        let cases = [
            (eval(py, "[1]"), "TypeError: must be real number, not list"),
            (
                eval(py, "'1+2j'"),
                "TypeError: must be real number, not str",
            ),
            (
                eval(py, "None"),
                "TypeError: must be real number, not NoneType",
            ),
            (
                make("ReturnsFloat"),
                "TypeError: __complex__ returned non-complex (type float)",
            ),
            (make("Raises"), "ArithmeticError: no complex value"),
            // Special methods are looked up on the type, not the instance.
            (
                classes.getattr("on_instance").unwrap(),
                "TypeError: must be real number, not OnInstance",
            ),
            (
                eval(py, "2**1024"),
                "OverflowError: int too large to convert to float",
            ),
        ];
        for (object, message) in cases {
            let err = object.extract::<Complex<f64>>().unwrap_err();
            assert_eq!(err.to_string(), message);
            let err = object.extract::<Complex<f32>>().unwrap_err();
            assert_eq!(err.to_string(), message);
        }
    });
}

#[test]
fn conversions_own_the_objects_they_make() {
    with_py(|py| {
        let object = Complex::new(1.0f64, 2.0).into_pyobject(py).unwrap();
        assert_eq!(refcount(object.as_any()), 1);
        let classes = classes(py);
        let with_complex = classes.getattr("WithComplex").unwrap().call0().unwrap();
        let before = (refcount(object.as_any()), refcount(&with_complex));
        for _ in 0..10 {
            object.extract::<Complex<f64>>().unwrap();
            with_complex.extract::<Complex<f64>>().unwrap();
        }
        assert_eq!((refcount(object.as_any()), refcount(&with_complex)), before);
    });
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    use pyo3::conversion::{FromPyObject, IntoPyObject};

    assert_eq!(
        <Complex<f64> as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "builtins.complex"
    );
    assert_eq!(
        <Complex<f32> as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "builtins.complex"
    );
    assert_eq!(
        <Complex<f64> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.complex"
    );
    assert_eq!(
        <&Complex<f32> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.complex"
    );
}
