//! Class options: `frozen`, `generic`, `freelist`, `unsendable`,
//! `immutable_type`, `get_all` / `set_all`, `rename_all`,
//! `new = "from_fields"` and `from_py_object`.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use pyo3::prelude::*;

/// An immutable pair (`frozen`): fields can be read but never set, and
/// Rust reads them through `Py::get` without borrowing.
#[pyclass(frozen, module = "pyclasses")]
pub struct FrozenPair {
    /// The first value.
    #[pyo3(get)]
    left: i64,
    /// The second value.
    #[pyo3(get)]
    right: i64,
    /// How often `touch` was called (interior mutability is still allowed).
    touches: AtomicU64,
}

#[pymethods]
impl FrozenPair {
    /// A pair of `left` and `right`.
    #[new]
    fn new(left: i64, right: i64) -> Self {
        FrozenPair {
            left,
            right,
            touches: AtomicU64::new(0),
        }
    }

    /// The sum, through `&self` (no borrow flag for frozen classes).
    fn total(&self) -> i64 {
        self.left + self.right
    }

    /// Counts a touch through an atomic: `&self` is all a frozen class has.
    fn touch(&self) -> u64 {
        self.touches.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// How often `touch` was called.
    #[getter]
    fn touches(&self) -> u64 {
        self.touches.load(Ordering::Relaxed)
    }
}

/// `left * right` of a frozen pair read with `Py::get`.
#[pyfunction]
pub fn frozen_product(pair: Py<FrozenPair>) -> i64 {
    let pair = pair.get();
    pair.left * pair.right
}

/// The sum of many frozen pairs, read with `Bound::get`.
#[pyfunction]
pub fn frozen_sum(pairs: Vec<Bound<'_, FrozenPair>>) -> i64 {
    pairs.iter().map(|p| p.get().total()).sum()
}

/// A container Python can parameterize: `Box[int]` (`generic`).
#[pyclass(generic, module = "pyclasses")]
pub struct Boxed {
    /// The boxed object.
    #[pyo3(get)]
    item: Py<PyAny>,
}

#[pymethods]
impl Boxed {
    /// Boxes `item`.
    #[new]
    fn new(item: Py<PyAny>) -> Self {
        Boxed { item }
    }
}

/// A small class whose instances are recycled (`freelist`).
#[pyclass(freelist = 16, module = "pyclasses")]
pub struct Pooled {
    /// The value this instance was made with.
    #[pyo3(get)]
    value: u64,
    /// A check word derived from the value.
    check: u64,
}

#[pymethods]
impl Pooled {
    /// A pooled object holding `value`.
    #[new]
    fn new(value: u64) -> Self {
        Pooled {
            value,
            check: !value,
        }
    }

    /// Whether the check word still matches the value.
    fn intact(&self) -> bool {
        self.check == !self.value
    }
}

/// A class holding an `Rc`, so not `Send`: only its thread may use it
/// (`unsendable`).
#[pyclass(unsendable, module = "pyclasses")]
pub struct ThreadBound {
    /// Shared with every clone made by `share`.
    count: Rc<Cell<u64>>,
}

#[pymethods]
impl ThreadBound {
    /// A fresh counter.
    #[new]
    fn new() -> Self {
        ThreadBound {
            count: Rc::new(Cell::new(0)),
        }
    }

    /// Increments the shared count and returns it.
    fn bump(&self) -> u64 {
        self.count.set(self.count.get() + 1);
        self.count.get()
    }

    /// A second object sharing this one's count.
    fn share(&self) -> ThreadBound {
        ThreadBound {
            count: Rc::clone(&self.count),
        }
    }

    /// How many objects share the count.
    #[getter]
    fn sharers(&self) -> usize {
        Rc::strong_count(&self.count)
    }
}

/// A class whose attributes cannot be set or deleted (`immutable_type`,
/// which needs Python 3.10).
#[cfg(Py_3_10)]
#[pyclass(immutable_type, module = "pyclasses")]
pub struct Sealed {
    /// A plain field (instances stay mutable).
    #[pyo3(get, set)]
    value: i64,
}

#[cfg(Py_3_10)]
#[pymethods]
impl Sealed {
    /// An object with `value`.
    #[new]
    fn new(value: i64) -> Self {
        Sealed { value }
    }

    /// A class attribute that stays put.
    #[classattr]
    const VERSION: u32 = 2;
}

/// Field properties renamed to camelCase, all readable and writable.
#[pyclass(get_all, set_all, rename_all = "camelCase", module = "pyclasses")]
pub struct Settings {
    /// Becomes `maxRetries`.
    max_retries: u32,
    /// Becomes `retryDelayMs`.
    retry_delay_ms: u64,
    /// Keeps its own name despite `rename_all`.
    #[pyo3(name = "verbose")]
    is_verbose: bool,
}

#[pymethods]
impl Settings {
    /// Default settings.
    #[new]
    fn new() -> Self {
        Settings {
            max_retries: 3,
            retry_delay_ms: 250,
            is_verbose: false,
        }
    }

    /// The total wait over every retry, in milliseconds.
    fn total_delay(&self) -> u64 {
        u64::from(self.max_retries) * self.retry_delay_ms
    }
}

/// A class whose constructor takes its fields in order
/// (`new = "from_fields"`).
#[pyclass(new = "from_fields", get_all, module = "pyclasses")]
pub struct Rgb {
    /// Red.
    red: u8,
    /// Green.
    green: u8,
    /// Blue.
    blue: u8,
}

#[pymethods]
impl Rgb {
    /// `#rrggbb`.
    fn hex(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.red, self.green, self.blue)
    }
}

/// A class that Rust functions take by value (`from_py_object` + `Clone`).
#[pyclass(from_py_object, get_all, module = "pyclasses")]
#[derive(Clone)]
pub struct Version {
    /// Major.
    major: u32,
    /// Minor.
    minor: u32,
}

#[pymethods]
impl Version {
    /// A `major.minor` version; `0.0` is refused (`#[new]` returning
    /// `PyResult<Self>`).
    #[new]
    fn new(major: u32, minor: u32) -> PyResult<Self> {
        if major == 0 && minor == 0 {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "version 0.0 does not exist",
            ));
        }
        Ok(Version { major, minor })
    }
}

/// The next minor version, taking a copy of the argument.
#[pyfunction]
pub fn next_minor(mut v: Version) -> Version {
    v.minor += 1;
    v
}

/// Registers this file's classes and functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<FrozenPair>()?;
    m.add_class::<Boxed>()?;
    m.add_class::<Pooled>()?;
    m.add_class::<ThreadBound>()?;
    #[cfg(Py_3_10)]
    m.add_class::<Sealed>()?;
    m.add_class::<Settings>()?;
    m.add_class::<Rgb>()?;
    m.add_class::<Version>()?;
    m.add_function(wrap_pyfunction!(frozen_product, m)?)?;
    m.add_function(wrap_pyfunction!(frozen_sum, m)?)?;
    m.add_function(wrap_pyfunction!(next_minor, m)?)?;
    Ok(())
}
