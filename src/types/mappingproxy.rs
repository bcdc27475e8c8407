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
    fn is_empty(&self) -> PyResult<bool>;

    /// `list(self.keys())`.
    fn keys(&self) -> PyResult<Bound<'py, PyList>>;

    /// `list(self.values())`.
    fn values(&self) -> PyResult<Bound<'py, PyList>>;

    /// `list(self.items())`.
    fn items(&self) -> PyResult<Bound<'py, PyList>>;

    /// The proxy as a [`PyMapping`].
    fn as_mapping(&self) -> &Bound<'py, PyMapping>;

    /// An iterator over the `(key, value)` pairs: the keys come from
    /// `iter(self)`, each value from `self[key]`.
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
