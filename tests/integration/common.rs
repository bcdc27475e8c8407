//! Helpers shared by the integration tests.

use pyo3::prelude::*;

/// Starts the interpreter if needed (PyPy and GraalPy start it themselves).
pub fn initialize() {
    #[cfg(not(any(PyPy, GraalPy)))]
    Python::initialize();
}

/// Runs `f` attached to the interpreter, starting it first if needed.
pub fn with_py<R>(f: impl for<'py> FnOnce(Python<'py>) -> R) -> R {
    initialize();
    Python::attach(f)
}

/// The reference count of an object.
pub fn refcount(object: &Bound<'_, PyAny>) -> isize {
    // SAFETY: attached (a `Bound` exists); the object is alive.
    unsafe { pyo3::ffi::Py_REFCNT(object.as_ptr()) }
}

/// Evaluates a Python expression.
pub fn eval<'py>(py: Python<'py>, code: &str) -> Bound<'py, PyAny> {
    let code = std::ffi::CString::new(code).unwrap();
    py.eval(&code, None, None)
        .unwrap_or_else(|err| panic!("evaluating {code:?} failed: {err}"))
}

/// `"Type: message"` of the exception evaluating `code` raises: for
/// asserting messages that CPython words differently across versions.
pub fn python_error(py: Python<'_>, code: &str) -> String {
    let code = std::ffi::CString::new(code).unwrap();
    match py.eval(&code, None, None) {
        Ok(value) => panic!("{code:?} raised nothing (gave {value})"),
        Err(err) => err.to_string(),
    }
}
