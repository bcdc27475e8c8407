//! Extension traits that make std's `Once`, `OnceLock` and `Mutex` wait
//! detached from the interpreter.

use std::sync::{LockResult, Mutex, MutexGuard, Once, OnceLock, OnceState, TryLockError};

use crate::internal::attach::Detached;
use crate::marker::Python;

/// Runs `f` (which may block) with the thread detached; `f` gets the
/// detached stretch so that the part of it that needs the interpreter can
/// run [`Detached::reattached`], with the very thread state released here.
/// `f` runs on this thread.
pub(crate) fn run_detached<R>(_py: Python<'_>, f: impl FnOnce(&Detached) -> R) -> R {
    // SAFETY: `_py` proves this thread is attached; `Detached` restores the
    // attachment when dropped (also during unwinding).
    let detached = unsafe { Detached::new() };
    let result = f(&detached);
    drop(detached);
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
        run_detached(py, |detached| self.call_once(|| detached.reattached(f)));
    }

    fn call_once_force_py_attached(&self, py: Python<'_>, f: impl FnOnce(&OnceState)) {
        if self.is_completed() {
            return;
        }
        run_detached(py, |detached| {
            self.call_once_force(|state| detached.reattached(|| f(state)))
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
        run_detached(py, |detached| self.get_or_init(|| detached.reattached(f)))
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
            Err(TryLockError::WouldBlock) => run_detached(py, |_| self.lock()),
        }
    }
}
