//! `PanicException`: how a Rust panic appears in Python.

use std::any::Any;

use crate::err::PyErr;
use crate::exceptions::PyBaseException;

crate::create_exception!(
    pyo3_runtime,
    PanicException,
    PyBaseException,
    "The exception raised when Rust code called from Python panics.\n\n\
     Like SystemExit, it derives from BaseException, so that an `except \
     Exception` clause does not swallow it."
);

impl PanicException {
    /// The exception for a caught panic, with the panic's message.
    pub fn from_panic_payload(payload: Box<dyn Any + Send + 'static>) -> PyErr {
        if let Some(message) = payload.downcast_ref::<String>() {
            Self::new_err((message.clone(),))
        } else if let Some(message) = payload.downcast_ref::<&str>() {
            Self::new_err((message.to_string(),))
        } else {
            Self::new_err(("panic from Rust code",))
        }
    }
}
