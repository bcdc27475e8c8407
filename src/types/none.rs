//! `PyNone`: the `None` singleton.

use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::type_object::PyTypeInfo;
use crate::types::PyAny;

/// The type of the `None` singleton.
#[repr(transparent)]
pub struct PyNone(PyAny);

// SAFETY: the type object is the type of the singleton, its only instance.
unsafe impl PyTypeInfo for PyNone {
    #[cfg(feature = "experimental-inspect")]
    const TYPE_HINT: PyStaticExpr = PyStaticExpr::Constant {
        value: crate::inspect::PyStaticConstant::None,
    };

    fn type_object_raw(_py: Python<'_>) -> *mut ffi::PyTypeObject {
        // SAFETY: the singleton lives as long as the interpreter.
        unsafe { ffi::Py_TYPE(ffi::Py_None()) }
    }

    #[inline]
    fn is_type_of(object: &Bound<'_, PyAny>) -> bool {
        // SAFETY: reading the singleton's address.
        object.as_ptr() == unsafe { ffi::Py_None() }
    }

    #[inline]
    fn is_exact_type_of(object: &Bound<'_, PyAny>) -> bool {
        Self::is_type_of(object)
    }
}

crate::pyobject_native_type_named!(PyNone);

impl PyNone {
    /// The `None` singleton, borrowed.
    #[inline]
    pub fn get(py: Python<'_>) -> Borrowed<'_, '_, PyNone> {
        // SAFETY: the singleton lives as long as the interpreter.
        unsafe { Borrowed::from_ptr(py, ffi::Py_None()).cast_unchecked() }
    }
}
