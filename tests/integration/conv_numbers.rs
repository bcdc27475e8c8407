//! Conversions of Rust numbers (integers, `NonZero*`, floats, `bool`) to
//! and from Python, and the comparisons of `int`/`float`/`bool` objects with
//! Rust values.

use std::fmt::Debug;
use std::num::{
    NonZeroI8, NonZeroI16, NonZeroI32, NonZeroI64, NonZeroI128, NonZeroIsize, NonZeroU8,
    NonZeroU16, NonZeroU32, NonZeroU64, NonZeroU128, NonZeroUsize,
};

use pyo3::BoundObject;
use pyo3::exceptions::{PyOverflowError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyFloat, PyInt};

use crate::common::{eval, python_error, refcount, with_py};

/// The error of extracting a `T` from the value of `expression`, as
/// `"Type: message"`.
fn extract_err<T>(py: Python<'_>, expression: &str) -> String
where
    T: for<'a, 'py> FromPyObject<'a, 'py, Error = PyErr> + Debug,
{
    let object = eval(py, expression);
    let err = object
        .extract::<T>()
        .expect_err(&format!("extracting from {expression} should fail"));
    err.to_string()
}

/// Extracts a `T` from the value of `expression`.
fn extract_ok<T>(py: Python<'_>, expression: &str) -> T
where
    T: for<'a, 'py> FromPyObject<'a, 'py, Error = PyErr>,
{
    let object = eval(py, expression);
    object
        .extract::<T>()
        .unwrap_or_else(|err| panic!("extracting from {expression} failed: {err}"))
}

/// `value` becomes the Python `int` written `text`, and converts back.
fn round_trip<T>(py: Python<'_>, value: T, text: &str)
where
    T: for<'py> IntoPyObject<'py>
        + for<'a, 'py> FromPyObject<'a, 'py, Error = PyErr>
        + PartialEq
        + Debug
        + Copy,
{
    let object = match value.into_pyobject(py) {
        Ok(object) => object.into_any().into_bound(),
        Err(err) => panic!("{value:?} does not convert: {}", Into::<PyErr>::into(err)),
    };
    assert!(object.is_instance_of::<PyInt>(), "{value:?} is not an int");
    assert_eq!(object.str().unwrap().to_string(), text);
    assert!(object.eq(eval(py, text)).unwrap());
    assert_eq!(extract_ok::<T>(py, text), value);
    assert_eq!(object.extract::<T>().unwrap(), value);
}

macro_rules! boundaries {
    ($py:ident: $($rust:ty),*) => {$(
        round_trip::<$rust>($py, <$rust>::MIN, &<$rust>::MIN.to_string());
        round_trip::<$rust>($py, <$rust>::MAX, &<$rust>::MAX.to_string());
        round_trip::<$rust>($py, 0, "0");
        round_trip::<$rust>($py, 1, "1");
        // By reference too.
        let value: $rust = 7;
        assert_eq!((&value).into_pyobject($py).unwrap().extract::<$rust>().unwrap(), 7);
    )*};
}

#[test]
fn integers_round_trip_at_their_boundaries() {
    with_py(|py| {
        boundaries!(py: i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
        round_trip(py, -1i8, "-1");
        round_trip(py, -1i128, "-1");
        round_trip(py, i128::MIN + 1, &(i128::MIN + 1).to_string());
        round_trip(py, 1u128 << 64, "18446744073709551616");
        round_trip(py, (1u128 << 64) - 1, "18446744073709551615");
        round_trip(py, -(1i128 << 64), "-18446744073709551616");
        round_trip(
            py,
            0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128,
            &0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128.to_string(),
        );
        round_trip(
            py,
            -0x0123_4567_89ab_cdef_fedc_ba98_7654_3210i128,
            &(-0x0123_4567_89ab_cdef_fedc_ba98_7654_3210i128).to_string(),
        );
        assert_eq!(PyInt::new(py, 5u8).to_string(), "5");
        assert_eq!(PyInt::new(py, i128::MIN).to_string(), i128::MIN.to_string());
    });
}

/// `OverflowError` messages: narrowing a C `long` (or `unsigned long
/// long`) value to a smaller Rust type.
const NARROWING: &str = "OverflowError: out of range integral type conversion attempted";
/// `PyLong_AsLong` overflowing.
#[cfg(all(target_pointer_width = "64", not(target_os = "windows")))]
const C_LONG: &str = "OverflowError: Python int too large to convert to C long";
/// `PyLong_AsUnsignedLongLong` overflowing or given a negative value.
const C_ULL_TOO_BIG: &str = "OverflowError: int too big to convert";
const C_ULL_NEGATIVE: &str = "OverflowError: can't convert negative int to unsigned";

/// The errors of 128-bit extraction, which depend on the API used.
fn wide_signed_overflow() -> &'static str {
    if cfg!(all(Py_LIMITED_API, not(Py_3_15))) {
        // The upper half goes through the `i64` extraction.
        "OverflowError: Python int too large to convert to C long"
    } else if cfg!(Py_3_13) {
        "OverflowError: Python int larger than 128 bits"
    } else {
        C_ULL_TOO_BIG
    }
}

fn wide_unsigned_overflow() -> &'static str {
    if cfg!(all(Py_LIMITED_API, not(Py_3_15))) || !cfg!(Py_3_13) {
        C_ULL_TOO_BIG
    } else {
        "OverflowError: Python int larger than 128 bits"
    }
}

fn wide_unsigned_negative() -> &'static str {
    if cfg!(all(Py_LIMITED_API, not(Py_3_15))) || !cfg!(Py_3_13) {
        C_ULL_NEGATIVE
    } else if cfg!(Py_3_14) {
        "ValueError: can't convert negative int to unsigned"
    } else {
        "ValueError: Cannot convert negative int"
    }
}

#[test]
#[cfg(all(target_pointer_width = "64", not(target_os = "windows")))]
fn one_past_each_boundary_overflows() {
    with_py(|py| {
        macro_rules! narrowed {
            ($($rust:ty),*) => {$(
                let above = (<$rust>::MAX as i128 + 1).to_string();
                let below = (<$rust>::MIN as i128 - 1).to_string();
                assert_eq!(extract_err::<$rust>(py, &above), NARROWING, "{}", stringify!($rust));
                assert_eq!(extract_err::<$rust>(py, &below), NARROWING, "{}", stringify!($rust));
            )*};
        }
        narrowed!(i8, i16, i32, u8, u16, u32);

        for (text, message) in [
            ("2**63", C_LONG),
            ("-2**63 - 1", C_LONG),
            ("2**200", C_LONG),
        ] {
            assert_eq!(extract_err::<i64>(py, text), message);
            assert_eq!(extract_err::<isize>(py, text), message);
            // Narrower types fail in the C conversion first.
            assert_eq!(extract_err::<i32>(py, text), message);
            assert_eq!(extract_err::<u8>(py, text), message);
        }
        for (text, message) in [
            ("2**64", C_ULL_TOO_BIG),
            ("-1", C_ULL_NEGATIVE),
            ("-2**64", C_ULL_NEGATIVE),
        ] {
            assert_eq!(extract_err::<u64>(py, text), message);
            assert_eq!(extract_err::<usize>(py, text), message);
        }
        // Negative values for the narrower unsigned types are range errors.
        assert_eq!(extract_err::<u32>(py, "-1"), NARROWING);

        assert_eq!(extract_err::<i128>(py, "2**127"), wide_signed_overflow());
        assert_eq!(
            extract_err::<i128>(py, "-2**127 - 1"),
            wide_signed_overflow()
        );
        assert_eq!(extract_err::<i128>(py, "2**1000"), wide_signed_overflow());
        assert_eq!(extract_err::<u128>(py, "2**128"), wide_unsigned_overflow());
        assert_eq!(extract_err::<u128>(py, "-1"), wide_unsigned_negative());
        assert_eq!(extract_err::<u128>(py, "-2**200"), wide_unsigned_negative());

        let err = eval(py, "2**64").extract::<u64>().unwrap_err();
        assert!(err.is_instance_of::<PyOverflowError>(py));
    });
}

#[test]
fn integers_refuse_floats_and_strings() {
    with_py(|py| {
        macro_rules! refused {
            ($($rust:ty),*) => {$(
                assert_eq!(
                    extract_err::<$rust>(py, "1.5"),
                    "TypeError: 'float' object cannot be interpreted as an integer",
                    "{}", stringify!($rust)
                );
                assert_eq!(
                    extract_err::<$rust>(py, "1.0"),
                    "TypeError: 'float' object cannot be interpreted as an integer",
                    "{}", stringify!($rust)
                );
                assert_eq!(
                    extract_err::<$rust>(py, "'1'"),
                    "TypeError: 'str' object cannot be interpreted as an integer",
                    "{}", stringify!($rust)
                );
                assert_eq!(
                    extract_err::<$rust>(py, "None"),
                    "TypeError: 'NoneType' object cannot be interpreted as an integer",
                    "{}", stringify!($rust)
                );
            )*};
        }
        refused!(
            i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
        );
        refused!(
            NonZeroI8,
            NonZeroI32,
            NonZeroI64,
            NonZeroI128,
            NonZeroU8,
            NonZeroU64,
            NonZeroU128
        );
        let err = eval(py, "2.5").extract::<i64>().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
    });
}

#[test]
fn integers_accept_index_objects_and_int_subclasses() {
    with_py(|py| {
        let class = eval(
            py,
            "type('Index', (), {'__init__': lambda s, v: setattr(s, 'v', v), '__index__': lambda s: s.v})",
        );
        let index = |value: &str| class.call1((eval(py, value),)).unwrap();
        macro_rules! accepted {
            ($($rust:ty),*) => {$(
                assert_eq!(index("42").extract::<$rust>().unwrap(), 42, "{}", stringify!($rust));
            )*};
        }
        accepted!(
            i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
        );
        assert_eq!(index("-2**127").extract::<i128>().unwrap(), i128::MIN);
        assert_eq!(index("2**128 - 1").extract::<u128>().unwrap(), u128::MAX);
        assert_eq!(index("2**64 - 1").extract::<u64>().unwrap(), u64::MAX);
        assert_eq!(index("-2**63").extract::<i64>().unwrap(), i64::MIN);
        assert_eq!(index("7").extract::<NonZeroU16>().unwrap().get(), 7);
        assert_eq!(
            index("300").extract::<u8>().unwrap_err().to_string(),
            NARROWING
        );
        assert_eq!(
            index("0").extract::<NonZeroI64>().unwrap_err().to_string(),
            "ValueError: invalid zero value"
        );
        // `__index__` must return an int.
        let err = index("'x'").extract::<i32>().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        // (3.15 words it "__index__() must return an int, not str".)
        assert!(
            err.to_string().contains("__index__ returned non-int")
                || err.to_string().contains("__index__() must return an int"),
            "{err}"
        );
        let err = index("'x'").extract::<u128>().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        // An exception raised by `__index__` propagates.
        let raising = eval(py, "type('R', (), {'__index__': lambda s: 1 // 0})()");
        assert_eq!(
            raising.extract::<u64>().unwrap_err().to_string(),
            python_error(py, "1 // 0")
        );

        // bool and IntEnum are ints.
        assert_eq!(eval(py, "True").extract::<i64>().unwrap(), 1);
        assert_eq!(eval(py, "False").extract::<u128>().unwrap(), 0);
        let color = eval(py, "__import__('enum').IntEnum('Color', 'RED GREEN')(2)");
        assert_eq!(color.extract::<u8>().unwrap(), 2);
        assert_eq!(color.extract::<i128>().unwrap(), 2);
    });
}

#[test]
fn nonzero_integers() {
    with_py(|py| {
        macro_rules! nonzero {
            ($($nonzero:ident => $primitive:ty),*) => {$(
                for value in [<$primitive>::MIN, <$primitive>::MAX, 1] {
                    let Some(value) = $nonzero::new(value) else { continue };
                    let object = value.into_pyobject(py).unwrap();
                    assert!(object.is_instance_of::<PyInt>());
                    assert_eq!(object.to_string(), value.to_string());
                    assert_eq!(object.extract::<$nonzero>().unwrap(), value);
                    assert_eq!((&value).into_pyobject(py).unwrap().to_string(), value.to_string());
                }
                assert_eq!(
                    extract_err::<$nonzero>(py, "0"),
                    "ValueError: invalid zero value",
                    "{}", stringify!($nonzero)
                );
                let err = eval(py, "0").extract::<$nonzero>().unwrap_err();
                assert!(err.is_instance_of::<PyValueError>(py));
                // Out of range fails as the primitive does.
                let above = format!("{} + 1", <$primitive>::MAX);
                assert_eq!(
                    extract_err::<$nonzero>(py, &above),
                    extract_err::<$primitive>(py, &above)
                );
            )*};
        }
        nonzero!(
            NonZeroI8 => i8, NonZeroI16 => i16, NonZeroI32 => i32, NonZeroI64 => i64,
            NonZeroI128 => i128, NonZeroIsize => isize, NonZeroU8 => u8, NonZeroU16 => u16,
            NonZeroU32 => u32, NonZeroU64 => u64, NonZeroU128 => u128, NonZeroUsize => usize
        );
        assert_eq!(extract_err::<NonZeroU32>(py, "-1"), NARROWING);
    });
}

#[test]
fn floats() {
    with_py(|py| {
        for value in [0.0, -0.0, 1.5, -2.25, f64::MAX, f64::MIN_POSITIVE, 1e-310] {
            let object = value.into_pyobject(py).unwrap();
            assert!(object.is_exact_instance_of::<PyFloat>());
            assert_eq!(object.extract::<f64>().unwrap().to_bits(), value.to_bits());
            assert_eq!((&value).into_pyobject(py).unwrap().value(), value);
        }
        let nan = f64::NAN.into_pyobject(py).unwrap();
        assert!(nan.as_any().ne(&nan).unwrap());
        assert!(nan.extract::<f64>().unwrap().is_nan());
        assert!(nan.extract::<f32>().unwrap().is_nan());
        assert!(extract_ok::<f64>(py, "float('nan')").is_nan());
        assert_eq!(extract_ok::<f64>(py, "float('inf')"), f64::INFINITY);
        assert_eq!(extract_ok::<f64>(py, "float('-inf')"), f64::NEG_INFINITY);
        assert_eq!(extract_ok::<f32>(py, "float('-inf')"), f32::NEG_INFINITY);
        assert_eq!(
            f64::INFINITY
                .into_pyobject(py)
                .unwrap()
                .repr()
                .unwrap()
                .to_string(),
            "inf"
        );
        assert_eq!(
            f32::NEG_INFINITY
                .into_pyobject(py)
                .unwrap()
                .repr()
                .unwrap()
                .to_string(),
            "-inf"
        );

        // f32: widened exactly on the way out, rounded to nearest on the way in.
        assert_eq!(0.1f32.into_pyobject(py).unwrap().value(), f64::from(0.1f32));
        assert_eq!(
            (&0.1f32).into_pyobject(py).unwrap().value(),
            f64::from(0.1f32)
        );
        assert_eq!(extract_ok::<f32>(py, "0.1"), 0.1f32);
        assert_eq!(extract_ok::<f32>(py, "1e300"), f32::INFINITY);
        assert_eq!(extract_ok::<f32>(py, "-1e300"), f32::NEG_INFINITY);
        assert_eq!(extract_ok::<f32>(py, "1e-50"), 0.0);
        assert_eq!(extract_ok::<f32>(py, "16777217.0"), 16777216.0);
        assert_eq!(extract_ok::<f32>(py, "3"), 3.0);

        // ints, __float__ and __index__ objects are accepted.
        assert_eq!(extract_ok::<f64>(py, "3"), 3.0);
        assert_eq!(extract_ok::<f64>(py, "True"), 1.0);
        assert_eq!(extract_ok::<f64>(py, "2**53 + 1"), 9007199254740992.0);
        assert_eq!(
            extract_ok::<f64>(py, "type('F', (), {'__float__': lambda s: 2.5})()"),
            2.5
        );
        assert_eq!(
            extract_ok::<f32>(py, "type('F', (), {'__float__': lambda s: 2.5})()"),
            2.5
        );
        assert_eq!(
            extract_ok::<f64>(py, "type('I', (), {'__index__': lambda s: 7})()"),
            7.0
        );
        assert_eq!(
            extract_ok::<f64>(py, "__import__('fractions').Fraction(1, 4)"),
            0.25
        );
        // A float subclass.
        assert_eq!(extract_ok::<f64>(py, "type('G', (float,), {})(4.5)"), 4.5);

        assert_eq!(
            extract_err::<f64>(py, "'1.5'"),
            "TypeError: must be real number, not str"
        );
        assert_eq!(
            extract_err::<f32>(py, "None"),
            "TypeError: must be real number, not NoneType"
        );
        assert_eq!(
            extract_err::<f64>(py, "2**1024"),
            "OverflowError: int too large to convert to float"
        );
        assert!(
            eval(py, "type('F', (), {'__float__': lambda s: 1 / 0})()")
                .extract::<f64>()
                .is_err()
        );
        // -1.0 is a valid value, not an error marker.
        assert_eq!(extract_ok::<f64>(py, "-1.0"), -1.0);
        assert_eq!(extract_ok::<f64>(py, "-1"), -1.0);
    });
}

#[test]
fn bools_are_strict() {
    with_py(|py| {
        assert!(extract_ok::<bool>(py, "True"));
        assert!(!extract_ok::<bool>(py, "False"));
        assert!(extract_ok::<bool>(py, "1 == 1"));
        assert!(true.into_pyobject(py).unwrap().is(eval(py, "True")));
        assert!(false.into_pyobject(py).unwrap().is(eval(py, "False")));
        assert!((&true).into_pyobject(py).unwrap().is_true());
        for (expression, type_name) in [
            ("1", "int"),
            ("0", "int"),
            ("1.0", "float"),
            ("'True'", "str"),
            ("None", "None"),
            ("[]", "list"),
        ] {
            let message = if type_name == "None" {
                "TypeError: 'None' is not an instance of 'bool'".to_string()
            } else {
                format!("TypeError: '{type_name}' object is not an instance of 'bool'")
            };
            assert_eq!(extract_err::<bool>(py, expression), message);
        }
    });
}

#[test]
fn numpy_bools_use_their_own_bool_slot() {
    with_py(|py| {
        // Types named like NumPy's boolean scalar, defined here.
        let numpy_bool = |name: &str, extra: &str| {
            eval(
                py,
                &format!("type('{name}', (), {{'__module__': 'numpy', {extra}}})()"),
            )
        };
        for name in ["bool_", "bool"] {
            let truthy = numpy_bool(name, "'__bool__': lambda self: True");
            assert!(truthy.extract::<bool>().unwrap());
            let falsy = numpy_bool(name, "'__bool__': lambda self: False");
            assert!(!falsy.extract::<bool>().unwrap());
            // No `__bool__`: an error, not the truth of any object.
            for extra in ["", "'__len__': lambda self: 1"] {
                let err = numpy_bool(name, extra).extract::<bool>().unwrap_err();
                assert!(err.is_instance_of::<PyTypeError>(py), "{err}");
                assert_eq!(
                    err.to_string(),
                    format!(
                        "TypeError: object of type '<class 'numpy.{name}'>' \
                         does not define a '__bool__' conversion"
                    )
                );
            }
            // The method's own error comes through.
            let raising = numpy_bool(name, "'__bool__': lambda self: 1 // 0");
            let err = raising.extract::<bool>().unwrap_err();
            assert_eq!(
                err.to_string(),
                "ZeroDivisionError: integer division or modulo by zero"
            );
            // A result that is not a bool is refused too.
            let wrong = numpy_bool(name, "'__bool__': lambda self: 1");
            let err = wrong.extract::<bool>().unwrap_err();
            assert!(err.is_instance_of::<PyTypeError>(py), "{err}");
        }
        // Only NumPy's module and names are special.
        for (module, name) in [
            ("numpy", "bool8"),
            ("numpy.core", "bool_"),
            ("mine", "bool"),
        ] {
            let object = eval(
                py,
                &format!(
                    "type('{name}', (), {{'__module__': '{module}', '__bool__': lambda self: True}})()"
                ),
            );
            let err = object.extract::<bool>().unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("TypeError: '{name}' object is not an instance of 'bool'")
            );
        }
    });
}

#[test]
// The comparisons by reference and with `true`/`false` are the point here.
#[allow(clippy::op_ref, clippy::bool_comparison, clippy::nonminimal_bool)]
fn int_float_and_bool_objects_compare_with_rust_values() {
    with_py(|py| {
        let int = PyInt::new(py, 42i32);
        assert!(int == 42i8 && int == 42u8 && int == 42i16 && int == 42u16);
        assert!(int == 42i32 && int == 42u32 && int == 42i64 && int == 42u64);
        assert!(int == 42i128 && int == 42u128 && int == 42isize && int == 42usize);
        assert!(42i64 == int && 42u128 == int && 42usize == int);
        assert!(int != 41i32 && 43u8 != int);
        let negative = PyInt::new(py, -1i64);
        assert!(negative == -1i8 && negative == -1i128);
        // Values the Rust type cannot hold are different.
        assert!(negative != u64::MAX && negative != 255u8);
        let big = eval(py, "2**100").cast_into::<PyInt>().unwrap();
        assert!(big != i64::MAX && big != 0u64);
        assert!(big == 1u128 << 100);
        assert!(big == 1i128 << 100);

        let float = PyFloat::new(py, 1.5);
        assert!(float == 1.5f64 && float == 1.5f32 && &float == 1.5f64);
        assert!(float == &1.5f64 && 1.5f64 == float && 1.5f32 == &float && &1.5f64 == float);
        let borrowed = float.as_borrowed();
        assert!(
            borrowed == 1.5f64 && borrowed == &1.5f32 && 1.5f64 == borrowed && &1.5f32 == borrowed
        );
        assert!(float != 1.25f64 && 2.0f32 != float);
        // Compared after conversion to the Rust type.
        let tenth = PyFloat::new(py, 0.1);
        assert!(tenth == 0.1f32 && tenth == 0.1f64);
        let nan = PyFloat::new(py, f64::NAN);
        let (nan64, nan32) = (f64::NAN, f32::NAN);
        assert!(nan != nan64 && nan != nan32);

        let yes = PyBool::new(py, true);
        let no = PyBool::new(py, false);
        assert!(yes == true && no == false && yes != false);
        assert!(yes == &true && true == yes && &false == no);
        let yes_bound = yes.to_owned();
        assert!(yes_bound == true && &yes_bound == true && yes_bound == &true);
        assert!(true == yes_bound && true == &yes_bound && &true == yes_bound);
        assert!(yes_bound != false);
    });
}

#[test]
fn conversions_keep_reference_counts() {
    with_py(|py| {
        // Not small ints, True or None: those are immortal from 3.12 on, and
        // stable-ABI code built for older versions shifts their counts.
        let int = eval(py, "10**30");
        let medium = eval(py, "1000");
        let index = eval(py, "type('I', (), {'__index__': lambda s: 5})()");
        let float = eval(py, "1.25");
        let before = [&int, &medium, &index, &float].map(refcount);
        for _ in 0..1000 {
            assert_eq!(int.extract::<u128>().unwrap(), 10u128.pow(30));
            assert!(int.extract::<u64>().is_err());
            assert!(int.extract::<i128>().is_ok());
            assert_eq!(medium.extract::<u16>().unwrap(), 1000);
            assert!(medium.extract::<u8>().is_err());
            assert_eq!(medium.extract::<NonZeroI64>().unwrap().get(), 1000);
            assert_eq!(index.extract::<i32>().unwrap(), 5);
            assert_eq!(index.extract::<u64>().unwrap(), 5);
            assert_eq!(index.extract::<i128>().unwrap(), 5);
            assert_eq!(float.extract::<f64>().unwrap(), 1.25);
            assert!(float.extract::<i64>().is_err());
        }
        assert_eq!([&int, &medium, &index, &float].map(refcount), before);

        // Small ints are shared, converted values are new references.
        let small = eval(py, "7");
        assert!(PyInt::new(py, 7u8).is(&small));
        assert!(
            NonZeroU8::new(7)
                .unwrap()
                .into_pyobject(py)
                .unwrap()
                .is(&small)
        );
        let created = 123_456_789u64.into_pyobject(py).unwrap();
        assert_eq!(refcount(created.as_any()), 1);
        let created = (-(1i128 << 100)).into_pyobject(py).unwrap();
        assert_eq!(refcount(created.as_any()), 1);
        assert!(true.into_pyobject(py).unwrap().is_true());
    });
}
