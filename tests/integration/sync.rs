//! `pyo3::sync`: once-cells and locks that wait detached, critical
//! sections, interned strings.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex, Once, OnceLock, RwLock};

use pyo3::prelude::*;
use pyo3::sync::{MutexExt, OnceExt, OnceLockExt, PyOnceLock, RwLockExt};
use pyo3::types::{PyList, PyString};

use crate::common::{assert_test_passes_in_child, with_py};

#[test]
fn once_lock_initialises_once_across_threads() {
    static CELL: PyOnceLock<Py<PyList>> = PyOnceLock::new();
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    crate::common::initialize();
    let barrier = Arc::new(Barrier::new(4));
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                Python::attach(|py| {
                    let list = CELL.get_or_init(py, || {
                        CALLS.fetch_add(1, Ordering::SeqCst);
                        // The initializer runs Python, which may switch
                        // threads: the waiters must be detached.
                        py.run(c"import time; time.sleep(0.01)", None, None)
                            .unwrap();
                        PyList::empty(py).unbind()
                    });
                    list.as_ptr() as usize
                })
            })
        })
        .collect();
    let pointers: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(CALLS.load(Ordering::SeqCst), 1);
    assert!(pointers.windows(2).all(|w| w[0] == w[1]));
}

#[test]
fn once_lock_api() {
    with_py(|py| {
        let cell: PyOnceLock<i32> = PyOnceLock::new();
        assert!(cell.get(py).is_none());
        assert_eq!(
            cell.get_or_try_init(py, || Err::<i32, &str>("fails")),
            Err("fails")
        );
        assert!(
            cell.get(py).is_none(),
            "a failed init leaves the cell empty"
        );
        assert_eq!(*cell.get_or_init(py, || 5), 5);
        assert_eq!(cell.set(py, 6), Err(6));
        let mut cell = cell;
        *cell.get_mut().unwrap() += 1;
        assert_eq!(cell.take(), Some(6));
        assert_eq!(cell.into_inner(), None);

        let imported: PyOnceLock<Py<pyo3::types::PyAny>> = PyOnceLock::new();
        let dumps = imported.import(py, "json", "dumps").unwrap();
        assert_eq!(dumps.call1((1,)).unwrap().to_string(), "1");
        let cloned = imported.clone_ref(py);
        assert!(cloned.get(py).unwrap().is(imported.get(py).unwrap()));
        #[allow(deprecated)]
        let old: pyo3::sync::GILOnceCell<u8> = pyo3::sync::GILOnceCell::new();
        assert_eq!(*old.get_or_init(py, || 1), 1);
    });
}

#[test]
fn std_once_and_once_lock_extensions() {
    static ONCE: Once = Once::new();
    static LOCK: OnceLock<String> = OnceLock::new();
    with_py(|py| {
        let mut ran = 0;
        ONCE.call_once_py_attached(py, || ran += 1);
        ONCE.call_once_py_attached(py, || ran += 1);
        assert_eq!(ran, 1);
        let value = LOCK.get_or_init_py_attached(py, || {
            py.eval(c"'computed'", None, None)
                .unwrap()
                .extract::<String>()
                .unwrap()
        });
        assert_eq!(value, "computed");
    });
}

/// A thread holding a Rust mutex while it needs the interpreter, and another
/// thread wanting that mutex while attached: `lock_py_attached` waits
/// detached, so both finish.
#[test]
fn mutex_ext_waits_detached() {
    crate::common::initialize();
    let mutex = Arc::new(Mutex::new(0));
    let barrier = Arc::new(Barrier::new(2));
    let holder = {
        let mutex = mutex.clone();
        let barrier = barrier.clone();
        std::thread::spawn(move || {
            let mut guard = mutex.lock().unwrap();
            barrier.wait();
            // Needs to attach while the other thread waits for the mutex.
            Python::attach(|py| {
                *guard += py
                    .eval(c"20 + 1", None, None)
                    .unwrap()
                    .extract::<i32>()
                    .unwrap();
            });
        })
    };
    Python::attach(|py| {
        barrier.wait();
        let guard = mutex.lock_py_attached(py).unwrap();
        assert_eq!(*guard, 21);
    });
    holder.join().unwrap();
}

/// `RwLockExt` on std's `RwLock`: a writer (then a reader) holds the lock
/// while it needs the interpreter; this thread, attached, waits for it
/// detached. Run in a child process, which is killed (and the test fails)
/// if that deadlocks.
#[test]
fn rwlock_ext_waits_detached() {
    if std::env::var_os("PYO3_CHILD_STD_RWLOCK").is_none() {
        assert_test_passes_in_child(
            "sync::rwlock_ext_waits_detached",
            &[("PYO3_CHILD_STD_RWLOCK", "1")],
        );
        return;
    }
    crate::common::initialize();
    let lock = Arc::new(RwLock::new(0));
    for reader_holds in [false, true] {
        let barrier = Arc::new(Barrier::new(2));
        let holder = {
            let (lock, barrier) = (lock.clone(), barrier.clone());
            std::thread::spawn(move || {
                let attach_and_add = |value: i32| {
                    barrier.wait();
                    Python::attach(|py| {
                        value
                            + py.eval(c"20 + 1", None, None)
                                .unwrap()
                                .extract::<i32>()
                                .unwrap()
                    })
                };
                if reader_holds {
                    let guard = lock.read().unwrap();
                    assert_eq!(attach_and_add(*guard), 42);
                } else {
                    let mut guard = lock.write().unwrap();
                    *guard = attach_and_add(0);
                }
            })
        };
        Python::attach(|py| {
            barrier.wait();
            if reader_holds {
                *lock.write_py_attached(py).unwrap() += 1;
            } else {
                assert_eq!(*lock.read_py_attached(py).unwrap(), 21);
            }
        });
        holder.join().unwrap();
    }
    assert_eq!(*lock.read().unwrap(), 22);
}

#[test]
fn rwlock_ext_hands_back_poison() {
    with_py(|py| {
        let lock = RwLock::new(1);
        *lock.write_py_attached(py).unwrap() += 1;
        assert_eq!(*lock.read_py_attached(py).unwrap(), 2);
        let _ = std::panic::catch_unwind(|| {
            let _guard = lock.write().unwrap();
            panic!("poisons the lock");
        });
        let poisoned = lock.read_py_attached(py).unwrap_err();
        assert_eq!(**poisoned.get_ref(), 2);
        drop(poisoned);
        assert!(lock.write_py_attached(py).is_err());
    });
}

/// Each thread appends the list's length to the list, then (section on two
/// objects) moves one item between two lists: any interleaving inside a
/// section shows up as a repeated value or a lost item. With the GIL the GIL
/// serialises the sections (nothing in them runs Python code, so it is never
/// handed over); on free-threaded builds only the section's lock does, so a
/// section that locked nothing fails here.
#[test]
fn critical_sections_make_their_closure_atomic() {
    const THREADS: usize = 4;
    const ROUNDS: usize = 200;
    let (lists, source, target) = with_py(|py| {
        (
            PyList::empty(py).unbind(),
            PyList::new(py, 0..THREADS * ROUNDS).unwrap().unbind(),
            PyList::empty(py).unbind(),
        )
    });
    let shared = Arc::new((lists, source, target));
    let barrier = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS)
        .map(|_| {
            let shared = shared.clone();
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                for _ in 0..ROUNDS {
                    Python::attach(|py| {
                        let (list, source, target) =
                            (shared.0.bind(py), shared.1.bind(py), shared.2.bind(py));
                        pyo3::sync::with_critical_section(list, || {
                            let length = list.len();
                            for _ in 0..200 {
                                std::hint::spin_loop();
                            }
                            list.append(length).unwrap();
                        });
                        pyo3::sync::critical_section::with_critical_section2(
                            source,
                            target,
                            || {
                                let last = source.len() - 1;
                                let item = source.get_item(last).unwrap();
                                for _ in 0..200 {
                                    std::hint::spin_loop();
                                }
                                source.del_item(last).unwrap();
                                target.append(item).unwrap();
                            },
                        );
                    });
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    with_py(|py| {
        let appended: Vec<usize> = shared.0.bind(py).extract().unwrap();
        assert_eq!(appended, (0..THREADS * ROUNDS).collect::<Vec<_>>());
        assert_eq!(shared.1.bind(py).len(), 0);
        let mut moved: Vec<usize> = shared.2.bind(py).extract().unwrap();
        moved.sort_unstable();
        assert_eq!(moved, (0..THREADS * ROUNDS).collect::<Vec<_>>());
    });
}

#[test]
fn critical_sections_run_the_closure() {
    with_py(|py| {
        let list = PyList::empty(py);
        pyo3::sync::with_critical_section(&list, || list.append(1).unwrap());
        let other = PyList::empty(py);
        pyo3::sync::critical_section::with_critical_section2(&list, &other, || {
            other.append(list.len()).unwrap();
        });
        assert_eq!(list.len(), 1);
        assert_eq!(other.get_item(0).unwrap().extract::<usize>().unwrap(), 1);
    });
}

#[test]
fn intern_returns_the_same_object_every_time() {
    with_py(|py| {
        let first = pyo3::intern!(py, "interned_name").clone();
        let mut again = Vec::new();
        for _ in 0..3 {
            again.push(pyo3::intern!(py, "interned_name").clone());
        }
        // Each call site has its own cache, but CPython interning makes the
        // value one object.
        assert!(again.iter().all(|s| s.is(&first)));
        let made = PyString::intern(py, "interned_name");
        assert!(made.is(&first));
        assert_eq!(first.to_string(), "interned_name");
    });
}
