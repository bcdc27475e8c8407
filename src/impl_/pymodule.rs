//! The runtime side of `#[pymodule]`: the `Py_mod_exec` entry point that
//! runs the module's Rust body, what declarative modules add to
//! themselves, and `append_to_inittab!`. The static definitions are in
//! `module_def`.
//!
//! A module's statics (its definition, and whatever its functions and
//! classes cache) belong to one interpreter, so a module refuses to load in
//! a second one with an `ImportError` (and declares the same through the
//! `Py_mod_multiple_interpreters` slot where it exists, 3.12+).

#[cfg(not(any(PyPy, GraalPy, all(Py_LIMITED_API, Py_GIL_DISABLED))))]
use std::ffi::CStr;
use std::ffi::c_int;
use std::marker::PhantomData;

use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::impl_::pyfunction::PyFunctionDef;
use crate::impl_::trampoline::trampoline;
use crate::instance::Bound;
use crate::type_object::PyTypeInfo;
use crate::types::{PyModule, PyModuleMethods, PyTypeMethods};

/// The Rust body of a module: what runs when the module object is
/// executed (its `#[pymodule]` function, or the items of a declarative
/// module).
pub trait ModuleExec {
    /// Fills `module`.
    fn exec(module: &Bound<'_, PyModule>) -> PyResult<()>;
}

pub use crate::impl_::module_def::{ModuleDef, ModuleSlots};

/// The `Py_mod_exec` entry point of a module whose body is `E`.
pub(crate) unsafe extern "C" fn exec_entry<E: ModuleExec>(module: *mut ffi::PyObject) -> c_int {
    // SAFETY: called by the interpreter with the new module, on an attached
    // thread.
    unsafe {
        trampoline(move |py| {
            let module = Bound::ref_from_ptr(py, &module).cast_unchecked::<PyModule>();
            E::exec(module).map(|()| 0)
        })
    }
}

/// Things a declarative `#[pymodule]` adds to its module: functions,
/// submodules, classes.
pub trait PyAddToModule {
    /// Adds `self` to `module`.
    fn add_to_module(&'static self, module: &Bound<'_, PyModule>) -> PyResult<()>;
}

impl PyAddToModule for PyFunctionDef {
    fn add_to_module(&'static self, module: &Bound<'_, PyModule>) -> PyResult<()> {
        module.add_function(self.create(module.py(), Some(module))?)
    }
}

/// A native type (or exception) a declarative module lists with
/// `#[pymodule_export] use ...;`: its type object, added under its
/// `__name__`. Made by the native-type macros as `T::_PYO3_DEF`.
pub struct AddTypeToModule<T>(PhantomData<T>);

impl<T> AddTypeToModule<T> {
    /// The adder for `T`.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        AddTypeToModule(PhantomData)
    }
}

impl<T: PyTypeInfo> PyAddToModule for AddTypeToModule<T> {
    fn add_to_module(&'static self, module: &Bound<'_, PyModule>) -> PyResult<()> {
        let type_object = T::type_object(module.py());
        module.add(type_object.name()?, type_object)
    }
}

/// A `#[pyclass]` a declarative module lists with `#[pymodule_export]`
/// (made by `#[pyclass]` as `T::_PYO3_DEF`).
pub struct AddClassToModule<T>(PhantomData<T>);

impl<T> AddClassToModule<T> {
    /// The adder for `T`.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        AddClassToModule(PhantomData)
    }
}

impl<T: crate::pyclass::PyClass> PyAddToModule for AddClassToModule<T> {
    fn add_to_module(&'static self, module: &Bound<'_, PyModule>) -> PyResult<()> {
        module.add_class::<T>()
    }
}

impl PyAddToModule for ModuleDef {
    fn add_to_module(&'static self, module: &Bound<'_, PyModule>) -> PyResult<()> {
        let submodule = self.make_module(module.py())?;
        module.add_submodule(submodule.bind(module.py()))
    }
}

/// What a module function (or `#[pymodule_init]` function) may return:
/// `()` or `Result<(), E>` with `E: Into<PyErr>`.
#[diagnostic::on_unimplemented(
    message = "a module function must return `PyResult<()>` (or `()`), not `{Self}`"
)]
pub trait ModuleResult {
    /// The result as a `PyResult`.
    fn into_module_result(self) -> PyResult<()>;
}

impl ModuleResult for () {
    fn into_module_result(self) -> PyResult<()> {
        Ok(())
    }
}

impl<E: Into<PyErr>> ModuleResult for Result<(), E> {
    fn into_module_result(self) -> PyResult<()> {
        self.map_err(Into::into)
    }
}

/// Converts what a module function returned.
pub fn module_result(result: impl ModuleResult) -> PyResult<()> {
    result.into_module_result()
}

/// The module in the form the module function's (or `#[pymodule_init]`
/// function's) parameter asks for: `&Bound`, `Bound`, `Borrowed` or `Py`.
pub fn module_arg<'a, 'py, T>(module: &'a Bound<'py, PyModule>) -> T
where
    T: crate::impl_::pyfunction::ModuleArgument<'a, 'py>,
{
    T::from_module(module)
}

/// Registers `init` as the built-in module `name` (`append_to_inittab!`).
#[cfg(not(any(PyPy, GraalPy, all(Py_LIMITED_API, Py_GIL_DISABLED))))]
pub fn append_to_inittab(name: &'static CStr, init: unsafe extern "C" fn() -> *mut ffi::PyObject) {
    // SAFETY: reading the flag is always allowed; registering is allowed
    // only before initialisation, which is checked first.
    unsafe {
        assert!(
            ffi::Py_IsInitialized() == 0,
            "`append_to_inittab!` must be called before the interpreter is initialised"
        );
        if ffi::PyImport_AppendInittab(name.as_ptr(), Some(init)) != 0 {
            panic!("could not register built-in module {name:?} (out of memory)");
        }
    }
}

/// The module object of `definition` for `wrap_pymodule!`, made on first
/// use.
///
/// # Panics
///
/// When the module's initialisation fails; the message carries the error.
pub fn module_or_panic(
    py: crate::marker::Python<'_>,
    definition: &'static ModuleDef,
) -> crate::instance::Py<PyModule> {
    match definition.make_module(py) {
        Ok(module) => module,
        Err(error) => panic!("wrap_pymodule!: initialising the module failed: {error}"),
    }
}
