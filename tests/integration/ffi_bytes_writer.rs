//! `ffi::compat::PyBytesWriter_*` (the Python 3.15 bytes writer, backported):
//! contents, growing and shrinking, finishing with a size, discarding and
//! the errors for bad sizes, under every configuration.

use pyo3::ffi;
use pyo3::ffi::compat::{
    PyBytesWriter, PyBytesWriter_Create, PyBytesWriter_Discard, PyBytesWriter_Finish,
    PyBytesWriter_FinishWithSize, PyBytesWriter_GetData, PyBytesWriter_GetSize,
    PyBytesWriter_Resize,
};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::common::with_py;

/// Copies `data` into the writer at `offset` (the writer holds at least
/// `offset + data.len()` bytes).
unsafe fn write_at(writer: *mut PyBytesWriter, offset: usize, data: &[u8]) {
    // SAFETY: the caller guarantees the writer is live and large enough;
    // the source is a separate Rust slice.
    unsafe {
        let start = PyBytesWriter_GetData(writer).cast::<u8>().add(offset);
        std::ptr::copy_nonoverlapping(data.as_ptr(), start, data.len());
    }
}

/// The writer's current content.
unsafe fn content(writer: *mut PyBytesWriter) -> Vec<u8> {
    // SAFETY: the caller guarantees the writer is live; it holds `size`
    // initialised bytes.
    unsafe {
        let size = PyBytesWriter_GetSize(writer) as usize;
        std::slice::from_raw_parts(PyBytesWriter_GetData(writer).cast::<u8>(), size).to_vec()
    }
}

/// Takes the result of a finish: the `bytes`, or the raised error.
fn finished(py: Python<'_>, result: *mut ffi::PyObject) -> PyResult<Vec<u8>> {
    // SAFETY: attached; `result` is a new reference or null with an
    // exception set.
    let object = unsafe { Bound::from_owned_ptr_or_err(py, result) }?;
    let bytes = object
        .cast_into::<PyBytes>()
        .expect("a finish gives `bytes`");
    Ok(bytes.as_bytes().to_vec())
}

/// The exception set after a failed call, as `"Type: message"`.
fn raised(py: Python<'_>) -> String {
    PyErr::take(py)
        .expect("the call set no exception")
        .to_string()
}

#[test]
fn create_write_finish_round_trips() {
    with_py(|py| {
        let data: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
        // SAFETY: attached; the writer is used only here and finished once.
        let result = unsafe {
            let writer = PyBytesWriter_Create(data.len() as ffi::Py_ssize_t);
            assert!(!writer.is_null());
            assert_eq!(PyBytesWriter_GetSize(writer), 1000);
            write_at(writer, 0, &data);
            assert_eq!(content(writer), data);
            PyBytesWriter_Finish(writer)
        };
        assert_eq!(finished(py, result).unwrap(), data);
    });
}

#[test]
fn empty_and_single_byte_writers() {
    with_py(|py| {
        // SAFETY: attached; each writer is finished once.
        let (empty, one) = unsafe {
            let writer = PyBytesWriter_Create(0);
            assert!(!writer.is_null());
            assert_eq!(PyBytesWriter_GetSize(writer), 0);
            assert!(!PyBytesWriter_GetData(writer).is_null());
            let empty = PyBytesWriter_Finish(writer);
            let writer = PyBytesWriter_Create(1);
            write_at(writer, 0, b"x");
            (empty, PyBytesWriter_Finish(writer))
        };
        assert_eq!(finished(py, empty).unwrap(), b"");
        assert_eq!(finished(py, one).unwrap(), b"x");
    });
}

#[test]
fn resize_grows_keeping_content_and_shrinks() {
    with_py(|py| {
        // SAFETY: attached; the writer is used only here and finished once;
        // every write stays within the size set just before it.
        let result = unsafe {
            let writer = PyBytesWriter_Create(3);
            write_at(writer, 0, b"abc");
            // Grow well past any initial room, several times.
            let mut expected = b"abc".to_vec();
            for round in 0..5usize {
                let start = expected.len();
                let chunk: Vec<u8> = (0..300).map(|i| (i + round) as u8).collect();
                let new_size = (start + chunk.len()) as ffi::Py_ssize_t;
                assert_eq!(PyBytesWriter_Resize(writer, new_size), 0);
                assert_eq!(PyBytesWriter_GetSize(writer), new_size);
                assert_eq!(content(writer)[..start], expected[..]);
                write_at(writer, start, &chunk);
                expected.extend_from_slice(&chunk);
            }
            assert_eq!(content(writer), expected);
            // Shrinking keeps the prefix; growing again after it keeps it too.
            assert_eq!(PyBytesWriter_Resize(writer, 10), 0);
            assert_eq!(PyBytesWriter_GetSize(writer), 10);
            assert_eq!(content(writer), expected[..10]);
            assert_eq!(PyBytesWriter_Resize(writer, 12), 0);
            write_at(writer, 10, b"!?");
            PyBytesWriter_Finish(writer)
        };
        let mut expected = b"abc".to_vec();
        expected.extend((0..7).map(|i| i as u8));
        expected.extend_from_slice(b"!?");
        assert_eq!(finished(py, result).unwrap(), expected);
    });
}

#[test]
fn resize_from_empty_and_to_zero() {
    with_py(|py| {
        // SAFETY: attached; the writers are used only here, finished once.
        let (grown, emptied) = unsafe {
            let writer = PyBytesWriter_Create(0);
            assert_eq!(PyBytesWriter_Resize(writer, 5), 0);
            write_at(writer, 0, b"hello");
            let grown = PyBytesWriter_Finish(writer);
            let writer = PyBytesWriter_Create(4);
            write_at(writer, 0, b"gone");
            assert_eq!(PyBytesWriter_Resize(writer, 0), 0);
            assert_eq!(PyBytesWriter_GetSize(writer), 0);
            (grown, PyBytesWriter_Finish(writer))
        };
        assert_eq!(finished(py, grown).unwrap(), b"hello");
        assert_eq!(finished(py, emptied).unwrap(), b"");
    });
}

#[test]
fn finish_with_size_truncates() {
    with_py(|py| {
        // SAFETY: attached; each writer is finished once.
        let (short, whole, none) = unsafe {
            let writer = PyBytesWriter_Create(500);
            let data: Vec<u8> = (0..500).map(|i| (i % 251) as u8).collect();
            write_at(writer, 0, &data);
            let short = PyBytesWriter_FinishWithSize(writer, 7);
            let writer = PyBytesWriter_Create(4);
            write_at(writer, 0, b"full");
            let whole = PyBytesWriter_FinishWithSize(writer, 4);
            let writer = PyBytesWriter_Create(4);
            write_at(writer, 0, b"none");
            (short, whole, PyBytesWriter_FinishWithSize(writer, 0))
        };
        assert_eq!(finished(py, short).unwrap(), [0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(finished(py, whole).unwrap(), b"full");
        assert_eq!(finished(py, none).unwrap(), b"");
    });
}

#[test]
fn finish_with_a_bad_size_raises_value_error_and_frees_the_writer() {
    with_py(|py| {
        // SAFETY: attached; each writer is finished (and so freed) once.
        let (negative, too_large) = unsafe {
            let writer = PyBytesWriter_Create(4);
            let negative = PyBytesWriter_FinishWithSize(writer, -1);
            let negative = (negative.is_null(), raised(py));
            let writer = PyBytesWriter_Create(4);
            let too_large = PyBytesWriter_FinishWithSize(writer, 5);
            (negative, (too_large.is_null(), raised(py)))
        };
        assert_eq!(
            negative,
            (true, "ValueError: size must be positive".to_owned())
        );
        assert_eq!(
            too_large,
            (
                true,
                "ValueError: size larger than allocated size".to_owned()
            )
        );
    });
}

#[test]
fn negative_sizes_raise_value_error() {
    with_py(|py| {
        // SAFETY: attached; the one writer made is discarded once.
        unsafe {
            assert!(PyBytesWriter_Create(-1).is_null());
            assert_eq!(raised(py), "ValueError: size must be >= 0");
            let writer = PyBytesWriter_Create(2);
            write_at(writer, 0, b"ok");
            assert_eq!(PyBytesWriter_Resize(writer, -3), -1);
            assert_eq!(raised(py), "ValueError: size must be >= 0");
            // The failed resize left the writer as it was.
            assert_eq!(content(writer), b"ok");
            PyBytesWriter_Discard(writer);
        }
    });
}

#[test]
fn discard_frees_the_writer_and_accepts_null() {
    with_py(|py| {
        // SAFETY: attached; each writer is discarded once and not used
        // after; discarding null is documented to do nothing.
        unsafe {
            PyBytesWriter_Discard(std::ptr::null_mut());
            for size in [0, 10, 1000] {
                let writer = PyBytesWriter_Create(size);
                assert!(!writer.is_null());
                assert_eq!(PyBytesWriter_Resize(writer, size * 3 + 1), 0);
                PyBytesWriter_Discard(writer);
            }
        }
        assert!(PyErr::take(py).is_none());
    });
}

/// Without the stable ABI the writer keeps its bytes in a `bytes` object
/// from Python's small-object allocator: discarding (and a failed finish)
/// must release it, so many rounds leave the block count flat.
#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
#[test]
fn discarded_writers_release_their_bytes_object() {
    with_py(|py| {
        let blocks = || -> isize {
            py.import("sys")
                .unwrap()
                .call_method0("getallocatedblocks")
                .unwrap()
                .extract()
                .unwrap()
        };
        let rounds = 2000;
        let before = blocks();
        // SAFETY: attached; each writer is discarded or finished once.
        unsafe {
            for round in 0..rounds {
                let writer = PyBytesWriter_Create(100);
                assert!(!writer.is_null());
                if round % 2 == 0 {
                    PyBytesWriter_Discard(writer);
                } else {
                    assert!(PyBytesWriter_FinishWithSize(writer, 101).is_null());
                    let _ = raised(py);
                }
            }
        }
        let grown = blocks() - before;
        assert!(
            grown < rounds / 4,
            "{grown} blocks more after {rounds} writers"
        );
    });
}
