//! `PyMapping`: any object implementing the mapping protocol (an instance
//! of `collections.abc.Mapping`).

use crate::conversion::IntoPyObject;
use crate::err::{PyResult, error_on_minusone};
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyAnyMethods, PyList, PyType};

/// A Python mapping: `dict`, or any instance of `collections.abc.Mapping`
/// (including classes registered with it, see [`PyMapping::register`]).
///
/// Its "type object" is the `collections.abc.Mapping` class.
#[repr(transparent)]
pub struct PyMapping(PyAny);

crate::pyobject_native_type_named!(PyMapping);
impl crate::sealed::Sealed for Bound<'_, PyMapping> {}

/// `collections.abc.Mapping`, imported once.
fn mapping_abc(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static MAPPING_ABC: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    MAPPING_ABC.import(py, "collections.abc", "Mapping")
}

// SAFETY: `type_object_raw` is the `collections.abc.Mapping` class (kept
// alive by the static cell), and `is_type_of` accepts exactly the objects
// `isinstance(obj, Mapping)` accepts (`dict` is a registered mapping).
unsafe impl PyTypeInfo for PyMapping {
    #[cfg(feature = "experimental-inspect")]
    const TYPE_HINT: PyStaticExpr = crate::type_hint_identifier!("collections.abc", "Mapping");

    fn type_object_raw(py: Python<'_>) -> *mut ffi::PyTypeObject {
        mapping_abc(py)
            .expect("failed to import collections.abc.Mapping")
            .as_ptr()
            .cast()
    }

    fn is_type_of(object: &Bound<'_, PyAny>) -> bool {
        // SAFETY: attached; the object is alive.
        if unsafe { ffi::PyDict_Check(object.as_ptr()) } != 0 {
            return true;
        }
        let py = object.py();
        match mapping_abc(py).and_then(|abc| object.is_instance(abc.as_any())) {
            Ok(is_mapping) => is_mapping,
            Err(err) => {
                err.write_unraisable(py, Some(object));
                false
            }
        }
    }
}

impl PyMapping {
    /// Registers `T` as a virtual subclass of `collections.abc.Mapping`, so
    /// that its instances cast to `PyMapping`.
    pub fn register<T: PyTypeInfo>(py: Python<'_>) -> PyResult<()> {
        mapping_abc(py)?.call_method1("register", (T::type_object(py),))?;
        Ok(())
    }
}

/// The methods of mappings.
pub trait PyMappingMethods<'py>: crate::sealed::Sealed {
    /// `len(mapping)`.
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
    fn len(&self) -> PyResult<usize>;
    /// Whether `len(mapping) == 0`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(PyDict::new(py).as_mapping().is_empty()?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_empty(&self) -> PyResult<bool>;
    /// `key in mapping`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let mapping = [("a", 1)].into_py_dict(py)?.into_mapping();
    ///     assert!(mapping.contains("a")?);
    ///     assert!(!mapping.contains("b")?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn contains<K>(&self, key: K) -> PyResult<bool>
    where
        K: IntoPyObject<'py>;
    /// `mapping[key]`; `KeyError` when missing.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let mapping = [("a", 1)].into_py_dict(py)?.into_mapping();
    ///     assert_eq!(mapping.get_item("a")?.extract::<i32>()?, 1);
    ///     assert!(mapping.get_item("b").is_err()); // KeyError
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn get_item<K>(&self, key: K) -> PyResult<Bound<'py, PyAny>>
    where
        K: IntoPyObject<'py>;
    /// `mapping[key] = value`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let mapping = PyDict::new(py).into_mapping();
    ///     mapping.set_item("k", "v")?;
    ///     assert_eq!(mapping.get_item("k")?.extract::<String>()?, "v");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn set_item<K, V>(&self, key: K, value: V) -> PyResult<()>
    where
        K: IntoPyObject<'py>,
        V: IntoPyObject<'py>;
    /// `del mapping[key]`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let mapping = [("a", 1)].into_py_dict(py)?.into_mapping();
    ///     mapping.del_item("a")?;
    ///     assert!(mapping.is_empty()?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn del_item<K>(&self, key: K) -> PyResult<()>
    where
        K: IntoPyObject<'py>;
    /// `list(mapping.keys())`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let mapping = [("a", 1), ("b", 2)].into_py_dict(py)?.into_mapping();
    ///     assert_eq!(mapping.keys()?.extract::<Vec<String>>()?, vec!["a", "b"]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn keys(&self) -> PyResult<Bound<'py, PyList>>;
    /// `list(mapping.values())`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let mapping = [("a", 1), ("b", 2)].into_py_dict(py)?.into_mapping();
    ///     assert_eq!(mapping.values()?.extract::<Vec<i32>>()?, vec![1, 2]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn values(&self) -> PyResult<Bound<'py, PyList>>;
    /// `list(mapping.items())`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::IntoPyDict;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let mapping = [("a", 1)].into_py_dict(py)?.into_mapping();
    ///     let items = mapping.items()?.extract::<Vec<(String, i32)>>()?;
    ///     assert_eq!(items, vec![("a".to_string(), 1)]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn items(&self) -> PyResult<Bound<'py, PyList>>;
}

/// The list returned by `PyMapping_Keys` and friends.
///
/// # Safety
///
/// `ptr` must be a new reference to a list, or null with an error set.
#[inline]
unsafe fn owned_list(py: Python<'_>, ptr: *mut ffi::PyObject) -> PyResult<Bound<'_, PyList>> {
    // SAFETY: the caller upholds this function's documented safety contract.
    unsafe { Bound::from_owned_ptr_or_err(py, ptr).map(|list| list.cast_into_unchecked()) }
}

impl<'py> PyMappingMethods<'py> for Bound<'py, PyMapping> {
    fn len(&self) -> PyResult<usize> {
        // SAFETY: attached; the object is alive.
        let len = unsafe { ffi::PyMapping_Size(self.as_ptr()) };
        error_on_minusone(self.py(), len)?;
        Ok(len as usize)
    }

    fn is_empty(&self) -> PyResult<bool> {
        self.len().map(|len| len == 0)
    }

    fn contains<K>(&self, key: K) -> PyResult<bool>
    where
        K: IntoPyObject<'py>,
    {
        self.as_any().contains(key)
    }

    fn get_item<K>(&self, key: K) -> PyResult<Bound<'py, PyAny>>
    where
        K: IntoPyObject<'py>,
    {
        self.as_any().get_item(key)
    }

    fn set_item<K, V>(&self, key: K, value: V) -> PyResult<()>
    where
        K: IntoPyObject<'py>,
        V: IntoPyObject<'py>,
    {
        self.as_any().set_item(key, value)
    }

    fn del_item<K>(&self, key: K) -> PyResult<()>
    where
        K: IntoPyObject<'py>,
    {
        self.as_any().del_item(key)
    }

    fn keys(&self) -> PyResult<Bound<'py, PyList>> {
        // SAFETY: attached; since Python 3.7 `PyMapping_Keys` returns a new
        // list (or null with an error).
        unsafe { owned_list(self.py(), ffi::PyMapping_Keys(self.as_ptr())) }
    }

    fn values(&self) -> PyResult<Bound<'py, PyList>> {
        // SAFETY: as in `keys`.
        unsafe { owned_list(self.py(), ffi::PyMapping_Values(self.as_ptr())) }
    }

    fn items(&self) -> PyResult<Bound<'py, PyList>> {
        // SAFETY: as in `keys`.
        unsafe { owned_list(self.py(), ffi::PyMapping_Items(self.as_ptr())) }
    }
}
