//! `Serialize` / `Deserialize` for `Py<T>` of a `#[pyclass]` `T` (feature
//! `serde`): serde of the Rust value inside the class object.

use std::sync::Arc;

use pyo3::prelude::*;
use serde::{Deserialize, Serialize};

use crate::common::{refcount, with_py};

#[pyclass(get_all)]
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Point {
    x: i32,
    y: i32,
}

/// A Rust structure holding class objects, as serde sees it.
#[derive(Debug, Serialize, Deserialize)]
struct Shape {
    name: String,
    centre: Option<Py<Point>>,
    corners: Vec<Py<Point>>,
}

fn point(py: Python<'_>, x: i32, y: i32) -> Py<Point> {
    Py::new(py, Point { x, y }).unwrap()
}

#[test]
fn serialize_borrows_each_value_and_attaches_itself() {
    let shape = with_py(|py| Shape {
        name: "triangle".into(),
        centre: None,
        corners: vec![point(py, 0, 0), point(py, 4, 0), point(py, 0, 3)],
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
        // Serializing took no references, and left no borrow behind.
        for corner in &shape.corners {
            assert_eq!(refcount(corner.bind(py).as_any()), 1);
            assert!(corner.try_borrow_mut(py).is_ok());
        }
    });
}

#[test]
fn serialize_reports_a_value_that_is_mutably_borrowed() {
    with_py(|py| {
        let busy = point(py, 1, 2);
        let guard = busy.borrow_mut(py);
        let err = serde_json::to_string(&busy).unwrap_err();
        assert_eq!(err.to_string(), "Already mutably borrowed");
        drop(guard);
        assert_eq!(serde_json::to_string(&busy).unwrap(), r#"{"x":1,"y":2}"#);
    });
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
        let centre = shape.centre.as_ref().unwrap().bind(py);
        assert_eq!(*centre.borrow(), Point { x: 1, y: 1 });
        assert!(centre.is_exact_instance_of::<Point>());
        let corners: Vec<(i32, i32)> = shape
            .corners
            .iter()
            .map(|corner| {
                let corner = corner.bind(py);
                (
                    corner.getattr("x").unwrap().extract().unwrap(),
                    corner.getattr("y").unwrap().extract().unwrap(),
                )
            })
            .collect();
        assert_eq!(corners, [(0, 0), (2, 2)]);
        // Each object is new and owned by its `Py` alone.
        assert_eq!(refcount(centre.as_any()), 1);
        for corner in &shape.corners {
            assert_eq!(refcount(corner.bind(py).as_any()), 1);
        }
        // And the round trip gives the same JSON back.
        assert_eq!(serde_json::to_string(&shape).unwrap(), json);
    });
}

#[test]
fn deserialize_reports_the_value_errors_untouched() {
    crate::common::initialize();
    let err = serde_json::from_str::<Py<Point>>(r#"{"x":1}"#).unwrap_err();
    assert_eq!(err.to_string(), "missing field `y` at line 1 column 7");
}
