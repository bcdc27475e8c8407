//! Class chains: `extends` another class or a native type, Python
//! subclasses overriding methods, `super()` from both sides.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::common::with_py;

#[pyclass(subclass)]
struct Base {
    #[pyo3(get)]
    base_value: i32,
}

#[pymethods]
impl Base {
    #[new]
    fn new(base_value: i32) -> Self {
        Base { base_value }
    }

    fn describe(&self) -> String {
        format!("base {}", self.base_value)
    }
}

#[pyclass(extends = Base, subclass)]
struct Middle {
    #[pyo3(get)]
    middle_value: i32,
}

#[pymethods]
impl Middle {
    #[new]
    fn new(base_value: i32, middle_value: i32) -> (Self, Base) {
        (Middle { middle_value }, Base { base_value })
    }

    fn sum(slf: PyRef<'_, Self>) -> i32 {
        slf.middle_value + slf.as_super().base_value
    }
}

#[pyclass(extends = Middle)]
struct Leaf {
    #[pyo3(get)]
    leaf_value: i32,
}

#[pymethods]
impl Leaf {
    #[new]
    fn new(values: (i32, i32, i32)) -> PyClassInitializer<Self> {
        PyClassInitializer::from(Base {
            base_value: values.0,
        })
        .add_subclass(Middle {
            middle_value: values.1,
        })
        .add_subclass(Leaf {
            leaf_value: values.2,
        })
    }

    fn total(slf: PyRef<'_, Self>) -> i32 {
        let leaf = slf.leaf_value;
        let middle = slf.into_super();
        leaf + middle.middle_value + middle.as_super().base_value
    }
}

// Native bases other than `object` have hidden layouts under the stable ABI.
#[cfg(not(Py_LIMITED_API))]
#[pyclass(extends = pyo3::exceptions::PyException)]
struct AppError {
    #[pyo3(get)]
    code: u32,
}

#[cfg(not(Py_LIMITED_API))]
#[pymethods]
impl AppError {
    #[new]
    fn new(code: u32) -> Self {
        AppError { code }
    }
}

#[cfg(not(Py_LIMITED_API))]
#[pyclass(extends = pyo3::types::PyDict, subclass)]
struct Registry {
    #[pyo3(get, set)]
    label: String,
}

#[cfg(not(Py_LIMITED_API))]
#[pymethods]
impl Registry {
    #[new]
    fn new() -> Self {
        Registry {
            label: "registry".into(),
        }
    }

    /// Stores through the base class's `__setitem__`, reached with
    /// `super()` from Rust, and counts the stores in the label.
    fn put(slf: &Bound<'_, Self>, key: &str, value: i32) -> PyResult<()> {
        let class = slf.py().get_type::<Registry>();
        pyo3::types::PySuper::new(&class, slf.as_any())?
            .call_method1("__setitem__", (key, value))?;
        slf.borrow_mut().label.push('+');
        Ok(())
    }
}

fn run(py: Python<'_>, code: &str) {
    let locals = PyDict::new(py);
    locals.set_item("Base", py.get_type::<Base>()).unwrap();
    locals.set_item("Middle", py.get_type::<Middle>()).unwrap();
    locals.set_item("Leaf", py.get_type::<Leaf>()).unwrap();
    #[cfg(not(Py_LIMITED_API))]
    {
        locals
            .set_item("AppError", py.get_type::<AppError>())
            .unwrap();
        locals
            .set_item("Registry", py.get_type::<Registry>())
            .unwrap();
    }
    let code = std::ffi::CString::new(code).unwrap();
    if let Err(err) = py.run(&code, None, Some(&locals)) {
        err.print(py);
        panic!("Python assertions failed: {err}");
    }
}

#[test]
fn a_chain_three_deep_built_from_python() {
    with_py(|py| {
        run(
            py,
            r#"
leaf = Leaf((1, 2, 3))
assert leaf.total() == 6
assert leaf.sum() == 3
assert leaf.describe() == "base 1"
assert (leaf.base_value, leaf.middle_value, leaf.leaf_value) == (1, 2, 3)
assert isinstance(leaf, Middle) and isinstance(leaf, Base)
assert Leaf.__mro__[1:] == (Middle, Base, object)
"#,
        );
    });
}

#[test]
fn a_chain_three_deep_built_from_rust() {
    with_py(|py| {
        let init = PyClassInitializer::from(Base { base_value: 10 })
            .add_subclass(Middle { middle_value: 20 })
            .add_subclass(Leaf { leaf_value: 30 });
        let leaf = Bound::new(py, init).unwrap();
        let borrowed = leaf.borrow();
        assert_eq!(borrowed.leaf_value, 30);
        assert_eq!(borrowed.as_super().middle_value, 20);
        assert_eq!(borrowed.as_super().as_super().base_value, 10);
        drop(borrowed);
        let middle: Bound<'_, Middle> =
            Bound::new(py, (Middle { middle_value: 2 }, Base { base_value: 1 })).unwrap();
        assert_eq!(middle.borrow().as_super().describe(), "base 1");
    });
}

#[test]
fn python_subclasses_override_and_call_super() {
    with_py(|py| {
        run(
            py,
            r#"
class Py(Base):
    def __init__(self, value):
        self.extra = "x"
    def describe(self):
        return "py " + super().describe()

p = Py(4)
assert p.describe() == "py base 4"
assert p.extra == "x"
assert p.base_value == 4
assert isinstance(p, Base)
"#,
        );
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn a_class_extending_an_exception_is_raised_from_rust_and_python() {
    with_py(|py| {
        let err = PyErr::new::<AppError, _>((7,));
        let value = err.value(py);
        assert_eq!(value.getattr("code").unwrap().extract::<u32>().unwrap(), 7);
        assert!(err.is_instance_of::<pyo3::exceptions::PyException>(py));
        run(
            py,
            r#"
try:
    raise AppError(3)
except Exception as e:
    assert e.code == 3
    assert isinstance(e, AppError)
else:
    raise AssertionError("not raised")
"#,
        );
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn a_class_extending_dict_is_a_dict() {
    with_py(|py| {
        run(
            py,
            r#"
r = Registry()
r["a"] = 1
assert r["a"] == 1 and len(r) == 1
assert isinstance(r, dict)
assert r.label == "registry"
r.label = "other"
assert r.label == "other"
r.put("b", 2)
assert r["b"] == 2 and r.label == "other+"

class Counting(Registry):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)
c = Counting()
c["x"] = 1
assert c["x"] == 10
c.put("y", 2)          # Rust's super() skips Counting: dict's own __setitem__
assert c["y"] == 2
"#,
        );
    });
}
