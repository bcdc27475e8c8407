//! `Py`, `Bound` and `Borrowed`: conversions between them, reference
//! counts, casts, formatting.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyList, PyString, PyTuple};

use crate::common::{eval, refcount, with_py};

#[test]
fn conversions_between_pointer_types_keep_counts_exact() {
    with_py(|py| {
        let list = PyList::empty(py);
        let base = refcount(list.as_any());
        {
            let unbound: Py<PyList> = list.clone().unbind();
            assert_eq!(refcount(list.as_any()), base + 1);
            let bound_again = unbound.bind(py);
            assert!(bound_again.is(&list));
            assert_eq!(refcount(list.as_any()), base + 1);
            let borrowed = unbound.bind_borrowed(py);
            assert_eq!(refcount(list.as_any()), base + 1);
            let owned = borrowed.to_owned();
            assert_eq!(refcount(list.as_any()), base + 2);
            let any: Bound<'_, PyAny> = owned.into_any();
            assert_eq!(refcount(list.as_any()), base + 2);
            let clone = unbound.clone_ref(py);
            assert_eq!(refcount(list.as_any()), base + 3);
            clone.drop_ref(py);
            assert_eq!(refcount(list.as_any()), base + 2);
            drop(any);
            let into_bound = unbound.into_bound(py);
            assert_eq!(refcount(list.as_any()), base + 1);
            let any_py: Py<PyAny> = into_bound.into_any().unbind();
            assert!(any_py.is(&list));
        }
        assert_eq!(
            refcount(list.as_any()),
            base,
            "a conversion leaked a reference"
        );
    });
}

#[test]
fn create_and_drop_cycles_do_not_leak() {
    with_py(|py| {
        let value = PyString::new(py, "shared value");
        let before = refcount(value.as_any());
        for _ in 0..10_000 {
            let tuple = PyTuple::new(py, [&value, &value]).unwrap();
            let unbound = tuple.unbind();
            let again = unbound.bind(py).clone();
            drop(unbound);
            drop(again);
        }
        assert_eq!(refcount(value.as_any()), before);
    });
}

#[test]
fn raw_pointer_round_trips() {
    with_py(|py| {
        let object = eval(py, "object()");
        let base = refcount(&object);
        let raw = object.clone().into_ptr();
        assert_eq!(refcount(&object), base + 1);
        // SAFETY: `raw` carries the reference `into_ptr` gave up.
        let back = unsafe { Bound::from_owned_ptr(py, raw) };
        assert_eq!(refcount(&object), base + 1);
        drop(back);
        // SAFETY: the object is alive (held by `object`).
        let borrowed = unsafe { Bound::from_borrowed_ptr(py, object.as_ptr()) };
        assert_eq!(refcount(&object), base + 1);
        drop(borrowed);
        assert_eq!(refcount(&object), base);
        // SAFETY: null pointers are allowed by the `_or_opt` / `_or_err` forms.
        unsafe {
            assert!(Bound::from_owned_ptr_or_opt(py, std::ptr::null_mut()).is_none());
            assert!(Bound::from_borrowed_ptr_or_opt(py, std::ptr::null_mut()).is_none());
            pyo3::ffi::PyErr_SetString(pyo3::ffi::PyExc_ValueError, c"set by the test".as_ptr());
            let err = Bound::from_owned_ptr_or_err(py, std::ptr::null_mut()).unwrap_err();
            assert_eq!(err.to_string(), "ValueError: set by the test");
            assert!(Borrowed::from_ptr_or_opt(py, std::ptr::null_mut()).is_none());
        }
    });
}

#[test]
fn cast_checks_the_type_and_reports_it() {
    with_py(|py| {
        let int = eval(py, "42");
        assert!(int.cast::<PyInt>().is_ok());
        let err = int.cast::<PyString>().unwrap_err();
        assert_eq!(err.to_string(), "'int' object is not an instance of 'str'");
        let none = py.None().into_bound(py);
        assert_eq!(
            none.cast::<PyString>().unwrap_err().to_string(),
            "'None' is not an instance of 'str'"
        );
        let as_pyerr: PyErr = int.cast::<PyDict>().unwrap_err().into();
        assert_eq!(
            as_pyerr.to_string(),
            "TypeError: 'int' object is not an instance of 'dict'"
        );
        assert!(as_pyerr.is_instance_of::<pyo3::exceptions::PyTypeError>(py));

        let boolean = eval(py, "True");
        assert!(boolean.cast::<PyInt>().is_ok(), "bool is a subclass of int");
        assert!(boolean.cast_exact::<PyInt>().is_err());
        let back = boolean
            .clone()
            .cast_into::<PyString>()
            .unwrap_err()
            .into_inner();
        assert!(back.is(&boolean));
        // SAFETY: 42 is an int.
        let unchecked = unsafe { int.cast_unchecked::<PyInt>() };
        assert!(unchecked.is(&int));
        #[allow(deprecated)]
        {
            assert!(int.downcast::<PyInt>().is_ok());
            assert!(int.clone().downcast_into::<PyString>().is_err());
        }
        let py_int: Py<PyAny> = int.clone().unbind();
        assert!(py_int.cast_bound::<PyInt>(py).is_ok());
        assert!(int.as_borrowed().cast::<PyInt>().is_ok());
        assert_eq!(
            int.as_borrowed().cast::<PyList>().unwrap_err().to_string(),
            "'int' object is not an instance of 'list'"
        );
    });
}

#[test]
fn display_is_str_and_debug_is_repr() {
    let _hook = crate::common::unraisable_hook_lock();
    with_py(|py| {
        let text = PyString::new(py, "héllo");
        assert_eq!(format!("{text}"), "héllo");
        assert_eq!(format!("{text:?}"), "'héllo'");
        let list = eval(py, "[1, 'a']");
        assert_eq!(format!("{list}"), "[1, 'a']");
        assert_eq!(format!("{list:?}"), "[1, 'a']");
        let unbound: Py<PyString> = text.clone().unbind();
        assert_eq!(format!("{unbound}"), "héllo");
        // `str()` raising: the error is reported as unraisable.
        let bad = eval(py, "type('Bad', (), {'__str__': lambda self: 1 / 0})()");
        assert_eq!(format!("{bad}"), "<unprintable Bad object>");
    });
}

#[test]
fn py_is_send_and_sync_and_usable_from_other_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Py<PyAny>>();
    assert_send_sync::<Py<PyList>>();
    let list: Py<PyList> = with_py(|py| PyList::empty(py).unbind());
    let list = std::sync::Arc::new(list);
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let list = list.clone();
            std::thread::spawn(move || Python::attach(|py| list.bind(py).append(i).unwrap()))
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    with_py(|py| assert_eq!(list.bind(py).len(), 4));
}

#[test]
fn py_methods_delegate_to_the_object() {
    with_py(|py| {
        let text: Py<PyAny> = PyString::new(py, "a,b").into_any().unbind();
        let upper = text.call_method0(py, "upper").unwrap();
        assert_eq!(upper.extract::<String>(py).unwrap(), "A,B");
        let parts = text.call_method1(py, "split", (",",)).unwrap();
        assert_eq!(parts.bind(py).len().unwrap(), 2);
        assert!(text.getattr(py, "join").is_ok());
        assert!(!text.is_none(py));
        assert!(text.is_truthy(py).unwrap());
        let len = eval(py, "len").unbind();
        assert_eq!(
            len.call1(py, (text.clone_ref(py),))
                .unwrap()
                .extract::<usize>(py)
                .unwrap(),
            3
        );
        let dict_type = eval(py, "dict").unbind();
        let kwargs = PyDict::new(py);
        kwargs.set_item("a", 1).unwrap();
        let made = dict_type.call(py, (), Some(&kwargs)).unwrap();
        assert_eq!(made.bind(py).to_string(), "{'a': 1}");
        assert!(dict_type.call0(py).unwrap().bind(py).is_empty().unwrap());
        let namespace = eval(py, "type('N', (), {})()").unbind();
        namespace.setattr(py, "field", 5).unwrap();
        assert_eq!(
            namespace
                .getattr(py, "field")
                .unwrap()
                .extract::<i32>(py)
                .unwrap(),
            5
        );
    });
}

#[cfg(feature = "py-clone")]
#[test]
fn py_clone_needs_an_attached_thread() {
    let object: Py<PyAny> = with_py(|py| py.None());
    with_py(|_| {
        let copy = object.clone();
        drop(copy);
    });
    let result = std::thread::spawn(move || {
        let copy = object.clone();
        drop(copy);
    })
    .join();
    let payload = result.unwrap_err();
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap();
    assert!(
        message.contains("without the thread being attached"),
        "{message}"
    );
}
