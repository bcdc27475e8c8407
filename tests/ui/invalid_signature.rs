#![allow(unused)]

use pyo3::prelude::*;

#[pyfunction(signature = (a = 1, b))]
fn required_after_default(a: i32, b: i32) {}

#[pyfunction(signature = (a, a))]
fn duplicate_name(a: i32, b: i32) {}

#[pyfunction(signature = (b, a))]
fn wrong_order(a: i32, b: i32) {}

#[pyfunction(signature = (a))]
fn argument_left_out(a: i32, b: i32) {}

#[pyfunction(signature = (a, b, c))]
fn entry_without_argument(a: i32, b: i32) {}

#[pyfunction(signature = (*, a, /))]
fn slash_after_star(a: i32) {}

#[pyfunction(signature = (a, *))]
fn bare_star_at_the_end(a: i32) {}

#[pyfunction(signature = (**kwargs, a))]
fn kwargs_not_last(kwargs: Option<&Bound<'_, pyo3::types::PyDict>>, a: i32) {}

#[pyfunction(signature = (*args, *rest))]
fn two_varargs(args: &Bound<'_, pyo3::types::PyTuple>, rest: &Bound<'_, pyo3::types::PyTuple>) {}

#[pyfunction(signature = (a, %))]
fn not_a_parameter(a: i32) {}

fn main() {}
