//! The static definition of a `#[pymodule]` and its slots, in the two forms
//! the interpreters understand:
//!
//! - a `PyModuleDef` with `PyModuleDef_Slot`s, returned by `PyInit_<name>`
//!   through `PyModuleDef_Init` (multi-phase initialisation, PEP 489), for
//!   every build except the free-threaded stable ABI;
//! - an array of `PySlot`s returned by `PyModExport_<name>` (PEP 793), for
//!   the free-threaded stable ABI (abi3t, 3.15+), where `PyModuleDef` is
//!   opaque.
//!
//! `#[pymodule]` expands to the same code for both; `__pyo3_module_entry!`
//! emits the matching entry point.

use std::ffi::{CStr, c_int, c_void};

use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::impl_::pymodule::{ModuleExec, exec_entry};
use crate::instance::{Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::types::{PyAnyMethods, PyDict, PyDictMethods, PyModule, PyType};

/// Makes a module outside the import system, once per definition: builds a
/// spec (anything with a `name` will do), lets `create` make the module from
/// it and `exec` run its slots, and keeps the result in `cache`.
///
/// # Safety
///
/// `create` must return a new module reference or null with an error set;
/// `exec` must return 0, or -1 with an error set.
unsafe fn make_module_once(
    cache: &PyOnceLock<Py<PyModule>>,
    py: Python<'_>,
    name: &CStr,
    create: impl FnOnce(*mut ffi::PyObject) -> *mut ffi::PyObject,
    exec: impl FnOnce(*mut ffi::PyObject) -> c_int,
) -> PyResult<Py<PyModule>> {
    cache
        .get_or_try_init(py, || {
            static SIMPLE_NAMESPACE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
            let namespace = SIMPLE_NAMESPACE.import(py, "types", "SimpleNamespace")?;
            let kwargs = PyDict::new(py);
            kwargs.set_item("name", name.to_str().unwrap_or_default())?;
            let spec = namespace.call((), Some(&kwargs))?;
            // SAFETY: the caller's contract on `create` and `exec`.
            unsafe {
                let module = Bound::from_owned_ptr_or_err(py, create(spec.as_ptr()))?
                    .cast_into_unchecked::<PyModule>();
                crate::err::error_on_minusone(py, exec(module.as_ptr()))?;
                Ok::<_, PyErr>(module.unbind())
            }
        })
        .map(|module| module.clone_ref(py))
}

#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
mod def_based {
    use std::cell::UnsafeCell;
    #[cfg(not(any(PyPy, GraalPy)))]
    use std::sync::atomic::{AtomicI64, Ordering};

    use super::*;

    const NO_SLOT: ffi::PyModuleDef_Slot = ffi::PyModuleDef_Slot {
        slot: 0,
        value: std::ptr::null_mut(),
    };

    /// The slots of a module definition: `Py_mod_exec` and, where they
    /// exist, `Py_mod_multiple_interpreters` and `Py_mod_gil`;
    /// zero-terminated.
    pub struct ModuleSlots([ffi::PyModuleDef_Slot; 4]);

    // SAFETY: the slots are immutable and hold a function pointer and
    // constants.
    unsafe impl Sync for ModuleSlots {}

    impl ModuleSlots {
        /// The slots of a module whose body is `E`. `gil_used` declares
        /// whether the module needs the GIL on free-threaded builds. (The
        /// name and doc live in the `PyModuleDef` in this form.)
        #[cfg_attr(not(Py_3_13), allow(unused_variables))]
        pub const fn new<E: ModuleExec>(
            _name: &'static CStr,
            _doc: &'static CStr,
            gil_used: bool,
        ) -> Self {
            let exec: unsafe extern "C" fn(*mut ffi::PyObject) -> c_int = exec_entry::<E>;
            let mut slots = [NO_SLOT; 4];
            let mut used = 0;
            slots[used] = ffi::PyModuleDef_Slot {
                slot: ffi::Py_mod_exec,
                value: exec as *mut c_void,
            };
            used += 1;
            #[cfg(Py_3_12)]
            {
                slots[used] = ffi::PyModuleDef_Slot {
                    slot: ffi::Py_mod_multiple_interpreters,
                    value: ffi::Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED,
                };
                used += 1;
            }
            #[cfg(Py_3_13)]
            {
                slots[used] = ffi::PyModuleDef_Slot {
                    slot: ffi::Py_mod_gil,
                    value: if gil_used {
                        ffi::Py_MOD_GIL_USED
                    } else {
                        ffi::Py_MOD_GIL_NOT_USED
                    },
                };
                used += 1;
            }
            let _ = used;
            ModuleSlots(slots)
        }
    }

    /// The static definition of one `#[pymodule]`.
    pub struct ModuleDef {
        /// Written by `PyModuleDef_Init` (it becomes a Python object).
        ffi_def: UnsafeCell<ffi::PyModuleDef>,
        name: &'static CStr,
        /// The interpreter the module was first loaded in (-1: none yet).
        #[cfg(not(any(PyPy, GraalPy)))]
        interpreter: AtomicI64,
        /// The module object made by [`ModuleDef::make_module`].
        module: PyOnceLock<Py<PyModule>>,
    }

    // SAFETY: `ffi_def` is only handed to the interpreter, which serialises
    // module initialisation; everything else is immutable or synchronised.
    unsafe impl Sync for ModuleDef {}

    impl ModuleDef {
        /// A definition named `name` (the full dotted name for submodules).
        pub const fn new(
            name: &'static CStr,
            doc: &'static CStr,
            slots: &'static ModuleSlots,
        ) -> Self {
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
                #[cfg(not(any(PyPy, GraalPy)))]
                interpreter: AtomicI64::new(-1),
                module: PyOnceLock::new(),
            }
        }

        /// The module's (full) name.
        pub fn name(&self) -> &'static CStr {
            self.name
        }

        /// What `PyInit_<name>` returns: the initialised definition, which
        /// the interpreter then uses to create and execute the module; or
        /// null with `ImportError` set when loaded in a second interpreter.
        ///
        /// # Safety
        ///
        /// Must be called by the interpreter's import machinery (it holds
        /// an attached thread state).
        pub unsafe fn init_multi_phase(&'static self) -> *mut ffi::PyObject {
            // SAFETY: the caller is the import machinery, on an attached
            // thread.
            unsafe {
                crate::impl_::trampoline::trampoline(|py| {
                    self.check_interpreter(py)?;
                    Ok(ffi::PyModuleDef_Init(self.ffi_def.get()))
                })
            }
        }

        /// Creates and executes the module directly (for submodules,
        /// `wrap_pymodule!`). The module is made once; later calls return
        /// the same object.
        pub fn make_module(&'static self, py: Python<'_>) -> PyResult<Py<PyModule>> {
            self.check_interpreter(py)?;
            let def = self.ffi_def.get();
            // SAFETY: attached; the definition is static and complete; both
            // C functions follow the contract of `make_module_once`.
            unsafe {
                make_module_once(
                    &self.module,
                    py,
                    self.name,
                    |spec| ffi::PyModule_FromDefAndSpec(def, spec),
                    |module| ffi::PyModule_ExecDef(module, def),
                )
            }
        }

        /// Records the first interpreter that loads the module and refuses
        /// any other: the module's statics belong to one interpreter.
        #[cfg_attr(any(PyPy, GraalPy), allow(clippy::unnecessary_wraps))]
        fn check_interpreter(&self, py: Python<'_>) -> PyResult<()> {
            #[cfg(not(any(PyPy, GraalPy)))]
            {
                // SAFETY: attached, so there is a current interpreter.
                let current =
                    unsafe { ffi::PyInterpreterState_GetID(ffi::PyInterpreterState_Get()) };
                if current < 0 {
                    return Err(PyErr::fetch(py));
                }
                if let Err(first) = self.interpreter.compare_exchange(
                    -1,
                    current,
                    Ordering::SeqCst,
                    Ordering::SeqCst,
                ) {
                    if first != current {
                        return Err(crate::exceptions::PyImportError::new_err(format!(
                            "module '{}' was built with pyo3, whose modules can be loaded in \
                             only one interpreter per process; it is already loaded in \
                             interpreter {first}",
                            self.name.to_string_lossy()
                        )));
                    }
                }
            }
            #[cfg(any(PyPy, GraalPy))]
            let _ = py;
            Ok(())
        }
    }
}

#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
mod slot_based {
    use super::*;

    const SLOT_COUNT: usize = 6;

    /// The slots of a module (`PyModExport`): name, doc, `Py_mod_exec`,
    /// `Py_mod_multiple_interpreters`, `Py_mod_gil`, end.
    pub struct ModuleSlots([ffi::PySlot; SLOT_COUNT]);

    // SAFETY: the slots are immutable and hold static strings, a function
    // pointer and constants.
    unsafe impl Sync for ModuleSlots {}

    impl ModuleSlots {
        /// The slots of a module named `name` whose body is `E`.
        pub const fn new<E: ModuleExec>(
            name: &'static CStr,
            doc: &'static CStr,
            gil_used: bool,
        ) -> Self {
            let exec: unsafe extern "C" fn(*mut ffi::PyObject) -> c_int = exec_entry::<E>;
            let gil = if gil_used {
                ffi::Py_MOD_GIL_USED
            } else {
                ffi::Py_MOD_GIL_NOT_USED
            };
            ModuleSlots([
                ffi::PySlot_DATA(ffi::Py_mod_name, name.as_ptr().cast_mut().cast()),
                ffi::PySlot_DATA(ffi::Py_mod_doc, doc.as_ptr().cast_mut().cast()),
                ffi::PySlot_FUNC(ffi::Py_mod_exec, exec as *mut c_void),
                ffi::PySlot_DATA(
                    ffi::Py_mod_multiple_interpreters,
                    ffi::Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED,
                ),
                ffi::PySlot_DATA(ffi::Py_mod_gil, gil),
                ffi::PySlot_END(),
            ])
        }
    }

    /// The static definition of one `#[pymodule]`.
    pub struct ModuleDef {
        slots: &'static ModuleSlots,
        name: &'static CStr,
        /// The module object made by [`ModuleDef::make_module`].
        module: PyOnceLock<Py<PyModule>>,
    }

    impl ModuleDef {
        /// A definition named `name` (the full dotted name for submodules).
        pub const fn new(
            name: &'static CStr,
            _doc: &'static CStr,
            slots: &'static ModuleSlots,
        ) -> Self {
            ModuleDef {
                slots,
                name,
                module: PyOnceLock::new(),
            }
        }

        /// The module's (full) name.
        pub fn name(&self) -> &'static CStr {
            self.name
        }

        /// What `PyModExport_<name>` returns. (The interpreter itself
        /// refuses a second interpreter, from `Py_mod_multiple_interpreters`.)
        pub fn export_slots(&'static self) -> *mut ffi::PySlot {
            self.slots.0.as_ptr().cast_mut()
        }

        /// Creates and executes the module directly (for submodules,
        /// `wrap_pymodule!`). The module is made once; later calls return
        /// the same object.
        pub fn make_module(&'static self, py: Python<'_>) -> PyResult<Py<PyModule>> {
            let slots = self.slots.0.as_ptr();
            // SAFETY: attached; the slots are static and complete; both C
            // functions follow the contract of `make_module_once`.
            unsafe {
                make_module_once(
                    &self.module,
                    py,
                    self.name,
                    |spec| ffi::PyModule_FromSlotsAndSpec(slots, spec),
                    |module| ffi::PyModule_Exec(module),
                )
            }
        }
    }
}

#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
pub use def_based::{ModuleDef, ModuleSlots};
#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
pub use slot_based::{ModuleDef, ModuleSlots};

/// The entry points of a top-level module: `PyInit_<name>` (and the init
/// function `append_to_inittab!` registers), or `PyModExport_<name>` for
/// the free-threaded stable ABI.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[doc(hidden)]
#[macro_export]
macro_rules! __pyo3_module_entry {
    ($init:ident, $export:ident, $def:path) => {
        /// The entry point the interpreter calls when importing the module.
        #[doc(hidden)]
        #[allow(non_snake_case)]
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $init() -> *mut $crate::ffi::PyObject {
            // SAFETY: only the import machinery calls this entry point.
            unsafe { $def.init_multi_phase() }
        }
    };
}

/// The entry points of a top-level module: `PyInit_<name>` (and the init
/// function `append_to_inittab!` registers), or `PyModExport_<name>` for
/// the free-threaded stable ABI.
#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
#[doc(hidden)]
#[macro_export]
macro_rules! __pyo3_module_entry {
    ($init:ident, $export:ident, $def:path) => {
        /// The slots the interpreter reads when importing the module.
        #[doc(hidden)]
        #[allow(non_snake_case)]
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $export() -> *mut $crate::ffi::PySlot {
            $def.export_slots()
        }
    };
}

/// The init function `append_to_inittab!` registers for a module, where
/// built-in modules are possible.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[doc(hidden)]
#[macro_export]
macro_rules! __pyo3_inittab_entry {
    ($def:path) => {
        /// The init function `append_to_inittab!` registers.
        #[doc(hidden)]
        pub unsafe extern "C" fn __pyo3_init() -> *mut $crate::ffi::PyObject {
            // SAFETY: only the import machinery calls init functions.
            unsafe { $def.init_multi_phase() }
        }
    };
}

/// The init function `append_to_inittab!` registers (none for the
/// free-threaded stable ABI, which has no built-in module definitions).
#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
#[doc(hidden)]
#[macro_export]
macro_rules! __pyo3_inittab_entry {
    ($def:path) => {};
}
