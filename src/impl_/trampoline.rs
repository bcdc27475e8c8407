//! The entry points of callbacks from Python into Rust: each opens an
//! attach scope, turns an `Err` into a raised exception and a panic into
//! `PanicException`, so that no panic unwinds into C.

use std::panic::{self, AssertUnwindSafe};

use crate::err::PyResult;
use crate::impl_::callback::PyCallbackOutput;
use crate::internal::attach::AttachGuard;
use crate::marker::Python;
use crate::panic::PanicException;

/// Runs the Rust body of a C callback.
///
/// # Safety
///
/// Must be called by the interpreter's C code, i.e. on a thread that holds
/// an attached thread state.
#[inline]
pub unsafe fn trampoline<F, R>(body: F) -> R
where
    F: for<'py> FnOnce(Python<'py>) -> PyResult<R>,
    R: PyCallbackOutput,
{
    // SAFETY: the caller upholds this function's documented safety contract.
    unsafe {
        let guard = AttachGuard::assume();
        let py = Python::assume_attached();
        // After a panic nothing captured by `body` is used again (it was moved
        // into the closure), so observing broken invariants is impossible.
        let result = match panic::catch_unwind(AssertUnwindSafe(move || body(py))) {
            Ok(Ok(value)) => value,
            Ok(Err(err)) => {
                err.restore(py);
                R::ERR_VALUE
            }
            Err(payload) => {
                PanicException::from_panic_payload(payload).restore(py);
                R::ERR_VALUE
            }
        };
        drop(guard);
        result
    }
}

/// The body of a function taking the call's arguments.
pub type ArgumentsBody = for<'py> fn(
    Python<'py>,
    crate::impl_::pyfunction::FunctionSelf<'py>,
    crate::impl_::extract_argument::RawArguments<'py>,
) -> PyResult<*mut crate::ffi::PyObject>;

/// The body of a function taking no arguments.
pub type NoArgumentsBody = for<'py> fn(
    Python<'py>,
    crate::impl_::pyfunction::FunctionSelf<'py>,
) -> PyResult<*mut crate::ffi::PyObject>;

// The entry points below are shared by every function of their C
// signature: each generic entry only passes its body as a function pointer.
// Debug builds compile the unwinding guard once per signature rather than
// once per function (build time matters most there); release builds
// inline them, so the body call is direct (speed matters most there).

/// A vectorcall (`METH_FASTCALL | METH_KEYWORDS`) entry.
///
/// # Safety
///
/// Called from a C entry point with the arguments the interpreter passed.
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
#[cfg_attr(debug_assertions, inline(never))]
#[cfg_attr(not(debug_assertions), inline(always))]
pub unsafe fn fastcall(
    body: ArgumentsBody,
    slf: *mut crate::ffi::PyObject,
    args: *const *mut crate::ffi::PyObject,
    nargs: crate::ffi::Py_ssize_t,
    kwnames: *mut crate::ffi::PyObject,
) -> *mut crate::ffi::PyObject {
    // SAFETY: per the contract.
    unsafe {
        trampoline(move |py| {
            let slf = crate::instance::Borrowed::from_ptr_or_opt(py, slf);
            body(
                py,
                slf,
                crate::impl_::extract_argument::RawArguments::fastcall(args, nargs, kwnames),
            )
        })
    }
}

/// An entry called with an argument tuple and a keyword dict
/// (`METH_VARARGS | METH_KEYWORDS`, `tp_call`).
///
/// # Safety
///
/// Called from a C entry point with the arguments the interpreter passed.
#[cfg_attr(debug_assertions, inline(never))]
#[cfg_attr(not(debug_assertions), inline(always))]
pub unsafe fn tuple_dict(
    body: ArgumentsBody,
    slf: *mut crate::ffi::PyObject,
    args: *mut crate::ffi::PyObject,
    kwargs: *mut crate::ffi::PyObject,
) -> *mut crate::ffi::PyObject {
    // SAFETY: per the contract.
    unsafe {
        trampoline(move |py| {
            let slf = crate::instance::Borrowed::from_ptr_or_opt(py, slf);
            crate::impl_::extract_argument::with_tuple_dict_arguments(py, args, kwargs, |raw| {
                body(py, slf, raw)
            })
        })
    }
}

/// A `METH_NOARGS` entry.
///
/// # Safety
///
/// Called from a C entry point with the object the interpreter passed.
#[cfg_attr(debug_assertions, inline(never))]
#[cfg_attr(not(debug_assertions), inline(always))]
pub unsafe fn no_arguments(
    body: NoArgumentsBody,
    slf: *mut crate::ffi::PyObject,
) -> *mut crate::ffi::PyObject {
    // SAFETY: per the contract.
    unsafe { trampoline(move |py| body(py, crate::instance::Borrowed::from_ptr_or_opt(py, slf))) }
}
