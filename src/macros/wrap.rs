//! `wrap_pyfunction!`, `wrap_pymodule!` and `append_to_inittab!`: turning
//! the static definitions `#[pyfunction]` and `#[pymodule]` generate into
//! Python objects.

/// A function object for a `#[pyfunction]`.
///
/// `wrap_pyfunction!(f, m)` creates it for module `m` (or, given a
/// `Python` token, without a module) and returns
/// `PyResult<Bound<'py, PyCFunction>>`. `wrap_pyfunction!(f)` returns a
/// closure doing the same, for `PyModule::add_wrapped`.
///
/// `f` is the path of the function; `#[pyfunction]` puts its static
/// definition, `_PYO3_DEF`, at that path's namespace in the type namespace,
/// so the macro only appends that name to the path's segments.
#[macro_export]
macro_rules! wrap_pyfunction {
    (@definition [$($root:tt)?] $($segment:ident)::+) => {
        &$($root)? $($segment)::+ :: _PYO3_DEF
    };
    (@wrap $target:expr, [$($root:tt)?] $($segment:ident)::+) => {
        $crate::impl_::pyfunction::WrapPyFunctionArg::wrap_pyfunction(
            $target,
            $crate::wrap_pyfunction!(@definition [$($root)?] $($segment)::+),
        )
    };
    (:: $($segment:ident)::+) => {
        &|target| $crate::wrap_pyfunction!(@wrap target, [::] $($segment)::+)
    };
    ($($segment:ident)::+) => {
        &|target| $crate::wrap_pyfunction!(@wrap target, [] $($segment)::+)
    };
    (:: $($segment:ident)::+, $target:expr $(,)?) => {
        $crate::wrap_pyfunction!(@wrap $target, [::] $($segment)::+)
    };
    ($($segment:ident)::+, $target:expr $(,)?) => {
        $crate::wrap_pyfunction!(@wrap $target, [] $($segment)::+)
    };
}

/// A closure returning the module object of a `#[pymodule]`, for
/// `PyModule::add_wrapped` (the module is made once per process). The
/// closure panics when the module's initialisation fails.
#[macro_export]
macro_rules! wrap_pymodule {
    (:: $($segment:ident)::+) => {
        &|py| $crate::impl_::pymodule::module_or_panic(py, &:: $($segment)::+ :: _PYO3_DEF)
    };
    ($($segment:ident)::+) => {
        &|py| $crate::impl_::pymodule::module_or_panic(py, &$($segment)::+ :: _PYO3_DEF)
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
