//! Garbage collection: a class holding Python objects in fields tells the
//! collector about them (`__traverse__`) and lets it break cycles
//! (`__clear__`).

use pyo3::gc::{PyTraverseError, PyVisit};
use pyo3::prelude::*;

/// A node that can point to any Python object, including itself or a
/// container holding it: such cycles are freed by `gc.collect()`.
#[pyclass(module = "pyclasses")]
pub struct Link {
    /// The object this node points to.
    target: Option<Py<PyAny>>,
    /// Whatever else the node carries.
    payload: Option<Py<PyAny>>,
}

#[pymethods]
impl Link {
    /// A node pointing nowhere, carrying `payload`.
    #[new]
    #[pyo3(signature = (payload = None))]
    fn new(payload: Option<Py<PyAny>>) -> Self {
        Link {
            target: None,
            payload,
        }
    }

    /// Points this node at `target`.
    fn point_to(&mut self, target: Py<PyAny>) {
        self.target = Some(target);
    }

    /// The object pointed to, or `None`.
    #[getter]
    fn target(&self, py: Python<'_>) -> Option<Py<PyAny>> {
        self.target.as_ref().map(|t| t.clone_ref(py))
    }

    /// Visits both fields.
    fn __traverse__(&self, visit: PyVisit<'_>) -> Result<(), PyTraverseError> {
        visit.call(&self.target)?;
        visit.call(&self.payload)
    }

    /// Drops both fields, breaking any cycle through them.
    fn __clear__(&mut self) {
        self.target = None;
        self.payload = None;
    }
}

/// Registers this file's classes.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Link>()?;
    Ok(())
}
