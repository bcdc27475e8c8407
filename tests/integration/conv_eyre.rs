//! `From<eyre::Report> for PyErr` (feature `eyre`): a Python exception
//! that went through `?` into `eyre::Report` comes back as the very same
//! exception object; anything else becomes a `RuntimeError` with the
//! report's `Debug` text (by eyre's default handler: message, `Caused by:`
//! chain, `Location:` of the report's creation).

use std::ffi::CStr;

use eyre::{WrapErr, bail, eyre};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use pyo3::{py_run, wrap_pyfunction};

use crate::common::{refcount, with_py};

/// Runs `code`, its exception going through `?` into `eyre::Report`.
fn run(py: Python<'_>, code: &CStr, globals: &Bound<'_, PyDict>) -> eyre::Result<()> {
    py.run(code, Some(globals), None)?;
    Ok(())
}

/// Whether eyre may capture (and so print) backtraces in this process.
fn backtraces_enabled() -> bool {
    ["RUST_LIB_BACKTRACE", "RUST_BACKTRACE"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| value != "0"))
}

/// `text` is `expected`, then the location in this file where the report
/// was made, then nothing but a backtrace if eyre took one.
fn assert_debug_text(text: &str, expected: &str) {
    let location = text
        .strip_prefix(expected)
        .and_then(|rest| rest.strip_prefix("\n\nLocation:\n    "))
        .unwrap_or_else(|| panic!("{text:?} does not start with {expected:?} and a location"));
    let (line, rest) = location.split_once('\n').unwrap_or((location, ""));
    let (file, line_and_column) = line.split_once(".rs:").unwrap();
    assert!(file.ends_with("tests/integration/conv_eyre"), "{line}");
    assert!(
        line_and_column
            .split(':')
            .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
        "{line}"
    );
    assert!(rest.is_empty() || backtraces_enabled(), "{rest:?}");
}

#[test]
fn python_exception_comes_back_as_the_same_object() {
    with_py(|py| {
        let globals = PyDict::new(py);
        let error = run(py, c"raised = ValueError('boom')\nraise raised", &globals).unwrap_err();
        let raised = globals.get_item("raised").unwrap().unwrap();
        let count = refcount(&raised);
        let err = PyErr::from(error);
        assert!(err.value(py).is(&raised));
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(err.to_string(), "ValueError: boom");
        // Unwrapping takes over the reference anyhow held: none is made.
        assert_eq!(refcount(&raised), count);
        drop(err);
        assert_eq!(refcount(&raised), count - 1);
    });
}

#[test]
fn rust_made_pyerr_comes_back_unchanged() {
    with_py(|py| {
        let error = eyre::Report::from(PyValueError::new_err("made in Rust"));
        let err = PyErr::from(error);
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(err.to_string(), "ValueError: made in Rust");
    });
}

#[test]
fn context_around_an_exception_makes_a_runtime_error_with_the_chain() {
    with_py(|py| {
        let globals = PyDict::new(py);
        let error = run(py, c"raise ValueError('boom')", &globals)
            .wrap_err("reading the settings")
            .unwrap_err();
        let expected = format!("{error:?}");
        let err = PyErr::from(error);
        assert!(err.is_instance_of::<PyRuntimeError>(py));
        let message = err.value(py).str().unwrap().to_string();
        assert_eq!(message, expected);
        assert_debug_text(
            &message,
            "reading the settings\n\nCaused by:\n    ValueError: boom",
        );
    });
}

#[test]
fn other_errors_become_runtime_errors_with_the_debug_text() {
    fn io_failure() -> eyre::Result<()> {
        bail!(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "oh no!"
        ))
    }
    with_py(|py| {
        let err = PyErr::from(eyre!("Some sort of error"));
        assert!(err.is_instance_of::<PyRuntimeError>(py));
        assert_debug_text(
            &err.value(py).str().unwrap().to_string(),
            "Some sort of error",
        );

        // A std error without context is not a PyErr either: RuntimeError,
        // not the PermissionError its io kind would give.
        let err = PyErr::from(io_failure().unwrap_err());
        assert!(err.is_instance_of::<PyRuntimeError>(py));
        assert_debug_text(&err.value(py).str().unwrap().to_string(), "oh no!");

        let chained = io_failure()
            .wrap_err("f failed")
            .wrap_err("g failed")
            .unwrap_err();
        let expected = format!("{chained:?}");
        let err = PyErr::from(chained);
        let message = err.value(py).str().unwrap().to_string();
        assert_eq!(message, expected);
        assert_debug_text(
            &message,
            "g failed\n\nCaused by:\n   0: f failed\n   1: oh no!",
        );
    });
}

/// Calls `callback`, its exception passing through anyhow.
#[pyfunction]
fn call_through_eyre(callback: &Bound<'_, PyAny>) -> eyre::Result<i64> {
    let value = callback.call0()?;
    Ok(value.extract::<i64>()?)
}

/// Calls `callback`, adding context to its exception.
#[pyfunction]
fn call_with_wrap_err(callback: &Bound<'_, PyAny>) -> eyre::Result<i64> {
    let value = callback.call0().wrap_err("calling back failed")?;
    Ok(value.extract::<i64>()?)
}

#[test]
fn pyfunction_returning_eyre_result() {
    with_py(|py| {
        let through = wrap_pyfunction!(call_through_eyre, py).unwrap();
        let with_context = wrap_pyfunction!(call_with_wrap_err, py).unwrap();
        let backtraces = backtraces_enabled();
        py_run!(
            py,
            through with_context backtraces,
            r#"
import re

class Boom(Exception):
    pass

saved = Boom('x')
def callback(saved=saved):
    raise saved

assert through(lambda: 7) == 7
try:
    through(callback)
except Boom as e:
    assert e is saved
else:
    raise AssertionError('no exception')

try:
    with_context(callback)
except RuntimeError as e:
    expected = re.escape('calling back failed\n\nCaused by:\n    Boom: x\n\nLocation:\n    ')
    expected += r'\S*tests/integration/conv_eyre\.rs:\d+:\d+'
    if backtraces:
        expected += r'(\n[\s\S]*)?'
    assert re.fullmatch(expected, str(e)), str(e)
else:
    raise AssertionError('no exception')

try:
    through(lambda: 'not a number')
except TypeError as e:
    assert str(e) == "'str' object cannot be interpreted as an integer", str(e)
else:
    raise AssertionError('no exception')
"#
        );
    });
}
