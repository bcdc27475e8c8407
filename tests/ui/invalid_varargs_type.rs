#![allow(unused)]

use pyo3::prelude::*;

#[pyfunction(signature = (*args))]
fn args_as_integer(args: i32) {}

#[pyfunction(signature = (**kwargs))]
fn kwargs_not_optional(kwargs: &Bound<'_, pyo3::types::PyDict>) {}

fn main() {}
