//! Every form of Python parameter.

/// Parameters of every kind.
#[pyo3::pymodule(submodule, module = "pytests")]
pub mod signatures {
    use pyo3::prelude::*;
    use pyo3::types::{PyDict, PyTuple};

    /// Two required positional-or-keyword parameters.
    #[pyfunction]
    fn required(a: i64, b: i64) -> i64 {
        // Wrapping: any two `i64`s are valid arguments.
        a.wrapping_mul(10).wrapping_add(b)
    }

    /// No parameters.
    #[pyfunction]
    fn nothing() -> &'static str {
        "nothing"
    }

    /// Defaults given as Rust expressions.
    #[pyfunction(signature = (a, b = 2, c = "three".to_string(), d = None))]
    fn defaults(a: i64, b: i64, c: String, d: Option<f64>) -> (i64, i64, String, Option<f64>) {
        (a, b, c, d)
    }

    /// Positional-only parameters.
    #[pyfunction(signature = (a, b = 5, /, c = 6))]
    fn positional_only(a: i64, b: i64, c: i64) -> (i64, i64, i64) {
        (a, b, c)
    }

    /// Keyword-only parameters after a bare `*`.
    #[pyfunction(signature = (a, *, b, c = 3))]
    fn keyword_only(a: i64, b: i64, c: i64) -> (i64, i64, i64) {
        (a, b, c)
    }

    /// `*args` as a tuple, followed by keyword-only parameters.
    #[pyfunction(signature = (first, *rest, flag = false))]
    fn varargs<'py>(
        first: i64,
        rest: &Bound<'py, PyTuple>,
        flag: bool,
    ) -> (i64, Bound<'py, PyTuple>, bool) {
        (first, rest.clone(), flag)
    }

    /// `**kwargs` as an optional dict.
    #[pyfunction(signature = (a, **kwargs))]
    fn varkeywords<'py>(
        a: i64,
        kwargs: Option<&Bound<'py, PyDict>>,
    ) -> (i64, Option<Bound<'py, PyDict>>) {
        (a, kwargs.cloned())
    }

    /// Everything at once.
    #[pyfunction(signature = (a, b = 1, /, c = 2, *args, d, e = None, **kwargs))]
    #[allow(clippy::too_many_arguments, clippy::type_complexity)]
    fn everything<'py>(
        a: i64,
        b: i64,
        c: i64,
        args: Bound<'py, PyTuple>,
        d: i64,
        e: Option<i64>,
        kwargs: Option<Bound<'py, PyDict>>,
    ) -> (
        i64,
        i64,
        i64,
        Bound<'py, PyTuple>,
        i64,
        Option<i64>,
        Option<Bound<'py, PyDict>>,
    ) {
        (a, b, c, args, d, e, kwargs)
    }

    /// `*args` and `**kwargs` converted to Rust collections.
    #[pyfunction(signature = (*numbers, **weights))]
    fn collections(
        numbers: Vec<i64>,
        weights: Option<std::collections::HashMap<String, f64>>,
    ) -> f64 {
        let weights = weights.unwrap_or_default();
        numbers.iter().map(|&n| n as f64).sum::<f64>() + weights.values().sum::<f64>()
    }

    /// `Python<'py>` anywhere among the arguments.
    #[pyfunction]
    fn with_token(a: i64, py: Python<'_>, b: i64) -> PyResult<Py<PyAny>> {
        Ok(a.wrapping_add(b).into_pyobject(py)?.into_any().unbind())
    }

    /// Renamed for Python.
    #[pyfunction(name = "python_name")]
    fn rust_name() -> &'static str {
        "renamed"
    }

    /// Custom text signature.
    #[pyfunction(text_signature = "(value, /, *, option=...)")]
    fn custom_text_signature(value: i64) -> i64 {
        value
    }

    /// No text signature.
    #[pyfunction(text_signature = None)]
    fn no_text_signature(value: i64) -> i64 {
        value
    }

    /// Receives its module.
    #[pyfunction(pass_module)]
    fn module_name(module: &Bound<'_, PyModule>) -> PyResult<String> {
        Ok(module.name()?.to_string())
    }

    /// Converts an argument with a function of our own.
    #[pyfunction]
    fn from_py_with(#[pyo3(from_py_with = length_of)] length: usize) -> usize {
        length
    }

    fn length_of(obj: &Bound<'_, PyAny>) -> PyResult<usize> {
        obj.len()
    }

    /// Warns each call.
    #[pyfunction(warn(message = "use something else", category = pyo3::exceptions::PyDeprecationWarning))]
    fn deprecated() -> i64 {
        1
    }

    /// Raw identifiers lose their `r#`.
    #[pyfunction]
    fn raw_identifier(r#type: &str) -> String {
        r#type.to_owned()
    }
}
