//! `indexmap::IndexMap` <-> `dict`, order kept (feature `indexmap`).

use std::hash::RandomState;

use indexmap::IndexMap;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyDictMethods};

use crate::common::{eval, refcount, with_py};

/// `repr(obj)`.
fn repr(obj: &Bound<'_, PyAny>) -> String {
    obj.repr().unwrap().to_string()
}

#[test]
fn into_dicts_in_order() {
    with_py(|py| {
        let mut map = IndexMap::new();
        map.insert("z", 1);
        map.insert("a", 2);
        map.insert("m", 3);
        let dict = (&map).into_pyobject(py).unwrap();
        assert!(dict.is_exact_instance_of::<PyDict>());
        assert_eq!(repr(dict.as_any()), "{'z': 1, 'a': 2, 'm': 3}");
        map.shift_remove("z");
        map.insert("z", 4);
        assert_eq!(
            repr(map.into_pyobject(py).unwrap().as_any()),
            "{'a': 2, 'm': 3, 'z': 4}"
        );

        let reversed: IndexMap<u32, u32, RandomState> =
            (0..1000).rev().map(|key| (key, key * 2)).collect();
        let dict = reversed.into_pyobject(py).unwrap();
        let keys: Vec<u32> = dict.keys().extract().unwrap();
        assert_eq!(keys, (0..1000).rev().collect::<Vec<_>>());
    });
}

#[test]
fn from_dicts_in_order() {
    with_py(|py| {
        let map: IndexMap<String, i32> = eval(py, "{'z': 1, 'a': 2, 'm': 3}").extract().unwrap();
        let entries: Vec<(&str, i32)> = map.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(entries, [("z", 1), ("a", 2), ("m", 3)]);

        let dict = eval(py, "{k: -k for k in reversed(range(1000))}");
        let map: IndexMap<i64, i64, RandomState> = dict.extract().unwrap();
        let keys: Vec<i64> = map.keys().copied().collect();
        assert_eq!(keys, (0..1000).rev().collect::<Vec<_>>());
        assert!(map.iter().all(|(k, v)| *v == -*k));

        // Round trip: the same order again.
        let back = map.into_pyobject(py).unwrap();
        assert_eq!(
            back.keys().extract::<Vec<i64>>().unwrap(),
            dict.cast::<PyDict>()
                .unwrap()
                .keys()
                .extract::<Vec<i64>>()
                .unwrap()
        );

        // Python keys that extract to the same Rust key: first position,
        // last value.
        let map: IndexMap<i64, String> = eval(
            py,
            "(lambda K: {K(): 'first', 2: 'two', K(): 'last'})\
             (type('K', (), {'__index__': lambda self: 1}))",
        )
        .extract()
        .unwrap();
        let entries: Vec<(i64, &str)> = map.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(entries, [(1, "last"), (2, "two")]);
    });
}

#[test]
fn refuses_other_objects() {
    with_py(|py| {
        for (code, name) in [
            ("[('a', 1)]", "'list' object"),
            ("(('a', 1),)", "'tuple' object"),
            (
                "__import__('types').MappingProxyType({'a': 1})",
                "'mappingproxy' object",
            ),
        ] {
            let err = eval(py, code)
                .extract::<IndexMap<String, i32>>()
                .unwrap_err();
            assert!(err.is_instance_of::<PyTypeError>(py), "{code}: {err}");
            assert_eq!(
                err.to_string(),
                format!("TypeError: {name} is not an instance of 'dict'")
            );
        }
        let err = eval(py, "{'a': 'b'}")
            .extract::<IndexMap<String, i32>>()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
    });
}

#[test]
fn reference_counts() {
    with_py(|py| {
        let value = eval(py, "object()");
        let before = refcount(&value);
        let dict = PyDict::new(py);
        dict.set_item("k", &value).unwrap();
        let map: IndexMap<String, Bound<'_, PyAny>> = dict.extract().unwrap();
        assert_eq!(refcount(&value), before + 2);
        let back = map.into_pyobject(py).unwrap();
        assert_eq!(refcount(&back), 1);
        assert_eq!(refcount(&value), before + 2);
        drop(back);
        drop(dict);
        assert_eq!(refcount(&value), before);
    });
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    assert_eq!(
        <IndexMap<String, Vec<i32>> as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "builtins.dict[builtins.str, _typeshed.SupportsGetItem[int, typing.SupportsIndex]]"
    );
    assert_eq!(
        <IndexMap<String, i32> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.dict[builtins.str, builtins.int]"
    );
    assert_eq!(
        <&IndexMap<String, i32> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.dict[builtins.str, builtins.int]"
    );
}
