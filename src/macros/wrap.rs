//! `wrap_pyfunction!`, `wrap_pymodule!` and `append_to_inittab!`: turning
//! the static definitions `#[pyfunction]` and `#[pymodule]` generate into
//! Python objects.

/// A function object for a `#[pyfunction]`.
///
/// `wrap_pyfunction!(f, m)` creates it for module `m` (or, given a
/// `Python` token, without a module) and returns
/// `PyResult<Bound<'py, PyCFunction>>`. `wrap_pyfunction!(f)` returns a
/// closure doing the same, for `PyModule::add_wrapped`.
#[macro_export]
macro_rules! wrap_pyfunction {
    ($function:path) => {
        &|py_or_module| {
            use $function as wrapped_pyfunction;
            $crate::impl_::pyfunction::WrapPyFunctionArg::wrap_pyfunction(
                py_or_module,
                &wrapped_pyfunction::_PYO3_DEF,
            )
        }
    };
    ($function:path, $py_or_module:expr) => {{
        use $function as wrapped_pyfunction;
        $crate::impl_::pyfunction::WrapPyFunctionArg::wrap_pyfunction(
            $py_or_module,
            &wrapped_pyfunction::_PYO3_DEF,
        )
    }};
}

/// A closure returning the module object of a `#[pymodule]`, for
/// `PyModule::add_wrapped` (the module is made once per process).
#[macro_export]
macro_rules! wrap_pymodule {
    ($module:path) => {
        &|py| {
            use $module as wrapped_pymodule;
            wrapped_pymodule::_PYO3_DEF
                .make_module(py)
                .expect("failed to wrap pymodule")
        }
    };
}

/// Registers a `#[pymodule]` as a built-in module of an embedded
/// interpreter, importable by name. Call it before the interpreter starts
/// (`Python::initialize`, or the first `Python::attach` with
/// `auto-initialize`); it panics afterwards.
#[macro_export]
macro_rules! append_to_inittab {
    ($module:ident) => {
        $crate::impl_::pymodule::append_to_inittab($module::__PYO3_NAME, $module::__pyo3_init)
    };
}
