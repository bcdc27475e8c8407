//! `anyhow::Error` into [`PyErr`] (anyhow 1.0.1 and later 1.x), so that
//! functions returning `anyhow::Result<T>` can be `#[pyfunction]`s and `?`
//! works from `anyhow::Result` into `PyResult`.
//!
//! An error that is a bare `PyErr` (raised by Python, passed through `?`
//! into `anyhow::Error`, no context added) becomes that very exception
//! again. Any other error becomes a `RuntimeError` whose message is the
//! error's `Debug` text: the message, then its `Caused by:` chain (and a
//! backtrace when anyhow captured one).
//!
//! The other direction needs nothing here: `PyErr` is a
//! `std::error::Error + Send + Sync + 'static`, so anyhow takes it as is.

use crate::err::PyErr;
use crate::exceptions::PyRuntimeError;

impl From<anyhow::Error> for PyErr {
    fn from(error: anyhow::Error) -> PyErr {
        // With context on it the error has a source; handing back the inner
        // exception would drop the context's text, so only a chainless error
        // is unwrapped.
        let error = match error.source() {
            Some(_) => error,
            None => match error.downcast::<PyErr>() {
                Ok(exception) => return exception,
                Err(error) => error,
            },
        };
        PyRuntimeError::new_err(format!("{error:?}"))
    }
}
