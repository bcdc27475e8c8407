#![allow(unused)]

use pyo3::prelude::*;

#[pyclass]
struct Class {}

#[pymethods]
impl Class {
    fn __len__(&self) -> String {
        String::new()
    }

    fn __hash__(&self) -> f64 {
        0.0
    }

    fn __bool__(&self) -> i32 {
        1
    }

    fn __next__(&mut self) -> i32 {
        0
    }

    fn __traverse__(&self, visit: i32) -> Result<(), pyo3::gc::PyTraverseError> {
        Ok(())
    }
}

fn main() {}
