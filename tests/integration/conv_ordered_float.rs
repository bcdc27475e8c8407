//! `ordered_float::OrderedFloat`/`NotNan` <-> `float` (feature
//! `ordered-float`).

use ordered_float::{NotNan, OrderedFloat};
use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyModule};

use crate::common::{eval, refcount, with_py};

/// Real numbers by their special methods.
const CLASSES: &std::ffi::CStr = cr#"
class WithFloat:
    def __init__(self, value):
        self.value = value
    def __float__(self):
        return self.value

class WithIndex:
    def __index__(self):
        return 12
"#;

fn classes(py: Python<'_>) -> Bound<'_, PyModule> {
    PyModule::from_code(py, CLASSES, c"conv_ordered_float.py", c"conv_ordered_float").unwrap()
}

/// The bits of a Python float's value.
fn bits(object: &Bound<'_, PyAny>) -> u64 {
    object.extract::<f64>().unwrap().to_bits()
}

/// Values that every wrapper keeps bit for bit.
const VALUES: [f64; 9] = [
    0.0,
    -0.0,
    1.5,
    -2.25,
    f64::MAX,
    f64::MIN_POSITIVE,
    5e-324,
    f64::INFINITY,
    f64::NEG_INFINITY,
];

#[test]
fn double_precision_round_trips_keep_the_bits() {
    with_py(|py| {
        for value in VALUES.into_iter().chain([f64::NAN, -f64::NAN]) {
            let ordered = OrderedFloat(value);
            for object in [
                ordered.into_pyobject(py).unwrap(),
                (&ordered).into_pyobject(py).unwrap(),
            ] {
                assert!(object.is_exact_instance_of::<PyFloat>());
                assert_eq!(bits(&object), value.to_bits(), "{value}");
                let back = object.extract::<OrderedFloat<f64>>().unwrap();
                assert_eq!(back.0.to_bits(), value.to_bits(), "{value}");
            }
        }
        for value in VALUES {
            let not_nan = NotNan::new(value).unwrap();
            for object in [
                not_nan.into_pyobject(py).unwrap(),
                (&not_nan).into_pyobject(py).unwrap(),
            ] {
                assert_eq!(bits(&object), value.to_bits(), "{value}");
                let back = object.extract::<NotNan<f64>>().unwrap();
                assert_eq!(back.into_inner().to_bits(), value.to_bits(), "{value}");
            }
        }
        // Negative zero is negative on the Python side.
        let object = OrderedFloat(-0.0f64).into_pyobject(py).unwrap();
        let sign = eval(py, "__import__('math').copysign")
            .call1((1.0, &object))
            .unwrap();
        assert_eq!(sign.extract::<f64>().unwrap(), -1.0);
        let nan = OrderedFloat(f64::NAN).into_pyobject(py).unwrap();
        let is_nan = eval(py, "__import__('math').isnan").call1((&nan,)).unwrap();
        assert!(is_nan.extract::<bool>().unwrap());
    });
}

#[test]
fn single_precision_values_widen_and_round() {
    with_py(|py| {
        for value in [
            0.0f32,
            -0.0,
            0.1,
            f32::MAX,
            f32::MIN_POSITIVE,
            f32::INFINITY,
        ] {
            let object = OrderedFloat(value).into_pyobject(py).unwrap();
            assert_eq!(bits(&object), f64::from(value).to_bits(), "{value}");
            let back = object.extract::<OrderedFloat<f32>>().unwrap();
            assert_eq!(back.0.to_bits(), value.to_bits(), "{value}");
            let object = (&NotNan::new(value).unwrap()).into_pyobject(py).unwrap();
            let back = object.extract::<NotNan<f32>>().unwrap();
            assert_eq!(back.into_inner().to_bits(), value.to_bits(), "{value}");
        }
        let nan = OrderedFloat(f32::NAN).into_pyobject(py).unwrap();
        assert!(nan.extract::<f64>().unwrap().is_nan());
        assert!(nan.extract::<OrderedFloat<f32>>().unwrap().is_nan());
        // Rounded to the nearest `f32`, overflowing to infinity.
        assert_eq!(
            eval(py, "0.1").extract::<OrderedFloat<f32>>().unwrap(),
            OrderedFloat(0.1f32)
        );
        assert_eq!(
            eval(py, "-1e300").extract::<NotNan<f32>>().unwrap(),
            NotNan::new(f32::NEG_INFINITY).unwrap()
        );
    });
}

#[test]
fn ints_and_special_methods_are_accepted() {
    with_py(|py| {
        let classes = classes(py);
        let with_float = classes.getattr("WithFloat").unwrap().call1((2.5,)).unwrap();
        let with_index = classes.getattr("WithIndex").unwrap().call0().unwrap();
        for (object, expected) in [
            (eval(py, "7"), 7.0),
            (eval(py, "True"), 1.0),
            (eval(py, "2**80"), 2f64.powi(80)),
            (with_float, 2.5),
            (with_index, 12.0),
        ] {
            assert_eq!(
                object.extract::<OrderedFloat<f64>>().unwrap(),
                OrderedFloat(expected)
            );
            assert_eq!(
                object.extract::<NotNan<f64>>().unwrap(),
                NotNan::new(expected).unwrap()
            );
            assert_eq!(
                object.extract::<OrderedFloat<f32>>().unwrap(),
                OrderedFloat(expected as f32)
            );
        }
    });
}

const NAN_REFUSED: &str = "ValueError: NotNan constructed with NaN";

#[test]
fn not_nan_refuses_nan() {
    with_py(|py| {
        let with_float = classes(py).getattr("WithFloat").unwrap();
        for object in [
            eval(py, "float('nan')"),
            eval(py, "-float('nan')"),
            eval(py, "float('inf') - float('inf')"),
            with_float.call1((f64::NAN,)).unwrap(),
        ] {
            let err = object.extract::<NotNan<f64>>().unwrap_err();
            assert!(err.is_instance_of::<pyo3::exceptions::PyValueError>(py));
            assert_eq!(err.to_string(), NAN_REFUSED);
            assert_eq!(
                object.extract::<NotNan<f32>>().unwrap_err().to_string(),
                NAN_REFUSED
            );
            // `OrderedFloat` keeps it.
            assert!(object.extract::<OrderedFloat<f64>>().unwrap().is_nan());
        }
    });
}

#[test]
fn non_numbers_are_refused_as_floats_are() {
    with_py(|py| {
        for (text, message) in [
            ("'1.5'", "TypeError: must be real number, not str"),
            ("None", "TypeError: must be real number, not NoneType"),
            ("[1.5]", "TypeError: must be real number, not list"),
            (
                "2**1024",
                "OverflowError: int too large to convert to float",
            ),
        ] {
            let object = eval(py, text);
            let expected = object.extract::<f64>().unwrap_err().to_string();
            assert_eq!(expected, message);
            let messages = [
                object
                    .extract::<OrderedFloat<f64>>()
                    .unwrap_err()
                    .to_string(),
                object
                    .extract::<OrderedFloat<f32>>()
                    .unwrap_err()
                    .to_string(),
                object.extract::<NotNan<f64>>().unwrap_err().to_string(),
                object.extract::<NotNan<f32>>().unwrap_err().to_string(),
            ];
            assert!(messages.iter().all(|m| m == message), "{messages:?}");
        }
    });
}

#[test]
fn conversions_own_the_objects_they_make() {
    with_py(|py| {
        let object = OrderedFloat(123.456f64).into_pyobject(py).unwrap();
        assert_eq!(refcount(object.as_any()), 1);
        let object = NotNan::new(-9.75f64).unwrap().into_pyobject(py).unwrap();
        assert_eq!(refcount(object.as_any()), 1);
        let before = refcount(object.as_any());
        for _ in 0..10 {
            object.extract::<NotNan<f64>>().unwrap();
            object.extract::<OrderedFloat<f32>>().unwrap();
        }
        assert_eq!(refcount(object.as_any()), before);
    });
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    use pyo3::conversion::{FromPyObject, IntoPyObject};

    const FLOAT_IN: &str = "typing.SupportsFloat | typing.SupportsIndex";
    assert_eq!(
        <OrderedFloat<f64> as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        FLOAT_IN
    );
    assert_eq!(
        <NotNan<f32> as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        FLOAT_IN
    );
    assert_eq!(
        <OrderedFloat<f32> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.float"
    );
    assert_eq!(
        <&NotNan<f64> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.float"
    );
}
