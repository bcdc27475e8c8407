//! `PyFrozenSet`: Python `frozenset`, and a builder for it.

use crate::conversion::IntoPyObject;
use crate::err::PyResult;
use crate::ffi;
use crate::instance::{Bound, BoundObject};
use crate::marker::Python;
use crate::types::set::{AnySetIterator, any_set_contains};
use crate::types::{PyAny, PySet, PySetMethods};

/// A Python `frozenset`.
#[repr(transparent)]
pub struct PyFrozenSet(PyAny);

crate::pyobject_native_type_core!(
    PyFrozenSet,
    crate::pyobject_native_static_type_object!(ffi::PyFrozenSet_Type),
    "builtins",
    "frozenset", #checkfunction=ffi::PyFrozenSet_Check
);

impl crate::sealed::Sealed for Bound<'_, PyFrozenSet> {}

/// Builds a `frozenset` element by element: the elements are collected in a
/// `set`, frozen by [`finalize`](PyFrozenSetBuilder::finalize).
pub struct PyFrozenSetBuilder<'py> {
    elements: Bound<'py, PySet>,
}

impl<'py> PyFrozenSetBuilder<'py> {
    /// A builder with no elements yet.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::frozenset::PyFrozenSetBuilder;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let mut builder = PyFrozenSetBuilder::new(py)?;
    ///     builder.add(1)?;
    ///     builder.add(2)?;
    ///     assert_eq!(builder.finalize().len(), 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new(py: Python<'py>) -> PyResult<PyFrozenSetBuilder<'py>> {
        Ok(PyFrozenSetBuilder {
            elements: PySet::empty(py)?,
        })
    }

    /// Adds an element.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::frozenset::PyFrozenSetBuilder;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let mut builder = PyFrozenSetBuilder::new(py)?;
    ///     builder.add("a")?;
    ///     builder.add("a")?;
    ///     assert_eq!(builder.finalize().len(), 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn add<K>(&mut self, key: K) -> PyResult<()>
    where
        K: IntoPyObject<'py>,
    {
        self.elements.add(key)
    }

    /// The `frozenset` of the elements added.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::frozenset::PyFrozenSetBuilder;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let mut builder = PyFrozenSetBuilder::new(py)?;
    ///     builder.add(3)?;
    ///     let frozen = builder.finalize();
    ///     assert!(frozen.contains(3)?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn finalize(self) -> Bound<'py, PyFrozenSet> {
        freeze(&self.elements).expect("creating a frozenset from a set only fails without memory")
    }
}

/// `frozenset(iterable)`.
fn freeze<'py>(iterable: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyFrozenSet>> {
    // SAFETY: attached; returns a new frozenset or null with an error.
    unsafe {
        Bound::from_owned_ptr_or_err(iterable.py(), ffi::PyFrozenSet_New(iterable.as_ptr()))
            .map(|set| set.cast_into_unchecked())
    }
}

impl PyFrozenSet {
    /// A new frozenset of the converted `elements` (duplicates collapse).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyFrozenSet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let frozen = PyFrozenSet::new(py, [1, 1, 2])?;
    ///     assert_eq!(frozen.len(), 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new<'py, T>(
        py: Python<'py>,
        elements: impl IntoIterator<Item = T>,
    ) -> PyResult<Bound<'py, PyFrozenSet>>
    where
        T: IntoPyObject<'py>,
    {
        let mut builder = PyFrozenSetBuilder::new(py)?;
        for element in elements {
            builder.add(element)?;
        }
        Ok(builder.finalize())
    }

    /// A new empty frozenset.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyFrozenSet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(PyFrozenSet::empty(py)?.is_empty());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn empty(py: Python<'_>) -> PyResult<Bound<'_, PyFrozenSet>> {
        // SAFETY: attached; `PyFrozenSet_New(NULL)` returns a new empty
        // frozenset or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(py, ffi::PyFrozenSet_New(std::ptr::null_mut()))
                .map(|set| set.cast_into_unchecked())
        }
    }
}

/// The methods of frozensets.
pub trait PyFrozenSetMethods<'py>: crate::sealed::Sealed {
    /// `len(s)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyFrozenSet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert_eq!(PyFrozenSet::new(py, ["a", "b"])?.len(), 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn len(&self) -> usize;
    /// Whether the frozenset is empty.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyFrozenSet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(PyFrozenSet::empty(py)?.is_empty());
    ///     assert!(!PyFrozenSet::new(py, [0])?.is_empty());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// `key in s`; `TypeError` for unhashable keys.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyFrozenSet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let frozen = PyFrozenSet::new(py, [1, 2])?;
    ///     assert!(frozen.contains(2)?);
    ///     assert!(!frozen.contains(3)?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn contains<K>(&self, key: K) -> PyResult<bool>
    where
        K: IntoPyObject<'py>;
    /// An iterator over the elements.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyFrozenSet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let frozen = PyFrozenSet::new(py, [1, 2, 3])?;
    ///     let mut values: Vec<i32> = frozen.iter().map(|e| e.extract()).collect::<PyResult<_>>()?;
    ///     values.sort();
    ///     assert_eq!(values, vec![1, 2, 3]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn iter(&self) -> BoundFrozenSetIterator<'py>;
}

impl<'py> PyFrozenSetMethods<'py> for Bound<'py, PyFrozenSet> {
    fn len(&self) -> usize {
        // SAFETY: attached; the object is a frozenset.
        unsafe { ffi::PySet_Size(self.as_ptr()) as usize }
    }

    fn contains<K>(&self, key: K) -> PyResult<bool>
    where
        K: IntoPyObject<'py>,
    {
        let key = key.into_pyobject(self.py()).map_err(Into::into)?;
        any_set_contains(self.as_any(), key.as_borrowed().to_any())
    }

    fn iter(&self) -> BoundFrozenSetIterator<'py> {
        BoundFrozenSetIterator(AnySetIterator::new(self.as_any()))
    }
}

impl<'py> IntoIterator for Bound<'py, PyFrozenSet> {
    type Item = Bound<'py, PyAny>;
    type IntoIter = BoundFrozenSetIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'py> IntoIterator for &Bound<'py, PyFrozenSet> {
    type Item = Bound<'py, PyAny>;
    type IntoIter = BoundFrozenSetIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// An iterator over a frozenset's elements.
pub struct BoundFrozenSetIterator<'py>(AnySetIterator<'py>);

impl<'py> Iterator for BoundFrozenSetIterator<'py> {
    type Item = Bound<'py, PyAny>;

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let remaining = self.0.remaining();
        (remaining, Some(remaining))
    }
}

impl ExactSizeIterator for BoundFrozenSetIterator<'_> {}
