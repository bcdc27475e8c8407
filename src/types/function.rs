//! `PyCFunction`: built-in functions, including ones made from Rust
//! closures; `PyFunction`: functions written in Python.

use std::cell::UnsafeCell;
use std::ffi::CStr;

use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::impl_::callback::IntoPyCallbackOutput;
use crate::impl_::trampoline::trampoline;
use crate::instance::Bound;
use crate::marker::Python;
use crate::types::{PyAny, PyDict, PyModule, PyTuple};

/// A built-in function (`builtin_function_or_method`).
#[repr(transparent)]
pub struct PyCFunction(PyAny);

crate::pyobject_native_type_core!(
    PyCFunction,
    crate::pyobject_native_static_type_object!(ffi::PyCFunction_Type),
    "builtins",
    "builtin_function_or_method", #module=::std::option::Option::Some("types"), #checkfunction=ffi::PyCFunction_Check
);

/// A function written in Python (`types.FunctionType`), e.g. made by `def`
/// or `lambda`.
#[repr(transparent)]
pub struct PyFunction(PyAny);

#[cfg(not(Py_LIMITED_API))]
crate::pyobject_native_type_core!(
    PyFunction,
    crate::pyobject_native_static_type_object!(ffi::PyFunction_Type),
    "builtins",
    "function", #module=::std::option::Option::Some("types"), #checkfunction=ffi::PyFunction_Check
);

#[cfg(Py_LIMITED_API)]
crate::pyobject_native_type_core!(
    PyFunction,
    |py: Python<'_>| {
    use crate::instance::Py;
    use crate::sync::PyOnceLock;
    use crate::types::{PyType, PyTypeMethods};
    static TYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    TYPE.import(py, "types", "FunctionType")
        .expect("types.FunctionType is importable")
        .as_type_ptr()
},
    "builtins",
    "function", #module=::std::option::Option::Some("types")
);

/// The name the capsule holding a closure is checked against.
const CLOSURE_CAPSULE_NAME: &CStr = c"pyo3-closure";

/// What the capsule behind a closure function owns: the closure and the
/// method definition the function object points to.
struct ClosureData<F> {
    closure: F,
    def: UnsafeCell<ffi::PyMethodDef>,
}

impl PyCFunction {
    /// A function taking `(*args, **kwargs)` from a C function.
    pub fn new_with_keywords<'py>(
        py: Python<'py>,
        fun: ffi::PyCFunctionWithKeywords,
        name: &'static CStr,
        doc: &'static CStr,
        module: Option<&Bound<'py, PyModule>>,
    ) -> PyResult<Bound<'py, Self>> {
        let def = Box::leak(Box::new(ffi::PyMethodDef {
            ml_name: name.as_ptr(),
            ml_meth: ffi::PyMethodDefPointer {
                PyCFunctionWithKeywords: fun,
            },
            ml_flags: ffi::METH_VARARGS | ffi::METH_KEYWORDS,
            ml_doc: doc.as_ptr(),
        }));
        // SAFETY: the definition is leaked, so it outlives the function.
        unsafe { create(py, def, std::ptr::null_mut(), module) }
    }

    /// A function taking no arguments from a C function.
    pub fn new<'py>(
        py: Python<'py>,
        fun: ffi::PyCFunction,
        name: &'static CStr,
        doc: &'static CStr,
        module: Option<&Bound<'py, PyModule>>,
    ) -> PyResult<Bound<'py, Self>> {
        let def = Box::leak(Box::new(ffi::PyMethodDef {
            ml_name: name.as_ptr(),
            ml_meth: ffi::PyMethodDefPointer { PyCFunction: fun },
            ml_flags: ffi::METH_NOARGS,
            ml_doc: doc.as_ptr(),
        }));
        // SAFETY: the definition is leaked, so it outlives the function.
        unsafe { create(py, def, std::ptr::null_mut(), module) }
    }

    /// A function that runs a Rust closure with the call's positional
    /// arguments and keyword arguments. The closure lives as long as the
    /// function. A panic in it raises `PanicException`.
    pub fn new_closure<'py, F, R>(
        py: Python<'py>,
        name: Option<&'static CStr>,
        doc: Option<&'static CStr>,
        closure: F,
    ) -> PyResult<Bound<'py, Self>>
    where
        F: Fn(&Bound<'_, PyTuple>, Option<&Bound<'_, PyDict>>) -> R + Send + Sync + 'static,
        for<'p> R: IntoPyCallbackOutput<'p, *mut ffi::PyObject>,
    {
        let data = Box::new(ClosureData {
            closure,
            def: UnsafeCell::new(ffi::PyMethodDef {
                ml_name: name.unwrap_or(c"pyo3-closure").as_ptr(),
                ml_meth: ffi::PyMethodDefPointer {
                    PyCFunctionWithKeywords: run_closure::<F, R>,
                },
                ml_flags: ffi::METH_VARARGS | ffi::METH_KEYWORDS,
                ml_doc: doc.unwrap_or(c"").as_ptr(),
            }),
        });
        let data = Box::into_raw(data);
        // SAFETY: attached; on success the capsule owns `data` and frees it
        // with `drop_closure`; on failure ownership comes back here.
        unsafe {
            let capsule = ffi::PyCapsule_New(
                data.cast(),
                CLOSURE_CAPSULE_NAME.as_ptr(),
                Some(drop_closure::<F>),
            );
            if capsule.is_null() {
                drop(Box::from_raw(data));
                return Err(PyErr::fetch(py));
            }
            let capsule = Bound::from_owned_ptr(py, capsule);
            // The definition lives inside the capsule, which the function
            // keeps alive as its `self`.
            create(py, (*data).def.get(), capsule.as_ptr(), None)
        }
    }
}

/// Creates a function object from `def`, bound to `slf` (its `__self__`),
/// with `module`'s name as its `__module__`.
///
/// # Safety
///
/// `def` must outlive the function object (it is static, leaked, or owned
/// by `slf`) and must not be written to.
pub(crate) unsafe fn create<'py>(
    py: Python<'py>,
    def: *mut ffi::PyMethodDef,
    slf: *mut ffi::PyObject,
    module: Option<&Bound<'py, PyModule>>,
) -> PyResult<Bound<'py, PyCFunction>> {
    // SAFETY: the caller upholds this function's documented safety contract.
    unsafe {
        let module_name = match module {
            Some(module) => crate::types::PyModuleMethods::name(module)?
                .into_any()
                .into_ptr(),
            None => std::ptr::null_mut(),
        };
        let function = ffi::PyCFunction_NewEx(def, slf, module_name);
        ffi::Py_XDECREF(module_name);
        Bound::from_owned_ptr_or_err(py, function).map(|f| f.cast_into_unchecked())
    }
}

/// The C entry point of closure functions.
unsafe extern "C" fn run_closure<F, R>(
    capsule: *mut ffi::PyObject,
    args: *mut ffi::PyObject,
    kwargs: *mut ffi::PyObject,
) -> *mut ffi::PyObject
where
    F: Fn(&Bound<'_, PyTuple>, Option<&Bound<'_, PyDict>>) -> R + Send + Sync + 'static,
    for<'p> R: IntoPyCallbackOutput<'p, *mut ffi::PyObject>,
{
    // SAFETY: the caller upholds this function's documented safety contract.
    unsafe {
        trampoline(move |py: Python<'_>| {
            let data = ffi::PyCapsule_GetPointer(capsule, CLOSURE_CAPSULE_NAME.as_ptr())
                .cast::<ClosureData<F>>();
            if data.is_null() {
                return Err(PyErr::fetch(py));
            }
            let args = Bound::ref_from_ptr(py, &args).cast_unchecked::<PyTuple>();
            let kwargs = Bound::ref_from_ptr_or_opt(py, &kwargs)
                .as_ref()
                .map(|kwargs| kwargs.cast_unchecked::<PyDict>());
            ((*data).closure)(args, kwargs).convert(py)
        })
    }
}

/// The capsule destructor: drops the closure and its definition.
unsafe extern "C" fn drop_closure<F>(capsule: *mut ffi::PyObject) {
    // SAFETY: the caller upholds this function's documented safety contract.
    unsafe {
        let data = ffi::PyCapsule_GetPointer(capsule, CLOSURE_CAPSULE_NAME.as_ptr());
        if !data.is_null() {
            drop(Box::from_raw(data.cast::<ClosureData<F>>()));
        }
    }
}
