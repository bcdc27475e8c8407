//! What `help()` and `inspect` see: docstrings from doc comments, text
//! signatures (generated and given), `__module__` and `__qualname__` with
//! and without the `module` and `name` options.

use pyo3::prelude::*;
use pyo3::types::PyType;

/// A documented shape.
///
/// The second paragraph of its documentation.
#[pyclass]
pub struct Shape {
    /// The number of sides.
    #[pyo3(get)]
    sides: u32,
}

#[pymethods]
impl Shape {
    /// A shape with `sides` sides, optionally named.
    #[new]
    #[pyo3(signature = (sides, name = None))]
    fn new(sides: u32, name: Option<String>) -> Self {
        let _ = name;
        Shape { sides }
    }

    /// Scales the shape.
    #[pyo3(signature = (factor, /, *, round = false))]
    fn scale(&self, factor: f64, round: bool) -> f64 {
        let scaled = f64::from(self.sides) * factor;
        if round { scaled.round() } else { scaled }
    }

    /// The area, with a hand-written signature.
    #[pyo3(text_signature = "($self, unit=\"cm\")")]
    #[pyo3(signature = (unit = "cm".to_string()))]
    fn area(&self, unit: String) -> String {
        format!("{} {unit}^2", self.sides)
    }

    /// A shape from a list of points.
    #[staticmethod]
    #[pyo3(signature = (*points))]
    fn from_points(points: Vec<(f64, f64)>) -> Self {
        Shape {
            sides: u32::try_from(points.len()).unwrap_or(u32::MAX),
        }
    }

    /// A triangle of the class it is called on.
    #[classmethod]
    fn triangle<'py>(cls: &Bound<'py, PyType>) -> PyResult<Bound<'py, PyAny>> {
        cls.call1((3,))
    }

    /// Sides with keyword arguments collected.
    #[pyo3(signature = (**options))]
    fn describe(&self, options: Option<&Bound<'_, pyo3::types::PyDict>>) -> String {
        format!(
            "{} sides, {} options",
            self.sides,
            options.map_or(0, |o| o.len())
        )
    }

    /// The perimeter, as a property.
    #[getter]
    fn perimeter(&self) -> u32 {
        self.sides
    }
}

/// A class with its own constructor text signature.
#[pyclass(module = "pyclasses.geometry", name = "Point")]
pub struct RustPoint {
    /// The x coordinate.
    #[pyo3(get)]
    x: f64,
    /// The y coordinate.
    #[pyo3(get)]
    y: f64,
}

#[pymethods]
impl RustPoint {
    /// A point at (x, y).
    #[new]
    #[pyo3(text_signature = "(x, y=0.0)")]
    #[pyo3(signature = (x, y = 0.0))]
    fn new(x: f64, y: f64) -> Self {
        RustPoint { x, y }
    }

    /// The distance to the origin.
    fn norm(&self) -> f64 {
        self.x.hypot(self.y)
    }
}

// Deliberately without doc comments (class and method) or a constructor.
#[pyclass]
pub struct Undocumented {}

#[pymethods]
impl Undocumented {
    fn method(&self) -> i32 {
        1
    }
}

/// Registers this file's classes.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Shape>()?;
    m.add_class::<RustPoint>()?;
    m.add_class::<Undocumented>()?;
    Ok(())
}
