//! The `nightly` feature: `Ungil` is an auto trait, so values that are not
//! `Send` but hold nothing of Python's may cross `Python::detach` (on stable
//! every one of these closures is rejected, since `Rc`, `RefCell` borrows and
//! `Cell` references are not `Send`). That `Python`, `Bound` and `Borrowed`
//! still cannot cross is checked by compiling failing code in
//! ci/nightly-check.sh.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};

use pyo3::exceptions::PyValueError;
use pyo3::marker::Ungil;
use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::common::with_py;

/// Compiles only for `Ungil` types.
fn assert_ungil<T: Ungil>() {}

#[test]
fn non_send_python_free_types_are_ungil() {
    assert_ungil::<Rc<i32>>();
    assert_ungil::<Rc<RefCell<Vec<String>>>>();
    assert_ungil::<&Cell<u64>>();
    assert_ungil::<*const u8>();
    // `Send` types stay `Ungil`, including the handles that need a token to
    // be used again.
    assert_ungil::<Vec<u8>>();
    assert_ungil::<Py<PyAny>>();
    assert_ungil::<Py<PyList>>();
    assert_ungil::<PyErr>();
    assert_ungil::<PyResult<Py<PyAny>>>();
    assert_ungil::<pyo3::pybacked::PyBackedStr>();
    // Thread handles, though they keep a `Box<dyn Any + Send>` panic payload.
    assert_ungil::<std::thread::JoinHandle<Rc<u8>>>();
}

#[test]
fn an_rc_crosses_detach() {
    with_py(|py| {
        let shared = Rc::new(20);
        let inside = Rc::clone(&shared);
        let (sum, strong) = py.detach(move || (*inside + 22, Rc::strong_count(&inside)));
        assert_eq!(sum, 42);
        assert_eq!(strong, 2);
        // The clone moved into the closure was dropped with it.
        assert_eq!(Rc::strong_count(&shared), 1);
    });
}

#[test]
fn an_rc_is_returned_from_detach() {
    with_py(|py| {
        let words = py.detach(|| Rc::new(vec!["de".to_string(), "tach".to_string()]));
        assert_eq!(words.concat(), "detach");
        assert_eq!(Rc::strong_count(&words), 1);
    });
}

#[test]
fn borrowed_cells_are_mutated_while_detached() {
    with_py(|py| {
        let log = RefCell::new(Vec::new());
        let counter = Cell::new(0_u32);
        py.detach(|| {
            for i in 1..=4 {
                log.borrow_mut().push(i * i);
                counter.set(counter.get() + i);
            }
        });
        assert_eq!(*log.borrow(), [1, 4, 9, 16]);
        assert_eq!(counter.get(), 10);
    });
}

#[test]
fn the_thread_is_really_detached_with_an_rc_inside() {
    with_py(|py| {
        let barrier = Arc::new(Barrier::new(2));
        let other_ran = Arc::new(AtomicBool::new(false));
        let thread = {
            let barrier = Arc::clone(&barrier);
            let other_ran = Arc::clone(&other_ran);
            std::thread::spawn(move || {
                barrier.wait();
                // Needs the GIL, which the main thread gave up in `detach`.
                Python::attach(|py| {
                    py.run(c"y = sum(range(10))", None, None).unwrap();
                });
                other_ran.store(true, Ordering::SeqCst);
            })
        };
        let local = Rc::new(Cell::new(0));
        let seen = py.detach(|| {
            barrier.wait();
            thread.join().unwrap();
            local.set(7);
            Rc::clone(&local)
        });
        assert!(other_ran.load(Ordering::SeqCst));
        assert_eq!(seen.get(), 7);
        assert_eq!(Rc::strong_count(&local), 2);
    });
}

#[test]
fn py_and_errors_still_cross_alongside_an_rc() {
    with_py(|py| {
        let list: Py<PyList> = PyList::new(py, [1, 2, 3]).unwrap().unbind();
        let tag = Rc::new("checked");
        let (list, result) = py.detach(move || {
            let result: PyResult<usize> = Err(PyValueError::new_err(format!("{tag}")));
            (list, result)
        });
        assert_eq!(list.bind(py).len(), 3);
        let err = result.unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(err.value(py).to_string(), "checked");
    });
}
