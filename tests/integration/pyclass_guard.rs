//! `PyClassGuard` / `PyClassGuardMut`: borrows that lend a class value for
//! as long as the object is lent, without reference counting. Conflicts with
//! `PyRef` / `PyRefMut`, base classes, `map`, frozen classes, extraction
//! errors, use as function arguments, and guards outliving attachment.

use std::panic::{AssertUnwindSafe, catch_unwind};

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::pycell::{PyBorrowError, PyBorrowMutError};
use pyo3::pyclass::{
    PyClassGuardError, PyClassGuardMap, PyClassGuardMutError, PyClassGuardMutSuper,
};
use pyo3::types::PyDict;
use pyo3::{PyClassGuard as RootGuard, PyClassGuardMut as RootGuardMut};

use crate::common::{refcount, with_py};

#[pyclass]
#[derive(Debug)]
struct Counter {
    #[pyo3(get)]
    count: i64,
    history: Vec<i64>,
}

#[pymethods]
impl Counter {
    #[new]
    fn new(count: i64) -> Self {
        Counter {
            count,
            history: Vec::new(),
        }
    }

    fn doubled(slf: PyClassGuard<'_, Self>) -> i64 {
        slf.count * 2
    }

    fn bump(mut slf: PyClassGuardMut<'_, Self>) -> i64 {
        slf.count += 1;
        let now = slf.count;
        slf.history.push(now);
        now
    }

    /// Calls `callback` while the guard is held.
    fn hold_while(
        slf: PyClassGuard<'_, Self>,
        py: Python<'_>,
        callback: Py<PyAny>,
    ) -> PyResult<i64> {
        callback.call0(py)?;
        Ok(slf.count)
    }

    fn itself(slf: PyClassGuard<'_, Self>) -> PyClassGuard<'_, Self> {
        slf
    }
}

fn counter(py: Python<'_>, count: i64) -> Bound<'_, Counter> {
    Bound::new(py, Counter::new(count)).unwrap()
}

#[pyfunction]
fn read_count(counter: PyClassGuard<'_, Counter>) -> i64 {
    counter.count
}

#[pyfunction]
fn add_to(mut target: PyClassGuardMut<'_, Counter>, source: PyClassGuard<'_, Counter>) {
    target.count += source.count;
}

#[pyfunction]
fn sum_counts(a: PyClassGuard<'_, Counter>, b: PyClassGuard<'_, Counter>) -> i64 {
    a.count + b.count
}

#[pyfunction]
fn pass_through(counter: PyClassGuardMut<'_, Counter>) -> PyClassGuardMut<'_, Counter> {
    counter
}

#[pyfunction]
fn count_or_none(counter: Option<PyClassGuard<'_, Counter>>) -> Option<i64> {
    counter.map(|c| c.count)
}

fn run(py: Python<'_>, globals: &Bound<'_, PyDict>, code: &str) {
    let code = std::ffi::CString::new(code).unwrap();
    if let Err(err) = py.run(&code, Some(globals), None) {
        err.print(py);
        panic!("Python assertions failed: {err}");
    }
}

fn globals(py: Python<'_>) -> Bound<'_, PyDict> {
    let globals = PyDict::new(py);
    globals
        .set_item("Counter", py.get_type::<Counter>())
        .unwrap();
    for function in [
        wrap_pyfunction!(read_count, py).unwrap(),
        wrap_pyfunction!(add_to, py).unwrap(),
        wrap_pyfunction!(sum_counts, py).unwrap(),
        wrap_pyfunction!(pass_through, py).unwrap(),
        wrap_pyfunction!(count_or_none, py).unwrap(),
    ] {
        let name = function.getattr("__name__").unwrap();
        globals.set_item(name, function).unwrap();
    }
    globals
}

#[test]
fn the_names_are_exported_where_pyo3_has_them() {
    with_py(|py| {
        let c = counter(py, 1);
        let guard: RootGuard<'_, Counter> = c.extract().unwrap();
        let _: &pyo3::pyclass::PyClassGuard<'_, Counter> = &guard;
        drop(guard);
        let guard: RootGuardMut<'_, Counter> = c.extract().unwrap();
        let _: &pyo3::pyclass::PyClassGuardMut<'_, Counter> = &guard;
    });
}

#[test]
fn shared_guards_exclude_exclusive_borrows_only() {
    with_py(|py| {
        let c = counter(py, 3);
        let first: PyClassGuard<'_, Counter> = c.extract().unwrap();
        let second = PyClassGuard::try_from(&c).unwrap();
        assert_eq!((first.count, second.count), (3, 3));
        // Shared borrows of every kind coexist with the guards.
        let pyref = c.try_borrow().unwrap();
        assert_eq!(pyref.count, 3);
        drop(pyref);

        // Exclusive ones fail, with the exact errors.
        let err: PyBorrowMutError = c.try_borrow_mut().unwrap_err();
        assert_eq!(err.to_string(), "Already borrowed");
        let err: PyBorrowMutError = PyClassGuardMut::try_from(&c).unwrap_err();
        assert_eq!(err.to_string(), "Already borrowed");
        let err = c.extract::<PyClassGuardMut<'_, Counter>>().unwrap_err();
        assert_eq!(err.to_string(), "Already borrowed");
        assert_eq!(format!("{err:?}"), "PyBorrowMutError { .. }");
        let err: PyErr = err.into();
        assert!(err.is_instance_of::<PyRuntimeError>(py));
        assert_eq!(err.to_string(), "RuntimeError: Already borrowed");

        drop(first);
        assert!(c.try_borrow_mut().is_err(), "the second guard still holds");
        drop(second);
        let mut refmut = c.try_borrow_mut().unwrap();
        refmut.count = 4;
        drop(refmut);
        assert_eq!(c.extract::<PyClassGuard<'_, Counter>>().unwrap().count, 4);
    });
}

#[test]
fn exclusive_guards_exclude_everything() {
    with_py(|py| {
        let c = counter(py, 10);
        let mut guard: PyClassGuardMut<'_, Counter> = c.extract().unwrap();
        guard.count += 5;
        guard.history.push(15);

        let err: PyBorrowError = c.try_borrow().unwrap_err();
        assert_eq!(err.to_string(), "Already mutably borrowed");
        assert_eq!(
            c.try_borrow_mut().unwrap_err().to_string(),
            "Already borrowed"
        );
        let err: PyBorrowError = PyClassGuard::try_from(&c).unwrap_err();
        assert_eq!(err.to_string(), "Already mutably borrowed");
        let err: PyClassGuardError<'_, '_> = c.extract::<PyClassGuard<'_, Counter>>().unwrap_err();
        assert_eq!(err.to_string(), "Already mutably borrowed");
        assert_eq!(format!("{err:?}"), "PyBorrowError { .. }");
        let err: PyErr = err.into();
        assert!(err.is_instance_of::<PyRuntimeError>(py));
        assert_eq!(err.to_string(), "RuntimeError: Already mutably borrowed");
        let err: PyClassGuardMutError<'_, '_> =
            c.extract::<PyClassGuardMut<'_, Counter>>().unwrap_err();
        assert_eq!(err.to_string(), "Already borrowed");

        // Python code sees the same.
        let globals = globals(py);
        globals.set_item("c", &c).unwrap();
        run(
            py,
            &globals,
            r#"
for attempt in (lambda: c.count, lambda: c.doubled(), lambda: read_count(c)):
    try:
        attempt()
    except RuntimeError as e:
        assert str(e) == "Already mutably borrowed", str(e)
    else:
        raise AssertionError("borrowed while a PyClassGuardMut exists")
try:
    c.bump()
except RuntimeError as e:
    assert str(e) == "Already borrowed", str(e)
else:
    raise AssertionError("borrowed twice")
"#,
        );

        drop(guard);
        let pyref = c.borrow();
        assert_eq!((pyref.count, pyref.history.as_slice()), (15, &[15][..]));
        // A `PyRef` blocks exclusive guards, a `PyRefMut` blocks both.
        assert_eq!(
            c.extract::<PyClassGuardMut<'_, Counter>>()
                .unwrap_err()
                .to_string(),
            "Already borrowed"
        );
        drop(pyref);
        let refmut = c.borrow_mut();
        assert_eq!(
            c.extract::<PyClassGuard<'_, Counter>>()
                .unwrap_err()
                .to_string(),
            "Already mutably borrowed"
        );
        drop(refmut);
        assert!(c.extract::<PyClassGuardMut<'_, Counter>>().is_ok());
    });
}

#[test]
fn extraction_errors_name_the_types() {
    with_py(|py| {
        let number = 5i32.into_pyobject(py).unwrap().into_any();
        let err = number.extract::<PyClassGuard<'_, Counter>>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "'int' object is not an instance of 'Counter'"
        );
        assert!(format!("{err:?}").starts_with("CastError"), "{err:?}");
        let err: PyErr = err.into();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: 'int' object is not an instance of 'Counter'"
        );

        let none = py.None().into_bound(py);
        let err = none.extract::<PyClassGuardMut<'_, Counter>>().unwrap_err();
        assert_eq!(err.to_string(), "'None' is not an instance of 'Counter'");
        let err: PyErr = err.into();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: 'None' is not an instance of 'Counter'"
        );

        // A cast failure is reported even while the value is borrowed: the
        // type is checked first.
        let base = Bound::new(py, Base::new("b")).unwrap();
        let _held = base.borrow_mut();
        let err = base
            .as_any()
            .extract::<PyClassGuard<'_, Counter>>()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "'Base' object is not an instance of 'Counter'"
        );

        // From Python: the argument's conversion error, with its note.
        let globals = globals(py);
        run(
            py,
            &globals,
            r#"
import sys
for call, message in [
    (lambda: read_count(5), "'int' object is not an instance of 'Counter'"),
    (lambda: add_to(Counter(1), "x"), "'str' object is not an instance of 'Counter'"),
    (lambda: pass_through(None), "'None' is not an instance of 'Counter'"),
]:
    try:
        call()
    except TypeError as e:
        assert str(e) == message, str(e)
        if sys.version_info >= (3, 11):
            assert e.__notes__[0].startswith("while processing '"), e.__notes__
    else:
        raise AssertionError("no TypeError")
"#,
        );
    });
}

#[test]
fn guards_as_function_arguments_and_receivers() {
    with_py(|py| {
        let globals = globals(py);
        run(
            py,
            &globals,
            r#"
a = Counter(2)
b = Counter(5)
assert read_count(a) == 2
assert a.doubled() == 4
assert a.bump() == 3
assert a.count == 3
add_to(a, b)
assert (a.count, b.count) == (8, 5)
assert sum_counts(a, a) == 16, "two shared guards of one object"
assert pass_through(a) is a
assert a.itself() is a
assert count_or_none(None) is None
assert count_or_none(b) == 5

# The same object as exclusive and shared argument: the second borrow fails.
try:
    add_to(a, a)
except RuntimeError as e:
    assert str(e) == "Already mutably borrowed", str(e)
else:
    raise AssertionError("aliased &mut")
assert a.count == 8
# The failed call gave its first borrow back.
assert a.bump() == 9

# While a method holds a shared guard, Python may read but not write.
seen = []
def inside():
    seen.append(a.count)
    seen.append(read_count(a))
    try:
        a.bump()
    except RuntimeError as e:
        seen.append(str(e))
assert a.hold_while(inside) == 9
assert seen == [9, 9, "Already borrowed"], seen
assert a.bump() == 10
"#,
        );
    });
}

#[test]
fn guards_leave_reference_counts_alone() {
    with_py(|py| {
        let c = counter(py, 1);
        let before = refcount(c.as_any());

        let guard: PyClassGuard<'_, Counter> = c.extract().unwrap();
        let other = PyClassGuard::try_from(&c).unwrap();
        assert_eq!(refcount(c.as_any()), before);
        let mapped = other.map(|c| &c.count);
        assert_eq!(*mapped, 1);
        assert_eq!(refcount(c.as_any()), before);
        drop((guard, mapped));
        assert_eq!(refcount(c.as_any()), before);

        let mut guard: PyClassGuardMut<'_, Counter> = c.extract().unwrap();
        guard.count = 2;
        assert_eq!(refcount(c.as_any()), before);
        drop(guard);

        // `PyRef` by contrast owns a reference.
        let pyref = c.borrow();
        assert_eq!(refcount(c.as_any()), before + 1);
        drop(pyref);

        // Converting a guard back lends the same object, still without a
        // new reference.
        let guard: PyClassGuard<'_, Counter> = c.extract().unwrap();
        let lent = (&guard).into_pyobject(py).unwrap();
        assert!(lent.is(&c));
        assert_eq!(refcount(c.as_any()), before);
        let lent = guard.into_pyobject(py).unwrap();
        assert!(lent.is(&c));
        assert_eq!(refcount(c.as_any()), before);
        // ... and the guard's borrow ended with it.
        assert!(c.try_borrow_mut().is_ok());

        let guard: PyClassGuardMut<'_, Counter> = c.extract().unwrap();
        let lent = (&guard).into_pyobject(py).unwrap();
        assert!(lent.is(&c));
        let lent = guard.into_pyobject(py).unwrap();
        assert!(lent.is(&c));
        assert_eq!(refcount(c.as_any()), before);
        assert!(c.try_borrow_mut().is_ok());

        // Calls from Python with guard arguments and results.
        let globals = globals(py);
        let read = globals.get_item("read_count").unwrap().unwrap();
        let through = globals.get_item("pass_through").unwrap().unwrap();
        for _ in 0..3 {
            assert_eq!(read.call1((&c,)).unwrap().extract::<i64>().unwrap(), 2);
            let back = through.call1((&c,)).unwrap();
            assert!(back.is(&c));
            drop(back);
            assert_eq!(
                c.call_method0("doubled").unwrap().extract::<i64>().unwrap(),
                4
            );
        }
        assert_eq!(refcount(c.as_any()), before);
    });
}

#[test]
fn guards_from_py_borrow_the_py() {
    with_py(|py| {
        let c: Py<Counter> = Py::new(py, Counter::new(7)).unwrap();
        let before = refcount(c.bind(py).as_any());
        let guard: PyClassGuard<'_, Counter> = c.extract(py).unwrap();
        assert_eq!(guard.count, 7);
        assert_eq!(refcount(c.bind(py).as_any()), before);
        assert!(c.try_borrow_mut(py).is_err());
        drop(guard);
        let mut guard: PyClassGuardMut<'_, Counter> = c.extract(py).unwrap();
        guard.count = 8;
        drop(guard);
        assert_eq!(c.borrow(py).count, 8);
        assert_eq!(refcount(c.bind(py).as_any()), before);
    });
}

#[test]
fn debug_shows_the_value() {
    with_py(|py| {
        let c = counter(py, 4);
        let guard: PyClassGuard<'_, Counter> = c.extract().unwrap();
        assert_eq!(format!("{guard:?}"), "Counter { count: 4, history: [] }");
        let mapped = guard.map(|c| &c.history);
        assert_eq!(format!("{mapped:?}"), "[]");
        drop(mapped);
        let guard: PyClassGuardMut<'_, Counter> = c.extract().unwrap();
        assert_eq!(format!("{guard:?}"), "Counter { count: 4, history: [] }");
        let mapped = guard.map(|c| &mut c.count);
        assert_eq!(format!("{mapped:?}"), "4");
    });
}

#[test]
fn map_keeps_the_borrow_until_dropped() {
    with_py(|py| {
        let c = counter(py, 1);
        c.borrow_mut().history = vec![10, 20, 30];

        let tail: PyClassGuardMap<'_, [i64]> = c
            .extract::<PyClassGuard<'_, Counter>>()
            .unwrap()
            .map(|c| &c.history[1..]);
        assert_eq!(&*tail, &[20, 30]);
        assert_eq!(
            c.try_borrow_mut().unwrap_err().to_string(),
            "Already borrowed"
        );
        assert!(c.try_borrow().is_ok());
        drop(tail);

        let mut last = c
            .extract::<PyClassGuardMut<'_, Counter>>()
            .unwrap()
            .map(|c| c.history.last_mut().unwrap());
        *last += 1;
        assert_eq!(
            c.try_borrow().unwrap_err().to_string(),
            "Already mutably borrowed"
        );
        assert_eq!(
            c.try_borrow_mut().unwrap_err().to_string(),
            "Already borrowed"
        );
        drop(last);
        assert_eq!(c.borrow().history, [10, 20, 31]);

        // A map of a map's source unrelated to the value still holds the
        // borrow (the value is what is lent).
        static OUTSIDE: i64 = 99;
        let unrelated = c
            .extract::<PyClassGuard<'_, Counter>>()
            .unwrap()
            .map(|_| &OUTSIDE);
        assert_eq!(*unrelated, 99);
        assert!(c.try_borrow_mut().is_err());
        drop(unrelated);
        assert!(c.try_borrow_mut().is_ok());
    });
}

#[test]
fn a_panicking_map_gives_the_borrow_back() {
    with_py(|py| {
        let c = counter(py, 1);
        let guard: PyClassGuard<'_, Counter> = c.extract().unwrap();
        let result = catch_unwind(AssertUnwindSafe(|| {
            guard.map(|_| -> &i64 { panic!("no part") })
        }));
        assert!(result.is_err());
        assert!(c.try_borrow_mut().is_ok());

        let guard: PyClassGuardMut<'_, Counter> = c.extract().unwrap();
        let result = catch_unwind(AssertUnwindSafe(|| {
            guard.map(|_| -> &mut i64 { panic!("no part") })
        }));
        assert!(result.is_err());
        assert!(c.try_borrow().is_ok());
        assert!(c.try_borrow_mut().is_ok());
    });
}

// Three mutable classes: they share the flag kept by `Base`.

#[pyclass(subclass)]
struct Base {
    name: String,
}

#[pymethods]
impl Base {
    #[new]
    fn new(name: &str) -> Self {
        Base { name: name.into() }
    }
}

#[pyclass(extends = Base, subclass)]
struct Middle {
    level: u32,
}

#[pymethods]
impl Middle {
    #[new]
    fn new() -> PyClassInitializer<Self> {
        PyClassInitializer::from(Base::new("base")).add_subclass(Middle { level: 1 })
    }

    fn describe(slf: PyClassGuard<'_, Self>) -> String {
        format!("{} at {}", slf.as_super().name, slf.level)
    }
}

#[pyclass(extends = Middle)]
struct Leaf {
    tag: char,
}

#[pymethods]
impl Leaf {
    #[new]
    fn new() -> PyClassInitializer<Self> {
        Middle::new().add_subclass(Leaf { tag: 'x' })
    }

    fn chain(slf: PyClassGuard<'_, Self>) -> String {
        let tag = slf.tag;
        let middle = slf.into_super();
        format!("{} {} {}", middle.as_super().name, middle.level, tag)
    }

    fn rename(mut slf: PyClassGuardMut<'_, Self>, name: String) {
        slf.as_super().as_super().name = name;
    }
}

#[test]
fn as_super_reaches_every_base() {
    with_py(|py| {
        let leaf = Bound::new(py, Leaf::new()).unwrap();
        let guard: PyClassGuard<'_, Leaf> = leaf.extract().unwrap();
        let middle: &PyClassGuard<'_, Middle> = guard.as_super();
        let base: &PyClassGuard<'_, Base> = middle.as_super();
        assert_eq!(
            (guard.tag, middle.level, base.name.as_str()),
            ('x', 1, "base")
        );
        // One object, one flag: a base borrow conflicts like the leaf's.
        let as_base = leaf.as_any().cast::<Base>().unwrap();
        let as_middle = leaf.as_any().cast::<Middle>().unwrap();
        assert!(as_base.try_borrow_mut().is_err());
        drop(guard);
        assert!(as_base.try_borrow_mut().is_ok());

        let mut guard: PyClassGuardMut<'_, Leaf> = leaf.extract().unwrap();
        guard.tag = 'y';
        {
            let mut middle: PyClassGuardMutSuper<'_, '_, Middle> = guard.as_super();
            middle.level = 2;
            let mut base: PyClassGuardMutSuper<'_, '_, Base> = middle.as_super();
            base.name.push_str("-renamed");
            assert_eq!(base.name, "base-renamed");
        }
        guard.as_super().as_super().name.push('!');
        // Every class's borrow is excluded while the guard lives.
        assert!(leaf.try_borrow().is_err());
        assert!(as_middle.try_borrow().is_err());
        assert!(as_base.try_borrow().is_err());
        drop(guard);

        let leaf_ref = leaf.borrow();
        assert_eq!(leaf_ref.tag, 'y');
        assert_eq!(leaf_ref.as_super().level, 2);
        assert_eq!(leaf_ref.as_super().as_super().name, "base-renamed!");
    });
}

#[test]
fn into_super_carries_the_borrow_over() {
    with_py(|py| {
        let leaf = Bound::new(py, Leaf::new()).unwrap();

        let guard: PyClassGuard<'_, Leaf> = leaf.extract().unwrap();
        let middle: PyClassGuard<'_, Middle> = guard.into_super();
        assert_eq!(middle.level, 1);
        assert!(leaf.try_borrow_mut().is_err(), "the borrow moved along");
        let base: PyClassGuard<'_, Base> = middle.into_super();
        assert_eq!(base.name, "base");
        assert!(leaf.try_borrow_mut().is_err());
        drop(base);
        assert!(leaf.try_borrow_mut().is_ok(), "given back exactly once");

        let guard: PyClassGuardMut<'_, Leaf> = leaf.extract().unwrap();
        let mut base: PyClassGuardMut<'_, Base> = guard.into_super().into_super();
        base.name = "changed".into();
        assert!(leaf.try_borrow().is_err());
        drop(base);
        assert_eq!(leaf.borrow().as_super().as_super().name, "changed");
        assert!(leaf.try_borrow_mut().is_ok());

        let globals = PyDict::new(py);
        globals.set_item("Leaf", py.get_type::<Leaf>()).unwrap();
        globals.set_item("Middle", py.get_type::<Middle>()).unwrap();
        run(
            py,
            &globals,
            r#"
leaf = Leaf()
assert leaf.chain() == "base 1 x", leaf.chain()
assert leaf.describe() == "base at 1"
leaf.rename("renamed")
assert leaf.chain() == "renamed 1 x"
assert Middle().describe() == "base at 1"
"#,
        );
    });
}

// Frozen classes.

#[pyclass(frozen, subclass)]
struct FrozenBase {
    id: u32,
}

/// A mutable class over a frozen base: it keeps the only flag.
#[pyclass(extends = FrozenBase, subclass)]
struct OverFrozen {
    value: u32,
}

/// Frozen again: shares `OverFrozen`'s flag.
#[pyclass(frozen, extends = OverFrozen)]
struct FrozenTop {
    top: u32,
}

fn over_frozen(py: Python<'_>) -> Bound<'_, OverFrozen> {
    Bound::new(
        py,
        PyClassInitializer::from(FrozenBase { id: 1 }).add_subclass(OverFrozen { value: 2 }),
    )
    .unwrap()
}

#[test]
fn frozen_classes_never_conflict() {
    with_py(|py| {
        let frozen = Bound::new(py, FrozenBase { id: 9 }).unwrap();
        let guards: Vec<PyClassGuard<'_, FrozenBase>> =
            (0..3).map(|_| frozen.extract().unwrap()).collect();
        assert!(guards.iter().all(|g| g.id == 9));
        let pyref = frozen.borrow();
        assert_eq!(pyref.id, 9);
        assert_eq!(frozen.get().id, 9);
        let mapped = guards.into_iter().next().unwrap().map(|g| &g.id);
        assert_eq!(*mapped, 9);
    });
}

#[test]
fn into_super_onto_a_frozen_base_gives_the_borrow_back() {
    with_py(|py| {
        let object = over_frozen(py);
        let guard: PyClassGuard<'_, OverFrozen> = object.extract().unwrap();
        assert_eq!(guard.as_super().id, 1);
        assert!(object.try_borrow_mut().is_err());
        let base: PyClassGuard<'_, FrozenBase> = guard.into_super();
        // The frozen base needs no borrow; the subclass is free again.
        let mut refmut = object.try_borrow_mut().unwrap();
        refmut.value = 3;
        assert_eq!(base.id, 1);
        drop(refmut);
        drop(base);
        // Nothing was given back twice: a shared borrow still counts once.
        let guard: PyClassGuard<'_, OverFrozen> = object.extract().unwrap();
        assert_eq!(guard.value, 3);
        assert!(object.try_borrow_mut().is_err());
        drop(guard);
        assert!(object.try_borrow_mut().is_ok());
    });
}

#[test]
fn into_super_from_a_frozen_class_onto_a_mutable_one_keeps_the_borrow() {
    with_py(|py| {
        let init = PyClassInitializer::from(FrozenBase { id: 1 })
            .add_subclass(OverFrozen { value: 2 })
            .add_subclass(FrozenTop { top: 3 });
        let top = Bound::new(py, init).unwrap();
        let guard: PyClassGuard<'_, FrozenTop> = top.extract().unwrap();
        assert_eq!(guard.top, 3);
        // The frozen top class is borrowed through its mutable base's flag.
        let over_frozen = top.as_any().cast::<OverFrozen>().unwrap();
        assert!(over_frozen.try_borrow_mut().is_err());
        let middle: PyClassGuard<'_, OverFrozen> = guard.into_super();
        assert_eq!(middle.value, 2);
        assert!(over_frozen.try_borrow_mut().is_err(), "still borrowed");
        let base: PyClassGuard<'_, FrozenBase> = middle.into_super();
        assert_eq!(base.id, 1);
        assert!(
            over_frozen.try_borrow_mut().is_ok(),
            "given back at the frozen base"
        );
        drop(base);
        assert!(over_frozen.try_borrow_mut().is_ok());
    });
}

// Guards outliving their attachment.

#[test]
fn a_guard_may_be_dropped_after_detaching() {
    crate::common::initialize();
    let object: Py<Counter> = Python::attach(|py| Py::new(py, Counter::new(5)).unwrap());
    // The guard borrows the `Py`, not the attachment.
    let guard: PyClassGuardMut<'_, Counter> = Python::attach(|py| object.extract(py).unwrap());
    assert_eq!(guard.count, 5);
    Python::attach(|py| {
        assert!(object.bind(py).try_borrow().is_err());
    });
    drop(guard);
    Python::attach(|py| {
        assert!(object.bind(py).try_borrow_mut().is_ok());
        let guard: PyClassGuard<'_, Counter> = object.extract(py).unwrap();
        let guard = py.detach(move || {
            assert_eq!(guard.count, 5);
            guard
        });
        // Dropped inside `detach`: the drop attaches for the flag.
        py.detach(move || drop(guard));
        assert!(object.bind(py).try_borrow_mut().is_ok());
    });
}

#[test]
fn guards_of_sync_classes_cross_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<PyClassGuard<'static, Counter>>();
    assert_send_sync::<PyClassGuardMut<'static, Counter>>();

    with_py(|py| {
        let object: Py<Counter> = Py::new(py, Counter::new(1)).unwrap();
        let shared: PyClassGuard<'_, Counter> = object.extract(py).unwrap();
        let exclusive_fails = object.bind(py).try_borrow_mut().is_err();
        assert!(exclusive_fails);
        py.detach(|| {
            std::thread::scope(|scope| {
                // Shared between threads...
                scope.spawn(|| assert_eq!(shared.count, 1));
                scope.spawn(|| assert_eq!(shared.count, 1));
            });
            std::thread::scope(|scope| {
                // ... and dropped on a thread that never attached.
                scope.spawn(move || drop(shared));
            });
        });
        assert!(object.bind(py).try_borrow_mut().is_ok());

        let exclusive: PyClassGuardMut<'_, Counter> = object.extract(py).unwrap();
        py.detach(|| {
            std::thread::scope(|scope| {
                scope.spawn(move || {
                    let mut guard = exclusive;
                    guard.count += 1;
                    drop(guard);
                });
            });
        });
        assert_eq!(object.borrow(py).count, 2);
        assert!(object.bind(py).try_borrow_mut().is_ok());
    });
}

#[pyclass(unsendable)]
struct Local {
    value: std::rc::Rc<u32>,
}

#[pymethods]
impl Local {
    fn read(slf: PyClassGuard<'_, Self>) -> u32 {
        *slf.value
    }

    fn write(mut slf: PyClassGuardMut<'_, Self>) {
        slf.value = std::rc::Rc::new(6);
    }
}

#[test]
fn unsendable_values_are_only_guarded_on_their_thread() {
    with_py(|py| {
        let local = Py::new(
            py,
            Local {
                value: std::rc::Rc::new(5),
            },
        )
        .unwrap();
        assert_eq!(
            *local.extract::<PyClassGuard<'_, Local>>(py).unwrap().value,
            5
        );
        let shared = local.clone_ref(py);
        let (messages, shared) = py.detach(move || {
            std::thread::spawn(move || {
                Python::attach(|py| {
                    let message = |payload: Box<dyn std::any::Any + Send>| {
                        payload.downcast::<String>().map(|s| *s).unwrap_or_default()
                    };
                    let shared_guard = catch_unwind(AssertUnwindSafe(|| {
                        drop(shared.extract::<PyClassGuard<'_, Local>>(py))
                    }))
                    .unwrap_err();
                    let exclusive_guard = catch_unwind(AssertUnwindSafe(|| {
                        drop(shared.extract::<PyClassGuardMut<'_, Local>>(py))
                    }))
                    .unwrap_err();
                    // Guard receivers raise, as `&self` methods do.
                    let read = shared.call_method0(py, "read").unwrap_err().to_string();
                    let write = shared.call_method0(py, "write").unwrap_err().to_string();
                    // The value must not be dropped here: hand it back.
                    (
                        (message(shared_guard), message(exclusive_guard), read, write),
                        shared,
                    )
                })
            })
            .join()
            .unwrap()
        });
        drop(shared);
        let expected = "Local is unsendable, but sent to another thread";
        let raised = format!("RuntimeError: {expected}");
        assert_eq!(
            messages,
            (
                expected.to_string(),
                expected.to_string(),
                raised.clone(),
                raised
            )
        );
        // On the owner thread the receivers work.
        let bound = local.bind(py);
        assert_eq!(
            bound
                .call_method0("read")
                .unwrap()
                .extract::<u32>()
                .unwrap(),
            5
        );
        bound.call_method0("write").unwrap();
        assert_eq!(*bound.borrow().value, 6);
        // No borrow was left behind by the refused attempts.
        assert!(local.bind(py).try_borrow_mut().is_ok());
    });
}
