//! `PyString`, `PyBytes`, `PyByteArray`, `py_format!` and the `PyBacked*`
//! handles.

use std::borrow::Cow;
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeSet, HashMap};
use std::hash::{Hash, Hasher};
use std::io::Write;

use pyo3::exceptions::{
    PyLookupError, PyTypeError, PyUnicodeDecodeError, PyUnicodeEncodeError, PyValueError,
};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyByteArray, PyByteArrayMethods, PyBytes, PyString};

use crate::common::{eval, refcount, with_py};

/// The message CPython gives when encoding a lone surrogate to UTF-8.
fn surrogate_message(c: &str, position: usize) -> String {
    format!(
        "UnicodeEncodeError: 'utf-8' codec can't encode character '{c}' in position \
         {position}: surrogates not allowed"
    )
}

// --- PyString ---------------------------------------------------------------

#[test]
fn string_new_round_trips_every_width() {
    with_py(|py| {
        for text in [
            "",
            "hello",
            "nul\0inside\0",
            "caf\u{e9} \u{ff}",
            "\u{20ac}uro \u{4e2d}\u{6587}",
            "emoji \u{1f408}\u{1f600}",
            "mixed a\u{e9}\u{20ac}\u{1f408}\0z",
        ] {
            let s = PyString::new(py, text);
            #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
            assert_eq!(s.to_str().unwrap(), text);
            assert_eq!(s.to_cow().unwrap(), text);
            assert_eq!(s.to_string_lossy(), text);
            assert_eq!(s.code_point_len().unwrap(), text.chars().count());
            assert_eq!(s.encode_utf8().unwrap().as_bytes(), text.as_bytes());
            // Python sees the same characters.
            let code_points: Vec<u32> = s
                .call_method0("__iter__")
                .unwrap()
                .try_iter()
                .unwrap()
                .map(|c| {
                    eval(py, "ord")
                        .call1((c.unwrap(),))
                        .unwrap()
                        .extract()
                        .unwrap()
                })
                .collect();
            assert_eq!(code_points, text.chars().map(u32::from).collect::<Vec<_>>());
        }
    });
}

#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
#[test]
fn string_borrowed_views_do_not_copy() {
    with_py(|py| {
        let s = PyString::new(py, "borrowed \u{1f408}");
        let mut size: pyo3::ffi::Py_ssize_t = 0;
        // SAFETY: attached; the object is a `str`.
        let buffer = unsafe { pyo3::ffi::PyUnicode_AsUTF8AndSize(s.as_ptr(), &mut size) };
        assert!(!buffer.is_null());
        let text = s.to_str().unwrap();
        assert_eq!(text.as_ptr(), buffer.cast());
        assert_eq!(text.len(), size as usize);
        assert!(matches!(s.to_cow().unwrap(), Cow::Borrowed(_)));
        assert!(matches!(s.to_string_lossy(), Cow::Borrowed(_)));
        let unbound: Py<PyString> = s.clone().unbind();
        assert_eq!(unbound.to_str(py).unwrap().as_ptr(), buffer.cast());
        assert!(matches!(unbound.to_cow(py).unwrap(), Cow::Borrowed(_)));
    });
}

#[test]
fn string_surrogates_are_refused_but_lossy_works() {
    with_py(|py| {
        let s = eval(py, r"'\U0001F408 Hello \ud800World'")
            .cast_into::<PyString>()
            .unwrap();
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        {
            let err = s.to_str().unwrap_err();
            assert!(err.is_instance_of::<PyUnicodeEncodeError>(py));
            assert_eq!(err.to_string(), surrogate_message(r"\ud800", 8));
        }
        let err = s.to_cow().unwrap_err();
        assert!(err.is_instance_of::<PyUnicodeEncodeError>(py));
        assert_eq!(err.to_string(), surrogate_message(r"\ud800", 8));
        let err = s.encode_utf8().unwrap_err();
        assert!(err.is_instance_of::<PyUnicodeEncodeError>(py));
        // Each of the three bytes of the surrogate's encoding is replaced.
        assert_eq!(
            s.to_string_lossy(),
            "\u{1f408} Hello \u{fffd}\u{fffd}\u{fffd}World"
        );
        assert_eq!(s.code_point_len().unwrap(), 14);
        // No exception is left behind by the lossy path.
        assert!(PyErr::take(py).is_none());

        let unbound: Py<PyString> = s.clone().unbind();
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        assert!(unbound.to_str(py).is_err());
        assert!(unbound.to_cow(py).is_err());
        assert_eq!(
            unbound.to_string_lossy(py),
            "\u{1f408} Hello \u{fffd}\u{fffd}\u{fffd}World"
        );

        // A surrogate string equals no Rust string.
        assert!(s != "\u{1f408} Hello \u{fffd}\u{fffd}\u{fffd}World");
        assert!(PyErr::take(py).is_none());
    });
}

#[test]
fn string_code_point_len_ignores_subclass_len() {
    with_py(|py| {
        let s = eval(
            py,
            "type('S', (str,), {'__len__': lambda self: 99})('abc\\u20ac')",
        );
        assert_eq!(s.len().unwrap(), 99);
        let s = s.cast_into::<PyString>().unwrap();
        assert_eq!(s.code_point_len().unwrap(), 4);
        assert_eq!(s.to_cow().unwrap(), "abc\u{20ac}");
    });
}

#[test]
fn string_intern() {
    with_py(|py| {
        let a = PyString::intern(py, "an interned string");
        let b = PyString::intern(py, "an interned string");
        assert!(a.is(&b));
        assert_eq!(a, "an interned string");
        let c = PyString::new(py, "an interned string");
        let d = eval(py, "'an interned string'");
        assert!(c.as_any().eq(&d).unwrap());
        let e = PyString::intern(py, "\u{1f408}\0");
        assert_eq!(e.to_cow().unwrap(), "\u{1f408}\0");
    });
}

#[test]
fn string_from_bytes() {
    with_py(|py| {
        let s = PyString::from_bytes(py, "\u{2122} \u{1f408}\0".as_bytes()).unwrap();
        assert_eq!(s, "\u{2122} \u{1f408}\0");
        assert_eq!(PyString::from_bytes(py, b"").unwrap(), "");
        let err = PyString::from_bytes(py, b"ab\x80cd").unwrap_err();
        assert!(err.is_instance_of::<PyUnicodeDecodeError>(py));
        assert_eq!(
            err.to_string(),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 2: \
             invalid start byte"
        );
        // Encoded surrogates are invalid UTF-8 too.
        let err = PyString::from_bytes(py, b"\xed\xa0\x80").unwrap_err();
        assert!(err.is_instance_of::<PyUnicodeDecodeError>(py));
    });
}

#[test]
fn string_from_encoded_object() {
    with_py(|py| {
        let bytes = PyBytes::new(py, b"ab\xffcd");
        let err = PyString::from_encoded_object(&bytes, None, None).unwrap_err();
        assert!(err.is_instance_of::<PyUnicodeDecodeError>(py));
        let s = PyString::from_encoded_object(&bytes, None, Some(c"ignore")).unwrap();
        assert_eq!(s.to_cow().unwrap(), "abcd");
        let s = PyString::from_encoded_object(&bytes, Some(c"latin-1"), None).unwrap();
        assert_eq!(s, "ab\u{ff}cd");
        let s = PyString::from_encoded_object(&bytes, None, Some(c"surrogateescape")).unwrap();
        assert_eq!(s.to_string_lossy(), "ab\u{fffd}\u{fffd}\u{fffd}cd");
        assert!(s.to_cow().is_err());
        let array = PyByteArray::new(py, "\u{e9}".as_bytes());
        let s = PyString::from_encoded_object(&array, None, None).unwrap();
        assert_eq!(s, "\u{e9}");

        let err = PyString::from_encoded_object(&PyBytes::new(py, b"abcd"), Some(c"wat"), None)
            .unwrap_err();
        assert!(err.is_instance_of::<PyLookupError>(py));
        assert_eq!(err.to_string(), "LookupError: unknown encoding: wat");
        let err = PyString::from_encoded_object(&bytes, None, Some(c"wat")).unwrap_err();
        assert!(err.is_instance_of::<PyLookupError>(py));
        assert_eq!(
            err.to_string(),
            "LookupError: unknown error handler name 'wat'"
        );
        // A `str` is not an encoded object.
        let err = PyString::from_encoded_object(&PyString::new(py, "x"), None, None).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(err.to_string(), "TypeError: decoding str is not supported");
    });
}

#[test]
fn string_from_fmt_and_py_format() {
    with_py(|py| {
        let s = PyString::from_fmt(py, format_args!("{} {}", "hello", 42)).unwrap();
        assert_eq!(s, "hello 42");
        let s = PyString::from_fmt(py, format_args!("static")).unwrap();
        assert_eq!(s, "static");
        let s = PyString::from_fmt(py, format_args!("")).unwrap();
        assert_eq!(s, "");

        let value = 1.5;
        let s: Bound<'_, PyString> = pyo3::py_format!(py, "{value:>6} \u{1f408}\0{}", 'x').unwrap();
        assert_eq!(s, "   1.5 \u{1f408}\0x");

        // Arguments are evaluated once.
        let mut calls = 0;
        let mut count = || {
            calls += 1;
            calls
        };
        let s = pyo3::py_format!(py, "call {}", count()).unwrap();
        assert_eq!(s, "call 1");
        assert_eq!(calls, 1);

        // A format string without arguments gives one interned object per
        // call site.
        let make = |py| pyo3::py_format!(py, "a constant string").unwrap();
        let a = make(py);
        let b = make(py);
        assert_eq!(a, "a constant string");
        assert!(a.is(&b));
        assert!(a.is(PyString::intern(py, "a constant string")));
    });
}

#[test]
fn string_conversions_keep_reference_counts() {
    with_py(|py| {
        let s = PyString::new(py, "counted \u{e9}");
        let surrogate = eval(py, r"'\udc80x'").cast_into::<PyString>().unwrap();
        let before = (refcount(s.as_any()), refcount(surrogate.as_any()));
        for _ in 0..100 {
            #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
            let _ = s.to_str().unwrap();
            let _ = s.to_cow().unwrap();
            let _ = s.to_string_lossy();
            let _ = s.encode_utf8().unwrap();
            let _ = s.code_point_len().unwrap();
            let _ = surrogate.to_cow().unwrap_err();
            let _ = surrogate.to_string_lossy();
            assert!(s == "counted \u{e9}");
            let _: String = s.extract().unwrap();
            let _: PyBackedStr = s.extract().unwrap();
        }
        assert_eq!((refcount(s.as_any()), refcount(surrogate.as_any())), before);
    });
}

#[test]
fn string_comparisons() {
    with_py(|py| {
        let s = "hello, world \u{1f408}";
        let py_string = PyString::new(py, s);

        assert_eq!(py_string, *s);
        assert_eq!(py_string, s);
        assert_eq!(&py_string, *s);
        assert_eq!(*s, py_string);
        assert_eq!(s, py_string);
        assert_eq!(*s, &py_string);
        assert_ne!(py_string, "hello");
        assert_ne!("hello, world", py_string);
        assert_ne!(py_string, "");

        let borrowed = py_string.as_borrowed();
        assert_eq!(borrowed, *s);
        assert_eq!(borrowed, s);
        assert_eq!(*s, borrowed);
        assert_eq!(s, borrowed);
        assert_ne!(borrowed, "other");
        assert_ne!("other", borrowed);

        let with_nul = PyString::new(py, "a\0b");
        assert_eq!(with_nul, "a\0b");
        assert_ne!(with_nul, "a");
        assert_eq!(PyString::new(py, ""), "");
    });
}

#[test]
fn string_debug_and_display() {
    with_py(|py| {
        let s = PyString::new(py, "Hello\n");
        assert_eq!(format!("{s:?}"), "'Hello\\n'");
        assert_eq!(format!("{s}"), "Hello\n");
    });
}

#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
mod string_data {
    use std::borrow::Cow;

    use pyo3::exceptions::PyUnicodeDecodeError;
    use pyo3::prelude::*;
    use pyo3::types::PyString;

    use crate::common::{eval, with_py};

    /// A `str` of the given storage kind built from raw code units.
    fn from_kind<'py>(py: Python<'py>, kind: u32, data: &[u8], len: isize) -> Bound<'py, PyString> {
        // SAFETY: attached; `data` holds `len` code units of `kind`.
        unsafe {
            let ptr = pyo3::ffi::PyUnicode_FromKindAndData(kind as _, data.as_ptr().cast(), len);
            Bound::from_owned_ptr(py, ptr).cast_into_unchecked()
        }
    }

    #[test]
    fn ucs1() {
        with_py(|py| {
            let s = PyString::new(py, "hello, world");
            // SAFETY: nothing mutates the string.
            let data = unsafe { s.data().unwrap() };
            assert_eq!(format!("{data:?}"), format!("Ucs1({:?})", b"hello, world"));
            assert_eq!(data.value_width_bytes(), 1);
            assert_eq!(data.as_bytes(), b"hello, world");
            assert_eq!(data.to_string(py).unwrap(), Cow::Borrowed("hello, world"));
            assert!(matches!(data.to_string(py).unwrap(), Cow::Borrowed(_)));
            assert_eq!(data.to_string_lossy(), "hello, world");
            // The data points into the object.
            // SAFETY: attached; the object is a `str`.
            let raw = unsafe { pyo3::ffi::PyUnicode_DATA(s.as_ptr()) };
            assert_eq!(data.as_bytes().as_ptr(), raw.cast());

            let empty = PyString::new(py, "");
            // SAFETY: nothing mutates the string.
            let data = unsafe { empty.data().unwrap() };
            assert_eq!(data.as_bytes(), b"");
            assert_eq!(data.to_string(py).unwrap(), "");
        });
    }

    #[test]
    fn ucs1_is_read_as_utf8() {
        with_py(|py| {
            let s = from_kind(py, pyo3::ffi::PyUnicode_1BYTE_KIND, b"f\xfe", 2);
            assert_eq!(s, "f\u{fe}");
            // SAFETY: nothing mutates the string.
            let data = unsafe { s.data().unwrap() };
            assert_eq!(data.as_bytes(), b"f\xfe");
            let err = data.to_string(py).unwrap_err();
            assert!(err.is_instance_of::<PyUnicodeDecodeError>(py));
            assert!(
                err.to_string()
                    .contains("'utf-8' codec can't decode byte 0xfe in position 1")
            );
            assert_eq!(data.to_string_lossy(), "f\u{fffd}");
        });
    }

    #[test]
    fn ucs2() {
        with_py(|py| {
            let s = eval(py, r"'foo\ud800'").cast_into::<PyString>().unwrap();
            // SAFETY: nothing mutates the string.
            let data = unsafe { s.data().unwrap() };
            assert_eq!(format!("{data:?}"), "Ucs2([102, 111, 111, 55296])");
            assert_eq!(data.value_width_bytes(), 2);
            assert_eq!(data.as_bytes().len(), 8);
            assert_eq!(data.to_string_lossy(), "foo\u{fffd}");

            let s = PyString::new(py, "\u{20ac}uro");
            // SAFETY: nothing mutates the string.
            let data = unsafe { s.data().unwrap() };
            assert_eq!(format!("{data:?}"), "Ucs2([8364, 117, 114, 111])");
            assert_eq!(data.to_string(py).unwrap(), "\u{20ac}uro");
        });
    }

    #[test]
    #[cfg(target_endian = "little")]
    fn ucs2_invalid() {
        with_py(|py| {
            let s = from_kind(py, pyo3::ffi::PyUnicode_2BYTE_KIND, b"\x22\xff\x00\xd8", 2);
            // SAFETY: nothing mutates the string.
            let data = unsafe { s.data().unwrap() };
            assert_eq!(format!("{data:?}"), "Ucs2([65314, 55296])");
            let err = data.to_string(py).unwrap_err();
            assert!(err.is_instance_of::<PyUnicodeDecodeError>(py));
            // The reason is Rust's own message for the UTF-16 error.
            let reason = String::from_utf16(&[0xff22, 0xd800]).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!(
                    "UnicodeDecodeError: 'utf-16' codec can't decode bytes in position 0-3: \
                     {reason}"
                )
            );
            assert_eq!(data.to_string_lossy(), "\u{ff22}\u{fffd}");
        });
    }

    #[test]
    fn ucs4() {
        with_py(|py| {
            let s = PyString::new(py, "\u{54c8}\u{54c8}\u{1f408}");
            // SAFETY: nothing mutates the string.
            let data = unsafe { s.data().unwrap() };
            assert_eq!(format!("{data:?}"), "Ucs4([21704, 21704, 128008])");
            assert_eq!(data.value_width_bytes(), 4);
            assert_eq!(data.as_bytes().len(), 12);
            assert_eq!(data.to_string(py).unwrap(), "\u{54c8}\u{54c8}\u{1f408}");
            assert_eq!(data.to_string_lossy(), "\u{54c8}\u{54c8}\u{1f408}");
            assert_eq!(data, data);
        });
    }

    #[test]
    #[cfg(target_endian = "little")]
    fn ucs4_invalid() {
        with_py(|py| {
            let s = from_kind(
                py,
                pyo3::ffi::PyUnicode_4BYTE_KIND,
                b"\x00\x00\x02\x00\x00\xd8\x00\x00",
                2,
            );
            // SAFETY: nothing mutates the string.
            let data = unsafe { s.data().unwrap() };
            assert_eq!(format!("{data:?}"), "Ucs4([131072, 55296])");
            let err = data.to_string(py).unwrap_err();
            assert!(err.is_instance_of::<PyUnicodeDecodeError>(py));
            assert_eq!(
                err.to_string(),
                "UnicodeDecodeError: 'utf-32' codec can't decode bytes in position 0-7: \
                 error converting utf-32"
            );
            assert_eq!(data.to_string_lossy(), "\u{20000}\u{fffd}");
        });
    }
}

// --- PyBytes ----------------------------------------------------------------

#[test]
fn bytes_new_and_views() {
    with_py(|py| {
        for content in [
            &b""[..],
            b"abc",
            b"\0nul\0inside\0",
            b"\xff\xfe\x80",
            &[0u8; 1000],
        ] {
            let bytes = PyBytes::new(py, content);
            assert_eq!(bytes.as_bytes(), content);
            assert_eq!(bytes.len().unwrap(), content.len());
            let hex: String = content.iter().map(|b| format!("{b:02x}")).collect();
            let python_hex = bytes.call_method0("hex").unwrap();
            assert_eq!(python_hex.extract::<String>().unwrap(), hex);
            let unbound: Py<PyBytes> = bytes.clone().unbind();
            assert_eq!(unbound.as_bytes(py), content);
            assert_eq!(unbound.as_bytes(py).as_ptr(), bytes.as_bytes().as_ptr());
            let as_ref: &[u8] = bytes.as_ref();
            assert_eq!(as_ref, content);
            let borrowed = bytes.as_borrowed();
            let as_ref: &[u8] = borrowed.as_ref();
            assert_eq!(as_ref, content);
        }
        // The view is the object's own buffer.
        let bytes = PyBytes::new(py, b"shared");
        // SAFETY: attached; the object is a `bytes`.
        let raw = unsafe { pyo3::ffi::PyBytes_AsString(bytes.as_ptr()) };
        assert_eq!(bytes.as_bytes().as_ptr(), raw.cast());
    });
}

#[test]
fn bytes_from_ptr() {
    with_py(|py| {
        let data = b"from a pointer\0and more";
        // SAFETY: the pointer and length describe `data`.
        let bytes = unsafe { PyBytes::from_ptr(py, data.as_ptr(), data.len()) };
        assert_eq!(bytes.as_bytes(), data);
        assert_ne!(bytes.as_bytes().as_ptr(), data.as_ptr());
        // SAFETY: a zero-length read of a valid pointer.
        let empty = unsafe { PyBytes::from_ptr(py, data.as_ptr(), 0) };
        assert_eq!(empty.as_bytes(), b"");
    });
}

#[test]
fn bytes_new_with() {
    with_py(|py| {
        let bytes = PyBytes::new_with(py, 10, |buffer: &mut [u8]| {
            assert_eq!(buffer.len(), 10);
            buffer.copy_from_slice(b"Hello Rust");
            Ok(())
        })
        .unwrap();
        assert_eq!(bytes.as_bytes(), b"Hello Rust");

        let zeroed = PyBytes::new_with(py, 64, |_| Ok(())).unwrap();
        assert_eq!(zeroed.as_bytes(), &[0u8; 64]);
        let empty = PyBytes::new_with(py, 0, |buffer| {
            assert!(buffer.is_empty());
            Ok(())
        })
        .unwrap();
        assert_eq!(empty.as_bytes(), b"");

        let err = PyBytes::new_with(py, 10, |_| Err(PyValueError::new_err("Hello Crustaceans!")))
            .unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(err.to_string(), "ValueError: Hello Crustaceans!");
    });
}

#[test]
fn bytes_new_with_writer() {
    with_py(|py| {
        let bytes = PyBytes::new_with_writer(py, 4, |writer| {
            assert!(writer.is_empty());
            assert_eq!(writer.len(), 0);
            writer.write_bytes(b"abc")?;
            assert_eq!(writer.len(), 3);
            writer.write_all(b"\0def")?;
            let cat = '\u{1f408}';
            write!(writer, "{}-{cat}", 1)?;
            let written = writer
                .write_vectored(&[std::io::IoSlice::new(b"x"), std::io::IoSlice::new(b"yz")])?;
            assert_eq!(written, 3);
            writer.flush()?;
            assert!(!writer.is_empty());
            Ok(())
        })
        .unwrap();
        assert_eq!(bytes.as_bytes(), "abc\0def1-\u{1f408}xyz".as_bytes());

        let large = PyBytes::new_with_writer(py, 0, |writer| {
            for i in 0..10_000u32 {
                writer.write_bytes(&i.to_le_bytes())?;
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(large.as_bytes().len(), 40_000);
        assert_eq!(&large[39_996..], &9_999u32.to_le_bytes());

        let empty = PyBytes::new_with_writer(py, 100, |_| Ok(())).unwrap();
        assert_eq!(empty.as_bytes(), b"");

        let err = PyBytes::new_with_writer(py, 0, |writer| {
            writer.write_bytes(b"partial")?;
            Err(PyValueError::new_err("stop"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "ValueError: stop");
    });
}

#[test]
fn bytes_index() {
    with_py(|py| {
        let bytes = PyBytes::new(py, b"Hello World");
        assert_eq!(bytes[1], b'e');
        assert_eq!(&bytes[..5], b"Hello");
        assert_eq!(&bytes[6..], b"World");
        assert_eq!(&bytes[2..=3], b"ll");
        assert_eq!(&bytes[..], b"Hello World");
        let out_of_range = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| bytes[11]));
        assert!(out_of_range.is_err());
    });
}

#[test]
fn bytes_comparisons() {
    with_py(|py| {
        let b: &[u8] = b"hello, world";
        let py_bytes = PyBytes::new(py, b);

        assert_eq!(py_bytes, *b);
        assert_eq!(py_bytes, b);
        assert_eq!(&py_bytes, *b);
        assert_eq!(*b, py_bytes);
        assert_eq!(b, py_bytes);
        assert_eq!(*b, &py_bytes);
        assert_ne!(py_bytes, b"hello"[..]);
        assert_ne!(&b"hello, world!"[..], py_bytes);

        let borrowed = py_bytes.as_borrowed();
        assert_eq!(borrowed, *b);
        assert_eq!(borrowed, b);
        assert_eq!(*b, borrowed);
        assert_eq!(b, borrowed);
        assert_ne!(borrowed, b""[..]);

        assert_eq!(PyBytes::new(py, b""), b""[..]);
        assert_eq!(PyBytes::new(py, b"\0"), b"\0"[..]);
        assert_ne!(PyBytes::new(py, b"\0"), b""[..]);
    });
}

#[test]
fn bytes_keep_reference_counts() {
    with_py(|py| {
        let bytes = PyBytes::new(py, b"counted");
        let before = refcount(bytes.as_any());
        for _ in 0..100 {
            let _ = bytes.as_bytes();
            let _ = bytes[0];
            assert!(bytes == b"counted"[..]);
            let _: &[u8] = bytes.extract().unwrap();
            let _: PyBackedBytes = bytes.extract().unwrap();
            let _: Cow<'_, [u8]> = bytes.extract().unwrap();
        }
        assert_eq!(refcount(bytes.as_any()), before);
    });
}

// --- PyByteArray ------------------------------------------------------------

#[test]
fn bytearray_new_and_contents() {
    with_py(|py| {
        let src = b"Hello\0Python\xff";
        let array = PyByteArray::new(py, src);
        assert_eq!(array.len(), src.len());
        assert!(!array.is_empty());
        assert_eq!(array.to_vec(), src);
        // SAFETY: nothing else touches the array meanwhile.
        assert_eq!(unsafe { array.as_bytes() }, src);
        // SAFETY: attached; the object is a `bytearray`.
        let raw = unsafe { pyo3::ffi::PyByteArray_AsString(array.as_ptr()) };
        assert_eq!(array.data(), raw.cast());
        assert!(array.is_instance_of::<PyByteArray>());
        assert_eq!(array.to_string(), "bytearray(b'Hello\\x00Python\\xff')");

        let empty = PyByteArray::new(py, b"");
        assert_eq!(empty.len(), 0);
        assert!(empty.is_empty());
        assert_eq!(empty.to_vec(), b"");
        // SAFETY: nothing else touches the array meanwhile.
        assert_eq!(unsafe { empty.as_bytes() }, b"");
    });
}

#[test]
fn bytearray_mutation_is_shared_with_python() {
    with_py(|py| {
        let array = PyByteArray::new(py, b"Hello Python");
        // SAFETY: no other view of the buffer exists while the slice lives.
        let buffer = unsafe { array.as_bytes_mut() };
        buffer[6..].copy_from_slice(b"Rustac");
        assert_eq!(array.to_vec(), b"Hello Rustac");
        // SAFETY: as above.
        unsafe { *array.data() = b'J' };
        let copy = eval(py, "bytes").call1((&array,)).unwrap();
        assert_eq!(copy.cast::<PyBytes>().unwrap().as_bytes(), b"Jello Rustac");

        // Changes made by Python are visible.
        array
            .call_method1("extend", (PyBytes::new(py, b"!!"),))
            .unwrap();
        assert_eq!(array.to_vec(), b"Jello Rustac!!");
        array.call_method1("__setitem__", (0, 0x48)).unwrap();
        assert_eq!(array.to_vec(), b"Hello Rustac!!");
    });
}

#[test]
fn bytearray_resize() {
    with_py(|py| {
        let array = PyByteArray::new(py, b"Hello Python");
        array.resize(20).unwrap();
        assert_eq!(array.len(), 20);
        assert_eq!(&array.to_vec()[..12], b"Hello Python");
        array.resize(5).unwrap();
        assert_eq!(array.to_vec(), b"Hello");
        array.resize(0).unwrap();
        assert!(array.is_empty());
        array.resize(3).unwrap();
        // SAFETY: nothing else touches the array meanwhile.
        unsafe { array.as_bytes_mut() }.copy_from_slice(b"abc");
        assert_eq!(array.to_vec(), b"abc");

        let err = array.resize(isize::MAX as usize).unwrap_err();
        assert!(err.is_instance_of::<pyo3::exceptions::PyMemoryError>(py));
        assert_eq!(array.to_vec(), b"abc");

        // An array with an active export (a memoryview) cannot be resized.
        let view = eval(py, "memoryview").call1((&array,)).unwrap();
        let err = array.resize(10).unwrap_err();
        assert!(err.is_instance_of::<pyo3::exceptions::PyBufferError>(py));
        assert_eq!(
            err.to_string(),
            "BufferError: Existing exports of data: object cannot be re-sized"
        );
        view.call_method0("release").unwrap();
        array.resize(10).unwrap();
        assert_eq!(array.len(), 10);
    });
}

#[test]
fn bytearray_new_with() {
    with_py(|py| {
        let array = PyByteArray::new_with(py, 10, |buffer: &mut [u8]| {
            buffer.copy_from_slice(b"Hello Rust");
            Ok(())
        })
        .unwrap();
        assert_eq!(array.to_vec(), b"Hello Rust");
        let zeroed = PyByteArray::new_with(py, 100, |_| Ok(())).unwrap();
        assert_eq!(zeroed.to_vec(), vec![0u8; 100]);
        let empty = PyByteArray::new_with(py, 0, |_| Ok(())).unwrap();
        assert!(empty.is_empty());
        let err =
            PyByteArray::new_with(py, 10, |_| Err(PyValueError::new_err("Hello Crustaceans!")))
                .unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(err.to_string(), "ValueError: Hello Crustaceans!");
    });
}

#[test]
fn bytearray_from_objects() {
    with_py(|py| {
        let from_bytes = PyByteArray::from(PyBytes::new(py, b"bytes").as_any()).unwrap();
        assert_eq!(from_bytes.to_vec(), b"bytes");
        let original = PyByteArray::new(py, b"array");
        let copy = PyByteArray::from(original.as_any()).unwrap();
        assert!(!copy.is(&original));
        assert_eq!(copy.to_vec(), b"array");
        let from_view = PyByteArray::from(&eval(py, "memoryview(b'view')")).unwrap();
        assert_eq!(from_view.to_vec(), b"view");
        let from_list = PyByteArray::from(&eval(py, "[1, 2, 255]")).unwrap();
        assert_eq!(from_list.to_vec(), [1, 2, 255]);
        let from_int = PyByteArray::from(&eval(py, "3")).unwrap();
        assert_eq!(from_int.to_vec(), [0, 0, 0]);

        let err = PyByteArray::from(py.None().bind(py)).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: cannot convert 'NoneType' object to bytearray"
        );
        let err = PyByteArray::from(PyString::new(py, "text").as_any()).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: string argument without an encoding"
        );
        let err = PyByteArray::from(&eval(py, "[256]")).unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));

        let any = PyByteArray::new(py, b"try").into_any();
        let array: Bound<'_, PyByteArray> = Bound::try_from(&any).unwrap();
        assert_eq!(array.to_vec(), b"try");
        let attempt: PyResult<Bound<'_, PyByteArray>> = Bound::try_from(&eval(py, "1.5"));
        assert!(attempt.unwrap_err().is_instance_of::<PyTypeError>(py));
    });
}

#[test]
fn bytearray_keeps_reference_counts() {
    with_py(|py| {
        let array = PyByteArray::new(py, b"counted");
        let before = refcount(array.as_any());
        for _ in 0..100 {
            let _ = array.to_vec();
            let _ = array.len();
            let _: PyBackedBytes = array.extract().unwrap();
            let _: Cow<'_, [u8]> = array.extract().unwrap();
            let _ = PyByteArray::from(array.as_any()).unwrap();
        }
        assert_eq!(refcount(array.as_any()), before);
    });
}

// --- PyBackedStr / PyBackedBytes ---------------------------------------------

fn hash_of<T: Hash + ?Sized>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[test]
fn backed_str_extraction_and_views() {
    with_py(|py| {
        for text in ["", "hello", "\u{e9}\u{20ac}\u{1f408}", "nul\0inside"] {
            let s = PyString::new(py, text);
            let backed: PyBackedStr = s.extract().unwrap();
            assert_eq!(&*backed, text);
            assert_eq!(backed.as_str(), text);
            let as_ref: &str = backed.as_ref();
            assert_eq!(as_ref, text);
            let as_bytes: &[u8] = backed.as_ref();
            assert_eq!(as_bytes, text.as_bytes());
            assert_eq!(backed.to_string(), text);
            assert_eq!(format!("{backed:?}"), format!("{text:?}"));
            assert_eq!(format!("{backed:>12}"), format!("{text:>12}"));
            #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
            {
                assert!(backed.as_py_str().bind(py).is(&s));
                // The text is the object's own UTF-8 buffer.
                assert_eq!(backed.as_ptr(), s.to_str().unwrap().as_ptr());
            }

            let backed = PyBackedStr::try_from(s.clone()).unwrap();
            assert_eq!(backed, text);
        }

        let err = eval(py, "42").extract::<PyBackedStr>().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: 'int' object is not an instance of 'str'"
        );
        let err = eval(py, "b'bytes'").extract::<PyBackedStr>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: 'bytes' object is not an instance of 'str'"
        );
        let surrogate = eval(py, r"'a\ud800'");
        let err = surrogate.extract::<PyBackedStr>().unwrap_err();
        assert!(err.is_instance_of::<PyUnicodeEncodeError>(py));
        assert_eq!(err.to_string(), surrogate_message(r"\ud800", 1));
        let err = PyBackedStr::try_from(surrogate.cast_into::<PyString>().unwrap()).unwrap_err();
        assert!(err.is_instance_of::<PyUnicodeEncodeError>(py));

        // Subclasses of str are accepted.
        let sub = eval(py, "type('S', (str,), {})('sub')");
        assert_eq!(sub.extract::<PyBackedStr>().unwrap(), "sub");
    });
}

#[test]
fn backed_str_into_python() {
    with_py(|py| {
        let original = PyString::new(py, "hello \u{1f408}");
        let backed: PyBackedStr = original.extract().unwrap();
        let by_ref = (&backed).into_pyobject(py).unwrap();
        assert_eq!(by_ref, "hello \u{1f408}");
        let by_value = backed.into_pyobject(py).unwrap();
        assert_eq!(by_value, "hello \u{1f408}");
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        {
            assert!(by_ref.is(&original));
            assert!(by_value.is(&original));
        }
    });
}

#[test]
fn backed_str_clone_eq_hash_ord() {
    with_py(|py| {
        let s1: PyBackedStr = PyString::new(py, "hello").try_into().unwrap();
        let s2 = s1.clone_ref(py);
        assert_eq!(s1, s2);
        assert_eq!(s2, "hello");
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        assert!(s1.as_py_str().is(s2.as_py_str()));
        #[cfg(feature = "py-clone")]
        {
            let s3 = s1.clone();
            assert_eq!(s3, s1);
            assert_eq!(s3.as_ptr(), s1.as_ptr());
        }

        let other: PyBackedStr = PyString::new(py, "abcde").try_into().unwrap();
        assert_eq!(other, "abcde");
        assert_eq!("abcde", other);
        assert_eq!(other, *"abcde");
        assert_eq!(*"abcde", other);
        assert_ne!(s1, other);
        assert_ne!(other, "abcd");

        assert_eq!(hash_of(&other), hash_of("abcde"));
        assert_eq!(hash_of(&s1), hash_of(&s2));

        assert!(other < s1);
        assert!(*"abcde" < s1);
        assert!(s1 > *"abcde");
        assert_eq!(s1.partial_cmp("hello"), Some(std::cmp::Ordering::Equal));
        assert_eq!(s1.cmp(&s2), std::cmp::Ordering::Equal);
        let mut sorted: Vec<PyBackedStr> = ["c", "a", "\u{e9}", "b", ""]
            .iter()
            .map(|s| PyString::new(py, s).try_into().unwrap())
            .collect();
        sorted.sort();
        assert_eq!(sorted, ["", "a", "b", "c", "\u{e9}"]);
        let set: BTreeSet<PyBackedStr> = sorted.into_iter().collect();
        assert_eq!(set.len(), 5);

        let mut map = HashMap::new();
        map.insert(s1, 1);
        assert_eq!(map.get("hello"), Some(&1));
        assert_eq!(map.get("other"), None);
    });
}

#[test]
fn backed_bytes_from_bytes_and_bytearray() {
    with_py(|py| {
        for content in [&b""[..], b"abcde", b"\0\xff\0"] {
            let bytes = PyBytes::new(py, content);
            let backed: PyBackedBytes = bytes.extract().unwrap();
            assert_eq!(&*backed, content);
            let as_ref: &[u8] = backed.as_ref();
            assert_eq!(as_ref, content);
            assert_eq!(format!("{backed:?}"), format!("{content:?}"));
            // Borrowed from the bytes object.
            assert_eq!(backed.as_ptr(), bytes.as_bytes().as_ptr());
            let backed = PyBackedBytes::from(bytes.clone());
            assert_eq!(&*backed, content);

            let array = PyByteArray::new(py, content);
            let backed: PyBackedBytes = array.extract().unwrap();
            assert_eq!(&*backed, content);
            // A copy: later changes to the array do not show.
            array
                .call_method1("extend", (PyBytes::new(py, b"more"),))
                .unwrap();
            assert_eq!(&*backed, content);
            let backed = PyBackedBytes::from(array);
            assert_eq!(backed.len(), content.len() + 4);
        }

        let text = eval(py, "'text'");
        let err = text.extract::<PyBackedBytes>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "'str' object is not an instance of 'bytes | bytearray'"
        );
        let err: PyErr = eval(py, "None")
            .extract::<PyBackedBytes>()
            .unwrap_err()
            .into();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: 'None' is not an instance of 'bytes | bytearray'"
        );
        let err: PyErr = eval(py, "memoryview(b'x')")
            .extract::<PyBackedBytes>()
            .unwrap_err()
            .into();
        assert_eq!(
            err.to_string(),
            "TypeError: 'memoryview' object is not an instance of 'bytes | bytearray'"
        );
    });
}

#[test]
fn backed_bytes_into_python() {
    with_py(|py| {
        let original = PyBytes::new(py, b"abcde");
        let backed = PyBackedBytes::from(original.clone());
        assert!((&backed).into_pyobject(py).unwrap().is(&original));
        assert!(backed.into_pyobject(py).unwrap().is(&original));

        let array = PyByteArray::new(py, b"abcde");
        let backed = PyBackedBytes::from(array);
        let object = (&backed).into_pyobject(py).unwrap();
        assert!(object.is_exact_instance_of::<PyBytes>());
        assert_eq!(object.as_bytes(), b"abcde");
        assert_eq!(object.extract::<PyBackedBytes>().unwrap(), b"abcde");
        let object = backed.into_pyobject(py).unwrap();
        assert_eq!(object.as_bytes(), b"abcde");
    });
}

#[test]
fn backed_bytes_clone_eq_hash_ord() {
    with_py(|py| {
        let b1: PyBackedBytes = PyBytes::new(py, b"abcde").into();
        let b2 = b1.clone_ref(py);
        assert_eq!(b1, b2);
        assert_eq!(b1.as_ptr(), b2.as_ptr());
        let r1: PyBackedBytes = PyByteArray::new(py, b"abcde").into();
        let r2 = r1.clone_ref(py);
        assert_eq!(r1.as_ptr(), r2.as_ptr());
        assert_eq!(r1, b1);
        #[cfg(feature = "py-clone")]
        {
            let b3 = b1.clone();
            assert_eq!(b3.as_ptr(), b1.as_ptr());
            let r3 = r1.clone();
            assert_eq!(r3.as_ptr(), r1.as_ptr());
        }

        assert_eq!(b1, b"abcde");
        assert_eq!(b"abcde", b1);
        assert_eq!(b1, *b"abcde");
        assert_eq!(*b"abcde", b1);
        assert_eq!(b1, b"abcde"[..]);
        assert_eq!(b"abcde"[..], b1);
        assert_eq!(b1, &b"abcde"[..]);
        assert_eq!(&b"abcde"[..], b1);
        let other: PyBackedBytes = PyBytes::new(py, b"hello").into();
        assert_ne!(b1, other);
        assert_ne!(b"hello", b1);

        assert_eq!(hash_of(&b1), hash_of(&b"abcde"[..]));
        assert_eq!(hash_of(&r1), hash_of(&b1));

        assert!(b1 < other);
        assert!(b"abcde"[..] < other);
        assert!(other > b"abcde"[..]);
        let mut sorted: Vec<PyBackedBytes> = [&b"c"[..], b"a", b"\xff", b"", b"b"]
            .iter()
            .map(|b| PyBytes::new(py, b).into())
            .collect();
        sorted.sort();
        let expected: [&[u8]; 5] = [b"", b"a", b"b", b"c", b"\xff"];
        assert_eq!(sorted, expected);
    });
}

#[test]
fn backed_values_are_send_and_sync_and_outlive_attachment() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<PyBackedStr>();
    assert_send_sync::<PyBackedBytes>();

    let (text, bytes) = with_py(|py| {
        let text: PyBackedStr = PyString::new(py, "sent \u{1f408}").extract().unwrap();
        let bytes: PyBackedBytes = PyBytes::new(py, b"sent").extract().unwrap();
        (text, bytes)
    });
    // Used on another thread, detached from the interpreter.
    let (text, bytes) = std::thread::spawn(move || {
        assert_eq!(text, "sent \u{1f408}");
        assert_eq!(bytes, b"sent");
        (text, bytes)
    })
    .join()
    .unwrap();
    with_py(|py| {
        assert_eq!(text.into_pyobject(py).unwrap(), "sent \u{1f408}");
        assert_eq!(bytes.into_pyobject(py).unwrap().as_bytes(), b"sent");
    });
}
