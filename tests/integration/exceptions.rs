//! The exception types and the macros that make more.

use pyo3::PyTypeInfo;
use pyo3::exceptions::*;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::common::with_py;

/// Each Rust type is the Python built-in of the same name, with Python's
/// hierarchy.
#[test]
fn builtin_exception_types_match_python() {
    with_py(|py| {
        macro_rules! check {
            ($($rust:ident => $python:literal),* $(,)?) => {$(
                let ty = <$rust as PyTypeInfo>::type_object(py);
                let expected = py
                    .eval(&std::ffi::CString::new(format!("__import__('builtins').{}", $python)).unwrap(), None, None)
                    .unwrap();
                assert!(ty.is(&expected), "{} is not builtins.{}", stringify!($rust), $python);
            )*};
        }
        check! {
            PyBaseException => "BaseException", PyException => "Exception",
            PyStopAsyncIteration => "StopAsyncIteration", PyStopIteration => "StopIteration",
            PyGeneratorExit => "GeneratorExit", PyArithmeticError => "ArithmeticError",
            PyLookupError => "LookupError", PyAssertionError => "AssertionError",
            PyAttributeError => "AttributeError", PyBufferError => "BufferError",
            PyEOFError => "EOFError", PyFloatingPointError => "FloatingPointError",
            PyOSError => "OSError", PyImportError => "ImportError",
            PyModuleNotFoundError => "ModuleNotFoundError", PyIndexError => "IndexError",
            PyKeyError => "KeyError", PyKeyboardInterrupt => "KeyboardInterrupt",
            PyMemoryError => "MemoryError", PyNameError => "NameError",
            PyOverflowError => "OverflowError", PyRuntimeError => "RuntimeError",
            PyRecursionError => "RecursionError", PyNotImplementedError => "NotImplementedError",
            PySyntaxError => "SyntaxError", PyIndentationError => "IndentationError",
            PyTabError => "TabError", PyReferenceError => "ReferenceError",
            PySystemError => "SystemError", PySystemExit => "SystemExit",
            PyTypeError => "TypeError", PyUnboundLocalError => "UnboundLocalError",
            PyUnicodeError => "UnicodeError", PyValueError => "ValueError",
            PyZeroDivisionError => "ZeroDivisionError", PyBlockingIOError => "BlockingIOError",
            PyBrokenPipeError => "BrokenPipeError", PyChildProcessError => "ChildProcessError",
            PyConnectionError => "ConnectionError", PyConnectionAbortedError => "ConnectionAbortedError",
            PyConnectionRefusedError => "ConnectionRefusedError",
            PyConnectionResetError => "ConnectionResetError", PyFileExistsError => "FileExistsError",
            PyFileNotFoundError => "FileNotFoundError", PyInterruptedError => "InterruptedError",
            PyIsADirectoryError => "IsADirectoryError", PyNotADirectoryError => "NotADirectoryError",
            PyPermissionError => "PermissionError", PyProcessLookupError => "ProcessLookupError",
            PyTimeoutError => "TimeoutError", PyEnvironmentError => "EnvironmentError",
            PyIOError => "IOError", PyWarning => "Warning", PyUserWarning => "UserWarning",
            PyDeprecationWarning => "DeprecationWarning",
            PyPendingDeprecationWarning => "PendingDeprecationWarning",
            PySyntaxWarning => "SyntaxWarning", PyRuntimeWarning => "RuntimeWarning",
            PyFutureWarning => "FutureWarning", PyImportWarning => "ImportWarning",
            PyUnicodeWarning => "UnicodeWarning", PyBytesWarning => "BytesWarning",
            PyResourceWarning => "ResourceWarning",
        }
        #[cfg(Py_3_10)]
        check! { PyEncodingWarning => "EncodingWarning" }
        #[cfg(Py_3_11)]
        check! { PyBaseExceptionGroup => "BaseExceptionGroup" }
        assert!(PyValueError::new_err("message").is_instance_of::<PyValueError>(py));
        // Hierarchy, as Python defines it.
        assert!(PyFileNotFoundError::new_err("f").is_instance_of::<PyOSError>(py));
        assert!(PyKeyError::new_err("k").is_instance_of::<PyLookupError>(py));
        assert!(!PyKeyboardInterrupt::new_err(()).is_instance_of::<PyException>(py));
        assert!(PyUserWarning::new_err(()).is_instance_of::<PyWarning>(py));
    });
}

#[test]
fn unicode_decode_error_constructors() {
    with_py(|py| {
        let bytes = b"ab\xffcd";
        let utf8_err = std::str::from_utf8(std::hint::black_box(bytes)).unwrap_err();
        let exception = PyUnicodeDecodeError::new_utf8(py, bytes, utf8_err).unwrap();
        assert_eq!(
            exception.to_string(),
            "'utf-8' codec can't decode byte 0xff in position 2: invalid utf-8"
        );
        let err = PyUnicodeDecodeError::new_err_from_utf8(py, bytes, utf8_err);
        assert!(err.is_instance_of::<PyUnicodeDecodeError>(py));
        let custom = PyUnicodeDecodeError::new(py, c"latin-1", b"xyz", 0..2, c"made up").unwrap();
        assert_eq!(
            custom.to_string(),
            "'latin-1' codec can't decode bytes in position 0-1: made up"
        );
    });
}

pyo3::create_exception!(mymodule, CustomError, PyException);
pyo3::create_exception!(
    mymodule,
    DocumentedError,
    PyValueError,
    "Some documentation."
);
pyo3::import_exception!(socket, gaierror);
#[allow(deprecated)]
mod old_spelling {
    pyo3::import_exception_bound!(json, JSONDecodeError);
}

#[test]
fn created_and_imported_exceptions() {
    with_py(|py| {
        let ty = CustomError::type_object(py);
        assert_eq!(ty.name().unwrap().to_string(), "CustomError");
        assert_eq!(ty.module().unwrap().to_string(), "mymodule");
        assert!(
            ty.is(CustomError::type_object(py)),
            "the type is created once"
        );
        let err = CustomError::new_err("custom");
        assert!(err.is_instance_of::<PyException>(py));
        assert_eq!(err.to_string(), "CustomError: custom");
        let documented = DocumentedError::type_object(py);
        assert_eq!(
            documented.getattr("__doc__").unwrap().to_string(),
            "Some documentation."
        );
        assert!(DocumentedError::new_err(()).is_instance_of::<PyValueError>(py));

        let raised = py
            .run(
                c"import socket\nraise socket.gaierror('no host')",
                None,
                None,
            )
            .unwrap_err();
        assert!(raised.is_instance_of::<gaierror>(py));
        assert!(gaierror::new_err("x").is_instance_of::<PyOSError>(py));
        let json_err = py
            .run(c"import json\njson.loads('{')", None, None)
            .unwrap_err();
        assert!(json_err.is_instance_of::<old_spelling::JSONDecodeError>(py));
    });
}

#[test]
fn exception_values_convert_back_to_errors() {
    with_py(|py| {
        let globals = PyDict::new(py);
        py.run(c"e = KeyError('k')", Some(&globals), None).unwrap();
        let value = globals
            .get_item("e")
            .unwrap()
            .unwrap()
            .cast_into::<PyKeyError>()
            .unwrap();
        let err: PyErr = value.into();
        assert!(err.is_instance_of::<PyKeyError>(py));
        let object = err.into_pyobject(py).unwrap();
        assert_eq!(object.get_type().name().unwrap().to_string(), "KeyError");
    });
}
