#![allow(unused)]

use pyo3::prelude::*;

#[pyfunction(nme = "x")]
fn unknown_option() {}

#[pyfunction(name = "a", name = "b")]
fn duplicate_option() {}

#[pyfunction(name = "not an identifier")]
fn bad_name() {}

#[pyfunction(text_signature = 3)]
fn bad_text_signature() {}

#[pyfunction(text_signature = "a, b")]
fn text_signature_without_parentheses(a: i32, b: i32) {}

#[pyfunction]
#[pyo3(sigature = (a))]
fn unknown_pyo3_option(a: i32) {}

#[pyfunction]
fn unknown_argument_option(#[pyo3(from_py = f)] a: i32) {}

#[pyfunction(warn(category = pyo3::exceptions::PyUserWarning))]
fn warn_without_message() {}

fn main() {}
