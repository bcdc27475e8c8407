//! Running Python from Rust: `run`, `eval`, modules from source, `py_run!`.

use pyo3::exceptions::{PyNameError, PySyntaxError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{IntoPyDict, PyDict, PyList};
use pyo3::{ffi::c_str, py_run};

use crate::common::with_py;

#[test]
fn eval_and_run_with_globals_and_locals() {
    with_py(|py| {
        assert_eq!(
            py.eval(c"1 + 2", None, None)
                .unwrap()
                .extract::<i32>()
                .unwrap(),
            3
        );
        let locals = [("os", py.import("os").unwrap())].into_py_dict(py).unwrap();
        let sep: String = py
            .eval(c_str!("os.sep"), None, Some(&locals))
            .unwrap()
            .extract()
            .unwrap();
        assert_eq!(sep, "/");
        let globals = PyDict::new(py);
        py.run(c"x = 10\ndef f(y): return x + y", Some(&globals), None)
            .unwrap();
        assert_eq!(
            py.eval(c"f(5)", Some(&globals), None)
                .unwrap()
                .extract::<i32>()
                .unwrap(),
            15
        );
        // Code run with fresh globals can import (builtins are provided).
        py.run(
            c"import math\nassert math.sqrt(4) == 2",
            Some(&PyDict::new(py)),
            None,
        )
        .unwrap();
        let syntax = py.run(c"def (", None, None).unwrap_err();
        assert!(syntax.is_instance_of::<PySyntaxError>(py));
        let name = py
            .eval(c"undefined_name", Some(&PyDict::new(py)), None)
            .unwrap_err();
        assert!(name.is_instance_of::<PyNameError>(py));
        assert_eq!(
            name.to_string(),
            "NameError: name 'undefined_name' is not defined"
        );
    });
}

#[test]
fn module_from_code_is_importable() {
    with_py(|py| {
        let module = PyModule::from_code(
            py,
            c"def triple(x):\n    return 3 * x\nVALUE = 'v'",
            c"triple.py",
            c"tripler",
        )
        .unwrap();
        assert_eq!(
            module
                .getattr("triple")
                .unwrap()
                .call1((4,))
                .unwrap()
                .extract::<i32>()
                .unwrap(),
            12
        );
        assert_eq!(module.name().unwrap().to_string(), "tripler");
        assert_eq!(module.filename().unwrap().to_string(), "triple.py");
        let imported = py.import("tripler").unwrap();
        assert!(imported.is(&module));
        let failing =
            PyModule::from_code(py, c"raise ValueError('at import')", c"", c"broken_module");
        assert!(failing.unwrap_err().is_instance_of::<PyValueError>(py));
        assert!(py.import("module_that_does_not_exist").is_err());
    });
}

#[test]
fn module_creation_and_attributes() {
    with_py(|py| {
        let module = PyModule::new(py, "made_here").unwrap();
        module.add("ANSWER", 42).unwrap();
        module.add("NAME", "made").unwrap();
        assert_eq!(
            module.getattr("ANSWER").unwrap().extract::<i32>().unwrap(),
            42
        );
        assert_eq!(module.index().unwrap().to_string(), "['ANSWER', 'NAME']");
        assert!(module.dict().contains("NAME").unwrap());
        let sub = PyModule::new(py, "sub").unwrap();
        module.add_submodule(&sub).unwrap();
        assert!(module.getattr("sub").unwrap().is(&sub));
        let function =
            pyo3::types::PyCFunction::new_closure(py, Some(c"hello"), None, |_, _| "hi").unwrap();
        module.add_function(function).unwrap();
        assert_eq!(
            module
                .getattr("hello")
                .unwrap()
                .call0()
                .unwrap()
                .to_string(),
            "hi"
        );
        module.gil_used(false).unwrap();
    });
}

#[test]
fn py_run_binds_locals() {
    with_py(|py| {
        let list = PyList::new(py, [1, 2, 3]).unwrap();
        let factor = 10;
        py_run!(py, list factor, "assert list[2] * factor == 30");
        py_run!(
            py,
            list,
            r#"
            total = 0
            for item in list:
                total += item
            assert total == 6
            "#
        );
        let locals = [("value", 5)].into_py_dict(py).unwrap();
        py_run!(py, *locals, "assert value == 5");
    });
}

#[test]
#[should_panic(expected = "AssertionError")]
fn py_run_panics_on_python_errors() {
    with_py(|py| {
        let value = 1;
        py_run!(py, value, "assert value == 2");
    });
}

#[test]
fn c_str_macro_and_literals_agree() {
    assert_eq!(c_str!("text"), c"text");
    assert_eq!(pyo3::ffi::c_str!("a b").to_bytes(), b"a b");
}
