//! Critical sections: on free-threaded builds, per-object locks that make a
//! sequence of operations on an object atomic (and are released, not
//! deadlocked, if the thread blocks). With the GIL, the GIL already
//! serialises such code, and these functions just call the closure.

use crate::instance::Bound;
use crate::types::PyAny;

/// Runs `f` inside a critical section on `object`.
#[cfg_attr(
    not(all(Py_GIL_DISABLED, not(Py_LIMITED_API))),
    allow(unused_variables)
)]
///
/// ```
/// # use pyo3::prelude::*;
/// use pyo3::sync::with_critical_section;
/// use pyo3::types::PyList;
/// # pyo3::Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     let list = PyList::new(py, [1, 2])?;
///     // The length check and the append happen as one step.
///     with_critical_section(&list, || if list.len() < 3 { list.append(3) } else { Ok(()) })?;
///     assert_eq!(list.extract::<Vec<i32>>()?, [1, 2, 3]);
///     Ok(())
/// }).unwrap();
/// ```
pub fn with_critical_section<F, R>(object: &Bound<'_, PyAny>, f: F) -> R
where
    F: FnOnce() -> R,
{
    #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    {
        struct Guard(crate::ffi::PyCriticalSection);
        impl Drop for Guard {
            fn drop(&mut self) {
                // SAFETY: pairs with the `PyCriticalSection_Begin` below.
                unsafe { crate::ffi::PyCriticalSection_End(&mut self.0) }
            }
        }
        // SAFETY: the section is zero-initialised storage that
        // `PyCriticalSection_Begin` fills in; the guard ends it even if `f`
        // panics.
        let mut guard = Guard(unsafe { std::mem::zeroed() });
        // SAFETY: attached; `object` is alive for the whole section, which
        // the guard ends.
        unsafe { crate::ffi::PyCriticalSection_Begin(&mut guard.0, object.as_ptr()) };
        f()
    }
    #[cfg(not(all(Py_GIL_DISABLED, not(Py_LIMITED_API))))]
    {
        f()
    }
}

/// Runs `f` inside a critical section on both `a` and `b` (locked in an
/// order that cannot deadlock).
#[cfg_attr(
    not(all(Py_GIL_DISABLED, not(Py_LIMITED_API))),
    allow(unused_variables)
)]
///
/// ```
/// # use pyo3::prelude::*;
/// use pyo3::sync::with_critical_section2;
/// use pyo3::types::PyList;
/// # pyo3::Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     let (from, to) = (PyList::new(py, [7])?, PyList::empty(py));
///     with_critical_section2(&from, &to, || to.append(from.get_item(0)?))?;
///     assert_eq!(to.extract::<Vec<i32>>()?, [7]);
///     Ok(())
/// }).unwrap();
/// ```
pub fn with_critical_section2<F, R>(a: &Bound<'_, PyAny>, b: &Bound<'_, PyAny>, f: F) -> R
where
    F: FnOnce() -> R,
{
    #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    {
        struct Guard(crate::ffi::PyCriticalSection2);
        impl Drop for Guard {
            fn drop(&mut self) {
                // SAFETY: pairs with the `PyCriticalSection2_Begin` below.
                unsafe { crate::ffi::PyCriticalSection2_End(&mut self.0) }
            }
        }
        // SAFETY: as in `with_critical_section`.
        let mut guard = Guard(unsafe { std::mem::zeroed() });
        // SAFETY: attached; both objects are alive for the whole section,
        // which the guard ends.
        unsafe { crate::ffi::PyCriticalSection2_Begin(&mut guard.0, a.as_ptr(), b.as_ptr()) };
        f()
    }
    #[cfg(not(all(Py_GIL_DISABLED, not(Py_LIMITED_API))))]
    {
        f()
    }
}
