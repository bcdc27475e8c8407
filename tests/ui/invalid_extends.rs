#![allow(unused)]

use pyo3::prelude::*;

#[pyclass]
struct NotSubclassable {}

#[pyclass(extends = NotSubclassable)]
struct Child {}

#[pyclass(extends = pyo3::types::PyTuple)]
struct FromTuple {}

fn main() {}
