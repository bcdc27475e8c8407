//! An extension module of classes covering `#[pyclass]` and
//! `#[pymethods]`; `tests/` uses them from Python.

use pyo3::prelude::*;

mod basics;
mod borrowing;
mod errors;
mod inheritance;
mod introspection;
mod options;
mod protocols_async;
mod protocols_attributes;
mod protocols_containers;
mod protocols_enums;
mod protocols_gc;
mod protocols_numbers;
mod protocols_objects;
mod slots;

/// Classes made with `#[pyclass]` and `#[pymethods]`.
#[pymodule]
fn pyclasses(m: &Bound<'_, PyModule>) -> PyResult<()> {
    basics::register(m)?;
    inheritance::register(m)?;
    slots::register(m)?;
    introspection::register(m)?;
    options::register(m)?;
    errors::register(m)?;
    borrowing::register(m)?;
    protocols_objects::register(m)?;
    protocols_numbers::register(m)?;
    protocols_containers::register(m)?;
    protocols_async::register(m)?;
    protocols_gc::register(m)?;
    protocols_enums::register(m)?;
    protocols_attributes::register(m)?;
    Ok(())
}
