//! Attaching to and detaching from the interpreter.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::common::{assert_test_passes_in_child, with_py};

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
        let panic = std::panic::catch_unwind(|| Python::attach(|_| ())).unwrap_err();
        let message = panic_message(&*panic);
        assert!(
            message.contains("the Python interpreter is not initialized")
                && message.contains("Python::initialize()")
                && message.contains("auto-initialize"),
            "unexpected message: {message}"
        );
        return;
    }
    assert_test_passes_in_child(
        "attach::attach_without_initialization_panics_with_advice",
        &[("PYO3_CHILD_UNINITIALIZED", "1")],
    );
}

#[test]
fn try_attach_fails_without_initialization() {
    if std::env::var_os("PYO3_CHILD_TRY_ATTACH").is_some() {
        assert!(Python::try_attach(|_| ()).is_none());
        return;
    }
    assert_test_passes_in_child(
        "attach::try_attach_fails_without_initialization",
        &[("PYO3_CHILD_TRY_ATTACH", "1")],
    );
}

/// The text of a caught panic.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|text| text.to_string()))
        .unwrap_or_default()
}

/// Whether `builtins._pyo3_site_done` is set: the `sitecustomize` of
/// [`attaching_waits_until_start_up_has_finished`] sets it as its last act.
#[cfg(not(any(PyPy, GraalPy)))]
fn site_import_finished(py: Python<'_>) -> bool {
    py.import("builtins")
        .unwrap()
        .hasattr("_pyo3_site_done")
        .unwrap()
}

#[cfg(not(any(PyPy, GraalPy)))]
#[test]
fn attaching_waits_until_start_up_has_finished() {
    if std::env::var_os("PYO3_CHILD_START_UP_RACE").is_none() {
        // A `sitecustomize` that sleeps (releasing the GIL) while `site` is
        // being imported, when `Py_IsInitialized()` is already true.
        let dir = std::env::temp_dir().join(format!("pyo3-start-up-race-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("sitecustomize.py"),
            "import builtins, time\ntime.sleep(1.0)\nbuiltins._pyo3_site_done = True\n",
        )
        .unwrap();
        let result = std::panic::catch_unwind(|| {
            assert_test_passes_in_child(
                "attach::attaching_waits_until_start_up_has_finished",
                &[
                    ("PYO3_CHILD_START_UP_RACE", "1"),
                    ("PYTHONPATH", dir.to_str().unwrap()),
                ],
            )
        });
        std::fs::remove_dir_all(&dir).unwrap();
        if let Err(panic) = result {
            std::panic::resume_unwind(panic);
        }
        return;
    }
    use pyo3::ffi;
    // One thread loops on `try_attach`, another waits for `Py_IsInitialized`
    // and then calls `attach`; both must only get in once start-up is done.
    let try_attacher = std::thread::spawn(|| {
        loop {
            if let Some(done) = Python::try_attach(site_import_finished) {
                return done;
            }
            std::thread::yield_now();
        }
    });
    let attacher = std::thread::spawn(|| {
        // SAFETY: `Py_IsInitialized` may be called at any time.
        while unsafe { ffi::Py_IsInitialized() } == 0 {
            std::thread::yield_now();
        }
        Python::attach(site_import_finished)
    });
    std::thread::sleep(std::time::Duration::from_millis(50));
    Python::initialize();
    assert!(
        try_attacher.join().unwrap(),
        "try_attach got in during start-up"
    );
    assert!(attacher.join().unwrap(), "attach got in during start-up");
    assert!(Python::attach(site_import_finished));
}

#[cfg(not(any(PyPy, GraalPy)))]
#[test]
fn attaching_while_the_interpreter_finalizes_panics_clearly() {
    use std::sync::Mutex;
    static SEEN: Mutex<Option<(String, bool)>> = Mutex::new(None);

    /// Called from a `__del__` run while the interpreter finalizes: another
    /// thread tries to attach meanwhile.
    #[pyfunction]
    fn attach_from_another_thread(py: Python<'_>) {
        let (panic, try_attach_gave_none) = py.detach(|| {
            std::thread::spawn(|| {
                let try_attach_gave_none = Python::try_attach(|_| ()).is_none();
                let panic = std::panic::catch_unwind(|| Python::attach(|_| ())).unwrap_err();
                (panic_message(&*panic), try_attach_gave_none)
            })
            .join()
            .unwrap()
        });
        *SEEN.lock().unwrap() = Some((panic, try_attach_gave_none));
    }

    if std::env::var_os("PYO3_CHILD_FINALIZING").is_none() {
        assert_test_passes_in_child(
            "attach::attaching_while_the_interpreter_finalizes_panics_clearly",
            &[("PYO3_CHILD_FINALIZING", "1")],
        );
        return;
    }
    Python::initialize();
    Python::attach(|py| {
        let globals = PyDict::new(py);
        let hook = pyo3::wrap_pyfunction!(attach_from_another_thread, py).unwrap();
        globals.set_item("hook", hook).unwrap();
        py.run(
            c"import __main__
class OnTeardown:
    def __init__(self, hook):
        self.hook = hook
    def __del__(self):
        self.hook()
__main__.keeper = OnTeardown(hook)
",
            Some(&globals),
            None,
        )
        .unwrap();
    });
    // SAFETY: the interpreter runs; `Py_FinalizeEx` wants the thread
    // attached, and nothing uses the interpreter afterwards.
    unsafe {
        pyo3::ffi::PyGILState_Ensure();
        pyo3::ffi::Py_FinalizeEx();
    }
    let (message, try_attach_gave_none) =
        SEEN.lock().unwrap().take().expect("the teardown hook ran");
    assert!(try_attach_gave_none);
    assert!(
        message.contains("cannot attach to the Python interpreter: it is finalizing"),
        "{message}"
    );
}

/// Runs `f` attached on a second thread state of the main interpreter
/// (made with `PyThreadState_New`), not this thread's `PyGILState` one.
#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
fn on_another_thread_state(f: impl FnOnce(Python<'_>, *mut pyo3::ffi::PyThreadState)) {
    use pyo3::ffi;
    with_py(|py| {
        // SAFETY: attached; the new state belongs to the current
        // interpreter, is swapped in for `f` and out again, then freed.
        unsafe {
            let interp = ffi::PyThreadState_GetInterpreter(ffi::PyThreadState_Get());
            let other = ffi::PyThreadState_New(interp);
            let own = ffi::PyThreadState_Swap(other);
            f(py, other);
            ffi::PyThreadState_Swap(own);
            ffi::PyThreadState_Clear(other);
            ffi::PyThreadState_Delete(other);
        }
    });
}

#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
#[test]
fn waiting_cells_restore_the_exact_thread_state() {
    use pyo3::ffi;
    use pyo3::sync::{OnceExt, OnceLockExt, PyOnceLock};
    // SAFETY: attached whenever called below.
    let current = || unsafe { ffi::PyThreadState_Get() };
    on_another_thread_state(|py, other| {
        let cell = PyOnceLock::new();
        let seen = *cell.get_or_init(py, current);
        assert_eq!(
            seen, other,
            "PyOnceLock's initializer ran on another thread state"
        );
        let seen = cell.get_or_try_init(py, || Ok::<_, ()>(current())).unwrap();
        assert_eq!(*seen, other);

        let once = std::sync::Once::new();
        let mut in_once = std::ptr::null_mut();
        once.call_once_py_attached(py, || in_once = current());
        assert_eq!(
            in_once, other,
            "OnceExt's closure ran on another thread state"
        );
        let once = std::sync::Once::new();
        let mut in_once = std::ptr::null_mut();
        once.call_once_force_py_attached(py, |_| in_once = current());
        assert_eq!(in_once, other);

        let lock = std::sync::OnceLock::new();
        let seen = *lock.get_or_init_py_attached(py, current);
        assert_eq!(
            seen, other,
            "OnceLockExt's closure ran on another thread state"
        );
        assert_eq!(current(), other, "the thread state came back changed");
    });
}

#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
#[test]
fn callbacks_on_another_thread_state_count_as_attached() {
    use pyo3::ffi;

    /// Attaches from inside a callback: must reuse the callback's thread
    /// state, not call `PyGILState_Ensure` (which would switch to, or wait
    /// for, the thread's own state).
    #[pyfunction]
    fn attach_inside() -> bool {
        // SAFETY: called from Python, so attached.
        let before = unsafe { ffi::PyThreadState_Get() };
        // SAFETY: attached inside `attach`.
        Python::attach(|_| unsafe { ffi::PyThreadState_Get() } == before)
    }

    if std::env::var_os("PYO3_CHILD_OTHER_TSTATE").is_none() {
        // A wrong attach deadlocks: run it where a hang fails the test.
        assert_test_passes_in_child(
            "attach::callbacks_on_another_thread_state_count_as_attached",
            &[("PYO3_CHILD_OTHER_TSTATE", "1")],
        );
        return;
    }
    on_another_thread_state(|py, _| {
        let function = pyo3::wrap_pyfunction!(attach_inside, py).unwrap();
        assert!(function.call0().unwrap().extract::<bool>().unwrap());
    });
}
