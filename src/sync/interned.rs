//! Interned Python strings created once per call site (see `intern!`).

use crate::instance::{Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::types::PyString;

/// A `&'static str` interned as a Python `str` on first use and cached.
pub struct Interned(&'static str, PyOnceLock<Py<PyString>>);

impl Interned {
    /// A cache for `value`, empty until first used.
    pub const fn new(value: &'static str) -> Self {
        Interned(value, PyOnceLock::new())
    }

    /// The interned string.
    #[inline]
    pub fn get<'py>(&self, py: Python<'py>) -> &Bound<'py, PyString> {
        self.1
            .get_or_init(py, || PyString::intern(py, self.0).unbind())
            .bind(py)
    }
}
