//! `#[pyclass(unsendable)]`: a value that is not `Send` is only touched on
//! the thread that created it.

use std::thread::ThreadId;

use crate::exceptions::PyRuntimeError;
use crate::marker::Python;

/// How a class guards the thread its value is used on.
pub trait ThreadChecker {
    /// The checker of a value created on this thread.
    fn new() -> Self;
    /// Whether the value may be used on the current thread.
    fn is_owner_thread(&self) -> bool;
    /// Whether the value may be dropped here; if not, reports why (the
    /// value is then leaked, as dropping it elsewhere would be unsound).
    fn can_drop(&self, py: Python<'_>, class_name: &str) -> bool;
}

/// The checker of `Send` classes: every thread may use them.
pub struct SendableChecker;

impl ThreadChecker for SendableChecker {
    #[inline]
    fn new() -> Self {
        SendableChecker
    }

    #[inline]
    fn is_owner_thread(&self) -> bool {
        true
    }

    #[inline]
    fn can_drop(&self, _py: Python<'_>, _class_name: &str) -> bool {
        true
    }
}

/// The checker of `unsendable` classes: the creating thread only.
pub struct UnsendableChecker(ThreadId);

impl ThreadChecker for UnsendableChecker {
    fn new() -> Self {
        UnsendableChecker(std::thread::current().id())
    }

    #[inline]
    fn is_owner_thread(&self) -> bool {
        std::thread::current().id() == self.0
    }

    fn can_drop(&self, py: Python<'_>, class_name: &str) -> bool {
        if self.is_owner_thread() {
            return true;
        }
        PyRuntimeError::new_err(format!(
            "{class_name} is unsendable, but is being dropped on another thread"
        ))
        .write_unraisable(py, None);
        false
    }
}

/// The error of using an `unsendable` value on another thread.
pub(crate) fn wrong_thread_error(class_name: &str) -> crate::err::PyErr {
    PyRuntimeError::new_err(format!(
        "{class_name} is unsendable, but sent to another thread"
    ))
}
