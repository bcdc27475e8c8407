#![allow(unused)]

use pyo3::prelude::*;
use pyo3::types::PyType;

#[pyclass]
struct Class {}

#[pymethods]
impl Class {
    #[getter]
    fn value(&self, extra: i32) -> i32 {
        extra
    }

    #[setter]
    fn set_value(&mut self) {}

    #[staticmethod]
    fn static_with_self(&self) {}

    #[classmethod]
    fn class_without_cls() {}

    fn no_receiver() {}

    fn by_value(self) {}

    #[staticmethod]
    #[classmethod]
    fn two_kinds() {}

    fn __concat__(&self, name: String) -> String {
        name
    }

    #[getter(1)]
    fn bad_getter_name(&self) -> i32 {
        1
    }
}

fn main() {}
