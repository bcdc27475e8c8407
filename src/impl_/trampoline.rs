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
