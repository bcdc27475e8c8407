//! `bool` <-> Python `bool`.

use std::convert::Infallible;

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::PyErr;
use crate::ffi;
use crate::instance::Borrowed;
use crate::marker::Python;
use crate::types::{PyAny, PyAnyMethods, PyBool, PyBoolMethods, PyStringMethods, PyTypeMethods};

impl<'py> IntoPyObject<'py> for bool {
    type Target = PyBool;
    type Output = Borrowed<'py, 'py, PyBool>;
    type Error = Infallible;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(PyBool::new(py, self))
    }
}

impl<'py> IntoPyObject<'py> for &bool {
    type Target = PyBool;
    type Output = Borrowed<'py, 'py, PyBool>;
    type Error = Infallible;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

/// Accepts `True` and `False`, and NumPy's `numpy.bool_` (through its
/// `__bool__`); anything else is a `TypeError`, as in PyO3.
impl FromPyObject<'_, '_> for bool {
    type Error = PyErr;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        match obj.cast::<PyBool>() {
            Ok(value) => Ok(value.is_true()),
            Err(err) => {
                if is_numpy_bool(&obj) {
                    // SAFETY: attached; the object is alive.
                    let truth = unsafe { ffi::PyObject_IsTrue(obj.as_ptr()) };
                    crate::err::error_on_minusone(obj.py(), truth)?;
                    return Ok(truth == 1);
                }
                Err(err.into())
            }
        }
    }
}

/// Whether `obj` is a NumPy boolean scalar (`numpy.bool_` / `numpy.bool`).
fn is_numpy_bool(obj: &Borrowed<'_, '_, PyAny>) -> bool {
    let ty = obj.get_type();
    let module = ty.module();
    let name = ty.name();
    matches!((module, name), (Ok(module), Ok(name))
        if module.to_cow().is_ok_and(|m| m == "numpy")
            && name.to_cow().is_ok_and(|n| n == "bool_" || n == "bool"))
}
