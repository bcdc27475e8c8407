#![allow(unused)]

use pyo3::prelude::*;

struct NotConvertible;

#[pyfunction]
fn returns_unconvertible() -> NotConvertible {
    NotConvertible
}

fn main() {}
