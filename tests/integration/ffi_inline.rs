//! The C macros and static inline functions that `pyo3::ffi` reimplements in
//! Rust, checked against the running interpreter.

use std::sync::Once;

use pyo3::ffi;

/// Starts the interpreter once and runs `f` with the GIL held.
fn with_interpreter<R>(f: impl FnOnce() -> R) -> R {
    static START: Once = Once::new();
    START.call_once(|| unsafe {
        // SAFETY: called once, before any other use of the interpreter; the
        // thread state is released so that every test thread can take it.
        ffi::Py_InitializeEx(0);
        ffi::PyEval_SaveThread();
    });
    // SAFETY: the interpreter is initialised; the state is released below.
    let gil = unsafe { ffi::PyGILState_Ensure() };
    let result = f();
    // SAFETY: pairs with the `PyGILState_Ensure` above, on the same thread.
    unsafe { ffi::PyGILState_Release(gil) };
    result
}

#[test]
fn incref_and_decref_change_the_count_by_one() {
    with_interpreter(|| unsafe {
        // SAFETY: GIL held; the list is a fresh object owned here.
        let list = ffi::PyList_New(0);
        assert_eq!(ffi::Py_REFCNT(list), 1);
        ffi::Py_INCREF(list);
        assert_eq!(ffi::Py_REFCNT(list), 2);
        ffi::Py_DECREF(list);
        assert_eq!(ffi::Py_REFCNT(list), 1);
        let again = ffi::Py_NewRef(list);
        assert_eq!(again, list);
        assert_eq!(ffi::Py_REFCNT(list), 2);
        ffi::Py_XDECREF(again);
        ffi::Py_XDECREF(std::ptr::null_mut());
        let mut slot = list;
        ffi::Py_CLEAR(&mut slot);
        assert!(slot.is_null());
    });
}
