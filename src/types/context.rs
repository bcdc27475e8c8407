//! `PyContext`: `contextvars.Context` objects (CPython outside the stable
//! ABI). On Python 3.14 and later with the GIL, also watchers told whenever
//! the current context changes (`PyContext::add_watcher`).

use crate::ffi;
use crate::types::PyAny;

#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
use std::ffi::c_int;

#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
use crate::err::{PyResult, error_on_minusone};
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
use crate::instance::Borrowed;
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
use crate::marker::Python;

/// A Python `contextvars.Context`: a mapping of context variables to
/// their values.
#[repr(transparent)]
pub struct PyContext(PyAny);

crate::pyobject_native_type_core!(
    PyContext,
    crate::pyobject_native_static_type_object!(ffi::PyContext_Type),
    "contextvars",
    "Context", #module=::std::option::Option::Some("contextvars"), #checkfunction=ffi::PyContext_CheckExact
);

#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
impl PyContext {
    /// Registers `callback` (made with [`watch_callback!`]) to be told of
    /// every change of the current context in this interpreter, until the
    /// returned guard is dropped or cleared. An error or panic in the
    /// callback is reported as unraisable; it never unwinds into Python.
    /// Fails when the interpreter has no free watcher slot.
    pub fn add_watcher(
        py: Python<'_>,
        callback: WatchCallback,
    ) -> PyResult<BoundContextWatcherGuard<'_>> {
        // SAFETY: attached; the callback is a `'static` function that
        // follows the watcher protocol (made by `watch_callback!`).
        let watcher_id = unsafe { ffi::PyContext_AddWatcher(callback.0) };
        error_on_minusone(py, watcher_id)?;
        Ok(BoundContextWatcherGuard { watcher_id, py })
    }
}

/// What a context watcher is told.
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
#[derive(Debug)]
#[non_exhaustive]
pub enum ContextEvent<'a, 'py> {
    /// The current context changed to this one (`None`: no current
    /// context).
    Switched(Option<Borrowed<'a, 'py, PyContext>>),
    /// An event this version of the crate does not know.
    Unknown {
        /// The event's C value.
        raw_event: ffi::PyContextEvent,
        /// The object passed with the event, if any.
        object: Option<Borrowed<'a, 'py, PyAny>>,
    },
}

/// Keeps a context watcher registered while attached: dropping it removes
/// the watcher (a failure to do so is reported as unraisable).
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
#[must_use = "dropping the guard removes the context watcher at once"]
pub struct BoundContextWatcherGuard<'py> {
    watcher_id: c_int,
    py: Python<'py>,
}

#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
impl BoundContextWatcherGuard<'_> {
    /// Removes the watcher, returning the error if that fails.
    pub fn clear(self) -> PyResult<()> {
        let (watcher_id, py) = (self.watcher_id, self.py);
        std::mem::forget(self);
        clear_watcher(py, watcher_id)
    }

    /// A guard that is not tied to this attachment, so it can be kept
    /// anywhere (and sent to other threads).
    pub fn unbind(self) -> ContextWatcherGuard {
        let watcher_id = self.watcher_id;
        std::mem::forget(self);
        ContextWatcherGuard { watcher_id }
    }
}

#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
impl Drop for BoundContextWatcherGuard<'_> {
    fn drop(&mut self) {
        clear_watcher_quietly(self.py, self.watcher_id);
    }
}

/// Keeps a context watcher registered, without being tied to an
/// attachment. Dropping it attaches to remove the watcher (and leaves the
/// watcher registered if the interpreter is gone or finalizing).
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
#[must_use = "dropping the guard removes the context watcher at once"]
pub struct ContextWatcherGuard {
    watcher_id: c_int,
}

#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
impl ContextWatcherGuard {
    /// Removes the watcher, returning the error if that fails.
    pub fn clear(self, py: Python<'_>) -> PyResult<()> {
        self.into_bound(py).clear()
    }

    /// The guard tied to the attachment `py` again.
    pub fn into_bound(self, py: Python<'_>) -> BoundContextWatcherGuard<'_> {
        let watcher_id = self.watcher_id;
        std::mem::forget(self);
        BoundContextWatcherGuard { watcher_id, py }
    }
}

#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
impl Drop for ContextWatcherGuard {
    fn drop(&mut self) {
        let watcher_id = self.watcher_id;
        // Nothing dangles if this is not possible: the callback is static.
        let _ = Python::try_attach(|py| clear_watcher_quietly(py, watcher_id));
    }
}

/// `PyContext_ClearWatcher`.
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
fn clear_watcher(py: Python<'_>, watcher_id: c_int) -> PyResult<()> {
    // SAFETY: attached (this crate runs in one interpreter, the one the
    // watcher was added to); an unknown id is reported as an error.
    error_on_minusone(py, unsafe { ffi::PyContext_ClearWatcher(watcher_id) })
}

/// `PyContext_ClearWatcher` from a destructor: a failure is reported as
/// unraisable, and an exception that was already set stays set. The raw
/// error API is used because fetching a `PanicException` into a `PyErr`
/// would resume the panic.
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
fn clear_watcher_quietly(_py: Python<'_>, watcher_id: c_int) {
    // SAFETY: attached; the pending exception (if any) is taken as a new
    // reference and handed back to `PyErr_SetRaisedException`, which
    // steals it.
    unsafe {
        let pending = ffi::PyErr_GetRaisedException();
        if ffi::PyContext_ClearWatcher(watcher_id) < 0 {
            ffi::PyErr_WriteUnraisable(std::ptr::null_mut());
        }
        if !pending.is_null() {
            ffi::PyErr_SetRaisedException(pending);
        }
    }
}

/// A context watcher callback, made by [`watch_callback!`].
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
#[repr(transparent)]
pub struct WatchCallback(ffi::PyContext_WatchCallback);

/// Makes a [`WatchCallback`] for [`PyContext::add_watcher`] from the path of
/// a function `fn(Python<'py>, ContextEvent<'_, 'py>) -> PyResult<()>`.
///
/// The C callback has no data pointer, so each use of the macro makes its
/// own static entry point that calls the function.
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
#[macro_export]
macro_rules! watch_callback {
    ($callback:path) => {{
        struct WatchCallbackDef;

        impl $crate::types::context::impl_::ContextWatcherCallbackDef for WatchCallbackDef {
            const CALLBACK: $crate::types::context::impl_::ContextWatcherCallback = $callback;
        }

        $crate::types::context::impl_::new_watch_callback::<WatchCallbackDef>()
    }};
}

#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
pub use crate::watch_callback;

/// What [`watch_callback!`] expands to.
#[doc(hidden)]
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
pub mod impl_ {
    use super::*;
    use crate::err::PyErr;
    use crate::types::PyAnyMethods;

    /// The Rust function behind a watcher.
    pub type ContextWatcherCallback =
        for<'a, 'py> fn(Python<'py>, ContextEvent<'a, 'py>) -> PyResult<()>;

    /// Names the Rust function of one `watch_callback!` use.
    pub trait ContextWatcherCallbackDef {
        /// The function.
        const CALLBACK: ContextWatcherCallback;
    }

    /// The C entry point for `C`'s function.
    pub fn new_watch_callback<C: ContextWatcherCallbackDef>() -> WatchCallback {
        WatchCallback(context_watcher::<C>)
    }

    /// The event as Rust sees it.
    ///
    /// # Safety
    ///
    /// `object` is what CPython passes with `event`: `None`, a context or
    /// null for a switch, a live object or null for others.
    unsafe fn decode_event<'a, 'py>(
        py: Python<'py>,
        event: ffi::PyContextEvent,
        object: *mut ffi::PyObject,
    ) -> PyResult<ContextEvent<'a, 'py>> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            if event == ffi::Py_CONTEXT_SWITCHED {
                // No current context is passed as `None` (null is taken the same
                // way).
                return match Borrowed::from_ptr_or_opt(py, object) {
                    Some(context) if !context.is_none() => {
                        Ok(ContextEvent::Switched(Some(context.cast::<PyContext>()?)))
                    }
                    _ => Ok(ContextEvent::Switched(None)),
                };
            }
            Ok(ContextEvent::Unknown {
                raw_event: event,
                object: Borrowed::from_ptr_or_opt(py, object),
            })
        }
    }

    /// The C watcher calling `C`'s function.
    ///
    /// # Safety
    ///
    /// Called by CPython as a context watcher: attached, with `object`
    /// following the protocol of `event`.
    pub unsafe extern "C" fn context_watcher<C: ContextWatcherCallbackDef>(
        event: ffi::PyContextEvent,
        object: *mut ffi::PyObject,
    ) -> c_int {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            // A watcher may be called while an exception is set, and must then
            // return 0 with that exception still set. It is put aside so that
            // the Rust function starts with a clean error state.
            let pending = ffi::PyErr_GetRaisedException();
            let result = crate::impl_::trampoline::trampoline(|py| {
                (C::CALLBACK)(py, decode_event(py, event, object)?)?;
                // Success with an exception set would break the protocol.
                match PyErr::take(py) {
                    Some(err) => Err(err),
                    None => Ok(0),
                }
            });
            if pending.is_null() {
                return result;
            }
            if result < 0 {
                ffi::PyErr_WriteUnraisable(object);
            }
            ffi::PyErr_SetRaisedException(pending);
            0
        }
    }
}
