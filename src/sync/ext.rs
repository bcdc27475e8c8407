//! Extension traits that make std's `Once`, `OnceLock`, `Mutex` and
//! `RwLock` wait detached from the interpreter. With the `lock_api` feature
//! they cover `lock_api`'s `Mutex`, `ReentrantMutex` and `RwLock` too (so
//! `parking_lot`'s, which are those), with `arc_lock` also `Arc`s of them
//! (locking gives the owned `Arc...Guard`s), and with `parking_lot` its
//! `Once`.

use std::sync::{
    LockResult, Mutex, MutexGuard, Once, OnceLock, OnceState, RwLock, RwLockReadGuard,
    RwLockWriteGuard, TryLockError,
};

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

/// Takes a lock: `try_lock` first, attached (the common, uncontended case
/// costs no release of the thread state); if that fails, `lock` blocks with
/// the thread detached, so that the holder may attach to finish.
#[cfg(feature = "lock_api")]
fn lock_detached<G>(
    py: Python<'_>,
    try_lock: impl FnOnce() -> Option<G>,
    lock: impl FnOnce() -> G,
) -> G {
    match try_lock() {
        Some(guard) => guard,
        None => run_detached(py, |_| lock()),
    }
}

/// [`lock_detached`] for std's poisoning locks: a poisoned lock is handed
/// back at once, as `lock` would.
fn lock_detached_std<G>(
    py: Python<'_>,
    try_lock: impl FnOnce() -> Result<G, TryLockError<G>>,
    lock: impl FnOnce() -> LockResult<G>,
) -> LockResult<G> {
    match try_lock() {
        Ok(guard) => Ok(guard),
        Err(TryLockError::Poisoned(poisoned)) => Err(poisoned),
        Err(TryLockError::WouldBlock) => run_detached(py, |_| lock()),
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for std::sync::Once {}
    impl<T> Sealed for std::sync::OnceLock<T> {}
    impl<T> Sealed for std::sync::Mutex<T> {}
    impl<T> Sealed for std::sync::RwLock<T> {}
    #[cfg(feature = "parking_lot")]
    impl Sealed for parking_lot::Once {}
    #[cfg(feature = "lock_api")]
    impl<R, T> Sealed for lock_api::Mutex<R, T> {}
    #[cfg(feature = "lock_api")]
    impl<R, G, T> Sealed for lock_api::ReentrantMutex<R, G, T> {}
    #[cfg(feature = "lock_api")]
    impl<R, T> Sealed for lock_api::RwLock<R, T> {}
    #[cfg(feature = "arc_lock")]
    impl<R, T> Sealed for std::sync::Arc<lock_api::Mutex<R, T>> {}
    #[cfg(feature = "arc_lock")]
    impl<R, G, T> Sealed for std::sync::Arc<lock_api::ReentrantMutex<R, G, T>> {}
    #[cfg(feature = "arc_lock")]
    impl<R, T> Sealed for std::sync::Arc<lock_api::RwLock<R, T>> {}
}

/// `std::sync::Once` that waits detached.
pub trait OnceExt: sealed::Sealed {
    /// The state passed to `call_once_force` callbacks.
    type OnceState;

    /// Like `Once::call_once`, waiting detached if another thread runs it.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::OnceExt;
    /// use std::sync::Once;
    /// static SETUP: Once = Once::new();
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let mut runs = 0;
    ///     SETUP.call_once_py_attached(py, || runs += 1);
    ///     SETUP.call_once_py_attached(py, || runs += 1);
    ///     assert_eq!(runs, 1);
    /// });
    /// ```
    fn call_once_py_attached(&self, py: Python<'_>, f: impl FnOnce());

    /// Like `Once::call_once_force`, waiting detached.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::OnceExt;
    /// use std::sync::Once;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let once = Once::new();
    ///     once.call_once_force_py_attached(py, |state| assert!(!state.is_poisoned()));
    ///     assert!(once.is_completed());
    /// });
    /// ```
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

#[cfg(feature = "parking_lot")]
impl OnceExt for parking_lot::Once {
    type OnceState = parking_lot::OnceState;

    fn call_once_py_attached(&self, py: Python<'_>, f: impl FnOnce()) {
        if self.state().done() {
            return;
        }
        run_detached(py, |detached| self.call_once(|| detached.reattached(f)));
    }

    fn call_once_force_py_attached(&self, py: Python<'_>, f: impl FnOnce(&parking_lot::OnceState)) {
        if self.state().done() {
            return;
        }
        run_detached(py, |detached| {
            self.call_once_force(|state| detached.reattached(|| f(&state)))
        });
    }
}

/// `std::sync::OnceLock` that waits detached.
pub trait OnceLockExt<T>: sealed::Sealed {
    /// Like `OnceLock::get_or_init`, waiting detached if another thread
    /// initializes.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::OnceLockExt;
    /// use std::sync::OnceLock;
    /// static VERSION: OnceLock<String> = OnceLock::new();
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let v = VERSION.get_or_init_py_attached(py, || py.version().to_string());
    ///     assert!(v.starts_with('3'));
    /// });
    /// ```
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
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::MutexExt;
    /// use std::sync::Mutex;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let names = Mutex::new(Vec::new());
    ///     names.lock_py_attached(py).unwrap().push("a");
    ///     assert_eq!(names.lock_py_attached(py).unwrap().len(), 1);
    /// });
    /// ```
    fn lock_py_attached(&self, py: Python<'_>) -> Self::LockResult<'_>;
}

impl<T> MutexExt<T> for Mutex<T> {
    type LockResult<'a>
        = LockResult<MutexGuard<'a, T>>
    where
        Self: 'a;

    fn lock_py_attached(&self, py: Python<'_>) -> LockResult<MutexGuard<'_, T>> {
        lock_detached_std(py, || self.try_lock(), || self.lock())
    }
}

#[cfg(feature = "lock_api")]
impl<R: lock_api::RawMutex, T> MutexExt<T> for lock_api::Mutex<R, T> {
    type LockResult<'a>
        = lock_api::MutexGuard<'a, R, T>
    where
        Self: 'a;

    fn lock_py_attached(&self, py: Python<'_>) -> lock_api::MutexGuard<'_, R, T> {
        lock_detached(py, || self.try_lock(), || self.lock())
    }
}

#[cfg(feature = "lock_api")]
impl<R, G, T> MutexExt<T> for lock_api::ReentrantMutex<R, G, T>
where
    R: lock_api::RawMutex,
    G: lock_api::GetThreadId,
{
    type LockResult<'a>
        = lock_api::ReentrantMutexGuard<'a, R, G, T>
    where
        Self: 'a;

    fn lock_py_attached(&self, py: Python<'_>) -> lock_api::ReentrantMutexGuard<'_, R, G, T> {
        lock_detached(py, || self.try_lock(), || self.lock())
    }
}

#[cfg(feature = "arc_lock")]
impl<R: lock_api::RawMutex, T> MutexExt<T> for std::sync::Arc<lock_api::Mutex<R, T>> {
    type LockResult<'a>
        = lock_api::ArcMutexGuard<R, T>
    where
        Self: 'a;

    fn lock_py_attached(&self, py: Python<'_>) -> lock_api::ArcMutexGuard<R, T> {
        lock_detached(py, || self.try_lock_arc(), || self.lock_arc())
    }
}

#[cfg(feature = "arc_lock")]
impl<R, G, T> MutexExt<T> for std::sync::Arc<lock_api::ReentrantMutex<R, G, T>>
where
    R: lock_api::RawMutex,
    G: lock_api::GetThreadId,
{
    type LockResult<'a>
        = lock_api::ArcReentrantMutexGuard<R, G, T>
    where
        Self: 'a;

    fn lock_py_attached(&self, py: Python<'_>) -> lock_api::ArcReentrantMutexGuard<R, G, T> {
        lock_detached(py, || self.try_lock_arc(), || self.lock_arc())
    }
}

/// `std::sync::RwLock` (and, with the `lock_api` feature, `lock_api`'s)
/// that waits detached.
pub trait RwLockExt<T>: sealed::Sealed {
    /// The result of taking the lock for reading.
    type ReadLockResult<'a>
    where
        Self: 'a;

    /// The result of taking the lock for writing.
    type WriteLockResult<'a>
    where
        Self: 'a;

    /// Like `RwLock::read`; if a writer holds the lock, waits detached so
    /// that it can use the interpreter to finish.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::RwLockExt;
    /// use std::sync::RwLock;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let config = RwLock::new(42);
    ///     assert_eq!(*config.read_py_attached(py).unwrap(), 42);
    /// });
    /// ```
    fn read_py_attached(&self, py: Python<'_>) -> Self::ReadLockResult<'_>;

    /// Like `RwLock::write`; if the lock is held, waits detached so that its
    /// holders can use the interpreter to finish.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::sync::RwLockExt;
    /// use std::sync::RwLock;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let counter = RwLock::new(0);
    ///     *counter.write_py_attached(py).unwrap() += 5;
    ///     assert_eq!(*counter.read_py_attached(py).unwrap(), 5);
    /// });
    /// ```
    fn write_py_attached(&self, py: Python<'_>) -> Self::WriteLockResult<'_>;
}

impl<T> RwLockExt<T> for RwLock<T> {
    type ReadLockResult<'a>
        = LockResult<RwLockReadGuard<'a, T>>
    where
        Self: 'a;

    type WriteLockResult<'a>
        = LockResult<RwLockWriteGuard<'a, T>>
    where
        Self: 'a;

    fn read_py_attached(&self, py: Python<'_>) -> LockResult<RwLockReadGuard<'_, T>> {
        lock_detached_std(py, || self.try_read(), || self.read())
    }

    fn write_py_attached(&self, py: Python<'_>) -> LockResult<RwLockWriteGuard<'_, T>> {
        lock_detached_std(py, || self.try_write(), || self.write())
    }
}

#[cfg(feature = "lock_api")]
impl<R: lock_api::RawRwLock, T> RwLockExt<T> for lock_api::RwLock<R, T> {
    type ReadLockResult<'a>
        = lock_api::RwLockReadGuard<'a, R, T>
    where
        Self: 'a;

    type WriteLockResult<'a>
        = lock_api::RwLockWriteGuard<'a, R, T>
    where
        Self: 'a;

    fn read_py_attached(&self, py: Python<'_>) -> lock_api::RwLockReadGuard<'_, R, T> {
        lock_detached(py, || self.try_read(), || self.read())
    }

    fn write_py_attached(&self, py: Python<'_>) -> lock_api::RwLockWriteGuard<'_, R, T> {
        lock_detached(py, || self.try_write(), || self.write())
    }
}

#[cfg(feature = "arc_lock")]
impl<R: lock_api::RawRwLock, T> RwLockExt<T> for std::sync::Arc<lock_api::RwLock<R, T>> {
    type ReadLockResult<'a>
        = lock_api::ArcRwLockReadGuard<R, T>
    where
        Self: 'a;

    type WriteLockResult<'a>
        = lock_api::ArcRwLockWriteGuard<R, T>
    where
        Self: 'a;

    fn read_py_attached(&self, py: Python<'_>) -> lock_api::ArcRwLockReadGuard<R, T> {
        lock_detached(py, || self.try_read_arc(), || self.read_arc())
    }

    fn write_py_attached(&self, py: Python<'_>) -> lock_api::ArcRwLockWriteGuard<R, T> {
        lock_detached(py, || self.try_write_arc(), || self.write_arc())
    }
}
