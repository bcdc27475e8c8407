//! The runtime side of `#[pymodule]`: a static module definition using
//! multi-phase initialisation (PEP 489), the `Py_mod_exec` entry point that
//! runs the module's Rust body, and the creation of submodules.
//!
//! A module's statics (its definition, and whatever its functions and
//! classes cache) belong to one interpreter, so a module refuses to load in
//! a second one with an `ImportError` (and declares the same through the
//! `Py_mod_multiple_interpreters` slot where it exists, 3.12+).

use std::cell::UnsafeCell;
use std::ffi::{c_int, c_void, CStr};
use std::sync::atomic::{AtomicI64, Ordering};

use crate::err::{PyErr, PyResult};
use crate::exceptions::PyImportError;
use crate::ffi;
use crate::impl_::pyfunction::PyFunctionDef;
use crate::impl_::trampoline::trampoline;
use crate::instance::{Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::types::{PyAnyMethods, PyDict, PyDictMethods, PyModule, PyModuleMethods};

/// The Rust body of a module: what runs when the module object is
/// executed (its `#[pymodule]` function, or the items of a declarative
/// module).
pub trait ModuleExec {
    /// Fills `module`.
    fn exec(module: &Bound<'_, PyModule>) -> PyResult<()>;
}

/// The slots of a module definition: `Py_mod_exec` and, where they exist,
/// `Py_mod_multiple_interpreters` and `Py_mod_gil`; zero-terminated.
pub struct ModuleSlots([ffi::PyModuleDef_Slot; 4]);

// SAFETY: the slots are immutable and hold a function pointer and constants.
unsafe impl Sync for ModuleSlots {}

const NO_SLOT: ffi::PyModuleDef_Slot = ffi::PyModuleDef_Slot {
    slot: 0,
    value: std::ptr::null_mut(),
};

impl ModuleSlots {
    /// The slots of a module whose body is `E`. `gil_used` declares whether
    /// the module needs the GIL on free-threaded builds.
    #[cfg_attr(not(Py_3_13), allow(unused_variables))]
    pub const fn new<E: ModuleExec>(gil_used: bool) -> Self {
        let mut slots = [NO_SLOT; 4];
        let exec: unsafe extern "C" fn(*mut ffi::PyObject) -> c_int = exec_entry::<E>;
        slots[0] = ffi::PyModuleDef_Slot {
            slot: ffi::Py_mod_exec,
            value: exec as *mut c_void,
        };
        #[cfg(Py_3_12)]
        {
            slots[1] = ffi::PyModuleDef_Slot {
                slot: ffi::Py_mod_multiple_interpreters,
                value: ffi::Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED,
            };
        }
        #[cfg(Py_3_13)]
        {
            slots[2] = ffi::PyModuleDef_Slot {
                slot: ffi::Py_mod_gil,
                value: if gil_used {
                    ffi::Py_MOD_GIL_USED
                } else {
                    ffi::Py_MOD_GIL_NOT_USED
                },
            };
        }
        // Unused entries in the middle would end the list early: compact.
        let mut compact = [NO_SLOT; 4];
        let mut i = 0;
        let mut n = 0;
        while i < slots.len() {
            if slots[i].slot != 0 {
                compact[n] = slots[i];
                n += 1;
            }
            i += 1;
        }
        ModuleSlots(compact)
    }
}

/// The static definition of one `#[pymodule]`.
pub struct ModuleDef {
    /// Written by `PyModuleDef_Init` (it becomes a Python object).
    ffi_def: UnsafeCell<ffi::PyModuleDef>,
    name: &'static CStr,
    /// The interpreter the module was first loaded in (-1: none yet).
    interpreter: AtomicI64,
    /// The module object made by [`ModuleDef::make_module`].
    module: PyOnceLock<Py<PyModule>>,
}

// SAFETY: `ffi_def` is only handed to the interpreter, which serialises
// module initialisation; everything else is immutable or synchronised.
unsafe impl Sync for ModuleDef {}

impl ModuleDef {
    /// A definition named `name` (the full dotted name for submodules).
    pub const fn new(name: &'static CStr, doc: &'static CStr, slots: &'static ModuleSlots) -> Self {
        ModuleDef {
            ffi_def: UnsafeCell::new(ffi::PyModuleDef {
                m_base: ffi::PyModuleDef_HEAD_INIT,
                m_name: name.as_ptr(),
                m_doc: doc.as_ptr(),
                m_size: 0,
                m_methods: std::ptr::null_mut(),
                m_slots: slots.0.as_ptr().cast_mut(),
                m_traverse: None,
                m_clear: None,
                m_free: None,
            }),
            name,
            interpreter: AtomicI64::new(-1),
            module: PyOnceLock::new(),
        }
    }

    /// The module's (full) name.
    pub fn name(&self) -> &'static CStr {
        self.name
    }

    /// What `PyInit_<name>` returns: the initialised definition, which the
    /// interpreter then uses to create and execute the module; or null with
    /// `ImportError` set when loaded in a second interpreter.
    ///
    /// # Safety
    ///
    /// Must be called by the interpreter's import machinery (it holds an
    /// attached thread state).
    pub unsafe fn init_multi_phase(&'static self) -> *mut ffi::PyObject {
        // SAFETY: the caller is the import machinery, on an attached thread.
        unsafe {
            trampoline(|py| {
                self.check_interpreter(py)?;
                Ok(ffi::PyModuleDef_Init(self.ffi_def.get()))
            })
        }
    }

    /// Creates and executes the module directly (for submodules,
    /// `wrap_pymodule!` and `append_to_inittab!`). The module is made once;
    /// later calls return the same object.
    pub fn make_module(&'static self, py: Python<'_>) -> PyResult<Py<PyModule>> {
        self.check_interpreter(py)?;
        self.module
            .get_or_try_init(py, || {
                static SIMPLE_NAMESPACE: PyOnceLock<Py<crate::types::PyType>> = PyOnceLock::new();
                let namespace = SIMPLE_NAMESPACE.import(py, "types", "SimpleNamespace")?;
                let kwargs = PyDict::new(py);
                kwargs.set_item("name", self.name.to_str().unwrap_or_default())?;
                // The import machinery only reads the spec's `name`.
                let spec = namespace.call((), Some(&kwargs))?;
                // SAFETY: attached; the definition is static and complete;
                // each call returns a new reference / status checked at once.
                unsafe {
                    let module = Bound::from_owned_ptr_or_err(
                        py,
                        ffi::PyModule_FromDefAndSpec(self.ffi_def.get(), spec.as_ptr()),
                    )?
                    .cast_into_unchecked::<PyModule>();
                    crate::err::error_on_minusone(
                        py,
                        ffi::PyModule_ExecDef(module.as_ptr(), self.ffi_def.get()),
                    )?;
                    Ok::<_, PyErr>(module.unbind())
                }
            })
            .map(|module| module.clone_ref(py))
    }

    /// Records the first interpreter that loads the module and refuses any
    /// other.
    fn check_interpreter(&self, py: Python<'_>) -> PyResult<()> {
        let _ = py;
        #[cfg(not(any(PyPy, GraalPy)))]
        {
            // SAFETY: attached, so there is a current interpreter.
            let current = unsafe { ffi::PyInterpreterState_GetID(ffi::PyInterpreterState_Get()) };
            if current < 0 {
                return Err(PyErr::fetch(py));
            }
            if let Err(first) =
                self.interpreter
                    .compare_exchange(-1, current, Ordering::SeqCst, Ordering::SeqCst)
            {
                if first != current {
                    return Err(PyImportError::new_err(format!(
                        "module '{}' was built with pyo3, whose modules can be loaded in only \
                         one interpreter per process; it is already loaded in interpreter {first}",
                        self.name.to_string_lossy()
                    )));
                }
            }
        }
        Ok(())
    }
}

/// The `Py_mod_exec` entry point of a module whose body is `E`.
unsafe extern "C" fn exec_entry<E: ModuleExec>(module: *mut ffi::PyObject) -> c_int {
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

/// Registers `init` as the built-in module `name` (`append_to_inittab!`).
#[cfg(not(any(PyPy, GraalPy)))]
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
