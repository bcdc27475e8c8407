//! `bytes::Bytes` / `bytes::BytesMut` <-> `bytes` (feature `bytes`).

use bytes::{BufMut, Bytes, BytesMut};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyByteArrayMethods, PyBytes, PyBytesMethods};

use crate::common::{eval, refcount, with_py};

#[test]
fn into_python_bytes() {
    with_py(|py| {
        let data = Bytes::from_static(b"hello\0world");
        let object = (&data).into_pyobject(py).unwrap();
        assert_eq!(object.as_bytes(), b"hello\0world");
        assert_eq!(refcount(object.as_any()), 1);
        let object = data.into_pyobject(py).unwrap();
        assert!(object.is_exact_instance_of::<PyBytes>());
        assert_eq!(object.as_bytes(), b"hello\0world");
        assert_eq!(Bytes::new().into_pyobject(py).unwrap().as_bytes(), b"");

        let mut data = BytesMut::with_capacity(64);
        data.put_slice(b"abc");
        assert_eq!((&data).into_pyobject(py).unwrap().as_bytes(), b"abc");
        let object = data.into_pyobject(py).unwrap();
        assert!(object.is_exact_instance_of::<PyBytes>());
        assert_eq!(object.as_bytes(), b"abc");
    });
}

#[test]
fn bytes_from_bytes_shares_the_buffer() {
    with_py(|py| {
        let object = PyBytes::new(py, b"shared data");
        let before = refcount(object.as_any());
        let data = object.extract::<Bytes>().unwrap();
        assert_eq!(&data[..], b"shared data");
        // No copy: the same memory, kept alive by a reference.
        assert_eq!(data.as_ptr(), object.as_bytes().as_ptr());
        assert_eq!(refcount(object.as_any()), before + 1);
        let slice = data.slice(7..);
        assert_eq!(&slice[..], b"data");
        assert_eq!(slice.as_ptr(), object.as_bytes()[7..].as_ptr());
        drop(data);
        assert_eq!(refcount(object.as_any()), before + 1);
        drop(slice);
        assert_eq!(refcount(object.as_any()), before);
        // Back to Python: a new object with the same contents.
        let data = object.extract::<Bytes>().unwrap();
        let back = data.into_pyobject(py).unwrap();
        assert!(back.as_any().eq(&object).unwrap());
        assert_eq!(refcount(object.as_any()), before);
    });
}

#[test]
fn bytes_from_bytearray_is_a_copy() {
    with_py(|py| {
        let object = PyByteArray::new(py, b"mutable");
        let before = refcount(object.as_any());
        let data = object.extract::<Bytes>().unwrap();
        assert_eq!(refcount(object.as_any()), before);
        object.call_method1("__setitem__", (0, b'M')).unwrap();
        object.call_method1("extend", (b"!!".as_slice(),)).unwrap();
        assert_eq!(object.to_vec(), b"Mutable!!");
        assert_eq!(&data[..], b"mutable");
    });
}

#[test]
fn bytes_mut_is_always_a_copy() {
    with_py(|py| {
        let object = PyBytes::new(py, b"immutable");
        let before = refcount(object.as_any());
        let mut data = object.extract::<BytesMut>().unwrap();
        assert_eq!(refcount(object.as_any()), before);
        assert_ne!(data.as_ptr(), object.as_bytes().as_ptr());
        data[0] = b'I';
        data.put_slice(b"?");
        assert_eq!(&data[..], b"Immutable?");
        assert_eq!(object.as_bytes(), b"immutable");

        let object = PyByteArray::new(py, b"array");
        let mut data = object.extract::<BytesMut>().unwrap();
        data[0] = b'A';
        object.call_method1("append", (b'!',)).unwrap();
        assert_eq!(&data[..], b"Array");
        assert_eq!(object.to_vec(), b"array!");
        assert!(
            PyByteArray::new(py, b"")
                .extract::<BytesMut>()
                .unwrap()
                .is_empty()
        );
    });
}

#[test]
fn refuses_other_objects() {
    with_py(|py| {
        for (code, name) in [
            ("'text'", "'str' object"),
            ("[1, 2]", "'list' object"),
            ("memoryview(b'x')", "'memoryview' object"),
            ("None", "'None'"),
        ] {
            let message = format!("TypeError: {name} is not an instance of 'bytes | bytearray'");
            let object = eval(py, code);
            let err: PyErr = object.extract::<Bytes>().unwrap_err().into();
            assert!(err.is_instance_of::<PyTypeError>(py), "{code}: {err}");
            assert_eq!(err.to_string(), message, "{code}");
            let err: PyErr = object.extract::<BytesMut>().unwrap_err().into();
            assert_eq!(err.to_string(), message, "{code}");
        }
    });
}

#[test]
fn bytes_outlive_the_attachment() {
    let data = with_py(|py| PyBytes::new(py, b"kept alive").extract::<Bytes>().unwrap());
    // Read (and cloned) without the interpreter: the buffer is still there.
    let copy = data.clone();
    assert_eq!(&copy[..], b"kept alive");
    std::thread::spawn(move || assert_eq!(&data[..], b"kept alive"))
        .join()
        .unwrap();
    drop(copy);
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    const IN: &str = "builtins.bytes | builtins.bytearray";
    assert_eq!(<Bytes as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(), IN);
    assert_eq!(
        <BytesMut as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        IN
    );
    for hint in [
        <Bytes as IntoPyObject<'_>>::OUTPUT_TYPE,
        <&Bytes as IntoPyObject<'_>>::OUTPUT_TYPE,
        <BytesMut as IntoPyObject<'_>>::OUTPUT_TYPE,
        <&BytesMut as IntoPyObject<'_>>::OUTPUT_TYPE,
    ] {
        assert_eq!(hint.to_string(), "builtins.bytes");
    }
}
