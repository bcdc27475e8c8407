//! `py_run!`.

/// Runs Python statements with Rust values bound to local names; on an
/// exception, prints it and panics (it is meant for tests and examples).
///
/// ```
/// use pyo3::prelude::*;
/// use pyo3::py_run;
/// use pyo3::types::{PyDict, PyList};
///
/// Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     let list = PyList::new(py, [1, 2, 3])?;
///     py_run!(py, list, "assert list == [1, 2, 3]");
///     let locals = PyDict::new(py);
///     locals.set_item("x", 42)?;
///     py_run!(py, *locals, "assert x == 42");
///     Ok(())
/// })
/// .unwrap();
/// ```
///
/// The code is dedented first, so it can be written as an indented block.
#[macro_export]
macro_rules! py_run {
    ($py:expr, $($val:ident)+, $code:literal) => {{
        $crate::py_run_impl!($py, $($val)+, $crate::impl_::unindent::unindent($code))
    }};
    ($py:expr, $($val:ident)+, $code:expr) => {{
        $crate::py_run_impl!($py, $($val)+, $crate::impl_::unindent::unindent($code))
    }};
    ($py:expr, *$dict:expr, $code:literal) => {{
        $crate::py_run_impl!($py, *$dict, $crate::impl_::unindent::unindent($code))
    }};
    ($py:expr, *$dict:expr, $code:expr) => {{
        $crate::py_run_impl!($py, *$dict, $crate::impl_::unindent::unindent($code))
    }};
}

/// The body of `py_run!` after dedenting.
#[doc(hidden)]
#[macro_export]
macro_rules! py_run_impl {
    ($py:expr, $($val:ident)+, $code:expr) => {{
        let locals = $crate::types::PyDict::new($py);
        $(
            $crate::types::PyDictMethods::set_item(&locals, stringify!($val), &$val)
                .expect("could not build the locals of py_run!");
        )+
        $crate::py_run_impl!($py, *locals, $code)
    }};
    ($py:expr, *$dict:expr, $code:expr) => {{
        let code: ::std::string::String = $code;
        let code = ::std::ffi::CString::new(code).expect("py_run! code holds a NUL byte");
        if let ::std::result::Result::Err(err) =
            $py.run(&code, ::std::option::Option::None, ::std::option::Option::Some(&$dict))
        {
            err.print($py);
            panic!("{}", err);
        }
    }};
}
