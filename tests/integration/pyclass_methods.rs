//! `#[pymethods]` items: constructors of every return form, `__init__`,
//! properties with setters and deleters, class attributes, field types.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use crate::common::with_py;

fn run(py: Python<'_>, items: &[(&str, Bound<'_, PyAny>)], code: &str) {
    let globals = PyDict::new(py);
    for (name, value) in items {
        globals.set_item(name, value).unwrap();
    }
    let code = format!(
        "import sys\ndef err(call):\n    try:\n        call()\n    except BaseException as e:\n        return f'{{type(e).__name__}}: {{e}}'\n    raise AssertionError('no exception')\n{code}"
    );
    let code = std::ffi::CString::new(code).unwrap();
    if let Err(err) = py.run(&code, Some(&globals), None) {
        err.print(py);
        panic!("Python assertions failed: {err}");
    }
}

#[pyclass(subclass)]
struct Configured {
    #[pyo3(get)]
    level: u32,
    #[pyo3(get)]
    inits: u32,
}

#[pymethods]
impl Configured {
    #[new]
    #[pyo3(signature = (*_args, **_kwargs))]
    fn new(_args: &Bound<'_, PyTuple>, _kwargs: Option<&Bound<'_, PyDict>>) -> Self {
        Configured { level: 0, inits: 0 }
    }

    #[pyo3(signature = (level = 1))]
    fn __init__(&mut self, level: u32) {
        self.level = level;
        self.inits += 1;
    }
}

#[test]
fn init_runs_after_new() {
    with_py(|py| {
        run(
            py,
            &[("Configured", py.get_type::<Configured>().into_any())],
            r#"
c = Configured(5)
assert (c.level, c.inits) == (5, 1)
assert Configured().level == 1
c.__init__(9)
assert (c.level, c.inits) == (9, 2)
assert err(lambda: Configured(1, 2)) == "TypeError: Configured.__init__() takes from 0 to 1 positional arguments but 2 were given"
class Sub(Configured):
    def __init__(self):
        super().__init__(7)
assert Sub().level == 7
"#,
        );
    });
}

#[pyclass]
struct Made {
    #[pyo3(get)]
    how: &'static str,
}

#[pymethods]
impl Made {
    #[new]
    fn new(py: Python<'_>, how: &str) -> PyResult<Py<Self>> {
        match how {
            "fail" => Err(PyValueError::new_err("refused")),
            _ => Py::new(py, Made { how: "py" }),
        }
    }
}

impl Made {
    fn initializer() -> PyClassInitializer<Self> {
        PyClassInitializer::from(Made { how: "initializer" })
    }
}

#[test]
fn constructors_of_every_form() {
    with_py(|py| {
        run(
            py,
            &[("Made", py.get_type::<Made>().into_any())],
            r#"
assert Made("x").how == "py"
assert err(lambda: Made("fail")) == "ValueError: refused"
"#,
        );
        let made = Bound::new(py, Made::initializer()).unwrap();
        assert_eq!(made.borrow().how, "initializer");
    });
}

#[pyclass(from_py_object)]
#[derive(Clone)]
struct Inner {
    #[pyo3(get, set)]
    n: u32,
}

#[pyclass]
struct Outer {
    /// A copy of the inner value on every read.
    #[pyo3(get, set)]
    inner: Inner,
    #[pyo3(get)]
    shared: Py<Inner>,
    #[cfg(any())]
    #[pyo3(get)]
    configured_out: u32,
    #[pyo3(get, set, name = "label")]
    text: Option<String>,
}

#[pymethods]
impl Outer {
    #[new]
    fn new(py: Python<'_>) -> PyResult<Self> {
        Ok(Outer {
            inner: Inner { n: 1 },
            shared: Py::new(py, Inner { n: 2 })?,
            text: None,
        })
    }

    #[getter]
    fn get_size(&self) -> usize {
        self.text.as_ref().map_or(0, String::len)
    }

    #[setter]
    fn set_size(&mut self, size: usize) -> PyResult<()> {
        if size > 10 {
            return Err(PyValueError::new_err("too big"));
        }
        self.text = Some("x".repeat(size));
        Ok(())
    }

    #[deleter]
    fn delete_size(&mut self) {
        self.text = None;
    }

    #[getter(only_read)]
    fn read_only(&self) -> u32 {
        3
    }

    #[classattr]
    fn default_inner() -> Inner {
        Inner { n: 42 }
    }

    #[pyo3(warn(message = "old is deprecated", category = pyo3::exceptions::PyDeprecationWarning))]
    fn old(&self) -> u32 {
        0
    }
}

#[test]
fn properties_fields_and_class_attributes() {
    with_py(|py| {
        run(
            py,
            &[("Outer", py.get_type::<Outer>().into_any())],
            r#"
import warnings
o = Outer()
copy = o.inner
copy.n = 10
assert o.inner.n == 1, "the getter returns a copy"
o.inner = copy
assert o.inner.n == 10
assert o.shared is o.shared and o.shared.n == 2
assert not hasattr(o, "configured_out")
assert o.label is None
o.label = "abc"
assert o.label == "abc" and o.size == 3
o.size = 5
assert o.label == "xxxxx"
assert err(lambda: setattr(o, "size", 11)) == "ValueError: too big"
del o.size
assert o.label is None and o.size == 0
assert o.only_read == 3
assert err(lambda: setattr(o, "only_read", 1)).startswith("AttributeError:")
def del_label():
    del o.label
assert err(del_label) == "AttributeError: property has no deleter"
assert Outer.default_inner.n == 42
assert Outer.inner.__doc__ == "A copy of the inner value on every read."
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    assert o.old() == 0
assert [str(w.message) for w in caught] == ["old is deprecated"]
assert caught[0].category is DeprecationWarning
"#,
        );
    });
}
