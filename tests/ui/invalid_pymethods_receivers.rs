#![allow(unused)]

use pyo3::prelude::*;

#[pyclass]
struct Class {}

#[pyclass]
struct Other {}

#[pymethods]
impl Class {
    #[new]
    fn new() -> i32 {
        5
    }

    fn wrong_receiver(slf: i32) {}

    #[classmethod]
    fn wrong_class(cls: i32) {}

    fn other_class(slf: PyRef<'_, Other>) {}
}

fn main() {}
