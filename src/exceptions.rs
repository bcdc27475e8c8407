//! Python's built-in exception and warning types, and the macros that define
//! or import more.
//!
//! Each type is used as `PyTypeError::new_err("message")` to make a
//! [`PyErr`](crate::PyErr), and as `Bound<'py, PyTypeError>` for an
//! exception object. Their Python hierarchy is the interpreter's:
//! `err.is_instance_of::<PyOSError>(py)` holds for a `FileNotFoundError`.

use crate::ffi;

/// Implements `new_err` and `ToPyErr` for an exception type.
#[doc(hidden)]
#[macro_export]
macro_rules! impl_exception_boilerplate {
    ($name:ident) => {
        impl $name {
            /// A lazily built exception of this type, `args` being the
            /// constructor arguments (a tuple for several).
            #[inline]
            #[allow(dead_code)]
            pub fn new_err<A>(args: A) -> $crate::PyErr
            where
                A: $crate::PyErrArguments + ::std::marker::Send + ::std::marker::Sync + 'static,
            {
                $crate::PyErr::new::<$name, A>(args)
            }
        }

        impl $crate::ToPyErr for $name {}
    };
}

/// Declares a built-in exception type backed by a `PyExc_*` object.
macro_rules! native_exception {
    ($(#[$attr:meta])* $name:ident, $exc:ident, $python_name:literal) => {
        $(#[$attr])*
        #[doc = concat!("Python's built-in `", $python_name, "`.")]
        #[repr(transparent)]
        pub struct $name(crate::types::PyAny);

        $(#[$attr])*
        const _: () = {
            $crate::impl_exception_boilerplate!($name);
            crate::pyobject_native_type_core!(
                $name,
                // SAFETY: reads the `PyExc_*` static, which holds the
                // exception's class (a type object) once Python is up.
                |_py: crate::Python<'_>| unsafe { ffi::$exc.cast::<ffi::PyTypeObject>() },
                "builtins",
                $python_name
            );
        };
    };
}

native_exception!(PyBaseException, PyExc_BaseException, "BaseException");
native_exception!(PyException, PyExc_Exception, "Exception");
native_exception!(
    PyStopAsyncIteration,
    PyExc_StopAsyncIteration,
    "StopAsyncIteration"
);
native_exception!(PyStopIteration, PyExc_StopIteration, "StopIteration");
native_exception!(PyGeneratorExit, PyExc_GeneratorExit, "GeneratorExit");
native_exception!(PyArithmeticError, PyExc_ArithmeticError, "ArithmeticError");
native_exception!(PyLookupError, PyExc_LookupError, "LookupError");
native_exception!(PyAssertionError, PyExc_AssertionError, "AssertionError");
native_exception!(PyAttributeError, PyExc_AttributeError, "AttributeError");
native_exception!(PyBufferError, PyExc_BufferError, "BufferError");
native_exception!(PyEOFError, PyExc_EOFError, "EOFError");
native_exception!(
    PyFloatingPointError,
    PyExc_FloatingPointError,
    "FloatingPointError"
);
native_exception!(PyOSError, PyExc_OSError, "OSError");
native_exception!(PyImportError, PyExc_ImportError, "ImportError");
native_exception!(
    PyModuleNotFoundError,
    PyExc_ModuleNotFoundError,
    "ModuleNotFoundError"
);
native_exception!(PyIndexError, PyExc_IndexError, "IndexError");
native_exception!(PyKeyError, PyExc_KeyError, "KeyError");
native_exception!(
    PyKeyboardInterrupt,
    PyExc_KeyboardInterrupt,
    "KeyboardInterrupt"
);
native_exception!(PyMemoryError, PyExc_MemoryError, "MemoryError");
native_exception!(PyNameError, PyExc_NameError, "NameError");
native_exception!(PyOverflowError, PyExc_OverflowError, "OverflowError");
native_exception!(PyRuntimeError, PyExc_RuntimeError, "RuntimeError");
native_exception!(PyRecursionError, PyExc_RecursionError, "RecursionError");
native_exception!(
    PyNotImplementedError,
    PyExc_NotImplementedError,
    "NotImplementedError"
);
native_exception!(PySyntaxError, PyExc_SyntaxError, "SyntaxError");
native_exception!(
    PyIndentationError,
    PyExc_IndentationError,
    "IndentationError"
);
native_exception!(PyTabError, PyExc_TabError, "TabError");
native_exception!(PyReferenceError, PyExc_ReferenceError, "ReferenceError");
native_exception!(PySystemError, PyExc_SystemError, "SystemError");
native_exception!(PySystemExit, PyExc_SystemExit, "SystemExit");
native_exception!(PyTypeError, PyExc_TypeError, "TypeError");
native_exception!(
    PyUnboundLocalError,
    PyExc_UnboundLocalError,
    "UnboundLocalError"
);
native_exception!(PyUnicodeError, PyExc_UnicodeError, "UnicodeError");
native_exception!(
    PyUnicodeDecodeError,
    PyExc_UnicodeDecodeError,
    "UnicodeDecodeError"
);
native_exception!(
    PyUnicodeEncodeError,
    PyExc_UnicodeEncodeError,
    "UnicodeEncodeError"
);
native_exception!(
    PyUnicodeTranslateError,
    PyExc_UnicodeTranslateError,
    "UnicodeTranslateError"
);
native_exception!(
    #[cfg(Py_3_11)]
    PyBaseExceptionGroup,
    PyExc_BaseExceptionGroup,
    "BaseExceptionGroup"
);
native_exception!(PyValueError, PyExc_ValueError, "ValueError");
native_exception!(
    PyZeroDivisionError,
    PyExc_ZeroDivisionError,
    "ZeroDivisionError"
);
native_exception!(PyBlockingIOError, PyExc_BlockingIOError, "BlockingIOError");
native_exception!(PyBrokenPipeError, PyExc_BrokenPipeError, "BrokenPipeError");
native_exception!(
    PyChildProcessError,
    PyExc_ChildProcessError,
    "ChildProcessError"
);
native_exception!(PyConnectionError, PyExc_ConnectionError, "ConnectionError");
native_exception!(
    PyConnectionAbortedError,
    PyExc_ConnectionAbortedError,
    "ConnectionAbortedError"
);
native_exception!(
    PyConnectionRefusedError,
    PyExc_ConnectionRefusedError,
    "ConnectionRefusedError"
);
native_exception!(
    PyConnectionResetError,
    PyExc_ConnectionResetError,
    "ConnectionResetError"
);
native_exception!(PyFileExistsError, PyExc_FileExistsError, "FileExistsError");
native_exception!(
    PyFileNotFoundError,
    PyExc_FileNotFoundError,
    "FileNotFoundError"
);
native_exception!(
    PyInterruptedError,
    PyExc_InterruptedError,
    "InterruptedError"
);
native_exception!(
    PyIsADirectoryError,
    PyExc_IsADirectoryError,
    "IsADirectoryError"
);
native_exception!(
    PyNotADirectoryError,
    PyExc_NotADirectoryError,
    "NotADirectoryError"
);
native_exception!(PyPermissionError, PyExc_PermissionError, "PermissionError");
native_exception!(
    PyProcessLookupError,
    PyExc_ProcessLookupError,
    "ProcessLookupError"
);
native_exception!(PyTimeoutError, PyExc_TimeoutError, "TimeoutError");
native_exception!(
    #[cfg(all(Py_3_13, not(any(PyPy, GraalPy, Py_LIMITED_API))))]
    PyPythonFinalizationError,
    PyExc_PythonFinalizationError,
    "PythonFinalizationError"
);

/// `EnvironmentError`, Python's alias of `OSError`.
pub type PyEnvironmentError = PyOSError;
/// `IOError`, Python's alias of `OSError`.
pub type PyIOError = PyOSError;
/// `WindowsError`, Python's alias of `OSError` on Windows.
#[cfg(windows)]
pub type PyWindowsError = PyOSError;

native_exception!(PyWarning, PyExc_Warning, "Warning");
native_exception!(PyUserWarning, PyExc_UserWarning, "UserWarning");
native_exception!(
    PyDeprecationWarning,
    PyExc_DeprecationWarning,
    "DeprecationWarning"
);
native_exception!(
    PyPendingDeprecationWarning,
    PyExc_PendingDeprecationWarning,
    "PendingDeprecationWarning"
);
native_exception!(PySyntaxWarning, PyExc_SyntaxWarning, "SyntaxWarning");
native_exception!(PyRuntimeWarning, PyExc_RuntimeWarning, "RuntimeWarning");
native_exception!(PyFutureWarning, PyExc_FutureWarning, "FutureWarning");
native_exception!(PyImportWarning, PyExc_ImportWarning, "ImportWarning");
native_exception!(PyUnicodeWarning, PyExc_UnicodeWarning, "UnicodeWarning");
native_exception!(PyBytesWarning, PyExc_BytesWarning, "BytesWarning");
native_exception!(PyResourceWarning, PyExc_ResourceWarning, "ResourceWarning");
native_exception!(
    #[cfg(Py_3_10)]
    PyEncodingWarning,
    PyExc_EncodingWarning,
    "EncodingWarning"
);

mod unicode_decode_error {
    use std::ffi::CStr;
    use std::ops::Range;
    use std::str::Utf8Error;

    use super::PyUnicodeDecodeError;
    use crate::{Bound, PyErr, PyResult, Python, ffi};

    impl PyUnicodeDecodeError {
        /// A `UnicodeDecodeError(encoding, input, start, end, reason)`.
        pub fn new<'py>(
            py: Python<'py>,
            encoding: &CStr,
            input: &[u8],
            range: Range<usize>,
            reason: &CStr,
        ) -> PyResult<Bound<'py, PyUnicodeDecodeError>> {
            // SAFETY: attached; the pointers are valid for the call and the
            // result is a new reference or null with an exception set.
            unsafe {
                let object = ffi::PyUnicodeDecodeError_Create(
                    encoding.as_ptr(),
                    input.as_ptr().cast(),
                    input.len() as ffi::Py_ssize_t,
                    range.start as ffi::Py_ssize_t,
                    range.end as ffi::Py_ssize_t,
                    reason.as_ptr(),
                );
                Bound::from_owned_ptr_or_err(py, object).map(|o| o.cast_into_unchecked())
            }
        }

        /// The `UnicodeDecodeError` for UTF-8 `input` that failed with `err`.
        pub fn new_utf8<'py>(
            py: Python<'py>,
            input: &[u8],
            err: Utf8Error,
        ) -> PyResult<Bound<'py, PyUnicodeDecodeError>> {
            let start = err.valid_up_to();
            let end = err.error_len().map_or(input.len(), |len| start + len);
            Self::new(py, c"utf-8", input, start..end, c"invalid utf-8")
        }

        /// Like [`PyUnicodeDecodeError::new_utf8`], as a `PyErr`.
        pub fn new_err_from_utf8(py: Python<'_>, input: &[u8], err: Utf8Error) -> PyErr {
            match Self::new_utf8(py, input, err) {
                Ok(exception) => PyErr::from_value(exception.into_any()),
                Err(err) => err,
            }
        }
    }
}

/// Defines a new exception type `$name` in Python module `$module`
/// (a dotted path), deriving from `$base`; an optional docstring.
///
/// ```
/// use pyo3::prelude::*;
/// use pyo3::create_exception;
///
/// create_exception!(mymodule, CustomError, pyo3::exceptions::PyException, "Some docs");
///
/// Python::initialize();
/// Python::attach(|py| {
///     let err = CustomError::new_err("it broke");
///     assert!(err.is_instance_of::<pyo3::exceptions::PyException>(py));
///     assert_eq!(err.to_string(), "CustomError: it broke");
///     let ty = py.get_type::<CustomError>();
///     assert_eq!(ty.getattr("__module__").unwrap().to_string(), "mymodule");
///     assert_eq!(ty.getattr("__doc__").unwrap().to_string(), "Some docs");
/// });
/// ```
#[macro_export]
macro_rules! create_exception {
    ($module:expr, $name:ident, $base:ty) => {
        #[repr(transparent)]
        #[allow(non_camel_case_types)]
        pub struct $name($crate::PyAny);

        $crate::impl_exception_boilerplate!($name);
        $crate::create_exception_type_object!($module, $name, $base, ::std::option::Option::None);
    };
    ($module:expr, $name:ident, $base:ty, $doc:expr) => {
        #[repr(transparent)]
        #[allow(non_camel_case_types)]
        #[doc = $doc]
        pub struct $name($crate::PyAny);

        $crate::impl_exception_boilerplate!($name);
        $crate::create_exception_type_object!(
            $module,
            $name,
            $base,
            ::std::option::Option::Some($crate::c_str!($doc))
        );
    };
}

/// Implements the type object of an exception made by [`create_exception!`]:
/// created on first use, once per process.
#[doc(hidden)]
#[macro_export]
macro_rules! create_exception_type_object {
    ($module:expr, $name:ident, $base:ty, $doc:expr) => {
        $crate::pyobject_native_type_core!(
            $name,
            $name::type_object_raw,
            stringify!($module),
            stringify!($name),
            #module=::std::option::Option::Some(stringify!($module))
        );

        impl $name {
            #[allow(dead_code)]
            fn type_object_raw(py: $crate::Python<'_>) -> *mut $crate::ffi::PyTypeObject {
                static TYPE_OBJECT: $crate::impl_::exceptions::CreatedExceptionType =
                    $crate::impl_::exceptions::CreatedExceptionType::new();
                TYPE_OBJECT.get(
                    py,
                    $crate::c_str!(concat!(stringify!($module), ".", stringify!($name))),
                    $doc,
                    |py| <$base as $crate::PyTypeInfo>::type_object(py),
                )
            }
        }
    };
}

/// Makes the exception type `$name` of Python module `$module` usable from
/// Rust: it is imported on first use.
///
/// ```
/// use pyo3::prelude::*;
/// use pyo3::import_exception;
///
/// import_exception!(socket, gaierror);
///
/// Python::initialize();
/// Python::attach(|py| {
///     let err = py.run(c"import socket; raise socket.gaierror('no such host')", None, None)
///         .unwrap_err();
///     assert!(err.is_instance_of::<gaierror>(py));
///     assert!(py.get_type::<gaierror>().is(py.import("socket").unwrap().getattr("gaierror").unwrap()));
/// });
/// ```
#[macro_export]
macro_rules! import_exception {
    ($module:expr, $name:ident) => {
        #[repr(transparent)]
        #[allow(non_camel_case_types)]
        pub struct $name($crate::PyAny);

        $crate::impl_exception_boilerplate!($name);
        $crate::pyobject_native_type_core!(
            $name,
            $name::type_object_raw,
            stringify!($module),
            stringify!($name),
            #module=::std::option::Option::Some(stringify!($module))
        );

        impl $name {
            #[allow(dead_code)]
            fn type_object_raw(py: $crate::Python<'_>) -> *mut $crate::ffi::PyTypeObject {
                static TYPE_OBJECT: $crate::impl_::exceptions::ImportedExceptionType =
                    $crate::impl_::exceptions::ImportedExceptionType::new(
                        stringify!($module),
                        stringify!($name),
                    );
                TYPE_OBJECT.get(py)
            }
        }
    };
}

/// Old spelling of [`import_exception!`].
#[macro_export]
macro_rules! import_exception_bound {
    ($module:expr, $name:ident) => {
        $crate::import_exception!($module, $name);
    };
}
