//! `multiple-pymethods`: several `#[pymethods]` blocks for one class.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::common::with_py;

#[pyclass]
struct Split {
    value: u32,
}

#[pymethods]
impl Split {
    #[new]
    fn new(value: u32) -> Self {
        Split { value }
    }

    fn first(&self) -> u32 {
        self.value
    }
}

#[pymethods]
impl Split {
    fn second(&self) -> u32 {
        self.value * 2
    }

    #[getter]
    fn third(&self) -> u32 {
        self.value * 3
    }
}

#[pymethods]
impl Split {
    #[classattr]
    const FOURTH: u32 = 4;
}

#[test]
fn every_block_contributes() {
    with_py(|py| {
        let globals = PyDict::new(py);
        globals.set_item("Split", py.get_type::<Split>()).unwrap();
        py.run(
            c"s = Split(5)\nassert (s.first(), s.second(), s.third, Split.FOURTH) == (5, 10, 15, 4)",
            Some(&globals),
            None,
        )
        .unwrap();
    });
}
