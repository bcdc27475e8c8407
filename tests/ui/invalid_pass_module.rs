#![allow(unused)]

use pyo3::prelude::*;

#[pyfunction(pass_module)]
fn no_module_argument() {}

#[pyfunction(pass_module)]
fn module_argument_of_wrong_type(module: i32) {}

fn main() {}
