//! Weak references: `PyWeakrefReference` (`weakref.ref`), `PyWeakrefProxy`
//! (`weakref.proxy`) and `PyWeakref`, either of them.

use crate::IntoPyObjectExt;
use crate::conversion::IntoPyObject;
use crate::err::PyResult;
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::type_object::{PyTypeCheck, PyTypeInfo};
use crate::types::{PyAny, PyAnyMethods, PyTuple};

/// Any weak reference object: a `weakref.ref` (or subclass) or a
/// `weakref.proxy` (callable or not).
#[repr(transparent)]
pub struct PyWeakref(PyAny);

crate::pyobject_native_type_named!(PyWeakref);
impl crate::sealed::Sealed for Bound<'_, PyWeakref> {}

// SAFETY: `PyWeakref_Check` accepts exactly the reference and proxy types,
// which the classinfo tuple lists.
unsafe impl PyTypeCheck for PyWeakref {
    #[cfg(feature = "experimental-inspect")]
    const TYPE_HINT: PyStaticExpr = crate::type_hint_union!(
        <PyWeakrefProxy as PyTypeCheck>::TYPE_HINT,
        <PyWeakrefReference as PyTypeCheck>::TYPE_HINT
    );

    fn type_check(object: &Bound<'_, PyAny>) -> bool {
        // SAFETY: attached; the object is alive.
        unsafe { ffi::PyWeakref_Check(object.as_ptr()) != 0 }
    }

    fn classinfo_object(py: Python<'_>) -> Bound<'_, PyAny> {
        static TYPES: PyOnceLock<Py<PyTuple>> = PyOnceLock::new();
        TYPES
            .get_or_try_init(py, || {
                let weakref = py.import("weakref")?;
                PyTuple::new(
                    py,
                    [
                        weakref.getattr("ProxyType")?,
                        weakref.getattr("CallableProxyType")?,
                        weakref.getattr("ReferenceType")?,
                    ],
                )
                .map(Bound::unbind)
            })
            .expect("the weakref module provides its types")
            .bind(py)
            .clone()
            .into_any()
    }
}

/// A `weakref.ref` (`weakref.ReferenceType`) or subclass instance.
#[repr(transparent)]
pub struct PyWeakrefReference(PyAny);

#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
crate::pyobject_native_type_core!(
    PyWeakrefReference,
    crate::pyobject_native_static_type_object!(ffi::_PyWeakref_RefType),
    "weakref",
    "ReferenceType", #module=::std::option::Option::Some("weakref"), #checkfunction=ffi::PyWeakref_CheckRef
);

#[cfg(any(Py_LIMITED_API, PyPy, GraalPy))]
crate::pyobject_native_type_core!(
    PyWeakrefReference,
    |py: Python<'_>| {
        use crate::types::{PyType, PyTypeMethods};
        static TYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        TYPE.import(py, "weakref", "ref")
            .expect("weakref.ref is importable")
            .as_type_ptr()
    },
    "weakref",
    "ReferenceType", #module=::std::option::Option::Some("weakref"), #checkfunction=ffi::PyWeakref_CheckRef
);

impl crate::sealed::Sealed for Bound<'_, PyWeakrefReference> {}

impl PyWeakrefReference {
    /// `weakref.ref(object)`; `TypeError` if `object` cannot be weakly
    /// referenced (e.g. an `int`).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyInt, PySet, PyWeakrefReference};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::empty(py)?;
    ///     let weak = PyWeakrefReference::new(&set)?;
    ///     assert!(weak.upgrade().unwrap().is(&set));
    ///     assert!(PyWeakrefReference::new(PyInt::new(py, 1).as_any()).is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new<'py>(object: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyWeakrefReference>> {
        new_reference(object, std::ptr::null_mut())
    }

    /// `weakref.ref(object, callback)`: `callback` is called with the
    /// reference when `object` is about to be destroyed (`None`: no
    /// callback).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyList, PySet, PyWeakrefReference};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let log = PyList::empty(py);
    ///     let set = PySet::empty(py)?;
    ///     let _weak = PyWeakrefReference::new_with(&set, log.getattr("append")?)?;
    ///     drop(set); // the callback runs now
    ///     assert_eq!(log.len(), 1);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new_with<'py, C>(
        object: &Bound<'py, PyAny>,
        callback: C,
    ) -> PyResult<Bound<'py, PyWeakrefReference>>
    where
        C: IntoPyObject<'py>,
    {
        let callback = callback.into_bound_py_any(object.py())?;
        new_reference(object, callback.as_ptr())
    }
}

fn new_reference<'py>(
    object: &Bound<'py, PyAny>,
    callback: *mut ffi::PyObject,
) -> PyResult<Bound<'py, PyWeakrefReference>> {
    // SAFETY: attached; `callback` is null or a live object (None counts as
    // no callback); returns a new reference object or null with an error.
    unsafe {
        Bound::from_owned_ptr_or_err(
            object.py(),
            ffi::PyWeakref_NewRef(object.as_ptr(), callback),
        )
        .map(|reference| reference.cast_into_unchecked())
    }
}

/// A `weakref.proxy`: a `weakref.ProxyType` or, for callable referents, a
/// `weakref.CallableProxyType`.
#[repr(transparent)]
pub struct PyWeakrefProxy(PyAny);

crate::pyobject_native_type_named!(PyWeakrefProxy);
impl crate::sealed::Sealed for Bound<'_, PyWeakrefProxy> {}

// SAFETY: `PyWeakref_CheckProxy` accepts exactly the two proxy types, which
// `weakref.ProxyTypes` lists.
unsafe impl PyTypeCheck for PyWeakrefProxy {
    #[cfg(feature = "experimental-inspect")]
    const TYPE_HINT: PyStaticExpr = crate::type_hint_union!(
        crate::type_hint_identifier!("weakref", "ProxyType"),
        crate::type_hint_identifier!("weakref", "CallableProxyType")
    );

    fn type_check(object: &Bound<'_, PyAny>) -> bool {
        // SAFETY: attached; the object is alive.
        unsafe { ffi::PyWeakref_CheckProxy(object.as_ptr()) != 0 }
    }

    fn classinfo_object(py: Python<'_>) -> Bound<'_, PyAny> {
        static TYPES: PyOnceLock<Py<PyTuple>> = PyOnceLock::new();
        TYPES
            .import(py, "weakref", "ProxyTypes")
            .expect("weakref.ProxyTypes is importable")
            .clone()
            .into_any()
    }
}

impl PyWeakrefProxy {
    /// `weakref.proxy(object)`; `TypeError` if `object` cannot be weakly
    /// referenced.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PySet, PyWeakrefProxy};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::new(py, [1, 2, 3])?;
    ///     let proxy = PyWeakrefProxy::new(&set)?;
    ///     // The proxy forwards to the set while it lives.
    ///     assert_eq!(proxy.len()?, 3);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new<'py>(object: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyWeakrefProxy>> {
        new_proxy(object, std::ptr::null_mut())
    }

    /// `weakref.proxy(object, callback)`: `callback` is called with the
    /// proxy when `object` is about to be destroyed (`None`: no callback).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyList, PySet, PyWeakrefProxy};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let log = PyList::empty(py);
    ///     let set = PySet::empty(py)?;
    ///     let proxy = PyWeakrefProxy::new_with(&set, log.getattr("append")?)?;
    ///     drop(set);
    ///     assert_eq!(log.len(), 1);
    ///     assert!(proxy.len().is_err()); // ReferenceError
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new_with<'py, C>(
        object: &Bound<'py, PyAny>,
        callback: C,
    ) -> PyResult<Bound<'py, PyWeakrefProxy>>
    where
        C: IntoPyObject<'py>,
    {
        let callback = callback.into_bound_py_any(object.py())?;
        new_proxy(object, callback.as_ptr())
    }
}

fn new_proxy<'py>(
    object: &Bound<'py, PyAny>,
    callback: *mut ffi::PyObject,
) -> PyResult<Bound<'py, PyWeakrefProxy>> {
    // SAFETY: attached; `callback` is null or a live object (None counts as
    // no callback); returns a new proxy or null with an error.
    unsafe {
        Bound::from_owned_ptr_or_err(
            object.py(),
            ffi::PyWeakref_NewProxy(object.as_ptr(), callback),
        )
        .map(|proxy| proxy.cast_into_unchecked())
    }
}

/// The methods of weak references: getting the referent while it lives.
pub trait PyWeakrefMethods<'py>: crate::sealed::Sealed {
    /// The referent as a `T`: `Ok(None)` once it is gone, `Err` if it is not
    /// a `T`.
    ///
    /// # Panics
    ///
    /// If the object is not a valid weak reference.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDict, PySet, PyWeakrefReference};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::new(py, ["a"])?;
    ///     let weak = PyWeakrefReference::new(&set)?;
    ///     assert_eq!(weak.upgrade_as::<PySet>()?.unwrap().len(), 1);
    ///     assert!(weak.upgrade_as::<PyDict>().is_err());
    ///     drop(set);
    ///     assert!(weak.upgrade_as::<PySet>()?.is_none());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn upgrade_as<T>(&self) -> PyResult<Option<Bound<'py, T>>>
    where
        T: PyTypeCheck,
    {
        self.upgrade()
            .map(|object| object.cast_into::<T>().map_err(Into::into))
            .transpose()
    }

    /// The referent as a `T` without checking its type; `None` once it is
    /// gone.
    ///
    /// # Safety
    ///
    /// The referent must be a `T`.
    ///
    /// # Panics
    ///
    /// If the object is not a valid weak reference.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PySet, PyWeakrefReference};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::empty(py)?;
    ///     let weak = PyWeakrefReference::new(&set)?;
    ///     // SAFETY: the referent is the set made just above.
    ///     let back = unsafe { weak.upgrade_as_unchecked::<PySet>() }.unwrap();
    ///     assert!(back.is(&set));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    unsafe fn upgrade_as_unchecked<T>(&self) -> Option<Bound<'py, T>> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { self.upgrade().map(|object| object.cast_into_unchecked()) }
    }

    /// The referent if its type is exactly `T`: `Ok(None)` once it is gone,
    /// `Err` if its type is another (a subclass of `T` included).
    ///
    /// # Panics
    ///
    /// If the object is not a valid weak reference.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PySet, PyWeakrefReference};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let sub = py.eval(c"type('MySet', (set,), {})()", None, None)?;
    ///     let weak = PyWeakrefReference::new(&sub)?;
    ///     assert!(weak.upgrade_as::<PySet>()?.is_some());
    ///     assert!(weak.upgrade_as_exact::<PySet>().is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn upgrade_as_exact<T>(&self) -> PyResult<Option<Bound<'py, T>>>
    where
        T: PyTypeInfo,
    {
        self.upgrade()
            .map(|object| object.cast_into_exact::<T>().map_err(Into::into))
            .transpose()
    }

    /// The referent, or `None` once it is gone.
    ///
    /// # Panics
    ///
    /// If the object is not a valid weak reference.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PySet, PyWeakrefReference};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let set = PySet::empty(py)?;
    ///     let weak = PyWeakrefReference::new(&set)?;
    ///     assert!(weak.upgrade().is_some());
    ///     drop(set);
    ///     assert!(weak.upgrade().is_none());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn upgrade(&self) -> Option<Bound<'py, PyAny>>;
}

/// The referent of a weak reference object; panics with `message` if the
/// object is not one.
fn upgrade<'py>(reference: &Bound<'py, PyAny>, message: &str) -> Option<Bound<'py, PyAny>> {
    let mut object = std::ptr::null_mut();
    // SAFETY: attached; on 1 `object` is a new reference to the referent.
    match unsafe { ffi::compat::PyWeakref_GetRef(reference.as_ptr(), &mut object) } {
        // SAFETY: a new reference.
        1 => Some(unsafe { Bound::from_owned_ptr(reference.py(), object) }),
        0 => None,
        _ => panic!("{message}"),
    }
}

impl<'py> PyWeakrefMethods<'py> for Bound<'py, PyWeakref> {
    fn upgrade(&self) -> Option<Bound<'py, PyAny>> {
        upgrade(
            self.as_any(),
            "The 'weakref' weak reference instance should be valid (non-null and actually a weakref reference)",
        )
    }
}

impl<'py> PyWeakrefMethods<'py> for Bound<'py, PyWeakrefReference> {
    fn upgrade(&self) -> Option<Bound<'py, PyAny>> {
        upgrade(
            self.as_any(),
            "The 'weakref.ReferenceType' instance should be valid (non-null and actually a weakref reference)",
        )
    }
}

impl<'py> PyWeakrefMethods<'py> for Bound<'py, PyWeakrefProxy> {
    fn upgrade(&self) -> Option<Bound<'py, PyAny>> {
        upgrade(
            self.as_any(),
            "The 'weakref.ProxyType' (or `weakref.CallableProxyType`) instance should be valid (non-null and actually a weakref reference)",
        )
    }
}
