//! Classes in modules: `add_class`, classes defined inside a declarative
//! `#[pymodule] mod` (their `__module__` is the module's) and classes
//! exported with `#[pymodule_export] use`.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::common::with_py;

#[pyclass]
struct Outside {}

#[pyclass(module = "elsewhere")]
struct Placed {}

#[pymodule]
mod shapes {
    use pyo3::prelude::*;

    #[pymodule_export]
    use super::{Outside, Placed};

    /// A square.
    #[pyclass]
    struct Square {
        #[pyo3(get)]
        side: u32,
    }

    #[pymethods]
    impl Square {
        #[new]
        fn new(side: u32) -> Self {
            Square { side }
        }

        fn area(&self) -> u32 {
            self.side * self.side
        }
    }

    #[pyclass(module = "custom")]
    struct Named {}

    #[pymodule]
    mod inner {
        use pyo3::prelude::*;

        #[pyclass]
        struct Deep {}
    }
}

#[pymodule]
fn functional(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Outside>()?;
    Ok(())
}

#[test]
fn classes_in_declarative_modules() {
    with_py(|py| {
        let module = pyo3::wrap_pymodule!(shapes)(py);
        let globals = PyDict::new(py);
        globals.set_item("m", module.bind(py)).unwrap();
        let code = c"
assert m.Square(3).area() == 9
assert m.Square.__module__ == 'shapes', m.Square.__module__
assert m.Square.__doc__.endswith('A square.'), m.Square.__doc__
assert m.Named.__module__ == 'custom'
assert m.inner.Deep.__module__ == 'shapes.inner', m.inner.Deep.__module__
assert m.Outside.__name__ == 'Outside' and m.Outside.__module__ == 'builtins'
assert m.Placed.__module__ == 'elsewhere'
";
        if let Err(err) = py.run(code, Some(&globals), None) {
            err.print(py);
            panic!("{err}");
        }
        let functional = pyo3::wrap_pymodule!(functional)(py);
        let outside = functional.bind(py).getattr("Outside").unwrap();
        assert!(outside.is(py.get_type::<Outside>()));
    });
}
