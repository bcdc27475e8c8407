//! `#[pyclass]` and `#[pymethods]`: construction, methods, properties and
//! reference counts, from Rust and from Python.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::common::{refcount, with_py};

/// A counter.
#[pyclass]
struct Counter {
    #[pyo3(get, set)]
    count: i64,
}

#[pymethods]
impl Counter {
    #[new]
    fn new(count: i64) -> Self {
        Counter { count }
    }

    fn incr(&mut self) {
        self.count += 1;
    }

    fn add(&mut self, n: i64) -> i64 {
        self.count += n;
        self.count
    }

    #[getter]
    fn value(&self) -> i64 {
        self.count
    }

    #[staticmethod]
    fn zero() -> Self {
        Counter { count: 0 }
    }

    #[classmethod]
    fn name_of(cls: &Bound<'_, pyo3::types::PyType>) -> PyResult<String> {
        cls.getattr("__name__")?.extract()
    }

    #[classattr]
    const LIMIT: i64 = 100;
}

fn run(py: Python<'_>, locals: &Bound<'_, PyDict>, code: &str) {
    let code = std::ffi::CString::new(code).unwrap();
    if let Err(err) = py.run(&code, None, Some(locals)) {
        err.print(py);
        panic!("Python assertions failed: {err}");
    }
}

#[test]
fn a_class_works_from_python() {
    with_py(|py| {
        let locals = PyDict::new(py);
        locals
            .set_item("Counter", py.get_type::<Counter>())
            .unwrap();
        run(
            py,
            &locals,
            r#"
c = Counter(5)
c.incr()
assert c.count == 6, c.count
assert c.value == 6
assert c.add(3) == 9
c.count = 1
assert c.count == 1
assert Counter.zero().count == 0
assert Counter.name_of() == "Counter"
assert Counter.LIMIT == 100
assert isinstance(c, Counter)
assert type(c).__name__ == "Counter"
"#,
        );
    });
}

#[test]
fn instances_from_rust_are_counted_exactly() {
    with_py(|py| {
        let counter = Bound::new(py, Counter { count: 2 }).unwrap();
        assert_eq!(refcount(counter.as_any()), 1);
        counter.borrow_mut().count += 1;
        assert_eq!(counter.borrow().count, 3);
        let type_object = py.get_type::<Counter>();
        let before = refcount(type_object.as_any());
        for _ in 0..1000 {
            let c = Bound::new(py, Counter { count: 0 }).unwrap();
            drop(c);
        }
        assert_eq!(refcount(type_object.as_any()), before);
    });
}

/// The type object belongs to the interpreter that made it: another
/// interpreter asking for it gets an error, never this one's type. (In a
/// child process: the subinterpreter is made and ended by hand.)
#[cfg(not(any(PyPy, GraalPy, Py_LIMITED_API)))]
#[test]
fn another_interpreter_gets_an_error_not_the_type() {
    if std::env::var_os("PYO3_TEST_SUBINTERPRETER_CHILD").is_none() {
        crate::common::assert_test_passes_in_child(
            "pyclass_basics::another_interpreter_gets_an_error_not_the_type",
            &[("PYO3_TEST_SUBINTERPRETER_CHILD", "1")],
        );
        return;
    }
    with_py(|py| {
        // Made in the main interpreter first.
        let _ = py.get_type::<Counter>();
        // SAFETY: attached; the new interpreter's thread state replaces ours
        // until it is ended, and then ours is put back.
        unsafe {
            let main = pyo3::ffi::PyThreadState_Get();
            let sub = pyo3::ffi::Py_NewInterpreter();
            assert!(!sub.is_null());
            let sub_py = Python::assume_attached();
            let err = Py::new(sub_py, Counter { count: 1 }).unwrap_err();
            assert_eq!(
                err.to_string(),
                "RuntimeError: the class `Counter` belongs to another interpreter: its type object \
                 was created there, and a class cannot be shared between interpreters"
            );
            drop(err);
            pyo3::ffi::Py_EndInterpreter(sub);
            pyo3::ffi::PyThreadState_Swap(main);
        }
        assert_eq!(
            Bound::new(py, Counter { count: 2 }).unwrap().borrow().count,
            2
        );
    });
}
