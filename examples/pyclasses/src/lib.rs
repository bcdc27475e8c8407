//! An extension module of classes covering `#[pyclass]` and
//! `#[pymethods]`; `tests/` uses them from Python.

// The setters that `#[pyo3(set)]` generates bind a unit value, which
// clippy reports at the field's type.
#![allow(clippy::let_unit_value)]

use pyo3::prelude::*;

mod basics;
mod borrowing;
mod errors;
mod inheritance;
mod introspection;
mod options;
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
    Ok(())
}
