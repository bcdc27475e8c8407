//! Conversions between Rust's standard errors and Python exceptions.

use std::io;

use crate::IntoPyObjectExt;
use crate::err::{PyErr, PyErrArguments};
use crate::exceptions;
use crate::instance::Py;
use crate::marker::Python;
use crate::types::{PyAny, PyBytes, PyTuple};

/// A Python exception as an `io::Error`, with the kind that matches the
/// exception type (`FileNotFoundError` becomes `NotFound`, ...).
impl From<PyErr> for io::Error {
    fn from(err: PyErr) -> Self {
        let kind = Python::attach(|py| {
            use exceptions::*;
            if err.is_instance_of::<PyBrokenPipeError>(py) {
                io::ErrorKind::BrokenPipe
            } else if err.is_instance_of::<PyConnectionRefusedError>(py) {
                io::ErrorKind::ConnectionRefused
            } else if err.is_instance_of::<PyConnectionAbortedError>(py) {
                io::ErrorKind::ConnectionAborted
            } else if err.is_instance_of::<PyConnectionResetError>(py) {
                io::ErrorKind::ConnectionReset
            } else if err.is_instance_of::<PyInterruptedError>(py) {
                io::ErrorKind::Interrupted
            } else if err.is_instance_of::<PyFileNotFoundError>(py) {
                io::ErrorKind::NotFound
            } else if err.is_instance_of::<PyPermissionError>(py) {
                io::ErrorKind::PermissionDenied
            } else if err.is_instance_of::<PyFileExistsError>(py) {
                io::ErrorKind::AlreadyExists
            } else if err.is_instance_of::<PyBlockingIOError>(py) {
                io::ErrorKind::WouldBlock
            } else if err.is_instance_of::<PyTimeoutError>(py) {
                io::ErrorKind::TimedOut
            } else if err.is_instance_of::<PyMemoryError>(py) {
                io::ErrorKind::OutOfMemory
            } else if err.is_instance_of::<PyIsADirectoryError>(py) {
                io::ErrorKind::IsADirectory
            } else if err.is_instance_of::<PyNotADirectoryError>(py) {
                io::ErrorKind::NotADirectory
            } else {
                io::ErrorKind::Other
            }
        });
        io::Error::new(kind, err)
    }
}

/// An `io::Error` as the matching `OSError` subclass. Errors from the OS
/// carry their `errno`.
impl From<io::Error> for PyErr {
    fn from(err: io::Error) -> PyErr {
        use exceptions::*;
        match err.kind() {
            io::ErrorKind::BrokenPipe => PyBrokenPipeError::new_err(err),
            io::ErrorKind::ConnectionRefused => PyConnectionRefusedError::new_err(err),
            io::ErrorKind::ConnectionAborted => PyConnectionAbortedError::new_err(err),
            io::ErrorKind::ConnectionReset => PyConnectionResetError::new_err(err),
            io::ErrorKind::Interrupted => PyInterruptedError::new_err(err),
            io::ErrorKind::NotFound => PyFileNotFoundError::new_err(err),
            io::ErrorKind::PermissionDenied => PyPermissionError::new_err(err),
            io::ErrorKind::AlreadyExists => PyFileExistsError::new_err(err),
            io::ErrorKind::WouldBlock => PyBlockingIOError::new_err(err),
            io::ErrorKind::TimedOut => PyTimeoutError::new_err(err),
            io::ErrorKind::OutOfMemory => PyMemoryError::new_err(err),
            io::ErrorKind::IsADirectory => PyIsADirectoryError::new_err(err),
            io::ErrorKind::NotADirectory => PyNotADirectoryError::new_err(err),
            _ => PyOSError::new_err(err),
        }
    }
}

impl PyErrArguments for io::Error {
    fn arguments(self, py: Python<'_>) -> Py<PyAny> {
        let arguments = match self.raw_os_error() {
            // `OSError(errno, strerror)`: Python fills in `errno`.
            Some(code) => {
                let message = self.to_string();
                let suffix = format!(" (os error {code})");
                let strerror = message
                    .strip_suffix(&suffix)
                    .unwrap_or(&message)
                    .to_string();
                (code, strerror).into_py_any(py)
            }
            None => self.to_string().into_py_any(py),
        };
        arguments.expect("failed to build OSError arguments")
    }
}

impl<W: Send + Sync> From<io::IntoInnerError<W>> for PyErr {
    fn from(err: io::IntoInnerError<W>) -> PyErr {
        err.into_error().into()
    }
}

impl From<std::convert::Infallible> for PyErr {
    fn from(never: std::convert::Infallible) -> PyErr {
        match never {}
    }
}

/// Errors whose Python form is the exception type with the error's message.
macro_rules! message_error {
    ($($error:ty => $exception:ident),* $(,)?) => {$(
        impl PyErrArguments for $error {
            fn arguments(self, py: Python<'_>) -> Py<PyAny> {
                self.to_string()
                    .into_py_any(py)
                    .expect("failed to create a Python string")
            }
        }

        impl From<$error> for PyErr {
            fn from(err: $error) -> PyErr {
                exceptions::$exception::new_err(err)
            }
        }
    )*};
}

message_error! {
    std::array::TryFromSliceError => PyValueError,
    std::num::ParseIntError => PyValueError,
    std::num::ParseFloatError => PyValueError,
    std::num::TryFromIntError => PyValueError,
    std::str::ParseBoolError => PyValueError,
    std::ffi::NulError => PyValueError,
    std::ffi::FromBytesWithNulError => PyValueError,
    std::net::AddrParseError => PyValueError,
    std::time::TryFromFloatSecsError => PyValueError,
    std::time::SystemTimeError => PyValueError,
    std::path::StripPrefixError => PyValueError,
    std::env::JoinPathsError => PyValueError,
    std::char::ParseCharError => PyValueError,
    std::char::CharTryFromError => PyValueError,
}

/// The arguments of `UnicodeDecodeError("utf-8", bytes, start, end, reason)`.
struct Utf8DecodeArguments {
    error: std::str::Utf8Error,
    bytes: Vec<u8>,
}

impl PyErrArguments for Utf8DecodeArguments {
    fn arguments(self, py: Python<'_>) -> Py<PyAny> {
        let start = self.error.valid_up_to();
        let end = self
            .error
            .error_len()
            .map_or(self.bytes.len().max(start + 1), |len| start + len);
        let bytes = PyBytes::new(py, &self.bytes);
        PyTuple::new(
            py,
            [
                "utf-8".into_py_any(py),
                Ok(bytes.into_any().unbind()),
                start.into_py_any(py),
                end.into_py_any(py),
                "invalid utf-8".into_py_any(py),
            ]
            .into_iter()
            .map(|item| item.expect("failed to build UnicodeDecodeError arguments")),
        )
        .expect("failed to build UnicodeDecodeError arguments")
        .into_any()
        .unbind()
    }
}

/// `UnicodeDecodeError` at the position of the bad byte (the bytes
/// themselves are not known here).
impl From<std::str::Utf8Error> for PyErr {
    fn from(error: std::str::Utf8Error) -> PyErr {
        exceptions::PyUnicodeDecodeError::new_err(Utf8DecodeArguments {
            error,
            bytes: Vec::new(),
        })
    }
}

/// `UnicodeDecodeError` carrying the rejected bytes.
impl From<std::string::FromUtf8Error> for PyErr {
    fn from(error: std::string::FromUtf8Error) -> PyErr {
        exceptions::PyUnicodeDecodeError::new_err(Utf8DecodeArguments {
            error: error.utf8_error(),
            bytes: error.into_bytes(),
        })
    }
}

/// `UnicodeDecodeError` carrying the rejected bytes.
impl From<std::ffi::IntoStringError> for PyErr {
    fn from(error: std::ffi::IntoStringError) -> PyErr {
        exceptions::PyUnicodeDecodeError::new_err(Utf8DecodeArguments {
            error: error.utf8_error(),
            bytes: error.into_cstring().into_bytes(),
        })
    }
}

/// `FromUtf16Error` has no position: a `UnicodeDecodeError`-like
/// `ValueError` is the honest mapping.
impl From<std::string::FromUtf16Error> for PyErr {
    fn from(error: std::string::FromUtf16Error) -> PyErr {
        exceptions::PyValueError::new_err(error.to_string())
    }
}
