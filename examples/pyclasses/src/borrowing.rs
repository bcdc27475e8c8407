//! The borrow flag: a `&mut self` method calling back into Python, which
//! touches the same object, and an object shared by many threads.

use pyo3::prelude::*;

/// A cell of one value whose methods call back into Python while the
/// value is borrowed.
#[pyclass(module = "pyclasses")]
pub struct Guarded {
    /// The value.
    #[pyo3(get, set)]
    value: i64,
}

#[pymethods]
impl Guarded {
    /// A cell holding `value`.
    #[new]
    fn new(value: i64) -> Self {
        Guarded { value }
    }

    /// The value, borrowed shared.
    fn read(&self) -> i64 {
        self.value
    }

    /// Sets the value, borrowed mutably.
    fn write(&mut self, value: i64) {
        self.value = value;
    }

    /// Calls `callback()` while `self` is borrowed mutably, then adds 1.
    fn mutate_with(&mut self, callback: &Bound<'_, PyAny>) -> PyResult<i64> {
        callback.call0()?;
        self.value += 1;
        Ok(self.value)
    }

    /// Calls `callback()` while `self` is borrowed shared.
    fn inspect_with(&self, callback: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        callback.call0().map(Bound::unbind)
    }
}

/// A counter shared between threads: each method holds its borrow only
/// while it runs attached, except the `*_detached` ones, which let other
/// threads run while they hold it.
#[pyclass(module = "pyclasses")]
pub struct Shared {
    /// The count.
    #[pyo3(get)]
    count: u64,
    /// Who (the `who` argument) made each increment, in order.
    log: Vec<u64>,
}

#[pymethods]
impl Shared {
    /// A counter at zero.
    #[new]
    fn new() -> Self {
        Shared {
            count: 0,
            log: Vec::new(),
        }
    }

    /// Increments the count; `who` is logged.
    fn incr(&mut self, who: u64) -> u64 {
        self.count += 1;
        self.log.push(who);
        self.count
    }

    /// The count, borrowed shared.
    fn get(&self) -> u64 {
        self.count
    }

    /// How many increments `who` logged.
    fn count_of(&self, who: u64) -> usize {
        self.log.iter().filter(|&&w| w == who).count()
    }

    /// Reads the count, detaching from the interpreter while the shared
    /// borrow is held: other threads may read at the same time.
    fn get_detached(&self, py: Python<'_>) -> u64 {
        let count = self.count;
        py.detach(std::thread::yield_now);
        assert_eq!(count, self.count, "changed during a shared borrow");
        count
    }

    /// Increments, detaching while the mutable borrow is held: other
    /// threads touching the object meanwhile get a borrow error.
    fn incr_detached(&mut self, py: Python<'_>, who: u64) -> u64 {
        let before = self.count;
        py.detach(std::thread::yield_now);
        self.count = before + 1;
        self.log.push(who);
        self.count
    }

    /// Calls `callback()` while the mutable borrow is held (from another
    /// thread, the callback can wait for a second thread to try the object).
    fn hold_mut(&mut self, callback: &Bound<'_, PyAny>) -> PyResult<()> {
        callback.call0()?;
        Ok(())
    }

    /// Calls `callback()` while a shared borrow is held.
    fn hold_ref(&self, callback: &Bound<'_, PyAny>) -> PyResult<()> {
        callback.call0()?;
        Ok(())
    }
}

/// Registers this file's classes.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Guarded>()?;
    m.add_class::<Shared>()?;
    Ok(())
}
