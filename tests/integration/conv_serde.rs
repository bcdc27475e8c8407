//! `Serialize` / `Deserialize` for `Py<T>` (feature `serde`).
//!
//! PyO3 has these for `#[pyclass]` types `T`; this crate writes them against
//! the class hooks of `pyo3::impl_::serde` (which `#[pyclass]` will
//! implement). Until classes exist, the tests give a plain Rust type the
//! hooks by hand: a `Point` whose Python object is the tuple `(x, y)`, so
//! borrowing reads the tuple and making an object builds one.

use std::sync::Arc;

use pyo3::exceptions::PyValueError;
use pyo3::impl_::serde::{DeserializeClass, SerializeClass};
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use serde::{Deserialize, Serialize};

use crate::common::{eval, refcount, with_py};

/// A stand-in class: its value lives in the Python tuple `(x, y)`.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Point {
    x: i32,
    y: i32,
}

impl SerializeClass for Point {
    type Ref<'py> = Box<Point>;
    type BorrowError = String;

    fn try_borrow_value<'py>(
        object: &'py Py<Point>,
        py: Python<'py>,
    ) -> Result<Box<Point>, String> {
        let (x, y) = object
            .bind(py)
            .as_any()
            .extract::<(i32, i32)>()
            .map_err(|err| format!("not a point: {err}"))?;
        Ok(Box::new(Point { x, y }))
    }
}

impl DeserializeClass for Point {
    fn new_object(py: Python<'_>, value: Point) -> PyResult<Py<Point>> {
        if value.x < 0 {
            return Err(PyValueError::new_err("x must not be negative"));
        }
        let tuple = PyTuple::new(py, [value.x, value.y])?;
        // SAFETY: a `Point`'s object is a tuple `(x, y)`: that is what this
        // test's hooks read, and nothing else looks inside the object.
        Ok(unsafe { tuple.into_any().cast_into_unchecked::<Point>() }.unbind())
    }
}

/// A point's object made from Python: any object (the hooks check it).
fn point(py: Python<'_>, code: &str) -> Py<Point> {
    // SAFETY: only this file's hooks look inside a `Py<Point>`, and they
    // check what they find.
    unsafe { eval(py, code).cast_into_unchecked::<Point>() }.unbind()
}

/// A Rust structure holding class objects, as serde sees it.
#[derive(Debug, Serialize, Deserialize)]
struct Shape {
    name: String,
    centre: Option<Py<Point>>,
    corners: Vec<Py<Point>>,
}

#[test]
fn serialize_borrows_each_value_and_attaches_itself() {
    let shape = with_py(|py| Shape {
        name: "triangle".into(),
        centre: None,
        corners: vec![
            point(py, "(0, 0)"),
            point(py, "(4, 0)"),
            point(py, "(0, 3)"),
        ],
    });
    // Serialized on a thread that is not attached: each `Py` attaches.
    let shape = Arc::new(shape);
    let json = {
        let shape = shape.clone();
        std::thread::spawn(move || serde_json::to_string(&*shape).unwrap())
            .join()
            .unwrap()
    };
    assert_eq!(
        json,
        r#"{"name":"triangle","centre":null,"corners":[{"x":0,"y":0},{"x":4,"y":0},{"x":0,"y":3}]}"#
    );
    with_py(|py| {
        // Serializing took no references.
        for corner in &shape.corners {
            assert_eq!(refcount(corner.bind(py).as_any()), 1);
        }
    });
}

#[test]
fn serialize_reports_a_value_that_cannot_be_borrowed() {
    let bad = with_py(|py| point(py, "'not a tuple'"));
    let err = serde_json::to_string(&bad).unwrap_err();
    assert_eq!(
        err.to_string(),
        "not a point: TypeError: 'str' object is not an instance of 'tuple'"
    );
}

#[test]
fn deserialize_makes_new_objects() {
    crate::common::initialize();
    let json =
        r#"{"name":"segment","centre":{"x":1,"y":1},"corners":[{"x":0,"y":0},{"x":2,"y":2}]}"#;
    let shape: Shape = std::thread::spawn(move || serde_json::from_str(json).unwrap())
        .join()
        .unwrap();
    with_py(|py| {
        let centre = shape.centre.as_ref().unwrap().bind(py).as_any();
        assert_eq!(centre.extract::<(i32, i32)>().unwrap(), (1, 1));
        let corners: Vec<(i32, i32)> = shape
            .corners
            .iter()
            .map(|corner| corner.bind(py).as_any().extract().unwrap())
            .collect();
        assert_eq!(corners, [(0, 0), (2, 2)]);
        // Each object is new and owned by its `Py` alone.
        assert_eq!(refcount(centre), 1);
        for corner in &shape.corners {
            assert_eq!(refcount(corner.bind(py).as_any()), 1);
        }
        // And the round trip gives the same JSON back.
        assert_eq!(serde_json::to_string(&shape).unwrap(), json);
    });
}

#[test]
fn deserialize_reports_the_exception_making_the_object() {
    crate::common::initialize();
    let err = serde_json::from_str::<Py<Point>>(r#"{"x":-1,"y":2}"#).unwrap_err();
    // (Made after the point was read: serde_json gives it no position.)
    assert_eq!(err.to_string(), "ValueError: x must not be negative");
    // Inside a structure, the position is the end of the field's value.
    let err = serde_json::from_str::<Shape>(r#"{"name":"a","centre":{"x":-1,"y":0},"corners":[]}"#)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "ValueError: x must not be negative at line 1 column 35"
    );
    // The value's own errors come first, from serde, untouched.
    let err = serde_json::from_str::<Py<Point>>(r#"{"x":1}"#).unwrap_err();
    assert_eq!(err.to_string(), "missing field `y` at line 1 column 7");
}
