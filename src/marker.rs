//! `Python<'py>`: the proof that the current thread is attached to the
//! interpreter, and the entry points that attach and detach.

use std::ffi::CStr;
use std::marker::PhantomData;

use crate::PyTypeInfo;
use crate::conversion::IntoPyObject;
use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::instance::{Bound, Py};
#[cfg(not(any(PyPy, GraalPy)))]
use crate::internal::attach::initialize_interpreter;
use crate::internal::attach::{AttachGuard, Detached};
use crate::types::{PyAny, PyDict, PyModule, PyString, PyType};
use crate::version::PythonVersionInfo;

/// Types that may cross a `Python::detach` boundary.
///
/// Code run while detached must not touch Python objects, so neither the
/// closure given to [`Python::detach`] nor its result may carry a
/// [`Python`] token or a [`Bound`] reference. On stable Rust this is
/// expressed as "`Send`": every `Send` type is `Ungil`, and `Python`,
/// `Bound` and `Borrowed` are not `Send`. (`Py<T>` is `Send` and may cross;
/// it needs a `Python` token to be used again.)
///
/// With the `nightly` feature (which needs a nightly compiler) `Ungil` is
/// instead an auto trait of its own: a type is `Ungil` when all its fields
/// are, except for `Python`, `Bound`, `Borrowed`, `PyAny` (so every native
/// object type) and the raw interpreter structs of [`ffi`], which are
/// not. Then non-`Send` values that hold nothing of Python's, such as an
/// `Rc`, may cross `detach`, and wrappers that fake `Send` (for example
/// `send_wrapper::SendWrapper<Bound<..>>`) no longer smuggle a `Bound` in.
///
/// # Safety
///
/// Implement only for types that hold no reference into the Python heap
/// that could be used without an attached thread.
///
/// # Examples
///
/// ```
/// # use pyo3::prelude::*;
/// # pyo3::Python::initialize();
///
/// Python::attach(|py| -> PyResult<()> {
///     // A `Py` crosses `detach` (it is `Ungil`); a `Bound` could not.
///     let stored: Py<PyAny> = py.eval(c"[1, 2, 3]", None, None)?.unbind();
///     let stored = py.detach(move || stored);
///     assert_eq!(stored.bind(py).len()?, 3);
///     Ok(())
/// })
/// .unwrap();
/// ```
#[cfg(not(feature = "nightly"))]
pub unsafe trait Ungil {}

// SAFETY: `Send` types cannot carry the non-`Send` `Python` token, `Bound`
// or `Borrowed`, which are the ways to use Python objects.
#[cfg(not(feature = "nightly"))]
unsafe impl<T: Send> Ungil for T {}

#[cfg(feature = "nightly")]
pub use self::nightly::Ungil;

/// The auto-trait form of [`Ungil`] (the `nightly` feature).
#[cfg(feature = "nightly")]
mod nightly {
    use crate::err::PyErr;
    use crate::ffi;
    use crate::instance::{Borrowed, Bound, Py};
    use crate::marker::Python;
    use crate::types::PyAny;

    /// Passes its tokens through unchanged. The `auto trait` item below is
    /// handed over as tokens, so a stable compiler, which parses this module
    /// even when the feature is off, never sees (and warns about) the
    /// unstable syntax.
    macro_rules! unstable_item {
        ($($item:tt)*) => { $($item)* };
    }

    unstable_item! {
        /// Types that may cross a `Python::detach` boundary.
        ///
        /// Code run while detached must not touch Python objects, so neither
        /// the closure given to [`Python::detach`] nor its result may carry a
        /// [`Python`] token, a [`Bound`] or [`Borrowed`] reference, or a
        /// pointer to an interpreter struct. This is an auto trait: a type is
        /// `Ungil` when all its fields are. `Python`, `Bound`, `Borrowed`,
        /// [`PyAny`] (and so every native object type) and the C object and
        /// interpreter-state structs of [`ffi`] are not; [`Py`] and
        /// [`PyErr`] are, since using their contents again needs a
        /// `Python` token.
        ///
        /// Unlike `Send`, `Ungil` does not forbid values that merely must
        /// stay on this thread: `detach` runs its closure on the calling
        /// thread, so an `Rc` or a `RefCell` borrow may cross.
        ///
        /// # Safety
        ///
        /// Implement only for types that hold no reference into the Python
        /// heap that could be used without an attached thread.
        pub unsafe auto trait Ungil {}
    }

    // The token and the references that use it.
    impl !Ungil for Python<'_> {}
    impl<T> !Ungil for Bound<'_, T> {}
    impl<T> !Ungil for Borrowed<'_, '_, T> {}
    // Every native type (`PyList`, `PyString`, ...) wraps `PyAny`.
    impl !Ungil for PyAny {}

    // The C structs, so that a pointer to one (and any type holding such a
    // pointer) stays behind. Opaque ones have no field that would carry it.
    impl !Ungil for ffi::PyObject {}
    impl !Ungil for ffi::PyVarObject {}
    impl !Ungil for ffi::PyTypeObject {}
    impl !Ungil for ffi::PyLongObject {}
    impl !Ungil for ffi::PyFloatObject {}
    impl !Ungil for ffi::PyDictObject {}
    #[cfg(not(Py_LIMITED_API))]
    impl !Ungil for ffi::PyDictKeysObject {}
    #[cfg(any(PyPy, Py_LIMITED_API))]
    impl !Ungil for ffi::PyWeakReference {}
    impl !Ungil for ffi::PyCodeObject {}
    impl !Ungil for ffi::PyFrameObject {}
    impl !Ungil for ffi::PyThreadState {}
    impl !Ungil for ffi::PyInterpreterState {}
    #[cfg(not(any(PyPy, Py_LIMITED_API, Py_3_10)))]
    impl !Ungil for ffi::PyArena {}

    // SAFETY: a `Py` is only dereferenced through `bind`, which needs a
    // `Python` token, and its drop defers the release to an attached thread;
    // holding one while detached touches nothing of Python's.
    unsafe impl<T> Ungil for Py<T> {}

    // SAFETY: a `PyErr` holds `Py` references and a lazy constructor that
    // takes a `Python` token; every method that reads or builds the
    // exception needs that token. Dropping it drops `Py`s (deferred when
    // detached) and the constructor, which is `'static` and so cannot own a
    // `Bound` or `Borrowed` (their `'py` lifetime is never `'static`).
    unsafe impl Ungil for PyErr {}

    // Thread handles. A handle keeps the thread's result and, should it
    // panic, the payload as a `Box<dyn Any + Send>`; an auto trait never
    // holds for a trait object that does not name it, so without these a
    // closure that joins a thread could not be given to `detach`. (PyO3 0.30
    // has no such impls; they only accept more code.)
    //
    // SAFETY: the result is `T: Ungil`. The payload is `'static`, while
    // `Python<'py>`, `Bound` and `Borrowed` are tied to a `'py` that safe
    // code never has as `'static` (`Python::attach` gives a fresh lifetime;
    // `Python::assume_attached` is unsafe), and it crossed threads already.
    unsafe impl<T: Ungil> Ungil for std::thread::JoinHandle<T> {}
    // SAFETY: as for `JoinHandle`.
    unsafe impl<T: Ungil> Ungil for std::thread::ScopedJoinHandle<'_, T> {}
}

/// A marker that keeps `Python` from being `Send` or `Sync`.
type NotSend = PhantomData<*mut ()>;

/// A token proving the current thread is attached to the Python interpreter
/// (holds the GIL) for the lifetime `'py`.
///
/// It is zero-sized and `Copy`. Get one with [`Python::attach`], or as the
/// `py` argument of functions called from Python.
///
/// # Examples
///
/// ```
/// # use pyo3::prelude::*;
/// # pyo3::Python::initialize();
/// # use pyo3::types::PyList;
/// Python::attach(|py| -> PyResult<()> {
///     // Functions that need the interpreter take the token as a parameter.
///     fn squares(py: Python<'_>, n: u32) -> PyResult<Bound<'_, PyList>> {
///         PyList::new(py, (0..n).map(|i| i * i))
///     }
///     assert_eq!(squares(py, 4)?.extract::<Vec<u32>>()?, [0, 1, 4, 9]);
///     Ok(())
/// })
/// .unwrap();
/// ```
#[derive(Copy, Clone)]
pub struct Python<'py>(PhantomData<(&'py AttachGuard, NotSend)>);

impl Python<'_> {
    /// Attaches the current thread to the interpreter for the duration of `f`
    /// and gives `f` the token.
    ///
    /// Nested calls are cheap: only the outermost one takes the GIL. With the
    /// `auto-initialize` feature the interpreter is started on first use;
    /// without it, a thread attaching to an interpreter that was never started
    /// panics (call [`Python::initialize`] first).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// let total: i64 = Python::attach(|py| -> PyResult<i64> {
    ///     py.eval(c"sum(range(10))", None, None)?.extract()
    /// })
    /// .unwrap();
    /// assert_eq!(total, 45);
    /// ```
    #[inline]
    pub fn attach<F, R>(f: F) -> R
    where
        F: for<'py> FnOnce(Python<'py>) -> R,
    {
        let guard = AttachGuard::attach();
        // SAFETY: `guard` keeps the thread attached while `f` runs.
        let result = f(unsafe { Python::assume_attached() });
        drop(guard);
        result
    }

    /// Like [`Python::attach`], but returns `None` instead of panicking when
    /// the interpreter is not initialized or is shutting down.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// // The interpreter is running, so attaching succeeds.
    /// let version = Python::try_attach(|py| py.version_info().major);
    /// assert_eq!(version, Some(3));
    /// ```
    #[inline]
    pub fn try_attach<F, R>(f: F) -> Option<R>
    where
        F: for<'py> FnOnce(Python<'py>) -> R,
    {
        let guard = AttachGuard::try_attach()?;
        // SAFETY: `guard` keeps the thread attached while `f` runs.
        let result = f(unsafe { Python::assume_attached() });
        drop(guard);
        Some(result)
    }

    /// Like [`Python::attach`] without checking that the interpreter runs.
    ///
    /// # Safety
    ///
    /// The interpreter must be initialized and not finalizing.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// // SAFETY: the interpreter was initialized above and is not finalizing.
    /// let is_none = unsafe { Python::attach_unchecked(|py| py.None().bind(py).is_none()) };
    /// assert!(is_none);
    /// ```
    #[inline]
    pub unsafe fn attach_unchecked<F, R>(f: F) -> R
    where
        F: for<'py> FnOnce(Python<'py>) -> R,
    {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            let guard = AttachGuard::attach_unchecked();
            let result = f(Python::assume_attached());
            drop(guard);
            result
        }
    }

    /// Starts the interpreter if it is not running, then detaches from it so
    /// that any thread can attach. Does nothing if it runs already (inside an
    /// extension module, it always does). Safe to call from several threads.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// pyo3::Python::initialize();
    /// // A second call is a no-op.
    /// pyo3::Python::initialize();
    /// Python::attach(|py| assert!(py.version_info() >= (3, 7)));
    /// ```
    #[cfg(not(any(PyPy, GraalPy)))]
    pub fn initialize() {
        initialize_interpreter();
    }

    /// Old name of [`Python::attach`].
    #[deprecated(since = "0.26.0", note = "use `Python::attach` instead")]
    #[inline]
    pub fn with_gil<F, R>(f: F) -> R
    where
        F: for<'py> FnOnce(Python<'py>) -> R,
    {
        Self::attach(f)
    }

    /// Old name of [`Python::attach_unchecked`].
    ///
    /// # Safety
    ///
    /// As for [`Python::attach_unchecked`].
    #[deprecated(since = "0.26.0", note = "use `Python::attach_unchecked` instead")]
    #[inline]
    pub unsafe fn with_gil_unchecked<F, R>(f: F) -> R
    where
        F: for<'py> FnOnce(Python<'py>) -> R,
    {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { Self::attach_unchecked(f) }
    }
}

/// Old name of [`Python::initialize`].
#[cfg(not(any(PyPy, GraalPy)))]
#[deprecated(since = "0.26.0", note = "use `Python::initialize` instead")]
pub fn prepare_freethreaded_python() {
    initialize_interpreter();
}

impl<'py> Python<'py> {
    /// Detaches the current thread while `f` runs, so that other threads can
    /// use the interpreter, and re-attaches before returning.
    ///
    /// `f` and its result must be [`Ungil`]: nothing that needs the
    /// interpreter may be used inside. A panic in `f` re-attaches and
    /// continues unwinding.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let data: Vec<u64> = (1..=100).collect();
    ///     // No Python objects are touched while detached.
    ///     let sum = py.detach(|| data.iter().sum::<u64>());
    ///     assert_eq!(sum, 5050);
    /// });
    /// ```
    pub fn detach<T, F>(self, f: F) -> T
    where
        F: Ungil + FnOnce() -> T,
        T: Ungil,
    {
        // SAFETY: holding `self` proves this thread is attached.
        let detached = unsafe { Detached::new() };
        let result = f();
        drop(detached);
        result
    }

    /// Old name of [`Python::detach`].
    #[deprecated(since = "0.26.0", note = "use `Python::detach` instead")]
    pub fn allow_threads<T, F>(self, f: F) -> T
    where
        F: Ungil + FnOnce() -> T,
        T: Ungil,
    {
        self.detach(f)
    }

    /// Evaluates one Python expression and returns its value.
    ///
    /// `globals` defaults to the `__main__` module's dictionary; `locals`
    /// defaults to `globals`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyDict;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let locals = PyDict::new(py);
    ///     locals.set_item("x", 6)?;
    ///     let value: i32 = py.eval(c"x * 7", None, Some(&locals))?.extract()?;
    ///     assert_eq!(value, 42);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn eval(
        self,
        code: &CStr,
        globals: Option<&Bound<'py, PyDict>>,
        locals: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::impl_::run::run_code(self, code, ffi::Py_eval_input, globals, locals)
    }

    /// Executes Python statements (as a module body).
    ///
    /// `globals` defaults to the `__main__` module's dictionary; `locals`
    /// defaults to `globals`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyDict;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let globals = PyDict::new(py);
    ///     py.run(c"items = [n * n for n in range(4)]", Some(&globals), None)?;
    ///     let items: Vec<i32> = globals.get_item("items")?.unwrap().extract()?;
    ///     assert_eq!(items, [0, 1, 4, 9]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn run(
        self,
        code: &CStr,
        globals: Option<&Bound<'py, PyDict>>,
        locals: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<()> {
        crate::impl_::run::run_code(self, code, ffi::Py_file_input, globals, locals).map(drop)
    }

    /// The Python type object of `T`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::{PyList, PyTypeMethods};
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list_type = py.get_type::<PyList>();
    ///     assert_eq!(list_type.name()?, "list");
    ///     assert!(list_type.call0()?.is_instance_of::<PyList>());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn get_type<T>(self) -> Bound<'py, PyType>
    where
        T: PyTypeInfo,
    {
        T::type_object(self)
    }

    /// Imports a module by name (`import name`).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let math = py.import("math")?;
    ///     let root: f64 = math.getattr("sqrt")?.call1((16.0,))?.extract()?;
    ///     assert_eq!(root, 4.0);
    ///     assert!(py.import("no_such_module_here").is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn import<N>(self, name: N) -> PyResult<Bound<'py, PyModule>>
    where
        N: IntoPyObject<'py, Target = PyString>,
    {
        PyModule::import(self, name)
    }

    /// The `None` singleton.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let none = py.None();
    ///     assert!(none.bind(py).is_none());
    ///     assert!(py.eval(c"None", None, None)?.is(&none));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[allow(non_snake_case)]
    #[inline]
    pub fn None(self) -> Py<PyAny> {
        // SAFETY: `Py_None` is a valid object for the life of the interpreter.
        unsafe { Py::from_borrowed_ptr(self, ffi::Py_None()) }
    }

    /// The `Ellipsis` (`...`) singleton.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let ellipsis = py.Ellipsis();
    ///     assert!(py.eval(c"...", None, None)?.is(&ellipsis));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[allow(non_snake_case)]
    #[inline]
    pub fn Ellipsis(self) -> Py<PyAny> {
        // SAFETY: `Py_Ellipsis` is a valid object for the life of the
        // interpreter.
        unsafe { Py::from_borrowed_ptr(self, ffi::Py_Ellipsis()) }
    }

    /// The `NotImplemented` singleton.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let value = py.eval(c"(1).__add__(\"x\")", None, None)?;
    ///     assert!(value.is(&py.NotImplemented()));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[allow(non_snake_case)]
    #[inline]
    pub fn NotImplemented(self) -> Py<PyAny> {
        // SAFETY: `Py_NotImplemented` is a valid object for the life of the
        // interpreter.
        unsafe { Py::from_borrowed_ptr(self, ffi::Py_NotImplemented()) }
    }

    /// The interpreter's version string, as in `sys.version`.
    #[deprecated(since = "0.29.0", note = "use `Python::version_str` instead")]
    pub fn version(self) -> &'static str {
        Self::version_str()
    }

    /// The interpreter's version string, as in `sys.version`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|_py| {
    ///     let version = Python::version_str();
    ///     assert!(version.starts_with("3."));
    /// });
    /// ```
    pub fn version_str() -> &'static str {
        // SAFETY: `Py_GetVersion` returns a static NUL-terminated string and
        // may be called without attaching.
        let version = unsafe { CStr::from_ptr(ffi::Py_GetVersion()) };
        version.to_str().unwrap_or("<non-UTF-8 version string>")
    }

    /// The interpreter's version, comparable with tuples: `py.version_info()
    /// >= (3, 11)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let info = py.version_info();
    ///     assert_eq!(info.major, 3);
    ///     assert!(info >= (3, 7));
    /// });
    /// ```
    pub fn version_info(self) -> PythonVersionInfo {
        PythonVersionInfo::from_sys_version(Self::version_str())
    }

    /// Runs pending signal handlers; returns the exception a handler raised
    /// (e.g. `KeyboardInterrupt` after Ctrl-C). Call it in long loops.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     for _ in 0..3 {
    ///         // ... a slice of long-running work ...
    ///         py.check_signals()?;
    ///     }
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn check_signals(self) -> PyResult<()> {
        // SAFETY: attached, as `self` proves.
        if unsafe { ffi::PyErr_CheckSignals() } == -1 {
            Err(PyErr::fetch(self))
        } else {
            Ok(())
        }
    }
}

impl<'unbound> Python<'unbound> {
    /// A token, trusting the caller that the thread is attached.
    ///
    /// # Safety
    ///
    /// The current thread must be attached to the interpreter for as long as
    /// the token (and anything derived from it) is used.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|_| {
    ///     // SAFETY: this thread is attached for the whole closure, and the token
    ///     // does not outlive it.
    ///     let py = unsafe { Python::assume_attached() };
    ///     assert!(py.None().bind(py).is_none());
    /// });
    /// ```
    #[inline]
    pub unsafe fn assume_attached() -> Python<'unbound> {
        Python(PhantomData)
    }

    /// Old name of [`Python::assume_attached`].
    ///
    /// # Safety
    ///
    /// As for [`Python::assume_attached`].
    #[deprecated(since = "0.26.0", note = "use `Python::assume_attached` instead")]
    #[inline]
    pub unsafe fn assume_gil_acquired() -> Python<'unbound> {
        Python(PhantomData)
    }
}
