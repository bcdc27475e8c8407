#![allow(unused)]

use pyo3::prelude::*;

#[pymodule]
struct NotAModule;

#[pymodule(nme = "x")]
fn unknown_option(_m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}

#[pymodule(gil_used = "no")]
fn gil_used_not_bool(_m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}

#[pymodule]
fn too_many_arguments(_py: Python<'_>, _m: &Bound<'_, PyModule>, _x: i32) -> PyResult<()> {
    Ok(())
}

#[pymodule]
fn returns_integer(_m: &Bound<'_, PyModule>) -> i32 {
    1
}

#[pymodule]
mod declarative {
    use pyo3::prelude::*;

    #[pymodule_export]
    #[pyfunction]
    fn exported_function() {}

    #[pymodule_export]
    use std::collections::*;

    #[pymodule_init]
    fn first(_m: &Bound<'_, PyModule>) -> PyResult<()> {
        Ok(())
    }

    #[pymodule_init]
    fn second(_m: &Bound<'_, PyModule>) -> PyResult<()> {
        Ok(())
    }
}

#[pymodule]
mod not_inline;

#[pymodule]
fn module_parameter_of_another_type(_m: i32) -> PyResult<()> {
    Ok(())
}

fn main() {}
