//! The traits that connect Rust types to Python type objects.

use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::Bound;
use crate::marker::Python;
use crate::types::{PyAny, PyType};

/// `Self` is the C layout of the instances of the native type `T` (as in
/// `PyDictObject` for `PyDict`), for types a class could extend.
///
/// # Safety
///
/// Every instance of `T` (subtypes included) must start with a `Self`.
pub unsafe trait PyLayout<T> {}

/// A [`PyLayout`] of fixed size (not a variable-size `PyVarObject`
/// layout such as `tuple`'s).
pub trait PySizedLayout<T>: PyLayout<T> + Sized {}

/// Rust types that stand for a Python type with a type object: the native
/// types (`PyList`, `PyTypeError`, ...) and `#[pyclass]`es.
///
/// # Safety
///
/// `type_object_raw` must return the type of the objects that `Bound<T>`
/// points to, and `is_type_of` must accept exactly instances of it.
pub unsafe trait PyTypeInfo: Sized {
    /// The Python type as a type hint (`list`, `datetime.date`). The
    /// default, `_typeshed.Incomplete`, fits every type.
    #[cfg(feature = "experimental-inspect")]
    const TYPE_HINT: PyStaticExpr = crate::type_hint_identifier!("_typeshed", "Incomplete");

    /// The type object, borrowed.
    fn type_object_raw(py: Python<'_>) -> *mut ffi::PyTypeObject;

    /// The type object.
    #[inline]
    fn type_object(py: Python<'_>) -> Bound<'_, PyType> {
        // SAFETY: type objects live at least as long as their instances can.
        unsafe { PyType::from_borrowed_type_ptr(py, Self::type_object_raw(py)) }
    }

    /// `isinstance(object, T)`.
    #[inline]
    fn is_type_of(object: &Bound<'_, PyAny>) -> bool {
        // SAFETY: attached; both pointers are valid.
        unsafe { ffi::PyObject_TypeCheck(object.as_ptr(), Self::type_object_raw(object.py())) != 0 }
    }

    /// `type(object) is T`.
    #[inline]
    fn is_exact_type_of(object: &Bound<'_, PyAny>) -> bool {
        // SAFETY: attached; the object is alive.
        unsafe { ffi::Py_TYPE(object.as_ptr()) == Self::type_object_raw(object.py()) }
    }
}

/// Rust types that `cast` can check for: every `PyTypeInfo` type, plus
/// protocol types (`PyIterator`, `PySequence`, ...) checked by behaviour.
///
/// # Safety
///
/// `type_check` must only accept objects that can be used as `T`.
pub unsafe trait PyTypeCheck {
    /// The type hint of the objects `type_check` accepts.
    #[cfg(feature = "experimental-inspect")]
    const TYPE_HINT: PyStaticExpr;

    /// Whether `object` can be used as `T`.
    fn type_check(object: &Bound<'_, PyAny>) -> bool;

    /// The class (or tuple of classes) an error message names when the
    /// check fails.
    fn classinfo_object(py: Python<'_>) -> Bound<'_, PyAny>;
}

// SAFETY: `is_type_of` is exactly the instance check of the type object.
unsafe impl<T> PyTypeCheck for T
where
    T: PyTypeInfo,
{
    #[cfg(feature = "experimental-inspect")]
    const TYPE_HINT: PyStaticExpr = <T as PyTypeInfo>::TYPE_HINT;

    #[inline]
    fn type_check(object: &Bound<'_, PyAny>) -> bool {
        T::is_type_of(object)
    }

    #[inline]
    fn classinfo_object(py: Python<'_>) -> Bound<'_, PyAny> {
        T::type_object(py).into_any()
    }
}
