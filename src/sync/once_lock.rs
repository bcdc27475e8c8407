//! `PyOnceLock`: a value computed once, waiting detached.

use crate::err::PyResult;
use crate::instance::{Bound, Py};
use crate::marker::Python;
use crate::sync::ext::run_detached;
use crate::type_object::PyTypeCheck;
use crate::types::PyAnyMethods;

/// A cell written once, typically a `static` caching a Python object
/// (a type, an imported module, an interned string).
///
/// The first thread to call [`PyOnceLock::get_or_init`] runs the
/// initializer; others wait for it *detached* from the interpreter, so the
/// initializer may itself use Python (even release and re-take the GIL)
/// without deadlocking them.
///
/// ```
/// # use pyo3::prelude::*;
/// use pyo3::sync::PyOnceLock;
/// static DECIMAL: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
/// # pyo3::Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     let module = DECIMAL.get_or_try_init(py, || py.import("decimal").map(Bound::unbind))?;
///     let d = module.bind(py).getattr("Decimal")?.call1(("1.5",))?;
///     assert_eq!(d.str()?.to_string(), "1.5");
///     Ok(())
/// }).unwrap();
/// ```
pub struct PyOnceLock<T> {
    cell: once_cell::sync::OnceCell<T>,
}

impl<T> Default for PyOnceLock<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> PyOnceLock<T> {
    /// An empty cell.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::PyOnceLock;
    /// static CELL: PyOnceLock<u32> = PyOnceLock::new();
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| assert!(CELL.get(py).is_none()));
    /// ```
    pub const fn new() -> Self {
        PyOnceLock {
            cell: once_cell::sync::OnceCell::new(),
        }
    }

    /// The value, if set.
    #[inline]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::PyOnceLock;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let cell = PyOnceLock::new();
    ///     assert_eq!(cell.get(py), None);
    ///     cell.get_or_init(py, || 3);
    ///     assert_eq!(cell.get(py), Some(&3));
    /// });
    /// ```
    pub fn get(&self, _py: Python<'_>) -> Option<&T> {
        self.cell.get()
    }

    /// The value, computing it with `f` if the cell is empty.
    #[inline]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::PyOnceLock;
    /// use pyo3::types::PyDict;
    /// static DEFAULTS: PyOnceLock<Py<PyDict>> = PyOnceLock::new();
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let first = DEFAULTS.get_or_init(py, || PyDict::new(py).unbind());
    ///     let again = DEFAULTS.get_or_init(py, || unreachable!());
    ///     assert!(first.is(again));
    /// });
    /// ```
    pub fn get_or_init<F>(&self, py: Python<'_>, f: F) -> &T
    where
        F: FnOnce() -> T,
    {
        if let Some(value) = self.cell.get() {
            return value;
        }
        run_detached(py, |detached| {
            self.cell.get_or_init(|| detached.reattached(f))
        })
    }

    /// The value, computing it with the fallible `f` if the cell is empty;
    /// an error leaves the cell empty.
    #[inline]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::PyOnceLock;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let cell: PyOnceLock<i32> = PyOnceLock::new();
    ///     assert_eq!(cell.get_or_try_init(py, || Err("not yet")), Err("not yet"));
    ///     assert_eq!(cell.get_or_try_init(py, || Ok::<_, &str>(9)), Ok(&9));
    /// });
    /// ```
    pub fn get_or_try_init<F, E>(&self, py: Python<'_>, f: F) -> Result<&T, E>
    where
        F: FnOnce() -> Result<T, E>,
    {
        if let Some(value) = self.cell.get() {
            return Ok(value);
        }
        run_detached(py, |detached| {
            self.cell.get_or_try_init(|| detached.reattached(f))
        })
    }

    /// The value, mutably.
    ///
    /// ```
    /// use pyo3::sync::PyOnceLock;
    /// let mut cell = PyOnceLock::<i32>::new();
    /// assert!(cell.get_mut().is_none());
    /// ```
    pub fn get_mut(&mut self) -> Option<&mut T> {
        self.cell.get_mut()
    }

    /// Sets the value if the cell is empty; otherwise gives `value` back.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::PyOnceLock;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let cell = PyOnceLock::new();
    ///     assert_eq!(cell.set(py, "first"), Ok(()));
    ///     assert_eq!(cell.set(py, "second"), Err("second"));
    /// });
    /// ```
    pub fn set(&self, _py: Python<'_>, value: T) -> Result<(), T> {
        self.cell.set(value)
    }

    /// Takes the value out, leaving the cell empty.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::PyOnceLock;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let mut cell = PyOnceLock::new();
    ///     cell.get_or_init(py, || 5);
    ///     assert_eq!(cell.take(), Some(5));
    ///     assert_eq!(cell.get(py), None);
    /// });
    /// ```
    pub fn take(&mut self) -> Option<T> {
        self.cell.take()
    }

    /// The value, consuming the cell.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::PyOnceLock;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let cell = PyOnceLock::new();
    ///     let _ = cell.set(py, 'x');
    ///     assert_eq!(cell.into_inner(), Some('x'));
    /// });
    /// ```
    pub fn into_inner(self) -> Option<T> {
        self.cell.into_inner()
    }
}

impl<T> PyOnceLock<Py<T>> {
    /// A new cell holding a new reference to the same value.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::PyOnceLock;
    /// use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let cell = PyOnceLock::new();
    ///     cell.get_or_init(py, || PyList::empty(py).unbind());
    ///     let copy = cell.clone_ref(py);
    ///     assert!(copy.get(py).unwrap().is(cell.get(py).unwrap()));
    /// });
    /// ```
    pub fn clone_ref(&self, py: Python<'_>) -> Self {
        let cell = PyOnceLock::new();
        if let Some(value) = self.get(py) {
            let _ = cell.set(py, value.clone_ref(py));
        }
        cell
    }
}

impl<T: PyTypeCheck> PyOnceLock<Py<T>> {
    /// `from module_name import attr_name`, done once and cached; the
    /// attribute must be a `T`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::PyOnceLock;
    /// use pyo3::types::PyType;
    /// static ORDERED_DICT: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let ty = ORDERED_DICT.import(py, "collections", "OrderedDict")?;
    ///     assert_eq!(ty.name()?, "OrderedDict");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn import<'py>(
        &self,
        py: Python<'py>,
        module_name: &str,
        attr_name: &str,
    ) -> PyResult<&Bound<'py, T>> {
        let value = self.get_or_try_init(py, || {
            let attribute = py.import(module_name)?.getattr(attr_name)?;
            Ok::<_, crate::PyErr>(attribute.cast_into::<T>()?.unbind())
        })?;
        Ok(value.bind(py))
    }
}
