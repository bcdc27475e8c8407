//! Type objects of exceptions defined with `create_exception!` and
//! `import_exception!`, made once per process and cached.

use std::ffi::CStr;

use crate::err::PyErr;
use crate::ffi;
use crate::instance::{Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::types::{PyAnyMethods, PyType, PyTypeMethods};

/// The type object of an exception made by `create_exception!`.
pub struct CreatedExceptionType(PyOnceLock<Py<PyType>>);

impl CreatedExceptionType {
    /// Not created yet.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        CreatedExceptionType(PyOnceLock::new())
    }

    /// The type, created on first use as `name` (a dotted `module.Name`)
    /// deriving from `base`.
    pub fn get<'py>(
        &self,
        py: Python<'py>,
        name: &CStr,
        doc: Option<&CStr>,
        base: impl FnOnce(Python<'py>) -> Bound<'py, PyType>,
    ) -> *mut ffi::PyTypeObject {
        self.0
            .get_or_init(py, || {
                PyErr::new_type(py, name, doc, Some(&base(py)), None)
                    .unwrap_or_else(|err| panic!("failed to create exception type {name:?}: {err}"))
            })
            .bind(py)
            .as_type_ptr()
    }
}

/// The type object of an exception imported by `import_exception!`.
pub struct ImportedExceptionType {
    module: &'static str,
    name: &'static str,
    type_object: PyOnceLock<Py<PyType>>,
}

impl ImportedExceptionType {
    /// Not imported yet.
    pub const fn new(module: &'static str, name: &'static str) -> Self {
        ImportedExceptionType {
            module,
            name,
            type_object: PyOnceLock::new(),
        }
    }

    /// The type, imported on first use.
    ///
    /// # Panics
    ///
    /// When the module or the attribute cannot be imported, or is not a type.
    pub fn get(&self, py: Python<'_>) -> *mut ffi::PyTypeObject {
        self.type_object
            .get_or_init(py, || {
                let attribute = py
                    .import(self.module)
                    .and_then(|module| module.getattr(self.name))
                    .unwrap_or_else(|err| {
                        panic!(
                            "cannot import exception {}.{}: {err}",
                            self.module, self.name
                        )
                    });
                attribute
                    .cast_into::<PyType>()
                    .unwrap_or_else(|_| panic!("{}.{} is not a type", self.module, self.name))
                    .unbind()
            })
            .bind(py)
            .as_type_ptr()
    }
}
