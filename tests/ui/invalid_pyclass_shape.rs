#![allow(unused)]

use pyo3::prelude::*;

#[pyclass]
struct Generic<T> {
    value: T,
}

#[pyclass]
struct Borrowing<'a> {
    text: &'a str,
}

#[pyclass]
enum NotYetComplex {
    A(i32),
    B { x: i32 },
}

#[pyclass(eq_int)]
enum EqIntWithoutEq {
    A,
}

#[pyclass]
fn not_a_type() {}

fn main() {}
