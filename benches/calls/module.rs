//! The benchmark module, compiled twice from this one file: against this
//! repository's pyo3 (`bench_ours`) and against PyO3 0.30 from crates.io
//! (`bench_pyo3`). The module name comes from the crate's library name.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

#[pyfunction]
fn no_args() {}

#[pyfunction]
fn one_int(x: i64) -> i64 {
    x
}

#[pyfunction]
fn three_mixed(a: i64, b: &str, c: f64) -> f64 {
    a as f64 + b.len() as f64 + c
}

#[pyfunction(signature = (*, key))]
fn keyword_only(key: i64) -> i64 {
    key
}

#[pyfunction]
fn sum_list(values: Vec<i64>) -> i64 {
    values.iter().sum()
}

#[pyfunction]
fn make_list(n: i64) -> Vec<i64> {
    (0..n).collect()
}

#[pyfunction]
fn upper(text: &str) -> String {
    text.to_uppercase()
}

#[pyfunction]
fn raise_value_error() -> PyResult<()> {
    Err(PyValueError::new_err("benchmark"))
}

// --- class rows (begin): benches/compile leaves them out ---
/// The class rows: a counter with a constructor, a mutating method without
/// arguments, a getter, a method with one argument, and a function taking an
/// instance.
#[pyclass]
struct Counter {
    value: i64,
}

#[pymethods]
impl Counter {
    #[new]
    fn new(value: i64) -> Self {
        Counter { value }
    }

    fn incr(&mut self) {
        self.value += 1;
    }

    #[getter]
    fn value(&self) -> i64 {
        self.value
    }

    fn add(&mut self, n: i64) -> i64 {
        self.value += n;
        self.value
    }
}

#[pyfunction]
fn counter_value(c: PyRef<'_, Counter>) -> i64 {
    c.value
}
// --- class rows (end) ---

#[cfg_attr(feature = "ours", pymodule(name = "bench_ours"))]
#[cfg_attr(not(feature = "ours"), pymodule(name = "bench_pyo3"))]
fn bench_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(no_args, m)?)?;
    m.add_function(wrap_pyfunction!(one_int, m)?)?;
    m.add_function(wrap_pyfunction!(three_mixed, m)?)?;
    m.add_function(wrap_pyfunction!(keyword_only, m)?)?;
    m.add_function(wrap_pyfunction!(sum_list, m)?)?;
    m.add_function(wrap_pyfunction!(make_list, m)?)?;
    m.add_function(wrap_pyfunction!(upper, m)?)?;
    m.add_function(wrap_pyfunction!(raise_value_error, m)?)?;
    // --- class rows (begin) ---
    m.add_class::<Counter>()?;
    m.add_function(wrap_pyfunction!(counter_value, m)?)?;
    // --- class rows (end) ---
    Ok(())
}
