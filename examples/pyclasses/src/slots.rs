//! Instance `__dict__` and weak references: the `dict` and `weakref`
//! options, and a class with neither.

use pyo3::prelude::*;

/// Instances take arbitrary attributes (`dict`).
#[pyclass(dict, module = "pyclasses")]
pub struct WithDict {
    /// A field next to the dictionary.
    #[pyo3(get, set)]
    fixed: i64,
}

#[pymethods]
impl WithDict {
    /// An object with `fixed` set and an empty `__dict__`.
    #[new]
    fn new(fixed: i64) -> Self {
        WithDict { fixed }
    }
}

/// Instances can be weakly referenced (`weakref`).
#[pyclass(weakref, module = "pyclasses")]
pub struct WithWeakref {
    /// A payload to read back through the reference.
    #[pyo3(get)]
    payload: String,
}

#[pymethods]
impl WithWeakref {
    /// An object holding `payload`.
    #[new]
    fn new(payload: String) -> Self {
        WithWeakref { payload }
    }
}

/// Both `dict` and `weakref`, and open to Python subclasses.
#[pyclass(dict, weakref, subclass, module = "pyclasses")]
pub struct WithBoth {}

#[pymethods]
impl WithBoth {
    /// An empty object.
    #[new]
    fn new() -> Self {
        WithBoth {}
    }
}

/// Neither `dict` nor `weakref`: no new attributes, no weak references.
#[pyclass(module = "pyclasses")]
pub struct Slotted {
    /// The only attribute.
    #[pyo3(get, set)]
    x: i64,
}

#[pymethods]
impl Slotted {
    /// An object with `x`.
    #[new]
    fn new(x: i64) -> Self {
        Slotted { x }
    }
}

/// Registers this file's classes.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<WithDict>()?;
    m.add_class::<WithWeakref>()?;
    m.add_class::<WithBoth>()?;
    m.add_class::<Slotted>()?;
    Ok(())
}
