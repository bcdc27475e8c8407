//! `smallvec::SmallVec` <-> sequences (feature `smallvec`).

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList};
use smallvec::{SmallVec, smallvec};

use crate::common::{eval, refcount, with_py};

/// `repr(obj)`.
fn repr(obj: &Bound<'_, PyAny>) -> String {
    obj.repr().unwrap().to_string()
}

/// The message of the error extracting `T` from the value of `code`, which
/// must be a `TypeError`.
fn type_error<T>(py: Python<'_>, code: &str) -> String
where
    T: for<'a, 'py> FromPyObject<'a, 'py, Error = PyErr> + std::fmt::Debug,
{
    let err = eval(py, code).extract::<T>().unwrap_err();
    assert!(err.is_instance_of::<PyTypeError>(py), "{code}: {err}");
    err.to_string()
}

#[test]
fn into_python_lists_and_bytes() {
    with_py(|py| {
        let inline: SmallVec<[i32; 4]> = smallvec![1, 2, 3];
        assert!(!inline.spilled());
        let list = (&inline).into_pyobject(py).unwrap();
        assert!(list.is_exact_instance_of::<PyList>());
        assert_eq!(repr(&list), "[1, 2, 3]");
        assert_eq!(repr(&inline.into_pyobject(py).unwrap()), "[1, 2, 3]");

        let spilled: SmallVec<[String; 2]> = (0..5).map(|index| format!("s{index}")).collect();
        assert!(spilled.spilled());
        assert_eq!(
            repr(&(&spilled).into_pyobject(py).unwrap()),
            "['s0', 's1', 's2', 's3', 's4']"
        );
        assert_eq!(
            repr(&spilled.into_pyobject(py).unwrap()),
            "['s0', 's1', 's2', 's3', 's4']"
        );

        let empty: SmallVec<[i32; 1]> = SmallVec::new();
        assert_eq!(repr(&empty.into_pyobject(py).unwrap()), "[]");

        let octets: SmallVec<[u8; 8]> = smallvec![0, 1, 255];
        let object = (&octets).into_pyobject(py).unwrap();
        assert!(object.is_exact_instance_of::<PyBytes>());
        assert_eq!(repr(&object), "b'\\x00\\x01\\xff'");
        assert!(
            octets
                .into_pyobject(py)
                .unwrap()
                .is_exact_instance_of::<PyBytes>()
        );
    });
}

#[test]
fn from_python_sequences() {
    with_py(|py| {
        let value: SmallVec<[i32; 4]> = eval(py, "[1, 2, 3]").extract().unwrap();
        assert_eq!(value.as_slice(), [1, 2, 3]);
        assert!(!value.spilled());
        let value: SmallVec<[i32; 4]> = eval(py, "tuple(range(10))").extract().unwrap();
        assert_eq!(value.as_slice(), (0..10).collect::<Vec<_>>());
        assert!(value.spilled());
        let value: SmallVec<[i64; 2]> = eval(py, "range(-2, 2)").extract().unwrap();
        assert_eq!(value.as_slice(), [-2, -1, 0, 1]);
        let value: SmallVec<[u8; 4]> = eval(py, "b'\\x00\\xff'").extract().unwrap();
        assert_eq!(value.as_slice(), [0, 255]);
        let value: SmallVec<[u8; 4]> = eval(py, "bytearray(b'ab')").extract().unwrap();
        assert_eq!(value.as_slice(), b"ab");
        let value: SmallVec<[String; 1]> = eval(py, "['x', 'y']").extract().unwrap();
        assert_eq!(value.as_slice(), ["x", "y"]);
        let value: SmallVec<[i32; 1]> = eval(py, "[]").extract().unwrap();
        assert!(value.is_empty());
        let value: SmallVec<[SmallVec<[i32; 2]>; 2]> =
            eval(py, "[[1], (2, 3, 4)]").extract().unwrap();
        assert_eq!(value[0].as_slice(), [1]);
        assert_eq!(value[1].as_slice(), [2, 3, 4]);
    });
}

#[test]
fn refuses_str_non_sequences_and_bad_items() {
    with_py(|py| {
        assert_eq!(
            type_error::<SmallVec<[String; 4]>>(py, "'abc'"),
            "TypeError: Can't extract `str` to `SmallVec`"
        );
        assert_eq!(
            type_error::<SmallVec<[i32; 4]>>(py, "5"),
            "TypeError: 'int' object is not an instance of 'Sequence'"
        );
        assert_eq!(
            type_error::<SmallVec<[i32; 4]>>(py, "{1: 2}"),
            "TypeError: 'dict' object is not an instance of 'Sequence'"
        );
        assert_eq!(
            type_error::<SmallVec<[i32; 4]>>(py, "{1, 2}"),
            "TypeError: 'set' object is not an instance of 'Sequence'"
        );
        assert_eq!(
            type_error::<SmallVec<[i32; 4]>>(py, "[1, 'x']"),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        let err = eval(py, "[1, 300]")
            .extract::<SmallVec<[u8; 4]>>()
            .unwrap_err();
        assert!(
            err.is_instance_of::<pyo3::exceptions::PyOverflowError>(py),
            "{err}"
        );
        let err = eval(
            py,
            "type('Broken', (), {'__len__': lambda s: 2, \
             '__getitem__': lambda s, i: 1 if i == 0 else int('x')})()",
        )
        .extract::<SmallVec<[i32; 4]>>()
        .unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py), "{err}");
    });
}

#[test]
fn a_reported_length_reserves_no_memory() {
    with_py(|py| {
        // Claims 2**62 items and has 3: extraction must not try to reserve
        // room for the claim (that would abort the process).
        let liar = eval(
            py,
            "type('Liar', (), {'__len__': lambda s: 2**62, \
             '__getitem__': lambda s, i: [7, 8, 9][i]})()",
        );
        assert_eq!(liar.len().unwrap(), 1 << 62);
        let value: SmallVec<[i32; 2]> = liar.extract().unwrap();
        assert_eq!(value.as_slice(), [7, 8, 9]);
        // A length that fails is no obstacle either.
        let no_len = eval(
            py,
            "type('NoLen', (), {'__len__': lambda s: 1 // 0, \
             '__getitem__': lambda s, i: [1, 2][i]})()",
        );
        let value: SmallVec<[i32; 2]> = no_len.extract().unwrap();
        assert_eq!(value.as_slice(), [1, 2]);
    });
}

#[test]
fn reference_counts() {
    with_py(|py| {
        let item = eval(py, "object()");
        let before = refcount(&item);
        let list = PyList::new(py, [&item, &item, &item]).unwrap();
        assert_eq!(refcount(&item), before + 3);
        let value: SmallVec<[Bound<'_, PyAny>; 2]> = list.extract().unwrap();
        assert_eq!(refcount(&item), before + 6);
        let back = value.into_pyobject(py).unwrap();
        assert_eq!(refcount(&item), before + 6);
        assert_eq!(refcount(&back), 1);
        drop(back);
        drop(list);
        assert_eq!(refcount(&item), before);
    });
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    assert_eq!(
        <SmallVec<[i32; 4]> as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "_typeshed.SupportsGetItem[int, typing.SupportsIndex]"
    );
    assert_eq!(
        <SmallVec<[i32; 4]> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.list[builtins.int]"
    );
    assert_eq!(
        <&SmallVec<[String; 4]> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.list[builtins.str]"
    );
    assert_eq!(
        <SmallVec<[u8; 4]> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.bytes"
    );
    assert_eq!(
        <&SmallVec<[u8; 4]> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.bytes"
    );
}
