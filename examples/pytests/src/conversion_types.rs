//! Argument and return types.

use pyo3::prelude::*;

/// An error type of our own, converted to `ValueError` with `From`.
pub struct NegativeError(pub i64);

impl From<NegativeError> for PyErr {
    fn from(err: NegativeError) -> PyErr {
        pyo3::exceptions::PyValueError::new_err(format!("{} is negative", err.0))
    }
}

/// Conversions of arguments and return values.
#[pyo3::pymodule(submodule, module = "pytests")]
pub mod conversions {
    use std::borrow::Cow;
    use std::collections::{BTreeMap, HashMap, HashSet};

    use pyo3::exceptions::PyValueError;
    use pyo3::prelude::*;
    use pyo3::types::{PyBytes, PyDict, PyList, PyString};

    use super::NegativeError;

    #[pyfunction]
    fn add_i64(a: i64, b: i64) -> PyResult<i64> {
        a.checked_add(b)
            .ok_or_else(|| pyo3::exceptions::PyOverflowError::new_err("sum overflows i64"))
    }

    #[pyfunction]
    fn add_u8(a: u8, b: u8) -> u8 {
        a.wrapping_add(b)
    }

    #[pyfunction]
    fn negate_i32(x: i32) -> i32 {
        x.wrapping_neg()
    }

    #[pyfunction]
    fn halve(x: f64) -> f64 {
        x / 2.0
    }

    #[pyfunction]
    fn invert(flag: bool) -> bool {
        !flag
    }

    #[pyfunction]
    fn shout(text: &str) -> String {
        text.to_uppercase()
    }

    #[pyfunction]
    fn cow_length(text: Cow<'_, str>) -> usize {
        text.chars().count()
    }

    #[pyfunction]
    fn first_char(c: char) -> char {
        c
    }

    #[pyfunction]
    fn byte_sum(data: &[u8]) -> u64 {
        data.iter().map(|&b| u64::from(b)).sum()
    }

    #[pyfunction]
    fn make_bytes(n: u8) -> Vec<u8> {
        (0..n).collect()
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
    fn nested(values: Vec<Vec<String>>) -> Vec<usize> {
        values.iter().map(Vec::len).collect()
    }

    #[pyfunction]
    fn pair(p: (i64, String)) -> (String, i64) {
        (p.1, p.0)
    }

    #[pyfunction]
    fn word_counts(words: Vec<String>) -> HashMap<String, usize> {
        let mut counts = HashMap::new();
        for word in words {
            *counts.entry(word).or_insert(0) += 1;
        }
        counts
    }

    #[pyfunction]
    fn sorted_items(map: BTreeMap<String, i64>) -> Vec<(String, i64)> {
        map.into_iter().collect()
    }

    #[pyfunction]
    fn unique(values: Vec<i64>) -> HashSet<i64> {
        values.into_iter().collect()
    }

    #[pyfunction]
    fn maybe_double(x: Option<i64>) -> Option<i64> {
        x.map(|x| x * 2)
    }

    #[pyfunction]
    fn unit() {}

    #[pyfunction]
    fn unit_result(fail: bool) -> PyResult<()> {
        if fail {
            Err(PyValueError::new_err("failed"))
        } else {
            Ok(())
        }
    }

    #[pyfunction]
    fn custom_error(x: i64) -> Result<i64, NegativeError> {
        if x < 0 { Err(NegativeError(x)) } else { Ok(x) }
    }

    #[pyfunction]
    fn panics(message: String) {
        panic!("{message}");
    }

    #[pyfunction]
    fn identity(obj: Bound<'_, PyAny>) -> Bound<'_, PyAny> {
        obj
    }

    #[pyfunction]
    fn borrowed_any(obj: &Bound<'_, PyAny>) -> PyResult<String> {
        Ok(obj.get_type().name()?.to_string())
    }

    #[pyfunction]
    fn owned_py(obj: Py<PyAny>) -> Py<PyAny> {
        obj
    }

    #[pyfunction]
    fn list_length(list: &Bound<'_, PyList>) -> usize {
        list.len()
    }

    #[pyfunction]
    fn dict_keys<'py>(dict: &Bound<'py, PyDict>) -> Bound<'py, PyList> {
        dict.keys()
    }

    #[pyfunction]
    fn optional_string(text: Option<&Bound<'_, PyString>>) -> PyResult<String> {
        match text {
            Some(text) => Ok(text.to_str()?.to_owned()),
            None => Ok("<none>".to_owned()),
        }
    }

    #[pyfunction]
    fn bytes_object<'py>(py: Python<'py>, data: Vec<u8>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &data)
    }
}
