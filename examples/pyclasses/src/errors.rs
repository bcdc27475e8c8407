//! A class extending `Exception`, raised from Rust with `PyErr::new` and
//! caught in Python with its fields.

use pyo3::exceptions::PyException;
use pyo3::prelude::*;

/// An error carrying a code and the name of what failed.
#[pyclass(extends = PyException, subclass, module = "pyclasses")]
pub struct AppError {
    /// A numeric error code.
    #[pyo3(get)]
    code: u32,
    /// What failed.
    #[pyo3(get)]
    what: String,
}

#[pymethods]
impl AppError {
    /// An error with `code` about `what`.
    #[new]
    fn new(code: u32, what: String) -> Self {
        AppError { code, what }
    }

    /// `"<what> failed with code <code>"`.
    fn explain(&self) -> String {
        format!("{} failed with code {}", self.what, self.code)
    }
}

/// Fails with `AppError(code, what)` unless `code` is 0.
#[pyfunction]
pub fn check_code(code: u32, what: String) -> PyResult<&'static str> {
    if code == 0 {
        Ok("ok")
    } else {
        Err(PyErr::new::<AppError, _>((code, what)))
    }
}

/// Calls `f` and returns the code of the `AppError` it raised, letting any
/// other exception through.
#[pyfunction]
pub fn code_of_failure(py: Python<'_>, f: &Bound<'_, PyAny>) -> PyResult<Option<u32>> {
    match f.call0() {
        Ok(_) => Ok(None),
        Err(err) if err.is_instance_of::<AppError>(py) => {
            let value = err.value(py).cast::<AppError>()?.borrow();
            Ok(Some(value.code))
        }
        Err(err) => Err(err),
    }
}

/// Registers this file's class and functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<AppError>()?;
    m.add_function(wrap_pyfunction!(check_code, m)?)?;
    m.add_function(wrap_pyfunction!(code_of_failure, m)?)?;
    Ok(())
}
