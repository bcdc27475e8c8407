//! Container types: `PySet`, `PyFrozenSet`, `PySlice`, `PySequence`,
//! `PyMapping`, and the additions to `PyList`, `PyTuple` and `PyDict`.

use std::panic::{AssertUnwindSafe, catch_unwind};

use pyo3::exceptions::{PyIndexError, PyKeyError, PyTypeError, PyValueError, PyZeroDivisionError};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::frozenset::PyFrozenSetBuilder;
use pyo3::types::slice::PySliceIndices;
use pyo3::types::{
    PyDict, PyFrozenSet, PyFrozenSetMethods, PyList, PyMapping, PyMappingMethods, PySequence,
    PySequenceMethods, PySet, PySetMethods, PySlice, PySliceMethods, PyTuple, PyType,
};
use pyo3::{IntoPyObjectExt, PyTypeInfo};

use crate::common::{eval, python_error, refcount, with_py};

/// The message of the panic `f` raises.
fn panic_message(f: impl FnOnce()) -> String {
    let payload = catch_unwind(AssertUnwindSafe(f)).expect_err("expected a panic");
    if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else {
        String::from("<non-string panic>")
    }
}

/// The sorted `i64` values of an iterator of Python ints.
fn sorted_ints<'py>(items: impl Iterator<Item = Bound<'py, PyAny>>) -> Vec<i64> {
    let mut values: Vec<i64> = items.map(|item| item.extract().unwrap()).collect();
    values.sort_unstable();
    values
}

// ---------------------------------------------------------------- set

#[test]
fn set_construction_and_queries() {
    with_py(|py| {
        let set = PySet::new(py, [1, 2, 3, 2, 1]).unwrap();
        assert_eq!(set.len(), 3);
        assert!(!set.is_empty());
        assert!(set.is_exact_instance_of::<PySet>());
        assert!(set.contains(2).unwrap());
        assert!(!set.contains(5).unwrap());
        let err = set.contains(vec![1]).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(err.to_string(), python_error(py, "[1] in {1}"));

        let empty = PySet::empty(py).unwrap();
        assert!(empty.is_empty());
        assert_eq!(empty.len(), 0);
        assert_eq!(empty.to_string(), "set()");

        // Elements that fail to convert (unhashable) are reported.
        let err = PySet::new(py, [vec![1], vec![2]]).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));

        // Any convertible elements; cast from Python.
        let set = PySet::new(py, ["a", "b"]).unwrap();
        assert!(set.contains("a").unwrap());
        let from_python = eval(py, "{1, 2}");
        assert_eq!(from_python.cast::<PySet>().unwrap().len(), 2);
        assert!(eval(py, "frozenset()").cast::<PySet>().is_err());
        assert_eq!(
            eval(py, "[1]").cast::<PySet>().unwrap_err().to_string(),
            "'list' object is not an instance of 'set'"
        );
    });
}

#[test]
fn set_mutation() {
    with_py(|py| {
        let set = PySet::new(py, [1, 2, 3]).unwrap();
        set.add(4).unwrap();
        set.add(4).unwrap();
        assert_eq!(set.len(), 4);
        assert!(set.add(PyList::empty(py)).is_err());

        assert!(set.discard(1).unwrap());
        assert!(!set.discard(1).unwrap());
        assert!(
            set.discard(PyList::empty(py))
                .unwrap_err()
                .is_instance_of::<PyTypeError>(py)
        );
        assert_eq!(sorted_ints(set.iter()), [2, 3, 4]);

        let popped: i64 = set.pop().unwrap().extract().unwrap();
        assert!((2..=4).contains(&popped));
        assert_eq!(set.len(), 2);
        set.pop().unwrap();
        set.pop().unwrap();
        assert!(set.pop().is_none(), "pop on an empty set gives None");
        assert!(!PyErr::occurred(py), "the KeyError is not left set");

        set.add("x").unwrap();
        set.clear();
        assert!(set.is_empty());
    });
}

#[test]
fn set_iteration() {
    with_py(|py| {
        let set = PySet::new(py, [10, 20, 30]).unwrap();
        let mut iter = set.iter();
        assert_eq!(iter.len(), 3);
        assert_eq!(iter.size_hint(), (3, Some(3)));
        iter.next().unwrap();
        assert_eq!(iter.size_hint(), (2, Some(2)));
        iter.next().unwrap();
        iter.next().unwrap();
        assert!(iter.next().is_none());
        assert_eq!(iter.len(), 0);

        assert_eq!(sorted_ints((&set).into_iter()), [10, 20, 30]);
        assert_eq!(set.iter().count(), 3);
        let before = refcount(&set);
        assert_eq!(sorted_ints(set.clone().into_iter()), [10, 20, 30]);
        assert_eq!(refcount(&set), before, "iterators release the set");
    });
}

#[test]
fn set_mutation_during_iteration_panics() {
    with_py(|py| {
        let set = PySet::new(py, [1, 2, 3, 4, 5]).unwrap();
        let message = panic_message(|| {
            for _ in &set {
                set.add(42).unwrap();
            }
        });
        assert!(
            message.contains("Set changed size during iteration"),
            "{message}"
        );
        assert!(!PyErr::occurred(py));

        let set = PySet::new(py, [1, 2, 3]).unwrap();
        let message = panic_message(|| {
            for item in &set {
                let item: i64 = item.extract().unwrap();
                set.discard(item).unwrap();
            }
        });
        assert!(message.contains("RuntimeError"), "{message}");
    });
}

// ---------------------------------------------------------------- frozenset

#[test]
fn frozenset_construction_and_queries() {
    with_py(|py| {
        let set = PyFrozenSet::new(py, [1, 2, 3, 3]).unwrap();
        assert!(set.is_exact_instance_of::<PyFrozenSet>());
        assert_eq!(set.len(), 3);
        assert!(!set.is_empty());
        assert!(set.contains(1).unwrap());
        assert!(!set.contains(7).unwrap());
        assert!(
            set.contains(PyDict::new(py))
                .unwrap_err()
                .is_instance_of::<PyTypeError>(py)
        );
        assert!(set.hash().is_ok(), "frozensets are hashable");

        let empty = PyFrozenSet::empty(py).unwrap();
        assert!(empty.is_empty());
        assert_eq!(empty.to_string(), "frozenset()");

        assert!(PyFrozenSet::new(py, [vec![1]]).is_err());
        assert!(eval(py, "{1}").cast::<PyFrozenSet>().is_err());
        assert!(eval(py, "frozenset({1})").cast::<PyFrozenSet>().is_ok());
    });
}

#[test]
fn frozenset_iteration() {
    with_py(|py| {
        let set = PyFrozenSet::new(py, [5, 6, 7]).unwrap();
        let mut iter = set.iter();
        assert_eq!(iter.size_hint(), (3, Some(3)));
        let first: i64 = iter.next().unwrap().extract().unwrap();
        assert_eq!(iter.len(), 2);
        let mut all = sorted_ints(iter);
        all.push(first);
        all.sort_unstable();
        assert_eq!(all, [5, 6, 7]);

        assert_eq!(sorted_ints((&set).into_iter()), [5, 6, 7]);
        assert_eq!(set.iter().count(), 3);
        let before = refcount(&set);
        assert_eq!(sorted_ints(set.clone().into_iter()), [5, 6, 7]);
        assert_eq!(refcount(&set), before);
    });
}

#[test]
fn frozenset_builder() {
    with_py(|py| {
        let mut builder = PyFrozenSetBuilder::new(py).unwrap();
        builder.add(1).unwrap();
        builder.add(2).unwrap();
        builder.add(2).unwrap();
        builder.add("three").unwrap();
        let err = builder.add(PyList::empty(py)).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        let set = builder.finalize();
        assert!(set.is_exact_instance_of::<PyFrozenSet>());
        assert_eq!(set.len(), 3);
        assert!(set.contains("three").unwrap());
        assert!(set.eq(eval(py, "frozenset({1, 2, 'three'})")).unwrap());

        let empty = PyFrozenSetBuilder::new(py).unwrap().finalize();
        assert!(empty.is_empty());
    });
}

// ---------------------------------------------------------------- slice

#[test]
fn slice_construction() {
    with_py(|py| {
        let slice = PySlice::new(py, 1, 10, 2);
        assert!(slice.is_exact_instance_of::<PySlice>());
        assert_eq!(slice.to_string(), "slice(1, 10, 2)");
        assert_eq!(
            PySlice::new(py, isize::MIN, isize::MAX, -1).to_string(),
            format!("slice({}, {}, -1)", isize::MIN, isize::MAX)
        );
        let full = PySlice::full(py);
        assert_eq!(full.to_string(), "slice(None, None, None)");
        let list = PyList::new(py, [1, 2, 3]).unwrap();
        assert_eq!(
            list.as_any().get_item(&full).unwrap().to_string(),
            "[1, 2, 3]"
        );
        assert_eq!(
            list.as_any()
                .get_item(PySlice::new(py, 0, 3, 2))
                .unwrap()
                .to_string(),
            "[1, 3]"
        );
        assert!(eval(py, "slice(1)").cast::<PySlice>().is_ok());
        assert!(eval(py, "range(1)").cast::<PySlice>().is_err());
    });
}

#[test]
fn slice_indices() {
    with_py(|py| {
        let indices = |slice: &Bound<'_, PySlice>, length| slice.indices(length).unwrap();
        let full = PySlice::full(py);
        assert_eq!(
            indices(&full, 10),
            PySliceIndices {
                start: 0,
                stop: 10,
                step: 1,
                slicelength: 10
            }
        );
        assert_eq!(indices(&full, 0).slicelength, 0);
        // Negative bounds count from the end.
        assert_eq!(
            indices(&PySlice::new(py, -3, -1, 1), 10),
            PySliceIndices {
                start: 7,
                stop: 9,
                step: 1,
                slicelength: 2
            }
        );
        // Out-of-range bounds are clipped.
        assert_eq!(
            indices(&PySlice::new(py, -100, 100, 1), 5),
            PySliceIndices {
                start: 0,
                stop: 5,
                step: 1,
                slicelength: 5
            }
        );
        assert_eq!(
            indices(&PySlice::new(py, 100, 200, 1), 5),
            PySliceIndices {
                start: 5,
                stop: 5,
                step: 1,
                slicelength: 0
            }
        );
        // Negative steps: a stop of -1 means "through index 0".
        assert_eq!(
            indices(&eval(py, "slice(None, None, -1)").cast_into().unwrap(), 5),
            PySliceIndices {
                start: 4,
                stop: -1,
                step: -1,
                slicelength: 5
            }
        );
        assert_eq!(
            indices(&PySlice::new(py, 9, -11, -1), 10),
            PySliceIndices {
                start: 9,
                stop: -1,
                step: -1,
                slicelength: 10
            }
        );
        assert_eq!(
            indices(&PySlice::new(py, 100, 0, -3), 10),
            PySliceIndices {
                start: 9,
                stop: 0,
                step: -3,
                slicelength: 3
            }
        );
        assert_eq!(
            indices(&PySlice::new(py, -100, 5, -1), 10),
            PySliceIndices {
                start: -1,
                stop: 5,
                step: -1,
                slicelength: 0
            }
        );
        // Extreme values.
        assert_eq!(
            indices(&PySlice::new(py, isize::MIN, isize::MAX, isize::MAX), 3),
            PySliceIndices {
                start: 0,
                stop: 3,
                step: isize::MAX,
                slicelength: 1
            }
        );

        // Refused slices.
        let err = PySlice::new(py, 0, 1, 0).indices(5).unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(err.to_string(), "ValueError: slice step cannot be zero");
        let err = full.indices(-1).unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(err.to_string(), "ValueError: length should not be negative");
        let err = eval(py, "slice('a', None)")
            .cast_into::<PySlice>()
            .unwrap()
            .indices(3)
            .unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        // The C API's wording (3.15 drops "or None" there, but not in
        // `slice.indices`).
        assert!(
            err.to_string()
                .starts_with("TypeError: slice indices must be integers or "),
            "{err}"
        );
        assert!(!PyErr::occurred(py));
    });
}

#[test]
fn slice_indices_agree_with_python() {
    with_py(|py| {
        let python_indices = eval(
            py,
            "lambda s, n: (*s.indices(n), len(range(*s.indices(n))))",
        );
        let bounds = [-12, -5, -1, 0, 1, 3, 5, 12];
        for start in bounds {
            for stop in bounds {
                for step in [-7, -2, -1, 1, 2, 7] {
                    for length in [0, 1, 5, 10] {
                        let slice = PySlice::new(py, start, stop, step);
                        let ours = slice.indices(length).unwrap();
                        let theirs: (isize, isize, isize, usize) = python_indices
                            .call1((&slice, length))
                            .unwrap()
                            .extract()
                            .unwrap();
                        assert_eq!(
                            (ours.start, ours.stop, ours.step, ours.slicelength),
                            theirs,
                            "slice({start}, {stop}, {step}).indices({length})"
                        );
                    }
                }
            }
        }
    });
}

#[test]
fn slice_indices_values() {
    with_py(|py| {
        let indices = PySliceIndices::new(1, -2, 3);
        assert_eq!(
            indices,
            PySliceIndices {
                start: 1,
                stop: -2,
                step: 3,
                slicelength: 0
            }
        );
        assert!(format!("{indices:?}").contains("slicelength: 0"));
        let slice = (&indices).into_pyobject(py).unwrap();
        assert_eq!(slice.to_string(), "slice(1, -2, 3)");
        let slice = indices.into_pyobject(py).unwrap();
        assert!(slice.is_exact_instance_of::<PySlice>());
        assert_eq!(slice.to_string(), "slice(1, -2, 3)");
    });
}

// ---------------------------------------------------------------- sequence

/// A Python class with `__len__` and `__getitem__` (three items), made a
/// Rust type so it can be registered with the ABCs.
struct UserSequence;

// SAFETY: the type object is the class created below, and the default
// `is_type_of` checks instances of it.
unsafe impl PyTypeInfo for UserSequence {
    fn type_object_raw(py: Python<'_>) -> *mut ffi::PyTypeObject {
        static CLASS: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        CLASS
            .get_or_init(py, || {
                eval(
                    py,
                    "type('UserSequence', (), {'__len__': lambda self: 3, \
                     '__getitem__': lambda self, i: (10, 20, 30)[i]})",
                )
                .cast_into::<PyType>()
                .unwrap()
                .unbind()
            })
            .as_ptr()
            .cast()
    }
}

/// A Python class with the mapping methods, registered with `Mapping` by
/// the test below.
struct UserMapping;

// SAFETY: as for `UserSequence`.
unsafe impl PyTypeInfo for UserMapping {
    fn type_object_raw(py: Python<'_>) -> *mut ffi::PyTypeObject {
        static CLASS: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        CLASS
            .get_or_init(py, || {
                eval(
                    py,
                    "type('UserMapping', (), {'__len__': lambda self: 1, \
                     '__getitem__': lambda self, k: {'k': 'v'}[k], \
                     '__iter__': lambda self: iter(['k']), \
                     'keys': lambda self: ['k']})",
                )
                .cast_into::<PyType>()
                .unwrap()
                .unbind()
            })
            .as_ptr()
            .cast()
    }
}

#[test]
fn sequence_type_checks() {
    with_py(|py| {
        for code in [
            "[1]",
            "(1,)",
            "'abc'",
            "b'ab'",
            "range(3)",
            "bytearray(b'x')",
        ] {
            assert!(
                eval(py, code).cast::<PySequence>().is_ok(),
                "{code} is a sequence"
            );
        }
        for code in ["1", "{}", "{1}", "None", "iter([])"] {
            let object = eval(py, code);
            let err = object.cast::<PySequence>().unwrap_err();
            assert!(
                err.to_string()
                    .ends_with("is not an instance of 'Sequence'"),
                "{code}: {err}"
            );
        }
        assert!(
            PySequence::type_object(py).is(eval(py, "__import__('collections.abc').abc.Sequence"))
        );

        // A class with the methods is not a `Sequence` until registered.
        let instance = UserSequence::type_object(py).call0().unwrap();
        assert!(instance.cast::<PySequence>().is_err());
        PySequence::register::<UserSequence>(py).unwrap();
        let sequence = instance.cast::<PySequence>().unwrap();
        assert_eq!(sequence.len().unwrap(), 3);
        assert_eq!(sequence.to_list().unwrap().to_string(), "[10, 20, 30]");
        assert!(sequence.contains(20).unwrap());
        assert_eq!(sequence.index(30).unwrap(), 2);

        // `cast_into` and the error's message.
        let int = 5i32.into_bound_py_any(py).unwrap();
        let err = PyErr::from(int.cast_into::<PySequence>().unwrap_err());
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: 'int' object is not an instance of 'Sequence'"
        );
    });
}

#[test]
fn sequence_methods_on_lists() {
    with_py(|py| {
        let list = PyList::new(py, [1, 2, 3]).unwrap();
        let seq = list.as_sequence();
        assert_eq!(seq.len().unwrap(), 3);
        assert!(!seq.is_empty().unwrap());
        assert!(PyList::empty(py).as_sequence().is_empty().unwrap());
        assert_eq!(seq.get_item(0).unwrap().extract::<i32>().unwrap(), 1);
        let err = seq.get_item(3).unwrap_err();
        assert!(err.is_instance_of::<PyIndexError>(py));
        assert_eq!(err.to_string(), "IndexError: list index out of range");
        assert!(seq.get_item(usize::MAX).is_err());
        assert_eq!(seq.get_slice(1, 3).unwrap().to_string(), "[2, 3]");
        assert_eq!(seq.get_slice(2, usize::MAX).unwrap().to_string(), "[3]");

        let other = PyList::new(py, [4]).unwrap();
        let joined = seq.concat(other.as_sequence()).unwrap();
        assert_eq!(joined.to_string(), "[1, 2, 3, 4]");
        assert!(!joined.is(seq));
        assert_eq!(seq.repeat(2).unwrap().to_string(), "[1, 2, 3, 1, 2, 3]");
        assert_eq!(seq.repeat(0).unwrap().to_string(), "[]");
        let err = seq
            .concat(PyTuple::new(py, [1]).unwrap().as_sequence())
            .unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: can only concatenate list (not \"tuple\") to list"
        );

        // In place: lists change themselves.
        let extended = seq.in_place_concat(other.as_sequence()).unwrap();
        assert!(extended.is(seq));
        assert_eq!(list.to_string(), "[1, 2, 3, 4]");
        let repeated = seq.in_place_repeat(2).unwrap();
        assert!(repeated.is(seq));
        assert_eq!(list.len(), 8);

        seq.set_item(0, "first").unwrap();
        assert_eq!(list.get_item(0).unwrap().to_string(), "first");
        assert!(
            seq.set_item(100, 0)
                .unwrap_err()
                .is_instance_of::<PyIndexError>(py)
        );
        seq.del_item(0).unwrap();
        assert_eq!(list.len(), 7);
        assert!(seq.del_item(100).is_err());
        seq.del_slice(3, usize::MAX).unwrap();
        assert_eq!(list.to_string(), "[2, 3, 4]");
        seq.set_slice(0, 1, &PyList::new(py, [7, 8]).unwrap())
            .unwrap();
        assert_eq!(list.to_string(), "[7, 8, 3, 4]");
        let err = seq
            .set_slice(0, 1, &5.into_bound_py_any(py).unwrap())
            .unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));

        seq.set_slice(0, 0, &PyList::new(py, [3, 3]).unwrap())
            .unwrap();
        #[cfg(not(PyPy))]
        {
            assert_eq!(seq.count(3).unwrap(), 3);
            assert_eq!(seq.count(99).unwrap(), 0);
        }
        assert!(seq.contains(8).unwrap());
        assert!(!seq.contains(99).unwrap());
        assert_eq!(seq.index(8).unwrap(), 3);
        let err = seq.index(99).unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));

        let copy = seq.to_list().unwrap();
        assert!(!copy.is(&list));
        assert!(copy.eq(&list).unwrap());
        assert_eq!(seq.to_tuple().unwrap().to_string(), "(3, 3, 7, 8, 3, 4)");
    });
}

#[test]
fn sequence_methods_on_immutable_sequences() {
    with_py(|py| {
        let tuple = PyTuple::new(py, [1, 2]).unwrap();
        let seq = tuple.as_sequence();
        let concatenated = seq.in_place_concat(tuple.as_sequence()).unwrap();
        assert!(!concatenated.is(seq), "tuples are replaced, not changed");
        assert_eq!(concatenated.to_string(), "(1, 2, 1, 2)");
        assert_eq!(seq.in_place_repeat(2).unwrap().to_string(), "(1, 2, 1, 2)");
        assert_eq!(tuple.len(), 2);
        let err = seq.set_item(0, 5).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: 'tuple' object does not support item assignment"
        );
        assert!(seq.del_item(0).is_err());
        assert!(seq.del_slice(0, 1).is_err());
        assert!(seq.set_slice(0, 1, tuple.as_any()).is_err());
        assert_eq!(seq.to_list().unwrap().to_string(), "[1, 2]");

        let text = eval(py, "'hello'");
        let seq = text.cast::<PySequence>().unwrap();
        assert_eq!(seq.len().unwrap(), 5);
        assert_eq!(seq.get_item(1).unwrap().to_string(), "e");
        assert_eq!(seq.get_slice(1, 3).unwrap().to_string(), "el");
        assert!(seq.contains("ll").unwrap());
        assert_eq!(seq.index("l").unwrap(), 2);
        #[cfg(not(PyPy))]
        assert_eq!(seq.count("l").unwrap(), 2);
        assert_eq!(seq.to_tuple().unwrap().len(), 5);
        assert_eq!(seq.repeat(2).unwrap().to_string(), "hellohello");

        let range = eval(py, "range(10)");
        let seq = range.cast::<PySequence>().unwrap();
        assert_eq!(seq.get_slice(2, 4).unwrap().to_string(), "range(2, 4)");
        assert!(seq.concat(seq).is_err());

        // Errors from Python code in the sequence propagate.
        let raising = raising_sequence(py);
        assert!(raising.cast::<PySequence>().is_err(), "not registered");
        // SAFETY: only the abstract sequence API is used on the object.
        let seq = unsafe { raising.cast_into_unchecked::<PySequence>() };
        assert!(
            seq.len()
                .unwrap_err()
                .is_instance_of::<PyZeroDivisionError>(py)
        );
        assert!(seq.is_empty().is_err());
        assert!(seq.get_item(0).is_err());
    });
}

/// An object whose `__len__` and `__getitem__` raise.
fn raising_sequence(py: Python<'_>) -> Bound<'_, PyAny> {
    eval(
        py,
        "type('R', (), {'__len__': lambda s: 1 // 0, '__getitem__': lambda s, i: 1 // 0})()",
    )
}

#[test]
fn sequence_refcounts() {
    with_py(|py| {
        let item = eval(py, "object()");
        let list = PyList::empty(py);
        let before = refcount(&item);
        {
            let seq = list.as_sequence();
            seq.in_place_concat(PyList::new(py, [&item]).unwrap().as_sequence())
                .unwrap();
            seq.set_item(0, &item).unwrap();
            let got = seq.get_item(0).unwrap();
            assert!(got.is(&item));
            assert_eq!(refcount(&item), before + 2);
            seq.del_item(0).unwrap();
        }
        assert_eq!(refcount(&item), before);
        let before_list = refcount(&list);
        let seq = list.clone().into_sequence();
        assert_eq!(refcount(&list), before_list + 1);
        drop(seq);
        assert_eq!(refcount(&list), before_list);
    });
}

// ---------------------------------------------------------------- mapping

#[test]
fn mapping_type_checks() {
    with_py(|py| {
        for code in [
            "{}",
            "__import__('collections').OrderedDict()",
            "__import__('collections').UserDict()",
            "__import__('types').MappingProxyType({})",
        ] {
            assert!(eval(py, code).cast::<PyMapping>().is_ok(), "{code}");
        }
        for code in ["[]", "()", "'a'", "1", "{1}"] {
            let object = eval(py, code);
            let err = object.cast::<PyMapping>().unwrap_err();
            assert!(
                err.to_string().ends_with("is not an instance of 'Mapping'"),
                "{code}: {err}"
            );
        }
        assert!(
            PyMapping::type_object(py).is(eval(py, "__import__('collections.abc').abc.Mapping"))
        );

        let instance = UserMapping::type_object(py).call0().unwrap();
        assert!(instance.cast::<PyMapping>().is_err());
        PyMapping::register::<UserMapping>(py).unwrap();
        let mapping = instance.cast::<PyMapping>().unwrap();
        assert_eq!(mapping.len().unwrap(), 1);
        assert_eq!(mapping.get_item("k").unwrap().to_string(), "v");
        assert_eq!(mapping.keys().unwrap().to_string(), "['k']");
    });
}

#[test]
fn mapping_methods() {
    with_py(|py| {
        let dict = PyDict::new(py);
        dict.set_item("a", 1).unwrap();
        let mapping = dict.as_mapping();
        assert_eq!(mapping.len().unwrap(), 1);
        assert!(!mapping.is_empty().unwrap());
        assert!(PyDict::new(py).as_mapping().is_empty().unwrap());
        assert!(mapping.contains("a").unwrap());
        assert!(!mapping.contains("b").unwrap());
        assert!(mapping.contains(PyList::empty(py)).is_err());
        assert_eq!(mapping.get_item("a").unwrap().extract::<i32>().unwrap(), 1);
        let err = mapping.get_item("b").unwrap_err();
        assert!(err.is_instance_of::<PyKeyError>(py));
        assert_eq!(err.to_string(), "KeyError: 'b'");
        mapping.set_item("b", 2).unwrap();
        assert_eq!(dict.len(), 2);
        assert!(mapping.set_item(PyList::empty(py), 2).is_err());
        mapping.del_item("a").unwrap();
        assert!(
            mapping
                .del_item("a")
                .unwrap_err()
                .is_instance_of::<PyKeyError>(py)
        );
        mapping.set_item("c", 3).unwrap();
        assert_eq!(mapping.keys().unwrap().to_string(), "['b', 'c']");
        assert_eq!(mapping.values().unwrap().to_string(), "[2, 3]");
        assert_eq!(mapping.items().unwrap().to_string(), "[('b', 2), ('c', 3)]");

        // A mapping that is not a dict.
        let user_dict = eval(py, "__import__('collections').UserDict({'x': 1})");
        let mapping = user_dict.cast::<PyMapping>().unwrap();
        mapping.set_item("y", 2).unwrap();
        assert_eq!(mapping.len().unwrap(), 2);
        assert!(mapping.contains("y").unwrap());
        assert_eq!(mapping.keys().unwrap().to_string(), "['x', 'y']");
        assert_eq!(mapping.values().unwrap().to_string(), "[1, 2]");
        assert_eq!(mapping.items().unwrap().to_string(), "[('x', 1), ('y', 2)]");
        mapping.del_item("x").unwrap();
        assert!(mapping.get_item("x").is_err());

        // Read-only mappings refuse changes.
        let proxy = eval(py, "__import__('types').MappingProxyType({'k': 0})");
        let mapping = proxy.cast::<PyMapping>().unwrap();
        assert!(
            mapping
                .set_item("k", 1)
                .unwrap_err()
                .is_instance_of::<PyTypeError>(py)
        );
        assert_eq!(mapping.keys().unwrap().to_string(), "['k']");
    });
}

// ---------------------------------------------------------------- list

#[test]
fn list_new_from_any_iterator() {
    with_py(|py| {
        let list = PyList::new(py, (0..10).filter(|v| v % 3 == 0)).unwrap();
        assert_eq!(list.to_string(), "[0, 3, 6, 9]");
        // An iterator whose size hint is too low: the rest is appended.
        let list = PyList::new(
            py,
            std::iter::successors(Some(1), |v| (*v < 5).then(|| v + 1)),
        )
        .unwrap();
        assert_eq!(list.to_string(), "[1, 2, 3, 4, 5]");
        let list = PyList::new(py, Vec::<i32>::new()).unwrap();
        assert!(list.is_empty());
        // A conversion error stops the construction (an unhashable set
        // element here).
        let unhashable = std::collections::HashSet::from([vec![1]]);
        let err = PyList::new(py, [unhashable]).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(err.to_string(), python_error(py, "{[1]}"));
    });
}

/// An iterator whose size hint claims `claimed` items.
struct Lying(std::ops::Range<i32>, usize);

impl Iterator for Lying {
    type Item = i32;

    fn next(&mut self) -> Option<i32> {
        self.0.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.1, Some(self.1))
    }
}

impl ExactSizeIterator for Lying {}

#[test]
fn list_and_tuple_new_reject_lying_iterators() {
    with_py(|py| {
        let message = panic_message(|| {
            let _ = PyList::new(py, Lying(0..3, 7));
        });
        assert_eq!(
            message,
            "Attempted to create PyList but `elements` was smaller than reported by its `size_hint` implementation."
        );
        let message = panic_message(|| {
            let _ = PyList::new(py, Lying(0..0, usize::MAX));
        });
        assert!(
            message.contains("out of range integral type conversion attempted on `elements.len()`"),
            "{message}"
        );
        // More items than the lower bound are fine for lists.
        assert_eq!(PyList::new(py, Lying(0..3, 1)).unwrap().len(), 3);

        let message = panic_message(|| {
            let _ = PyTuple::new(py, Lying(0..3, 7));
        });
        assert_eq!(
            message,
            "Attempted to create PyTuple but `elements` was smaller than reported by its `ExactSizeIterator` implementation."
        );
        let message = panic_message(|| {
            let _ = PyTuple::new(py, Lying(0..3, 1));
        });
        assert_eq!(
            message,
            "Attempted to create PyTuple but `elements` was larger than reported by its `ExactSizeIterator` implementation."
        );
        let message = panic_message(|| {
            let _ = PyTuple::new(py, Lying(0..0, usize::MAX));
        });
        assert!(
            message.contains("out of range integral type conversion attempted on `elements.len()`")
        );
        assert!(!PyErr::occurred(py));
    });
}

#[test]
fn list_extend_and_clear() {
    with_py(|py| {
        let list = PyList::new(py, [1]).unwrap();
        list.extend(vec![2, 3]).unwrap();
        list.extend(PyTuple::new(py, [4]).unwrap()).unwrap();
        list.extend(eval(py, "iter(range(5, 7))")).unwrap();
        list.extend(eval(py, "(x for x in [7])")).unwrap();
        list.extend(eval(py, "{8: 'eight'}")).unwrap();
        assert_eq!(list.to_string(), "[1, 2, 3, 4, 5, 6, 7, 8]");
        list.extend(&list).unwrap();
        assert_eq!(list.len(), 16, "extending with itself doubles the list");
        list.extend(PyList::empty(py)).unwrap();
        assert_eq!(list.len(), 16);

        let err = list.extend(5).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(err.to_string(), "TypeError: 'int' object is not iterable");
        let err = list
            .extend(eval(py, "map(lambda x: 1 // x, [1, 0])"))
            .unwrap_err();
        assert!(err.is_instance_of::<PyZeroDivisionError>(py));
        assert_eq!(
            list.len(),
            17,
            "as with list.extend, items produced before the failure stay"
        );

        list.clear().unwrap();
        assert!(list.is_empty());
        list.clear().unwrap();
        assert!(list.is_empty());

        let item = eval(py, "object()");
        let before = refcount(&item);
        list.extend([&item, &item]).unwrap();
        assert_eq!(refcount(&item), before + 2);
        list.clear().unwrap();
        assert_eq!(refcount(&item), before);
    });
}

#[test]
fn list_sequence_views_and_locked_for_each() {
    with_py(|py| {
        let list = PyList::new(py, [1, 2, 3]).unwrap();
        assert!(list.as_sequence().is(&list));
        assert_eq!(list.clone().into_sequence().len().unwrap(), 3);

        let total = std::cell::Cell::new(0);
        list.locked_for_each(|item| {
            total.set(total.get() + item.extract::<i32>()?);
            Ok(())
        })
        .unwrap();
        assert_eq!(total.get(), 6);

        let seen = std::cell::Cell::new(0);
        let err = list
            .locked_for_each(|item| {
                seen.set(seen.get() + 1);
                if item.extract::<i32>()? == 2 {
                    Err(PyValueError::new_err("stop"))
                } else {
                    Ok(())
                }
            })
            .unwrap_err();
        assert_eq!(err.to_string(), "ValueError: stop");
        assert_eq!(seen.get(), 2, "iteration stops at the first error");
    });
}

#[test]
fn list_get_item() {
    with_py(|py| {
        // Not one-character strings: those are immortal from 3.12 on, and
        // their reference counts never change.
        let list = PyList::new(py, ["first", "second"]).unwrap();
        list.set_item(0, eval(py, "object()")).unwrap();
        assert_eq!(list.get_item(1).unwrap().to_string(), "second");
        let err = list.get_item(2).unwrap_err();
        assert!(err.is_instance_of::<PyIndexError>(py));
        assert_eq!(err.to_string(), "IndexError: list index out of range");
        assert!(list.get_item(usize::MAX).is_err());
        let item = list.get_item(0).unwrap();
        let before = refcount(&item);
        let again = list.get_item(0).unwrap();
        assert_eq!(refcount(&item), before + 1);
        drop(again);
        assert_eq!(refcount(&item), before);
    });
}

#[test]
fn list_iteration() {
    with_py(|py| {
        let list = PyList::new(py, [1, 2, 3, 4]).unwrap();
        let values = |iter: &mut dyn Iterator<Item = Bound<'_, PyAny>>| -> Vec<i32> {
            iter.map(|item| item.extract().unwrap()).collect()
        };
        assert_eq!(values(&mut list.iter()), [1, 2, 3, 4]);
        assert_eq!(values(&mut list.iter().rev()), [4, 3, 2, 1]);
        assert_eq!(values(&mut (&list).into_iter()), [1, 2, 3, 4]);
        assert_eq!(values(&mut list.clone().into_iter()), [1, 2, 3, 4]);

        let mut iter = list.iter();
        assert_eq!(iter.len(), 4);
        assert_eq!(iter.size_hint(), (4, Some(4)));
        assert_eq!(iter.next().unwrap().extract::<i32>().unwrap(), 1);
        assert_eq!(iter.next_back().unwrap().extract::<i32>().unwrap(), 4);
        assert_eq!(iter.len(), 2);
        assert_eq!(iter.next_back().unwrap().extract::<i32>().unwrap(), 3);
        assert_eq!(iter.next().unwrap().extract::<i32>().unwrap(), 2);
        assert!(iter.next().is_none());
        assert!(iter.next_back().is_none());
        assert_eq!(iter.size_hint(), (0, Some(0)));

        assert_eq!(list.iter().nth(2).unwrap().extract::<i32>().unwrap(), 3);
        assert!(list.iter().nth(4).is_none());
        assert_eq!(
            list.iter().nth_back(1).unwrap().extract::<i32>().unwrap(),
            3
        );
        assert_eq!(list.iter().last().unwrap().extract::<i32>().unwrap(), 4);
        assert_eq!(list.iter().count(), 4);
        assert!(PyList::empty(py).iter().next().is_none());

        let before = refcount(&list);
        let iter = list.iter();
        assert_eq!(refcount(&list), before + 1);
        drop(iter);
        assert_eq!(refcount(&list), before);
    });
}

#[test]
fn list_iteration_during_mutation() {
    with_py(|py| {
        // Items appended meanwhile are not visited.
        let list = PyList::new(py, [1, 2, 3]).unwrap();
        let mut visited = 0;
        for _ in &list {
            list.append(0).unwrap();
            visited += 1;
        }
        assert_eq!(visited, 3);
        assert_eq!(list.len(), 6);

        // Items removed meanwhile end the iteration early.
        let list = PyList::new(py, [1, 2, 3, 4]).unwrap();
        let mut visited = vec![];
        for item in &list {
            visited.push(item.extract::<i32>().unwrap());
            list.del_item(0).unwrap();
        }
        assert_eq!(visited, [1, 3]);

        // From the back as well.
        let list = PyList::new(py, [1, 2, 3, 4]).unwrap();
        let mut iter = list.iter();
        assert_eq!(iter.next_back().unwrap().extract::<i32>().unwrap(), 4);
        list.clear().unwrap();
        assert_eq!(iter.len(), 0);
        assert!(iter.next_back().is_none());
        assert!(iter.next().is_none());
        list.append(1).unwrap();
        assert!(iter.next().is_none(), "the iterator stays exhausted");

        // A fold that empties the list.
        let list = PyList::new(py, [1, 2, 3]).unwrap();
        let calls = list.iter().fold(0, |calls, _| {
            while !list.is_empty() {
                list.del_item(0).unwrap();
            }
            calls + 1
        });
        assert_eq!(calls, 1);
    });
}

// ---------------------------------------------------------------- tuple

#[test]
fn tuple_additions() {
    with_py(|py| {
        let tuple = PyTuple::new(py, [1, 2, 3]).unwrap();
        assert!(tuple.as_sequence().is(&tuple));
        let seq = tuple.clone().into_sequence();
        assert_eq!(seq.len().unwrap(), 3);

        let backwards: Vec<i32> = tuple
            .iter_borrowed()
            .rev()
            .map(|item| item.extract().unwrap())
            .collect();
        assert_eq!(backwards, [3, 2, 1]);
        let mut iter = tuple.iter_borrowed();
        assert_eq!(iter.next_back().unwrap().extract::<i32>().unwrap(), 3);
        assert_eq!(iter.len(), 2);
        assert_eq!(iter.next().unwrap().extract::<i32>().unwrap(), 1);
        assert_eq!(iter.next().unwrap().extract::<i32>().unwrap(), 2);
        assert!(iter.next().is_none());
        assert!(iter.next_back().is_none());
        assert!(iter.next().is_none());

        let mut iter = tuple.iter();
        iter.by_ref().for_each(drop);
        assert!(iter.next().is_none());
        assert!(iter.next_back().is_none());
    });
}

// ---------------------------------------------------------------- dict

#[test]
fn dict_mapping_views() {
    with_py(|py| {
        let dict = PyDict::new(py);
        dict.set_item(1, "one").unwrap();
        assert!(dict.as_mapping().is(&dict));
        let before = refcount(&dict);
        let mapping = dict.clone().into_mapping();
        assert_eq!(mapping.len().unwrap(), 1);
        assert_eq!(refcount(&dict), before + 1);
        drop(mapping);
        assert_eq!(refcount(&dict), before);
    });
}

#[test]
fn dict_update() {
    with_py(|py| {
        let dict = eval(py, "{'a': 1, 'b': 2}").cast_into::<PyDict>().unwrap();
        let other = eval(py, "{'b': 20, 'c': 30}")
            .cast_into::<PyDict>()
            .unwrap();
        dict.update(other.as_mapping()).unwrap();
        assert_eq!(dict.to_string(), "{'a': 1, 'b': 20, 'c': 30}");
        assert_eq!(other.len(), 2, "the source is unchanged");

        let dict = eval(py, "{'a': 1, 'b': 2}").cast_into::<PyDict>().unwrap();
        dict.update_if_missing(other.as_mapping()).unwrap();
        assert_eq!(dict.to_string(), "{'a': 1, 'b': 2, 'c': 30}");

        // Any mapping with `keys()`.
        let user_dict = eval(py, "__import__('collections').UserDict({'z': 26, 'a': 0})");
        let mapping = user_dict.cast::<PyMapping>().unwrap();
        let dict = eval(py, "{'a': 1}").cast_into::<PyDict>().unwrap();
        dict.update_if_missing(mapping).unwrap();
        assert_eq!(dict.to_string(), "{'a': 1, 'z': 26}");
        dict.update(mapping).unwrap();
        assert_eq!(dict.to_string(), "{'a': 0, 'z': 26}");

        // Errors from the source propagate.
        let raising = eval(py, "__import__('collections').UserDict({'k': 1})");
        raising.setattr("keys", eval(py, "lambda: 1 // 0")).unwrap();
        let err = dict
            .update(raising.cast::<PyMapping>().unwrap())
            .unwrap_err();
        assert!(err.is_instance_of::<PyZeroDivisionError>(py));
        let err = dict
            .update_if_missing(raising.cast::<PyMapping>().unwrap())
            .unwrap_err();
        assert!(err.is_instance_of::<PyZeroDivisionError>(py));
    });
}

#[test]
fn dict_set_default() {
    with_py(|py| {
        let dict = PyDict::new(py);
        assert!(dict.set_default("k", 1).unwrap(), "inserted");
        assert!(!dict.set_default("k", 2).unwrap(), "already present");
        assert_eq!(
            dict.get_item("k")
                .unwrap()
                .unwrap()
                .extract::<i32>()
                .unwrap(),
            1
        );
        assert!(
            dict.set_default(PyList::empty(py), 0)
                .unwrap_err()
                .is_instance_of::<PyTypeError>(py)
        );

        let (inserted, value) = dict.set_default_with_result("j", "jay").unwrap();
        assert!(inserted);
        assert_eq!(value.to_string(), "jay");
        let (inserted, value) = dict.set_default_with_result("j", "other").unwrap();
        assert!(!inserted);
        assert_eq!(value.to_string(), "jay");
        assert!(dict.set_default_with_result(PyDict::new(py), 0).is_err());

        let item = eval(py, "object()");
        let before = refcount(&item);
        let (_, value) = dict.set_default_with_result("o", &item).unwrap();
        assert!(value.is(&item));
        assert_eq!(
            refcount(&item),
            before + 2,
            "one for the dict, one returned"
        );
        drop(value);
        dict.del_item("o").unwrap();
        assert_eq!(refcount(&item), before);
    });
}

#[test]
fn dict_locked_for_each() {
    with_py(|py| {
        let dict = eval(py, "{'a': 1, 'b': 2, 'c': 3}")
            .cast_into::<PyDict>()
            .unwrap();
        let total = std::cell::Cell::new(0);
        let keys = std::cell::RefCell::new(String::new());
        dict.locked_for_each(|key, value| {
            keys.borrow_mut().push_str(&key.extract::<String>()?);
            total.set(total.get() + value.extract::<i32>()?);
            Ok(())
        })
        .unwrap();
        assert_eq!(total.get(), 6);
        assert_eq!(*keys.borrow(), "abc");

        let err = dict
            .locked_for_each(|_, value| value.extract::<String>().map(drop))
            .unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
    });
}

#[test]
fn dict_iteration() {
    with_py(|py| {
        let dict = eval(py, "{1: 'a', 2: 'b', 3: 'c'}")
            .cast_into::<PyDict>()
            .unwrap();
        let mut iter = dict.iter();
        assert_eq!(iter.len(), 3);
        let (key, value) = iter.next().unwrap();
        assert_eq!(key.extract::<i32>().unwrap(), 1);
        assert_eq!(value.to_string(), "a");
        assert_eq!(iter.size_hint(), (2, Some(2)));
        assert_eq!(iter.count(), 2);
        let keys: Vec<i32> = (&dict)
            .into_iter()
            .map(|(key, _)| key.extract().unwrap())
            .collect();
        assert_eq!(keys, [1, 2, 3]);
        assert_eq!(dict.clone().into_iter().len(), 3);

        // Changing values (not keys) while iterating is fine.
        for (key, _) in &dict {
            dict.set_item(key, "changed").unwrap();
        }
        assert_eq!(
            dict.to_string(),
            "{1: 'changed', 2: 'changed', 3: 'changed'}"
        );
    });
}

#[test]
fn dict_mutation_during_iteration_panics() {
    with_py(|py| {
        let dict = eval(py, "{1: 'a', 2: 'b', 3: 'c'}")
            .cast_into::<PyDict>()
            .unwrap();
        let message = panic_message(|| {
            for (key, _) in &dict {
                let key: i32 = key.extract().unwrap();
                dict.set_item(key + 100, "new").unwrap();
            }
        });
        assert_eq!(message, "dictionary changed size during iteration");

        let dict = eval(py, "{1: 'a', 2: 'b', 3: 'c'}")
            .cast_into::<PyDict>()
            .unwrap();
        let message = panic_message(|| {
            for (key, _) in &dict {
                let _ = dict.del_item(key);
            }
        });
        assert_eq!(message, "dictionary changed size during iteration");

        // Same size, different keys: one removed and one added.
        let dict = eval(py, "{1: 'a', 2: 'b', 3: 'c'}")
            .cast_into::<PyDict>()
            .unwrap();
        let message = panic_message(|| {
            for (index, (key, _)) in dict.iter().enumerate() {
                if index == 0 {
                    dict.del_item(key).unwrap();
                    dict.set_item(100, "new").unwrap();
                }
            }
        });
        assert_eq!(message, "dictionary keys changed during iteration");
        assert!(!PyErr::occurred(py));
    });
}
