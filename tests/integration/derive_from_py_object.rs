//! `#[derive(FromPyObject)]`: every option, and PyO3's error messages
//! (nested causes included).

#![allow(dead_code)]

use std::collections::BTreeMap;

use pyo3::exceptions::{PyAttributeError, PyKeyError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use crate::common::{eval, refcount, with_py};

/// The error's `Type: message`, then ` <- Type: message` for each error
/// of its `__cause__` chain.
fn chain(py: Python<'_>, error: PyErr) -> String {
    let mut text = error.to_string();
    let mut current = error;
    while let Some(cause) = current.cause(py) {
        text.push_str(" <- ");
        text.push_str(&cause.to_string());
        current = cause;
    }
    text
}

/// The chain of the error extracting `T` from `obj` raises.
fn extract_error<'py, T>(obj: &Bound<'py, PyAny>) -> String
where
    T: for<'a> FromPyObject<'a, 'py, Error = PyErr> + std::fmt::Debug,
{
    match obj.extract::<T>() {
        Ok(value) => panic!("extracting from {obj} gave {value:?}"),
        Err(err) => chain(obj.py(), err),
    }
}

/// A `types.SimpleNamespace` with the given attributes (`"a=1, b='x'"`).
fn namespace<'py>(py: Python<'py>, attrs: &str) -> Bound<'py, PyAny> {
    eval(py, &format!("__import__('types').SimpleNamespace({attrs})"))
}

// ------------------------------------------------------------- named fields

#[derive(Debug, FromPyObject, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[test]
fn named_fields_are_attributes() {
    with_py(|py| {
        let obj = namespace(py, "x=1, y=2, z=3");
        assert_eq!(obj.extract::<Point>().unwrap(), Point { x: 1, y: 2 });
        // A missing attribute is raised as it is.
        let obj = namespace(py, "x=1");
        let err = obj.extract::<Point>().unwrap_err();
        assert!(err.is_instance_of::<PyAttributeError>(py));
        assert_eq!(
            chain(py, err),
            "AttributeError: 'types.SimpleNamespace' object has no attribute 'y'"
        );
        // A value that does not convert names the field, with the cause.
        let obj = namespace(py, "x=1, y='two'");
        let err = obj.extract::<Point>().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            chain(py, err),
            "TypeError: failed to extract field Point.y <- TypeError: 'str' object cannot be \
             interpreted as an integer"
        );
    });
}

#[derive(Debug, FromPyObject)]
struct Getters<'py> {
    #[pyo3(attribute)]
    s: String,
    #[pyo3(item)]
    t: Bound<'py, PyString>,
    #[pyo3(attribute("foo"))]
    p: Bound<'py, PyAny>,
    #[pyo3(item("key"))]
    keyed: i32,
    #[pyo3(item(0))]
    zero: String,
}

#[test]
fn attribute_and_item_options() {
    with_py(|py| {
        let obj = eval(
            py,
            "type('G', (dict,), {'s': 'ess', 'foo': None})({'t': 'tee', 'key': 5, 0: 'zero'})",
        );
        let getters = obj.extract::<Getters<'_>>().unwrap();
        assert_eq!(getters.s, "ess");
        assert_eq!(getters.t.to_string_lossy(), "tee");
        assert!(getters.p.is_none());
        assert_eq!(getters.keyed, 5);
        assert_eq!(getters.zero, "zero");

        // A missing item is a KeyError, raised as it is (also for a
        // non-string key).
        let obj = eval(
            py,
            "type('D', (dict,), {'s': 'ess', 'foo': 1})({'t': 'tee', 'key': 5})",
        );
        assert_eq!(extract_error::<Getters<'_>>(&obj), "KeyError: 0");
        let obj = eval(
            py,
            "type('D', (dict,), {'s': 'ess', 'foo': 1})({'t': 'tee'})",
        );
        let err = obj.extract::<Getters<'_>>().unwrap_err();
        assert!(err.is_instance_of::<PyKeyError>(py));
        assert_eq!(chain(py, err), "KeyError: 'key'");
        let obj = eval(
            py,
            "type('D', (dict,), {'s': 'ess', 'foo': 1})({'t': 1, 'key': 5, 0: ''})",
        );
        assert_eq!(
            extract_error::<Getters<'_>>(&obj),
            "TypeError: failed to extract field Getters.t <- TypeError: 'int' object is not an \
             instance of 'str'"
        );
    });
}

#[derive(Debug, FromPyObject, PartialEq)]
#[pyo3(from_item_all)]
struct AllItems {
    foo: String,
    bar: String,
    #[pyo3(item("foobar"))]
    baz: String,
}

#[test]
fn from_item_all_reads_items() {
    with_py(|py| {
        let dict = eval(py, "{'foo': 'f', 'bar': 'b', 'foobar': 'fb', 'baz': 'no'}");
        assert_eq!(
            dict.extract::<AllItems>().unwrap(),
            AllItems {
                foo: "f".into(),
                bar: "b".into(),
                baz: "fb".into()
            }
        );
        let dict = eval(py, "{'foo': 'f', 'bar': 'b', 'baz': 'fb'}");
        assert_eq!(extract_error::<AllItems>(&dict), "KeyError: 'foobar'");
        // Attributes are not looked at.
        let obj = namespace(py, "foo='f', bar='b', foobar='fb'");
        assert_eq!(
            extract_error::<AllItems>(&obj),
            "TypeError: 'types.SimpleNamespace' object is not subscriptable"
        );
    });
}

#[derive(Debug, FromPyObject, PartialEq)]
struct Keywords {
    r#box: usize,
    #[pyo3(item)]
    r#type: usize,
}

#[test]
fn raw_identifiers_are_read_without_the_prefix() {
    with_py(|py| {
        let obj = eval(py, "type('K', (dict,), {'box': 3})({'type': 4})");
        assert_eq!(
            obj.extract::<Keywords>().unwrap(),
            Keywords {
                r#box: 3,
                r#type: 4
            }
        );
        let obj = eval(py, "type('K', (dict,), {'box': 'x'})({'type': 4})");
        assert_eq!(
            extract_error::<Keywords>(&obj),
            "TypeError: failed to extract field Keywords.box <- TypeError: 'str' object cannot \
             be interpreted as an integer"
        );
    });
}

/// An object that records every key and attribute name it is asked for and
/// answers `0` (so that every field reads).
fn recorder<'py>(py: Python<'py>) -> Bound<'py, PyAny> {
    eval(
        py,
        "(lambda keys: type('Rec', (), {\
             '__getitem__': lambda self, k: (keys.append(k), 0)[1], \
             '__getattr__': lambda self, k: (keys.append(k), 0)[1] if k != 'keys' else keys, \
         })())([])",
    )
}

macro_rules! rename_rules {
    ($($name:ident = $rule:literal: $expected:literal,)*) => {$(
        #[derive(Debug, FromPyObject)]
        #[allow(non_snake_case)]
        #[pyo3(rename_all = $rule)]
        struct $name {
            some_field_name: i32,
            a: i32,
            x1_y2: i32,
            HTTPServer_x: i32,
            _lead: i32,
            abcΣ: i32,
            #[pyo3(attribute("kept_as_is"))]
            explicit_attribute: i32,
            #[pyo3(item)]
            item_renamed_too: i32,
            #[pyo3(item("kept_key"))]
            explicit_item: i32,
        }
    )*

    #[test]
    fn rename_all_spells_names_as_pyo3() {
        with_py(|py| {
            $(
                let obj = recorder(py);
                obj.extract::<$name>().unwrap();
                assert_eq!(obj.getattr("keys").unwrap().to_string(), $expected, "{}", $rule);
            )*
        });
    }
    };
}

rename_rules! {
    CamelCase = "camelCase":
        "['someFieldName', 'a', 'x1Y2', 'httpServerX', 'lead', 'abcΣ', 'kept_as_is', 'itemRenamedToo', 'kept_key']",
    KebabCase = "kebab-case":
        "['some-field-name', 'a', 'x1-y2', 'http-server-x', 'lead', 'abc-ς', 'kept_as_is', 'item-renamed-too', 'kept_key']",
    Lowercase = "lowercase":
        "['some_field_name', 'a', 'x1_y2', 'httpserver_x', '_lead', 'abcς', 'kept_as_is', 'item_renamed_too', 'kept_key']",
    PascalCase = "PascalCase":
        "['SomeFieldName', 'A', 'X1Y2', 'HttpServerX', 'Lead', 'AbcΣ', 'kept_as_is', 'ItemRenamedToo', 'kept_key']",
    ScreamingKebabCase = "SCREAMING-KEBAB-CASE":
        "['SOME-FIELD-NAME', 'A', 'X1-Y2', 'HTTP-SERVER-X', 'LEAD', 'ABC-Σ', 'kept_as_is', 'ITEM-RENAMED-TOO', 'kept_key']",
    ScreamingSnakeCase = "SCREAMING_SNAKE_CASE":
        "['SOME_FIELD_NAME', 'A', 'X1_Y2', 'HTTP_SERVER_X', 'LEAD', 'ABC_Σ', 'kept_as_is', 'ITEM_RENAMED_TOO', 'kept_key']",
    SnakeCase = "snake_case":
        "['some_field_name', 'a', 'x1_y2', 'http_server_x', 'lead', 'abc_ς', 'kept_as_is', 'item_renamed_too', 'kept_key']",
    Uppercase = "UPPERCASE":
        "['SOME_FIELD_NAME', 'A', 'X1_Y2', 'HTTPSERVER_X', '_LEAD', 'ABCΣ', 'kept_as_is', 'ITEM_RENAMED_TOO', 'kept_key']",
}

#[derive(Debug, FromPyObject)]
#[pyo3(rename_all = "camelCase")]
struct RenamedMessage {
    some_field: i32,
}

#[test]
fn rename_all_errors_name_the_rust_field() {
    with_py(|py| {
        let obj = namespace(py, "someField='x'");
        assert_eq!(
            extract_error::<RenamedMessage>(&obj),
            "TypeError: failed to extract field RenamedMessage.some_field <- TypeError: 'str' \
             object cannot be interpreted as an integer"
        );
        let obj = namespace(py, "some_field=1");
        assert_eq!(
            extract_error::<RenamedMessage>(&obj),
            "AttributeError: 'types.SimpleNamespace' object has no attribute 'someField'"
        );
    });
}

#[test]
fn names_and_keys_are_interned() {
    #[derive(FromPyObject)]
    struct Interned<'py> {
        #[pyo3(attribute)]
        attribute: Bound<'py, PyString>,
        #[pyo3(attribute("attribute_renamed"))]
        attribute_r: Bound<'py, PyString>,
        #[pyo3(item)]
        item: Bound<'py, PyString>,
        #[pyo3(item("item_renamed"))]
        item_r: Bound<'py, PyString>,
    }
    with_py(|py| {
        let echo = eval(
            py,
            "type('Echo', (), {'__getitem__': lambda self, k: k, '__getattr__': lambda self, k: k})()",
        );
        let interned = echo.extract::<Interned<'_>>().unwrap();
        assert!(interned.attribute.is(pyo3::intern!(py, "attribute")));
        assert!(
            interned
                .attribute_r
                .is(pyo3::intern!(py, "attribute_renamed"))
        );
        assert!(interned.item.is(pyo3::intern!(py, "item")));
        assert!(interned.item_r.is(pyo3::intern!(py, "item_renamed")));
    });
}

// ------------------------------------------------------ from_py_with, default

fn len_plus_one(obj: &Bound<'_, PyAny>) -> PyResult<usize> {
    Ok(obj.len()? + 1)
}

#[derive(Debug, FromPyObject, PartialEq)]
struct WithFunctions {
    #[pyo3(item)]
    name: String,
    #[pyo3(from_py_with = Bound::<'_, PyAny>::len, item("my_object"))]
    length: usize,
    #[pyo3(from_py_with = len_plus_one)]
    attr_length: usize,
}

#[test]
fn from_py_with_converts_the_value() {
    with_py(|py| {
        let obj = eval(
            py,
            "type('W', (dict,), {'attr_length': 'abcd'})({'name': 'n', 'my_object': [1, 2, 3]})",
        );
        assert_eq!(
            obj.extract::<WithFunctions>().unwrap(),
            WithFunctions {
                name: "n".into(),
                length: 3,
                attr_length: 5
            }
        );
        let obj = eval(
            py,
            "type('W', (dict,), {'attr_length': 'abcd'})({'name': 'n', 'my_object': 3})",
        );
        assert_eq!(
            extract_error::<WithFunctions>(&obj),
            "TypeError: failed to extract field WithFunctions.length <- TypeError: object of \
             type 'int' has no len()"
        );
    });
}

#[derive(Debug, FromPyObject, PartialEq)]
struct WithDefaults {
    #[pyo3(item, default)]
    opt: Option<usize>,
    #[pyo3(item, default = 7)]
    seven: usize,
    #[pyo3(default = String::from("none"))]
    label: String,
    #[pyo3(item("value"), default, from_py_with = Bound::<'_, PyAny>::len)]
    len: usize,
    #[pyo3(item)]
    required: usize,
}

#[test]
fn default_is_used_for_missing_fields_only() {
    with_py(|py| {
        let dict = eval(py, "{'required': 1}");
        assert_eq!(
            dict.extract::<WithDefaults>().unwrap(),
            WithDefaults {
                opt: None,
                seven: 7,
                label: "none".into(),
                len: 0,
                required: 1
            }
        );
        let obj = eval(
            py,
            "type('W', (dict,), {'label': 'L'})({'required': 1, 'opt': 2, 'seven': 8, 'value': (1, 2)})",
        );
        assert_eq!(
            obj.extract::<WithDefaults>().unwrap(),
            WithDefaults {
                opt: Some(2),
                seven: 8,
                label: "L".into(),
                len: 2,
                required: 1
            }
        );
        // Present but wrong: an error, not the default.
        let dict = eval(py, "{'required': 1, 'seven': 'no'}");
        assert_eq!(
            extract_error::<WithDefaults>(&dict),
            "TypeError: failed to extract field WithDefaults.seven <- TypeError: 'str' object \
             cannot be interpreted as an integer"
        );
        let dict = eval(py, "{'required': 1, 'value': 5}");
        assert_eq!(
            extract_error::<WithDefaults>(&dict),
            "TypeError: failed to extract field WithDefaults.len <- TypeError: object of type \
             'int' has no len()"
        );
        // The field without a default is still required.
        let dict = eval(py, "{}");
        assert_eq!(extract_error::<WithDefaults>(&dict), "KeyError: 'required'");
        // Any failed lookup gives the default, not only a missing key.
        let list = eval(py, "[]");
        let err = list.extract::<WithDefaults>().unwrap_err();
        assert_eq!(
            chain(py, err),
            "TypeError: list indices must be integers or slices, not str"
        );
    });
}

#[derive(Debug, FromPyObject, PartialEq)]
enum DefaultInVariant {
    #[pyo3(from_item_all)]
    Foo {
        a: usize,
        #[pyo3(default)]
        b: usize,
    },
    NeverUsed {
        a: usize,
    },
}

#[test]
fn default_in_an_enum_variant() {
    with_py(|py| {
        let dict = eval(py, "{'a': 1, 'b': 2}");
        assert_eq!(
            dict.extract::<DefaultInVariant>().unwrap(),
            DefaultInVariant::Foo { a: 1, b: 2 }
        );
        let dict = eval(py, "{'a': 1}");
        assert_eq!(
            dict.extract::<DefaultInVariant>().unwrap(),
            DefaultInVariant::Foo { a: 1, b: 0 }
        );
    });
}

// ----------------------------------------------- tuples, newtypes, transparent

#[derive(Debug, FromPyObject, PartialEq)]
struct Tuple(String, usize);

#[test]
fn tuple_structs_read_a_tuple_of_their_length() {
    with_py(|py| {
        let tuple = eval(py, "('test', 1)");
        assert_eq!(tuple.extract::<Tuple>().unwrap(), Tuple("test".into(), 1));
        assert_eq!(
            extract_error::<Tuple>(&eval(py, "(1, 'test')")),
            "TypeError: failed to extract field Tuple.0 <- TypeError: 'int' object is not an \
             instance of 'str'"
        );
        assert_eq!(
            extract_error::<Tuple>(&eval(py, "('test', 'test')")),
            "TypeError: failed to extract field Tuple.1 <- TypeError: 'str' object cannot be \
             interpreted as an integer"
        );
        let err = eval(py, "('a', 1, 2)").extract::<Tuple>().unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(
            chain(py, err),
            "ValueError: expected tuple of length 2, but got tuple of length 3"
        );
        assert_eq!(
            extract_error::<Tuple>(&eval(py, "()")),
            "ValueError: expected tuple of length 2, but got tuple of length 0"
        );
        // Only tuples: a list of the right length is refused.
        assert_eq!(
            extract_error::<Tuple>(&eval(py, "['test', 1]")),
            "TypeError: 'list' object is not an instance of 'tuple'"
        );
    });
}

#[derive(Debug, FromPyObject, PartialEq)]
struct TupleWithFunction(
    String,
    #[pyo3(from_py_with = Bound::<'_, PyAny>::len)] usize,
);

#[test]
fn from_py_with_on_tuple_fields() {
    with_py(|py| {
        let tuple = eval(py, "('whatever', [1, 2, 3])");
        assert_eq!(
            tuple.extract::<TupleWithFunction>().unwrap(),
            TupleWithFunction("whatever".into(), 3)
        );
        assert_eq!(
            extract_error::<TupleWithFunction>(&eval(py, "('whatever', [1, 2, 3], 'third')")),
            "ValueError: expected tuple of length 2, but got tuple of length 3"
        );
        assert_eq!(
            extract_error::<TupleWithFunction>(&eval(py, "('whatever', 1)")),
            "TypeError: failed to extract field TupleWithFunction.1 <- TypeError: object of type \
             'int' has no len()"
        );
    });
}

#[derive(Debug, FromPyObject, PartialEq)]
struct Newtype(String);

#[derive(Debug, FromPyObject, PartialEq)]
#[pyo3(transparent)]
struct ExplicitNewtype(String);

#[derive(Debug, FromPyObject, PartialEq)]
#[pyo3(transparent)]
struct Transparent {
    inner: String,
}

#[derive(Debug, FromPyObject, PartialEq)]
#[pyo3(transparent)]
struct TransparentWithFunction {
    #[pyo3(from_py_with = Bound::<'_, PyAny>::len)]
    len: usize,
}

/// A newtype that reads a 1-tuple.
#[derive(Debug, FromPyObject, PartialEq)]
struct OneTuple((String,));

#[test]
fn newtypes_and_transparent_structs_read_the_object_itself() {
    with_py(|py| {
        let text = PyString::new(py, "test").into_any();
        assert_eq!(text.extract::<Newtype>().unwrap(), Newtype("test".into()));
        assert_eq!(
            text.extract::<ExplicitNewtype>().unwrap(),
            ExplicitNewtype("test".into())
        );
        assert_eq!(
            text.extract::<Transparent>().unwrap(),
            Transparent {
                inner: "test".into()
            }
        );
        assert_eq!(
            text.extract::<TransparentWithFunction>().unwrap(),
            TransparentWithFunction { len: 4 }
        );
        let one = 1i32.into_pyobject(py).unwrap().into_any();
        assert_eq!(
            extract_error::<Newtype>(&one),
            "TypeError: failed to extract field Newtype.0 <- TypeError: 'int' object is not an \
             instance of 'str'"
        );
        assert_eq!(
            extract_error::<Transparent>(&one),
            "TypeError: failed to extract field Transparent.inner <- TypeError: 'int' object is \
             not an instance of 'str'"
        );
        assert_eq!(
            extract_error::<TransparentWithFunction>(&one),
            "TypeError: failed to extract field TransparentWithFunction.len <- TypeError: object \
             of type 'int' has no len()"
        );
        assert_eq!(
            eval(py, "('x',)").extract::<OneTuple>().unwrap(),
            OneTuple(("x".into(),))
        );
        assert_eq!(
            extract_error::<OneTuple>(&text),
            "TypeError: failed to extract field OneTuple.0 <- TypeError: 'str' object is not an \
             instance of 'tuple'"
        );
    });
}

// ----------------------------------------------------- generics and lifetimes

#[derive(Debug, FromPyObject)]
#[pyo3(transparent)]
struct Generic<T> {
    test: T,
}

#[derive(Debug, FromPyObject)]
struct GenericWithBound<K: Ord, V>(BTreeMap<K, V>);

#[derive(Debug, FromPyObject)]
struct TwoParameters<T, T2> {
    test: T,
    test2: T2,
}

#[derive(Debug, FromPyObject)]
#[pyo3(transparent)]
struct WhereClause<T>
where
    T: Clone + Default,
{
    value: Vec<T>,
}

#[derive(Debug, FromPyObject)]
struct Borrowing<'py> {
    #[pyo3(item)]
    any: Bound<'py, PyAny>,
    #[pyo3(item)]
    list: Bound<'py, PyList>,
    #[pyo3(item)]
    owned: Py<PyAny>,
}

#[derive(Debug, FromPyObject)]
struct WithConst<const N: usize>([u8; N]);

#[test]
fn generics_and_lifetimes() {
    with_py(|py| {
        let text = PyString::new(py, "test").into_any();
        assert_eq!(text.extract::<Generic<String>>().unwrap().test, "test");
        let one = 1usize.into_pyobject(py).unwrap().into_any();
        assert_eq!(one.extract::<Generic<usize>>().unwrap().test, 1);
        assert_eq!(
            extract_error::<Generic<usize>>(&text),
            "TypeError: failed to extract field Generic.test <- TypeError: 'str' object cannot \
             be interpreted as an integer"
        );

        let dict = eval(py, "{'1': 1, '2': 2}");
        let map = dict.extract::<GenericWithBound<String, i32>>().unwrap().0;
        assert_eq!(map, BTreeMap::from([("1".into(), 1), ("2".into(), 2)]));

        let obj = namespace(py, "test='t', test2=2");
        let two = obj.extract::<TwoParameters<String, usize>>().unwrap();
        assert_eq!((two.test.as_str(), two.test2), ("t", 2));
        assert_eq!(
            extract_error::<TwoParameters<usize, usize>>(&obj),
            "TypeError: failed to extract field TwoParameters.test <- TypeError: 'str' object \
             cannot be interpreted as an integer"
        );

        let dict = eval(py, "{'any': 1.5, 'list': [1], 'owned': None}");
        let borrowing = dict.extract::<Borrowing<'_>>().unwrap();
        assert_eq!(borrowing.any.to_string(), "1.5");
        assert_eq!(borrowing.list.len(), 1);
        assert!(borrowing.owned.is_none(py));
        let dict = eval(py, "{'any': 1.5, 'list': (1,), 'owned': None}");
        assert_eq!(
            extract_error::<Borrowing<'_>>(&dict),
            "TypeError: failed to extract field Borrowing.list <- TypeError: 'tuple' object is \
             not an instance of 'list'"
        );

        let list = eval(py, "[1, 2]");
        assert_eq!(list.extract::<WhereClause<u8>>().unwrap().value, [1, 2]);

        let bytes = eval(py, "[1, 2, 3]");
        assert_eq!(bytes.extract::<WithConst<3>>().unwrap().0, [1, 2, 3]);
    });
}

// ------------------------------------------------------------------- enums

#[derive(Debug, FromPyObject)]
enum Foo<'py> {
    TupleVar(usize, String),
    StructVar {
        test: Bound<'py, PyString>,
    },
    #[pyo3(transparent)]
    TransparentTuple(usize),
    #[pyo3(transparent)]
    TransparentStructVar {
        a: Option<String>,
    },
    StructVarGetAttrArg {
        #[pyo3(attribute("bla"))]
        a: bool,
    },
    StructWithGetItem {
        #[pyo3(item)]
        a: String,
    },
    StructWithGetItemArg {
        #[pyo3(item("foo"))]
        a: String,
    },
}

#[test]
fn enum_variants_are_tried_in_order() {
    with_py(|py| {
        match eval(py, "(1, 'test')").extract::<Foo<'_>>().unwrap() {
            Foo::TupleVar(1, text) => assert_eq!(text, "test"),
            other => panic!("{other:?}"),
        }
        match namespace(py, "test='foo'").extract::<Foo<'_>>().unwrap() {
            Foo::StructVar { test } => assert_eq!(test.to_string_lossy(), "foo"),
            other => panic!("{other:?}"),
        }
        match eval(py, "1").extract::<Foo<'_>>().unwrap() {
            Foo::TransparentTuple(1) => {}
            other => panic!("{other:?}"),
        }
        match eval(py, "None").extract::<Foo<'_>>().unwrap() {
            Foo::TransparentStructVar { a: None } => {}
            other => panic!("{other:?}"),
        }
        match namespace(py, "bla=True").extract::<Foo<'_>>().unwrap() {
            Foo::StructVarGetAttrArg { a: true } => {}
            other => panic!("{other:?}"),
        }
        match eval(py, "{'a': 'test'}").extract::<Foo<'_>>().unwrap() {
            Foo::StructWithGetItem { a } => assert_eq!(a, "test"),
            other => panic!("{other:?}"),
        }
        match eval(py, "{'foo': 'test'}").extract::<Foo<'_>>().unwrap() {
            Foo::StructWithGetItemArg { a } => assert_eq!(a, "test"),
            other => panic!("{other:?}"),
        }
    });
}

#[test]
fn enum_errors_list_every_variant() {
    with_py(|py| {
        let err = PyDict::new(py).extract::<Foo<'_>>().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert!(err.cause(py).is_none());
        assert_eq!(
            err.to_string(),
            "\
TypeError: failed to extract enum Foo ('TupleVar | StructVar | TransparentTuple | TransparentStructVar | StructVarGetAttrArg | StructWithGetItem | StructWithGetItemArg')
- variant TupleVar (TupleVar): TypeError: 'dict' object is not an instance of 'tuple'
- variant StructVar (StructVar): AttributeError: 'dict' object has no attribute 'test'
- variant TransparentTuple (TransparentTuple): TypeError: failed to extract field Foo::TransparentTuple.0, caused by TypeError: 'dict' object cannot be interpreted as an integer
- variant TransparentStructVar (TransparentStructVar): TypeError: failed to extract field Foo::TransparentStructVar.a, caused by TypeError: 'dict' object is not an instance of 'str'
- variant StructVarGetAttrArg (StructVarGetAttrArg): AttributeError: 'dict' object has no attribute 'bla'
- variant StructWithGetItem (StructWithGetItem): KeyError: 'a'
- variant StructWithGetItemArg (StructWithGetItemArg): KeyError: 'foo'"
        );

        let err = PyTuple::empty(py).extract::<Foo<'_>>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "\
TypeError: failed to extract enum Foo ('TupleVar | StructVar | TransparentTuple | TransparentStructVar | StructVarGetAttrArg | StructWithGetItem | StructWithGetItemArg')
- variant TupleVar (TupleVar): ValueError: expected tuple of length 2, but got tuple of length 0
- variant StructVar (StructVar): AttributeError: 'tuple' object has no attribute 'test'
- variant TransparentTuple (TransparentTuple): TypeError: failed to extract field Foo::TransparentTuple.0, caused by TypeError: 'tuple' object cannot be interpreted as an integer
- variant TransparentStructVar (TransparentStructVar): TypeError: failed to extract field Foo::TransparentStructVar.a, caused by TypeError: 'tuple' object is not an instance of 'str'
- variant StructVarGetAttrArg (StructVarGetAttrArg): AttributeError: 'tuple' object has no attribute 'bla'
- variant StructWithGetItem (StructWithGetItem): TypeError: tuple indices must be integers or slices, not str
- variant StructWithGetItemArg (StructWithGetItemArg): TypeError: tuple indices must be integers or slices, not str"
        );
    });
}

#[derive(Debug, FromPyObject)]
enum CatchAll<'py> {
    #[pyo3(transparent)]
    Foo(Foo<'py>),
    #[pyo3(transparent)]
    Any(Bound<'py, PyAny>),
}

#[test]
fn a_last_variant_can_catch_everything() {
    with_py(|py| {
        let dict = PyDict::new(py);
        match dict.extract::<CatchAll<'_>>().unwrap() {
            CatchAll::Any(any) => assert!(any.is(&dict)),
            other => panic!("{other:?}"),
        }
        match eval(py, "7").extract::<CatchAll<'_>>().unwrap() {
            CatchAll::Foo(Foo::TransparentTuple(7)) => {}
            other => panic!("{other:?}"),
        }
    });
}

#[derive(Debug, FromPyObject)]
enum Annotated {
    #[pyo3(annotation = "str")]
    A(String),
    #[pyo3(annotation = "uint")]
    B(usize),
    #[pyo3(annotation = "int", transparent)]
    C(isize),
}

#[test]
fn annotation_names_variants_in_the_error() {
    with_py(|py| {
        let err = PyDict::new(py).extract::<Annotated>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "\
TypeError: failed to extract enum Annotated ('str | uint | int')
- variant A (str): TypeError: failed to extract field Annotated::A.0, caused by TypeError: 'dict' object is not an instance of 'str'
- variant B (uint): TypeError: failed to extract field Annotated::B.0, caused by TypeError: 'dict' object cannot be interpreted as an integer
- variant C (int): TypeError: failed to extract field Annotated::C.0, caused by TypeError: 'dict' object cannot be interpreted as an integer"
        );
        match eval(py, "-3").extract::<Annotated>().unwrap() {
            Annotated::C(-3) => {}
            other => panic!("{other:?}"),
        }
    });
}

#[derive(Debug, FromPyObject, PartialEq)]
enum WithFunctionsInVariants {
    Zip(#[pyo3(from_py_with = Bound::<'_, PyAny>::len)] usize),
    Zap(
        String,
        #[pyo3(from_py_with = Bound::<'_, PyAny>::len)] usize,
    ),
}

#[test]
fn from_py_with_in_variants() {
    with_py(|py| {
        // The first variant wins: the tuple's length.
        assert_eq!(
            eval(py, "('whatever', [1, 2, 3])")
                .extract::<WithFunctionsInVariants>()
                .unwrap(),
            WithFunctionsInVariants::Zip(2)
        );
        assert_eq!(
            extract_error::<WithFunctionsInVariants>(&eval(py, "1")),
            "\
TypeError: failed to extract enum WithFunctionsInVariants ('Zip | Zap')
- variant Zip (Zip): TypeError: failed to extract field WithFunctionsInVariants::Zip.0, caused by TypeError: object of type 'int' has no len()
- variant Zap (Zap): TypeError: 'int' object is not an instance of 'tuple'"
        );
    });
}

#[test]
fn rename_all_on_an_enum_applies_to_every_variant() {
    #[derive(Debug, FromPyObject, PartialEq)]
    #[pyo3(rename_all = "camelCase")]
    enum Renamed {
        Foo {
            some_field: String,
            #[pyo3(item)]
            other_field: f32,
            #[pyo3(attribute("customNumber"))]
            custom_name: i32,
        },
        Bar {
            some_field: i32,
        },
    }
    #[derive(Debug, FromPyObject, PartialEq)]
    enum RenamedVariant {
        #[pyo3(rename_all = "kebab-case")]
        Bar { some_field: i32 },
    }
    // (an enum-level `rename_all` and one on a variant are refused; see
    // tests/ui/invalid_derive_from_py_object.rs)
    let _ = Renamed::Bar { some_field: 0 };
    with_py(|py| {
        let obj = eval(
            py,
            "type('R', (dict,), {'someField': 'Foo', 'customNumber': 42})({'otherField': 4.5})",
        );
        assert_eq!(
            obj.extract::<Renamed>().unwrap(),
            Renamed::Foo {
                some_field: "Foo".into(),
                other_field: 4.5,
                custom_name: 42
            }
        );
        let obj = eval(py, "type('R', (), {'some-field': 3})()");
        assert_eq!(
            obj.extract::<RenamedVariant>().unwrap(),
            RenamedVariant::Bar { some_field: 3 }
        );
    });
}

// ---------------------------------------------------------- nested causes

#[derive(Debug, FromPyObject)]
struct Baz<U, T> {
    e: TwoParameters<U, T>,
    tup: Tuple,
}

#[test]
fn nested_struct_errors_chain_their_causes() {
    with_py(|py| {
        let obj = namespace(
            py,
            "tup=('test', 'test'), e=__import__('types').SimpleNamespace(test='foo', test2=0)",
        );
        assert_eq!(
            extract_error::<Baz<String, usize>>(&obj),
            "TypeError: failed to extract field Baz.tup <- TypeError: failed to extract field \
             Tuple.1 <- TypeError: 'str' object cannot be interpreted as an integer"
        );
        assert_eq!(
            extract_error::<Baz<usize, usize>>(&obj),
            "TypeError: failed to extract field Baz.e <- TypeError: failed to extract field \
             TwoParameters.test <- TypeError: 'str' object cannot be interpreted as an integer"
        );
    });
}

#[derive(Debug, FromPyObject)]
struct Inner {
    a: i32,
}

#[derive(Debug, FromPyObject)]
enum Choice {
    Int(i32),
    Named { a: String },
    Pair(i32, i32),
}

#[derive(Debug, FromPyObject)]
struct Outer {
    inner: Inner,
    #[pyo3(item)]
    choice: Choice,
}

#[derive(Debug, FromPyObject)]
enum WithStruct {
    #[pyo3(transparent)]
    Wrap(Inner),
    Field {
        inner: Inner,
    },
    #[pyo3(annotation = "tuple[int, str]")]
    T(i32, String),
}

#[test]
fn enum_in_struct_and_struct_in_enum_causes() {
    with_py(|py| {
        let obj = namespace(py, "inner=__import__('types').SimpleNamespace(a='x')");
        assert_eq!(
            extract_error::<Outer>(&obj),
            "TypeError: failed to extract field Outer.inner <- TypeError: failed to extract field \
             Inner.a <- TypeError: 'str' object cannot be interpreted as an integer"
        );

        let obj = eval(
            py,
            "type('X', (dict,), {'inner': __import__('types').SimpleNamespace(a=1)})(choice=[1])",
        );
        assert_eq!(
            extract_error::<Outer>(&obj),
            "\
TypeError: failed to extract field Outer.choice <- TypeError: failed to extract enum Choice ('Int | Named | Pair')
- variant Int (Int): TypeError: failed to extract field Choice::Int.0, caused by TypeError: 'list' object cannot be interpreted as an integer
- variant Named (Named): AttributeError: 'list' object has no attribute 'a'
- variant Pair (Pair): TypeError: 'list' object is not an instance of 'tuple'"
        );

        let obj = namespace(
            py,
            "inner=__import__('types').SimpleNamespace(a='x'), a='q'",
        );
        assert_eq!(
            extract_error::<WithStruct>(&obj),
            "\
TypeError: failed to extract enum WithStruct ('Wrap | Field | tuple[int, str]')
- variant Wrap (Wrap): TypeError: failed to extract field WithStruct::Wrap.0, caused by TypeError: failed to extract field Inner.a, caused by TypeError: 'str' object cannot be interpreted as an integer
- variant Field (Field): TypeError: failed to extract field WithStruct::Field.inner, caused by TypeError: failed to extract field Inner.a, caused by TypeError: 'str' object cannot be interpreted as an integer
- variant T (tuple[int, str]): TypeError: 'SimpleNamespace' object is not an instance of 'tuple'"
        );
    });
}

// ------------------------------------------------------- crate, from Python

mod reexported {
    pub use pyo3 as python;
}

#[derive(Debug, FromPyObject, PartialEq)]
#[pyo3(crate = "reexported::python")]
struct ThroughAnotherPath {
    #[pyo3(item)]
    a: i32,
    b: i32,
}

#[derive(Debug, FromPyObject, PartialEq)]
#[pyo3(crate = "crate::derive_from_py_object::reexported::python")]
enum EnumThroughAnotherPath {
    A(i32, i32),
    B(String),
}

#[test]
fn crate_option_names_the_pyo3_path() {
    with_py(|py| {
        let obj = eval(py, "type('T', (dict,), {'b': 2})({'a': 1})");
        assert_eq!(
            obj.extract::<ThroughAnotherPath>().unwrap(),
            ThroughAnotherPath { a: 1, b: 2 }
        );
        assert_eq!(
            eval(py, "(1, 2)")
                .extract::<EnumThroughAnotherPath>()
                .unwrap(),
            EnumThroughAnotherPath::A(1, 2)
        );
    });
}

#[pyfunction]
fn point_sum(point: Point) -> i32 {
    point.x + point.y
}

#[test]
fn derived_types_as_function_arguments() {
    with_py(|py| {
        let f = wrap_pyfunction!(point_sum, py).unwrap();
        let obj = namespace(py, "x=3, y=4");
        assert_eq!(f.call1((obj,)).unwrap().extract::<i32>().unwrap(), 7);
        let obj = namespace(py, "x=3, y=None");
        let err = f.call1((obj,)).unwrap_err();
        assert_eq!(
            chain(py, err),
            "TypeError: failed to extract field Point.y <- TypeError: 'NoneType' object cannot \
             be interpreted as an integer"
        );
    });
}

// ----------------------------------------------------------- reference counts

#[test]
fn extraction_keeps_reference_counts_flat() {
    with_py(|py| {
        let value = eval(py, "object()");
        let key = PyString::new(py, "any");
        let dict = PyDict::new(py);
        dict.set_item(&key, &value).unwrap();
        dict.set_item("list", PyList::empty(py)).unwrap();
        dict.set_item("owned", &value).unwrap();
        let tuple = PyTuple::new(py, [value.clone(), value.clone()]).unwrap();
        let before = (
            refcount(&value),
            refcount(dict.as_any()),
            refcount(tuple.as_any()),
        );

        for _ in 0..10 {
            let borrowing = dict.extract::<Borrowing<'_>>().unwrap();
            assert!(borrowing.any.is(&value));
            drop(borrowing);
            let pair = tuple.extract::<(Bound<'_, PyAny>, Py<PyAny>)>().unwrap();
            drop(pair);
            match tuple.extract::<CatchAll<'_>>().unwrap() {
                CatchAll::Any(any) => assert!(any.is(&tuple)),
                other => panic!("{other:?}"),
            }
            // Failures, with their chained causes, release everything too.
            let _ = value.extract::<Foo<'_>>().unwrap_err();
            let _ = tuple.extract::<Tuple>().unwrap_err();
            let _ = dict.extract::<WithDefaults>().unwrap_err();
        }
        assert_eq!(
            (
                refcount(&value),
                refcount(dict.as_any()),
                refcount(tuple.as_any())
            ),
            before
        );
    });
}

// ------------------------------------------------------ experimental-inspect

#[cfg(feature = "experimental-inspect")]
#[test]
fn input_types_combine_the_fields_hints() {
    fn hint<T: for<'a> FromPyObject<'a, 'static>>() -> String {
        T::INPUT_TYPE.to_string()
    }
    let string = hint::<String>();
    let usize = hint::<usize>();
    let option = hint::<Option<String>>();
    assert_eq!(hint::<Tuple>(), format!("tuple[{string}, {usize}]"));
    assert_eq!(hint::<Newtype>(), string);
    assert_eq!(hint::<Transparent>(), string);
    assert_eq!(hint::<Point>(), "_typeshed.Incomplete");
    assert_eq!(hint::<TransparentWithFunction>(), "_typeshed.Incomplete");
    assert_eq!(
        hint::<TupleWithFunction>(),
        format!("tuple[{string}, _typeshed.Incomplete]")
    );
    assert_eq!(
        hint::<Annotated>(),
        format!("{string} | {usize} | {}", hint::<isize>())
    );
    assert_eq!(
        hint::<Foo<'static>>(),
        format!(
            "tuple[{usize}, {string}] | _typeshed.Incomplete | {usize} | {option} | \
             _typeshed.Incomplete | _typeshed.Incomplete | _typeshed.Incomplete"
        )
    );
    // With type parameters: the trait's default.
    assert_eq!(hint::<Generic<String>>(), "_typeshed.Incomplete");
}
