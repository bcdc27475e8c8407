//! Native types declared outside the crate with the `pyobject_native_type*`
//! macros, the way rust-numpy declares `PyArrayDescr` and `PyUntypedArray`:
//! they get `PyTypeInfo`, `cast`, deref to `PyAny`, formatting and the
//! generic conversions like the types in `pyo3::types`.

use std::marker::PhantomData;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyDict, PyString, PyType};
use pyo3::{IntoPyObject, PyTypeInfo, ffi, wrap_pymodule};

use crate::common::{eval, with_py};

/// `types.SimpleNamespace`, declared like numpy's `PyArrayDescr`: the
/// named macro plus a hand-written `PyTypeInfo` with an imported type.
#[repr(transparent)]
pub struct PySimpleNamespace(PyAny);

pyo3::pyobject_native_type_named!(PySimpleNamespace);

// SAFETY: the type object is `types.SimpleNamespace`, the type of the
// objects this stands for; the default instance check is used.
unsafe impl PyTypeInfo for PySimpleNamespace {
    fn type_object_raw(py: Python<'_>) -> *mut ffi::PyTypeObject {
        static TYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        TYPE.import(py, "types", "SimpleNamespace")
            .expect("types.SimpleNamespace is importable")
            .as_type_ptr()
    }
}

/// `bytearray`, declared like numpy's `PyUntypedArray`: a static type
/// object and its own (C) instance check.
#[repr(transparent)]
pub struct PyByteBuffer(PyAny);

// SAFETY: `PyByteArray_Type` is the type of `bytearray` objects and
// `PyByteArray_Check` tests for exactly that type and its subclasses.
unsafe impl PyTypeInfo for PyByteBuffer {
    fn type_object_raw(_py: Python<'_>) -> *mut ffi::PyTypeObject {
        std::ptr::addr_of_mut!(ffi::PyByteArray_Type)
    }

    fn is_type_of(object: &Bound<'_, PyAny>) -> bool {
        // SAFETY: attached (a `Bound` exists); the pointer is a live object.
        unsafe { ffi::PyByteArray_Check(object.as_ptr()) != 0 }
    }
}

// After the impl, numpy's order for `PyUntypedArray`.
pyo3::pyobject_native_type_named!(PyByteBuffer);

/// `bytearray` again, through the all-in-one macro with a static type
/// object, a check function and a module.
#[repr(transparent)]
pub struct PyCoreByteArray(PyAny);

pyo3::pyobject_native_type_core!(
    PyCoreByteArray,
    pyo3::pyobject_native_static_type_object!(ffi::PyByteArray_Type),
    "builtins",
    "bytearray",
    #module=::std::option::Option::Some("builtins"),
    #checkfunction=ffi::PyByteArray_Check
);

/// A generic native type (`;T`): `T` only tags the Rust side.
#[repr(transparent)]
pub struct PyTaggedNamespace<T>(PyAny, PhantomData<T>);

pyo3::pyobject_native_type_core!(
    PyTaggedNamespace<T>,
    |py: Python<'_>| PySimpleNamespace::type_object_raw(py),
    "types",
    "SimpleNamespace";
    T
);

/// `float` with its layout declared (`PySizedLayout` off the stable ABI).
#[repr(transparent)]
pub struct PyFloatLike(PyAny);

pyo3::pyobject_native_type!(
    PyFloatLike,
    ffi::PyObject,
    pyo3::pyobject_native_static_type_object!(ffi::PyFloat_Type),
    "builtins",
    "float",
    #checkfunction=ffi::PyFloat_Check
);

/// The size of `T`'s declared fixed-size layout `L` (compiles only when
/// the layout is declared).
#[cfg(not(Py_LIMITED_API))]
fn sized_layout_size<T, L: pyo3::type_object::PySizedLayout<T>>(_: PhantomData<(T, L)>) -> usize {
    std::mem::size_of::<L>()
}

#[test]
fn type_info_and_checks() {
    with_py(|py| {
        let namespace = eval(py, "__import__('types').SimpleNamespace(a=1)");
        assert!(PySimpleNamespace::is_type_of(&namespace));
        assert!(PySimpleNamespace::is_exact_type_of(&namespace));
        assert_eq!(
            PySimpleNamespace::type_object(py).name().unwrap(),
            "SimpleNamespace"
        );
        let buffer = eval(py, "bytearray(b'abc')");
        let subclass = eval(py, "type('Sub', (bytearray,), {})(b'xy')");
        for check in [
            PyByteBuffer::is_type_of,
            PyCoreByteArray::is_type_of,
            PyByteBuffer::is_exact_type_of,
            PyCoreByteArray::is_exact_type_of,
        ] {
            assert!(check(&buffer));
            assert!(!check(&namespace));
        }
        assert!(PyCoreByteArray::is_type_of(&subclass));
        assert!(!PyCoreByteArray::is_exact_type_of(&subclass));
        assert!(PyTaggedNamespace::<u8>::is_type_of(&namespace));
        assert!(!PyTaggedNamespace::<u8>::is_type_of(&buffer));
        assert!(PyFloatLike::is_type_of(&eval(py, "1.5")));
        assert!(!PyFloatLike::is_type_of(&eval(py, "1")));
        assert!(PyFloatLike::type_object(py).is(PyType::new::<pyo3::types::PyFloat>(py)));
        #[cfg(not(Py_LIMITED_API))]
        assert_eq!(
            sized_layout_size::<PyFloatLike, ffi::PyObject>(PhantomData),
            std::mem::size_of::<ffi::PyObject>()
        );
    });
}

#[test]
fn cast_and_deref_to_any() {
    with_py(|py| {
        let namespace = eval(py, "__import__('types').SimpleNamespace(a=1)");
        let typed = namespace.cast::<PySimpleNamespace>().unwrap();
        // `Bound<PySimpleNamespace>` derefs to `Bound<PyAny>`.
        assert_eq!(typed.getattr("a").unwrap().extract::<i64>().unwrap(), 1);
        let buffer = eval(py, "bytearray(b'abc')");
        let err = buffer.cast::<PySimpleNamespace>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "'bytearray' object is not an instance of 'SimpleNamespace'"
        );
        let typed = buffer.clone().cast_into::<PyCoreByteArray>().unwrap();
        assert_eq!(typed.len().unwrap(), 3);
        // The same object through the crate's own type.
        assert_eq!(typed.cast::<PyByteArray>().unwrap().to_vec(), b"abc");
        assert!(buffer.cast::<PyByteBuffer>().is_ok());
        let tagged = namespace.cast::<PyTaggedNamespace<String>>().unwrap();
        assert!(tagged.hasattr("a").unwrap());
        let err: PyErr = eval(py, "2.5")
            .cast_into::<PyCoreByteArray>()
            .unwrap_err()
            .into();
        assert!(err.is_instance_of::<pyo3::exceptions::PyTypeError>(py));
    });
}

#[test]
fn formatting_and_conversions() {
    with_py(|py| {
        let namespace = eval(py, "__import__('types').SimpleNamespace(a=1)")
            .cast_into::<PySimpleNamespace>()
            .unwrap();
        assert_eq!(format!("{namespace}"), "namespace(a=1)");
        assert_eq!(format!("{namespace:?}"), "namespace(a=1)");
        // `Py<T>`: detached handle, back to `Bound`, into `Py<PyAny>`.
        let owned: Py<PySimpleNamespace> = namespace.clone().unbind();
        assert_eq!(format!("{owned}"), "namespace(a=1)");
        let any: Py<PyAny> = owned.clone_ref(py).into();
        assert!(any.bind(py).is(&namespace));
        // `IntoPyObject` for the handles, `FromPyObject` for `Bound<T>`.
        let object = (&namespace).into_pyobject(py).unwrap();
        assert!(object.is(&namespace));
        let object = owned.into_pyobject(py).unwrap();
        assert!(object.is(&namespace));
        let dict = PyDict::new(py);
        dict.set_item("ns", &namespace).unwrap();
        let back: Bound<'_, PySimpleNamespace> =
            dict.get_item("ns").unwrap().unwrap().extract().unwrap();
        assert!(back.is(&namespace));
        let text = PyString::new(py, "x").into_any();
        assert!(text.extract::<Bound<'_, PySimpleNamespace>>().is_err());
        let buffer = eval(py, "bytearray(b'hi')")
            .cast_into::<PyCoreByteArray>()
            .unwrap();
        assert_eq!(buffer.to_string(), "bytearray(b'hi')");
    });
}

/// A declarative module exporting native types with `use`.
#[pymodule]
mod exports_native_types {
    #[pymodule_export]
    use super::PyCoreByteArray;

    #[pymodule_export]
    use pyo3::exceptions::PyValueError;
}

#[test]
fn declarative_modules_export_native_types() {
    with_py(|py| {
        let module = wrap_pymodule!(exports_native_types)(py);
        let module = module.bind(py);
        assert!(
            module
                .getattr("bytearray")
                .unwrap()
                .is(PyCoreByteArray::type_object(py))
        );
        assert!(
            module
                .getattr("ValueError")
                .unwrap()
                .is(py.get_type::<pyo3::exceptions::PyValueError>())
        );
    });
}
