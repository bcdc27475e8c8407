//! Attribute protocols: `__getattr__` for missing attributes,
//! `__setattr__` / `__delattr__` for all assignments, and a descriptor
//! (`__get__`, `__set__`, `__delete__`) used as a class attribute of a
//! Python class.

use std::collections::BTreeMap;

use pyo3::exceptions::{PyAttributeError, PyTypeError};
use pyo3::prelude::*;

/// A record of named ints: reading a missing attribute asks
/// `__getattr__`, and every assignment and deletion goes through
/// `__setattr__` and `__delattr__`.
#[pyclass(module = "pyclasses")]
pub struct Record {
    /// The attributes set so far.
    fields: BTreeMap<String, i64>,
}

#[pymethods]
impl Record {
    /// An empty record.
    #[new]
    fn new() -> Self {
        Record {
            fields: BTreeMap::new(),
        }
    }

    /// The names set, sorted (a real method: found without `__getattr__`).
    fn names(&self) -> Vec<String> {
        self.fields.keys().cloned().collect()
    }

    /// `record.name` when normal lookup finds nothing.
    fn __getattr__(&self, name: &str) -> PyResult<i64> {
        self.fields.get(name).copied().ok_or_else(|| {
            PyAttributeError::new_err(format!("'Record' object has no field '{name}'"))
        })
    }

    /// `record.name = value`: ints only.
    fn __setattr__(&mut self, name: String, value: i64) {
        self.fields.insert(name, value);
    }

    /// `del record.name`.
    fn __delattr__(&mut self, name: &str) -> PyResult<()> {
        self.fields.remove(name).map(drop).ok_or_else(|| {
            PyAttributeError::new_err(format!("'Record' object has no field '{name}'"))
        })
    }
}

/// A descriptor keeping one positive int per owner instance, in the
/// instance's `__dict__` under `_<name>`.
#[pyclass(module = "pyclasses")]
pub struct Positive {
    /// The key in the instance dictionary.
    key: String,
}

#[pymethods]
impl Positive {
    /// A descriptor storing its value under `_<name>`.
    #[new]
    fn new(name: &str) -> Self {
        Positive {
            key: format!("_{name}"),
        }
    }

    /// The descriptor itself through the class, the value through an
    /// instance.
    fn __get__(
        slf: PyRef<'_, Self>,
        instance: &Bound<'_, PyAny>,
        _owner: &Bound<'_, PyAny>,
    ) -> PyResult<Py<PyAny>> {
        if instance.is_none() {
            return Ok(slf.into_pyobject(instance.py())?.into_any().unbind());
        }
        let dict = instance.getattr("__dict__")?;
        match dict.get_item(&slf.key) {
            Ok(value) => Ok(value.unbind()),
            Err(_) => Err(PyAttributeError::new_err(format!("{} is not set", slf.key))),
        }
    }

    /// Stores `value` if it is a positive int.
    fn __set__(&self, instance: &Bound<'_, PyAny>, value: i64) -> PyResult<()> {
        if value <= 0 {
            return Err(PyTypeError::new_err(format!(
                "{} must be positive, not {value}",
                self.key
            )));
        }
        instance.getattr("__dict__")?.set_item(&self.key, value)
    }

    /// Removes the stored value.
    fn __delete__(&self, instance: &Bound<'_, PyAny>) -> PyResult<()> {
        instance.getattr("__dict__")?.del_item(&self.key)
    }
}

/// Registers this file's classes.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Record>()?;
    m.add_class::<Positive>()?;
    Ok(())
}
