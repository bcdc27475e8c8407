#![allow(unused)]

use pyo3::prelude::*;

#[pyclass(frozen)]
struct Frozen {
    #[pyo3(set)]
    x: i32,
}

#[pyclass(frozen)]
struct AlsoFrozen {
    y: i32,
}

#[pymethods]
impl AlsoFrozen {
    fn change(&mut self) {
        self.y += 1;
    }
}

fn main() {}
