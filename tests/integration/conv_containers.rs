//! Conversions of the standard collections: `Vec`, arrays, slices,
//! `Box<[T]>`, `VecDeque`, `LinkedList`, `HashMap`, `BTreeMap`, `HashSet`,
//! `BTreeSet` (both directions), and `u8` sequences as `bytes`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, LinkedList, VecDeque};
use std::hash::{BuildHasherDefault, DefaultHasher};

use pyo3::exceptions::{PyIndexError, PyOverflowError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyFrozenSet, PyList, PySet, PySetMethods, PyTuple};

use crate::common::{eval, python_error, refcount, with_py};

/// `repr(obj)`.
fn repr(obj: &Bound<'_, PyAny>) -> String {
    obj.repr().unwrap().to_string()
}

/// Extracts `T` from the value of `code`, expecting an error of type `E`
/// with `message`.
fn assert_refused<T, E>(py: Python<'_>, code: &str, message: &str)
where
    T: for<'a, 'py> FromPyObject<'a, 'py> + std::fmt::Debug,
    E: pyo3::PyTypeInfo,
{
    let object = eval(py, code);
    let err: PyErr = object.extract::<T>().map_err(Into::into).unwrap_err();
    assert!(
        err.is_instance_of::<E>(py),
        "{code}: unexpected error {err}"
    );
    assert_eq!(err.to_string(), message, "{code}");
}

// ---------------------------------------------------------------- into Python

#[test]
fn sequences_into_lists() {
    with_py(|py| {
        let vec = vec![1, 2, 3];
        assert_eq!(repr(&(&vec).into_pyobject(py).unwrap()), "[1, 2, 3]");
        let list = vec.clone().into_pyobject(py).unwrap();
        assert!(list.is_exact_instance_of::<PyList>());
        assert_eq!(repr(&list), "[1, 2, 3]");
        assert_eq!(repr(&vec[1..].into_pyobject(py).unwrap()), "[2, 3]");
        assert_eq!(repr(&[4, 5].into_pyobject(py).unwrap()), "[4, 5]");
        assert_eq!(repr(&(&[4, 5]).into_pyobject(py).unwrap()), "[4, 5]");
        let boxed: Box<[&str]> = vec!["a", "b"].into_boxed_slice();
        assert_eq!(repr(&(&boxed).into_pyobject(py).unwrap()), "['a', 'b']");
        assert_eq!(repr(&boxed.into_pyobject(py).unwrap()), "['a', 'b']");
        let deque: VecDeque<i32> = VecDeque::from([2, 3]);
        let mut deque = deque;
        deque.push_front(1);
        assert_eq!(
            repr(&(&deque).into_pyobject(py).unwrap().into_any()),
            "[1, 2, 3]"
        );
        assert_eq!(
            repr(&deque.into_pyobject(py).unwrap().into_any()),
            "[1, 2, 3]"
        );
        let linked: LinkedList<&str> = ["x", "y"].into_iter().collect();
        assert_eq!(
            repr(&(&linked).into_pyobject(py).unwrap().into_any()),
            "['x', 'y']"
        );
        assert_eq!(
            repr(&linked.into_pyobject(py).unwrap().into_any()),
            "['x', 'y']"
        );

        let empty: Vec<i32> = Vec::new();
        assert_eq!(repr(&empty.into_pyobject(py).unwrap()), "[]");
        let empty: [String; 0] = [];
        assert_eq!(repr(&empty.into_pyobject(py).unwrap()), "[]");

        // Nested and mixed.
        let nested = vec![vec![1, 2], vec![], vec![3]];
        assert_eq!(
            repr(&nested.into_pyobject(py).unwrap()),
            "[[1, 2], [], [3]]"
        );
        let pairs = vec![(1, "a"), (2, "b")];
        assert_eq!(
            repr(&pairs.into_pyobject(py).unwrap()),
            "[(1, 'a'), (2, 'b')]"
        );
        let options = [Some(1.5), None];
        assert_eq!(repr(&options.into_pyobject(py).unwrap()), "[1.5, None]");
        let sets = vec![HashSet::from([1])];
        assert_eq!(repr(&sets.into_pyobject(py).unwrap()), "[{1}]");

        // An element that fails to convert.
        let err = vec![HashSet::from([vec![1]])]
            .into_pyobject(py)
            .unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
    });
}

#[test]
fn u8_sequences_into_bytes() {
    with_py(|py| {
        let data = vec![104u8, 105];
        for object in [
            (&data).into_pyobject(py).unwrap(),
            data[..].into_pyobject(py).unwrap(),
            data.clone().into_pyobject(py).unwrap(),
            [104u8, 105].into_pyobject(py).unwrap(),
            (&[104u8, 105]).into_pyobject(py).unwrap(),
            data.clone().into_boxed_slice().into_pyobject(py).unwrap(),
            (&data.clone().into_boxed_slice())
                .into_pyobject(py)
                .unwrap(),
        ] {
            assert!(
                object.is_exact_instance_of::<PyBytes>(),
                "{}",
                repr(&object)
            );
            assert_eq!(object.cast::<PyBytes>().unwrap().as_bytes(), b"hi");
        }
        assert_eq!(repr(&Vec::<u8>::new().into_pyobject(py).unwrap()), "b''");
        // A lone `u8` is still an int.
        assert_eq!(repr(&7u8.into_pyobject(py).unwrap()), "7");
        assert_eq!(repr(&(&255u8).into_pyobject(py).unwrap()), "255");
        // Nested: the inner sequences become bytes.
        let nested = vec![vec![1u8], vec![2, 3]];
        assert_eq!(
            repr(&nested.into_pyobject(py).unwrap()),
            "[b'\\x01', b'\\x02\\x03']"
        );
        // Other integer types and the deque/list containers give lists.
        assert_eq!(repr(&vec![1i8, 2].into_pyobject(py).unwrap()), "[1, 2]");
        assert_eq!(repr(&vec![1u16].into_pyobject(py).unwrap()), "[1]");
        assert_eq!(
            repr(
                &VecDeque::from([1u8, 2])
                    .into_pyobject(py)
                    .unwrap()
                    .into_any()
            ),
            "[1, 2]"
        );
    });
}

#[test]
fn maps_into_dicts() {
    with_py(|py| {
        let mut map = HashMap::new();
        map.insert("a".to_owned(), vec![1u8, 2]);
        map.insert("b".to_owned(), vec![]);
        let dict = (&map).into_pyobject(py).unwrap();
        assert!(dict.is_exact_instance_of::<PyDict>());
        assert_eq!(dict.len(), 2);
        assert_eq!(repr(&dict.get_item("a").unwrap().unwrap()), "b'\\x01\\x02'");
        let dict = map.into_pyobject(py).unwrap();
        assert_eq!(repr(&dict.get_item("b").unwrap().unwrap()), "b''");

        let custom: HashMap<i32, &str, BuildHasherDefault<DefaultHasher>> =
            [(1, "one")].into_iter().collect();
        assert_eq!(
            repr(&custom.into_pyobject(py).unwrap().into_any()),
            "{1: 'one'}"
        );

        let tree: BTreeMap<i32, Vec<i32>> = [(2, vec![2]), (1, vec![1, 1])].into_iter().collect();
        assert_eq!(
            repr(&(&tree).into_pyobject(py).unwrap().into_any()),
            "{1: [1, 1], 2: [2]}"
        );
        assert_eq!(
            repr(&tree.into_pyobject(py).unwrap().into_any()),
            "{1: [1, 1], 2: [2]}"
        );
        let empty: BTreeMap<String, i32> = BTreeMap::new();
        assert_eq!(repr(&empty.into_pyobject(py).unwrap().into_any()), "{}");

        // Keys that Python cannot hash.
        let bad: BTreeMap<Vec<i32>, i32> = [(vec![1], 1)].into_iter().collect();
        let err = bad.into_pyobject(py).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(err.to_string(), python_error(py, "{[1]: 1}"));
    });
}

#[test]
fn sets_into_sets() {
    with_py(|py| {
        let set: HashSet<i32> = [1, 2].into_iter().collect();
        let object = (&set).into_pyobject(py).unwrap();
        assert!(object.is_exact_instance_of::<PySet>());
        assert_eq!(object.len(), 2);
        assert!(object.eq(eval(py, "{1, 2}")).unwrap());
        assert!(
            set.into_pyobject(py)
                .unwrap()
                .eq(eval(py, "{2, 1}"))
                .unwrap()
        );

        let tree: BTreeSet<&str> = ["b", "a"].into_iter().collect();
        assert!(
            (&tree)
                .into_pyobject(py)
                .unwrap()
                .eq(eval(py, "{'a', 'b'}"))
                .unwrap()
        );
        assert!(
            tree.into_pyobject(py)
                .unwrap()
                .eq(eval(py, "{'a', 'b'}"))
                .unwrap()
        );

        let custom: HashSet<u64, BuildHasherDefault<DefaultHasher>> = [7].into_iter().collect();
        assert!(
            custom
                .into_pyobject(py)
                .unwrap()
                .eq(eval(py, "{7}"))
                .unwrap()
        );

        let bad: BTreeSet<Vec<i32>> = [vec![1]].into_iter().collect();
        let err = bad.into_pyobject(py).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
    });
}

// ---------------------------------------------------------------- from Python

#[test]
fn vec_from_sequences() {
    with_py(|py| {
        let cases = [
            ("[1, 2, 3]", vec![1, 2, 3]),
            ("(1, 2, 3)", vec![1, 2, 3]),
            ("range(1, 4)", vec![1, 2, 3]),
            ("[]", vec![]),
            ("()", vec![]),
            // A list subclass, a tuple subclass, and a class with the
            // sequence methods only.
            ("type('L', (list,), {})([1, 2])", vec![1, 2]),
            ("type('T', (tuple,), {})((1, 2))", vec![1, 2]),
            (
                "type('S', (), {'__len__': lambda s: 2, '__getitem__': lambda s, i: [7, 8][i]})()",
                vec![7, 8],
            ),
            // Integers through `__index__`.
            (
                "[True, type('I', (), {'__index__': lambda s: 4})()]",
                vec![1, 4],
            ),
        ];
        for (code, expected) in cases {
            assert_eq!(
                eval(py, code).extract::<Vec<i64>>().unwrap(),
                expected,
                "{code}"
            );
        }
        assert_eq!(
            eval(py, "['a', 'bc']").extract::<Vec<String>>().unwrap(),
            ["a", "bc"]
        );
        assert_eq!(
            eval(py, "[[1, 2], (3,), []]")
                .extract::<Vec<Vec<i32>>>()
                .unwrap(),
            vec![vec![1, 2], vec![3], vec![]]
        );
        assert_eq!(
            eval(py, "[(1, 'a'), (2, 'b')]")
                .extract::<Vec<(i32, String)>>()
                .unwrap(),
            vec![(1, "a".to_owned()), (2, "b".to_owned())]
        );
        assert_eq!(
            eval(py, "[1, None]").extract::<Vec<Option<i32>>>().unwrap(),
            vec![Some(1), None]
        );
        let objects: Vec<Bound<'_, PyAny>> = eval(py, "[1, 'a', None]").extract().unwrap();
        assert_eq!(objects.len(), 3);
        assert!(objects[2].is_none());

        // A subclass whose `__iter__` differs: the generic path honours it.
        let odd = eval(
            py,
            "type('L', (list,), {'__iter__': lambda s: iter([9])})([1, 2])",
        );
        assert_eq!(odd.extract::<Vec<i32>>().unwrap(), [9]);

        // Other containers accept the same inputs.
        let object = eval(py, "(1, 2, 3)");
        assert_eq!(
            object.extract::<Box<[i32]>>().unwrap(),
            Box::from([1, 2, 3])
        );
        assert_eq!(
            object.extract::<VecDeque<i32>>().unwrap(),
            VecDeque::from([1, 2, 3])
        );
        assert_eq!(
            object.extract::<LinkedList<i32>>().unwrap(),
            LinkedList::from([1, 2, 3])
        );
    });
}

#[test]
fn vec_u8_from_bytes_like() {
    with_py(|py| {
        assert_eq!(eval(py, "b'abc'").extract::<Vec<u8>>().unwrap(), b"abc");
        assert_eq!(
            eval(py, "bytearray(b'xy')").extract::<Vec<u8>>().unwrap(),
            b"xy"
        );
        assert_eq!(eval(py, "[0, 255]").extract::<Vec<u8>>().unwrap(), [0, 255]);
        assert_eq!(eval(py, "b''").extract::<Vec<u8>>().unwrap(), b"");
        assert_eq!(eval(py, "b'ab'").extract::<[u8; 2]>().unwrap(), *b"ab");
        assert_eq!(
            eval(py, "b'ab'").extract::<Box<[u8]>>().unwrap(),
            Box::from(*b"ab")
        );
        // Round trip.
        let data: Vec<u8> = (0..=255).collect();
        let object = data.clone().into_pyobject(py).unwrap();
        assert_eq!(object.extract::<Vec<u8>>().unwrap(), data);
        assert_refused::<Vec<u8>, PyOverflowError>(
            py,
            "[1, 256]",
            "OverflowError: out of range integral type conversion attempted",
        );
    });
}

#[test]
fn vec_refusals() {
    with_py(|py| {
        assert_refused::<Vec<String>, PyTypeError>(
            py,
            "'abc'",
            "TypeError: Can't extract `str` to `Vec`",
        );
        assert_refused::<Vec<i32>, PyTypeError>(
            py,
            "type('S', (str,), {})('x')",
            "TypeError: Can't extract `str` to `Vec`",
        );
        assert_refused::<Box<[String]>, PyTypeError>(
            py,
            "'abc'",
            "TypeError: Can't extract `str` to `Box<[T]>`",
        );
        assert_refused::<VecDeque<String>, PyTypeError>(
            py,
            "'abc'",
            "TypeError: Can't extract `str` to `VecDeque`",
        );
        assert_refused::<LinkedList<String>, PyTypeError>(
            py,
            "'abc'",
            "TypeError: Can't extract `str` to `LinkedList`",
        );
        for (code, name) in [
            ("1", "int"),
            ("{1: 2}", "dict"),
            ("{1}", "set"),
            ("(x for x in [1])", "generator"),
            ("iter([1])", "list_iterator"),
        ] {
            assert_refused::<Vec<i32>, PyTypeError>(
                py,
                code,
                &format!("TypeError: '{name}' object is not an instance of 'Sequence'"),
            );
        }
        assert_refused::<Vec<i32>, PyTypeError>(
            py,
            "None",
            "TypeError: 'None' is not an instance of 'Sequence'",
        );
        // Wrong element types.
        assert_refused::<Vec<i32>, PyTypeError>(
            py,
            "[1, 'a']",
            "TypeError: 'str' object cannot be interpreted as an integer",
        );
        assert_refused::<Vec<i32>, PyTypeError>(
            py,
            "(1, 2.5)",
            "TypeError: 'float' object cannot be interpreted as an integer",
        );
        assert_refused::<Vec<String>, PyTypeError>(
            py,
            "[1]",
            "TypeError: 'int' object is not an instance of 'str'",
        );
        assert_refused::<Vec<Vec<i32>>, PyTypeError>(
            py,
            "[[1], 'ab']",
            "TypeError: Can't extract `str` to `Vec`",
        );
        // Errors raised while iterating propagate.
        let err = eval(
            py,
            "type('S', (), {'__len__': lambda s: 1, '__getitem__': lambda s, i: 1 // 0})()",
        )
        .extract::<Vec<i32>>()
        .unwrap_err();
        assert!(err.is_instance_of::<pyo3::exceptions::PyZeroDivisionError>(py));
        // A failing `__len__` is only a missing capacity hint.
        let object = eval(
            py,
            "type('S', (), {'__len__': lambda s: 1 // 0, '__getitem__': lambda s, i: [5][i]})()",
        );
        assert_eq!(object.extract::<Vec<i32>>().unwrap(), [5]);
        assert!(!PyErr::occurred(py));
    });
}

#[test]
fn arrays_from_sequences() {
    with_py(|py| {
        assert_eq!(
            eval(py, "[1, 2, 3]").extract::<[i32; 3]>().unwrap(),
            [1, 2, 3]
        );
        assert_eq!(
            eval(py, "(1, 2, 3)").extract::<[i32; 3]>().unwrap(),
            [1, 2, 3]
        );
        assert_eq!(
            eval(py, "range(3)").extract::<[u64; 3]>().unwrap(),
            [0, 1, 2]
        );
        assert_eq!(eval(py, "[]").extract::<[i32; 0]>().unwrap(), [0i32; 0]);
        // Strings are sequences of characters for arrays.
        assert_eq!(eval(py, "'ab'").extract::<[char; 2]>().unwrap(), ['a', 'b']);
        assert_eq!(
            eval(py, "[[1, 2], [3, 4]]")
                .extract::<[[i32; 2]; 2]>()
                .unwrap(),
            [[1, 2], [3, 4]]
        );
        assert_eq!(
            eval(py, "['x', 'y']").extract::<[String; 2]>().unwrap(),
            ["x".to_owned(), "y".to_owned()]
        );

        assert_refused::<[i32; 3], PyValueError>(
            py,
            "[1, 2]",
            "ValueError: expected a sequence of length 3 (got 2)",
        );
        assert_refused::<[i32; 3], PyValueError>(
            py,
            "(1, 2, 3, 4, 5, 6, 7)",
            "ValueError: expected a sequence of length 3 (got 7)",
        );
        assert_refused::<[u8; 2], PyValueError>(
            py,
            "b'abc'",
            "ValueError: expected a sequence of length 2 (got 3)",
        );
        assert_refused::<[i32; 1], PyTypeError>(
            py,
            "1",
            "TypeError: 'int' object is not an instance of 'Sequence'",
        );
        assert_refused::<[i32; 1], PyTypeError>(
            py,
            "{1: 1}",
            "TypeError: 'dict' object is not an instance of 'Sequence'",
        );
        assert_refused::<[i32; 2], PyTypeError>(
            py,
            "[1, 'a']",
            "TypeError: 'str' object cannot be interpreted as an integer",
        );
        // A sequence whose length lies.
        assert_refused::<[i32; 3], PyIndexError>(
            py,
            "type('S', (), {'__len__': lambda s: 3, '__getitem__': lambda s, i: [1][i]})()",
            "IndexError: list index out of range",
        );
        // Round trip.
        let array = [[1u16, 2], [3, 4]];
        let object = array.into_pyobject(py).unwrap();
        assert_eq!(object.extract::<[[u16; 2]; 2]>().unwrap(), array);
    });
}

#[test]
fn maps_from_dicts() {
    with_py(|py| {
        let dict = eval(py, "{'a': b'\\x01', 'b': [2, 3], 'c': (4,)}");
        let map: HashMap<String, Vec<u8>> = dict.extract().unwrap();
        assert_eq!(map.len(), 3);
        assert_eq!(map["a"], [1]);
        assert_eq!(map["b"], [2, 3]);
        assert_eq!(map["c"], [4]);
        let tree: BTreeMap<String, Vec<u8>> = dict.extract().unwrap();
        assert_eq!(tree.keys().collect::<Vec<_>>(), ["a", "b", "c"]);

        let custom: HashMap<i32, i32, BuildHasherDefault<DefaultHasher>> =
            eval(py, "{1: 10}").extract().unwrap();
        assert_eq!(custom[&1], 10);
        let nested: HashMap<i32, HashMap<String, Vec<i32>>> =
            eval(py, "{1: {'x': [1]}, 2: {}}").extract().unwrap();
        assert_eq!(nested[&1]["x"], [1]);
        assert!(nested[&2].is_empty());
        let empty: BTreeMap<i32, i32> = eval(py, "{}").extract().unwrap();
        assert!(empty.is_empty());
        // dict subclasses are dicts.
        let ordered: BTreeMap<i32, i32> = eval(
            py,
            "__import__('collections').OrderedDict([(2, 1), (1, 2)])",
        )
        .extract()
        .unwrap();
        assert_eq!(ordered.into_iter().collect::<Vec<_>>(), [(1, 2), (2, 1)]);

        // Round trip.
        let map: HashMap<String, Vec<u8>> =
            [("k".to_owned(), vec![0u8, 1]), ("e".to_owned(), vec![])]
                .into_iter()
                .collect();
        let object = (&map).into_pyobject(py).unwrap();
        assert_eq!(object.extract::<HashMap<String, Vec<u8>>>().unwrap(), map);

        // Refused input.
        assert_refused::<HashMap<String, i32>, PyTypeError>(
            py,
            "[('a', 1)]",
            "TypeError: 'list' object is not an instance of 'dict'",
        );
        assert_refused::<BTreeMap<String, i32>, PyTypeError>(
            py,
            "__import__('collections').UserDict({'a': 1})",
            "TypeError: 'UserDict' object is not an instance of 'dict'",
        );
        assert_refused::<HashMap<String, i32>, PyTypeError>(
            py,
            "{1: 1}",
            "TypeError: 'int' object is not an instance of 'str'",
        );
        assert_refused::<BTreeMap<String, i32>, PyTypeError>(
            py,
            "{'a': 'b'}",
            "TypeError: 'str' object cannot be interpreted as an integer",
        );
        assert_refused::<HashMap<String, Vec<u8>>, PyTypeError>(
            py,
            "{'a': 'text'}",
            "TypeError: Can't extract `str` to `Vec`",
        );
    });
}

#[test]
fn sets_from_sets_and_frozensets() {
    with_py(|py| {
        for code in [
            "{1, 2, 3}",
            "frozenset({1, 2, 3})",
            "type('S', (set,), {})([1, 2, 3])",
        ] {
            let set: HashSet<i32> = eval(py, code).extract().unwrap();
            assert_eq!(set, HashSet::from([1, 2, 3]), "{code}");
            let tree: BTreeSet<i32> = eval(py, code).extract().unwrap();
            assert_eq!(tree.into_iter().collect::<Vec<_>>(), [1, 2, 3], "{code}");
        }
        let custom: HashSet<String, BuildHasherDefault<DefaultHasher>> =
            eval(py, "{'a'}").extract().unwrap();
        assert!(custom.contains("a"));
        let empty: HashSet<i32> = eval(py, "set()").extract().unwrap();
        assert!(empty.is_empty());
        let nested: Vec<BTreeSet<i32>> = eval(py, "[{2, 1}, frozenset()]").extract().unwrap();
        assert_eq!(nested, [BTreeSet::from([1, 2]), BTreeSet::new()]);

        // Round trip.
        let set: HashSet<String> = ["x".to_owned(), "y".to_owned()].into_iter().collect();
        let object = (&set).into_pyobject(py).unwrap();
        assert_eq!(object.extract::<HashSet<String>>().unwrap(), set);
        let frozen = PyFrozenSet::new(py, &set).unwrap();
        assert_eq!(frozen.extract::<BTreeSet<String>>().unwrap().len(), 2);

        for code in ["[1, 2]", "(1,)", "{1: 2}", "'ab'"] {
            let name = eval(py, code).get_type().name().unwrap().to_string();
            assert_refused::<HashSet<i32>, PyTypeError>(
                py,
                code,
                &format!("TypeError: '{name}' object is not an instance of 'set'"),
            );
            assert_refused::<BTreeSet<i32>, PyTypeError>(
                py,
                code,
                &format!("TypeError: '{name}' object is not an instance of 'set'"),
            );
        }
        assert_refused::<HashSet<i32>, PyTypeError>(
            py,
            "{'a'}",
            "TypeError: 'str' object cannot be interpreted as an integer",
        );
    });
}

// ---------------------------------------------------------------- reference counts

#[test]
fn conversions_keep_reference_counts() {
    with_py(|py| {
        let item = eval(py, "object()");
        let before = refcount(&item);
        for _ in 0..10 {
            let vec = vec![item.clone().unbind(), item.clone().unbind()];
            let list = (&vec).into_pyobject(py).unwrap();
            let back: Vec<Py<PyAny>> = list.extract().unwrap();
            let tuple = PyTuple::new(py, [&item, &item]).unwrap();
            let from_tuple: Vec<Bound<'_, PyAny>> = tuple.extract().unwrap();
            let array: [Bound<'_, PyAny>; 2] = tuple.extract().unwrap();
            let generic: Vec<Bound<'_, PyAny>> = eval(py, "range(2)").extract().unwrap();
            let list = vec.into_pyobject(py).unwrap();
            drop((list, back, from_tuple, array, generic, tuple));

            let map: HashMap<String, Py<PyAny>> = [("k".to_owned(), item.clone().unbind())]
                .into_iter()
                .collect();
            let dict = (&map).into_pyobject(py).unwrap();
            let back: BTreeMap<String, Bound<'_, PyAny>> = dict.extract().unwrap();
            let dict = map.into_pyobject(py).unwrap();
            drop((dict, back));

            let deque: VecDeque<Bound<'_, PyAny>> = VecDeque::from([item.clone()]);
            let list = (&deque).into_pyobject(py).unwrap();
            let back: LinkedList<Py<PyAny>> = list.extract().unwrap();
            let list = deque.into_pyobject(py).unwrap();
            drop((list, back));

            // Failed extractions release what they took.
            let list = PyList::new(py, [item.clone(), item.clone()]).unwrap();
            assert!(list.extract::<Vec<i32>>().is_err());
            assert!(list.extract::<[i32; 2]>().is_err());
            assert!(list.extract::<[Bound<'_, PyAny>; 3]>().is_err());
        }
        assert_eq!(refcount(&item), before);

        // The containers themselves are released as well.
        let list = eval(py, "[1, 2, 3]");
        let tuple = eval(py, "(1, 2, 3)");
        let dict = eval(py, "{1: 2}");
        let set = eval(py, "{1, 2}");
        let frozen = eval(py, "frozenset({1})");
        let counts = [&list, &tuple, &dict, &set, &frozen].map(refcount);
        for _ in 0..10 {
            let _: Vec<i32> = list.extract().unwrap();
            let _: [i32; 3] = list.extract().unwrap();
            let _: Vec<i32> = tuple.extract().unwrap();
            let _: HashMap<i32, i32> = dict.extract().unwrap();
            let _: HashSet<i32> = set.extract().unwrap();
            let _: BTreeSet<i32> = frozen.extract().unwrap();
        }
        assert_eq!([&list, &tuple, &dict, &set, &frozen].map(refcount), counts);
    });
}

/// A sequence of `items` whose `__len__` says `len` (a Python expression).
fn lying_sequence<'py>(py: Python<'py>, items: &str, len: &str) -> Bound<'py, PyAny> {
    eval(
        py,
        &format!(
            "type('Lying', (), {{'__len__': lambda self: {len}, \
             '__getitem__': lambda self, i: {items}[i]}})()"
        ),
    )
}

#[test]
fn a_lying_len_never_sizes_an_allocation() {
    with_py(|py| {
        // Far more than could ever be allocated; growable containers get the
        // items the sequence really yields.
        for len in ["2**62", "2**62 // 8", "2**63 - 1", "2**63", "-1", "1 / 0"] {
            let object = lying_sequence(py, "[1, 2, 3]", len);
            assert_eq!(object.extract::<Vec<u8>>().unwrap(), [1, 2, 3], "{len}");
            assert_eq!(object.extract::<Vec<i64>>().unwrap(), [1, 2, 3], "{len}");
            assert_eq!(object.extract::<Vec<u128>>().unwrap(), [1, 2, 3], "{len}");
            assert_eq!(
                object.extract::<VecDeque<u8>>().unwrap(),
                VecDeque::from([1, 2, 3])
            );
            assert_eq!(
                object.extract::<LinkedList<u8>>().unwrap(),
                LinkedList::from([1, 2, 3])
            );
            assert_eq!(&*object.extract::<Box<[u8]>>().unwrap(), [1, 2, 3]);
            assert_eq!(
                &*object.extract::<std::borrow::Cow<'_, [u8]>>().unwrap(),
                [1, 2, 3]
            );
        }
        // Arrays compare the reported length with theirs.
        let object = lying_sequence(py, "[1, 2, 3]", "2**62");
        assert_refused::<[u8; 3], PyValueError>(
            py,
            "type('Lying', (), {'__len__': lambda self: 2**62, \
             '__getitem__': lambda self, i: [1, 2, 3][i]})()",
            "ValueError: expected a sequence of length 3 (got 4611686018427387904)",
        );
        assert!(object.extract::<[u8; 3]>().is_err());
        assert_refused::<[u8; 3], PyOverflowError>(
            py,
            "type('Lying', (), {'__len__': lambda self: 2**63, \
             '__getitem__': lambda self, i: [1, 2, 3][i]})()",
            &python_error(py, "len(type('L', (), {'__len__': lambda self: 2**63})())"),
        );
        // A length that is too short for the items: the array reads only
        // as many as it has, and a too-long one runs into `IndexError`.
        assert_refused::<[u8; 4], PyIndexError>(
            py,
            "type('Lying', (), {'__len__': lambda self: 4, \
             '__getitem__': lambda self, i: [1, 2, 3][i]})()",
            "IndexError: list index out of range",
        );
        let object = lying_sequence(py, "[1, 2, 3]", "2");
        assert_eq!(object.extract::<[u8; 2]>().unwrap(), [1, 2]);
        assert_eq!(object.extract::<Vec<u8>>().unwrap(), [1, 2, 3]);
    });
}

#[test]
fn ip_addresses_from_packed_sequences_of_integers() {
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
    with_py(|py| {
        let packed = |value: &str| eval(py, &format!("type('P', (), {{'packed': {value}}})()"));
        assert_eq!(
            packed("[1, 2, 3, 4]").extract::<IpAddr>().unwrap(),
            IpAddr::V4(Ipv4Addr::new(1, 2, 3, 4))
        );
        assert_eq!(
            packed("(192, 168, 0, 255)").extract::<IpAddr>().unwrap(),
            IpAddr::V4(Ipv4Addr::new(192, 168, 0, 255))
        );
        assert_eq!(
            packed("bytearray(b'\\x7f\\x00\\x00\\x01')")
                .extract::<IpAddr>()
                .unwrap(),
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        );
        assert_eq!(
            packed("[0] * 15 + [1]").extract::<IpAddr>().unwrap(),
            IpAddr::V6(Ipv6Addr::LOCALHOST)
        );
        assert_eq!(
            packed("b'\\x00' * 15 + b'\\x01'")
                .extract::<IpAddr>()
                .unwrap(),
            IpAddr::V6(Ipv6Addr::LOCALHOST)
        );
        // The real thing, for both families.
        let address = eval(py, "__import__('ipaddress').ip_address('10.0.0.7')");
        assert_eq!(
            address.extract::<IpAddr>().unwrap(),
            IpAddr::V4(Ipv4Addr::new(10, 0, 0, 7))
        );
        // Wrong lengths, items that are not octets, a lying `__len__`.
        for bad in [
            "[1, 2, 3]",
            "[1, 2, 3, 256]",
            "[1, 2, 3, -1]",
            "[1, 2, 3, 4.0]",
            "[1, 2, 3, '4']",
            "[0] * 17",
            "'abcd'",
            "{1: 2, 3: 4, 5: 6, 7: 8}",
            "type('L', (), {'__len__': lambda self: 2**62, '__getitem__': lambda self, i: 1})()",
        ] {
            let err = packed(bad).extract::<IpAddr>().unwrap_err();
            assert!(err.is_instance_of::<PyValueError>(py), "{bad}: {err}");
            assert_eq!(
                err.to_string(),
                "ValueError: invalid packed length",
                "{bad}"
            );
        }
    });
}
