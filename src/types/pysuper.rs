//! `PySuper`: `super` objects.

use crate::PyTypeInfo;
use crate::err::PyResult;
use crate::ffi;
use crate::instance::Bound;
use crate::types::{PyAny, PyAnyMethods, PyType};

/// A Python `super` object.
#[repr(transparent)]
pub struct PySuper(PyAny);

crate::pyobject_native_type_core!(
    PySuper,
    crate::pyobject_native_static_type_object!(ffi::PySuper_Type),
    "builtins",
    "super"
);

impl PySuper {
    /// `super(ty, obj)`.
    pub fn new<'py>(
        ty: &Bound<'py, PyType>,
        obj: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PySuper>> {
        PySuper::type_object(ty.py())
            .call1((ty, obj))
            .map(|object| {
                // SAFETY: calling `super` returns a `super` instance.
                unsafe { object.cast_into_unchecked() }
            })
    }
}
