//! Field types the derives cannot convert, and conversion functions of
//! the wrong shape: reported at the field's type or at the function.
#![allow(unused)]

use pyo3::prelude::*;

struct NotConvertible;

#[derive(FromPyObject)]
struct CannotExtract {
    a: i32,
    b: NotConvertible,
}

#[derive(FromPyObject)]
struct CannotExtractTuple(i32, NotConvertible);

#[derive(IntoPyObject)]
struct CannotConvert {
    a: i32,
    b: NotConvertible,
}

#[derive(IntoPyObjectRef)]
struct CannotConvertTuple(i32, NotConvertible);

fn takes_an_int(value: i32) -> PyResult<usize> {
    Ok(0)
}

fn returns_a_plain_value(obj: &Bound<'_, PyAny>) -> usize {
    0
}

#[derive(FromPyObject)]
struct WrongFromPyWith {
    #[pyo3(from_py_with = takes_an_int)]
    a: usize,
    #[pyo3(from_py_with = returns_a_plain_value)]
    b: usize,
    #[pyo3(from_py_with = no_such_function)]
    c: usize,
}

fn wrong_into_py_with(value: i32) -> i32 {
    value
}

#[derive(IntoPyObject)]
struct WrongIntoPyWith {
    #[pyo3(into_py_with = wrong_into_py_with)]
    a: i32,
    b: i32,
}

fn main() {}
