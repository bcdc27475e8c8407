//! An extension module of classes covering `#[pyclass]` and
//! `#[pymethods]`; `tests/` uses them from Python.

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
