//! `either::Either<L, R>` (feature `either`).

use either::Either;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;

use crate::common::{eval, refcount, with_py};

/// `repr(obj)`.
fn repr(obj: &Bound<'_, PyAny>) -> String {
    obj.repr().unwrap().to_string()
}

#[test]
fn into_python_the_present_side() {
    with_py(|py| {
        let left: Either<i32, String> = Either::Left(5);
        let right: Either<i32, String> = Either::Right("five".to_owned());
        assert_eq!(repr(&(&left).into_pyobject(py).unwrap()), "5");
        assert_eq!(repr(&(&right).into_pyobject(py).unwrap()), "'five'");
        assert_eq!(repr(&left.into_pyobject(py).unwrap()), "5");
        assert_eq!(repr(&right.into_pyobject(py).unwrap()), "'five'");
        let nested: Either<Vec<u8>, Either<bool, Option<i32>>> = Either::Right(Either::Right(None));
        assert!(nested.into_pyobject(py).unwrap().is_none());
        let bytes: Either<Vec<u8>, i32> = Either::Left(vec![1, 2]);
        assert_eq!(repr(&bytes.into_pyobject(py).unwrap()), "b'\\x01\\x02'");
        // A side's conversion error comes through.
        let too_long: Either<i32, std::time::Duration> = Either::Right(std::time::Duration::MAX);
        assert!(too_long.into_pyobject(py).is_err());
    });
}

#[test]
fn from_python_left_first_then_right() {
    with_py(|py| {
        let value: Either<i32, String> = eval(py, "7").extract().unwrap();
        assert_eq!(value, Either::Left(7));
        let value: Either<i32, String> = eval(py, "'seven'").extract().unwrap();
        assert_eq!(value, Either::Right("seven".to_owned()));
        // Both sides accept an int: the left wins.
        let value: Either<i64, f64> = eval(py, "1").extract().unwrap();
        assert_eq!(value, Either::Left(1));
        let value: Either<f64, i64> = eval(py, "1").extract().unwrap();
        assert_eq!(value, Either::Left(1.0));
        let value: Either<i64, f64> = eval(py, "1.5").extract().unwrap();
        assert_eq!(value, Either::Right(1.5));
        // Out of the left's range, in the right's.
        let value: Either<u8, i64> = eval(py, "300").extract().unwrap();
        assert_eq!(value, Either::Right(300));
        let value: Either<Vec<i32>, Option<String>> = eval(py, "None").extract().unwrap();
        assert_eq!(value, Either::Right(None));
    });
}

#[test]
fn refuses_what_neither_side_accepts() {
    with_py(|py| {
        let err = eval(py, "1.5")
            .extract::<Either<i32, String>>()
            .unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py), "{err}");
        assert_eq!(
            err.to_string(),
            "TypeError: failed to convert the value to 'Union[i32, alloc::string::String]'"
        );
        let err = eval(py, "-1")
            .extract::<Either<u8, Vec<bool>>>()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: failed to convert the value to 'Union[u8, alloc::vec::Vec<bool>]'"
        );
        assert!(err.cause(py).is_none());
    });
}

#[test]
fn reference_counts() {
    with_py(|py| {
        let object = eval(py, "object()");
        let before = refcount(&object);
        let value: Either<i32, Bound<'_, PyAny>> = object.extract().unwrap();
        assert_eq!(refcount(&object), before + 1);
        let back = value.into_pyobject(py).unwrap();
        assert!(back.is(&object));
        assert_eq!(refcount(&object), before + 1);
        drop(back);
        assert_eq!(refcount(&object), before);
    });
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    assert_eq!(
        <Either<i32, String> as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "typing.SupportsIndex | builtins.str"
    );
    assert_eq!(
        <Either<i32, String> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.int | builtins.str"
    );
    assert_eq!(
        <&Either<i32, String> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.int | builtins.str"
    );
}
