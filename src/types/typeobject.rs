//! `PyType`: type objects.

use crate::err::{PyResult, error_on_minusone};
use crate::ffi;
use crate::instance::Bound;
use crate::marker::Python;
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyAnyMethods, PyString, PyTuple};

/// A Python type object (`type` and its subclasses).
#[repr(transparent)]
pub struct PyType(PyAny);

crate::pyobject_native_type_core!(
    PyType,
    crate::pyobject_native_static_type_object!(ffi::PyType_Type),
    "builtins",
    "type", #checkfunction=ffi::PyType_Check
);

impl PyType {
    /// The type object of `T`.
    #[inline]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDict, PyType};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let ty = PyType::new::<PyDict>(py);
    ///     assert!(ty.is(&py.eval(c"dict", None, None)?));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new<T: PyTypeInfo>(py: Python<'_>) -> Bound<'_, PyType> {
        T::type_object(py)
    }

    /// A new reference to the type object at `p`.
    ///
    /// # Safety
    ///
    /// `p` must point to a live type object.
    #[inline]
    pub unsafe fn from_borrowed_type_ptr(
        py: Python<'_>,
        p: *mut ffi::PyTypeObject,
    ) -> Bound<'_, PyType> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { Bound::from_borrowed_ptr(py, p.cast()).cast_into_unchecked() }
    }
}

/// The methods of type objects.
pub trait PyTypeMethods<'py>: crate::sealed::Sealed {
    /// The raw type pointer, borrowed.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let ty = py.get_type::<PyList>();
    ///     assert_eq!(ty.as_type_ptr().cast(), ty.as_ptr());
    /// });
    /// ```
    fn as_type_ptr(&self) -> *mut ffi::PyTypeObject;
    /// `__name__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let ty = py.eval(c"__import__('collections').OrderedDict", None, None)?;
    ///     assert_eq!(ty.cast::<pyo3::types::PyType>()?.name()?, "OrderedDict");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn name(&self) -> PyResult<Bound<'py, PyString>>;
    /// `__qualname__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     py.run(c"class Outer:\n    class Inner: pass", None, None)?;
    ///     let ty = py.eval(c"Outer.Inner", None, None)?.cast_into::<pyo3::types::PyType>()?;
    ///     assert_eq!(ty.qualname()?, "Outer.Inner");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn qualname(&self) -> PyResult<Bound<'py, PyString>>;
    /// `__module__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let ty = py.eval(c"__import__('fractions').Fraction", None, None)?;
    ///     assert_eq!(ty.cast::<pyo3::types::PyType>()?.module()?, "fractions");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn module(&self) -> PyResult<Bound<'py, PyString>>;
    /// `module.qualname`, without the module for builtins.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyInt, PyType};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let ty = py.eval(c"__import__('decimal').Decimal", None, None)?;
    ///     assert_eq!(ty.cast::<PyType>()?.fully_qualified_name()?, "decimal.Decimal");
    ///     assert_eq!(py.get_type::<PyInt>().fully_qualified_name()?, "int");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn fully_qualified_name(&self) -> PyResult<Bound<'py, PyString>>;
    /// `issubclass(self, other)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyBool, PyInt};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let int = py.get_type::<PyInt>();
    ///     assert!(py.get_type::<PyBool>().is_subclass(&int)?);
    ///     assert!(!int.is_subclass(&py.get_type::<PyBool>())?);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn is_subclass(&self, other: &Bound<'_, PyAny>) -> PyResult<bool>;
    /// `issubclass(self, T)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::{PyException, PyKeyError};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(py.get_type::<PyKeyError>().is_subclass_of::<PyException>()?);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn is_subclass_of<T>(&self) -> PyResult<bool>
    where
        T: PyTypeInfo;
    /// `__mro__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyBool, PyInt};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let mro = py.get_type::<PyBool>().mro();
    ///     // bool, int, object
    ///     assert_eq!(mro.len(), 3);
    ///     assert!(mro.get_item(1)?.is(&py.get_type::<PyInt>()));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn mro(&self) -> Bound<'py, PyTuple>;
    /// `__bases__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyBool, PyInt};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let bases = py.get_type::<PyBool>().bases();
    ///     assert_eq!(bases.len(), 1);
    ///     assert!(bases.get_item(0).unwrap().is(&py.get_type::<PyInt>()));
    /// });
    /// ```
    fn bases(&self) -> Bound<'py, PyTuple>;
}

impl<'py> PyTypeMethods<'py> for Bound<'py, PyType> {
    #[inline]
    fn as_type_ptr(&self) -> *mut ffi::PyTypeObject {
        self.as_ptr().cast()
    }

    fn name(&self) -> PyResult<Bound<'py, PyString>> {
        #[cfg(Py_3_11)]
        // SAFETY: attached; returns a new `str` or null.
        unsafe {
            Bound::from_owned_ptr_or_err(self.py(), ffi::PyType_GetName(self.as_type_ptr()))
                .map(|name| name.cast_into_unchecked())
        }
        #[cfg(not(Py_3_11))]
        {
            self.getattr(crate::intern!(self.py(), "__name__"))?
                .cast_into()
                .map_err(Into::into)
        }
    }

    fn qualname(&self) -> PyResult<Bound<'py, PyString>> {
        #[cfg(Py_3_11)]
        // SAFETY: attached; returns a new `str` or null.
        unsafe {
            Bound::from_owned_ptr_or_err(self.py(), ffi::PyType_GetQualName(self.as_type_ptr()))
                .map(|name| name.cast_into_unchecked())
        }
        #[cfg(not(Py_3_11))]
        {
            self.getattr(crate::intern!(self.py(), "__qualname__"))?
                .cast_into()
                .map_err(Into::into)
        }
    }

    fn module(&self) -> PyResult<Bound<'py, PyString>> {
        #[cfg(Py_3_13)]
        // SAFETY: attached; returns a new `str` or null.
        unsafe {
            Bound::from_owned_ptr_or_err(self.py(), ffi::PyType_GetModuleName(self.as_type_ptr()))
                .map(|name| name.cast_into_unchecked())
        }
        #[cfg(not(Py_3_13))]
        {
            self.getattr(crate::intern!(self.py(), "__module__"))?
                .cast_into()
                .map_err(Into::into)
        }
    }

    fn fully_qualified_name(&self) -> PyResult<Bound<'py, PyString>> {
        #[cfg(Py_3_13)]
        // SAFETY: attached; returns a new `str` or null.
        unsafe {
            Bound::from_owned_ptr_or_err(
                self.py(),
                ffi::PyType_GetFullyQualifiedName(self.as_type_ptr()),
            )
            .map(|name| name.cast_into_unchecked())
        }
        #[cfg(not(Py_3_13))]
        {
            use crate::types::PyStringMethods;
            let module = self.module()?;
            let qualname = self.qualname()?;
            let module_text = module.to_cow()?;
            if module_text == "builtins" || module_text == "__main__" {
                Ok(qualname)
            } else {
                Ok(PyString::new(
                    self.py(),
                    &format!("{module_text}.{}", qualname.to_cow()?),
                ))
            }
        }
    }

    fn is_subclass(&self, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        // SAFETY: attached; both objects are alive.
        let result = unsafe { ffi::PyObject_IsSubclass(self.as_ptr(), other.as_ptr()) };
        error_on_minusone(self.py(), result)?;
        Ok(result == 1)
    }

    fn is_subclass_of<T>(&self) -> PyResult<bool>
    where
        T: PyTypeInfo,
    {
        self.is_subclass(T::type_object(self.py()).as_any())
    }

    fn mro(&self) -> Bound<'py, PyTuple> {
        self.getattr(crate::intern!(self.py(), "__mro__"))
            .expect("types have an __mro__")
            .cast_into()
            .expect("__mro__ is a tuple")
    }

    fn bases(&self) -> Bound<'py, PyTuple> {
        self.getattr(crate::intern!(self.py(), "__bases__"))
            .expect("types have __bases__")
            .cast_into()
            .expect("__bases__ is a tuple")
    }
}
