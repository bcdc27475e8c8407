//! Class chains: a `subclass` base that Python subclasses, a three-deep
//! chain `Base <- Middle <- Leaf` built from Rust, and Rust calling methods
//! that Python subclasses override.

use pyo3::prelude::*;

/// The root of the chain; Python may subclass it.
#[pyclass(subclass, module = "pyclasses")]
pub struct Base {
    /// The value the base was made with.
    #[pyo3(get)]
    base_value: i64,
}

#[pymethods]
impl Base {
    /// A base holding `base_value`.
    #[new]
    fn new(base_value: i64) -> Self {
        Base { base_value }
    }

    /// Describes the object; subclasses override this.
    fn describe(&self) -> String {
        format!("Base({})", self.base_value)
    }

    /// `describe()` looked up on the object, so an override is called.
    fn describe_dynamic(slf: &Bound<'_, Self>) -> PyResult<String> {
        slf.as_any().call_method0("describe")?.extract()
    }

    /// The base value plus `n`; subclasses call it through `super()`.
    fn plus(&self, n: i64) -> i64 {
        self.base_value + n
    }
}

/// The middle of the chain; extends `Base`, and may be subclassed too.
#[pyclass(extends = Base, subclass, module = "pyclasses")]
pub struct Middle {
    /// The value of this level.
    #[pyo3(get)]
    middle_value: i64,
}

#[pymethods]
impl Middle {
    /// A middle level over a base.
    #[new]
    fn new(base_value: i64, middle_value: i64) -> PyClassInitializer<Self> {
        PyClassInitializer::from(Base { base_value }).add_subclass(Middle { middle_value })
    }

    /// Overrides `Base.describe`.
    fn describe(slf: PyRef<'_, Self>) -> String {
        format!(
            "Middle({}, {})",
            slf.as_super().base_value,
            slf.middle_value
        )
    }

    /// The sum of both levels.
    fn middle_sum(slf: PyRef<'_, Self>) -> i64 {
        slf.middle_value + slf.as_super().base_value
    }
}

/// The end of the chain: extends `Middle`.
#[pyclass(extends = Middle, module = "pyclasses")]
pub struct Leaf {
    /// The value of this level.
    #[pyo3(get, set)]
    leaf_value: i64,
}

#[pymethods]
impl Leaf {
    /// A leaf whose three levels hold `base`, `middle` and `leaf`.
    #[new]
    #[pyo3(signature = (base, middle, leaf = 0))]
    fn new(base: i64, middle: i64, leaf: i64) -> PyClassInitializer<Self> {
        PyClassInitializer::from(Base { base_value: base })
            .add_subclass(Middle {
                middle_value: middle,
            })
            .add_subclass(Leaf { leaf_value: leaf })
    }

    /// The values of every level, read through `as_super` and `into_super`.
    fn levels(slf: PyRef<'_, Self>) -> (i64, i64, i64) {
        let leaf = slf.leaf_value;
        let middle = slf.into_super();
        let middle_value = middle.middle_value;
        (middle.as_super().base_value, middle_value, leaf)
    }

    /// Adds `n` to every level through `PyRefMut`.
    fn bump_all(mut slf: PyRefMut<'_, Self>, n: i64) {
        slf.leaf_value += n;
        let mut middle = slf.into_super();
        middle.middle_value += n;
        middle.as_super().base_value += n;
    }
}

/// A leaf made in Rust from one `PyClassInitializer` chain.
#[pyfunction]
pub fn make_leaf(py: Python<'_>, base: i64, middle: i64, leaf: i64) -> PyResult<Bound<'_, Leaf>> {
    Bound::new(py, Leaf::new(base, middle, leaf))
}

/// The base value of any `Base`, Python subclasses included.
#[pyfunction]
pub fn base_value_of(b: PyRef<'_, Base>) -> i64 {
    b.base_value
}

/// Calls `describe` on each object: overrides in Python subclasses win.
#[pyfunction]
pub fn describe_all(objects: Vec<Bound<'_, Base>>) -> PyResult<Vec<String>> {
    objects
        .iter()
        .map(|o| o.as_any().call_method0("describe")?.extract())
        .collect()
}

/// Registers this file's classes and functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Base>()?;
    m.add_class::<Middle>()?;
    m.add_class::<Leaf>()?;
    m.add_function(wrap_pyfunction!(make_leaf, m)?)?;
    m.add_function(wrap_pyfunction!(base_value_of, m)?)?;
    m.add_function(wrap_pyfunction!(describe_all, m)?)?;
    Ok(())
}
