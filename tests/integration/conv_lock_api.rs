//! `MutexExt` / `RwLockExt` for `lock_api`'s locks (feature `lock_api`;
//! `parking_lot`'s locks are those), for `Arc`s of them (`arc_lock`, owned
//! guards), and `OnceExt` for `parking_lot::Once` (`parking_lot`).
//!
//! The contended cases run in a child process: a lock that waited attached
//! would deadlock there (its holder needs the interpreter to finish), and
//! the child is then killed and the test fails instead of hanging the run.

use std::cell::Cell;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Barrier};

use parking_lot::{Mutex, ReentrantMutex, RwLock};
use pyo3::prelude::*;
use pyo3::sync::{MutexExt, RwLockExt};

use crate::common::{assert_test_passes_in_child, eval, with_py};

/// Runs `hold` on a new thread. `hold` takes a lock and, holding it, calls
/// the function it is given: that lets this thread go on, then attaches to
/// the interpreter and returns 21. This thread, attached all along, runs
/// `take` meanwhile, which takes the same lock: unless it waits detached,
/// neither thread can go on.
fn contend(hold: impl FnOnce(&dyn Fn() -> i64) + Send + 'static, take: impl FnOnce(Python<'_>)) {
    let barrier = Arc::new(Barrier::new(2));
    let holder = {
        let barrier = barrier.clone();
        std::thread::spawn(move || {
            hold(&|| {
                barrier.wait();
                Python::attach(|py| eval(py, "20 + 1").extract::<i64>().unwrap())
            })
        })
    };
    Python::attach(|py| {
        barrier.wait();
        take(py);
    });
    holder.join().unwrap();
}

/// Every lock kind, each held by a thread that needs the interpreter while
/// this thread waits for it.
fn contended_locks_wait_detached() {
    crate::common::initialize();

    let mutex = Arc::new(Mutex::new(0));
    let held = mutex.clone();
    contend(
        move |needs_python| {
            let mut guard = held.lock();
            *guard = needs_python();
        },
        |py| assert_eq!(*mutex.lock_py_attached(py), 21),
    );

    let reentrant = Arc::new(ReentrantMutex::new(Cell::new(0)));
    let held = reentrant.clone();
    contend(
        move |needs_python| held.lock().set(needs_python()),
        |py| assert_eq!(reentrant.lock_py_attached(py).get(), 21),
    );

    let rwlock = Arc::new(RwLock::new(0));
    let held = rwlock.clone();
    contend(
        move |needs_python| {
            let mut guard = held.write();
            *guard = needs_python();
        },
        |py| assert_eq!(*rwlock.read_py_attached(py), 21),
    );

    // A reader holds it: the writer waits.
    let seen = Arc::new(AtomicI64::new(0));
    let (held, held_seen) = (rwlock.clone(), seen.clone());
    contend(
        move |needs_python| {
            let guard = held.read();
            held_seen.store(*guard + needs_python(), Ordering::SeqCst);
        },
        |py| {
            let mut guard = rwlock.write_py_attached(py);
            assert_eq!(seen.load(Ordering::SeqCst), 42);
            *guard = 1;
        },
    );

    #[cfg(feature = "arc_lock")]
    contended_arc_locks_wait_detached();

    #[cfg(feature = "parking_lot")]
    {
        let once = Arc::new(parking_lot::Once::new());
        let value = Arc::new(AtomicI64::new(0));
        let (held, held_value) = (once.clone(), value.clone());
        contend(
            move |needs_python| {
                held.call_once(|| held_value.store(needs_python(), Ordering::SeqCst))
            },
            |py| {
                let mut ran = false;
                pyo3::sync::OnceExt::call_once_py_attached(&*once, py, || ran = true);
                assert!(!ran, "the other thread's initialisation counts");
                assert_eq!(value.load(Ordering::SeqCst), 21);
            },
        );
    }
}

/// [`contended_locks_wait_detached`] for `Arc`s of locks (owned guards).
#[cfg(feature = "arc_lock")]
fn contended_arc_locks_wait_detached() {
    let mutex = Arc::new(Mutex::new(0));
    let held = mutex.clone();
    contend(
        move |needs_python| {
            // (Locked first: in `*place = value` the value comes first.)
            let mut guard = held.lock_arc();
            *guard = needs_python();
        },
        |py| {
            let guard: lock_api::ArcMutexGuard<parking_lot::RawMutex, i64> =
                mutex.lock_py_attached(py);
            assert_eq!(*guard, 21);
        },
    );

    let reentrant = Arc::new(ReentrantMutex::new(Cell::new(0)));
    let held = reentrant.clone();
    contend(
        move |needs_python| held.lock_arc().set(needs_python()),
        |py| assert_eq!(reentrant.lock_py_attached(py).get(), 21),
    );

    let rwlock = Arc::new(RwLock::new(0));
    let held = rwlock.clone();
    contend(
        move |needs_python| {
            let mut guard = held.write_arc();
            *guard = needs_python();
        },
        |py| {
            let guard: lock_api::ArcRwLockReadGuard<parking_lot::RawRwLock, i64> =
                rwlock.read_py_attached(py);
            assert_eq!(*guard, 21);
        },
    );
    let held = rwlock.clone();
    contend(
        move |needs_python| {
            let guard = held.read_arc();
            assert_eq!(*guard + needs_python(), 42);
        },
        |py| *rwlock.write_py_attached(py) += 1,
    );
    assert_eq!(*rwlock.read(), 22);
}

#[test]
fn contended_locks_wait_detached_in_child() {
    if std::env::var_os("PYO3_CHILD_LOCK_API").is_some() {
        contended_locks_wait_detached();
        return;
    }
    assert_test_passes_in_child(
        "conv_lock_api::contended_locks_wait_detached_in_child",
        &[("PYO3_CHILD_LOCK_API", "1")],
    );
}

#[test]
fn uncontended_locks_and_reentrancy() {
    with_py(|py| {
        let mutex = Mutex::new(vec![1]);
        mutex.lock_py_attached(py).push(2);
        assert_eq!(*mutex.lock(), [1, 2]);
        {
            let _guard = mutex.lock_py_attached(py);
            assert!(mutex.try_lock().is_none(), "the guard holds the lock");
        }
        assert!(mutex.try_lock().is_some(), "dropping the guard unlocks");

        // The same thread may lock a reentrant mutex again.
        let reentrant = ReentrantMutex::new(5);
        let outer = reentrant.lock_py_attached(py);
        let inner = reentrant.lock_py_attached(py);
        assert_eq!((*outer, *inner), (5, 5));
        drop((outer, inner));

        let rwlock = RwLock::new(String::from("a"));
        rwlock.write_py_attached(py).push('b');
        let first = rwlock.read_py_attached(py);
        let second = rwlock.read_py_attached(py);
        assert_eq!((first.as_str(), second.as_str()), ("ab", "ab"));
        assert!(rwlock.try_write().is_none(), "readers hold the lock");
    });
}

#[cfg(feature = "arc_lock")]
#[test]
fn arc_guards_own_the_lock() {
    with_py(|py| {
        let mutex = Arc::new(Mutex::new(1));
        let guard = mutex.clone().lock_py_attached(py);
        // The guard keeps its own `Arc` (the temporary clone is gone).
        assert_eq!(Arc::strong_count(&mutex), 2);
        assert!(Arc::ptr_eq(lock_api::ArcMutexGuard::mutex(&guard), &mutex));
        assert!(mutex.try_lock().is_none());
        drop(guard);
        assert_eq!(Arc::strong_count(&mutex), 1);
        assert!(mutex.try_lock().is_some());

        let rwlock = Arc::new(RwLock::new(0));
        let reader = rwlock.clone().read_py_attached(py);
        assert_eq!(Arc::strong_count(&rwlock), 2);
        assert!(rwlock.try_write().is_none());
        drop(reader);
        let mut writer = rwlock.clone().write_py_attached(py);
        *writer = 3;
        assert!(rwlock.try_read().is_none());
        drop(writer);
        assert_eq!((*rwlock.read(), Arc::strong_count(&rwlock)), (3, 1));

        let reentrant = Arc::new(ReentrantMutex::new(()));
        let outer = reentrant.clone().lock_py_attached(py);
        let inner = reentrant.lock_py_attached(py);
        assert_eq!(Arc::strong_count(&reentrant), 3);
        drop((outer, inner));
        assert_eq!(Arc::strong_count(&reentrant), 1);
    });
}

#[cfg(feature = "parking_lot")]
#[test]
fn parking_lot_once() {
    use pyo3::sync::OnceExt;
    with_py(|py| {
        let once = parking_lot::Once::new();
        let mut calls = 0;
        once.call_once_py_attached(py, || {
            // Runs attached: Python is usable inside.
            calls += eval(py, "1").extract::<i32>().unwrap();
        });
        once.call_once_py_attached(py, || calls += 1);
        assert_eq!(calls, 1);
        assert!(once.state().done());

        // A panicking initialiser poisons the `Once`; `force` runs again and
        // sees it.
        let poisoned = parking_lot::Once::new();
        let panic = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            poisoned.call_once_py_attached(py, || panic!("first try fails"));
        }));
        assert!(panic.is_err());
        // Attached again after the unwind through the detached stretch.
        assert_eq!(eval(py, "2 + 2").extract::<i32>().unwrap(), 4);
        assert!(poisoned.state().poisoned());
        let mut saw_poison = None;
        poisoned.call_once_force_py_attached(py, |state| saw_poison = Some(state.poisoned()));
        assert_eq!(saw_poison, Some(true));
        assert!(poisoned.state().done());
        poisoned.call_once_force_py_attached(py, |_| unreachable!("already done"));
    });
}
