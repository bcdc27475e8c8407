//! The native types a class may extend, with the C layout their instances
//! start with, and how the native part of a new instance is made.
//!
//! Under the stable ABI layouts are hidden, so only `object` (`PyAny`) can
//! be extended there.

use std::marker::PhantomData;

use super::layout::NativeBase;
use super::mutability::WithoutFlag;
use super::{PyClassBaseType, PyObjectInit};
use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::marker::Python;
use crate::type_object::PyTypeInfo;
use crate::types::PyAny;

/// Makes the native part of a new instance: `object`'s is just allocated;
/// other native types run their own `tp_new` with no arguments.
pub struct PyNativeTypeInitializer<T>(PhantomData<T>);

impl<T> PyNativeTypeInitializer<T> {
    /// The initializer.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        PyNativeTypeInitializer(PhantomData)
    }
}

impl<T: PyTypeInfo> PyObjectInit<T> for PyNativeTypeInitializer<T> {
    unsafe fn into_new_object(
        self,
        py: Python<'_>,
        subtype: *mut ffi::PyTypeObject,
    ) -> PyResult<*mut ffi::PyObject> {
        let native_type = T::type_object_raw(py);
        // SAFETY: attached; `subtype` is a heap type deriving from
        // `native_type` (the contract), so its slots can be read.
        let object = unsafe {
            if std::ptr::eq(native_type, std::ptr::addr_of_mut!(ffi::PyBaseObject_Type)) {
                alloc_slot(subtype)(subtype, 0)
            } else {
                native_new(py, native_type, subtype)?
            }
        };
        if object.is_null() {
            Err(PyErr::fetch(py))
        } else {
            Ok(object)
        }
    }
}

/// The `tp_alloc` of `subtype` (inherited, so always set).
///
/// # Safety
///
/// `subtype` is a valid heap type.
#[inline]
unsafe fn alloc_slot(subtype: *mut ffi::PyTypeObject) -> ffi::allocfunc {
    // SAFETY: per the contract.
    unsafe {
        #[cfg(not(Py_LIMITED_API))]
        let alloc = (*subtype).tp_alloc;
        #[cfg(Py_LIMITED_API)]
        let alloc = {
            let slot = ffi::PyType_GetSlot(subtype, ffi::Py_tp_alloc);
            (!slot.is_null())
                .then(|| std::mem::transmute::<*mut std::ffi::c_void, ffi::allocfunc>(slot))
        };
        alloc.unwrap_or(ffi::PyType_GenericAlloc)
    }
}

/// `native_type.__new__(subtype)`.
///
/// # Safety
///
/// Attached; `subtype` derives from `native_type`.
#[cfg(not(Py_LIMITED_API))]
unsafe fn native_new(
    py: Python<'_>,
    native_type: *mut ffi::PyTypeObject,
    subtype: *mut ffi::PyTypeObject,
) -> PyResult<*mut ffi::PyObject> {
    // SAFETY: per the contract.
    unsafe {
        let Some(new) = (*native_type).tp_new else {
            return Err(crate::exceptions::PyTypeError::new_err(
                "the base type of this class cannot be instantiated",
            ));
        };
        let no_arguments = crate::types::PyTuple::empty(py);
        Ok(new(subtype, no_arguments.as_ptr(), std::ptr::null_mut()))
    }
}

/// Never reached: only `object` is a base under the stable ABI.
#[cfg(Py_LIMITED_API)]
unsafe fn native_new(
    _py: Python<'_>,
    _native_type: *mut ffi::PyTypeObject,
    _subtype: *mut ffi::PyTypeObject,
) -> PyResult<*mut ffi::PyObject> {
    Err(crate::exceptions::PyTypeError::new_err(
        "only `object` can be extended under the stable ABI",
    ))
}

/// Declares `$name` extendable, its instances starting with `$layout`.
macro_rules! native_base {
    ($($(#[$attr:meta])* $name:ty => $layout:ty;)*) => {$(
        $(#[$attr])*
        impl PyClassBaseType for $name {
            type LayoutAsBase = NativeBase<$layout, $name>;
            type Initializer = PyNativeTypeInitializer<$name>;
            type Mutability = WithoutFlag;
        }
    )*};
}

native_base! {
    PyAny => ffi::PyObject;
}

#[cfg(not(Py_LIMITED_API))]
mod with_known_layouts {
    use super::*;
    use crate::exceptions::*;
    use crate::types::*;

    native_base! {
        PyBaseException => ffi::PyBaseExceptionObject;
        PyException => ffi::PyBaseExceptionObject;
        PyArithmeticError => ffi::PyBaseExceptionObject;
        PyAssertionError => ffi::PyBaseExceptionObject;
        PyBufferError => ffi::PyBaseExceptionObject;
        PyEOFError => ffi::PyBaseExceptionObject;
        PyFloatingPointError => ffi::PyBaseExceptionObject;
        PyIndexError => ffi::PyBaseExceptionObject;
        PyKeyError => ffi::PyBaseExceptionObject;
        PyLookupError => ffi::PyBaseExceptionObject;
        PyMemoryError => ffi::PyBaseExceptionObject;
        PyNotImplementedError => ffi::PyBaseExceptionObject;
        PyOverflowError => ffi::PyBaseExceptionObject;
        PyRecursionError => ffi::PyBaseExceptionObject;
        PyReferenceError => ffi::PyBaseExceptionObject;
        PyRuntimeError => ffi::PyBaseExceptionObject;
        PySystemError => ffi::PyBaseExceptionObject;
        PyTypeError => ffi::PyBaseExceptionObject;
        PyValueError => ffi::PyBaseExceptionObject;
        PyZeroDivisionError => ffi::PyBaseExceptionObject;
        PyWarning => ffi::PyBaseExceptionObject;
        PyUserWarning => ffi::PyBaseExceptionObject;
        PyDeprecationWarning => ffi::PyBaseExceptionObject;
        PyPendingDeprecationWarning => ffi::PyBaseExceptionObject;
        PyRuntimeWarning => ffi::PyBaseExceptionObject;
        PyFutureWarning => ffi::PyBaseExceptionObject;
        PyDict => ffi::PyDictObject;
        PyList => ffi::PyListObject;
        PySet => ffi::PySetObject;
        PyFrozenSet => ffi::PySetObject;
        PyFloat => ffi::PyFloatObject;
        PyComplex => ffi::PyComplexObject;
        PyDate => ffi::PyDateTime_Date;
        PyDateTime => ffi::PyDateTime_DateTime;
        PyTime => ffi::PyDateTime_Time;
        PyDelta => ffi::PyDateTime_Delta;
        PyTzInfo => ffi::PyDateTime_TZInfo;
        PyWeakrefReference => ffi::PyWeakReference;
    }

    // PyPy's exceptions all share the base layout; CPython's have these.
    #[cfg(not(PyPy))]
    native_base! {
        PyOSError => ffi::PyOSErrorObject;
        PyConnectionError => ffi::PyOSErrorObject;
        PyFileNotFoundError => ffi::PyOSErrorObject;
        PyPermissionError => ffi::PyOSErrorObject;
        PyTimeoutError => ffi::PyOSErrorObject;
        PyImportError => ffi::PyImportErrorObject;
        PyModuleNotFoundError => ffi::PyImportErrorObject;
        PyStopIteration => ffi::PyStopIterationObject;
        PySystemExit => ffi::PySystemExitObject;
        PyUnicodeError => ffi::PyUnicodeErrorObject;
        PySyntaxError => ffi::PySyntaxErrorObject;
    }
}
