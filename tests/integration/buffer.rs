//! `pyo3::buffer::PyBuffer`: other objects' memory as typed items.

use pyo3::buffer::{ElementType, PyBuffer};
use pyo3::prelude::*;

use crate::common::{eval, refcount, with_py};

#[test]
fn reads_writes_and_describes_a_buffer() {
    with_py(|py| {
        let data = eval(py, "bytearray(b'abcd')");
        let before = refcount(&data);
        let buffer = PyBuffer::<u8>::get(&data).unwrap();
        assert_eq!(refcount(&data), before + 1, "the view holds the object");
        assert_eq!(
            (
                buffer.item_count(),
                buffer.item_size(),
                buffer.len_bytes(),
                buffer.dimensions()
            ),
            (4, 1, 4, 1)
        );
        assert_eq!(buffer.shape(), [4]);
        assert_eq!(buffer.strides(), [1]);
        assert!(buffer.suboffsets().is_none());
        assert_eq!(buffer.format().to_str().unwrap(), "B");
        assert!(!buffer.readonly() && buffer.is_c_contiguous() && buffer.is_fortran_contiguous());
        assert_eq!(buffer.to_vec(py).unwrap(), b"abcd");
        let mut out = [0u8; 4];
        buffer.copy_to_slice(py, &mut out).unwrap();
        assert_eq!(&out, b"abcd");
        let cells = buffer.as_slice(py).unwrap();
        assert_eq!(cells[1].get(), b'b');
        buffer.as_mut_slice(py).unwrap()[0].set(b'z');
        buffer.copy_from_slice(py, b"wxyz").unwrap();
        assert_eq!(data.extract::<Vec<u8>>().unwrap(), b"wxyz");
        let err = buffer.copy_from_slice(py, b"no").unwrap_err();
        assert_eq!(
            err.to_string(),
            "BufferError: slice to copy to (of length 2) does not match buffer length of 4"
        );
        // SAFETY: the index is in range; the item is a byte.
        assert_eq!(unsafe { *buffer.get_ptr(&[2]).cast::<u8>() }, b'y');
        buffer.release(py);
        assert_eq!(refcount(&data), before);
    });
}

#[test]
fn formats_are_checked() {
    with_py(|py| {
        let doubles = eval(py, "__import__('array').array('d', [1.5, 2.5])");
        let buffer = PyBuffer::<f64>::get(&doubles).unwrap();
        assert_eq!(buffer.to_vec(py).unwrap(), [1.5, 2.5]);
        drop(buffer);
        let err = PyBuffer::<i32>::get(&doubles).unwrap_err();
        assert_eq!(
            err.to_string(),
            "BufferError: buffer contents are not compatible with i32"
        );
        let readonly = eval(py, "b'xy'");
        let buffer = PyBuffer::<u8>::get(&readonly).unwrap();
        assert!(buffer.readonly() && buffer.as_mut_slice(py).is_none());
        assert_eq!(
            buffer.copy_from_slice(py, b"ab").unwrap_err().to_string(),
            "BufferError: cannot write to read-only buffer"
        );
        let err = PyBuffer::<u8>::get(&eval(py, "1")).unwrap_err();
        assert!(
            err.is_instance_of::<pyo3::exceptions::PyTypeError>(py),
            "{err}"
        );
        assert_eq!(
            ElementType::from_format(c"<q"),
            ElementType::SignedInteger { bytes: 8 }
        );
        assert_eq!(ElementType::from_format(c"?"), ElementType::Bool);
        assert_eq!(ElementType::from_format(c"xx"), ElementType::Unknown);
        // As an argument.
        let extracted: PyBuffer<f64> = doubles.extract().unwrap();
        assert_eq!(extracted.item_count(), 2);
    });
}

#[test]
fn two_dimensional_fortran_copies_and_drops_elsewhere() {
    with_py(|py| {
        let view = eval(
            py,
            "memoryview(__import__('array').array('i', [1, 2, 3, 4, 5, 6])).cast('B').cast('i', (2, 3))",
        );
        let buffer = PyBuffer::<i32>::get(&view).unwrap();
        assert_eq!(buffer.shape(), [2, 3]);
        assert_eq!(buffer.to_vec(py).unwrap(), [1, 2, 3, 4, 5, 6]);
        assert_eq!(buffer.to_fortran_vec(py).unwrap(), [1, 4, 2, 5, 3, 6]);
        // SAFETY: indices in range; items are `i32`.
        assert_eq!(unsafe { *buffer.get_ptr(&[1, 2]).cast::<i32>() }, 6);
        // Dropped on a thread that is not attached: it attaches to release.
        py.detach(move || std::thread::spawn(move || drop(buffer)).join().unwrap());
        view.call_method0("release").unwrap();
    });
}
