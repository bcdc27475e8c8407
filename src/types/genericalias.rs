//! `PyGenericAlias`: parameterized generics such as `list[int]`
//! (`types.GenericAlias`, PEP 585).

use crate::err::PyResult;
use crate::ffi;
use crate::instance::Bound;
use crate::marker::Python;
use crate::types::PyAny;

/// A Python `types.GenericAlias`, e.g. what `list[int]` evaluates to; handy
/// for implementing `__class_getitem__`.
#[repr(transparent)]
pub struct PyGenericAlias(PyAny);

crate::pyobject_native_type_core!(
    PyGenericAlias,
    crate::pyobject_native_static_type_object!(ffi::Py_GenericAliasType),
    "builtins",
    "GenericAlias", #module=::std::option::Option::Some("types")
);

impl PyGenericAlias {
    /// `types.GenericAlias(origin, args)`: `origin` is the generic class,
    /// `args` the parameters (a tuple, or one object standing for a tuple
    /// of one).
    pub fn new<'py>(
        py: Python<'py>,
        origin: &Bound<'py, PyAny>,
        args: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyGenericAlias>> {
        // SAFETY: attached; both objects are alive; returns a new alias or
        // null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(py, ffi::Py_GenericAlias(origin.as_ptr(), args.as_ptr()))
                .map(|alias| alias.cast_into_unchecked())
        }
    }
}
