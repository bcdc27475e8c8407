//! `#[pymodule]` in both forms, made with `wrap_pymodule!`: functions,
//! submodules, exported constants and items, init functions, options, and
//! the deprecated `#[pyfn]`.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use pyo3::{PyResult, wrap_pymodule};

use crate::common::with_py;

fn run(py: Python<'_>, globals: &Bound<'_, PyDict>, code: &str) {
    let code = std::ffi::CString::new(code).unwrap();
    if let Err(err) = py.run(&code, Some(globals), None) {
        err.print(py);
        panic!("Python assertions failed: {err}");
    }
}

/// Doubles a number.
#[pyfunction]
fn double(x: i64) -> i64 {
    x * 2
}

#[pyfunction]
fn triple(x: i64) -> i64 {
    x * 3
}

/// Submodule made from a function.
#[pymodule]
fn helpers(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(triple, m)?)?;
    m.add("ANSWER", 42)?;
    Ok(())
}

/// A module made from a function.
#[pymodule]
fn function_form(py: Python<'_>, m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(double, m)?)?;
    m.add_wrapped(wrap_pyfunction!(triple))?;
    m.add_wrapped(wrap_pymodule!(helpers))?;
    m.add("GREETING", "hello")?;
    m.add("PY_OK", py.version_info().major == 3)?;
    Ok(())
}

#[test]
fn function_form_module() {
    with_py(|py| {
        let module = wrap_pymodule!(function_form)(py);
        let globals = PyDict::new(py);
        globals.set_item("m", module.bind(py)).unwrap();
        run(
            py,
            &globals,
            r#"
assert m.__name__ == 'function_form'
assert m.__doc__ == 'A module made from a function.', repr(m.__doc__)
assert m.double(4) == 8 and m.triple(4) == 12
assert m.double.__module__ == 'function_form'
assert m.double.__doc__ == 'Doubles a number.'
assert m.GREETING == 'hello' and m.PY_OK is True
assert m.helpers.__name__ == 'helpers'
assert m.helpers.triple(2) == 6 and m.helpers.ANSWER == 42
assert sorted(m.__all__) == ['GREETING', 'PY_OK', 'double', 'helpers', 'triple'], m.__all__
"#,
        );
    });
}

#[test]
fn wrap_pymodule_returns_the_same_module_each_time() {
    with_py(|py| {
        let first = wrap_pymodule!(helpers)(py);
        let second = wrap_pymodule!(helpers)(py);
        assert!(first.is(&second));
    });
}

#[pyfunction]
fn outside() -> &'static str {
    "outside"
}

/// A declarative module.
#[pymodule(name = "renamed_declarative")]
mod declarative {
    use pyo3::prelude::*;

    #[pymodule_export]
    use super::outside;

    #[pymodule_export]
    use super::helpers as helper_module;

    #[pymodule_export]
    const LIMIT: u32 = 10;

    #[pymodule_export]
    #[cfg(any())]
    const NEVER: u32 = 0;

    /// Adds one.
    #[pyfunction]
    fn inc(x: i64) -> i64 {
        x + 1
    }

    /// A nested module.
    #[pymodule]
    mod nested {
        use pyo3::prelude::*;

        #[pyfunction]
        fn deep() -> &'static str {
            "deep"
        }

        #[pymodule_export]
        const DEPTH: u32 = 2;
    }

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        // Runs after the items above were added.
        let inc = m.getattr("inc")?;
        m.add("INIT_SAW_INC", inc.call1((1,))?)?;
        Ok(())
    }
}

#[test]
fn declarative_module() {
    with_py(|py| {
        let module = wrap_pymodule!(declarative)(py);
        let globals = PyDict::new(py);
        globals.set_item("m", module.bind(py)).unwrap();
        run(
            py,
            &globals,
            r#"
assert m.__name__ == 'renamed_declarative'
assert m.__doc__ == 'A declarative module.'
assert m.inc(1) == 2 and m.inc.__doc__ == 'Adds one.'
assert m.inc.__module__ == 'renamed_declarative'
assert m.outside() == 'outside'
assert m.LIMIT == 10
assert not hasattr(m, 'NEVER')
assert m.INIT_SAW_INC == 2
assert m.helpers.triple(3) == 9
assert m.nested.__name__ == 'renamed_declarative.nested', m.nested.__name__
assert m.nested.__doc__ == 'A nested module.'
assert m.nested.deep() == 'deep' and m.nested.DEPTH == 2
assert m.nested.deep.__module__ == 'renamed_declarative.nested'
"#,
        );
    });
}

#[pymodule(module = "package", name = "child")]
fn with_parent(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("X", 1)
}

#[test]
fn module_option_gives_the_full_name() {
    with_py(|py| {
        let parent = PyModule::new(py, "package").unwrap();
        parent.add_wrapped(wrap_pymodule!(with_parent)).unwrap();
        let child = parent.getattr("child").unwrap();
        assert_eq!(
            child
                .getattr("__name__")
                .unwrap()
                .extract::<String>()
                .unwrap(),
            "package.child"
        );
    });
}

#[pymodule(gil_used = false)]
fn declares_gil_use(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("OK", true)
}

#[pymodule(gil_used = true)]
fn needs_the_gil(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("OK", true)
}

/// The value of the `Py_mod_gil` slot in the definition of `module`, if it
/// has one.
#[cfg(all(Py_3_13, not(any(Py_LIMITED_API, PyPy, GraalPy))))]
fn gil_slot(module: &Bound<'_, PyModule>) -> Option<*mut std::ffi::c_void> {
    use pyo3::ffi;
    // SAFETY: attached; a module made from a definition returns it, and its
    // slot array ends with a zero slot.
    unsafe {
        let def = ffi::PyModule_GetDef(module.as_ptr());
        assert!(!def.is_null(), "the module was not made from a definition");
        let mut slot = (*def).m_slots;
        while (*slot).slot != 0 {
            if (*slot).slot == ffi::Py_mod_gil {
                return Some((*slot).value);
            }
            slot = slot.add(1);
        }
        None
    }
}

#[test]
fn gil_used_option_builds_a_working_module() {
    with_py(|py| {
        let module = wrap_pymodule!(declares_gil_use)(py);
        assert!(module.bind(py).getattr("OK").unwrap().is_truthy().unwrap());
        let needs_gil = wrap_pymodule!(needs_the_gil)(py);
        #[cfg(all(Py_3_13, not(any(Py_LIMITED_API, PyPy, GraalPy))))]
        {
            // The option reaches the interpreter as the `Py_mod_gil` slot.
            assert_eq!(
                gil_slot(module.bind(py)),
                Some(pyo3::ffi::Py_MOD_GIL_NOT_USED)
            );
            assert_eq!(
                gil_slot(needs_gil.bind(py)),
                Some(pyo3::ffi::Py_MOD_GIL_USED)
            );
        }
        let _ = needs_gil;
    });
}

#[pymodule]
fn failing_init(_m: &Bound<'_, PyModule>) -> PyResult<()> {
    Err(pyo3::exceptions::PyRuntimeError::new_err("init failed"))
}

#[test]
fn an_init_error_reaches_the_caller() {
    with_py(|py| {
        let result = std::panic::catch_unwind(|| wrap_pymodule!(failing_init)(py));
        // `wrap_pymodule!` panics on failure, as PyO3's does; the error is
        // in the panic message.
        let message = match result {
            Err(payload) => payload
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_default(),
            Ok(_) => panic!("a failing module init must not produce a module"),
        };
        assert!(message.contains("init failed"), "{message}");
    });
}

#[pymodule]
#[allow(deprecated)]
fn old_style(m: &Bound<'_, PyModule>) -> PyResult<()> {
    #[pyfn(m)]
    fn quadruple(x: i64) -> i64 {
        x * 4
    }

    #[pyfn(m, "renamed_pyfn")]
    fn original(x: i64) -> i64 {
        x
    }

    #[pyfn(m, signature = (x, y = 5))]
    fn with_signature(x: i64, y: i64) -> i64 {
        x + y
    }

    m.add("AFTER", true)
}

#[test]
fn pyfn_attribute_still_works() {
    with_py(|py| {
        let module = wrap_pymodule!(old_style)(py);
        let globals = PyDict::new(py);
        globals.set_item("m", module.bind(py)).unwrap();
        run(
            py,
            &globals,
            r#"
assert m.quadruple(2) == 8
assert m.renamed_pyfn(7) == 7
assert m.with_signature(1) == 6
assert m.with_signature.__text_signature__ == '(x, y=5)'
assert m.AFTER is True
"#,
        );
    });
}

/// The module taken by value.
#[pymodule]
fn by_value(m: Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(double, &m)?)?;
    m.add("OWNED", true)
}

/// The module taken by value after the `Python` token.
#[pymodule]
fn by_value_with_py(py: Python<'_>, m: Bound<'_, PyModule>) -> PyResult<()> {
    m.add("MAJOR", py.version_info().major)?;
    m.add_wrapped(wrap_pyfunction!(triple))
}

/// A declarative module whose init function takes the module by value.
#[pymodule]
mod declarative_by_value {
    use pyo3::prelude::*;

    #[pymodule_init]
    fn init(m: Bound<'_, PyModule>) -> PyResult<()> {
        m.add("INIT_RAN", true)
    }
}

#[test]
fn module_functions_may_take_the_module_by_value() {
    with_py(|py| {
        let globals = PyDict::new(py);
        for (name, module) in [
            ("a", wrap_pymodule!(by_value)(py)),
            ("b", wrap_pymodule!(by_value_with_py)(py)),
            ("c", wrap_pymodule!(declarative_by_value)(py)),
        ] {
            globals.set_item(name, module.bind(py)).unwrap();
        }
        run(
            py,
            &globals,
            r#"
assert a.__name__ == 'by_value' and a.__doc__ == 'The module taken by value.'
assert a.double(4) == 8 and a.OWNED is True
assert b.__name__ == 'by_value_with_py' and b.MAJOR == 3 and b.triple(2) == 6
assert c.INIT_RAN is True
"#,
        );
    });
}
