//! Procedural macros for the `pyo3` crate.
//!
//! The attribute macros (`#[pyfunction]`, `#[pymodule]`, `#[pyclass]`, ...) are
//! parsed with `syn` into a model of the annotated item and turned into code
//! with `quote`; the generated code calls generic helpers in `pyo3::impl_`.
