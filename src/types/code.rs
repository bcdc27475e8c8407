//! `PyCode`: Python code objects (`types.CodeType`).

use std::ffi::CStr;

use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::instance::Bound;
use crate::marker::Python;
use crate::types::{PyAny, PyDict, PyDictMethods, PyModule, PyModuleMethods};

/// A Python code object (`types.CodeType`), as made by `compile()`.
#[repr(transparent)]
pub struct PyCode(PyAny);

#[cfg(not(any(Py_LIMITED_API, PyPy)))]
crate::pyobject_native_type_core!(
    PyCode,
    crate::pyobject_native_static_type_object!(ffi::PyCode_Type),
    "types",
    "CodeType", #module=::std::option::Option::Some("types"), #checkfunction=ffi::PyCode_Check
);

#[cfg(any(Py_LIMITED_API, PyPy))]
crate::pyobject_native_type_core!(
    PyCode,
    |py: Python<'_>| {
    use crate::instance::Py;
    use crate::sync::PyOnceLock;
    use crate::types::{PyType, PyTypeMethods};
    static TYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    TYPE.import(py, "types", "CodeType")
        .expect("types.CodeType is importable")
        .as_type_ptr()
},
    "types",
    "CodeType", #module=::std::option::Option::Some("types")
);

impl crate::sealed::Sealed for Bound<'_, PyCode> {}

/// What [`PyCode::compile`] parses: the `mode` of `compile()`.
pub enum PyCodeInput {
    /// One expression (`"eval"`); running the code gives its value.
    Eval,
    /// A sequence of statements, as in a module (`"exec"`); running the code
    /// gives `None`.
    File,
}

impl PyCode {
    /// `compile(code, filename, mode)`; `SyntaxError` for invalid source.
    pub fn compile<'py>(
        py: Python<'py>,
        code: &CStr,
        filename: &CStr,
        input: PyCodeInput,
    ) -> PyResult<Bound<'py, PyCode>> {
        let start = match input {
            PyCodeInput::Eval => ffi::Py_eval_input,
            PyCodeInput::File => ffi::Py_file_input,
        };
        // SAFETY: attached; both strings are NUL-terminated; returns a new
        // code object or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(
                py,
                ffi::Py_CompileString(code.as_ptr(), filename.as_ptr(), start),
            )
            .map(|code| code.cast_into_unchecked())
        }
    }

    /// A code object that does nothing, for frames made from Rust.
    #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
    pub(crate) fn empty<'py>(
        py: Python<'py>,
        file_name: &CStr,
        func_name: &CStr,
        first_line_number: i32,
    ) -> Bound<'py, PyCode> {
        // SAFETY: attached; both strings are NUL-terminated; returns a new
        // code object (null only on memory exhaustion, which panics).
        unsafe {
            Bound::from_owned_ptr(
                py,
                ffi::PyCode_NewEmpty(file_name.as_ptr(), func_name.as_ptr(), first_line_number)
                    .cast(),
            )
            .cast_into_unchecked()
        }
    }
}

/// The methods of code objects.
pub trait PyCodeMethods<'py>: crate::sealed::Sealed {
    /// Runs the code (`eval(code, globals, locals)`). `globals` defaults to
    /// the `__main__` module's dictionary and gets `__builtins__` if it
    /// lacks them; `locals` defaults to `globals`.
    fn run(
        &self,
        globals: Option<&Bound<'py, PyDict>>,
        locals: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>>;
}

impl<'py> PyCodeMethods<'py> for Bound<'py, PyCode> {
    fn run(
        &self,
        globals: Option<&Bound<'py, PyDict>>,
        locals: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py();
        let globals = match globals {
            Some(globals) => globals.clone(),
            None => PyModule::import(py, "__main__")?.dict(),
        };
        let builtins_key = crate::intern!(py, "__builtins__");
        if !globals.contains(builtins_key)? {
            // SAFETY: attached; a borrowed reference to the builtins dict of
            // the running frame or interpreter.
            let builtins = unsafe { ffi::PyEval_GetBuiltins() };
            if builtins.is_null() {
                return Err(PyErr::fetch(py));
            }
            // SAFETY: a live, borrowed dict.
            let builtins = unsafe { Bound::from_borrowed_ptr(py, builtins) };
            globals.set_item(builtins_key, builtins)?;
        }
        let locals = locals.unwrap_or(&globals);
        // SAFETY: attached; the code object and dicts are alive; returns a
        // new reference or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(
                py,
                ffi::PyEval_EvalCode(self.as_ptr(), globals.as_ptr(), locals.as_ptr()),
            )
        }
    }
}
