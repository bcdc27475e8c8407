//! The parts of `pyo3::ffi` usable under every configuration, stable ABI
//! included: reference counting and the `compat` backports, checked against
//! the running interpreter.

use pyo3::ffi;
use pyo3::prelude::*;

use crate::common::{eval, refcount, with_py};

#[test]
fn incref_and_decref_change_the_count_by_one() {
    // SAFETY: attached for the whole closure; every pointer passed to the
    // C API below belongs to a live object made or evaluated here, and each
    // new reference taken is released exactly once.
    with_py(|py| unsafe {
        // SAFETY: attached; the list is a fresh object owned here.
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
        ffi::Py_XINCREF(std::ptr::null_mut());
        let mut slot = list;
        ffi::Py_CLEAR(&mut slot);
        assert!(slot.is_null());
        let _ = py;
    });
}

#[test]
fn decref_to_zero_runs_the_destructor() {
    with_py(|py| {
        let code = c"import weakref\nclass C: pass\nobj = C()\nref = weakref.ref(obj)\n";
        let globals = pyo3::types::PyDict::new(py);
        py.run(code, Some(&globals), None).unwrap();
        let obj = globals.get_item("obj").unwrap().unwrap().into_ptr();
        globals.del_item("obj").unwrap();
        // SAFETY: attached; `obj` holds the only remaining reference.
        unsafe {
            assert_eq!(ffi::Py_REFCNT(obj), 1);
            ffi::Py_DECREF(obj);
        }
        let dead = py
            .eval(c"ref() is None", Some(&globals), None)
            .unwrap()
            .is_truthy()
            .unwrap();
        assert!(dead, "the object was not destroyed");
    });
}

#[test]
fn immortal_objects_keep_their_count() {
    // SAFETY: attached for the whole closure; every pointer passed to the
    // C API below belongs to a live object made or evaluated here, and each
    // new reference taken is released exactly once.
    with_py(|py| unsafe {
        // SAFETY: attached; `None` lives as long as the interpreter.
        let none = ffi::Py_None();
        let before = ffi::Py_REFCNT(none);
        for _ in 0..1000 {
            ffi::Py_INCREF(none);
        }
        for _ in 0..1000 {
            ffi::Py_DECREF(none);
        }
        assert_eq!(ffi::Py_REFCNT(none), before);
        #[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
        let _ = py;
        #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
        {
            let immortal = py.version_info() >= (3, 12);
            assert_eq!(ffi::_Py_IsImmortal(none) != 0, immortal);
        }
    });
}

#[test]
fn compat_backports_behave_like_the_new_functions() {
    // SAFETY: attached for the whole closure; every pointer passed to the
    // C API below belongs to a live object made or evaluated here, and each
    // new reference taken is released exactly once.
    with_py(|py| unsafe {
        let dict = eval(py, "{'a': 1}");
        let key = pyo3::types::PyString::new(py, "a");
        let missing = pyo3::types::PyString::new(py, "b");
        let mut value = std::ptr::null_mut();
        // SAFETY: attached; the out-pointers receive new references.
        assert_eq!(
            ffi::compat::PyDict_GetItemRef(dict.as_ptr(), key.as_ptr(), &mut value),
            1
        );
        let value = Bound::from_owned_ptr(py, value);
        assert_eq!(value.extract::<i64>().unwrap(), 1);
        let mut none = std::ptr::null_mut();
        assert_eq!(
            ffi::compat::PyDict_GetItemRef(dict.as_ptr(), missing.as_ptr(), &mut none),
            0
        );
        assert!(none.is_null());

        let list = eval(py, "[1, 2]");
        assert_eq!(
            ffi::compat::PyList_Extend(list.as_ptr(), eval(py, "(3, 4)").as_ptr()),
            0
        );
        assert_eq!(list.to_string(), "[1, 2, 3, 4]");
        let item = Bound::from_owned_ptr(py, ffi::compat::PyList_GetItemRef(list.as_ptr(), 3));
        assert_eq!(item.extract::<i64>().unwrap(), 4);
        assert_eq!(ffi::compat::PyList_Clear(list.as_ptr()), 0);
        assert_eq!(list.to_string(), "[]");

        let object = eval(py, "len");
        let mut attribute = std::ptr::null_mut();
        let name = pyo3::types::PyString::new(py, "nope");
        assert_eq!(
            ffi::compat::PyObject_GetOptionalAttr(object.as_ptr(), name.as_ptr(), &mut attribute),
            0
        );
        assert!(ffi::PyErr_Occurred().is_null());
        let dunder_name = pyo3::types::PyString::new(py, "__name__");
        assert_eq!(
            ffi::compat::PyObject_HasAttrWithError(object.as_ptr(), dunder_name.as_ptr()),
            1
        );

        let result = Bound::from_owned_ptr(
            py,
            ffi::compat::PyObject_CallNoArgs(eval(py, "list").as_ptr()),
        );
        assert_eq!(result.to_string(), "[]");

        let bytes_hash = eval(py, "hash(b'abc')").extract::<isize>().unwrap();
        assert_eq!(
            ffi::compat::Py_HashBuffer(b"abc".as_ptr().cast(), 3),
            bytes_hash
        );
    });
}

#[test]
fn reference_counts_are_unchanged_by_checks() {
    with_py(|py| {
        let object = eval(py, "object()");
        let before = refcount(&object);
        for _ in 0..100 {
            // SAFETY: attached; the object is alive.
            unsafe {
                ffi::PyTuple_Check(object.as_ptr());
                ffi::PyObject_TypeCheck(
                    object.as_ptr(),
                    std::ptr::addr_of_mut!(ffi::PyBaseObject_Type),
                );
            }
        }
        assert_eq!(refcount(&object), before);
    });
}
