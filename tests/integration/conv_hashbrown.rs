//! `hashbrown::HashMap` / `hashbrown::HashSet` <-> `dict` / `set`
//! (feature `hashbrown`).

use std::hash::RandomState;

use hashbrown::{HashMap, HashSet};
use pyo3::exceptions::{PyOverflowError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyDictMethods, PySet, PySetMethods};

use crate::common::{eval, refcount, with_py};

#[test]
fn maps_into_dicts() {
    with_py(|py| {
        let map: HashMap<String, i32> = [("a".to_owned(), 1), ("b".to_owned(), 2)].into();
        let dict = (&map).into_pyobject(py).unwrap();
        assert!(dict.is_exact_instance_of::<PyDict>());
        assert!(dict.eq(eval(py, "{'a': 1, 'b': 2}")).unwrap());
        let dict = map.into_pyobject(py).unwrap();
        assert_eq!(dict.len(), 2);
        assert_eq!(
            dict.get_item("b")
                .unwrap()
                .unwrap()
                .extract::<i32>()
                .unwrap(),
            2
        );

        let mut custom: HashMap<u8, Vec<bool>, RandomState> = HashMap::default();
        custom.insert(7, vec![true]);
        assert!(
            custom
                .into_pyobject(py)
                .unwrap()
                .eq(eval(py, "{7: [True]}"))
                .unwrap()
        );
        let empty: HashMap<i32, i32> = HashMap::new();
        assert_eq!(empty.into_pyobject(py).unwrap().len(), 0);
    });
}

#[test]
fn maps_from_dicts() {
    with_py(|py| {
        let map: HashMap<String, i64> = eval(py, "{'x': 1, 'y': -2}").extract().unwrap();
        assert_eq!(map.len(), 2);
        assert_eq!(map["x"], 1);
        assert_eq!(map["y"], -2);
        let map: HashMap<i32, String, RandomState> = eval(py, "{1: 'one'}").extract().unwrap();
        assert_eq!(map[&1], "one");
        // A subclass of dict.
        let map: HashMap<i32, i32> = eval(py, "__import__('collections').OrderedDict([(1, 2)])")
            .extract()
            .unwrap();
        assert_eq!(map[&1], 2);
    });
}

#[test]
fn maps_refuse_other_objects_and_bad_entries() {
    with_py(|py| {
        for (code, name) in [
            ("[(1, 2)]", "'list' object"),
            (
                "__import__('types').MappingProxyType({})",
                "'mappingproxy' object",
            ),
            ("None", "'None'"),
        ] {
            let err = eval(py, code).extract::<HashMap<i32, i32>>().unwrap_err();
            assert!(err.is_instance_of::<PyTypeError>(py), "{code}: {err}");
            assert_eq!(
                err.to_string(),
                format!("TypeError: {name} is not an instance of 'dict'")
            );
        }
        let err = eval(py, "{'a': 1}")
            .extract::<HashMap<i32, i32>>()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        let err = eval(py, "{1: 256}")
            .extract::<HashMap<i32, u8>>()
            .unwrap_err();
        assert!(err.is_instance_of::<PyOverflowError>(py), "{err}");
    });
}

#[test]
fn sets_both_ways() {
    with_py(|py| {
        let set: HashSet<i32> = [1, 2, 3].into();
        let object = (&set).into_pyobject(py).unwrap();
        assert!(object.is_exact_instance_of::<PySet>());
        assert!(object.eq(eval(py, "{1, 2, 3}")).unwrap());
        assert_eq!(set.clone().into_pyobject(py).unwrap().len(), 3);

        let from_set: HashSet<i32> = eval(py, "{1, 2, 3}").extract().unwrap();
        assert_eq!(from_set, set);
        let from_frozen: HashSet<i32, RandomState> =
            eval(py, "frozenset({3, 4})").extract().unwrap();
        assert_eq!(from_frozen.len(), 2);
        assert!(from_frozen.contains(&3) && from_frozen.contains(&4));
        for (code, name) in [("[1, 2]", "'list' object"), ("{1: 2}", "'dict' object")] {
            let err = eval(py, code).extract::<HashSet<i32>>().unwrap_err();
            assert!(err.is_instance_of::<PyTypeError>(py), "{code}: {err}");
            assert_eq!(
                err.to_string(),
                format!("TypeError: {name} is not an instance of 'set'")
            );
        }
        let err = eval(py, "{'x'}").extract::<HashSet<i32>>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
    });
}

#[test]
fn reference_counts() {
    with_py(|py| {
        let key = eval(py, "'a key'");
        let value = eval(py, "object()");
        let (key_before, value_before) = (refcount(&key), refcount(&value));
        let dict = PyDict::new(py);
        dict.set_item(&key, &value).unwrap();
        let map: HashMap<String, Bound<'_, PyAny>> = dict.extract().unwrap();
        assert_eq!(refcount(&value), value_before + 2);
        let back = map.into_pyobject(py).unwrap();
        assert_eq!(refcount(&back), 1);
        assert_eq!(refcount(&value), value_before + 2);
        drop(back);
        drop(dict);
        assert_eq!(refcount(&key), key_before);
        assert_eq!(refcount(&value), value_before);

        let set = PySet::new(py, [&key]).unwrap();
        let extracted: HashSet<String> = set.extract().unwrap();
        assert!(extracted.contains("a key"));
        assert!(set.contains(&key).unwrap());
        drop(set);
        assert_eq!(refcount(&key), key_before);
    });
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    assert_eq!(
        <HashMap<String, i64> as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "builtins.dict[builtins.str, typing.SupportsIndex]"
    );
    assert_eq!(
        <HashMap<String, i64> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.dict[builtins.str, builtins.int]"
    );
    assert_eq!(
        <&HashMap<String, i64> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.dict[builtins.str, builtins.int]"
    );
    assert_eq!(
        <HashSet<String> as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "builtins.set[builtins.str] | builtins.frozenset[builtins.str]"
    );
    assert_eq!(
        <HashSet<String> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.set[builtins.str]"
    );
    assert_eq!(
        <&HashSet<String> as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "builtins.set[builtins.str]"
    );
}
