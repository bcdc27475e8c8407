//! `pyo3::inspect`: type hints built in `const` context, their Python
//! source form (checked against Python's own parser), and the
//! `INPUT_TYPE` / `OUTPUT_TYPE` constants of the conversion traits.

use std::convert::Infallible;

use pyo3::inspect::{PyStaticConstant, PyStaticExpr, PyStaticOperator};
use pyo3::prelude::*;
use pyo3::types::PyString;
use pyo3::{type_hint_identifier, type_hint_subscript, type_hint_union};

use crate::common::with_py;

const INT: PyStaticExpr = type_hint_identifier!("builtins", "int");
const STR: PyStaticExpr = type_hint_identifier!("builtins", "str");
const SEQUENCE: PyStaticExpr = type_hint_identifier!("collections.abc", "Sequence");
const NONE: PyStaticExpr = PyStaticExpr::Constant {
    value: PyStaticConstant::None,
};

/// `ast.unparse(ast.parse(text, mode="eval"))`: Python's canonical spelling
/// of the expression (and a check that it parses at all).
fn python_unparse(py: Python<'_>, text: &str) -> String {
    let ast = py.import("ast").unwrap();
    let tree = ast
        .call_method1("parse", (text, "<hint>", "eval"))
        .unwrap_or_else(|err| panic!("{text:?} is not a Python expression: {err}"));
    ast.call_method1("unparse", (tree,))
        .unwrap()
        .extract()
        .unwrap()
}

#[test]
fn identifiers_unions_and_subscripts() {
    const DATE: PyStaticExpr = type_hint_identifier!("datetime", "date");
    const OPTIONAL: PyStaticExpr = type_hint_union!(INT, STR, NONE);
    const LONE: PyStaticExpr = type_hint_union!(INT);
    const ONE_ARG: PyStaticExpr = type_hint_subscript!(SEQUENCE, INT);
    const TWO_ARGS: PyStaticExpr = type_hint_subscript!(
        type_hint_identifier!("builtins", "dict"),
        STR,
        type_hint_subscript!(type_hint_identifier!("builtins", "list"), INT)
    );
    const EMPTY_TUPLE: PyStaticExpr = type_hint_subscript!(
        type_hint_identifier!("builtins", "tuple"),
        PyStaticExpr::Tuple { elts: &[] }
    );
    assert_eq!(INT.to_string(), "int");
    assert_eq!(DATE.to_string(), "datetime.date");
    assert_eq!(SEQUENCE.to_string(), "collections.abc.Sequence");
    assert_eq!(OPTIONAL.to_string(), "int | str | None");
    assert_eq!(LONE, INT);
    assert_eq!(ONE_ARG.to_string(), "collections.abc.Sequence[int]");
    assert_eq!(TWO_ARGS.to_string(), "dict[str, list[int]]");
    assert_eq!(EMPTY_TUPLE.to_string(), "tuple[()]");
    match OPTIONAL {
        PyStaticExpr::BinOp { left, op, .. } => {
            assert_eq!(*left, INT);
            assert_eq!(op, PyStaticOperator::BitOr);
        }
        other => panic!("a union is a `|` operation, not {other:?}"),
    }
    with_py(|py| {
        for hint in [DATE, OPTIONAL, ONE_ARG, TWO_ARGS, EMPTY_TUPLE] {
            let text = hint.to_string();
            assert_eq!(python_unparse(py, &text), text);
        }
    });
}

#[test]
fn constants_tuples_and_lists_are_python_source() {
    const TEXT: &str = "quote \" backslash \\ newline \n tab \t nul \0 bell \x07 é";
    let cases = [
        (PyStaticConstant::Bool(true), "True"),
        (PyStaticConstant::Bool(false), "False"),
        (PyStaticConstant::Int("-12"), "-12"),
        (PyStaticConstant::Float("1.5"), "1.5"),
        (PyStaticConstant::Float("2"), "2."),
        (PyStaticConstant::Float("1e3"), "1e3"),
        (PyStaticConstant::Ellipsis, "..."),
    ];
    for (value, text) in cases {
        assert_eq!(PyStaticExpr::Constant { value }.to_string(), text);
    }
    assert_eq!(NONE.to_string(), "None");
    let one = PyStaticExpr::Tuple { elts: &[INT] };
    assert_eq!(one.to_string(), "(int,)");
    let pair = PyStaticExpr::Tuple { elts: &[INT, STR] };
    assert_eq!(pair.to_string(), "(int, str)");
    let list = PyStaticExpr::List { elts: &[INT, NONE] };
    assert_eq!(list.to_string(), "[int, None]");
    let callable = type_hint_subscript!(
        type_hint_identifier!("collections.abc", "Callable"),
        PyStaticExpr::List { elts: &[INT] },
        STR
    );
    assert_eq!(callable.to_string(), "collections.abc.Callable[[int], str]");

    // The string literal reads back as the same text, and the float as a float.
    let literal = PyStaticExpr::Constant {
        value: PyStaticConstant::Str(TEXT),
    }
    .to_string();
    with_py(|py| {
        let ast = py.import("ast").unwrap();
        let back = ast.call_method1("literal_eval", (&literal,)).unwrap();
        assert_eq!(back.cast::<PyString>().unwrap().to_cow().unwrap(), TEXT);
        let float = ast.call_method1("literal_eval", ("2.",)).unwrap();
        assert!(float.is_instance_of::<pyo3::types::PyFloat>());
    });
}

/// A type that describes itself.
struct Celsius(f64);

impl<'py> FromPyObject<'_, 'py> for Celsius {
    type Error = PyErr;

    const INPUT_TYPE: PyStaticExpr = type_hint_union!(
        type_hint_identifier!("builtins", "float"),
        type_hint_identifier!("builtins", "int")
    );

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> PyResult<Self> {
        obj.extract().map(Celsius)
    }
}

impl<'py> IntoPyObject<'py> for Celsius {
    type Target = pyo3::types::PyFloat;
    type Output = Bound<'py, pyo3::types::PyFloat>;
    type Error = Infallible;

    const OUTPUT_TYPE: PyStaticExpr = type_hint_identifier!("builtins", "float");

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Infallible> {
        Ok(pyo3::types::PyFloat::new(py, self.0))
    }
}

/// A type that keeps the defaults.
struct Opaque;

impl<'py> FromPyObject<'_, 'py> for Opaque {
    type Error = PyErr;

    fn extract(_obj: Borrowed<'_, 'py, PyAny>) -> PyResult<Self> {
        Ok(Opaque)
    }
}

impl<'py> IntoPyObject<'py> for Opaque {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = Infallible;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Infallible> {
        Ok(py.None().into_bound(py))
    }
}

#[test]
fn conversion_traits_carry_type_hints() {
    assert_eq!(
        <Celsius as FromPyObject>::INPUT_TYPE.to_string(),
        "float | int"
    );
    assert_eq!(<Celsius as IntoPyObject>::OUTPUT_TYPE.to_string(), "float");
    assert_eq!(
        <Opaque as FromPyObject>::INPUT_TYPE.to_string(),
        "_typeshed.Incomplete"
    );
    assert_eq!(
        <Opaque as IntoPyObject>::OUTPUT_TYPE.to_string(),
        "_typeshed.Incomplete"
    );
    with_py(|py| {
        let value: Celsius = pyo3::types::PyFloat::new(py, 21.5).extract().unwrap();
        let back = value.into_pyobject(py).unwrap();
        assert_eq!(back.extract::<f64>().unwrap(), 21.5);
        assert!(Opaque.into_pyobject(py).unwrap().is_none());
        assert!(py.None().bind(py).extract::<Opaque>().is_ok());
    });
}
