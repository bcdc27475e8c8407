//! `PyErr`: creating, raising, fetching, inspecting, converting errors.

use std::io;

use pyo3::exceptions::*;
use pyo3::prelude::*;
use pyo3::types::{PyCFunction, PyDict, PyTuple};

use crate::common::{eval, with_py};

#[test]
fn lazy_errors_display_type_and_message() {
    with_py(|py| {
        let err = PyValueError::new_err("bad value");
        assert_eq!(err.to_string(), "ValueError: bad value");
        assert!(err.is_instance_of::<PyValueError>(py));
        assert!(err.is_instance_of::<PyException>(py));
        assert!(!err.is_instance_of::<PyTypeError>(py));
        assert_eq!(err.get_type(py).name().unwrap().to_string(), "ValueError");
        assert_eq!(err.value(py).to_string(), "bad value");
        let generic = PyErr::new::<PyTypeError, _>(("two", 2));
        assert_eq!(generic.to_string(), "TypeError: ('two', 2)");
        let empty = PyRuntimeError::new_err(());
        assert_eq!(empty.to_string(), "RuntimeError: ");
    });
}

#[test]
fn from_value_and_from_type() {
    with_py(|py| {
        let instance = eval(py, "KeyError('k')");
        let err = PyErr::from_value(instance.clone());
        assert!(err.value(py).is(&instance));
        assert!(err.is_instance_of::<PyKeyError>(py));
        let from_class = PyErr::from_value(eval(py, "IndexError"));
        assert!(from_class.is_instance_of::<PyIndexError>(py));
        let not_an_exception = PyErr::from_value(eval(py, "'text'"));
        assert_eq!(
            not_an_exception.to_string(),
            "TypeError: exceptions must derive from BaseException"
        );
        let from_type = PyErr::from_type(py.get_type::<PyOSError>(), (2, "No such file"));
        assert!(
            from_type.is_instance_of::<PyFileNotFoundError>(py),
            "OSError maps errno 2"
        );
        assert_eq!(
            from_type.to_string(),
            "FileNotFoundError: [Errno 2] No such file"
        );
    });
}

#[test]
fn restore_fetch_take_and_occurred() {
    with_py(|py| {
        assert!(!PyErr::occurred(py));
        assert!(PyErr::take(py).is_none());
        PyZeroDivisionError::new_err("div").restore(py);
        assert!(PyErr::occurred(py));
        let err = PyErr::fetch(py);
        assert!(!PyErr::occurred(py));
        assert!(err.is_instance_of::<PyZeroDivisionError>(py));
        let raised = py
            .run(c"raise LookupError('missing')", None, None)
            .unwrap_err();
        assert!(raised.is_instance_of::<PyLookupError>(py));
        raised.clone_ref(py).restore(py);
        let again = PyErr::take(py).unwrap();
        assert!(again.value(py).is(raised.value(py)));
    });
}

#[test]
fn errors_keep_their_traceback_and_chain() {
    with_py(|py| {
        let code = c"
def inner():
    raise ValueError('inner problem')
def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError('outer problem') from e
outer()
";
        let err = py.run(code, None, None).unwrap_err();
        assert!(err.is_instance_of::<PyRuntimeError>(py));
        let traceback = err.traceback(py).expect("a raised error has a traceback");
        let text = traceback.format().unwrap();
        assert!(
            text.starts_with("Traceback (most recent call last):\n"),
            "{text}"
        );
        assert!(text.contains("in outer"), "{text}");
        let cause = err.cause(py).expect("raise ... from sets the cause");
        assert_eq!(cause.to_string(), "ValueError: inner problem");
        assert!(
            cause
                .traceback(py)
                .unwrap()
                .format()
                .unwrap()
                .contains("in inner")
        );
        let context = err
            .context(py)
            .expect("raised while handling: context is set");
        assert!(context.value(py).is(cause.value(py)));

        let fresh = PyKeyError::new_err("k");
        assert!(fresh.cause(py).is_none());
        fresh.set_cause(py, Some(PyValueError::new_err("why")));
        assert_eq!(fresh.cause(py).unwrap().to_string(), "ValueError: why");
        fresh.set_cause(py, None);
        assert!(fresh.cause(py).is_none());
        fresh.set_context(py, Some(PyValueError::new_err("ctx")));
        assert_eq!(fresh.context(py).unwrap().to_string(), "ValueError: ctx");
        fresh.set_traceback(py, Some(traceback.clone()));
        assert!(fresh.traceback(py).unwrap().is(&traceback));
        fresh.set_traceback(py, None);
        assert!(fresh.traceback(py).is_none());
    });
}

#[test]
fn debug_shows_type_value_and_traceback() {
    with_py(|py| {
        let err = py
            .run(c"raise Exception('banana')", None, None)
            .unwrap_err();
        let debug = format!("{err:?}");
        assert!(
            debug.starts_with(
                "PyErr { type: <class 'Exception'>, value: Exception('banana'), traceback: Some("
            ),
            "{debug}"
        );
        assert!(
            debug.contains("Traceback (most recent call last):"),
            "{debug}"
        );
        let lazy = format!("{:?}", PyTypeError::new_err("t"));
        assert_eq!(
            lazy,
            "PyErr { type: <class 'TypeError'>, value: TypeError('t'), traceback: None }"
        );
    });
}

#[test]
fn matches_and_is_instance() {
    with_py(|py| {
        let err = PyFileNotFoundError::new_err("f");
        assert!(err.matches(py, py.get_type::<PyOSError>()).unwrap());
        let tuple = PyTuple::new(
            py,
            [py.get_type::<PyKeyError>(), py.get_type::<PyOSError>()],
        )
        .unwrap();
        assert!(err.matches(py, tuple).unwrap());
        assert!(!err.matches(py, py.get_type::<PyKeyError>()).unwrap());
        assert!(err.is_instance(py, py.get_type::<PyException>().as_any()));
    });
}

#[cfg(Py_3_11)]
#[test]
fn add_note_appears_in_notes() {
    with_py(|py| {
        let err = PyValueError::new_err("v");
        err.add_note(py, "while processing 'a'").unwrap();
        let notes = err.value(py).getattr("__notes__").unwrap();
        assert_eq!(notes.to_string(), "[\"while processing 'a'\"]");
    });
}

#[test]
fn new_type_makes_an_exception_class() {
    with_py(|py| {
        let base = py.get_type::<PyValueError>();
        let ty =
            PyErr::new_type(py, c"mymodule.MyError", Some(c"My docs"), Some(&base), None).unwrap();
        let ty = ty.bind(py);
        assert_eq!(ty.name().unwrap().to_string(), "MyError");
        assert_eq!(ty.module().unwrap().to_string(), "mymodule");
        assert!(ty.is_subclass_of::<PyValueError>().unwrap());
        assert_eq!(ty.getattr("__doc__").unwrap().to_string(), "My docs");
        let err = PyErr::from_type(ty.clone(), "raised");
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(err.to_string(), "MyError: raised");
    });
}

#[test]
fn warnings_are_issued_and_can_become_errors() {
    with_py(|py| {
        let globals = PyDict::new(py);
        py.run(
            c"import warnings\nwarnings.simplefilter('error')",
            Some(&globals),
            None,
        )
        .unwrap();
        let category = py.get_type::<PyUserWarning>();
        let err = PyErr::warn(py, &category, c"careful", 0).unwrap_err();
        assert!(err.is_instance_of::<PyUserWarning>(py));
        assert_eq!(err.to_string(), "UserWarning: careful");
        py.run(c"warnings.simplefilter('ignore')", Some(&globals), None)
            .unwrap();
        assert!(PyErr::warn(py, &category, c"careful", 0).is_ok());
        assert!(
            PyErr::warn_explicit(py, &category, c"explicit", c"file.py", 3, None, None).is_ok()
        );
        py.run(c"warnings.resetwarnings()", Some(&globals), None)
            .unwrap();
    });
}

#[test]
fn write_unraisable_calls_the_hook() {
    let _hook = crate::common::unraisable_hook_lock();
    with_py(|py| {
        let globals = PyDict::new(py);
        py.run(
            c"import sys\nseen = []\nold = sys.unraisablehook\nsys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value)))",
            Some(&globals),
            None,
        )
        .unwrap();
        PyRuntimeError::new_err("lost").write_unraisable(py, None);
        py.run(c"sys.unraisablehook = old", Some(&globals), None)
            .unwrap();
        let seen = globals.get_item("seen").unwrap().unwrap();
        assert_eq!(seen.to_string(), "[('RuntimeError', 'lost')]");
    });
}

#[test]
fn std_errors_convert_to_the_expected_exceptions() {
    with_py(|py| {
        let cases: Vec<(PyErr, &str, &str)> = vec![
            (
                "x".parse::<i32>().unwrap_err().into(),
                "ValueError",
                "invalid digit found in string",
            ),
            (
                "x".parse::<f64>().unwrap_err().into(),
                "ValueError",
                "invalid float literal",
            ),
            (
                u8::try_from(300i32).unwrap_err().into(),
                "ValueError",
                "out of range integral type conversion attempted",
            ),
            (
                std::ffi::CString::new("a\0b").unwrap_err().into(),
                "ValueError",
                "nul byte found in provided data at position: 1",
            ),
            (
                "1.2.3.4.5".parse::<std::net::IpAddr>().unwrap_err().into(),
                "ValueError",
                "invalid IP address syntax",
            ),
            (
                "maybe".parse::<bool>().unwrap_err().into(),
                "ValueError",
                "provided string was not `true` or `false`",
            ),
        ];
        for (err, type_name, message) in cases {
            assert_eq!(err.get_type(py).name().unwrap().to_string(), type_name);
            assert_eq!(err.value(py).to_string(), message);
        }
        let utf8: PyErr = String::from_utf8(vec![b'a', 0xff]).unwrap_err().into();
        assert!(utf8.is_instance_of::<PyUnicodeDecodeError>(py));
        assert_eq!(
            utf8.value(py).to_string(),
            "'utf-8' codec can't decode byte 0xff in position 1: invalid utf-8"
        );
        let bytes = [b'a', 0xff];
        let str_err: PyErr = std::str::from_utf8(std::hint::black_box(&bytes))
            .unwrap_err()
            .into();
        assert!(str_err.is_instance_of::<PyUnicodeDecodeError>(py));
    });
}

#[test]
fn io_errors_map_by_kind_both_ways() {
    with_py(|py| {
        let cases = [
            (io::ErrorKind::NotFound, "FileNotFoundError"),
            (io::ErrorKind::PermissionDenied, "PermissionError"),
            (io::ErrorKind::AlreadyExists, "FileExistsError"),
            (io::ErrorKind::BrokenPipe, "BrokenPipeError"),
            (io::ErrorKind::ConnectionRefused, "ConnectionRefusedError"),
            (io::ErrorKind::ConnectionReset, "ConnectionResetError"),
            (io::ErrorKind::ConnectionAborted, "ConnectionAbortedError"),
            (io::ErrorKind::WouldBlock, "BlockingIOError"),
            (io::ErrorKind::TimedOut, "TimeoutError"),
            (io::ErrorKind::Interrupted, "InterruptedError"),
            (io::ErrorKind::Other, "OSError"),
        ];
        for (kind, name) in cases {
            let err: PyErr = io::Error::new(kind, "detail").into();
            assert_eq!(
                err.get_type(py).name().unwrap().to_string(),
                name,
                "{kind:?}"
            );
            let back: io::Error = err.into();
            assert_eq!(back.kind(), kind);
        }
        let os: PyErr = io::Error::from_raw_os_error(2).into();
        assert!(os.is_instance_of::<PyFileNotFoundError>(py));
        assert_eq!(
            os.value(py)
                .getattr("errno")
                .unwrap()
                .extract::<i32>()
                .unwrap(),
            2
        );
        assert_eq!(
            os.to_string(),
            "FileNotFoundError: [Errno 2] No such file or directory"
        );
    });
}

#[test]
fn a_panicking_callback_raises_panic_exception() {
    with_py(|py| {
        let callback = PyCFunction::new_closure(
            py,
            Some(c"explode"),
            None,
            |_args, _kwargs| -> PyResult<i32> { panic!("the callback exploded") },
        )
        .unwrap();
        let globals = PyDict::new(py);
        globals.set_item("explode", &callback).unwrap();
        py.run(
            c"
try:
    explode()
except BaseException as e:
    caught = (type(e).__name__, type(e).__module__, str(e), isinstance(e, Exception))
",
            Some(&globals),
            None,
        )
        .unwrap();
        let caught = globals.get_item("caught").unwrap().unwrap();
        assert_eq!(
            caught.to_string(),
            "('PanicException', 'pyo3_runtime', 'the callback exploded', False)"
        );
    });
}

#[test]
#[should_panic(expected = "the callback exploded again")]
fn a_panic_exception_reaching_rust_resumes_the_panic() {
    with_py(|py| {
        let callback = PyCFunction::new_closure(py, None, None, |_args, _kwargs| -> PyResult<()> {
            panic!("the callback exploded again")
        })
        .unwrap();
        // The PanicException propagates out of the call; fetching it resumes
        // the original panic in Rust.
        let _ = callback.call0();
    });
}

#[test]
fn closures_receive_arguments_and_return_values() {
    with_py(|py| {
        let add = PyCFunction::new_closure(
            py,
            Some(c"add"),
            Some(c"adds"),
            |args, kwargs| -> PyResult<i64> {
                let (a, b): (i64, i64) = args.extract()?;
                let c: i64 = match kwargs {
                    Some(kwargs) => kwargs
                        .get_item("c")?
                        .map(|c| c.extract())
                        .transpose()?
                        .unwrap_or(0),
                    None => 0,
                };
                Ok(a + b + c)
            },
        )
        .unwrap();
        assert_eq!(add.call1((1, 2)).unwrap().extract::<i64>().unwrap(), 3);
        let kwargs = PyDict::new(py);
        kwargs.set_item("c", 10).unwrap();
        assert_eq!(
            add.call((1, 2), Some(&kwargs))
                .unwrap()
                .extract::<i64>()
                .unwrap(),
            13
        );
        let err = add.call1((1,)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "ValueError: expected tuple of length 2, but got tuple of length 1"
        );
        assert_eq!(add.getattr("__name__").unwrap().to_string(), "add");
        assert_eq!(add.getattr("__doc__").unwrap().to_string(), "adds");
    });
}

/// Error arguments whose conversion panics: the lazy constructor of the
/// `PyErr` they go into panics when the exception is first built.
struct ExplodingArguments;

impl<'py> IntoPyObject<'py> for ExplodingArguments {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, _py: Python<'py>) -> Result<Self::Output, Self::Error> {
        panic!("the arguments exploded");
    }
}

#[test]
fn a_lazy_error_whose_constructor_panicked_panics_clearly_afterwards() {
    fn panic_text(panic: Box<dyn std::any::Any + Send>) -> String {
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|text| text.to_string()))
            .unwrap_or_default()
    }
    with_py(|py| {
        let err = PyErr::new::<PyValueError, _>(ExplodingArguments);
        let first = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = err.value(py);
        }))
        .unwrap_err();
        assert_eq!(panic_text(first), "the arguments exploded");
        // Every later use panics at once with a clear message (instead of
        // spinning forever waiting for an exception that never comes).
        let uses: [&dyn Fn(); 3] = [
            &|| {
                let _ = err.value(py);
            },
            &|| {
                let _ = err.to_string();
            },
            &|| {
                let _ = format!("{err:?}");
            },
        ];
        for use_error in uses {
            let later =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(use_error)).unwrap_err();
            let text = panic_text(later);
            assert!(
                text.contains("this PyErr is unusable") && text.contains("lazily panicked earlier"),
                "{text}"
            );
        }
        let restore =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| err.restore(py))).unwrap_err();
        assert!(panic_text(restore).contains("this PyErr is unusable"));
        assert!(PyErr::take(py).is_none());
    });
}

#[test]
fn debug_of_an_unformattable_traceback() {
    with_py(|py| {
        let globals = PyDict::new(py);
        // With `io` replaced by a mock, the traceback cannot be rendered.
        let err = py
            .run(
                c"import sys, unittest.mock
real_io = sys.modules['io']
sys.modules['io'] = unittest.mock.Mock()
try:
    raise ValueError('deep')
finally:
    pass
",
                Some(&globals),
                None,
            )
            .unwrap_err();
        let debug = format!("{err:?}");
        py.run(c"sys.modules['io'] = real_io", Some(&globals), None)
            .unwrap();
        let traceback = err.traceback(py).unwrap();
        let expected = format!(
            "PyErr {{ type: <class 'ValueError'>, value: ValueError('deep'), traceback: Some(\"<unformattable {traceback:?}>\") }}"
        );
        assert_eq!(debug, expected);
        assert!(format!("{traceback:?}").starts_with("<traceback object at 0x"));
        // With `io` back, the same traceback formats again.
        assert!(
            traceback
                .format()
                .unwrap()
                .starts_with("Traceback (most recent call last):\n")
        );
    });
}
