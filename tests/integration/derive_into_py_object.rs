//! `#[derive(IntoPyObject)]` and `#[derive(IntoPyObjectRef)]`, and round
//! trips through `#[derive(FromPyObject)]`.

#![allow(dead_code)]

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::Hash;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyList, PyString, PyTuple};

use crate::common::{eval, refcount, with_py};

fn repr(obj: &Bound<'_, PyAny>) -> String {
    obj.repr().unwrap().to_string()
}

// ------------------------------------------------------------- named fields

#[derive(IntoPyObject, IntoPyObjectRef, Clone)]
struct Struct {
    count: usize,
    name: String,
    #[pyo3(item("renamed"))]
    key: bool,
    #[pyo3(item(0))]
    zero: Option<i32>,
    r#type: u8,
}

#[test]
fn named_fields_become_a_dict() {
    with_py(|py| {
        let value = Struct {
            count: 3,
            name: "n".into(),
            key: true,
            zero: None,
            r#type: 9,
        };
        let by_ref: Bound<'_, PyDict> = (&value).into_pyobject(py).unwrap();
        assert_eq!(
            repr(by_ref.as_any()),
            "{'count': 3, 'name': 'n', 'renamed': True, 0: None, 'type': 9}"
        );
        let dict: Bound<'_, PyDict> = value.into_pyobject(py).unwrap();
        assert!(dict.is_exact_instance_of::<PyDict>());
        assert_eq!(
            repr(dict.as_any()),
            "{'count': 3, 'name': 'n', 'renamed': True, 0: None, 'type': 9}"
        );
    });
}

#[derive(IntoPyObject, IntoPyObjectRef)]
#[pyo3(rename_all = "camelCase")]
struct Renamed {
    some_field: i32,
    #[pyo3(item("kept_key"))]
    explicit: i32,
    #[pyo3(item)]
    plain_item: i32,
    // (FromPyObject-only options are accepted and ignored)
    #[pyo3(attribute("ignored"), default)]
    with_attribute: i32,
}

#[derive(IntoPyObject)]
#[pyo3(rename_all = "SCREAMING-KEBAB-CASE")]
struct Shouting {
    some_field: i32,
}

#[test]
fn keys_are_renamed_and_interned() {
    with_py(|py| {
        let value = Renamed {
            some_field: 1,
            explicit: 2,
            plain_item: 3,
            with_attribute: 4,
        };
        let dict = (&value).into_pyobject(py).unwrap();
        assert_eq!(
            repr(dict.as_any()),
            "{'someField': 1, 'kept_key': 2, 'plainItem': 3, 'withAttribute': 4}"
        );
        let keys: Vec<Bound<'_, PyAny>> = dict.keys().iter().collect();
        assert!(keys[0].is(pyo3::intern!(py, "someField")));
        assert!(keys[1].is(pyo3::intern!(py, "kept_key")));
        let dict = Shouting { some_field: 1 }.into_pyobject(py).unwrap();
        assert_eq!(repr(dict.as_any()), "{'SOME-FIELD': 1}");
    });
}

// ----------------------------------------------- tuples, newtypes, transparent

#[derive(IntoPyObject, IntoPyObjectRef)]
struct Tuple(i32, String, Vec<u8>, Vec<i32>);

#[derive(IntoPyObject, IntoPyObjectRef)]
struct Newtype(u32);

#[derive(IntoPyObject, IntoPyObjectRef)]
#[pyo3(transparent)]
struct TransparentStruct<'py> {
    inner: Bound<'py, PyAny>,
}

#[derive(IntoPyObject, IntoPyObjectRef)]
struct ObjectNewtype(Py<PyAny>);

#[test]
fn tuple_structs_become_tuples_and_newtypes_their_field() {
    with_py(|py| {
        let value = Tuple(1, "two".into(), vec![3], vec![4]);
        assert_eq!(
            repr((&value).into_pyobject(py).unwrap().as_any()),
            "(1, 'two', b'\\x03', [4])"
        );
        let tuple: Bound<'_, PyTuple> = value.into_pyobject(py).unwrap();
        assert!(tuple.is_exact_instance_of::<PyTuple>());
        assert_eq!(repr(tuple.as_any()), "(1, 'two', b'\\x03', [4])");

        // The field's own conversion, with its types.
        let int: Bound<'_, PyInt> = Newtype(7).into_pyobject(py).unwrap();
        assert_eq!(repr(int.as_any()), "7");
        let int: Bound<'_, PyInt> = (&Newtype(8)).into_pyobject(py).unwrap();
        assert_eq!(repr(int.as_any()), "8");

        let object = eval(py, "object()");
        let before = refcount(&object);
        let value = TransparentStruct {
            inner: object.clone(),
        };
        let borrowed: Borrowed<'_, '_, PyAny> = (&value).into_pyobject(py).unwrap();
        assert!(borrowed.is(&object));
        let owned: Bound<'_, PyAny> = value.into_pyobject(py).unwrap();
        assert!(owned.is(&object));
        drop(owned);
        let value = ObjectNewtype(object.clone().unbind());
        assert!((&value).into_pyobject(py).unwrap().is(&object));
        drop(value);
        assert_eq!(refcount(&object), before);
    });
}

// -------------------------------------------------------------------- enums

#[derive(IntoPyObject, IntoPyObjectRef)]
enum Enum<'a, 'py, K: Hash + Eq, V> {
    TransparentTuple(Py<PyAny>),
    #[pyo3(transparent)]
    TransparentStruct {
        inner: Bound<'py, PyAny>,
    },
    Tuple(&'a str, HashMap<K, V>),
    Struct {
        count: usize,
        #[pyo3(item("object"))]
        obj: Py<PyAny>,
    },
    #[pyo3(rename_all = "UPPERCASE")]
    Renamed {
        some_field: i32,
    },
}

#[test]
fn enums_convert_the_variant_they_hold() {
    with_py(|py| {
        let none = py.None();
        let value: Enum<'_, '_, i32, i32> = Enum::TransparentTuple(none.clone_ref(py));
        let any: Bound<'_, PyAny> = value.into_pyobject(py).unwrap();
        assert!(any.is_none());
        let text = PyString::new(py, "s").into_any();
        let value: Enum<'_, '_, i32, i32> = Enum::TransparentStruct {
            inner: text.clone(),
        };
        assert!((&value).into_pyobject(py).unwrap().is(&text));
        let value = Enum::Tuple("a", HashMap::from([(1, 2)]));
        assert_eq!(repr(&(&value).into_pyobject(py).unwrap()), "('a', {1: 2})");
        assert_eq!(repr(&value.into_pyobject(py).unwrap()), "('a', {1: 2})");
        let value: Enum<'_, '_, i32, i32> = Enum::Struct {
            count: 2,
            obj: none.clone_ref(py),
        };
        assert_eq!(
            repr(&value.into_pyobject(py).unwrap()),
            "{'count': 2, 'object': None}"
        );
        let value: Enum<'_, '_, i32, i32> = Enum::Renamed { some_field: 5 };
        assert_eq!(repr(&value.into_pyobject(py).unwrap()), "{'SOME_FIELD': 5}");
    });
}

// ------------------------------------------------------------- into_py_with

#[derive(Clone, Debug, PartialEq)]
struct NotIntoPy(usize);

/// Converts and says whether the value was given owned or borrowed.
fn convert<'py>(value: Cow<'_, NotIntoPy>, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
    let how = match value {
        Cow::Owned(_) => "owned",
        Cow::Borrowed(_) => "borrowed",
    };
    (how, value.0).into_pyobject(py).map(Bound::into_any)
}

fn refuse<'py>(_: Cow<'_, NotIntoPy>, _: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
    Err(PyValueError::new_err("refused"))
}

#[derive(IntoPyObject, IntoPyObjectRef)]
struct WithConversions {
    #[pyo3(into_py_with = convert)]
    not_into_py: NotIntoPy,
    plain: i32,
}

#[derive(IntoPyObject, IntoPyObjectRef)]
struct TupleWithConversion(#[pyo3(into_py_with = convert)] NotIntoPy, i32);

#[derive(IntoPyObject, IntoPyObjectRef)]
enum EnumWithConversion {
    Tuple(i32, #[pyo3(into_py_with = self::convert)] NotIntoPy),
    Named {
        #[pyo3(into_py_with = convert)]
        value: NotIntoPy,
    },
}

#[derive(IntoPyObject)]
struct Refused {
    #[pyo3(into_py_with = refuse)]
    value: NotIntoPy,
}

#[test]
fn into_py_with_gets_owned_values_by_value_and_borrowed_by_reference() {
    with_py(|py| {
        let value = WithConversions {
            not_into_py: NotIntoPy(1),
            plain: 2,
        };
        assert_eq!(
            repr((&value).into_pyobject(py).unwrap().as_any()),
            "{'not_into_py': ('borrowed', 1), 'plain': 2}"
        );
        assert_eq!(
            repr(value.into_pyobject(py).unwrap().as_any()),
            "{'not_into_py': ('owned', 1), 'plain': 2}"
        );
        let value = TupleWithConversion(NotIntoPy(3), 4);
        assert_eq!(
            repr((&value).into_pyobject(py).unwrap().as_any()),
            "(('borrowed', 3), 4)"
        );
        assert_eq!(
            repr(value.into_pyobject(py).unwrap().as_any()),
            "(('owned', 3), 4)"
        );
        let value = EnumWithConversion::Tuple(5, NotIntoPy(6));
        assert_eq!(
            repr(&(&value).into_pyobject(py).unwrap()),
            "(5, ('borrowed', 6))"
        );
        let value = EnumWithConversion::Named {
            value: NotIntoPy(7),
        };
        assert_eq!(
            repr(&value.into_pyobject(py).unwrap()),
            "{'value': ('owned', 7)}"
        );
        let err = Refused {
            value: NotIntoPy(0),
        }
        .into_pyobject(py)
        .unwrap_err();
        assert_eq!(err.to_string(), "ValueError: refused");
    });
}

// ----------------------------------------------------- generics and crate

#[derive(IntoPyObject, IntoPyObjectRef)]
struct Generic<'a, K: Hash + Eq, V>(&'a str, HashMap<K, V>);

#[derive(IntoPyObject, IntoPyObjectRef)]
struct GenericNamed<T>
where
    T: Clone,
{
    items: Vec<T>,
    first: T,
}

#[derive(IntoPyObject, IntoPyObjectRef)]
#[pyo3(transparent)]
struct GenericTransparent<T> {
    value: T,
}

mod reexported {
    pub use pyo3 as python;
}

#[derive(IntoPyObject, IntoPyObjectRef)]
#[pyo3(crate = "reexported::python")]
struct ThroughAnotherPath {
    a: i32,
}

#[derive(IntoPyObject, IntoPyObjectRef)]
#[pyo3(crate = "crate::derive_into_py_object::reexported::python")]
enum EnumThroughAnotherPath {
    A(i32, i32),
    B(String),
}

#[test]
fn generics_lifetimes_and_the_crate_option() {
    with_py(|py| {
        let text = String::from("borrowed");
        let value = Generic(&text, HashMap::from([("k", 1)]));
        assert_eq!(
            repr((&value).into_pyobject(py).unwrap().as_any()),
            "('borrowed', {'k': 1})"
        );
        let value = GenericNamed {
            items: vec![1, 2],
            first: 1,
        };
        assert_eq!(
            repr((&value).into_pyobject(py).unwrap().as_any()),
            "{'items': [1, 2], 'first': 1}"
        );
        let list: Bound<'_, PyAny> = GenericTransparent { value: vec!["a"] }
            .into_pyobject(py)
            .unwrap();
        assert!(list.is_exact_instance_of::<PyList>());
        assert_eq!(repr(&list), "['a']");
        assert_eq!(
            repr(
                ThroughAnotherPath { a: 1 }
                    .into_pyobject(py)
                    .unwrap()
                    .as_any()
            ),
            "{'a': 1}"
        );
        assert_eq!(
            repr(
                &(&EnumThroughAnotherPath::A(1, 2))
                    .into_pyobject(py)
                    .unwrap()
            ),
            "(1, 2)"
        );
        assert_eq!(
            repr(
                &EnumThroughAnotherPath::B("b".into())
                    .into_pyobject(py)
                    .unwrap()
            ),
            "'b'"
        );
    });
}

#[pyfunction]
fn make_struct() -> Struct {
    Struct {
        count: 1,
        name: "made".into(),
        key: false,
        zero: Some(0),
        r#type: 9,
    }
}

#[test]
fn derived_types_as_return_values() {
    with_py(|py| {
        let f = wrap_pyfunction!(make_struct, py).unwrap();
        assert_eq!(
            repr(&f.call0().unwrap()),
            "{'count': 1, 'name': 'made', 'renamed': False, 0: 0, 'type': 9}"
        );
    });
}

// ------------------------------------------------------------- round trips

#[derive(Debug, Clone, PartialEq, IntoPyObject, IntoPyObjectRef, FromPyObject)]
struct Point(i32, i32);

#[derive(Debug, Clone, PartialEq, IntoPyObject, IntoPyObjectRef, FromPyObject)]
struct Id(u64);

#[derive(Debug, Clone, PartialEq, IntoPyObject, IntoPyObjectRef, FromPyObject)]
enum Shape {
    #[pyo3(from_item_all)]
    Circle {
        radius: f64,
    },
    #[pyo3(from_item_all, rename_all = "UPPERCASE")]
    Rect {
        width: f64,
        height: f64,
    },
    Segment(Point, Point),
    #[pyo3(transparent)]
    Label(String),
}

#[derive(Debug, Clone, PartialEq, IntoPyObject, IntoPyObjectRef, FromPyObject)]
#[pyo3(from_item_all, rename_all = "camelCase")]
struct Drawing {
    drawing_name: String,
    #[pyo3(item("max-size"))]
    max_size: u32,
    shapes: Vec<Shape>,
    origin: Point,
    id: Id,
    tags: HashMap<String, Shape>,
    children: Vec<Drawing>,
}

fn drawing() -> Drawing {
    let child = Drawing {
        drawing_name: "child".into(),
        max_size: 1,
        shapes: vec![Shape::Label("only".into())],
        origin: Point(0, 0),
        id: Id(1),
        tags: HashMap::new(),
        children: Vec::new(),
    };
    Drawing {
        drawing_name: "top".into(),
        max_size: 10,
        shapes: vec![
            Shape::Circle { radius: 1.5 },
            Shape::Rect {
                width: 2.0,
                height: 3.0,
            },
            Shape::Segment(Point(1, 2), Point(3, 4)),
            Shape::Label("text".into()),
        ],
        origin: Point(-1, 1),
        id: Id(42),
        tags: HashMap::from([("main".to_owned(), Shape::Circle { radius: 0.5 })]),
        children: vec![child],
    }
}

#[test]
fn round_trips_through_both_derives() {
    with_py(|py| {
        let value = drawing();
        let by_ref = (&value).into_pyobject(py).unwrap();
        assert_eq!(by_ref.extract::<Drawing>().unwrap(), value);
        let by_value = value.clone().into_pyobject(py).unwrap();
        assert_eq!(by_value.extract::<Drawing>().unwrap(), value);
        // The Python side is plain data.
        assert_eq!(
            repr(&by_value.as_any().get_item("shapes").unwrap()),
            "[{'radius': 1.5}, {'WIDTH': 2.0, 'HEIGHT': 3.0}, ((1, 2), (3, 4)), 'text']"
        );
        let child = by_value
            .as_any()
            .get_item("children")
            .unwrap()
            .get_item(0)
            .unwrap();
        assert_eq!(
            repr(&child),
            "{'drawingName': 'child', 'max-size': 1, 'shapes': ['only'], 'origin': (0, 0), \
             'id': 1, 'tags': {}, 'children': []}"
        );
        // And a damaged copy fails with the path to the damage.
        child.set_item("origin", (0, "x")).unwrap();
        let err = by_value.extract::<Drawing>().unwrap_err();
        let mut text = err.to_string();
        let mut current = err;
        while let Some(cause) = current.cause(py) {
            text.push_str(" <- ");
            text.push_str(&cause.to_string());
            current = cause;
        }
        assert_eq!(
            text,
            "TypeError: failed to extract field Drawing.children <- TypeError: failed to extract \
             field Drawing.origin <- TypeError: failed to extract field Point.1 <- TypeError: \
             'str' object cannot be interpreted as an integer"
        );
    });
}

#[test]
fn conversion_keeps_reference_counts_flat() {
    #[derive(IntoPyObject, IntoPyObjectRef, FromPyObject)]
    struct Holder {
        #[pyo3(item)]
        object: Py<PyAny>,
        #[pyo3(item)]
        pair: (Py<PyAny>, i32),
    }
    with_py(|py| {
        let object = eval(py, "object()");
        let before = refcount(&object);
        let holder = Holder {
            object: object.clone().unbind(),
            pair: (object.clone().unbind(), 1),
        };
        for _ in 0..10 {
            let dict = (&holder).into_pyobject(py).unwrap();
            let back = dict.extract::<Holder>().unwrap();
            assert!(back.object.is(&object));
            drop(back);
            drop(dict);
        }
        drop(holder);
        assert_eq!(refcount(&object), before);
        let holder = Holder {
            object: object.clone().unbind(),
            pair: (object.clone().unbind(), 1),
        };
        let dict = holder.into_pyobject(py).unwrap();
        assert_eq!(refcount(&object), before + 2);
        drop(dict);
        assert_eq!(refcount(&object), before);
    });
}

// ------------------------------------------------------ experimental-inspect

#[cfg(feature = "experimental-inspect")]
#[test]
fn output_types_combine_the_fields_hints() {
    fn hint<T: IntoPyObject<'static>>() -> String {
        T::OUTPUT_TYPE.to_string()
    }
    let int = hint::<i32>();
    let string = hint::<String>();
    assert_eq!(
        hint::<Tuple>(),
        format!(
            "tuple[{int}, {string}, {}, {}]",
            hint::<Vec<u8>>(),
            hint::<Vec<i32>>()
        )
    );
    assert_eq!(
        hint::<&Tuple>(),
        format!(
            "tuple[{}, {}, {}, {}]",
            hint::<&i32>(),
            hint::<&String>(),
            hint::<&Vec<u8>>(),
            hint::<&Vec<i32>>()
        )
    );
    assert_eq!(hint::<Newtype>(), hint::<u32>());
    assert_eq!(hint::<Struct>(), "_typeshed.Incomplete");
    assert_eq!(
        hint::<TupleWithConversion>(),
        format!("tuple[_typeshed.Incomplete, {int}]")
    );
    assert_eq!(
        hint::<EnumThroughAnotherPath>(),
        format!("tuple[{int}, {int}] | {string}")
    );
    assert_eq!(hint::<GenericTransparent<i32>>(), "_typeshed.Incomplete");
}
