#![allow(unused)]

use pyo3::prelude::*;

#[pyfunction]
fn unsupported_type(file: std::fs::File) {}

#[pyfunction]
fn impl_trait(value: impl Into<i32>) {}

#[pyfunction]
fn pattern((a, b): (i32, i32)) {}

#[pyfunction]
fn generic<T: Clone>(value: T) {}

#[pyfunction]
unsafe fn unsafe_function() {}

fn main() {}
