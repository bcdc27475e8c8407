//! `PyIterator`: Python iterators (objects with `__next__`).

use crate::err::{PyErr, PyResult};
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::type_object::PyTypeCheck;
use crate::types::{PyAny, PyType};

/// A Python iterator. `Bound<'py, PyIterator>` is a Rust `Iterator` of
/// `PyResult<Bound<'py, PyAny>>`: an exception raised by `__next__` is
/// yielded as `Err`.
///
/// ```
/// # use pyo3::prelude::*;
/// # use pyo3::types::PyIterator;
/// # pyo3::Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     let iterator = vec!["a", "b"].into_pyobject(py)?.try_iter()?;
///     let mut seen = Vec::new();
///     for item in iterator {
///         seen.push(item?.extract::<String>()?);
///     }
///     assert_eq!(seen, vec!["a", "b"]);
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(transparent)]
pub struct PyIterator(PyAny);

crate::pyobject_native_type_named!(PyIterator);

// SAFETY: `PyIter_Check` is exactly "implements the iterator protocol", and
// `collections.abc.Iterator` is the class that stands for it.
unsafe impl PyTypeCheck for PyIterator {
    #[cfg(feature = "experimental-inspect")]
    const TYPE_HINT: PyStaticExpr = crate::type_hint_identifier!("collections.abc", "Iterator");

    fn type_check(object: &Bound<'_, PyAny>) -> bool {
        // SAFETY: attached; the object is alive.
        unsafe { ffi::PyIter_Check(object.as_ptr()) != 0 }
    }

    fn classinfo_object(py: Python<'_>) -> Bound<'_, PyAny> {
        static ITERATOR_ABC: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        ITERATOR_ABC
            .import(py, "collections.abc", "Iterator")
            .expect("collections.abc.Iterator is importable")
            .clone()
            .into_any()
    }
}

impl PyIterator {
    /// `iter(obj)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyIterator;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = vec![1, 2].into_pyobject(py)?;
    ///     let values: Vec<i32> = PyIterator::from_object(&list)?
    ///         .map(|item| item?.extract())
    ///         .collect::<PyResult<_>>()?;
    ///     assert_eq!(values, vec![1, 2]);
    ///     assert!(PyIterator::from_object(5_i32.into_pyobject(py)?.as_any()).is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn from_object<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyIterator>> {
        // SAFETY: attached; returns a new iterator or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(obj.py(), ffi::PyObject_GetIter(obj.as_ptr()))
                .map(|iter| iter.cast_into_unchecked())
        }
    }
}

/// What a generator did with a value sent into it
/// ([`send`](Bound::<PyIterator>::send)).
#[cfg(all(not(PyPy), Py_3_10))]
#[derive(Debug)]
pub enum PySendResult<'py> {
    /// It yielded this value.
    Next(Bound<'py, PyAny>),
    /// It finished, returning this value (`None` if it returned nothing).
    Return(Bound<'py, PyAny>),
}

#[cfg(all(not(PyPy), Py_3_10))]
impl<'py> Bound<'py, PyIterator> {
    /// `generator.send(value)`, but a finished generator gives
    /// [`PySendResult::Return`] (with `None` once it has already finished)
    /// instead of raising `StopIteration`. A generator that has not started
    /// must be sent `None` (else `TypeError`); an iterator that is not a
    /// generator or coroutine is advanced with `__next__` if `value` is
    /// `None` and sent it by calling its `send` method otherwise.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::iterator::PySendResult;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let generator = py.eval(c"(n * 10 for n in range(2))", None, None)?.try_iter()?;
    ///     let none = py.None().into_bound(py);
    ///     for expected in [0, 10] {
    ///         let PySendResult::Next(value) = generator.send(&none)? else { panic!() };
    ///         assert_eq!(value.extract::<i32>()?, expected);
    ///     }
    ///     assert!(matches!(generator.send(&none)?, PySendResult::Return(_)));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn send(&self, value: &Bound<'py, PyAny>) -> PyResult<PySendResult<'py>> {
        let py = self.py();
        let mut result = std::ptr::null_mut();
        // SAFETY: attached; both objects are alive; `result` receives a new
        // reference unless the outcome is an error.
        match unsafe { ffi::PyIter_Send(self.as_ptr(), value.as_ptr(), &mut result) } {
            ffi::PySendResult::PYGEN_ERROR => Err(PyErr::fetch(py)),
            // SAFETY: a new, non-null reference.
            ffi::PySendResult::PYGEN_NEXT => Ok(PySendResult::Next(unsafe {
                Bound::from_owned_ptr(py, result)
            })),
            // SAFETY: a new, non-null reference.
            ffi::PySendResult::PYGEN_RETURN => Ok(PySendResult::Return(unsafe {
                Bound::from_owned_ptr(py, result)
            })),
        }
    }
}

impl<'py> Iterator for Bound<'py, PyIterator> {
    type Item = PyResult<Bound<'py, PyAny>>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let py = self.py();
        // SAFETY: attached; returns a new reference, or null at the end or
        // with an exception set.
        let item = unsafe { ffi::PyIter_Next(self.as_ptr()) };
        if item.is_null() {
            PyErr::take(py).map(Err)
        } else {
            // SAFETY: non-null new reference.
            Some(Ok(unsafe { Bound::from_owned_ptr(py, item) }))
        }
    }

    /// The iterator's `__length_hint__` (0 if it gives none).
    fn size_hint(&self) -> (usize, Option<usize>) {
        #[cfg(not(Py_LIMITED_API))]
        {
            // SAFETY: attached; -1 means an error, which is discarded.
            let hint = unsafe { ffi::PyObject_LengthHint(self.as_ptr(), 0) };
            if hint < 0 {
                let _ = PyErr::take(self.py());
                return (0, None);
            }
            (hint as usize, None)
        }
        #[cfg(Py_LIMITED_API)]
        {
            use crate::types::PyAnyMethods;
            let hint = self
                .py()
                .import("operator")
                .and_then(|operator| operator.call_method1("length_hint", (self, 0usize)))
                .and_then(|hint| hint.extract::<usize>());
            (hint.unwrap_or(0), None)
        }
    }
}

impl<'py> IntoIterator for &Bound<'py, PyIterator> {
    type Item = PyResult<Bound<'py, PyAny>>;
    type IntoIter = Bound<'py, PyIterator>;

    fn into_iter(self) -> Self::IntoIter {
        self.clone()
    }
}
