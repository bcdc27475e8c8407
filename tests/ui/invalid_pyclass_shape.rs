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
enum NotYetEnum {
    A,
    B,
}

#[pyclass]
fn not_a_type() {}

fn main() {}
