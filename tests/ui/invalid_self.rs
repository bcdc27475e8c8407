#![allow(unused)]

use pyo3::prelude::*;

struct Counter;

impl Counter {
    #[pyfunction]
    fn method(&self) {}
}

#[pyfunction]
fn free_with_self(self) {}

fn main() {}
