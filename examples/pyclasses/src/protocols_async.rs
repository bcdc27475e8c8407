//! Awaitables and asynchronous iterators: `__await__`, `__aiter__` and
//! `__anext__`, driven by `await` and `async for` under `asyncio.run`.

use pyo3::exceptions::PyStopAsyncIteration;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

/// The coroutine function `ready(value)`, which returns `value` at once
/// without suspending: the awaitable `__anext__` gives for each item.
static READY: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// A new coroutine finishing with `value`.
fn ready<'py>(py: Python<'py>, value: i64) -> PyResult<Bound<'py, PyAny>> {
    let function = READY.get_or_try_init(py, || {
        let module = PyModule::from_code(
            py,
            c"async def ready(value):\n    return value\n",
            c"pyclasses_ready.py",
            c"pyclasses_ready",
        )?;
        Ok::<_, PyErr>(module.getattr("ready")?.unbind())
    })?;
    function.bind(py).call1((value,))
}

/// An awaitable: `await Delayed(v)` is `v`.
#[pyclass(module = "pyclasses")]
pub struct Delayed {
    /// The result of awaiting this object.
    value: i64,
}

#[pymethods]
impl Delayed {
    /// An awaitable of `value`.
    #[new]
    fn new(value: i64) -> Self {
        Delayed { value }
    }

    /// The iterator `await` drives: that of a finished coroutine.
    fn __await__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(ready(py, self.value)?.call_method0("__await__")?.unbind())
    }
}

/// An asynchronous iterator counting down from `start` to 1.
#[pyclass(module = "pyclasses")]
pub struct Countdown {
    /// The next number to give; 0 when done.
    next: i64,
}

#[pymethods]
impl Countdown {
    /// Counts down from `start`.
    #[new]
    fn new(start: i64) -> Self {
        Countdown { next: start }
    }

    /// Asynchronous iterators are their own asynchronous iterators.
    fn __aiter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// An awaitable of the next number, or `StopAsyncIteration` when done.
    fn __anext__<'py>(&mut self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        if self.next <= 0 {
            return Err(PyStopAsyncIteration::new_err(()));
        }
        let value = self.next;
        self.next -= 1;
        ready(py, value)
    }
}

/// Registers this file's classes.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Delayed>()?;
    m.add_class::<Countdown>()?;
    Ok(())
}
