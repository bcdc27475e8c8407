//! The runtime side of `#[pyfunction]`: the static method definition each
//! function gets, the C entry points that call into the generated body, and
//! `wrap_pyfunction!`'s conversion into a function object.
//!
//! The generated code implements [`KeywordFunction`] or [`NoArgsFunction`]
//! for a marker type and stores a [`PyFunctionDef`] built from it. The
//! choice between vectorcall and the tuple/dict convention is made here, by
//! this crate's own build configuration, so the generated code is the same
//! for every Python version and ABI.

use std::ffi::CStr;

use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::impl_::extract_argument::RawArguments;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyCFunction, PyModule};

/// The `self` a module-level function is called with: its module, or
/// nothing when it was made without one.
pub type FunctionSelf<'py> = Option<Borrowed<'py, 'py, PyAny>>;

/// The body of a function that takes parameters. `ID` tells apart the
/// methods of one class, which all implement it for the class type.
pub trait KeywordFunction<const ID: u64 = 0> {
    /// Sorts and converts `arguments`, runs the Rust function and converts
    /// its result to a new reference.
    fn call<'py>(
        py: Python<'py>,
        slf: FunctionSelf<'py>,
        arguments: RawArguments<'py>,
    ) -> PyResult<*mut ffi::PyObject>;
}

/// The body of a function without parameters (`METH_NOARGS`).
pub trait NoArgsFunction<const ID: u64 = 0> {
    /// Runs the Rust function and converts its result to a new reference.
    fn call<'py>(py: Python<'py>, slf: FunctionSelf<'py>) -> PyResult<*mut ffi::PyObject>;
}

/// The method definition of one `#[pyfunction]`, stored in a static so
/// that every function object made from it can point at it.
pub struct PyFunctionDef(ffi::PyMethodDef);

// SAFETY: the definition is immutable after construction and only holds
// pointers to static strings and functions.
unsafe impl Sync for PyFunctionDef {}

impl PyFunctionDef {
    /// A function with parameters, called with vectorcall where the target
    /// ABI has it (`METH_FASTCALL | METH_KEYWORDS`), else with a tuple and
    /// a dict.
    pub const fn with_keywords<F: KeywordFunction<ID>, const ID: u64>(
        name: &'static CStr,
        doc: &'static CStr,
    ) -> Self {
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        let (meth, flags) = (
            ffi::PyMethodDefPointer {
                PyCFunctionFastWithKeywords: fastcall_entry::<F, ID>,
            },
            ffi::METH_FASTCALL | ffi::METH_KEYWORDS,
        );
        #[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
        let (meth, flags) = (
            ffi::PyMethodDefPointer {
                PyCFunctionWithKeywords: tuple_dict_entry::<F, ID>,
            },
            ffi::METH_VARARGS | ffi::METH_KEYWORDS,
        );
        PyFunctionDef(ffi::PyMethodDef {
            ml_name: name.as_ptr(),
            ml_meth: meth,
            ml_flags: flags,
            ml_doc: doc.as_ptr(),
        })
    }

    /// A function without parameters (`METH_NOARGS`).
    pub const fn no_args<F: NoArgsFunction<ID>, const ID: u64>(
        name: &'static CStr,
        doc: &'static CStr,
    ) -> Self {
        PyFunctionDef(ffi::PyMethodDef {
            ml_name: name.as_ptr(),
            ml_meth: ffi::PyMethodDefPointer {
                PyCFunction: no_args_entry::<F, ID>,
            },
            ml_flags: ffi::METH_NOARGS,
            ml_doc: doc.as_ptr(),
        })
    }

    /// The same definition as a static method (`METH_STATIC`).
    pub const fn into_static_method(mut self) -> Self {
        self.0.ml_flags |= ffi::METH_STATIC;
        self
    }

    /// The same definition as a class method (`METH_CLASS`): the class
    /// is passed as `self`.
    pub const fn into_class_method(mut self) -> Self {
        self.0.ml_flags |= ffi::METH_CLASS;
        self
    }

    /// A copy of the C definition, for a type's method table.
    pub(crate) fn method_def(&self) -> ffi::PyMethodDef {
        self.0
    }

    /// The function's Python name.
    pub fn name(&self) -> &'static CStr {
        // SAFETY: `ml_name` came from a `&'static CStr`.
        unsafe { CStr::from_ptr(self.0.ml_name) }
    }

    /// A new function object; `module` becomes its `__self__` and names its
    /// `__module__`.
    pub fn create<'py>(
        &'static self,
        py: Python<'py>,
        module: Option<&Bound<'py, PyModule>>,
    ) -> PyResult<Bound<'py, PyCFunction>> {
        let slf = module.map_or(std::ptr::null_mut(), |module| module.as_ptr());
        // SAFETY: the definition is static and never written to (CPython only
        // reads it).
        unsafe {
            crate::types::function::create(py, std::ptr::addr_of!(self.0).cast_mut(), slf, module)
        }
    }
}

#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
unsafe extern "C" fn fastcall_entry<F: KeywordFunction<ID>, const ID: u64>(
    slf: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    nargs: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: called by the interpreter with the vectorcall arguments of a
    // `METH_FASTCALL | METH_KEYWORDS` function, on an attached thread.
    unsafe { crate::impl_::trampoline::fastcall(F::call, slf, args, nargs, kwnames) }
}

#[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
unsafe extern "C" fn tuple_dict_entry<F: KeywordFunction<ID>, const ID: u64>(
    slf: *mut ffi::PyObject,
    args: *mut ffi::PyObject,
    kwargs: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: called by the interpreter with the tuple and dict of a
    // `METH_VARARGS | METH_KEYWORDS` function, on an attached thread.
    unsafe { crate::impl_::trampoline::tuple_dict(F::call, slf, args, kwargs) }
}

unsafe extern "C" fn no_args_entry<F: NoArgsFunction<ID>, const ID: u64>(
    slf: *mut ffi::PyObject,
    _unused: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: called by the interpreter on an attached thread; `slf` is the
    // function's `__self__` or null.
    unsafe { crate::impl_::trampoline::no_arguments(F::call, slf) }
}

/// Types a parameter that receives the module may have: the first one of a
/// `pass_module` function, and that of a `#[pymodule]` (or
/// `#[pymodule_init]`) function.
#[diagnostic::on_unimplemented(
    message = "this parameter receives the module, not `{Self}`",
    note = "write `&Bound<'_, PyModule>`, `Bound<'_, PyModule>` or `Py<PyModule>`"
)]
pub trait ModuleArgument<'a, 'py>: Sized {
    /// Converts the module.
    fn from_module(module: &'a Bound<'py, PyModule>) -> Self;
}

impl<'a, 'py> ModuleArgument<'a, 'py> for &'a Bound<'py, PyModule> {
    fn from_module(module: &'a Bound<'py, PyModule>) -> Self {
        module
    }
}

impl<'a, 'py> ModuleArgument<'a, 'py> for Bound<'py, PyModule> {
    fn from_module(module: &'a Bound<'py, PyModule>) -> Self {
        module.clone()
    }
}

impl<'a, 'py> ModuleArgument<'a, 'py> for Borrowed<'a, 'py, PyModule> {
    fn from_module(module: &'a Bound<'py, PyModule>) -> Self {
        module.as_borrowed()
    }
}

impl<'a, 'py> ModuleArgument<'a, 'py> for crate::instance::Py<PyModule> {
    fn from_module(module: &'a Bound<'py, PyModule>) -> Self {
        module.clone().unbind()
    }
}

/// The module a `pass_module` function receives: the `__self__` it was
/// created with.
pub fn module_argument<'a, 'py, T>(slf: &'a FunctionSelf<'py>) -> PyResult<T>
where
    T: ModuleArgument<'a, 'py>,
{
    match slf {
        Some(module) => Bound::cast::<PyModule>(module)
            .map(T::from_module)
            .map_err(Into::into),
        None => Err(crate::exceptions::PyTypeError::new_err(
            "this function takes its module as first argument (`pass_module`) \
             but was created without one: wrap it with `wrap_pyfunction!(f, module)`",
        )),
    }
}

/// Emits the warning of a `#[pyfunction(warn(...))]` option, attributed to
/// the Python caller.
pub fn warn<W: PyTypeInfo>(py: Python<'_>, message: &CStr) -> PyResult<()> {
    PyErr::warn(py, W::type_object(py).as_any(), message, 1)
}

/// What `wrap_pyfunction!` accepts as its second argument: a module (the
/// function is created for it) or a `Python` token (no module).
pub trait WrapPyFunctionArg<'py, T> {
    /// Creates the function object of `definition`.
    fn wrap_pyfunction(self, definition: &'static PyFunctionDef) -> PyResult<T>;
}

impl<'py> WrapPyFunctionArg<'py, Bound<'py, PyCFunction>> for Python<'py> {
    fn wrap_pyfunction(
        self,
        definition: &'static PyFunctionDef,
    ) -> PyResult<Bound<'py, PyCFunction>> {
        definition.create(self, None)
    }
}

impl<'py> WrapPyFunctionArg<'py, Bound<'py, PyCFunction>> for &Bound<'py, PyModule> {
    fn wrap_pyfunction(
        self,
        definition: &'static PyFunctionDef,
    ) -> PyResult<Bound<'py, PyCFunction>> {
        definition.create(self.py(), Some(self))
    }
}

impl<'py> WrapPyFunctionArg<'py, Bound<'py, PyCFunction>> for Bound<'py, PyModule> {
    fn wrap_pyfunction(
        self,
        definition: &'static PyFunctionDef,
    ) -> PyResult<Bound<'py, PyCFunction>> {
        definition.create(self.py(), Some(&self))
    }
}

impl<'py> WrapPyFunctionArg<'py, Bound<'py, PyCFunction>> for Borrowed<'_, 'py, PyModule> {
    fn wrap_pyfunction(
        self,
        definition: &'static PyFunctionDef,
    ) -> PyResult<Bound<'py, PyCFunction>> {
        definition.create(self.py(), Some(&self))
    }
}

impl<'py> WrapPyFunctionArg<'py, Bound<'py, PyCFunction>> for &Borrowed<'_, 'py, PyModule> {
    fn wrap_pyfunction(
        self,
        definition: &'static PyFunctionDef,
    ) -> PyResult<Bound<'py, PyCFunction>> {
        definition.create(self.py(), Some(self))
    }
}
