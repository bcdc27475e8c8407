#![allow(unused)]

use pyo3::prelude::*;

#[pyfunction]
async fn asynchronous() -> i32 {
    1
}

fn main() {}
