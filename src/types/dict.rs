//! `PyDict`: Python `dict`.

use crate::conversion::IntoPyObject;
use crate::err::{PyErr, PyResult, error_on_minusone};
use crate::ffi;
use crate::instance::{Borrowed, Bound, BoundObject};
use crate::marker::Python;
use crate::types::{PyAny, PyList, PyMapping};

#[cfg(not(any(PyPy, GraalPy)))]
pub(crate) mod items;
#[cfg(not(any(PyPy, GraalPy)))]
pub(crate) mod keys;
#[cfg(not(any(PyPy, GraalPy)))]
pub(crate) mod values;

/// A Python `dict`.
#[repr(transparent)]
pub struct PyDict(PyAny);

crate::pyobject_native_type_core!(
    PyDict,
    crate::pyobject_native_static_type_object!(ffi::PyDict_Type),
    "builtins",
    "dict", #checkfunction=ffi::PyDict_Check
);

impl PyDict {
    /// A new empty dict.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = PyDict::new(py);
    ///     assert!(dict.is_empty());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new(py: Python<'_>) -> Bound<'_, PyDict> {
        // SAFETY: attached; a new dict (null on memory exhaustion panics).
        unsafe { Bound::from_owned_ptr(py, ffi::PyDict_New()).cast_into_unchecked() }
    }

    /// `dict(seq)` for an iterable of key/value pairs.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let pairs = vec![("a", 1), ("b", 2)].into_pyobject(py)?;
    ///     let dict = PyDict::from_sequence(&pairs)?;
    ///     assert_eq!(dict.len(), 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn from_sequence<'py>(seq: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
        let dict = Self::new(seq.py());
        // SAFETY: attached; both objects are alive.
        let result = unsafe { ffi::PyDict_MergeFromSeq2(dict.as_ptr(), seq.as_ptr(), 1) };
        error_on_minusone(seq.py(), result)?;
        Ok(dict)
    }
}

/// The methods of dicts.
pub trait PyDictMethods<'py>: crate::sealed::Sealed {
    /// A shallow copy.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1)].into_py_dict(py)?;
    ///     let copy = dict.copy()?;
    ///     copy.set_item("b", 2)?;
    ///     assert_eq!((dict.len(), copy.len()), (1, 2));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn copy(&self) -> PyResult<Bound<'py, PyDict>>;
    /// Removes every item.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1)].into_py_dict(py)?;
    ///     dict.clear();
    ///     assert!(dict.is_empty());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn clear(&self);
    /// `len(d)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1), ("b", 2)].into_py_dict(py)?;
    ///     assert_eq!(dict.len(), 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn len(&self) -> usize;
    /// Whether the dict is empty.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{IntoPyDict, PyDict};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(PyDict::new(py).is_empty());
    ///     assert!(![("a", 1)].into_py_dict(py)?.is_empty());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_empty(&self) -> bool;
    /// `key in d`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1)].into_py_dict(py)?;
    ///     assert!(dict.contains("a")?);
    ///     assert!(!dict.contains("b")?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn contains<K>(&self, key: K) -> PyResult<bool>
    where
        K: IntoPyObject<'py>;
    /// `d.get(key)`: `None` when missing; errors from `__hash__`/`__eq__`
    /// propagate.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1)].into_py_dict(py)?;
    ///     let value = dict.get_item("a")?.expect("present");
    ///     assert_eq!(value.extract::<i32>()?, 1);
    ///     assert!(dict.get_item("b")?.is_none());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn get_item<K>(&self, key: K) -> PyResult<Option<Bound<'py, PyAny>>>
    where
        K: IntoPyObject<'py>;
    /// `d[key] = value`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = PyDict::new(py);
    ///     dict.set_item("answer", 42)?;
    ///     assert_eq!(dict.get_item("answer")?.unwrap().extract::<i32>()?, 42);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn set_item<K, V>(&self, key: K, value: V) -> PyResult<()>
    where
        K: IntoPyObject<'py>,
        V: IntoPyObject<'py>;
    /// `del d[key]`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1), ("b", 2)].into_py_dict(py)?;
    ///     dict.del_item("a")?;
    ///     assert!(!dict.contains("a")?);
    ///     assert!(dict.del_item("a").is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn del_item<K>(&self, key: K) -> PyResult<()>
    where
        K: IntoPyObject<'py>;
    /// `list(d.keys())`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1), ("b", 2)].into_py_dict(py)?;
    ///     assert_eq!(dict.keys().extract::<Vec<String>>()?, vec!["a", "b"]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn keys(&self) -> Bound<'py, PyList>;
    /// `list(d.values())`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1), ("b", 2)].into_py_dict(py)?;
    ///     assert_eq!(dict.values().extract::<Vec<i32>>()?, vec![1, 2]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn values(&self) -> Bound<'py, PyList>;
    /// `list(d.items())`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1)].into_py_dict(py)?;
    ///     let items = dict.items().extract::<Vec<(String, i32)>>()?;
    ///     assert_eq!(items, vec![("a".to_string(), 1)]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn items(&self) -> Bound<'py, PyList>;
    /// An iterator over `(key, value)` pairs; it panics if the dict changes
    /// size or keys during iteration, as Python raises `RuntimeError` there.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1), ("b", 2)].into_py_dict(py)?;
    ///     let mut total = 0;
    ///     for (_key, value) in dict.iter() {
    ///         total += value.extract::<i32>()?;
    ///     }
    ///     assert_eq!(total, 3);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn iter(&self) -> BoundDictIterator<'py>;
    /// Calls `closure` on each `(key, value)` pair, holding the dict's
    /// critical section on free-threaded builds (so other threads cannot
    /// change it unless the closure lets them); stops at the first error.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1), ("b", 2)].into_py_dict(py)?;
    ///     dict.locked_for_each(|key, value| {
    ///         assert_eq!(key.len()?, 1);
    ///         assert!(value.extract::<i32>()? > 0);
    ///         Ok(())
    ///     })?;
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn locked_for_each<F>(&self, closure: F) -> PyResult<()>
    where
        F: Fn(Bound<'py, PyAny>, Bound<'py, PyAny>) -> PyResult<()>;
    /// The dict as a `PyMapping` (no check needed).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1)].into_py_dict(py)?;
    ///     assert_eq!(dict.as_mapping().len()?, 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn as_mapping(&self) -> &Bound<'py, PyMapping>;
    /// The dict as a `PyMapping` (no check needed).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let mapping = [("a", 1)].into_py_dict(py)?.into_mapping();
    ///     assert_eq!(mapping.keys()?.len(), 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn into_mapping(self) -> Bound<'py, PyMapping>;
    /// `d.update(other)`: inserts every pair of `other`, replacing the
    /// values of keys already present.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1), ("b", 2)].into_py_dict(py)?;
    ///     let other = [("b", 20), ("c", 30)].into_py_dict(py)?;
    ///     dict.update(other.as_mapping())?;
    ///     assert_eq!(dict.values().extract::<Vec<i32>>()?, vec![1, 20, 30]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn update(&self, other: &Bound<'_, PyMapping>) -> PyResult<()>;
    /// Inserts the pairs of `other` whose keys are not present yet (the
    /// values of present keys are kept).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1), ("b", 2)].into_py_dict(py)?;
    ///     let other = [("b", 20), ("c", 30)].into_py_dict(py)?;
    ///     dict.update_if_missing(other.as_mapping())?;
    ///     assert_eq!(dict.values().extract::<Vec<i32>>()?, vec![1, 2, 30]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn update_if_missing(&self, other: &Bound<'_, PyMapping>) -> PyResult<()>;
    /// `d.setdefault(key, default_value)`: inserts the pair if `key` is
    /// missing; whether it was inserted (`false`: the key was present).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1)].into_py_dict(py)?;
    ///     assert!(!dict.set_default("a", 10)?);
    ///     assert!(dict.set_default("b", 20)?);
    ///     assert_eq!(dict.values().extract::<Vec<i32>>()?, vec![1, 20]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn set_default<K, V>(&self, key: K, default_value: V) -> PyResult<bool>
    where
        K: IntoPyObject<'py>,
        V: IntoPyObject<'py>;
    /// `d.setdefault(key, default_value)`: inserts the pair if `key` is
    /// missing; whether it was inserted, and the value now stored for `key`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1)].into_py_dict(py)?;
    ///     let (inserted, value) = dict.set_default_with_result("a", 10)?;
    ///     assert!(!inserted);
    ///     assert_eq!(value.extract::<i32>()?, 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn set_default_with_result<K, V>(
        &self,
        key: K,
        default_value: V,
    ) -> PyResult<(bool, Bound<'py, PyAny>)>
    where
        K: IntoPyObject<'py>,
        V: IntoPyObject<'py>;
}

impl<'py> PyDictMethods<'py> for Bound<'py, PyDict> {
    fn copy(&self) -> PyResult<Bound<'py, PyDict>> {
        // SAFETY: attached; returns a new dict or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(self.py(), ffi::PyDict_Copy(self.as_ptr()))
                .map(|d| d.cast_into_unchecked())
        }
    }

    fn clear(&self) {
        // SAFETY: attached; the object is a dict.
        unsafe { ffi::PyDict_Clear(self.as_ptr()) }
    }

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

    fn set_item<K, V>(&self, key: K, value: V) -> PyResult<()>
    where
        K: IntoPyObject<'py>,
        V: IntoPyObject<'py>,
    {
        let py = self.py();
        let key = key.into_pyobject(py).map_err(Into::into)?;
        let value = value.into_pyobject(py).map_err(Into::into)?;
        // SAFETY: attached; `PyDict_SetItem` takes its own references.
        let result = unsafe { ffi::PyDict_SetItem(self.as_ptr(), key.as_ptr(), value.as_ptr()) };
        error_on_minusone(py, result)
    }

    fn del_item<K>(&self, key: K) -> PyResult<()>
    where
        K: IntoPyObject<'py>,
    {
        let key = key.into_pyobject(self.py()).map_err(Into::into)?;
        // SAFETY: attached; both objects are alive.
        let result = unsafe { ffi::PyDict_DelItem(self.as_ptr(), key.as_ptr()) };
        error_on_minusone(self.py(), result)
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

    fn iter(&self) -> BoundDictIterator<'py> {
        BoundDictIterator::new(self.clone())
    }

    fn locked_for_each<F>(&self, closure: F) -> PyResult<()>
    where
        F: Fn(Bound<'py, PyAny>, Bound<'py, PyAny>) -> PyResult<()>,
    {
        crate::sync::with_critical_section(self.as_any(), || {
            self.iter().try_for_each(|(key, value)| closure(key, value))
        })
    }

    fn as_mapping(&self) -> &Bound<'py, PyMapping> {
        // SAFETY: every dict is a mapping.
        unsafe { self.cast_unchecked() }
    }

    fn into_mapping(self) -> Bound<'py, PyMapping> {
        // SAFETY: every dict is a mapping.
        unsafe { self.cast_into_unchecked() }
    }

    fn update(&self, other: &Bound<'_, PyMapping>) -> PyResult<()> {
        // SAFETY: attached; both objects are alive.
        let result = unsafe { ffi::PyDict_Update(self.as_ptr(), other.as_ptr()) };
        error_on_minusone(self.py(), result)
    }

    fn update_if_missing(&self, other: &Bound<'_, PyMapping>) -> PyResult<()> {
        // SAFETY: attached; both objects are alive; `override` 0 keeps the
        // values of keys already present.
        let result = unsafe { ffi::PyDict_Merge(self.as_ptr(), other.as_ptr(), 0) };
        error_on_minusone(self.py(), result)
    }

    fn set_default<K, V>(&self, key: K, default_value: V) -> PyResult<bool>
    where
        K: IntoPyObject<'py>,
        V: IntoPyObject<'py>,
    {
        let py = self.py();
        let key = key.into_pyobject(py).map_err(Into::into)?;
        let default_value = default_value.into_pyobject(py).map_err(Into::into)?;
        set_default(
            self,
            key.as_borrowed().to_any(),
            default_value.as_borrowed().to_any(),
            None,
        )
    }

    fn set_default_with_result<K, V>(
        &self,
        key: K,
        default_value: V,
    ) -> PyResult<(bool, Bound<'py, PyAny>)>
    where
        K: IntoPyObject<'py>,
        V: IntoPyObject<'py>,
    {
        let py = self.py();
        let key = key.into_pyobject(py).map_err(Into::into)?;
        let default_value = default_value.into_pyobject(py).map_err(Into::into)?;
        let mut value = std::ptr::null_mut();
        let inserted = set_default(
            self,
            key.as_borrowed().to_any(),
            default_value.as_borrowed().to_any(),
            Some(&mut value),
        )?;
        // SAFETY: on success `value` holds a new reference to the stored
        // value.
        Ok((inserted, unsafe { Bound::from_owned_ptr(py, value) }))
    }
}

/// `PyDict_SetDefaultRef`: whether the pair was inserted; on success
/// `result` (if given) receives a new reference to the stored value.
fn set_default(
    dict: &Bound<'_, PyDict>,
    key: Borrowed<'_, '_, PyAny>,
    default_value: Borrowed<'_, '_, PyAny>,
    result: Option<&mut *mut ffi::PyObject>,
) -> PyResult<bool> {
    let result = result.map_or(std::ptr::null_mut(), |result| result as *mut _);
    // SAFETY: attached; the objects are alive; `result` is null or points
    // to a local variable.
    let code = unsafe {
        ffi::compat::PyDict_SetDefaultRef(
            dict.as_ptr(),
            key.as_ptr(),
            default_value.as_ptr(),
            result,
        )
    };
    match code {
        -1 => Err(PyErr::fetch(dict.py())),
        0 => Ok(true),
        _ => Ok(false),
    }
}

/// The reading `PyDict_*` functions, shared by `dict` and (3.15+)
/// `frozendict`, which both accept them.
pub(crate) mod read {
    use super::*;

    /// The types whose instances the reading `PyDict_*` functions accept.
    pub(crate) trait AnyDict {}

    impl AnyDict for PyDict {}

    /// `len(dict)`.
    pub(crate) fn len<D: AnyDict>(dict: &Bound<'_, D>) -> usize {
        // SAFETY: attached; the object is a dict or frozendict, so this
        // cannot fail.
        unsafe { ffi::PyDict_Size(dict.as_ptr()) as usize }
    }

    /// `key in dict`; fails for unhashable keys.
    pub(crate) fn contains<D: AnyDict>(
        dict: &Bound<'_, D>,
        key: Borrowed<'_, '_, PyAny>,
    ) -> PyResult<bool> {
        // SAFETY: attached; the object is a dict or frozendict, the key is
        // alive.
        let result = unsafe { ffi::PyDict_Contains(dict.as_ptr(), key.as_ptr()) };
        error_on_minusone(dict.py(), result)?;
        Ok(result == 1)
    }

    /// `dict.get(key)`, with `None` for a missing key; fails for unhashable
    /// keys.
    pub(crate) fn get_item<'py, D: AnyDict>(
        dict: &Bound<'py, D>,
        key: Borrowed<'_, 'py, PyAny>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        let py = dict.py();
        let mut value = std::ptr::null_mut();
        // SAFETY: attached; the object is a dict or frozendict; `value`
        // receives a new reference or null.
        let found =
            unsafe { ffi::compat::PyDict_GetItemRef(dict.as_ptr(), key.as_ptr(), &mut value) };
        match found {
            -1 => Err(PyErr::fetch(py)),
            // SAFETY: on 1, `value` holds a new reference; on 0 it is null.
            _ => Ok(unsafe { Bound::from_owned_ptr_or_opt(py, value) }),
        }
    }

    /// `list(dict.keys())`.
    pub(crate) fn keys<'py, D: AnyDict>(dict: &Bound<'py, D>) -> Bound<'py, PyList> {
        // SAFETY: attached; the object is a dict or frozendict; returns a
        // new list (null only on memory exhaustion, which panics).
        unsafe {
            Bound::from_owned_ptr(dict.py(), ffi::PyDict_Keys(dict.as_ptr())).cast_into_unchecked()
        }
    }

    /// `list(dict.values())`.
    pub(crate) fn values<'py, D: AnyDict>(dict: &Bound<'py, D>) -> Bound<'py, PyList> {
        // SAFETY: attached; the object is a dict or frozendict; returns a
        // new list (null only on memory exhaustion, which panics).
        unsafe {
            Bound::from_owned_ptr(dict.py(), ffi::PyDict_Values(dict.as_ptr()))
                .cast_into_unchecked()
        }
    }

    /// `list(dict.items())`.
    pub(crate) fn items<'py, D: AnyDict>(dict: &Bound<'py, D>) -> Bound<'py, PyList> {
        // SAFETY: attached; the object is a dict or frozendict; returns a
        // new list (null only on memory exhaustion, which panics).
        unsafe {
            Bound::from_owned_ptr(dict.py(), ffi::PyDict_Items(dict.as_ptr())).cast_into_unchecked()
        }
    }

    /// The pair at or after `position` (0 to start), advancing it; `None`
    /// at the end. For a mutable dict, the caller holds the dict's lock on
    /// free-threaded builds.
    pub(crate) fn next<'py, D: AnyDict>(
        dict: &Bound<'py, D>,
        position: &mut ffi::Py_ssize_t,
    ) -> Option<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
        let mut key = std::ptr::null_mut();
        let mut value = std::ptr::null_mut();
        // SAFETY: attached; the object is a dict or frozendict;
        // `PyDict_Next` yields borrowed references, turned into owned ones
        // at once.
        unsafe {
            if ffi::PyDict_Next(dict.as_ptr(), position, &mut key, &mut value) == 0 {
                return None;
            }
            Some((
                Bound::from_borrowed_ptr(dict.py(), key),
                Bound::from_borrowed_ptr(dict.py(), value),
            ))
        }
    }
}

/// An iterator over a dict's `(key, value)` pairs.
pub struct BoundDictIterator<'py> {
    dict: Bound<'py, PyDict>,
    position: ffi::Py_ssize_t,
    initial_len: usize,
    remaining: usize,
}

impl<'py> BoundDictIterator<'py> {
    fn new(dict: Bound<'py, PyDict>) -> Self {
        use crate::types::PyDictMethods;
        let len = dict.len();
        BoundDictIterator {
            dict,
            position: 0,
            initial_len: len,
            remaining: len,
        }
    }
}

impl<'py> Iterator for BoundDictIterator<'py> {
    type Item = (Bound<'py, PyAny>, Bound<'py, PyAny>);

    fn next(&mut self) -> Option<Self::Item> {
        let dict = &self.dict;
        let position = &mut self.position;
        let remaining = &mut self.remaining;
        let initial_len = self.initial_len;
        // The borrowed references of `PyDict_Next` are only stable while the
        // dict is locked (free-threaded builds).
        crate::sync::with_critical_section(dict.as_any(), || {
            if dict.len() != initial_len {
                *remaining = 0;
                panic!("{}", DICT_CHANGED_SIZE);
            }
            let Some(pair) = read::next(dict, position) else {
                *remaining = 0;
                return None;
            };
            if *remaining == 0 {
                // More pairs than the dict had: keys were removed and others
                // added, keeping the size.
                panic!("{}", DICT_KEYS_CHANGED);
            }
            *remaining -= 1;
            Some(pair)
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for BoundDictIterator<'_> {}

/// The messages of Python's `RuntimeError` for these cases.
const DICT_CHANGED_SIZE: &str = "dictionary changed size during iteration";
const DICT_KEYS_CHANGED: &str = "dictionary keys changed during iteration";

impl<'py> IntoIterator for Bound<'py, PyDict> {
    type Item = (Bound<'py, PyAny>, Bound<'py, PyAny>);
    type IntoIter = BoundDictIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        BoundDictIterator::new(self)
    }
}

impl<'py> IntoIterator for &Bound<'py, PyDict> {
    type Item = (Bound<'py, PyAny>, Bound<'py, PyAny>);
    type IntoIter = BoundDictIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Collections of key/value pairs that convert into a `dict`:
/// `[("a", 1), ("b", 2)].into_py_dict(py)?`.
pub trait IntoPyDict<'py>: Sized {
    /// Builds the dict.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = vec![("x", 1.5), ("y", 2.5)].into_py_dict(py)?;
    ///     assert_eq!(dict.len(), 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn into_py_dict(self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>>;
}

impl<'py, T, I> IntoPyDict<'py> for I
where
    T: PyDictItem<'py>,
    I: IntoIterator<Item = T>,
{
    fn into_py_dict(self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for item in self {
            let (key, value) = item.unpack();
            dict.set_item(key, value)?;
        }
        Ok(dict)
    }
}

/// A key/value pair: a 2-tuple or a reference to one.
pub trait PyDictItem<'py> {
    /// The key type.
    type K: IntoPyObject<'py>;
    /// The value type.
    type V: IntoPyObject<'py>;
    /// Splits the pair.
    fn unpack(self) -> (Self::K, Self::V);
}

impl<'py, K, V> PyDictItem<'py> for (K, V)
where
    K: IntoPyObject<'py>,
    V: IntoPyObject<'py>,
{
    type K = K;
    type V = V;

    fn unpack(self) -> (K, V) {
        self
    }
}

impl<'a, 'py, K, V> PyDictItem<'py> for &'a (K, V)
where
    &'a K: IntoPyObject<'py>,
    &'a V: IntoPyObject<'py>,
{
    type K = &'a K;
    type V = &'a V;

    fn unpack(self) -> (&'a K, &'a V) {
        (&self.0, &self.1)
    }
}
