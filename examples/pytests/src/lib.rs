//! An extension module with many functions covering every signature form
//! and many argument and return types; `tests/` checks them from Python.

use pyo3::prelude::*;

mod conversion_types;
mod echo_types;
mod signature_forms;

/// A function defined outside the module and exported into it.
#[pyfunction]
fn exported_from_outside() -> &'static str {
    "outside"
}

/// Functions covering the signatures and conversions of `#[pyfunction]`.
#[pymodule]
mod pytests {
    use pyo3::prelude::*;

    #[pymodule_export]
    use super::exported_from_outside;

    #[pymodule_export]
    use super::conversion_types::conversions;

    #[pymodule_export]
    use super::signature_forms::signatures;

    #[pymodule_export]
    use super::echo_types::echo;

    #[pymodule_export]
    const VERSION: &str = "1.0";

    /// Checks that the module's `#[pymodule_init]` ran.
    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        m.add("INIT_RAN", true)
    }
}
