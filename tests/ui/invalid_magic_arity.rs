#![allow(unused)]

use pyo3::prelude::*;

#[pyclass]
struct Class {}

#[pymethods]
impl Class {
    fn __len__(&self, extra: i32) -> usize {
        0
    }

    fn __getitem__(&self) -> i32 {
        0
    }

    fn __lt__(&self, a: i32, b: i32) -> bool {
        false
    }
}

fn main() {}
