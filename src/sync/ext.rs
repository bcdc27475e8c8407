//! Extension traits that make std's `Once`, `OnceLock` and `Mutex` wait
//! detached from the interpreter.

use std::sync::{LockResult, Mutex, MutexGuard, Once, OnceLock, OnceState, TryLockError};

use crate::internal::attach::{AttachGuard, Detached};
use crate::marker::Python;

/// Runs `f` (which may block) with the thread detached, re-attaching for
/// the part of `f` that needs the interpreter. `f` runs on this thread.
pub(crate) fn run_detached<R>(_py: Python<'_>, f: impl FnOnce() -> R) -> R {
    // SAFETY: `_py` proves this thread is attached; `Detached` restores the
    // attachment when dropped (also during unwinding).
    let detached = unsafe { Detached::new() };
    let result = f();
    drop(detached);
    result
}

/// Attaches for the duration of `f`, inside a `run_detached` stretch.
pub(crate) fn attached_again<R>(f: impl FnOnce() -> R) -> R {
    // SAFETY: called only from `run_detached`, so the interpreter runs and
    // this thread was attached a moment ago.
    let guard = unsafe { AttachGuard::attach_unchecked() };
    let result = f();
    drop(guard);
    result
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for std::sync::Once {}
    impl<T> Sealed for std::sync::OnceLock<T> {}
    impl<T> Sealed for std::sync::Mutex<T> {}
}

/// `std::sync::Once` that waits detached.
pub trait OnceExt: sealed::Sealed {
    /// The state passed to `call_once_force` callbacks.
    type OnceState;

    /// Like `Once::call_once`, waiting detached if another thread runs it.
    fn call_once_py_attached(&self, py: Python<'_>, f: impl FnOnce());

    /// Like `Once::call_once_force`, waiting detached.
    fn call_once_force_py_attached(&self, py: Python<'_>, f: impl FnOnce(&Self::OnceState));
}

impl OnceExt for Once {
    type OnceState = OnceState;

    fn call_once_py_attached(&self, py: Python<'_>, f: impl FnOnce()) {
        if self.is_completed() {
            return;
        }
        run_detached(py, || self.call_once(|| attached_again(f)));
    }

    fn call_once_force_py_attached(&self, py: Python<'_>, f: impl FnOnce(&OnceState)) {
        if self.is_completed() {
            return;
        }
        run_detached(py, || {
            self.call_once_force(|state| attached_again(|| f(state)))
        });
    }
}

/// `std::sync::OnceLock` that waits detached.
pub trait OnceLockExt<T>: sealed::Sealed {
    /// Like `OnceLock::get_or_init`, waiting detached if another thread
    /// initializes.
    fn get_or_init_py_attached<F>(&self, py: Python<'_>, f: F) -> &T
    where
        F: FnOnce() -> T;
}

impl<T> OnceLockExt<T> for OnceLock<T> {
    fn get_or_init_py_attached<F>(&self, py: Python<'_>, f: F) -> &T
    where
        F: FnOnce() -> T,
    {
        if let Some(value) = self.get() {
            return value;
        }
        run_detached(py, || self.get_or_init(|| attached_again(f)))
    }
}

/// `std::sync::Mutex` that waits detached.
pub trait MutexExt<T>: sealed::Sealed {
    /// The result of locking.
    type LockResult<'a>
    where
        Self: 'a;

    /// Like `Mutex::lock`; if the lock is taken, waits detached so that its
    /// holder can use the interpreter to finish.
    fn lock_py_attached(&self, py: Python<'_>) -> Self::LockResult<'_>;
}

impl<T> MutexExt<T> for Mutex<T> {
    type LockResult<'a>
        = LockResult<MutexGuard<'a, T>>
    where
        Self: 'a;

    fn lock_py_attached(&self, py: Python<'_>) -> LockResult<MutexGuard<'_, T>> {
        match self.try_lock() {
            Ok(guard) => Ok(guard),
            Err(TryLockError::Poisoned(poisoned)) => Err(poisoned),
            Err(TryLockError::WouldBlock) => run_detached(py, || self.lock()),
        }
    }
}
