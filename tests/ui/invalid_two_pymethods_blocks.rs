#![allow(unused)]

use pyo3::prelude::*;

#[pyclass]
struct Class {}

#[pymethods]
impl Class {
    fn first(&self) {}
}

#[pymethods]
impl Class {
    fn second(&self) {}
}

fn main() {}
