//! `PyBool`: Python `bool`.

use crate::ffi;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::types::PyAny;

/// A Python `bool`.
#[repr(transparent)]
pub struct PyBool(PyAny);

crate::pyobject_native_type_core!(
    PyBool,
    crate::pyobject_native_static_type_object!(ffi::PyBool_Type),
    "builtins",
    "bool", #checkfunction=ffi::PyBool_Check
);

impl PyBool {
    /// `True` or `False` (the singletons, borrowed).
    #[inline]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyBool;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let t = PyBool::new(py, true);
    ///     assert!(t.is(&py.eval(c"True", None, None)?));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new(py: Python<'_>, val: bool) -> Borrowed<'_, '_, PyBool> {
        // SAFETY: the singletons live as long as the interpreter.
        unsafe {
            let object = if val { ffi::Py_True() } else { ffi::Py_False() };
            Borrowed::from_ptr(py, object).cast_unchecked()
        }
    }
}

/// The methods of `bool` objects.
pub trait PyBoolMethods<'py>: crate::sealed::Sealed {
    /// Whether this is `True`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyBool;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let b = py.eval(c"3 > 4", None, None)?.cast_into::<PyBool>()?;
    ///     assert!(!b.is_true());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn is_true(&self) -> bool;
}

impl<'py> PyBoolMethods<'py> for Bound<'py, PyBool> {
    #[inline]
    fn is_true(&self) -> bool {
        // SAFETY: the singleton is alive while attached.
        self.as_ptr() == unsafe { ffi::Py_True() }
    }
}

/// `bool == bool` for the Python `bool` singletons.
macro_rules! bool_compare {
    ($($lhs:ty => $rhs:ty, |$a:ident, $b:ident| $cmp:expr);* $(;)?) => {$(
        impl PartialEq<$rhs> for $lhs {
            #[inline]
            fn eq(&self, other: &$rhs) -> bool {
                let ($a, $b) = (self, other);
                $cmp
            }
        }
    )*};
}

bool_compare! {
    Bound<'_, PyBool> => bool, |a, b| a.is_true() == *b;
    &'_ Bound<'_, PyBool> => bool, |a, b| a.is_true() == *b;
    Bound<'_, PyBool> => &'_ bool, |a, b| a.is_true() == **b;
    bool => Bound<'_, PyBool>, |a, b| *a == b.is_true();
    bool => &'_ Bound<'_, PyBool>, |a, b| *a == b.is_true();
    &'_ bool => Bound<'_, PyBool>, |a, b| **a == b.is_true();
    Borrowed<'_, '_, PyBool> => bool, |a, b| a.is_true() == *b;
    Borrowed<'_, '_, PyBool> => &bool, |a, b| a.is_true() == **b;
    bool => Borrowed<'_, '_, PyBool>, |a, b| *a == b.is_true();
    &'_ bool => Borrowed<'_, '_, PyBool>, |a, b| **a == b.is_true();
}
