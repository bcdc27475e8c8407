//! `bool` <-> Python `bool`.

use std::convert::Infallible;

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::PyTypeError;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::Borrowed;
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyAnyMethods, PyBool, PyBoolMethods, PyStringMethods, PyTypeMethods};

impl<'py> IntoPyObject<'py> for bool {
    type Target = PyBool;
    type Output = Borrowed<'py, 'py, PyBool>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyBool::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(PyBool::new(py, self))
    }
}

impl<'py> IntoPyObject<'py> for &bool {
    type Target = PyBool;
    type Output = Borrowed<'py, 'py, PyBool>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = bool::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

/// Accepts `True` and `False`, and NumPy's `numpy.bool_` (through its
/// `__bool__`); anything else is a `TypeError`, as in PyO3.
impl FromPyObject<'_, '_> for bool {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyBool::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        match obj.cast::<PyBool>() {
            Ok(value) => Ok(value.is_true()),
            Err(_) if is_numpy_bool(&obj) => numpy_bool_truth(obj),
            Err(err) => Err(err.into()),
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

/// The truth of a NumPy boolean scalar, from its type's `__bool__` only:
/// a type without one is a `TypeError` (not "true", as `bool(obj)` would
/// say for any object).
fn numpy_bool_truth(obj: Borrowed<'_, '_, PyAny>) -> PyResult<bool> {
    let py = obj.py();
    #[cfg(not(Py_LIMITED_API))]
    {
        // SAFETY: attached; `obj` is alive, so its type (and the type's
        // number methods, when it has them) are valid to read.
        let nb_bool = unsafe {
            let ty = crate::ffi::Py_TYPE(obj.as_ptr());
            (*ty)
                .tp_as_number
                .as_ref()
                .and_then(|number| number.nb_bool)
        };
        let Some(nb_bool) = nb_bool else {
            return Err(missing_bool_conversion(obj));
        };
        // SAFETY: `nb_bool` is the slot of `obj`'s own type, called with
        // `obj` as CPython itself would.
        let truth = unsafe { nb_bool(obj.as_ptr()) };
        crate::err::error_on_minusone(py, truth)?;
        Ok(truth > 0)
    }
    #[cfg(Py_LIMITED_API)]
    {
        // The method as the type (not the instance) defines it.
        let method = match obj.get_type().getattr(crate::intern!(py, "__bool__")) {
            Ok(method) => method,
            Err(err) if err.is_instance_of::<crate::exceptions::PyAttributeError>(py) => {
                return Err(missing_bool_conversion(obj));
            }
            Err(err) => return Err(err),
        };
        Ok(method.call1((obj,))?.cast_into::<PyBool>()?.is_true())
    }
}

/// PyO3's error for a NumPy boolean whose type has no `__bool__`.
#[cold]
fn missing_bool_conversion(obj: Borrowed<'_, '_, PyAny>) -> PyErr {
    PyTypeError::new_err(format!(
        "object of type '{}' does not define a '__bool__' conversion",
        obj.get_type()
    ))
}
