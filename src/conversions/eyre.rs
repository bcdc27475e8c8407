//! `eyre::Report` into [`PyErr`] (eyre 0.6.8 and later 0.6.x), so that
//! functions returning `eyre::Result<T>` can be `#[pyfunction]`s and `?`
//! works from `eyre::Result` into `PyResult`.
//!
//! A report that is a bare `PyErr` (raised by Python, passed through `?`
//! into a `Report`, no context wrapped around it) becomes that very
//! exception again. Any other report becomes a `RuntimeError` whose message
//! is the report's `Debug` text, as the installed eyre handler writes it
//! (the default one: the message, then its numbered `Caused by:` chain).
//!
//! The other direction needs nothing here: `PyErr` is a
//! `std::error::Error + Send + Sync + 'static`, so eyre takes it as is.

use crate::err::PyErr;
use crate::exceptions::PyRuntimeError;

impl From<eyre::Report> for PyErr {
    fn from(report: eyre::Report) -> PyErr {
        // Context wrapped around the exception gives the report a source;
        // unwrapping then would lose the context's text, so only a chainless
        // report is handed back as the exception.
        let report = match report.source() {
            Some(_) => report,
            None => match report.downcast::<PyErr>() {
                Ok(exception) => return exception,
                Err(report) => report,
            },
        };
        PyRuntimeError::new_err(format!("{report:?}"))
    }
}
