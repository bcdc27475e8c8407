//! Borrowing class values: `PyRef` / `PyRefMut` from Rust and as
//! arguments, borrow conflicts and their messages, casts and conversions.

use pyo3::prelude::*;
use pyo3::pycell::{PyBorrowError, PyBorrowMutError};
use pyo3::types::PyDict;

use crate::common::{refcount, with_py};

#[pyclass]
#[derive(Clone, Debug)]
struct Cell {
    #[pyo3(get)]
    value: i64,
}

#[pymethods]
impl Cell {
    #[new]
    fn new(value: i64) -> Self {
        Cell { value }
    }

    /// Calls `callback` while holding `&mut self`.
    fn update_with(&mut self, py: Python<'_>, callback: Py<PyAny>) -> PyResult<()> {
        callback.call0(py)?;
        self.value += 1;
        Ok(())
    }

    fn read(&self) -> i64 {
        self.value
    }

    fn via_bound(slf: &Bound<'_, Self>) -> i64 {
        slf.borrow().value
    }

    fn via_owned_bound(slf: Bound<'_, Self>) -> i64 {
        slf.borrow().value
    }

    fn via_py(slf: Py<Self>, py: Python<'_>) -> i64 {
        slf.borrow(py).value
    }

    fn via_ref_mut(mut slf: PyRefMut<'_, Self>) -> i64 {
        slf.value *= 2;
        slf.value
    }

    fn same(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
}

#[pyfunction]
fn cell_value(cell: PyRef<'_, Cell>) -> i64 {
    cell.value
}

#[pyfunction]
fn double_cell(mut cell: PyRefMut<'_, Cell>) {
    cell.value *= 2;
}

#[pyclass(from_py_object, new = "from_fields")]
#[derive(Clone)]
struct Copyable {
    #[pyo3(get)]
    n: u8,
}

#[pyfunction]
fn copy_n(value: Copyable) -> u8 {
    value.n
}

fn globals<'py>(py: Python<'py>) -> Bound<'py, PyDict> {
    let globals = PyDict::new(py);
    globals.set_item("Cell", py.get_type::<Cell>()).unwrap();
    globals
        .set_item("Copyable", py.get_type::<Copyable>())
        .unwrap();
    for function in [
        wrap_pyfunction!(cell_value, py).unwrap(),
        wrap_pyfunction!(double_cell, py).unwrap(),
        wrap_pyfunction!(copy_n, py).unwrap(),
    ] {
        let name = function.getattr("__name__").unwrap();
        globals.set_item(name, function).unwrap();
    }
    globals
}

fn run(py: Python<'_>, globals: &Bound<'_, PyDict>, code: &str) {
    let code = std::ffi::CString::new(code).unwrap();
    if let Err(err) = py.run(&code, Some(globals), None) {
        err.print(py);
        panic!("Python assertions failed: {err}");
    }
}

#[test]
fn receivers_and_arguments() {
    with_py(|py| {
        let globals = globals(py);
        run(
            py,
            &globals,
            r#"
c = Cell(4)
assert (c.read(), c.via_bound(), c.via_owned_bound(), c.via_py()) == (4, 4, 4, 4)
assert c.via_ref_mut() == 8
assert c.same() is c
assert cell_value(c) == 8
double_cell(c)
assert c.value == 16
assert copy_n(Copyable(3)) == 3
"#,
        );
    });
}

#[test]
fn borrow_conflicts_raise_runtime_error() {
    with_py(|py| {
        let globals = globals(py);
        run(
            py,
            &globals,
            r#"
import sys
c = Cell(1)
def err(call, note=None):
    try:
        call()
    except BaseException as e:
        if note is not None and sys.version_info >= (3, 11):
            assert getattr(e, "__notes__", None) == [note], (str(e), getattr(e, "__notes__", None))
        return f"{type(e).__name__}: {e}"
    raise AssertionError("no exception")

def check(actual, expected):
    assert actual == expected, (actual, expected)

check(err(lambda: c.update_with(lambda: c.read())), "RuntimeError: Already mutably borrowed")
check(err(lambda: c.update_with(lambda: c.update_with(lambda: None))), "RuntimeError: Already borrowed")
check(err(lambda: c.update_with(lambda: cell_value(c)), "while processing 'cell'"), "RuntimeError: Already mutably borrowed")
check(err(lambda: c.update_with(lambda: c.value)), "RuntimeError: Already mutably borrowed")
assert c.value == 1  # every update above failed inside the callback
c.update_with(lambda: None)
assert c.value == 2
check(err(lambda: cell_value(5), "while processing 'cell'"), "TypeError: 'int' object is not an instance of 'Cell'")
check(err(lambda: copy_n(c), "while processing 'value'"), "TypeError: 'Cell' object is not an instance of 'Copyable'")
"#,
        );
    });
}

#[test]
fn borrows_from_rust() {
    with_py(|py| {
        let cell = Bound::new(py, Cell { value: 1 }).unwrap();
        {
            let first = cell.borrow();
            let second = cell.try_borrow().unwrap();
            assert_eq!(first.value + second.value, 2);
            let err: PyBorrowMutError = cell.try_borrow_mut().unwrap_err();
            assert_eq!(err.to_string(), "Already borrowed");
            let err: PyErr = err.into();
            assert!(err.is_instance_of::<pyo3::exceptions::PyRuntimeError>(py));
        }
        {
            let mut exclusive = cell.borrow_mut();
            exclusive.value = 7;
            let err: PyBorrowError = cell.try_borrow().unwrap_err();
            assert_eq!(err.to_string(), "Already mutably borrowed");
            assert!(cell.try_borrow_mut().is_err());
        }
        assert_eq!(cell.borrow().value, 7);
        let unbound: Py<Cell> = cell.clone().unbind();
        unbound.borrow_mut(py).value += 1;
        assert_eq!(unbound.try_borrow(py).unwrap().value, 8);
        // The borrows hold references only while they live.
        let before = refcount(cell.as_any());
        let borrowed = cell.borrow();
        let as_object = borrowed.into_pyobject(py).unwrap();
        assert!(as_object.is(&cell));
        drop(as_object);
        assert_eq!(refcount(cell.as_any()), before);
    });
}

#[test]
fn casts_isinstance_and_extraction() {
    with_py(|py| {
        let cell = Bound::new(py, Cell { value: 3 }).unwrap().into_any();
        assert!(cell.is_instance_of::<Cell>());
        assert!(!cell.is_instance_of::<Copyable>());
        let typed = cell.cast::<Cell>().unwrap();
        assert_eq!(typed.borrow().value, 3);
        #[allow(deprecated)]
        let downcast = cell.downcast::<Cell>().unwrap();
        assert_eq!(downcast.borrow().value, 3);
        let err = cell.cast::<Copyable>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "'Cell' object is not an instance of 'Copyable'"
        );
        let extracted: PyRef<'_, Cell> = cell.extract().unwrap();
        assert_eq!(extracted.value, 3);
        drop(extracted);
        let bound: Bound<'_, Cell> = cell.extract().unwrap();
        let owned: Py<Cell> = cell.extract().unwrap();
        assert!(bound.is(&owned));
        let five = 5i32.into_pyobject(py).unwrap().into_any();
        assert!(five.extract::<PyRef<'_, Cell>>().is_err());
        let copied: Copyable = Bound::new(py, Copyable { n: 9 })
            .unwrap()
            .into_any()
            .extract()
            .unwrap();
        assert_eq!(copied.n, 9);
        // A class converts into a new object.
        let object = Cell { value: 11 }.into_pyobject(py).unwrap();
        assert_eq!(object.borrow().value, 11);
        assert_eq!(refcount(object.as_any()), 1);
    });
}
