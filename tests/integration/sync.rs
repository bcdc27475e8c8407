//! `pyo3::sync`: once-cells and locks that wait detached, critical
//! sections, interned strings.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex, Once, OnceLock};

use pyo3::prelude::*;
use pyo3::sync::{MutexExt, OnceExt, OnceLockExt, PyOnceLock};
use pyo3::types::{PyList, PyString};

use crate::common::with_py;

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
