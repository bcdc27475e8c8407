//! [`PyClassInitializer`]: the value of a new class instance together with
//! the values of its base classes, for `Py::new`, `Bound::new` and `#[new]`.

use crate::err::PyResult;
use crate::ffi;
use crate::impl_::pyclass::{
    PyClassBaseType, PyClassObject, PyNativeTypeInitializer, PyObjectInit,
};
use crate::instance::{Bound, Py};
use crate::marker::Python;
use crate::pyclass::PyClass;

/// How to make an instance of `T`: its Rust value plus the initializer of
/// its base, or an object that already exists.
///
/// A class extending another `#[pyclass]` is made from both values:
///
/// ```
/// use pyo3::prelude::*;
///
/// #[pyclass(subclass)]
/// struct Animal {
///     legs: u32,
/// }
///
/// #[pyclass(extends = Animal)]
/// struct Dog {
///     name: String,
/// }
///
/// # pyo3::Python::initialize();
/// Python::attach(|py| {
///     let init = PyClassInitializer::from(Animal { legs: 4 }).add_subclass(Dog {
///         name: "Rex".into(),
///     });
///     let dog = Bound::new(py, init).unwrap();
///     assert_eq!(dog.borrow().name, "Rex");
///     assert_eq!(dog.borrow().as_super().legs, 4);
/// });
/// ```
pub struct PyClassInitializer<T: PyClass>(Init<T>);

enum Init<T: PyClass> {
    Existing(Py<T>),
    New {
        init: T,
        super_init: <T::BaseType as PyClassBaseType>::Initializer,
    },
}

impl<T: PyClass> PyClassInitializer<T> {
    /// The initializer of `init` over the base made by `super_init`.
    pub fn new(init: T, super_init: <T::BaseType as PyClassBaseType>::Initializer) -> Self {
        PyClassInitializer(Init::New { init, super_init })
    }

    /// Makes this the base of a new `S` instance whose own value is
    /// `subclass_value`.
    pub fn add_subclass<S>(self, subclass_value: S) -> PyClassInitializer<S>
    where
        S: PyClass<BaseType = T>,
        T: PyClassBaseType<Initializer = Self>,
    {
        PyClassInitializer::new(subclass_value, self)
    }

    /// A new instance of `T`.
    pub(crate) fn create_class_object(self, py: Python<'_>) -> PyResult<Bound<'_, T>> {
        let type_object = T::lazy_type_object().get_or_try_init(py)?;
        // SAFETY: the type object is `T`'s own.
        unsafe { self.create_class_object_of_type(py, type_object) }
    }

    /// A new instance of `subtype`.
    ///
    /// # Safety
    ///
    /// `subtype` must be `T`'s type or a subtype of it.
    pub(crate) unsafe fn create_class_object_of_type(
        self,
        py: Python<'_>,
        subtype: *mut ffi::PyTypeObject,
    ) -> PyResult<Bound<'_, T>> {
        // SAFETY: per the contract; the result is a new reference to an
        // instance of `subtype`, hence of `T`.
        unsafe {
            let object = self.into_new_object(py, subtype)?;
            Ok(Bound::from_owned_ptr(py, object).cast_into_unchecked())
        }
    }
}

impl<T: PyClass> PyObjectInit<T> for PyClassInitializer<T> {
    unsafe fn into_new_object(
        self,
        py: Python<'_>,
        subtype: *mut ffi::PyTypeObject,
    ) -> PyResult<*mut ffi::PyObject> {
        match self.0 {
            Init::Existing(object) => Ok(object.into_ptr()),
            Init::New { init, super_init } => {
                // SAFETY: per the contract, `subtype` derives from `T`, so
                // the base layers are made by the base's initializer and
                // `T`'s contents follow them.
                unsafe {
                    let object = super_init.into_new_object(py, subtype)?;
                    PyClassObject::<T>::write_contents(object, init);
                    Ok(object)
                }
            }
        }
    }
}

impl<T> From<T> for PyClassInitializer<T>
where
    T: PyClass,
    T::BaseType: PyClassBaseType<Initializer = PyNativeTypeInitializer<T::BaseType>>,
{
    #[inline]
    fn from(value: T) -> Self {
        PyClassInitializer::new(value, PyNativeTypeInitializer::new())
    }
}

impl<S, B> From<(S, B)> for PyClassInitializer<S>
where
    S: PyClass<BaseType = B>,
    B: PyClass + PyClassBaseType<Initializer = PyClassInitializer<B>>,
    B::BaseType: PyClassBaseType<Initializer = PyNativeTypeInitializer<B::BaseType>>,
{
    fn from((sub, base): (S, B)) -> Self {
        PyClassInitializer::from(base).add_subclass(sub)
    }
}

impl<T: PyClass> From<Py<T>> for PyClassInitializer<T> {
    fn from(object: Py<T>) -> Self {
        PyClassInitializer(Init::Existing(object))
    }
}

impl<'py, T: PyClass> From<Bound<'py, T>> for PyClassInitializer<T> {
    fn from(object: Bound<'py, T>) -> Self {
        PyClassInitializer(Init::Existing(object.unbind()))
    }
}
