//! `PyFloat`: Python `float`.

use crate::ffi;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::types::PyAny;

/// A Python `float`.
#[repr(transparent)]
pub struct PyFloat(PyAny);

crate::pyobject_native_type_core!(
    PyFloat,
    crate::pyobject_native_static_type_object!(ffi::PyFloat_Type),
    "builtins",
    "float", #checkfunction=ffi::PyFloat_Check
);

impl PyFloat {
    /// A new `float`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyFloat;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let half = PyFloat::new(py, 0.5);
    ///     assert_eq!(half.repr()?.to_string(), "0.5");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new(py: Python<'_>, val: f64) -> Bound<'_, PyFloat> {
        // SAFETY: attached; returns a new float (null only on memory
        // exhaustion, which panics).
        unsafe { Bound::from_owned_ptr(py, ffi::PyFloat_FromDouble(val)).cast_into_unchecked() }
    }
}

/// The methods of `float` objects.
pub trait PyFloatMethods<'py>: crate::sealed::Sealed {
    /// The value.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyFloat;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = py.eval(c"2 ** 0.5", None, None)?.cast_into::<PyFloat>()?;
    ///     assert!((x.value() * x.value() - 2.0).abs() < 1e-12);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn value(&self) -> f64;
}

impl<'py> PyFloatMethods<'py> for Bound<'py, PyFloat> {
    fn value(&self) -> f64 {
        #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
        // SAFETY: the object is a float; its value is read in place.
        unsafe {
            ffi::PyFloat_AS_DOUBLE(self.as_ptr())
        }
        #[cfg(any(Py_LIMITED_API, PyPy, GraalPy))]
        // SAFETY: the object is a float, so this cannot fail.
        unsafe {
            ffi::PyFloat_AsDouble(self.as_ptr())
        }
    }
}

/// `float == f64` / `float == f32` (the value converted to the Rust type
/// first, so NaN is never equal).
macro_rules! float_compare {
    ($($rust:ty),*) => {$(
        impl PartialEq<$rust> for Bound<'_, PyFloat> {
            #[inline]
            fn eq(&self, other: &$rust) -> bool {
                self.value() as $rust == *other
            }
        }

        impl PartialEq<$rust> for &Bound<'_, PyFloat> {
            #[inline]
            fn eq(&self, other: &$rust) -> bool {
                self.value() as $rust == *other
            }
        }

        impl PartialEq<&$rust> for Bound<'_, PyFloat> {
            #[inline]
            fn eq(&self, other: &&$rust) -> bool {
                self.value() as $rust == **other
            }
        }

        impl PartialEq<Bound<'_, PyFloat>> for $rust {
            #[inline]
            fn eq(&self, other: &Bound<'_, PyFloat>) -> bool {
                other.value() as $rust == *self
            }
        }

        impl PartialEq<&'_ Bound<'_, PyFloat>> for $rust {
            #[inline]
            fn eq(&self, other: &&'_ Bound<'_, PyFloat>) -> bool {
                other.value() as $rust == *self
            }
        }

        impl PartialEq<Bound<'_, PyFloat>> for &'_ $rust {
            #[inline]
            fn eq(&self, other: &Bound<'_, PyFloat>) -> bool {
                other.value() as $rust == **self
            }
        }

        impl PartialEq<$rust> for Borrowed<'_, '_, PyFloat> {
            #[inline]
            fn eq(&self, other: &$rust) -> bool {
                self.value() as $rust == *other
            }
        }

        impl PartialEq<&$rust> for Borrowed<'_, '_, PyFloat> {
            #[inline]
            fn eq(&self, other: &&$rust) -> bool {
                self.value() as $rust == **other
            }
        }

        impl PartialEq<Borrowed<'_, '_, PyFloat>> for $rust {
            #[inline]
            fn eq(&self, other: &Borrowed<'_, '_, PyFloat>) -> bool {
                other.value() as $rust == *self
            }
        }

        impl PartialEq<Borrowed<'_, '_, PyFloat>> for &$rust {
            #[inline]
            fn eq(&self, other: &Borrowed<'_, '_, PyFloat>) -> bool {
                other.value() as $rust == **self
            }
        }
    )*};
}

float_compare!(f64, f32);
