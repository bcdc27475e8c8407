//! Running Python source for `Python::run` and `Python::eval`.

use std::ffi::CStr;
use std::os::raw::c_int;

use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::instance::Bound;
use crate::marker::Python;
use crate::types::{PyAny, PyDict, PyDictMethods, PyModule, PyModuleMethods};

/// Compiles and runs `code` with the given start token (`Py_eval_input`,
/// `Py_file_input`), in `globals` (default: `__main__`'s dict) and `locals`
/// (default: `globals`).
pub(crate) fn run_code<'py>(
    py: Python<'py>,
    code: &CStr,
    start: c_int,
    globals: Option<&Bound<'py, PyDict>>,
    locals: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let globals = match globals {
        Some(globals) => globals.clone(),
        None => PyModule::import(py, "__main__")?.dict(),
    };
    // Code using `import` needs `__builtins__` in its globals, which
    // `PyRun_String` does not add by itself.
    let builtins = crate::intern!(py, "__builtins__");
    if !globals.contains(builtins)? {
        // SAFETY: attached; returns a borrowed reference to the builtins
        // module's dict of the running frame or interpreter.
        let builtins_dict = unsafe { ffi::PyEval_GetBuiltins() };
        if builtins_dict.is_null() {
            return Err(PyErr::fetch(py));
        }
        // SAFETY: a live, borrowed dict.
        let builtins_dict = unsafe { Bound::from_borrowed_ptr(py, builtins_dict) };
        globals.set_item(builtins, builtins_dict)?;
    }
    let locals = locals.unwrap_or(&globals);
    // SAFETY: attached; `code` is NUL-terminated; the dicts are alive. The
    // result is a new reference or null with an exception set.
    unsafe {
        let compiled = Bound::from_owned_ptr_or_err(
            py,
            ffi::Py_CompileString(code.as_ptr(), c"<string>".as_ptr(), start),
        )?;
        Bound::from_owned_ptr_or_err(
            py,
            ffi::PyEval_EvalCode(compiled.as_ptr(), globals.as_ptr(), locals.as_ptr()),
        )
    }
}
