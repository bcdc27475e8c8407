//! Attaching to and detaching from the interpreter.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::common::with_py;

#[test]
fn nested_attach_reuses_the_outer_scope() {
    with_py(|py| {
        let list = PyList::empty(py);
        Python::attach(|inner| {
            // The inner token can use objects of the outer scope.
            list.append(1).unwrap();
            Python::attach(|innermost| {
                list.append(innermost.None()).unwrap();
            });
            let _ = inner;
        });
        assert_eq!(list.len(), 2);
    });
}

#[test]
fn try_attach_succeeds_on_a_running_interpreter() {
    crate::common::initialize();
    let value = Python::try_attach(|py| {
        py.eval(c"6 * 7", None, None)
            .unwrap()
            .extract::<i32>()
            .unwrap()
    });
    assert_eq!(value, Some(42));
}

#[test]
#[allow(deprecated)]
fn old_spellings_still_work() {
    #[cfg(not(any(PyPy, GraalPy)))]
    pyo3::prepare_freethreaded_python();
    let version = Python::with_gil(|py| py.version_info());
    assert!(version >= (3, 9));
    Python::with_gil(|py| {
        let doubled = py.allow_threads(|| 21 * 2);
        assert_eq!(doubled, 42);
    });
}

#[test]
fn detach_lets_another_thread_run_python() {
    with_py(|py| {
        let barrier = Arc::new(Barrier::new(2));
        let other_ran = Arc::new(AtomicBool::new(false));
        let thread = {
            let barrier = barrier.clone();
            let other_ran = other_ran.clone();
            std::thread::spawn(move || {
                barrier.wait();
                // Needs the GIL, which the main thread gave up in `detach`.
                Python::attach(|py| {
                    py.run(c"x = sum(range(100))", None, None).unwrap();
                });
                other_ran.store(true, Ordering::SeqCst);
            })
        };
        py.detach(|| {
            barrier.wait();
            // While detached, the other thread attaches and finishes.
            thread.join().unwrap();
        });
        assert!(other_ran.load(Ordering::SeqCst));
    });
}

#[test]
fn detach_reattaches_after_a_panic() {
    with_py(|py| {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            py.detach(|| panic!("boom inside detach"));
        }));
        assert!(result.is_err());
        // Still attached: Python works.
        assert_eq!(
            py.eval(c"1 + 1", None, None)
                .unwrap()
                .extract::<i32>()
                .unwrap(),
            2
        );
    });
}

#[test]
fn py_dropped_while_detached_is_released_at_next_attach() {
    let (object, weak) = with_py(|py| {
        let globals = PyDict::new(py);
        py.run(
            c"import weakref\nclass C: pass\nobj = C()\nref = weakref.ref(obj)",
            Some(&globals),
            None,
        )
        .unwrap();
        let object: Py<PyAny> = globals.get_item("obj").unwrap().unwrap().unbind();
        globals.del_item("obj").unwrap();
        let weak: Py<PyAny> = globals.get_item("ref").unwrap().unwrap().unbind();
        (object, weak)
    });
    // Dropped on a thread that is not attached: the decref must wait.
    std::thread::spawn(move || drop(object)).join().unwrap();
    with_py(|py| {
        // Attaching applied the pending decref: the object is gone.
        let referent = weak.bind(py).call0().unwrap();
        assert!(
            referent.is_none(),
            "the dropped Py<T> was not released at attach"
        );
    });
}

#[test]
fn many_threads_attach_at_once() {
    crate::common::initialize();
    let threads: Vec<_> = (0..8)
        .map(|i| {
            std::thread::spawn(move || {
                Python::attach(|py| {
                    let list = PyList::new(py, 0..100).unwrap();
                    assert_eq!(list.len(), 100);
                    i
                })
            })
        })
        .collect();
    let sum: i32 = threads.into_iter().map(|t| t.join().unwrap()).sum();
    assert_eq!(sum, 28);
}

#[test]
fn interpreter_singletons_and_version() {
    with_py(|py| {
        assert!(py.None().is_none(py));
        assert_eq!(py.Ellipsis().bind(py).to_string(), "Ellipsis");
        assert_eq!(py.NotImplemented().bind(py).to_string(), "NotImplemented");
        let version = py.version_info();
        let sys_version: (u8, u8, u8) = py
            .eval(c"__import__('sys').version_info[:3]", None, None)
            .unwrap()
            .extract()
            .unwrap();
        assert!(version == sys_version);
        assert!(version >= (3, 9));
        assert!(version < (4, 0));
        let version_str = Python::version_str();
        assert!(version_str.starts_with(&format!("{}.{}", version.major, version.minor)));
        #[allow(deprecated)]
        let old = py.version();
        assert_eq!(old, version_str);
        assert!(py.check_signals().is_ok());
    });
}

#[cfg(not(feature = "auto-initialize"))]
#[test]
fn attach_without_initialization_panics_with_advice() {
    // A fresh process is needed: this one's interpreter may be running.
    if std::env::var_os("PYO3_CHILD_UNINITIALIZED").is_some() {
        Python::attach(|_| ());
        unreachable!("attach should have panicked");
    }
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "attach::attach_without_initialization_panics_with_advice",
            "--nocapture",
        ])
        .env("PYO3_CHILD_UNINITIALIZED", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("the Python interpreter is not initialized")
            && stderr.contains("Python::initialize()")
            && stderr.contains("auto-initialize"),
        "unexpected child output:\n{stderr}"
    );
}

#[test]
fn try_attach_fails_without_initialization() {
    if std::env::var_os("PYO3_CHILD_TRY_ATTACH").is_some() {
        assert!(Python::try_attach(|_| ()).is_none());
        return;
    }
    let status = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "attach::try_attach_fails_without_initialization"])
        .env("PYO3_CHILD_TRY_ATTACH", "1")
        .status()
        .unwrap();
    assert!(status.success());
}
