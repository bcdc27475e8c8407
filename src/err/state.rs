//! Where a `PyErr` keeps its exception: a lazily built one (a type and
//! arguments, created only when needed) or the normalized exception object.

use std::sync::{Mutex, OnceLock};
use std::thread::ThreadId;

use crate::ffi;
use crate::instance::{Bound, Py};
use crate::marker::Python;
use crate::types::{PyAny, PyBaseException};

/// Builds the exception type and its argument (a tuple of arguments, a single
/// argument, or an instance) when the error is raised or inspected.
pub(crate) type LazyConstructor =
    dyn for<'py> FnOnce(Python<'py>) -> (Py<PyAny>, Py<PyAny>) + Send + Sync;

/// The exception of a `PyErr`.
pub(crate) struct PyErrState {
    /// The exception object, once built or fetched.
    normalized: OnceLock<Py<PyBaseException>>,
    /// The recipe for it, until it is built.
    lazy: Mutex<Recipe>,
}

/// Where the lazy recipe of a `PyErrState` stands.
enum Recipe {
    /// Not used yet.
    Waiting(Box<LazyConstructor>),
    /// Being run by this thread.
    Running(ThreadId),
    /// Used up: it ran to the end, or it panicked (then `normalized` stays
    /// empty for good).
    Done,
}

impl PyErrState {
    pub(crate) fn lazy(constructor: Box<LazyConstructor>) -> PyErrState {
        PyErrState {
            normalized: OnceLock::new(),
            lazy: Mutex::new(Recipe::Waiting(constructor)),
        }
    }

    pub(crate) fn normalized(value: Py<PyBaseException>) -> PyErrState {
        let state = PyErrState {
            normalized: OnceLock::new(),
            lazy: Mutex::new(Recipe::Done),
        };
        let _ = state.normalized.set(value);
        state
    }

    /// The exception object, building it first if needed.
    ///
    /// # Panics
    ///
    /// When the lazy constructor panicked on an earlier use (or panics now),
    /// and when it asks for its own error while running.
    pub(crate) fn value<'a>(&'a self, py: Python<'_>) -> &'a Py<PyBaseException> {
        if let Some(value) = self.normalized.get() {
            return value;
        }
        let me = std::thread::current().id();
        let constructor = {
            let mut recipe = self.recipe();
            match std::mem::replace(&mut *recipe, Recipe::Running(me)) {
                Recipe::Waiting(constructor) => Some(constructor),
                Recipe::Running(builder) => {
                    *recipe = Recipe::Running(builder);
                    assert!(
                        builder != me,
                        "a PyErr's lazy constructor used the PyErr it is building"
                    );
                    None
                }
                Recipe::Done => {
                    *recipe = Recipe::Done;
                    None
                }
            }
        };
        match constructor {
            Some(constructor) => {
                // Marks the recipe used up however the constructor ends.
                let _done = MarkDone(self);
                raise_lazy(py, constructor);
                let value =
                    fetch_raised(py).expect("raising a lazily built exception set no exception");
                let _ = self.normalized.set(value);
            }
            None => {
                // Another thread is building it (which may need the GIL):
                // wait for it detached.
                while self.normalized.get().is_none() {
                    if matches!(*self.recipe(), Recipe::Done) {
                        break;
                    }
                    py.detach(std::thread::yield_now);
                }
            }
        }
        self.normalized.get().unwrap_or_else(|| panic_unusable())
    }

    fn recipe(&self) -> std::sync::MutexGuard<'_, Recipe> {
        self.lazy.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Sets this exception as the current exception of the thread.
    ///
    /// # Panics
    ///
    /// When the lazy constructor panicked on an earlier use.
    pub(crate) fn restore(self, py: Python<'_>) {
        if let Some(value) = self.normalized.into_inner() {
            set_raised(py, value);
            return;
        }
        match self.lazy.into_inner().unwrap_or_else(|e| e.into_inner()) {
            Recipe::Waiting(constructor) => raise_lazy(py, constructor),
            Recipe::Running(_) | Recipe::Done => panic_unusable(),
        }
    }
}

/// Sets the recipe of a `PyErrState` to `Done` when dropped.
struct MarkDone<'a>(&'a PyErrState);

impl Drop for MarkDone<'_> {
    fn drop(&mut self) {
        *self.0.recipe() = Recipe::Done;
    }
}

#[cold]
fn panic_unusable() -> ! {
    panic!(
        "this PyErr is unusable: the closure that builds its exception lazily panicked \
         earlier, so there is no exception to show or raise"
    )
}

/// Raises the exception a lazy constructor describes.
fn raise_lazy(py: Python<'_>, constructor: Box<LazyConstructor>) {
    let (ptype, pvalue) = constructor(py);
    // SAFETY: attached; both pointers are valid for the call.
    unsafe {
        if ffi::PyExceptionClass_Check(ptype.as_ptr()) == 0 {
            ffi::PyErr_SetString(
                ffi::PyExc_TypeError,
                c"exceptions must derive from BaseException".as_ptr(),
            );
        } else {
            ffi::PyErr_SetObject(ptype.as_ptr(), pvalue.as_ptr());
        }
    }
}

/// Takes the thread's current exception, normalized, leaving none set.
pub(crate) fn fetch_raised(py: Python<'_>) -> Option<Py<PyBaseException>> {
    #[cfg(Py_3_12)]
    {
        // SAFETY: attached; the call returns a new reference or null.
        let value = unsafe { ffi::PyErr_GetRaisedException() };
        // SAFETY: a non-null result is an owned reference.
        unsafe { Bound::from_owned_ptr_or_opt(py, value) }.map(|value| {
            // SAFETY: the raised exception is an exception instance.
            unsafe { value.cast_into_unchecked::<PyBaseException>().unbind() }
        })
    }
    #[cfg(not(Py_3_12))]
    {
        let mut ptype = std::ptr::null_mut();
        let mut pvalue = std::ptr::null_mut();
        let mut ptraceback = std::ptr::null_mut();
        // SAFETY: attached; the out-pointers receive owned references or
        // null, and normalization turns the triple into an instance.
        unsafe {
            ffi::PyErr_Fetch(&mut ptype, &mut pvalue, &mut ptraceback);
            if ptype.is_null() {
                return None;
            }
            ffi::PyErr_NormalizeException(&mut ptype, &mut pvalue, &mut ptraceback);
            if !ptraceback.is_null() {
                ffi::PyException_SetTraceback(pvalue, ptraceback);
            }
            ffi::Py_XDECREF(ptraceback);
            ffi::Py_DECREF(ptype);
            let value = Bound::from_owned_ptr(py, pvalue);
            Some(value.cast_into_unchecked::<PyBaseException>().unbind())
        }
    }
}

/// Makes `value` the thread's current exception.
fn set_raised(py: Python<'_>, value: Py<PyBaseException>) {
    #[cfg(Py_3_12)]
    {
        let _ = py;
        // SAFETY: attached; the call steals the reference.
        unsafe { ffi::PyErr_SetRaisedException(value.into_ptr()) }
    }
    #[cfg(not(Py_3_12))]
    {
        let value = value.into_bound(py);
        // SAFETY: attached; `PyErr_Restore` steals the three references.
        unsafe {
            let ptype = ffi::Py_TYPE(value.as_ptr()).cast::<ffi::PyObject>();
            ffi::Py_INCREF(ptype);
            let traceback = ffi::PyException_GetTraceback(value.as_ptr());
            ffi::PyErr_Restore(ptype, value.into_ptr(), traceback);
        }
    }
}
