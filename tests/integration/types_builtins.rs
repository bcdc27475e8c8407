//! `PyRange`, `PyMappingProxy`, `PyGenericAlias`, `PyContext`,
//! `PyFrozenDict`, the dict views, `PyIterator::send` and `PyFunction`.

use pyo3::PyTypeInfo;
use pyo3::exceptions::{PyKeyError, PyOverflowError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::mappingproxy::BoundMappingProxyIterator;
use pyo3::types::{
    PyCFunction, PyDict, PyFunction, PyGenericAlias, PyMapping, PyMappingProxy,
    PyMappingProxyMethods, PyRange, PyRangeMethods, PySlice, PyTuple,
};

use crate::common::{eval, refcount, with_py};

/// Runs `code` in a fresh namespace and returns it.
fn run<'py>(py: Python<'py>, code: &str) -> Bound<'py, PyDict> {
    let namespace = PyDict::new(py);
    let code = std::ffi::CString::new(code).unwrap();
    py.run(&code, Some(&namespace), None)
        .unwrap_or_else(|err| panic!("running {code:?} failed: {err}"));
    namespace
}

/// The full text (`Type: message`) of the error of a failed cast.
fn cast_error<T: PyTypeInfo>(object: &Bound<'_, PyAny>) -> String {
    PyErr::from(object.cast::<T>().unwrap_err()).to_string()
}

// ---------------------------------------------------------------- range

/// The error of extracting an `isize` from a too large `int` where `isize`
/// is a C `long` (`PyLong_AsLong`).
#[cfg(all(target_pointer_width = "64", not(target_os = "windows")))]
const ISIZE_OVERFLOW: &str = "OverflowError: Python int too large to convert to C long";

#[test]
fn range_construction_and_bounds() {
    with_py(|py| {
        let range = PyRange::new(py, isize::MIN, isize::MAX).unwrap();
        assert_eq!(range.start().unwrap(), isize::MIN);
        assert_eq!(range.stop().unwrap(), isize::MAX);
        assert_eq!(range.step().unwrap(), 1);

        let range = PyRange::new_with_step(py, 10, 1, -3).unwrap();
        assert_eq!(
            (range.start().unwrap(), range.stop().unwrap()),
            (10, 1),
            "{range}"
        );
        assert_eq!(range.step().unwrap(), -3);
        assert!(range.eq(eval(py, "range(10, 1, -3)")).unwrap());
        assert_eq!(range.extract::<Vec<i32>>().unwrap(), [10, 7, 4]);
        assert_eq!(range.to_string(), "range(10, 1, -3)");

        let err = PyRange::new_with_step(py, 0, 5, 0).unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(
            err.to_string(),
            "ValueError: range() arg 3 must not be zero"
        );
        assert!(PyErr::take(py).is_none());

        // Reading the bounds leaves the reference count alone.
        let before = refcount(&range);
        for _ in 0..3 {
            range.start().unwrap();
            range.stop().unwrap();
            range.step().unwrap();
        }
        assert_eq!(refcount(&range), before);
    });
}

#[test]
fn range_type_and_casts() {
    with_py(|py| {
        let from_python = eval(py, "range(3, 9)");
        let range = from_python.cast::<PyRange>().unwrap();
        assert_eq!((range.start().unwrap(), range.stop().unwrap()), (3, 9));
        assert!(from_python.is_exact_instance_of::<PyRange>());
        assert!(PyRange::type_object(py).is(eval(py, "range")));
        assert_eq!(
            cast_error::<PyRange>(&eval(py, "[1, 2]")),
            "TypeError: 'list' object is not an instance of 'range'"
        );

        // Bounds beyond `isize` are reported by the extraction.
        let huge = eval(py, "range(2**70)");
        let huge = huge.cast::<PyRange>().unwrap();
        assert_eq!(huge.start().unwrap(), 0);
        let err = huge.stop().unwrap_err();
        assert!(err.is_instance_of::<PyOverflowError>(py));
        #[cfg(all(target_pointer_width = "64", not(target_os = "windows")))]
        assert_eq!(err.to_string(), ISIZE_OVERFLOW);
        assert!(PyErr::take(py).is_none());
    });
}

#[test]
fn range_into_slice() {
    with_py(|py| {
        let range = PyRange::new_with_step(py, 1, 10, 3).unwrap();
        let before = refcount(&range);
        let slice = Bound::<PySlice>::try_from(range.clone()).unwrap();
        assert!(slice.eq(eval(py, "slice(1, 10, 3)")).unwrap());
        assert_eq!(refcount(&range), before);
        let list = eval(py, "list(range(12))");
        assert_eq!(
            list.get_item(&slice)
                .unwrap()
                .extract::<Vec<i32>>()
                .unwrap(),
            [1, 4, 7]
        );

        let huge = eval(py, "range(0, 2**70)").cast_into::<PyRange>().unwrap();
        let err = Bound::<PySlice>::try_from(huge).unwrap_err();
        assert!(err.is_instance_of::<PyOverflowError>(py));
        #[cfg(all(target_pointer_width = "64", not(target_os = "windows")))]
        assert_eq!(err.to_string(), ISIZE_OVERFLOW);
    });
}

// ---------------------------------------------------------------- mappingproxy

#[test]
fn mappingproxy_reads_through() {
    with_py(|py| {
        let dict = PyDict::new(py);
        dict.set_item("a", 1).unwrap();
        dict.set_item("b", 2).unwrap();
        let dict_count = refcount(&dict);
        let proxy = PyMappingProxy::new(py, dict.as_mapping());
        // The proxy keeps the mapping alive.
        assert_eq!(refcount(&dict), dict_count + 1);

        assert!(!proxy.is_empty().unwrap());
        assert_eq!(proxy.len().unwrap(), 2);
        assert_eq!(proxy.get_item("a").unwrap().extract::<i32>().unwrap(), 1);
        let err = proxy.get_item("z").unwrap_err();
        assert!(err.is_instance_of::<PyKeyError>(py));
        assert_eq!(err.to_string(), "KeyError: 'z'");
        assert_eq!(
            proxy.keys().unwrap().extract::<Vec<String>>().unwrap(),
            ["a", "b"]
        );
        assert_eq!(
            proxy.values().unwrap().extract::<Vec<i32>>().unwrap(),
            [1, 2]
        );
        assert_eq!(
            proxy
                .items()
                .unwrap()
                .extract::<Vec<(String, i32)>>()
                .unwrap(),
            [("a".to_owned(), 1), ("b".to_owned(), 2)]
        );
        assert!(proxy.as_mapping().contains("b").unwrap());

        // A view: later changes of the dict show.
        dict.set_item("c", 3).unwrap();
        assert_eq!(proxy.len().unwrap(), 3);

        // Read-only.
        let err = proxy.set_item("x", 1).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: 'mappingproxy' object does not support item assignment"
        );

        let empty = PyMappingProxy::new(py, PyDict::new(py).as_mapping());
        assert!(empty.is_empty().unwrap());
        assert_eq!(empty.to_string(), "{}");

        drop(proxy);
        assert_eq!(refcount(&dict), dict_count);
    });
}

#[test]
fn mappingproxy_iteration() {
    with_py(|py| {
        let dict = PyDict::new(py);
        for (key, value) in [("x", 10), ("y", 20)] {
            dict.set_item(key, value).unwrap();
        }
        let proxy = PyMappingProxy::new(py, dict.as_mapping());
        let iter: BoundMappingProxyIterator<'_, '_> = proxy.try_iter().unwrap();
        let pairs: Vec<(String, i32)> = iter
            .map(|pair| {
                let (key, value) = pair.unwrap();
                (key.extract().unwrap(), value.extract().unwrap())
            })
            .collect();
        assert_eq!(pairs, [("x".to_owned(), 10), ("y".to_owned(), 20)]);

        // A mapping whose lookups fail: the error is yielded.
        let namespace = run(
            py,
            "import collections.abc\n\
             class M(collections.abc.Mapping):\n\
             \x20   def __iter__(self): return iter(['ok', 'bad'])\n\
             \x20   def __len__(self): return 2\n\
             \x20   def __getitem__(self, key):\n\
             \x20       if key == 'bad': raise LookupError('no bad')\n\
             \x20       return 1\n\
             m = M()\n",
        );
        let mapping = namespace.get_item("m").unwrap().unwrap();
        let mapping = mapping.cast::<PyMapping>().unwrap();
        let proxy = PyMappingProxy::new(py, mapping);
        let mut iter = proxy.try_iter().unwrap();
        let (key, value) = iter.next().unwrap().unwrap();
        assert_eq!(key.extract::<String>().unwrap(), "ok");
        assert_eq!(value.extract::<i32>().unwrap(), 1);
        let err = iter.next().unwrap().unwrap_err();
        assert_eq!(err.to_string(), "LookupError: no bad");
        assert!(iter.next().is_none());
        assert!(PyErr::take(py).is_none());
    });
}

#[test]
fn mappingproxy_type_and_casts() {
    with_py(|py| {
        let class_dict = eval(py, "int.__dict__");
        assert!(class_dict.is_exact_instance_of::<PyMappingProxy>());
        let proxy = class_dict.cast::<PyMappingProxy>().unwrap();
        assert!(proxy.as_mapping().contains("__add__").unwrap());
        assert!(
            PyMappingProxy::type_object(py).is(eval(py, "__import__('types').MappingProxyType"))
        );
        assert_eq!(
            cast_error::<PyMappingProxy>(&eval(py, "{}")),
            "TypeError: 'dict' object is not an instance of 'mappingproxy'"
        );
    });
}

// ---------------------------------------------------------------- GenericAlias

#[test]
fn generic_alias() {
    with_py(|py| {
        let list = eval(py, "list");
        let int = eval(py, "int");
        let (list_count, int_count) = (refcount(&list), refcount(&int));
        let alias = PyGenericAlias::new(py, &list, &int).unwrap();
        assert!(alias.eq(eval(py, "list[int]")).unwrap());
        assert_eq!(alias.repr().unwrap().to_string(), "list[int]");
        assert!(alias.getattr("__origin__").unwrap().is(&list));
        let args = alias.getattr("__args__").unwrap();
        assert_eq!(args.cast::<PyTuple>().unwrap().len(), 1);
        drop(args);
        drop(alias);
        assert_eq!((refcount(&list), refcount(&int)), (list_count, int_count));

        let params = PyTuple::new(py, [eval(py, "str"), int.clone()]).unwrap();
        let alias = PyGenericAlias::new(py, &eval(py, "dict"), &params).unwrap();
        assert_eq!(alias.repr().unwrap().to_string(), "dict[str, int]");

        let from_python = eval(py, "tuple[int, ...]");
        assert!(from_python.cast::<PyGenericAlias>().is_ok());
        assert!(PyGenericAlias::type_object(py).is(eval(py, "__import__('types').GenericAlias")));
        assert_eq!(
            cast_error::<PyGenericAlias>(&list),
            "TypeError: 'type' object is not an instance of 'GenericAlias'"
        );
    });
}

// ---------------------------------------------------------------- Context

#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
#[test]
fn context_type() {
    use pyo3::types::PyContext;
    with_py(|py| {
        let contextvars = py.import("contextvars").unwrap();
        let copied = contextvars.call_method0("copy_context").unwrap();
        assert!(copied.is_exact_instance_of::<PyContext>());
        let fresh = contextvars.getattr("Context").unwrap().call0().unwrap();
        let context = fresh.cast::<PyContext>().unwrap();
        assert_eq!(context.len().unwrap(), 0);
        assert!(PyContext::type_object(py).is(contextvars.getattr("Context").unwrap()));
        assert_eq!(
            cast_error::<PyContext>(&eval(py, "{}")),
            "TypeError: 'dict' object is not an instance of 'Context'"
        );
    });
}

/// Context watchers (3.14+, with the GIL).
#[cfg(all(Py_3_14, not(any(Py_LIMITED_API, PyPy, GraalPy, Py_GIL_DISABLED))))]
mod context_watchers {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

    use pyo3::exceptions::PyRuntimeError;
    use pyo3::ffi;
    use pyo3::prelude::*;
    use pyo3::types::context::{
        BoundContextWatcherGuard, ContextEvent, ContextWatcherGuard, watch_callback,
    };
    use pyo3::types::{PyContext, PyDict};

    use crate::common::{eval, with_py};

    /// The watcher tests share the statics below: one at a time.
    static SERIAL: Mutex<()> = Mutex::new(());
    /// The context whose entries are counted.
    static WATCHED: AtomicPtr<ffi::PyObject> = AtomicPtr::new(std::ptr::null_mut());
    static ENTERED: AtomicUsize = AtomicUsize::new(0);

    fn count_entries(_py: Python<'_>, event: ContextEvent<'_, '_>) -> PyResult<()> {
        if let ContextEvent::Switched(Some(context)) = event {
            if context.as_ptr() == WATCHED.load(Ordering::SeqCst) {
                ENTERED.fetch_add(1, Ordering::SeqCst);
            }
        }
        Ok(())
    }

    fn fail_on_entry(_py: Python<'_>, event: ContextEvent<'_, '_>) -> PyResult<()> {
        match event {
            ContextEvent::Switched(Some(context))
                if context.as_ptr() == WATCHED.load(Ordering::SeqCst) =>
            {
                Err(PyRuntimeError::new_err("watcher failed"))
            }
            _ => Ok(()),
        }
    }

    /// A new context, watched; entering it once (`ctx.run(...)`) counts one.
    fn watched_context(py: Python<'_>) -> Bound<'_, PyContext> {
        let context = eval(py, "__import__('contextvars').Context()")
            .cast_into::<PyContext>()
            .unwrap();
        WATCHED.store(context.as_ptr(), Ordering::SeqCst);
        ENTERED.store(0, Ordering::SeqCst);
        context
    }

    fn enter(context: &Bound<'_, PyContext>) {
        context
            .call_method1("run", (eval(context.py(), "lambda: None"),))
            .unwrap();
    }

    #[test]
    fn watcher_sees_switches_until_dropped() {
        let _serial = SERIAL.lock().unwrap();
        with_py(|py| {
            let context = watched_context(py);
            let guard: BoundContextWatcherGuard<'_> =
                PyContext::add_watcher(py, watch_callback!(count_entries)).unwrap();
            enter(&context);
            enter(&context);
            assert_eq!(ENTERED.load(Ordering::SeqCst), 2);
            drop(guard);
            enter(&context);
            assert_eq!(ENTERED.load(Ordering::SeqCst), 2);

            let guard = PyContext::add_watcher(py, watch_callback!(count_entries)).unwrap();
            enter(&context);
            guard.clear().unwrap();
            enter(&context);
            assert_eq!(ENTERED.load(Ordering::SeqCst), 3);
            assert!(PyErr::take(py).is_none());
        });
    }

    #[test]
    fn unbound_watcher_guard() {
        let _serial = SERIAL.lock().unwrap();
        let guard: ContextWatcherGuard = with_py(|py| {
            PyContext::add_watcher(py, watch_callback!(count_entries))
                .unwrap()
                .unbind()
        });
        with_py(|py| {
            let context = watched_context(py);
            enter(&context);
            assert_eq!(ENTERED.load(Ordering::SeqCst), 1);
            let guard = guard.into_bound(py).unbind();
            enter(&context);
            assert_eq!(ENTERED.load(Ordering::SeqCst), 2);
            guard.clear(py).unwrap();
            enter(&context);
            assert_eq!(ENTERED.load(Ordering::SeqCst), 2);
        });
        // Dropping an unbound guard attaches to remove the watcher.
        let guard = with_py(|py| {
            PyContext::add_watcher(py, watch_callback!(count_entries))
                .unwrap()
                .unbind()
        });
        drop(guard);
        with_py(|py| {
            let context = watched_context(py);
            enter(&context);
            assert_eq!(ENTERED.load(Ordering::SeqCst), 0);
        });
    }

    #[test]
    fn watcher_errors_are_unraisable() {
        let _hook = crate::common::unraisable_hook_lock();
        let _serial = SERIAL.lock().unwrap();
        with_py(|py| {
            let sys = py.import("sys").unwrap();
            let seen = PyDict::new(py);
            let hook = eval(
                py,
                "lambda seen: lambda u: seen.__setitem__('error', repr(u.exc_value))",
            )
            .call1((&seen,))
            .unwrap();
            let old_hook = sys.getattr("unraisablehook").unwrap();
            sys.setattr("unraisablehook", hook).unwrap();

            let context = watched_context(py);
            let guard = PyContext::add_watcher(py, watch_callback!(fail_on_entry)).unwrap();
            enter(&context);
            drop(guard);
            sys.setattr("unraisablehook", old_hook).unwrap();
            assert_eq!(
                seen.get_item("error")
                    .unwrap()
                    .unwrap()
                    .extract::<String>()
                    .unwrap(),
                "RuntimeError('watcher failed')"
            );
            assert!(PyErr::take(py).is_none());
        });
    }
}

// ---------------------------------------------------------------- frozendict

#[cfg(Py_3_15)]
mod frozendict {
    use pyo3::PyTypeInfo;
    use pyo3::exceptions::{PyKeyError, PyTypeError};
    use pyo3::prelude::*;
    use pyo3::types::iter::BoundFrozenDictIterator;
    use pyo3::types::{PyDict, PyFrozenDict, PyFrozenDictMethods, PyList, PyMapping};

    use super::cast_error;
    use crate::common::{eval, refcount, with_py};

    #[test]
    fn frozendict_construction() {
        with_py(|py| {
            let dict = PyFrozenDict::new(py, [("a", 1), ("b", 2), ("a", 3)]).unwrap();
            assert_eq!(dict.len(), 2);
            assert!(!dict.is_empty());
            assert_eq!(
                dict.get_item("a")
                    .unwrap()
                    .unwrap()
                    .extract::<i32>()
                    .unwrap(),
                3
            );
            assert!(dict.eq(eval(py, "frozendict(a=3, b=2)")).unwrap());

            let pairs = PyList::new(py, [("x", 1)]).unwrap();
            let from_sequence = PyFrozenDict::from_sequence(&pairs).unwrap();
            assert_eq!(from_sequence.len(), 1);
            let err = PyFrozenDict::from_sequence(&eval(py, "[1]")).unwrap_err();
            assert!(err.is_instance_of::<PyTypeError>(py));

            let empty = PyFrozenDict::empty(py).unwrap();
            assert!(empty.is_empty());
            assert_eq!(empty.len(), 0);

            let err = PyFrozenDict::new(py, [(vec![1], 1)]).unwrap_err();
            assert!(err.is_instance_of::<PyTypeError>(py));
            assert_eq!(
                err.to_string(),
                crate::common::python_error(py, "frozendict([([1], 1)])")
            );
        });
    }

    #[test]
    fn frozendict_reads() {
        with_py(|py| {
            let dict = PyFrozenDict::new(py, [(1, "one"), (2, "two")]).unwrap();
            assert!(dict.contains(1).unwrap());
            assert!(!dict.contains(3).unwrap());
            assert!(dict.get_item(3).unwrap().is_none());
            let err = dict.contains(vec![1]).unwrap_err();
            assert_eq!(
                err.to_string(),
                crate::common::python_error(py, "[1] in frozendict({1: 'one'})")
            );
            let err = dict.get_item(vec![1]).unwrap_err();
            assert!(err.is_instance_of::<PyTypeError>(py));
            let err = dict.as_any().get_item(3).unwrap_err();
            assert!(err.is_instance_of::<PyKeyError>(py));

            assert_eq!(dict.keys().extract::<Vec<i32>>().unwrap(), [1, 2]);
            assert_eq!(
                dict.values().extract::<Vec<String>>().unwrap(),
                ["one", "two"]
            );
            assert_eq!(
                dict.items().extract::<Vec<(i32, String)>>().unwrap(),
                [(1, "one".to_owned()), (2, "two".to_owned())]
            );
            let mapping: &Bound<'_, PyMapping> = dict.as_mapping();
            assert_eq!(mapping.len().unwrap(), 2);
            assert_eq!(dict.clone().into_mapping().len().unwrap(), 2);

            let value = dict.get_item(1).unwrap().unwrap();
            let before = refcount(&value);
            for _ in 0..3 {
                dict.get_item(1).unwrap();
                dict.contains(1).unwrap();
            }
            assert_eq!(refcount(&value), before);
        });
    }

    #[test]
    fn frozendict_iteration() {
        with_py(|py| {
            let dict = PyFrozenDict::new(py, [("a", 1), ("b", 2), ("c", 3)]).unwrap();
            let mut iter: BoundFrozenDictIterator<'_> = dict.iter();
            assert_eq!(iter.len(), 3);
            assert_eq!(iter.size_hint(), (3, Some(3)));
            let (key, value) = iter.next().unwrap();
            assert_eq!(key.extract::<String>().unwrap(), "a");
            assert_eq!(value.extract::<i32>().unwrap(), 1);
            assert_eq!(iter.len(), 2);
            assert_eq!(iter.count(), 2);

            let mut total = 0;
            for (_, value) in &dict {
                total += value.extract::<i32>().unwrap();
            }
            assert_eq!(total, 6);
            let keys: Vec<String> = dict
                .clone()
                .into_iter()
                .map(|(key, _)| key.extract().unwrap())
                .collect();
            assert_eq!(keys, ["a", "b", "c"]);
        });
    }

    #[test]
    fn frozendict_type_and_casts() {
        with_py(|py| {
            let from_python = eval(py, "frozendict({'k': 'v'})");
            assert!(from_python.is_exact_instance_of::<PyFrozenDict>());
            assert_eq!(from_python.cast::<PyFrozenDict>().unwrap().len(), 1);
            assert!(PyFrozenDict::type_object(py).is(eval(py, "frozendict")));
            assert_eq!(
                cast_error::<PyFrozenDict>(&PyDict::new(py)),
                "TypeError: 'dict' object is not an instance of 'frozendict'"
            );
        });
    }
}

// ---------------------------------------------------------------- dict views

#[cfg(not(any(PyPy, GraalPy)))]
#[test]
fn dict_views() {
    use pyo3::types::{PyDictItems, PyDictKeys, PyDictValues};
    with_py(|py| {
        let dict = eval(py, "{1: 'a', 2: 'b'}");
        let keys = dict.call_method0("keys").unwrap();
        let values = dict.call_method0("values").unwrap();
        let items = dict.call_method0("items").unwrap();
        assert!(keys.is_exact_instance_of::<PyDictKeys>());
        assert!(values.is_exact_instance_of::<PyDictValues>());
        assert!(items.is_exact_instance_of::<PyDictItems>());
        assert_eq!(keys.cast::<PyDictKeys>().unwrap().len().unwrap(), 2);
        // Views are iterable (not sequences).
        let values = values.cast_into::<PyDictValues>().unwrap();
        let texts: Vec<String> = values
            .try_iter()
            .unwrap()
            .map(|value| value.unwrap().extract().unwrap())
            .collect();
        assert_eq!(texts, ["a", "b"]);
        let items = items.cast_into::<PyDictItems>().unwrap();
        let pairs: Vec<(i32, String)> = items
            .try_iter()
            .unwrap()
            .map(|pair| pair.unwrap().extract().unwrap())
            .collect();
        assert_eq!(pairs, [(1, "a".to_owned()), (2, "b".to_owned())]);
        assert_eq!(
            cast_error::<PyDictValues>(&keys),
            "TypeError: 'dict_keys' object is not an instance of 'dict_values'"
        );
        assert_eq!(
            cast_error::<PyDictKeys>(&items),
            "TypeError: 'dict_items' object is not an instance of 'dict_keys'"
        );
        assert_eq!(
            cast_error::<PyDictItems>(&dict),
            "TypeError: 'dict' object is not an instance of 'dict_items'"
        );
        assert!(PyDictKeys::type_object(py).is(keys.get_type()));
        assert!(PyDictValues::type_object(py).is(values.get_type()));
        assert!(PyDictItems::type_object(py).is(items.get_type()));
    });
}

// ---------------------------------------------------------------- send

#[cfg(all(not(PyPy), Py_3_10))]
#[test]
fn iterator_send() {
    use pyo3::types::PyIterator;
    use pyo3::types::iterator::PySendResult;

    /// `Next(value)` / `Return(value)` as text, for comparisons.
    fn describe(result: PySendResult<'_>) -> String {
        match result {
            PySendResult::Next(value) => format!("Next({value})"),
            PySendResult::Return(value) => format!("Return({value})"),
        }
    }

    with_py(|py| {
        let namespace = run(
            py,
            "def gen():\n\
             \x20   x = yield 1\n\
             \x20   y = yield x * 2\n\
             \x20   return y + 1\n\
             def failing():\n\
             \x20   yield 1\n\
             \x20   raise ValueError('boom')\n",
        );
        let none = py.None().into_bound(py);
        let generator = namespace.get_item("gen").unwrap().unwrap().call0().unwrap();
        let generator = generator.cast::<PyIterator>().unwrap();
        let five = 5i32.into_pyobject(py).unwrap().into_any();
        let seven = 7i32.into_pyobject(py).unwrap().into_any();

        let err = generator.send(&five).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: can't send non-None value to a just-started generator"
        );
        assert_eq!(describe(generator.send(&none).unwrap()), "Next(1)");
        assert_eq!(describe(generator.send(&five).unwrap()), "Next(10)");
        let count = refcount(&seven);
        assert_eq!(describe(generator.send(&seven).unwrap()), "Return(8)");
        assert_eq!(refcount(&seven), count);
        // Finished: `None` from then on, no `StopIteration`.
        assert_eq!(describe(generator.send(&none).unwrap()), "Return(None)");
        assert!(PyErr::take(py).is_none());

        let failing = namespace
            .get_item("failing")
            .unwrap()
            .unwrap()
            .call0()
            .unwrap();
        let failing = failing.cast::<PyIterator>().unwrap();
        assert!(matches!(
            failing.send(&none).unwrap(),
            PySendResult::Next(_)
        ));
        let err = failing.send(&none).unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(err.to_string(), "ValueError: boom");

        // Other iterators: `None` advances them, other values need `send`.
        let list_iter = eval(py, "iter([4])").cast_into::<PyIterator>().unwrap();
        assert_eq!(describe(list_iter.send(&none).unwrap()), "Next(4)");
        let err = list_iter.send(&five).unwrap_err();
        assert_eq!(
            err.to_string(),
            "AttributeError: 'list_iterator' object has no attribute 'send'"
        );
        assert_eq!(describe(list_iter.send(&none).unwrap()), "Return(None)");

        // The old home of the type still names it.
        #[allow(deprecated)]
        let old: Option<pyo3::types::PySendResult<'_>> = None;
        assert!(old.is_none());
    });
}

// ---------------------------------------------------------------- function

#[test]
fn python_functions_are_pyfunction() {
    with_py(|py| {
        let lambda = eval(py, "lambda x: x + 1");
        assert!(lambda.is_instance_of::<PyFunction>());
        assert!(lambda.is_exact_instance_of::<PyFunction>());
        let function = lambda.cast::<PyFunction>().unwrap();
        assert_eq!(function.call1((1,)).unwrap().extract::<i32>().unwrap(), 2);
        let types = py.import("types").unwrap();
        assert!(PyFunction::type_object(py).is(types.getattr("FunctionType").unwrap()));
        assert_eq!(
            PyFunction::type_object(py).name().unwrap().to_string(),
            "function"
        );

        // Built-ins, methods, classes and code are not Python functions.
        for (code, type_name) in [
            ("len", "builtin_function_or_method"),
            ("[].append", "builtin_function_or_method"),
            ("int", "type"),
            ("(lambda: 0).__code__", "code"),
            ("5", "int"),
        ] {
            let object = eval(py, code);
            assert!(!object.is_instance_of::<PyFunction>(), "{code}");
            assert_eq!(
                cast_error::<PyFunction>(&object),
                format!("TypeError: '{type_name}' object is not an instance of 'function'")
            );
        }
        assert!(eval(py, "len").is_instance_of::<PyCFunction>());
        let method = eval(py, "type('A', (), {'m': lambda self: 0})().m");
        assert!(!method.is_instance_of::<PyFunction>());
        assert!(
            method
                .getattr("__func__")
                .unwrap()
                .is_instance_of::<PyFunction>()
        );

        let count = refcount(&lambda);
        let cast = lambda.cast::<PyFunction>().unwrap().clone();
        assert_eq!(refcount(&lambda), count + 1);
        drop(cast);
        assert_eq!(refcount(&lambda), count);
    });
}
