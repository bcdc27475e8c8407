//! `PyFrozenDict`: Python `frozendict` (3.15+), the immutable `dict`.

use crate::conversion::IntoPyObject;
use crate::err::PyResult;
use crate::ffi;
use crate::instance::{Bound, BoundObject};
use crate::marker::Python;
use crate::types::dict::read::{self, AnyDict};
use crate::types::{PyAny, PyList, PyMapping};

/// A Python `frozendict` (Python 3.15 and later).
#[repr(transparent)]
pub struct PyFrozenDict(PyAny);

#[cfg(not(Py_LIMITED_API))]
crate::pyobject_native_type_core!(
    PyFrozenDict,
    crate::pyobject_native_static_type_object!(ffi::PyFrozenDict_Type),
    "builtins",
    "frozendict", #checkfunction=ffi::PyFrozenDict_Check
);

// The stable ABI has no symbol for the type: it is looked up in `builtins`.
#[cfg(Py_LIMITED_API)]
crate::pyobject_native_type_core!(
    PyFrozenDict,
    |py: Python<'_>| {
        use crate::instance::Py;
        use crate::sync::PyOnceLock;
        use crate::types::{PyType, PyTypeMethods};
        static TYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        TYPE.import(py, "builtins", "frozendict")
            .expect("builtins.frozendict is importable")
            .as_type_ptr()
    },
    "builtins",
    "frozendict"
);

impl crate::sealed::Sealed for Bound<'_, PyFrozenDict> {}

impl AnyDict for PyFrozenDict {}

impl PyFrozenDict {
    /// A frozendict of the given `(key, value)` pairs; for a repeated key
    /// the last value wins. Fails if a key or value does not convert, or a
    /// key is unhashable.
    pub fn new<'py, K, V, I>(py: Python<'py>, iterable: I) -> PyResult<Bound<'py, PyFrozenDict>>
    where
        I: IntoIterator<Item = (K, V)>,
        K: IntoPyObject<'py>,
        V: IntoPyObject<'py>,
    {
        // Python builds a frozendict from an iterable in one step, so the
        // pairs are collected into a list first.
        Self::from_sequence(PyList::new(py, iterable)?.as_any())
    }

    /// `frozendict(seq)` for an iterable of key/value pairs; for a repeated
    /// key the last value wins.
    pub fn from_sequence<'py>(seq: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyFrozenDict>> {
        build(seq.py(), Some(seq))
    }

    /// An empty frozendict.
    pub fn empty(py: Python<'_>) -> PyResult<Bound<'_, PyFrozenDict>> {
        build(py, None)
    }
}

/// `frozendict(iterable)`, or `frozendict()` without one.
#[cfg(not(Py_LIMITED_API))]
fn build<'py>(
    py: Python<'py>,
    iterable: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyFrozenDict>> {
    let iterable = iterable.map_or(std::ptr::null_mut(), Bound::as_ptr);
    // SAFETY: attached; the iterable is null or alive; returns a new
    // frozendict or null with an error.
    unsafe {
        Bound::from_owned_ptr_or_err(py, ffi::PyFrozenDict_New(iterable))
            .map(|dict| dict.cast_into_unchecked())
    }
}

/// `frozendict(iterable)`, or `frozendict()` without one.
#[cfg(Py_LIMITED_API)]
fn build<'py>(
    py: Python<'py>,
    iterable: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyFrozenDict>> {
    use crate::type_object::PyTypeInfo;
    use crate::types::PyAnyMethods;
    let class = PyFrozenDict::type_object(py);
    let dict = match iterable {
        Some(iterable) => class.call1((iterable,))?,
        None => class.call0()?,
    };
    // SAFETY: calling the class `frozendict` returns a frozendict.
    Ok(unsafe { dict.cast_into_unchecked() })
}

/// The methods of frozendicts.
pub trait PyFrozenDictMethods<'py>: crate::sealed::Sealed {
    /// `len(self)`.
    fn len(&self) -> usize;

    /// `len(self) == 0`.
    fn is_empty(&self) -> bool;

    /// `key in self`; fails if the key does not convert or is unhashable.
    fn contains<K>(&self, key: K) -> PyResult<bool>
    where
        K: IntoPyObject<'py>;

    /// `self.get(key)`: `None` for a missing key (use
    /// [`PyAnyMethods::get_item`](crate::types::PyAnyMethods::get_item) for
    /// a `KeyError`); fails if the key does not convert or is unhashable.
    fn get_item<K>(&self, key: K) -> PyResult<Option<Bound<'py, PyAny>>>
    where
        K: IntoPyObject<'py>;

    /// `list(self.keys())`.
    fn keys(&self) -> Bound<'py, PyList>;

    /// `list(self.values())`.
    fn values(&self) -> Bound<'py, PyList>;

    /// `list(self.items())`.
    fn items(&self) -> Bound<'py, PyList>;

    /// An iterator over the `(key, value)` pairs. A frozendict cannot
    /// change, so nothing is checked while iterating.
    fn iter(&self) -> BoundFrozenDictIterator<'py>;

    /// The frozendict as a [`PyMapping`].
    fn as_mapping(&self) -> &Bound<'py, PyMapping>;

    /// The frozendict as a [`PyMapping`].
    fn into_mapping(self) -> Bound<'py, PyMapping>;
}

impl<'py> PyFrozenDictMethods<'py> for Bound<'py, PyFrozenDict> {
    fn len(&self) -> usize {
        read::len(self)
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn contains<K>(&self, key: K) -> PyResult<bool>
    where
        K: IntoPyObject<'py>,
    {
        let key = key.into_pyobject(self.py()).map_err(Into::into)?;
        read::contains(self, key.as_borrowed().to_any())
    }

    fn get_item<K>(&self, key: K) -> PyResult<Option<Bound<'py, PyAny>>>
    where
        K: IntoPyObject<'py>,
    {
        let key = key.into_pyobject(self.py()).map_err(Into::into)?;
        read::get_item(self, key.as_borrowed().to_any())
    }

    fn keys(&self) -> Bound<'py, PyList> {
        read::keys(self)
    }

    fn values(&self) -> Bound<'py, PyList> {
        read::values(self)
    }

    fn items(&self) -> Bound<'py, PyList> {
        read::items(self)
    }

    fn iter(&self) -> BoundFrozenDictIterator<'py> {
        BoundFrozenDictIterator::new(self.clone())
    }

    fn as_mapping(&self) -> &Bound<'py, PyMapping> {
        // SAFETY: `collections.abc` registers `frozendict` as a mapping.
        unsafe { self.cast_unchecked() }
    }

    fn into_mapping(self) -> Bound<'py, PyMapping> {
        // SAFETY: `collections.abc` registers `frozendict` as a mapping.
        unsafe { self.cast_into_unchecked() }
    }
}

/// An iterator over a frozendict's `(key, value)` pairs.
pub struct BoundFrozenDictIterator<'py> {
    dict: Bound<'py, PyFrozenDict>,
    position: ffi::Py_ssize_t,
    remaining: usize,
}

impl<'py> BoundFrozenDictIterator<'py> {
    fn new(dict: Bound<'py, PyFrozenDict>) -> Self {
        let remaining = read::len(&dict);
        BoundFrozenDictIterator {
            dict,
            position: 0,
            remaining,
        }
    }
}

impl<'py> Iterator for BoundFrozenDictIterator<'py> {
    type Item = (Bound<'py, PyAny>, Bound<'py, PyAny>);

    fn next(&mut self) -> Option<Self::Item> {
        let pair = read::next(&self.dict, &mut self.position)?;
        self.remaining -= 1;
        Some(pair)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }

    fn count(self) -> usize {
        self.remaining
    }
}

impl ExactSizeIterator for BoundFrozenDictIterator<'_> {}

impl<'py> IntoIterator for Bound<'py, PyFrozenDict> {
    type Item = (Bound<'py, PyAny>, Bound<'py, PyAny>);
    type IntoIter = BoundFrozenDictIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        BoundFrozenDictIterator::new(self)
    }
}

impl<'py> IntoIterator for &Bound<'py, PyFrozenDict> {
    type Item = (Bound<'py, PyAny>, Bound<'py, PyAny>);
    type IntoIter = BoundFrozenDictIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}
