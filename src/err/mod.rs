//! `PyErr`: a Python exception held by Rust, and `PyResult`.

mod cast_error;
mod impls;
mod state;

use std::ffi::CStr;
use std::fmt;

pub use self::cast_error::{CastError, CastIntoError};
#[allow(deprecated)]
pub use self::cast_error::{DowncastError, DowncastIntoError};
use self::state::PyErrState;

use crate::IntoPyObjectExt;
use crate::conversion::IntoPyObject;
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Bound, BoundObject, Py};
use crate::marker::Python;
use crate::panic::PanicException;
use crate::type_object::PyTypeInfo;
use crate::types::{
    PyAny, PyAnyMethods, PyBaseException, PyStringMethods, PyTraceback, PyTracebackMethods, PyType,
    PyTypeMethods,
};

/// A Python exception, held by Rust.
///
/// Errors made in Rust (`PyValueError::new_err("...")`) are lazy: the
/// exception object is built only when the error is raised in Python or
/// inspected. Errors fetched from Python hold the exception object.
///
/// ```
/// # use pyo3::prelude::*;
/// use pyo3::exceptions::{PyValueError, PyZeroDivisionError};
/// # pyo3::Python::initialize();
/// fn half(n: u32) -> PyResult<u32> {
///     if n % 2 == 1 { Err(PyValueError::new_err("odd")) } else { Ok(n / 2) }
/// }
/// Python::attach(|py| {
///     // Made in Rust, or fetched from Python: the same type.
///     assert!(half(3).unwrap_err().is_instance_of::<PyValueError>(py));
///     let err = py.eval(c"1 / 0", None, None).unwrap_err();
///     assert!(err.is_instance_of::<PyZeroDivisionError>(py));
/// });
/// ```
pub struct PyErr {
    state: PyErrState,
}

/// The result of operations that may raise a Python exception.
pub type PyResult<T> = Result<T, PyErr>;

/// Values that can be the arguments of a lazily built exception: the value
/// passed to the exception's constructor (a tuple passes several).
pub trait PyErrArguments: Send + Sync {
    /// Turns the arguments into the Python object given to the exception
    /// type.
    fn arguments(self, py: Python<'_>) -> Py<PyAny>;
}

impl<T> PyErrArguments for T
where
    T: for<'py> IntoPyObject<'py> + Send + Sync,
{
    fn arguments(self, py: Python<'_>) -> Py<PyAny> {
        match self.into_py_any(py) {
            Ok(object) => object,
            Err(error) => panic!("Converting PyErr arguments failed: {error}"),
        }
    }
}

/// Exception types: `Bound<'py, T>` of such a type converts into a `PyErr`.
pub trait ToPyErr {}

impl<'py, T: ToPyErr> From<Bound<'py, T>> for PyErr {
    fn from(err: Bound<'py, T>) -> PyErr {
        PyErr::from_value(err.into_any())
    }
}

impl PyErr {
    /// A lazily built exception of type `T` with constructor arguments
    /// `args` (a tuple for several arguments).
    #[inline]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyKeyError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let err = PyErr::new::<PyKeyError, _>("missing");
    ///     assert!(err.is_instance_of::<PyKeyError>(py));
    ///     assert_eq!(err.value(py).to_string(), "'missing'");
    /// });
    /// ```
    pub fn new<T, A>(args: A) -> PyErr
    where
        T: PyTypeInfo,
        A: PyErrArguments + Send + Sync + 'static,
    {
        PyErr::from_state(PyErrState::lazy(Box::new(move |py| {
            (T::type_object(py).into_any().unbind(), args.arguments(py))
        })))
    }

    /// A lazily built exception of type `ty` with constructor arguments.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyIndexError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let ty = py.get_type::<PyIndexError>();
    ///     let err = PyErr::from_type(ty, "out of range");
    ///     assert_eq!(err.to_string(), "IndexError: out of range");
    /// });
    /// ```
    pub fn from_type<A>(ty: Bound<'_, PyType>, args: A) -> PyErr
    where
        A: PyErrArguments + Send + Sync + 'static,
    {
        let ty = ty.into_any().unbind();
        PyErr::from_state(PyErrState::lazy(Box::new(move |py| {
            (ty, args.arguments(py))
        })))
    }

    /// An error from a Python object: an exception instance is used as is,
    /// an exception type is instantiated with no arguments, anything else
    /// gives `TypeError: exceptions must derive from BaseException`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let exc = py.eval(c"ValueError('bad')", None, None)?;
    ///     let err = PyErr::from_value(exc);
    ///     assert_eq!(err.to_string(), "ValueError: bad");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn from_value(obj: Bound<'_, PyAny>) -> PyErr {
        match obj.cast_into::<PyBaseException>() {
            Ok(value) => PyErr::from_state(PyErrState::normalized(value.unbind())),
            Err(err) => {
                let obj = err.into_inner().unbind();
                PyErr::from_state(PyErrState::lazy(Box::new(move |py| (obj, py.None()))))
            }
        }
    }

    fn from_state(state: PyErrState) -> PyErr {
        PyErr { state }
    }

    /// The exception's type.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyOSError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let err = PyOSError::new_err("disk full");
    ///     assert_eq!(err.get_type(py).name()?, "OSError");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn get_type<'py>(&self, py: Python<'py>) -> Bound<'py, PyType> {
        self.value(py).get_type()
    }

    /// The exception instance (built now if the error is lazy).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyValueError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let err = PyValueError::new_err(("code", 7));
    ///     let args = err.value(py).getattr("args")?;
    ///     assert_eq!(args.extract::<(String, i32)>()?, ("code".to_string(), 7));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn value<'py>(&self, py: Python<'py>) -> &Bound<'py, PyBaseException> {
        self.state.value(py).bind(py)
    }

    /// The exception instance, consuming the error.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyTypeError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let value = PyTypeError::new_err("nope").into_value(py);
    ///     assert!(value.bind(py).is_instance_of::<PyTypeError>());
    /// });
    /// ```
    pub fn into_value(self, py: Python<'_>) -> Py<PyBaseException> {
        self.state.value(py).clone_ref(py)
    }

    /// The exception's traceback, if it has one.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyRuntimeError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     // Raised in Python: there is a traceback.
    ///     let err = py.run(c"raise RuntimeError('x')", None, None).unwrap_err();
    ///     assert!(err.traceback(py).is_some());
    ///     // Made in Rust and never raised: there is none.
    ///     assert!(PyRuntimeError::new_err("y").traceback(py).is_none());
    /// });
    /// ```
    pub fn traceback<'py>(&self, py: Python<'py>) -> Option<Bound<'py, PyTraceback>> {
        // SAFETY: attached; returns a new reference or null.
        unsafe {
            let tb = ffi::PyException_GetTraceback(self.value(py).as_ptr());
            Bound::from_owned_ptr_or_opt(py, tb)
                .filter(|tb| !tb.is_none())
                .map(|tb| tb.cast_into_unchecked())
        }
    }

    /// Replaces the exception's traceback.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let err = py.run(c"raise RuntimeError('x')", None, None).unwrap_err();
    ///     err.set_traceback(py, None);
    ///     assert!(err.traceback(py).is_none());
    /// });
    /// ```
    pub fn set_traceback<'py>(&self, py: Python<'_>, tb: Option<Bound<'py, PyTraceback>>) {
        let tb = tb.map_or_else(|| py.None().into_ptr(), Bound::into_ptr);
        // SAFETY: attached; `PyException_SetTraceback` takes its own
        // reference, ours is released after.
        unsafe {
            ffi::PyException_SetTraceback(self.value(py).as_ptr(), tb);
            ffi::Py_DECREF(tb);
        }
    }

    /// Whether an exception is set on this thread.
    #[inline]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyValueError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     assert!(!PyErr::occurred(py));
    ///     PyValueError::new_err("set").restore(py);
    ///     assert!(PyErr::occurred(py));
    ///     drop(PyErr::take(py));
    /// });
    /// ```
    pub fn occurred(_: Python<'_>) -> bool {
        // SAFETY: attached, as the token proves.
        unsafe { !ffi::PyErr_Occurred().is_null() }
    }

    /// Takes the thread's current exception, if any.
    ///
    /// A `PanicException` (a Rust panic that crossed into Python) resumes the
    /// panic instead, after printing the Python traceback.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyKeyError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     assert!(PyErr::take(py).is_none());
    ///     PyKeyError::new_err("k").restore(py);
    ///     let err = PyErr::take(py).unwrap();
    ///     assert!(err.is_instance_of::<PyKeyError>(py));
    /// });
    /// ```
    pub fn take(py: Python<'_>) -> Option<PyErr> {
        let value = state::fetch_raised(py)?;
        if value
            .bind(py)
            .get_type()
            .is(PanicException::type_object(py))
        {
            Self::resume_panic(py, value);
        }
        Some(PyErr::from_state(PyErrState::normalized(value)))
    }

    /// Takes the current exception as it is, a `PanicException` included:
    /// for code that sets it aside and puts it back untouched.
    pub(crate) fn take_as_is(py: Python<'_>) -> Option<PyErr> {
        state::fetch_raised(py).map(|value| PyErr::from_state(PyErrState::normalized(value)))
    }

    #[cold]
    fn resume_panic(py: Python<'_>, value: Py<PyBaseException>) -> ! {
        let message = value
            .bind(py)
            .str()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "Unwrapped panic from Python code".to_string());
        let err = PyErr::from_state(PyErrState::normalized(value));
        eprintln!("--- pyo3 is resuming a panic after fetching a PanicException from Python. ---");
        eprintln!("Python stack trace below:");
        err.print(py);
        std::panic::resume_unwind(Box::new(message))
    }

    /// Takes the thread's current exception. When none is set that is a bug
    /// of the caller: debug builds panic, release builds return a
    /// `SystemError` saying so.
    #[track_caller]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyZeroDivisionError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     PyZeroDivisionError::new_err("div").restore(py);
    ///     let err = PyErr::fetch(py);
    ///     assert_eq!(err.to_string(), "ZeroDivisionError: div");
    /// });
    /// ```
    pub fn fetch(py: Python<'_>) -> PyErr {
        match PyErr::take(py) {
            Some(err) => err,
            None => Self::failed_to_fetch(),
        }
    }

    #[cold]
    #[track_caller]
    fn failed_to_fetch() -> PyErr {
        const MESSAGE: &str = "attempted to fetch exception but none was set";
        if cfg!(debug_assertions) {
            panic!("{MESSAGE}")
        }
        crate::exceptions::PySystemError::new_err(MESSAGE)
    }

    /// Creates a new exception type `name` (a dotted `module.Name`), with an
    /// optional docstring, base class (default `Exception`) and class dict.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let ty = PyErr::new_type(py, c"mymod.AppError", Some(c"App failure."), None, None)?;
    ///     let ty = ty.bind(py);
    ///     assert_eq!(ty.name()?, "AppError");
    ///     assert!(ty.is_subclass_of::<pyo3::exceptions::PyException>()?);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new_type<'py>(
        py: Python<'py>,
        name: &CStr,
        doc: Option<&CStr>,
        base: Option<&Bound<'py, PyType>>,
        dict: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyType>> {
        let base = base.map_or(std::ptr::null_mut(), |b| b.as_ptr());
        let dict = dict.map_or(std::ptr::null_mut(), |d| d.into_bound(py).into_ptr());
        // SAFETY: attached; every pointer is valid or null; the result is a
        // new reference or null with an exception set.
        let result = unsafe {
            let ty = ffi::PyErr_NewExceptionWithDoc(
                name.as_ptr(),
                doc.map_or(std::ptr::null(), CStr::as_ptr),
                base,
                dict,
            );
            ffi::Py_XDECREF(dict);
            Bound::from_owned_ptr_or_err(py, ty)
        };
        // SAFETY: `PyErr_NewExceptionWithDoc` returns a type.
        result.map(|ty| unsafe { ty.cast_into_unchecked::<PyType>() }.unbind())
    }

    /// Prints the exception and its traceback to `sys.stderr`, like an
    /// uncaught exception (without setting `sys.last_*`).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyValueError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     // Writes "ValueError: shown" to sys.stderr; no exception stays set.
    ///     PyValueError::new_err("shown").display(py);
    ///     assert!(!PyErr::occurred(py));
    /// });
    /// ```
    pub fn display(&self, py: Python<'_>) {
        #[cfg(Py_3_12)]
        // SAFETY: attached; the value is a live exception.
        unsafe {
            ffi::PyErr_DisplayException(self.value(py).as_ptr())
        }
        #[cfg(not(Py_3_12))]
        {
            let value = self.value(py);
            let ty = value.get_type();
            let tb = self.traceback(py);
            // SAFETY: attached; the three pointers are valid or null.
            unsafe {
                ffi::PyErr_Display(
                    ty.as_ptr(),
                    value.as_ptr(),
                    tb.as_ref().map_or(std::ptr::null_mut(), |tb| tb.as_ptr()),
                )
            }
        }
    }

    /// Prints the exception and its traceback to `sys.stderr`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let err = py.run(c"1 / 0", None, None).unwrap_err();
    ///     // Writes the traceback and "ZeroDivisionError: ..." to sys.stderr.
    ///     err.print(py);
    ///     assert!(!PyErr::occurred(py));
    /// });
    /// ```
    pub fn print(&self, py: Python<'_>) {
        self.clone_ref(py).restore(py);
        // SAFETY: attached, with the exception just set.
        unsafe { ffi::PyErr_PrintEx(0) }
    }

    /// Like [`PyErr::print`], also setting `sys.last_exc` and friends.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyKeyError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     PyKeyError::new_err("last").print_and_set_sys_last_vars(py);
    ///     let last = py.import("sys")?.getattr("last_value")?;
    ///     assert!(last.is_instance_of::<PyKeyError>());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn print_and_set_sys_last_vars(&self, py: Python<'_>) {
        self.clone_ref(py).restore(py);
        // SAFETY: attached, with the exception just set.
        unsafe { ffi::PyErr_PrintEx(1) }
    }

    /// Whether the exception matches `exc`: a type, or a tuple of types, as
    /// in an `except` clause.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::{PyKeyError, PyLookupError, PyTypeError};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let err = PyKeyError::new_err("k");
    ///     assert!(err.matches(py, py.get_type::<PyLookupError>())?);
    ///     let either = (py.get_type::<PyTypeError>(), py.get_type::<PyKeyError>());
    ///     assert!(err.matches(py, either)?);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn matches<'py, T>(&self, py: Python<'py>, exc: T) -> Result<bool, T::Error>
    where
        T: IntoPyObject<'py>,
    {
        Ok(self.is_instance(py, &exc.into_pyobject(py)?.into_any().into_bound()))
    }

    /// Whether the exception is an instance of `ty` (a type or tuple of
    /// types).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::{PyArithmeticError, PyZeroDivisionError};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let err = PyZeroDivisionError::new_err("div");
    ///     assert!(err.is_instance(py, py.get_type::<PyArithmeticError>().as_any()));
    /// });
    /// ```
    pub fn is_instance(&self, py: Python<'_>, ty: &Bound<'_, PyAny>) -> bool {
        let ptype = self.get_type(py);
        // SAFETY: attached; both objects are alive.
        unsafe { ffi::PyErr_GivenExceptionMatches(ptype.as_ptr(), ty.as_ptr()) != 0 }
    }

    /// Whether the exception is an instance of `T`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::{PyException, PyOSError, PyValueError};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let err = PyOSError::new_err("io");
    ///     assert!(err.is_instance_of::<PyException>(py));
    ///     assert!(!err.is_instance_of::<PyValueError>(py));
    /// });
    /// ```
    pub fn is_instance_of<T>(&self, py: Python<'_>) -> bool
    where
        T: PyTypeInfo,
    {
        self.is_instance(py, T::type_object(py).as_any())
    }

    /// Sets this exception as the thread's current exception (for returning
    /// an error to Python from raw FFI code).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyRuntimeError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     PyRuntimeError::new_err("back to Python").restore(py);
    ///     let err = PyErr::take(py).unwrap();
    ///     assert_eq!(err.to_string(), "RuntimeError: back to Python");
    /// });
    /// ```
    pub fn restore(self, py: Python<'_>) {
        self.state.restore(py)
    }

    /// Reports the exception through `sys.unraisablehook` (used where an
    /// error cannot be propagated, e.g. in `__del__`). `obj` is the object in
    /// whose context it happened.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyRuntimeError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     // Goes to sys.unraisablehook (by default printed to stderr).
    ///     PyRuntimeError::new_err("in a destructor").write_unraisable(py, None);
    ///     assert!(!PyErr::occurred(py));
    /// });
    /// ```
    pub fn write_unraisable(self, py: Python<'_>, obj: Option<&Bound<'_, PyAny>>) {
        self.restore(py);
        // SAFETY: attached, with the exception just set.
        unsafe { ffi::PyErr_WriteUnraisable(obj.map_or(std::ptr::null_mut(), |o| o.as_ptr())) }
    }

    /// Issues a warning of `category` (e.g. `PyUserWarning`'s type object).
    /// With warnings configured as errors, the error is returned.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyUserWarning;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let warnings = py.import("warnings")?;
    ///     warnings.call_method1("simplefilter", ("error",))?;
    ///     let category = py.get_type::<PyUserWarning>();
    ///     let err = PyErr::warn(py, &category, c"careful", 0).unwrap_err();
    ///     warnings.call_method0("resetwarnings")?;
    ///     assert!(err.is_instance_of::<PyUserWarning>(py));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn warn<'py>(
        py: Python<'py>,
        category: &Bound<'py, PyAny>,
        message: &CStr,
        stacklevel: i32,
    ) -> PyResult<()> {
        // SAFETY: attached; the pointers are valid for the call.
        let result = unsafe {
            ffi::PyErr_WarnEx(
                category.as_ptr(),
                message.as_ptr(),
                stacklevel as ffi::Py_ssize_t,
            )
        };
        crate::err::error_on_minusone(py, result)
    }

    /// Issues a warning with an explicit location.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyUserWarning;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let category = py.get_type::<PyUserWarning>();
    ///     // Printed to stderr as "config.py:12: UserWarning: old option".
    ///     PyErr::warn_explicit(py, &category, c"old option", c"config.py", 12, None, None)?;
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn warn_explicit<'py>(
        py: Python<'py>,
        category: &Bound<'py, PyAny>,
        message: &CStr,
        filename: &CStr,
        lineno: i32,
        module: Option<&CStr>,
        registry: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<()> {
        // SAFETY: attached; the pointers are valid or null for the call.
        let result = unsafe {
            ffi::PyErr_WarnExplicit(
                category.as_ptr(),
                message.as_ptr(),
                filename.as_ptr(),
                lineno,
                module.map_or(std::ptr::null(), CStr::as_ptr),
                registry.map_or(std::ptr::null_mut(), |r| r.as_ptr()),
            )
        };
        crate::err::error_on_minusone(py, result)
    }

    /// Another `PyErr` for the same exception object.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyValueError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let err = PyValueError::new_err("shared");
    ///     let copy = err.clone_ref(py);
    ///     assert!(copy.value(py).is(err.value(py)));
    /// });
    /// ```
    pub fn clone_ref(&self, py: Python<'_>) -> PyErr {
        PyErr::from_state(PyErrState::normalized(self.value(py).clone().unbind()))
    }

    /// The exception's `__cause__` (`raise ... from cause`).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let code = c"try:\n    1 / 0\nexcept Exception as e:\n    raise ValueError('wrapped') from e";
    ///     let err = py.run(code, None, None).unwrap_err();
    ///     let cause = err.cause(py).unwrap();
    ///     assert!(cause.is_instance_of::<pyo3::exceptions::PyZeroDivisionError>(py));
    /// });
    /// ```
    pub fn cause(&self, py: Python<'_>) -> Option<PyErr> {
        // SAFETY: attached; returns a new reference or null.
        let cause = unsafe { ffi::PyException_GetCause(self.value(py).as_ptr()) };
        // SAFETY: a non-null result is an owned exception object.
        unsafe { Bound::from_owned_ptr_or_opt(py, cause) }.map(PyErr::from_value)
    }

    /// Sets the exception's `__cause__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::{PyOSError, PyRuntimeError};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let err = PyRuntimeError::new_err("load failed");
    ///     err.set_cause(py, Some(PyOSError::new_err("no such file")));
    ///     assert_eq!(err.cause(py).unwrap().to_string(), "OSError: no such file");
    /// });
    /// ```
    pub fn set_cause(&self, py: Python<'_>, cause: Option<Self>) {
        let cause = cause.map_or(std::ptr::null_mut(), |c| c.into_value(py).into_ptr());
        // SAFETY: attached; the call steals the reference to `cause`.
        unsafe { ffi::PyException_SetCause(self.value(py).as_ptr(), cause) }
    }

    /// The exception's `__context__` (the exception being handled when it
    /// was raised).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let code = c"try:\n    {}['k']\nexcept KeyError:\n    raise TypeError('while handling')";
    ///     let err = py.run(code, None, None).unwrap_err();
    ///     let context = err.context(py).unwrap();
    ///     assert!(context.is_instance_of::<pyo3::exceptions::PyKeyError>(py));
    /// });
    /// ```
    pub fn context(&self, py: Python<'_>) -> Option<PyErr> {
        // SAFETY: attached; returns a new reference or null.
        let context = unsafe { ffi::PyException_GetContext(self.value(py).as_ptr()) };
        // SAFETY: a non-null result is an owned exception object.
        unsafe { Bound::from_owned_ptr_or_opt(py, context) }.map(PyErr::from_value)
    }

    /// Sets the exception's `__context__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::{PyKeyError, PyValueError};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let err = PyValueError::new_err("second");
    ///     err.set_context(py, Some(PyKeyError::new_err("first")));
    ///     assert!(err.context(py).unwrap().is_instance_of::<PyKeyError>(py));
    /// });
    /// ```
    pub fn set_context(&self, py: Python<'_>, context: Option<PyErr>) {
        let context = context.map_or(std::ptr::null_mut(), |c| c.into_value(py).into_ptr());
        // SAFETY: attached; the call steals the reference to `context`.
        unsafe { ffi::PyException_SetContext(self.value(py).as_ptr(), context) }
    }

    /// Adds a PEP 678 note, shown after the traceback (3.11+).
    #[cfg(Py_3_11)]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::exceptions::PyValueError;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let err = PyValueError::new_err("bad input");
    ///     err.add_note(py, "while reading line 3")?;
    ///     let notes: Vec<String> = err.value(py).getattr("__notes__")?.extract()?;
    ///     assert_eq!(notes, ["while reading line 3"]);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn add_note<N: for<'py> IntoPyObject<'py, Target = crate::types::PyString>>(
        &self,
        py: Python<'_>,
        note: N,
    ) -> PyResult<()> {
        self.add_note_at_run_time(py, note)
    }

    /// Adds a PEP 678 note by calling `add_note`, so that builds for older
    /// versions (the stable ABI) add it when running on 3.11+; fails with
    /// `AttributeError` where exceptions have no notes.
    pub(crate) fn add_note_at_run_time<N>(&self, py: Python<'_>, note: N) -> PyResult<()>
    where
        N: for<'py> IntoPyObject<'py, Target = crate::types::PyString>,
    {
        self.value(py)
            .call_method1(crate::intern!(py, "add_note"), (note,))
            .map(drop)
    }
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Python::attach(|py| {
            let traceback = self.traceback(py).map(|tb| {
                tb.format()
                    .unwrap_or_else(|_| format!("<unformattable {tb:?}>"))
            });
            f.debug_struct("PyErr")
                .field("type", &self.get_type(py))
                .field("value", self.value(py))
                .field("traceback", &traceback)
                .finish()
        })
    }
}

/// `TypeName: message`, as Python prints the last line of a traceback.
impl fmt::Display for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Python::attach(|py| {
            let value = self.value(py);
            let type_name = value.get_type().qualname().map_err(|_| fmt::Error)?;
            write!(f, "{type_name}")?;
            match value.str() {
                Ok(text) => write!(f, ": {}", text.to_string_lossy()),
                Err(_) => f.write_str(": <exception str() failed>"),
            }
        })
    }
}

impl std::error::Error for PyErr {}

impl<'py> IntoPyObject<'py> for PyErr {
    type Target = PyBaseException;
    type Output = Bound<'py, PyBaseException>;
    type Error = std::convert::Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyBaseException::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(self.into_value(py).into_bound(py))
    }
}

impl<'py> IntoPyObject<'py> for &PyErr {
    type Target = PyBaseException;
    type Output = Bound<'py, PyBaseException>;
    type Error = std::convert::Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyErr::OUTPUT_TYPE;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(self.value(py).clone())
    }
}

/// Panics after a C API call returned null without setting an exception:
/// an invariant of the interpreter was broken.
#[cold]
#[track_caller]
pub(crate) fn panic_after_error(py: Python<'_>) -> ! {
    if let Some(err) = PyErr::take(py) {
        err.print(py);
    }
    panic!("Python API call failed")
}

/// `Err(PyErr::fetch)` when a C API call returned -1.
#[inline]
pub(crate) fn error_on_minusone<T: Copy + PartialEq + From<i8>>(
    py: Python<'_>,
    result: T,
) -> PyResult<()> {
    if result == T::from(-1) {
        Err(PyErr::fetch(py))
    } else {
        Ok(())
    }
}
