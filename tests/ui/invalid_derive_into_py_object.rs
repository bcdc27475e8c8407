//! Shapes and option combinations `#[derive(IntoPyObject)]` and
//! `#[derive(IntoPyObjectRef)]` refuse.
#![allow(unused)]

use pyo3::prelude::*;

#[derive(IntoPyObject)]
struct EmptyStruct {}

#[derive(IntoPyObjectRef)]
struct UnitStruct;

#[derive(IntoPyObject)]
enum EmptyEnum {}

#[derive(IntoPyObject)]
enum UnitVariant {
    Value(i32),
    Nothing,
}

#[derive(IntoPyObjectRef)]
union Union {
    a: i32,
}

#[derive(IntoPyObject)]
#[pyo3(transparent)]
struct TransparentTwoFields {
    a: i32,
    b: i32,
}

#[derive(IntoPyObject)]
#[pyo3(transparent)]
struct TransparentTwoTupleFields(i32, i32);

#[derive(IntoPyObject)]
#[pyo3(transparent)]
struct TransparentWithItem {
    #[pyo3(item("a"))]
    a: i32,
}

#[derive(IntoPyObject)]
#[pyo3(transparent, rename_all = "camelCase")]
struct TransparentRenamed {
    a_b: i32,
}

fn convert<'py>(value: std::borrow::Cow<'_, i32>, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
    Ok(value.into_owned().into_pyobject(py)?.into_any())
}

#[derive(IntoPyObject)]
#[pyo3(transparent)]
struct TransparentIntoPyWith {
    #[pyo3(into_py_with = convert)]
    a: i32,
}

#[derive(IntoPyObject)]
struct NewtypeIntoPyWith(#[pyo3(into_py_with = convert)] i32);

#[derive(IntoPyObject)]
struct TupleFieldItem(#[pyo3(item)] i32, i32);

#[derive(IntoPyObjectRef)]
#[pyo3(rename_all = "camelCase")]
struct TupleRenamed(i32, i32);

#[derive(IntoPyObject)]
#[pyo3(transparent)]
enum TransparentEnum {
    A(i32),
}

#[derive(IntoPyObject)]
#[pyo3(rename_all = "camelCase")]
enum RenamedTwice {
    #[pyo3(rename_all = "snake_case")]
    A { a_b: i32 },
}

fn main() {}
