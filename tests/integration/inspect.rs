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

/// Checks type hint texts against the running interpreter: each must be
/// Python's canonical spelling of itself (`ast.unparse`), every name in it
/// must resolve to a real object (modules imported on demand, so a wrong
/// module or attribute fails), subscripts of stub-only generics must have
/// their arity, and from 3.10 (where `X | Y` works on types) the whole
/// expression must evaluate.
const HINT_CHECKER: &str = r#"
import ast, builtins, importlib, sys, types, typing

# `_typeshed` exists only in typeshed's stubs; these stand-ins have the
# names and generic arity of the protocols there.
_K = typing.TypeVar("_K")
_V = typing.TypeVar("_V")
class SupportsGetItem(typing.Protocol[_K, _V]): pass
class SupportsLenAndGetItem(typing.Protocol[_V]): pass
STUB_MODULES = {
    "_typeshed": types.SimpleNamespace(
        SupportsGetItem=SupportsGetItem,
        SupportsLenAndGetItem=SupportsLenAndGetItem,
        Incomplete=typing.Any,
    ),
}

def _tb():
    try:
        raise ValueError
    except ValueError as err:
        return err.__traceback__

# Types that typeshed's `builtins.pyi` names but the `builtins` module does
# not export: found through instances, so only their real `__name__` matches.
PSEUDO_BUILTINS = {
    type(obj).__name__: type(obj)
    for obj in (lambda: None, len, _tb(), list[int])
}

# Attributes that newer interpreters added.
MIN_VERSION = {
    "types.CapsuleType": (3, 13),
    "types.EllipsisType": (3, 10),
    "types.NotImplementedType": (3, 10),
}

def resolve(node):
    if isinstance(node, ast.Name):
        if node.id in STUB_MODULES:
            return STUB_MODULES[node.id]
        if node.id in PSEUDO_BUILTINS:
            return PSEUDO_BUILTINS[node.id]
        if hasattr(builtins, node.id):
            return getattr(builtins, node.id)
        return importlib.import_module(node.id)
    if isinstance(node, ast.Attribute):
        owner = resolve(node.value)
        if owner is builtins and node.attr in PSEUDO_BUILTINS:
            return PSEUDO_BUILTINS[node.attr]
        if isinstance(owner, types.ModuleType) and not hasattr(owner, node.attr):
            try:
                return importlib.import_module(owner.__name__ + "." + node.attr)
            except ImportError:
                pass
        return getattr(owner, node.attr)
    raise AssertionError("not a name: " + ast.dump(node))

def check_node(node):
    if isinstance(node, ast.Constant):
        assert node.value is None, ast.dump(node)
    elif isinstance(node, (ast.Name, ast.Attribute)):
        value = resolve(node)
        assert not isinstance(value, types.ModuleType), ast.unparse(node) + " is a module"
        assert isinstance(value, type) or value is typing.Any, ast.unparse(node)
    elif isinstance(node, ast.BinOp):
        assert isinstance(node.op, ast.BitOr), ast.dump(node)
        check_node(node.left)
        check_node(node.right)
    elif isinstance(node, ast.Subscript):
        generic = resolve(node.value)
        args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if generic in (SupportsGetItem, SupportsLenAndGetItem):
            assert len(args) == len(generic.__parameters__), ast.unparse(node)
        if generic is tuple and isinstance(node.slice, ast.Tuple) and not args:
            return  # `tuple[()]`
        for arg in args:
            check_node(arg)
    else:
        raise AssertionError("unexpected node " + ast.dump(node))

def check(text):
    tree = ast.parse(text, mode="eval")
    assert ast.unparse(tree) == text, (ast.unparse(tree), text)
    for dotted, version in MIN_VERSION.items():
        if dotted in text and sys.version_info < version:
            return
    check_node(tree.body)
    if sys.version_info >= (3, 10):
        names = {name: resolve(ast.Name(id=name)) for name in
                 {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}}
        if "builtins" in names:
            names["builtins"] = types.SimpleNamespace(**vars(builtins), **PSEUDO_BUILTINS)
        # Every name is in `names`, so the real builtins are never consulted.
        eval(compile(tree, "<hint>", "eval"), names)
"#;

/// `(Rust type, its `FromPyObject::INPUT_TYPE` text, the expected text)`.
macro_rules! input_types {
    ($($(#[$cfg:meta])* $ty:ty => $expected:expr),* $(,)?) => {
        vec![$($(#[$cfg])* (
            stringify!($ty),
            <$ty as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
            $expected,
        )),*]
    };
}

/// `(Rust type, its `IntoPyObject::OUTPUT_TYPE` text, the expected text)`.
macro_rules! output_types {
    ($($(#[$cfg:meta])* $ty:ty => $expected:expr),* $(,)?) => {
        vec![$($(#[$cfg])* (
            stringify!($ty),
            <$ty as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
            $expected,
        )),*]
    };
}

/// Asserts every row and runs [`HINT_CHECKER`] on the expected texts.
fn check_rows(rows: &[(&str, String, &str)]) {
    let mut failures = Vec::new();
    for (ty, actual, expected) in rows {
        if actual != expected {
            failures.push(format!("{ty}: got {actual:?}, expected {expected:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    with_py(|py| {
        let code = std::ffi::CString::new(HINT_CHECKER).unwrap();
        let checker =
            pyo3::types::PyModule::from_code(py, &code, c"hint_checker.py", c"hint_checker")
                .unwrap();
        for (ty, _, expected) in rows {
            checker
                .call_method1("check", (*expected,))
                .unwrap_or_else(|err| panic!("{ty}: {expected:?} is not a valid hint: {err}"));
        }
    });
}

const SUPPORTS_INDEX: &str = "typing.SupportsIndex";
const FLOAT_IN: &str = "typing.SupportsFloat | typing.SupportsIndex";
const BOOL: &str = "builtins.bool";
const PY_STR: &str = "builtins.str";
const PY_INT: &str = "builtins.int";
const PY_BYTES: &str = "builtins.bytes";

#[test]
fn std_conversions_input_types() {
    use std::borrow::Cow;
    use std::cell::Cell;
    use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, LinkedList, VecDeque};
    use std::ffi::{CStr, CString, OsStr, OsString};
    use std::net::IpAddr;
    use std::num::{NonZeroI32, NonZeroU64};
    use std::path::{Path, PathBuf};
    use std::time::{Duration, SystemTime};

    let rows = input_types![
        i8 => SUPPORTS_INDEX,
        i16 => SUPPORTS_INDEX,
        i32 => SUPPORTS_INDEX,
        i64 => SUPPORTS_INDEX,
        i128 => SUPPORTS_INDEX,
        isize => SUPPORTS_INDEX,
        u8 => SUPPORTS_INDEX,
        u16 => SUPPORTS_INDEX,
        u32 => SUPPORTS_INDEX,
        u64 => SUPPORTS_INDEX,
        u128 => SUPPORTS_INDEX,
        usize => SUPPORTS_INDEX,
        NonZeroI32 => SUPPORTS_INDEX,
        NonZeroU64 => SUPPORTS_INDEX,
        f64 => FLOAT_IN,
        f32 => FLOAT_IN,
        bool => BOOL,
        String => PY_STR,
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        &str => PY_STR,
        Cow<'_, str> => PY_STR,
        Box<str> => PY_STR,
        char => PY_STR,
        CString => PY_STR,
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        &CStr => PY_STR,
        Cow<'_, CStr> => PY_STR,
        OsString => PY_STR,
        Cow<'_, OsStr> => PY_STR,
        pyo3::pybacked::PyBackedStr => PY_STR,
        PathBuf => "builtins.str | os.PathLike[builtins.str]",
        Cow<'_, Path> => "builtins.str | os.PathLike[builtins.str]",
        Vec<i32> => "_typeshed.SupportsGetItem[int, typing.SupportsIndex]",
        Vec<String> => "_typeshed.SupportsGetItem[int, builtins.str]",
        Box<[f64]> => "_typeshed.SupportsGetItem[int, typing.SupportsFloat | typing.SupportsIndex]",
        VecDeque<bool> => "_typeshed.SupportsGetItem[int, builtins.bool]",
        LinkedList<String> => "_typeshed.SupportsGetItem[int, builtins.str]",
        [u8; 3] => "_typeshed.SupportsLenAndGetItem[typing.SupportsIndex]",
        &[u8] => PY_BYTES,
        Cow<'_, [u8]> => "_typeshed.SupportsGetItem[int, typing.SupportsIndex]",
        pyo3::pybacked::PyBackedBytes => "builtins.bytes | builtins.bytearray",
        HashMap<String, i64> => "builtins.dict[builtins.str, typing.SupportsIndex]",
        BTreeMap<u8, Vec<bool>> =>
            "builtins.dict[typing.SupportsIndex, _typeshed.SupportsGetItem[int, builtins.bool]]",
        HashSet<String> => "builtins.set[builtins.str]",
        BTreeSet<i32> => "builtins.set[typing.SupportsIndex]",
        () => "builtins.tuple[()]",
        (bool,) => "builtins.tuple[builtins.bool]",
        (i32, String) => "builtins.tuple[typing.SupportsIndex, builtins.str]",
        (i32, (f64, bool), Option<String>) =>
            "builtins.tuple[typing.SupportsIndex, builtins.tuple[typing.SupportsFloat | typing.SupportsIndex, builtins.bool], builtins.str | None]",
        Option<i32> => "typing.SupportsIndex | None",
        Option<Vec<String>> => "_typeshed.SupportsGetItem[int, builtins.str] | None",
        Cell<i32> => SUPPORTS_INDEX,
        Duration => "datetime.timedelta",
        SystemTime => "datetime.datetime",
        IpAddr => "ipaddress.IPv4Address | ipaddress.IPv6Address",
    ];
    check_rows(&rows);
}

#[test]
fn std_conversions_output_types() {
    use std::borrow::Cow;
    use std::cell::Cell;
    use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, LinkedList, VecDeque};
    use std::ffi::{CStr, CString, OsStr, OsString};
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
    use std::num::{NonZeroI32, NonZeroU64};
    use std::path::{Path, PathBuf};
    use std::time::{Duration, SystemTime};

    let rows = output_types![
        i8 => PY_INT,
        i32 => PY_INT,
        &i64 => PY_INT,
        i128 => PY_INT,
        &u128 => PY_INT,
        u8 => PY_INT,
        &u8 => PY_INT,
        usize => PY_INT,
        NonZeroI32 => PY_INT,
        &NonZeroU64 => PY_INT,
        f64 => "builtins.float",
        &f32 => "builtins.float",
        bool => BOOL,
        &bool => BOOL,
        &str => PY_STR,
        String => PY_STR,
        &String => PY_STR,
        Cow<'_, str> => PY_STR,
        Box<str> => PY_STR,
        char => PY_STR,
        &CStr => PY_STR,
        CString => PY_STR,
        &OsStr => PY_STR,
        OsString => PY_STR,
        Cow<'_, OsStr> => PY_STR,
        pyo3::pybacked::PyBackedStr => PY_STR,
        &Path => "pathlib.Path",
        PathBuf => "pathlib.Path",
        Cow<'_, Path> => "pathlib.Path",
        Vec<i32> => "builtins.list[builtins.int]",
        &Vec<String> => "builtins.list[builtins.str]",
        &[bool] => "builtins.list[builtins.bool]",
        Vec<u8> => PY_BYTES,
        &Vec<u8> => PY_BYTES,
        &[u8] => PY_BYTES,
        [u8; 4] => PY_BYTES,
        &[u8; 4] => PY_BYTES,
        Box<[u8]> => PY_BYTES,
        Cow<'_, [u8]> => PY_BYTES,
        Cow<'_, [i32]> => "builtins.list[builtins.int]",
        Vec<Vec<u8>> => "builtins.list[builtins.bytes]",
        VecDeque<u8> => "builtins.list[builtins.int]",
        &LinkedList<String> => "builtins.list[builtins.str]",
        pyo3::pybacked::PyBackedBytes => PY_BYTES,
        HashMap<String, Vec<u8>> => "builtins.dict[builtins.str, builtins.bytes]",
        &BTreeMap<i32, bool> => "builtins.dict[builtins.int, builtins.bool]",
        HashSet<String> => "builtins.set[builtins.str]",
        &BTreeSet<u8> => "builtins.set[builtins.int]",
        () => "builtins.tuple[()]",
        (i32, ()) => "builtins.tuple[builtins.int, builtins.tuple[()]]",
        (i32, String) => "builtins.tuple[builtins.int, builtins.str]",
        &(bool, f64) => "builtins.tuple[builtins.bool, builtins.float]",
        Option<String> => "builtins.str | None",
        &Option<i32> => "builtins.int | None",
        Option<Option<bool>> => "builtins.bool | None | None",
        Cell<i32> => PY_INT,
        Duration => "datetime.timedelta",
        &SystemTime => "datetime.datetime",
        Ipv4Addr => "ipaddress.IPv4Address",
        &Ipv6Addr => "ipaddress.IPv6Address",
        IpAddr => "ipaddress.IPv4Address | ipaddress.IPv6Address",
        PyErr => "builtins.BaseException",
        pyo3::types::slice::PySliceIndices => "builtins.slice",
    ];
    check_rows(&rows);
}

#[test]
fn native_types_input_and_output_types() {
    use pyo3::exceptions::{PyException, PyValueError};
    use pyo3::types::*;

    let inputs = input_types![
        Bound<'_, PyAny> => "typing.Any",
        Py<PyAny> => "typing.Any",
        Borrowed<'_, '_, PyAny> => "typing.Any",
        Bound<'_, PyInt> => PY_INT,
        Bound<'_, PyFloat> => "builtins.float",
        Bound<'_, PyBool> => BOOL,
        Bound<'_, PyString> => PY_STR,
        Py<PyBytes> => PY_BYTES,
        Bound<'_, PyByteArray> => "builtins.bytearray",
        Bound<'_, PyList> => "builtins.list",
        Bound<'_, PyTuple> => "builtins.tuple",
        Py<PyDict> => "builtins.dict",
        Bound<'_, PySet> => "builtins.set",
        Bound<'_, PyFrozenSet> => "builtins.frozenset",
        Bound<'_, PyComplex> => "builtins.complex",
        Bound<'_, PySlice> => "builtins.slice",
        Bound<'_, PyRange> => "builtins.range",
        Bound<'_, PyType> => "builtins.type",
        Bound<'_, PyMemoryView> => "builtins.memoryview",
        Bound<'_, PySuper> => "builtins.super",
        Bound<'_, PyNone> => "None",
        Bound<'_, PyEllipsis> => "types.EllipsisType",
        Bound<'_, PyNotImplemented> => "types.NotImplementedType",
        Bound<'_, PyModule> => "types.ModuleType",
        Bound<'_, PyCapsule> => "types.CapsuleType",
        Bound<'_, PyCode> => "types.CodeType",
        Bound<'_, PyMappingProxy> => "types.MappingProxyType",
        Bound<'_, PyCFunction> => "builtins.builtin_function_or_method",
        #[cfg(not(Py_LIMITED_API))]
        Bound<'_, PyFunction> => "builtins.function",
        Bound<'_, PyTraceback> => "builtins.traceback",
        Bound<'_, PyGenericAlias> => "builtins.GenericAlias",
        Bound<'_, PySequence> => "collections.abc.Sequence",
        Bound<'_, PyMapping> => "collections.abc.Mapping",
        Bound<'_, PyIterator> => "collections.abc.Iterator",
        Bound<'_, PyDate> => "datetime.date",
        Bound<'_, PyDateTime> => "datetime.datetime",
        Bound<'_, PyTime> => "datetime.time",
        Bound<'_, PyDelta> => "datetime.timedelta",
        Bound<'_, PyTzInfo> => "datetime.tzinfo",
        Bound<'_, PyWeakrefReference> => "weakref.ReferenceType",
        Bound<'_, PyWeakrefProxy> => "weakref.ProxyType | weakref.CallableProxyType",
        Bound<'_, PyWeakref> =>
            "weakref.ProxyType | weakref.CallableProxyType | weakref.ReferenceType",
        Bound<'_, PyValueError> => "builtins.ValueError",
        Py<PyException> => "builtins.Exception",
    ];
    check_rows(&inputs);

    let outputs = output_types![
        Bound<'_, PyAny> => "typing.Any",
        &Bound<'_, PyList> => "builtins.list",
        Borrowed<'_, '_, PyString> => PY_STR,
        &Borrowed<'_, '_, PyTuple> => "builtins.tuple",
        Py<PyDict> => "builtins.dict",
        &Py<PyIterator> => "collections.abc.Iterator",
        Py<PyDateTime> => "datetime.datetime",
        Bound<'_, PyNone> => "None",
        &&Bound<'_, PySet> => "builtins.set",
        Option<Py<PyInt>> => "builtins.int | None",
        Vec<Bound<'_, PyAny>> => "builtins.list[typing.Any]",
        (Bound<'_, PyBytes>, Py<PyFloat>) => "builtins.tuple[builtins.bytes, builtins.float]",
    ];
    check_rows(&outputs);
}

pyo3::create_exception!(hint_module, HintError, pyo3::exceptions::PyException);

#[test]
fn created_exceptions_are_named_by_their_module() {
    assert_eq!(
        <Bound<'_, HintError> as FromPyObject>::INPUT_TYPE.to_string(),
        "hint_module.HintError"
    );
    assert_eq!(
        <Py<HintError> as IntoPyObject>::OUTPUT_TYPE.to_string(),
        "hint_module.HintError"
    );
}
