//! `PySet`: Python `set`.

use crate::conversion::IntoPyObject;
use crate::err::{PyErr, PyResult, error_on_minusone};
use crate::ffi;
use crate::instance::{Borrowed, Bound, BoundObject};
use crate::marker::Python;
use crate::types::{PyAny, PyIterator};

/// A Python `set`.
#[repr(transparent)]
pub struct PySet(PyAny);

crate::pyobject_native_type_core!(
    PySet,
    crate::pyobject_native_static_type_object!(ffi::PySet_Type),
    "builtins",
    "set", #checkfunction=ffi::PySet_Check
);

impl crate::sealed::Sealed for Bound<'_, PySet> {}

impl PySet {
    /// A new set of the converted `elements` (duplicates collapse).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PySet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::new(py, [1, 2, 2, 3])?;
    ///     assert_eq!(set.len(), 3);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new<'py, T>(
        py: Python<'py>,
        elements: impl IntoIterator<Item = T>,
    ) -> PyResult<Bound<'py, PySet>>
    where
        T: IntoPyObject<'py>,
    {
        let set = Self::empty(py)?;
        for element in elements {
            set.add(element)?;
        }
        Ok(set)
    }

    /// A new empty set.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PySet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::empty(py)?;
    ///     assert!(set.is_empty());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn empty(py: Python<'_>) -> PyResult<Bound<'_, PySet>> {
        // SAFETY: attached; `PySet_New(NULL)` returns a new empty set or
        // null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(py, ffi::PySet_New(std::ptr::null_mut()))
                .map(|set| set.cast_into_unchecked())
        }
    }
}

/// The methods of sets.
pub trait PySetMethods<'py>: crate::sealed::Sealed {
    /// Removes every element.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PySet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::new(py, [1, 2])?;
    ///     set.clear();
    ///     assert!(set.is_empty());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn clear(&self);
    /// `len(s)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PySet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert_eq!(PySet::new(py, ["a", "b", "a"])?.len(), 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn len(&self) -> usize;
    /// Whether the set is empty.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PySet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(PySet::empty(py)?.is_empty());
    ///     assert!(!PySet::new(py, [0])?.is_empty());
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
    /// # use pyo3::types::{PyList, PySet};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::new(py, [1, 2])?;
    ///     assert!(set.contains(1)?);
    ///     assert!(!set.contains(9)?);
    ///     assert!(set.contains(PyList::empty(py)).is_err()); // lists are unhashable
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn contains<K>(&self, key: K) -> PyResult<bool>
    where
        K: IntoPyObject<'py>;
    /// `s.discard(key)`; whether `key` was present.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PySet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::new(py, [1, 2])?;
    ///     assert!(set.discard(1)?);
    ///     assert!(!set.discard(1)?);
    ///     assert_eq!(set.len(), 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn discard<K>(&self, key: K) -> PyResult<bool>
    where
        K: IntoPyObject<'py>;
    /// `s.add(key)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PySet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::empty(py)?;
    ///     set.add("x")?;
    ///     set.add("x")?;
    ///     assert_eq!(set.len(), 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn add<K>(&self, key: K) -> PyResult<()>
    where
        K: IntoPyObject<'py>;
    /// `s.pop()`: removes and returns an arbitrary element, `None` when the
    /// set is empty.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PySet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::new(py, [7])?;
    ///     assert_eq!(set.pop().unwrap().extract::<i32>()?, 7);
    ///     assert!(set.pop().is_none());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn pop(&self) -> Option<Bound<'py, PyAny>>;
    /// An iterator over the elements; it panics if the set changes size
    /// during iteration, as Python raises `RuntimeError` there.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PySet;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::new(py, [1, 2, 3])?;
    ///     let mut total = 0;
    ///     for element in set.iter() {
    ///         total += element.extract::<i32>()?;
    ///     }
    ///     assert_eq!(total, 6);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn iter(&self) -> BoundSetIterator<'py>;
}

/// `PySet_Contains` and `PySet_Discard` share this shape: 1, 0 or -1.
fn set_call(
    set: &Bound<'_, PyAny>,
    key: Borrowed<'_, '_, PyAny>,
    call: unsafe extern "C" fn(*mut ffi::PyObject, *mut ffi::PyObject) -> std::os::raw::c_int,
) -> PyResult<bool> {
    // SAFETY: attached; both objects are alive and `set` is a set or
    // frozenset, as `call` requires.
    let result = unsafe { call(set.as_ptr(), key.as_ptr()) };
    error_on_minusone(set.py(), result)?;
    Ok(result == 1)
}

/// `key in s` for a set or frozenset.
pub(crate) fn any_set_contains(
    set: &Bound<'_, PyAny>,
    key: Borrowed<'_, '_, PyAny>,
) -> PyResult<bool> {
    set_call(set, key, ffi::PySet_Contains)
}

impl<'py> PySetMethods<'py> for Bound<'py, PySet> {
    fn clear(&self) {
        // SAFETY: attached; the object is a set, so this cannot fail.
        unsafe { ffi::PySet_Clear(self.as_ptr()) };
    }

    fn len(&self) -> usize {
        // SAFETY: attached; the object is a set.
        unsafe { ffi::PySet_Size(self.as_ptr()) as usize }
    }

    fn contains<K>(&self, key: K) -> PyResult<bool>
    where
        K: IntoPyObject<'py>,
    {
        let key = key.into_pyobject(self.py()).map_err(Into::into)?;
        any_set_contains(self.as_any(), key.as_borrowed().to_any())
    }

    fn discard<K>(&self, key: K) -> PyResult<bool>
    where
        K: IntoPyObject<'py>,
    {
        let key = key.into_pyobject(self.py()).map_err(Into::into)?;
        set_call(
            self.as_any(),
            key.as_borrowed().to_any(),
            ffi::PySet_Discard,
        )
    }

    fn add<K>(&self, key: K) -> PyResult<()>
    where
        K: IntoPyObject<'py>,
    {
        let key = key.into_pyobject(self.py()).map_err(Into::into)?;
        // SAFETY: attached; `PySet_Add` takes its own reference.
        let result = unsafe { ffi::PySet_Add(self.as_ptr(), key.as_ptr()) };
        error_on_minusone(self.py(), result)
    }

    fn pop(&self) -> Option<Bound<'py, PyAny>> {
        // SAFETY: attached; returns a new reference, or null with KeyError
        // when the set is empty.
        let element =
            unsafe { Bound::from_owned_ptr_or_err(self.py(), ffi::PySet_Pop(self.as_ptr())) };
        // The only error is KeyError for an empty set; it is dropped.
        element.ok()
    }

    fn iter(&self) -> BoundSetIterator<'py> {
        BoundSetIterator::new(self.as_any())
    }
}

impl<'py> IntoIterator for Bound<'py, PySet> {
    type Item = Bound<'py, PyAny>;
    type IntoIter = BoundSetIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        BoundSetIterator::new(self.as_any())
    }
}

impl<'py> IntoIterator for &Bound<'py, PySet> {
    type Item = Bound<'py, PyAny>;
    type IntoIter = BoundSetIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Python's iterator over a set or frozenset, plus the number of elements
/// still to come.
pub(crate) struct AnySetIterator<'py> {
    iterator: Bound<'py, PyIterator>,
    remaining: usize,
}

impl<'py> AnySetIterator<'py> {
    /// `iter(set)`.
    pub(crate) fn new(set: &Bound<'py, PyAny>) -> Self {
        // SAFETY: attached; the object is a set or frozenset.
        let len = unsafe { ffi::PySet_Size(set.as_ptr()) } as usize;
        let iterator = PyIterator::from_object(set).expect("sets are iterable");
        AnySetIterator {
            iterator,
            remaining: len,
        }
    }

    /// The next element; panics with Python's `RuntimeError` message if the
    /// set changed size.
    pub(crate) fn next(&mut self) -> Option<Bound<'py, PyAny>> {
        match self.iterator.next() {
            Some(Ok(element)) => {
                self.remaining = self.remaining.saturating_sub(1);
                Some(element)
            }
            Some(Err(err)) => {
                self.remaining = 0;
                panic_on_iteration_error(err)
            }
            None => {
                self.remaining = 0;
                None
            }
        }
    }

    /// How many elements are still to come.
    pub(crate) fn remaining(&self) -> usize {
        self.remaining
    }
}

/// Set iterators only fail when the set changed size during iteration
/// (`RuntimeError: Set changed size during iteration`).
#[cold]
fn panic_on_iteration_error(err: PyErr) -> ! {
    panic!("{err}")
}

/// An iterator over a set's elements.
pub struct BoundSetIterator<'py>(AnySetIterator<'py>);

impl<'py> BoundSetIterator<'py> {
    fn new(set: &Bound<'py, PyAny>) -> Self {
        BoundSetIterator(AnySetIterator::new(set))
    }
}

impl<'py> Iterator for BoundSetIterator<'py> {
    type Item = Bound<'py, PyAny>;

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let remaining = self.0.remaining();
        (remaining, Some(remaining))
    }
}

impl ExactSizeIterator for BoundSetIterator<'_> {}
