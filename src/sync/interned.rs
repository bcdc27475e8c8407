//! Interned Python strings created once per call site (see `intern!`).

use std::sync::OnceLock;

use crate::instance::{Bound, Py};
use crate::marker::Python;
use crate::types::PyString;

/// A `&'static str` interned as a Python `str` on first use and cached.
///
/// Unlike [`PyOnceLock`](crate::sync::PyOnceLock), the first use never
/// detaches from the interpreter: interning cannot block on another thread,
/// so two threads racing on the first use each intern the text (getting
/// the same object back) and one of them stores it. That keeps the GIL held
/// wherever an interned name is first needed, e.g. in the middle of
/// argument parsing.
pub struct Interned {
    text: &'static str,
    cached: OnceLock<Py<PyString>>,
}

impl Interned {
    /// A cache for `text`, empty until first used.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::Interned;
    /// static NAME: Interned = Interned::new("__name__");
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let module = py.import("json")?;
    ///     assert_eq!(module.getattr(NAME.get(py))?.extract::<String>()?, "json");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub const fn new(text: &'static str) -> Self {
        Interned {
            text,
            cached: OnceLock::new(),
        }
    }

    /// The interned string.
    #[inline]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::Interned;
    /// static KEY: Interned = Interned::new("key");
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     // Every call gives the same cached object.
    ///     assert!(KEY.get(py).is(KEY.get(py)));
    ///     assert_eq!(KEY.get(py).to_string(), "key");
    /// });
    /// ```
    pub fn get<'py>(&self, py: Python<'py>) -> &Bound<'py, PyString> {
        match self.cached.get() {
            Some(string) => string.bind(py),
            None => self.intern_now(py),
        }
    }

    #[cold]
    fn intern_now<'py>(&self, py: Python<'py>) -> &Bound<'py, PyString> {
        let string = PyString::intern(py, self.text).unbind();
        // A thread that lost the race drops its copy here, attached.
        let _ = self.cached.set(string);
        self.cached
            .get()
            .expect("the interned string was just stored")
            .bind(py)
    }
}
