//! `PyMappingProxy`: read-only views of mappings (`types.MappingProxyType`),
//! such as a class's `__dict__`.

use crate::err::PyResult;
use crate::ffi;
use crate::instance::Bound;
use crate::marker::Python;
use crate::types::{PyAny, PyAnyMethods, PyIterator, PyList, PyMapping, PyMappingMethods};

/// A Python `mappingproxy`.
#[repr(transparent)]
pub struct PyMappingProxy(PyAny);

crate::pyobject_native_type_core!(
    PyMappingProxy,
    crate::pyobject_native_static_type_object!(ffi::PyDictProxy_Type),
    "types",
    "MappingProxyType", #module=::std::option::Option::Some("types")
);

impl crate::sealed::Sealed for Bound<'_, PyMappingProxy> {}

impl PyMappingProxy {
    /// `types.MappingProxyType(mapping)`: a read-only view of `mapping`.
    ///
    /// # Panics
    ///
    /// If Python refuses the mapping: lists and tuples (which may be
    /// registered as `Mapping`) are not accepted.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{IntoPyDict, PyMappingProxy};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1)].into_py_dict(py)?;
    ///     let proxy = PyMappingProxy::new(py, dict.as_mapping());
    ///     dict.set_item("b", 2)?;
    ///     assert_eq!(proxy.len()?, 2); // the proxy sees changes to the dict
    ///     assert!(proxy.set_item("c", 3).is_err()); // but is read-only
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new<'py>(
        py: Python<'py>,
        elements: &Bound<'py, PyMapping>,
    ) -> Bound<'py, PyMappingProxy> {
        // SAFETY: attached; the mapping is alive; returns a new proxy, or
        // null with an error set, on which `from_owned_ptr` panics.
        unsafe {
            Bound::from_owned_ptr(py, ffi::PyDictProxy_New(elements.as_ptr())).cast_into_unchecked()
        }
    }
}

/// The methods of mapping proxies.
pub trait PyMappingProxyMethods<'py, 'a>: crate::sealed::Sealed {
    /// `len(self) == 0`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{PyDict, PyMappingProxy};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = PyDict::new(py);
    ///     assert!(PyMappingProxy::new(py, dict.as_mapping()).is_empty()?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_empty(&self) -> PyResult<bool>;

    /// `list(self.keys())`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{IntoPyDict, PyMappingProxy};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1), ("b", 2)].into_py_dict(py)?;
    ///     let proxy = PyMappingProxy::new(py, dict.as_mapping());
    ///     assert_eq!(proxy.keys()?.extract::<Vec<String>>()?, vec!["a", "b"]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn keys(&self) -> PyResult<Bound<'py, PyList>>;

    /// `list(self.values())`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{IntoPyDict, PyMappingProxy};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1), ("b", 2)].into_py_dict(py)?;
    ///     let proxy = PyMappingProxy::new(py, dict.as_mapping());
    ///     assert_eq!(proxy.values()?.extract::<Vec<i32>>()?, vec![1, 2]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn values(&self) -> PyResult<Bound<'py, PyList>>;

    /// `list(self.items())`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{IntoPyDict, PyMappingProxy};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1)].into_py_dict(py)?;
    ///     let proxy = PyMappingProxy::new(py, dict.as_mapping());
    ///     let items = proxy.items()?.extract::<Vec<(String, i32)>>()?;
    ///     assert_eq!(items, vec![("a".to_string(), 1)]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn items(&self) -> PyResult<Bound<'py, PyList>>;

    /// The proxy as a [`PyMapping`].
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{IntoPyDict, PyMappingProxy};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1)].into_py_dict(py)?;
    ///     let proxy = PyMappingProxy::new(py, dict.as_mapping());
    ///     assert!(proxy.as_mapping().contains("a")?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn as_mapping(&self) -> &Bound<'py, PyMapping>;

    /// An iterator over the `(key, value)` pairs: the keys come from
    /// `iter(self)`, each value from `self[key]`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{IntoPyDict, PyMappingProxy};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = [("a", 1), ("b", 2)].into_py_dict(py)?;
    ///     let proxy = PyMappingProxy::new(py, dict.as_mapping());
    ///     let mut total = 0;
    ///     for pair in proxy.try_iter()? {
    ///         let (_key, value) = pair?;
    ///         total += value.extract::<i32>()?;
    ///     }
    ///     assert_eq!(total, 3);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn try_iter(&'a self) -> PyResult<BoundMappingProxyIterator<'py, 'a>>;
}

impl<'py, 'a> PyMappingProxyMethods<'py, 'a> for Bound<'py, PyMappingProxy> {
    fn is_empty(&self) -> PyResult<bool> {
        self.as_mapping().is_empty()
    }

    fn keys(&self) -> PyResult<Bound<'py, PyList>> {
        self.as_mapping().keys()
    }

    fn values(&self) -> PyResult<Bound<'py, PyList>> {
        self.as_mapping().values()
    }

    fn items(&self) -> PyResult<Bound<'py, PyList>> {
        self.as_mapping().items()
    }

    fn as_mapping(&self) -> &Bound<'py, PyMapping> {
        // SAFETY: a mapping proxy is a mapping (`collections.abc` registers
        // `MappingProxyType` as one).
        unsafe { self.cast_unchecked() }
    }

    fn try_iter(&'a self) -> PyResult<BoundMappingProxyIterator<'py, 'a>> {
        Ok(BoundMappingProxyIterator {
            keys: PyIterator::from_object(self)?,
            proxy: self,
        })
    }
}

/// An iterator over the `(key, value)` pairs of a mapping proxy; an error
/// from the key iterator or a lookup is yielded as `Err`.
pub struct BoundMappingProxyIterator<'py, 'a> {
    keys: Bound<'py, PyIterator>,
    proxy: &'a Bound<'py, PyMappingProxy>,
}

impl<'py> Iterator for BoundMappingProxyIterator<'py, '_> {
    type Item = PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)>;

    fn next(&mut self) -> Option<Self::Item> {
        let key = match self.keys.next()? {
            Ok(key) => key,
            Err(err) => return Some(Err(err)),
        };
        Some(self.proxy.get_item(&key).map(|value| (key, value)))
    }
}
