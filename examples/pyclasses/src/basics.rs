//! A plain class: a constructor, fields as properties, methods of every
//! receiver kind, static and class methods, class attributes, and
//! functions taking instances as `PyRef` / `PyRefMut`.

use pyo3::prelude::*;
use pyo3::types::PyType;

/// A counter that can be stepped and read.
#[pyclass(module = "pyclasses")]
pub struct Counter {
    /// The current count.
    #[pyo3(get, set)]
    value: i64,
    /// How often `add` ran (read-only from Python).
    #[pyo3(get)]
    steps: u32,
    /// A label, exposed under another name.
    #[pyo3(get, set, name = "title")]
    label: String,
    /// A note that can be read, replaced and deleted.
    #[pyo3(get, set)]
    note: Option<String>,
}

#[pymethods]
impl Counter {
    /// Starts counting at `value`.
    #[new]
    fn new(value: i64) -> Self {
        Counter {
            value,
            steps: 0,
            label: String::new(),
            note: None,
        }
    }

    /// Adds `n` and returns the new value.
    fn add(&mut self, n: i64) -> i64 {
        self.value += n;
        self.steps += 1;
        self.value
    }

    /// The current value, through a shared borrow.
    fn get(&self) -> i64 {
        self.value
    }

    /// `value * factor`, through `PyRef`.
    fn scaled(slf: PyRef<'_, Self>, factor: i64) -> i64 {
        slf.value * factor
    }

    /// Doubles the value in place and returns `self`, through `PyRefMut`.
    fn double(mut slf: PyRefMut<'_, Self>) -> PyRefMut<'_, Self> {
        slf.value *= 2;
        slf
    }

    /// The name of the object's type, through `&Bound<Self>`.
    fn type_name(slf: &Bound<'_, Self>) -> PyResult<String> {
        Ok(slf.as_any().get_type().name()?.to_string())
    }

    /// A new reference to `self`, through `Py<Self>`.
    fn same(slf: Py<Self>) -> Py<Self> {
        slf
    }

    /// Keyword-only step with a default, after a positional start.
    #[pyo3(signature = (start, *, step = 1))]
    fn count_from(&self, start: i64, step: i64) -> i64 {
        start + self.value * step
    }

    /// `value` under another Python name.
    #[pyo3(name = "current")]
    fn current_value(&self) -> i64 {
        self.value
    }

    /// Twice the value, as a computed property.
    #[getter]
    fn twice(&self) -> i64 {
        self.value * 2
    }

    /// Forgets the note (the field gives the getter and setter).
    #[deleter]
    fn delete_note(&mut self) {
        self.note = None;
    }

    /// The value with its sign: a property without a setter, named in
    /// the attribute.
    #[getter(signed)]
    fn signed_value(&self) -> String {
        format!("{:+}", self.value)
    }

    /// A counter starting at zero.
    #[staticmethod]
    fn zero() -> Self {
        Counter::new(0)
    }

    /// The sum of two numbers, needing no counter.
    #[staticmethod]
    fn sum(a: i64, b: i64) -> i64 {
        a + b
    }

    /// A counter made by the class it is called on, starting at `value`.
    #[classmethod]
    fn starting_at<'py>(cls: &Bound<'py, PyType>, value: i64) -> PyResult<Bound<'py, PyAny>> {
        cls.call1((value,))
    }

    /// The `__name__` of the class it is called on.
    #[classmethod]
    fn class_name(cls: &Bound<'_, PyType>) -> PyResult<String> {
        cls.getattr("__name__")?.extract()
    }

    /// The largest sensible count.
    #[classattr]
    const LIMIT: i64 = 1_000;

    /// A class attribute computed once, when the class is made.
    #[classattr]
    fn units() -> Vec<&'static str> {
        vec!["one", "ten", "hundred"]
    }

    /// A class attribute under another name.
    #[classattr]
    #[pyo3(name = "KIND")]
    fn kind() -> &'static str {
        "counter"
    }
}

/// The value of a counter, borrowed as `PyRef`.
#[pyfunction]
pub fn read_counter(c: PyRef<'_, Counter>) -> i64 {
    c.value
}

/// Resets a counter, borrowed as `PyRefMut`; returns the old value.
#[pyfunction]
pub fn reset_counter(mut c: PyRefMut<'_, Counter>) -> i64 {
    std::mem::take(&mut c.value)
}

/// A new counter made in Rust and handed to Python.
#[pyfunction]
pub fn make_counter(value: i64) -> Counter {
    Counter::new(value)
}

/// A class without `#[new]`: Python cannot make one, Rust can.
#[pyclass(module = "pyclasses")]
pub struct Token {
    /// What the token stands for.
    #[pyo3(get)]
    kind: String,
}

/// A token made in Rust (the class has no constructor).
#[pyfunction]
pub fn make_token(kind: String) -> Token {
    Token { kind }
}

/// Registers this file's classes and functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Counter>()?;
    m.add_class::<Token>()?;
    m.add_function(wrap_pyfunction!(read_counter, m)?)?;
    m.add_function(wrap_pyfunction!(reset_counter, m)?)?;
    m.add_function(wrap_pyfunction!(make_counter, m)?)?;
    m.add_function(wrap_pyfunction!(make_token, m)?)?;
    Ok(())
}
