//! The static tables a class is built from: what `#[pyclass]` (field
//! getters and setters) and each `#[pymethods]` block (methods, properties,
//! class attributes, type slots) contribute.

use std::ffi::{CStr, c_int, c_void};
use std::marker::PhantomData;

use crate::err::PyResult;
use crate::ffi;
use crate::impl_::pyfunction::PyFunctionDef;
use crate::instance::Py;
use crate::marker::Python;
use crate::types::PyAny;

/// A getter: the value of a property of `object`.
pub type GetterFn =
    for<'py> unsafe fn(Python<'py>, *mut ffi::PyObject) -> PyResult<*mut ffi::PyObject>;
/// A setter: stores `value` (never null) in a property of `object`.
pub type SetterFn =
    for<'py> unsafe fn(Python<'py>, *mut ffi::PyObject, *mut ffi::PyObject) -> PyResult<c_int>;
/// A deleter: `del object.property`.
pub type DeleterFn = for<'py> unsafe fn(Python<'py>, *mut ffi::PyObject) -> PyResult<c_int>;
/// A class attribute's value, computed when the type is created.
pub type ClassAttributeFn = for<'py> fn(Python<'py>) -> PyResult<Py<PyAny>>;

/// One item of a class's namespace.
pub enum PyMethodDefType {
    /// A method, static method or class method.
    Method(PyFunctionDef),
    /// A class attribute (`#[classattr]`).
    ClassAttribute {
        /// Its name.
        name: &'static str,
        /// Its value.
        value: ClassAttributeFn,
    },
    /// The getter of a property.
    Getter {
        /// The property's name.
        name: &'static CStr,
        /// Its docstring.
        doc: Option<&'static CStr>,
        /// The getter.
        get: GetterFn,
    },
    /// The setter of a property.
    Setter {
        /// The property's name.
        name: &'static CStr,
        /// Its docstring.
        doc: Option<&'static CStr>,
        /// The setter.
        set: SetterFn,
    },
    /// The deleter of a property.
    Deleter {
        /// The property's name.
        name: &'static CStr,
        /// The deleter.
        delete: DeleterFn,
    },
}

/// A type slot (`Py_tp_new`, `Py_nb_add`, ...) with its function.
pub struct TypeSlot {
    /// The slot id, from `ffi::typeslots`.
    pub slot: c_int,
    /// The function, cast to a data pointer as `PyType_Slot` wants.
    pub pfunc: *mut c_void,
}

/// Everything one source (the `#[pyclass]` or one `#[pymethods]` block)
/// contributes to a class.
pub struct PyClassItems {
    /// Methods, properties and class attributes.
    pub methods: &'static [PyMethodDefType],
    /// Type slots.
    pub slots: &'static [TypeSlot],
    /// The text signature of `#[new]` (`"(a, b=1)"`), for the class doc.
    pub new_text_signature: Option<&'static str>,
}

// SAFETY: the tables are immutable and only hold pointers to static
// functions and strings.
unsafe impl Sync for PyClassItems {}
// SAFETY: as above.
unsafe impl Sync for TypeSlot {}

impl PyClassItems {
    /// A source that contributes nothing.
    pub const EMPTY: PyClassItems = PyClassItems {
        methods: &[],
        slots: &[],
        new_text_signature: None,
    };
}

/// The sources of a class: its `#[pyclass]` items, then its `#[pymethods]`
/// blocks.
pub struct PyClassItemsIter {
    sources: Vec<&'static PyClassItems>,
}

impl PyClassItemsIter {
    /// The class's own items plus those of its `#[pymethods]` blocks.
    pub fn new(
        intrinsic: &'static PyClassItems,
        methods: impl IntoIterator<Item = &'static PyClassItems>,
    ) -> Self {
        let mut sources = vec![intrinsic];
        sources.extend(methods);
        PyClassItemsIter { sources }
    }
}

impl Iterator for PyClassItemsIter {
    type Item = &'static PyClassItems;

    fn next(&mut self) -> Option<Self::Item> {
        if self.sources.is_empty() {
            None
        } else {
            Some(self.sources.remove(0))
        }
    }
}

/// The probe through which a class finds its `#[pymethods]` block without
/// knowing whether there is one: the block implements [`PyMethods`] for
/// `PyClassImplCollector<T>`, and method resolution prefers that impl to
/// the empty fallback for `&PyClassImplCollector<T>`.
pub struct PyClassImplCollector<T>(PhantomData<T>);

impl<T> PyClassImplCollector<T> {
    /// The probe.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        PyClassImplCollector(PhantomData)
    }
}

impl<T> Clone for PyClassImplCollector<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for PyClassImplCollector<T> {}

/// The items of a class's `#[pymethods]` block.
pub trait PyMethods<T> {
    /// The block's items.
    fn py_methods(self) -> &'static PyClassItems;
}

impl<T> PyMethods<T> for &'_ PyClassImplCollector<T> {
    fn py_methods(self) -> &'static PyClassItems {
        &PyClassItems::EMPTY
    }
}
