//! Conversions of Rust strings, `char`, C strings, OS strings, paths and
//! byte slices to and from Python.

use std::borrow::Cow;
use std::ffi::{CStr, CString, OsStr, OsString};
use std::path::{Path, PathBuf};

use pyo3::exceptions::{
    PyOverflowError, PyTypeError, PyUnicodeDecodeError, PyUnicodeEncodeError, PyValueError,
};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};

use crate::common::{eval, refcount, with_py};

const SAMPLES: [&str; 7] = [
    "",
    "ascii",
    "nul\0inside\0",
    "latin-1 caf\u{e9} \u{ff}",
    "bmp \u{20ac} \u{4e2d}\u{6587}",
    "astral \u{1f408}\u{1f600}",
    "all a\u{e9}\u{20ac}\u{1f408}\0",
];

/// Python's `repr` of an object, for checking what Python received.
fn repr(object: &Bound<'_, PyAny>) -> String {
    object.repr().unwrap().to_string()
}

// --- str ----------------------------------------------------------------------

#[test]
fn rust_strings_into_python() {
    with_py(|py| {
        for text in SAMPLES {
            let expected = PyString::new(py, text);
            let check = |object: Bound<'_, PyString>| {
                assert!(object.as_any().eq(&expected).unwrap());
                assert_eq!(object.to_cow().unwrap(), text);
            };
            check(text.into_pyobject(py).unwrap());
            check((&text).into_pyobject(py).unwrap());
            check(text.to_owned().into_pyobject(py).unwrap());
            check((&text.to_owned()).into_pyobject(py).unwrap());
            check(Cow::Borrowed(text).into_pyobject(py).unwrap());
            check(
                Cow::<str>::Owned(text.to_owned())
                    .into_pyobject(py)
                    .unwrap(),
            );
            check((&Cow::Borrowed(text)).into_pyobject(py).unwrap());
            let boxed: Box<str> = Box::from(text);
            check((&boxed).into_pyobject(py).unwrap());
            check(boxed.into_pyobject(py).unwrap());
        }
        let python_len = eval(py, "len");
        let text = "a\u{e9}\u{20ac}\u{1f408}";
        assert_eq!(
            python_len
                .call1((text,))
                .unwrap()
                .extract::<usize>()
                .unwrap(),
            4
        );
        assert_eq!(
            repr(&text.into_pyobject(py).unwrap()),
            "'a\u{e9}\u{20ac}\u{1f408}'"
        );
        assert_eq!(repr(&"\0".into_pyobject(py).unwrap()), r"'\x00'");
    });
}

#[test]
fn python_strings_into_rust() {
    with_py(|py| {
        for text in SAMPLES {
            let object = PyString::new(py, text).into_any();
            assert_eq!(object.extract::<String>().unwrap(), text);
            assert_eq!(object.extract::<Cow<'_, str>>().unwrap(), text);
            assert_eq!(&*object.extract::<Box<str>>().unwrap(), text);
            #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
            assert_eq!(object.extract::<&str>().unwrap(), text);
        }
        // Strings built by Python, of each storage width.
        let object = eval(py, r"'x' + '\xe9' + '\u20ac' + '\U0001F408'");
        assert_eq!(
            object.extract::<String>().unwrap(),
            "x\u{e9}\u{20ac}\u{1f408}"
        );
        // Subclasses of str are accepted.
        let sub = eval(py, "type('S', (str,), {})('sub')");
        assert_eq!(sub.extract::<String>().unwrap(), "sub");
        assert_eq!(&*sub.extract::<Box<str>>().unwrap(), "sub");
    });
}

#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
#[test]
fn str_extraction_borrows_the_utf8_buffer() {
    with_py(|py| {
        for text in SAMPLES {
            let object = PyString::new(py, text).into_any();
            let extracted: &str = object.extract().unwrap();
            let mut size: pyo3::ffi::Py_ssize_t = 0;
            // SAFETY: attached; the object is a `str`.
            let buffer = unsafe { pyo3::ffi::PyUnicode_AsUTF8AndSize(object.as_ptr(), &mut size) };
            assert_eq!(extracted.as_ptr(), buffer.cast());
            assert_eq!(extracted.len(), size as usize);
            let cow: Cow<'_, str> = object.extract().unwrap();
            assert!(matches!(cow, Cow::Borrowed(_)));
            assert_eq!(cow.as_ptr(), buffer.cast());
        }
    });
}

#[test]
fn strings_with_lone_surrogates_are_refused() {
    with_py(|py| {
        let object = eval(py, r"'ab\udc80'");
        let message = "UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc80' in \
                       position 2: surrogates not allowed";
        let err = object.extract::<String>().unwrap_err();
        assert!(err.is_instance_of::<PyUnicodeEncodeError>(py));
        assert_eq!(err.to_string(), message);
        let err = object.extract::<Cow<'_, str>>().unwrap_err();
        assert_eq!(err.to_string(), message);
        let err = object.extract::<Box<str>>().unwrap_err();
        assert!(err.is_instance_of::<PyUnicodeEncodeError>(py));
        assert_eq!(err.to_string(), message);
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        {
            let err = object.extract::<&str>().unwrap_err();
            assert!(err.is_instance_of::<PyUnicodeEncodeError>(py));
            assert_eq!(err.to_string(), message);
        }
        let err = eval(py, r"'\ud800'").extract::<char>().unwrap_err();
        assert!(err.is_instance_of::<PyUnicodeEncodeError>(py));
        // ... while the lossy view replaces them.
        let string = object.cast::<PyString>().unwrap();
        assert_eq!(string.to_string_lossy(), "ab\u{fffd}\u{fffd}\u{fffd}");
        assert!(PyErr::take(py).is_none());
    });
}

#[test]
fn non_strings_are_refused() {
    with_py(|py| {
        for (code, type_name) in [("1", "int"), ("b'x'", "bytes"), ("['a']", "list")] {
            let object = eval(py, code);
            let message = format!("TypeError: '{type_name}' object is not an instance of 'str'");
            let err = object.extract::<String>().unwrap_err();
            assert!(err.is_instance_of::<PyTypeError>(py));
            assert_eq!(err.to_string(), message);
            assert_eq!(
                object.extract::<Cow<'_, str>>().unwrap_err().to_string(),
                message
            );
            assert_eq!(object.extract::<char>().unwrap_err().to_string(), message);
            let err = object.extract::<Box<str>>().unwrap_err();
            assert!(err.is_instance_of::<PyTypeError>(py));
            assert_eq!(err.to_string(), message);
            #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
            assert_eq!(object.extract::<&str>().unwrap_err().to_string(), message);
        }
        let err = py.None().bind(py).extract::<String>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: 'None' is not an instance of 'str'"
        );
    });
}

#[test]
fn chars_both_directions() {
    with_py(|py| {
        for c in ['a', '\0', '\u{e9}', '\u{20ac}', '\u{1f408}', char::MAX] {
            let object = c.into_pyobject(py).unwrap();
            assert_eq!(object.code_point_len().unwrap(), 1);
            assert_eq!(object.extract::<char>().unwrap(), c);
            assert_eq!(
                (&c).into_pyobject(py).unwrap().extract::<char>().unwrap(),
                c
            );
            let code_point: u32 = eval(py, "ord")
                .call1((&object,))
                .unwrap()
                .extract()
                .unwrap();
            assert_eq!(code_point, u32::from(c));
        }
        for code in ["''", "'ab'", "'\\U0001F408x'"] {
            let err = eval(py, code).extract::<char>().unwrap_err();
            assert!(err.is_instance_of::<PyValueError>(py));
            assert_eq!(err.to_string(), "ValueError: expected a string of length 1");
        }
    });
}

#[test]
fn string_conversions_keep_reference_counts() {
    with_py(|py| {
        let object = PyString::new(py, "counted \u{1f408}").into_any();
        let surrogate = eval(py, r"'\ud800'");
        let before = (refcount(&object), refcount(&surrogate));
        for _ in 0..100 {
            let _: String = object.extract().unwrap();
            let _: Box<str> = object.extract().unwrap();
            let _ = Box::<str>::from("out").into_pyobject(py).unwrap();
            let _: Cow<'_, str> = object.extract().unwrap();
            #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
            let _: &str = object.extract().unwrap();
            let _: PathBuf = object.extract().unwrap();
            let _: OsString = object.extract().unwrap();
            let _: Cow<'_, Path> = object.extract().unwrap();
            let _: CString = object.extract().unwrap();
            assert!(surrogate.extract::<String>().is_err());
            assert!(surrogate.extract::<Box<str>>().is_err());
            assert!(surrogate.extract::<char>().is_err());
        }
        assert_eq!((refcount(&object), refcount(&surrogate)), before);
    });
}

// --- C strings --------------------------------------------------------------

#[test]
fn c_strings_into_python() {
    with_py(|py| {
        let text = c"C string \xe2\x82\xac";
        let check = |object: Bound<'_, PyString>| assert_eq!(object, "C string \u{20ac}");
        check(text.into_pyobject(py).unwrap());
        check(text.to_owned().into_pyobject(py).unwrap());
        check((&text.to_owned()).into_pyobject(py).unwrap());
        check(Cow::Borrowed(text).into_pyobject(py).unwrap());
        check(
            Cow::<CStr>::Owned(text.to_owned())
                .into_pyobject(py)
                .unwrap(),
        );
        check((&Cow::Borrowed(text)).into_pyobject(py).unwrap());
        assert_eq!(c"".into_pyobject(py).unwrap(), "");

        let err = c"bad \xff byte".into_pyobject(py).unwrap_err();
        assert!(err.is_instance_of::<PyUnicodeDecodeError>(py));
        assert_eq!(
            err.to_string(),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 4: \
             invalid utf-8"
        );
    });
}

#[test]
fn c_strings_from_python() {
    with_py(|py| {
        let object = PyString::new(py, "C string \u{1f408}").into_any();
        let expected = CString::new("C string \u{1f408}").unwrap();
        assert_eq!(object.extract::<CString>().unwrap(), expected);
        assert_eq!(
            &*object.extract::<Cow<'_, CStr>>().unwrap(),
            expected.as_c_str()
        );
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        {
            let borrowed: &CStr = object.extract().unwrap();
            assert_eq!(borrowed, expected.as_c_str());
            let as_str: &str = object.extract().unwrap();
            assert_eq!(borrowed.as_ptr(), as_str.as_ptr().cast());
            assert!(matches!(
                object.extract::<Cow<'_, CStr>>().unwrap(),
                Cow::Borrowed(_)
            ));
        }
        assert_eq!(
            PyString::new(py, "").extract::<CString>().unwrap(),
            CString::default()
        );

        let with_nul = PyString::new(py, "a\0b");
        let err = with_nul.extract::<CString>().unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        {
            let with_nul_bytes: &[u8] = b"a\0b\0";
            assert_eq!(
                err.to_string(),
                format!(
                    "ValueError: {}",
                    CStr::from_bytes_with_nul(with_nul_bytes).unwrap_err()
                )
            );
        }
        #[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
        assert_eq!(
            err.to_string(),
            format!("ValueError: {}", CString::new("a\0b").unwrap_err())
        );
        assert!(with_nul.extract::<Cow<'_, CStr>>().is_err());
        let err = eval(py, "1").extract::<CString>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: 'int' object is not an instance of 'str'"
        );
        assert!(
            eval(py, r"'\ud800'")
                .extract::<CString>()
                .unwrap_err()
                .is_instance_of::<PyUnicodeEncodeError>(py)
        );
    });
}

// --- OS strings ---------------------------------------------------------------

#[test]
fn os_strings_round_trip() {
    with_py(|py| {
        for text in SAMPLES {
            let os = OsStr::new(text);
            let check = |object: Bound<'_, PyString>| assert_eq!(object, text);
            check(os.into_pyobject(py).unwrap());
            check((&os).into_pyobject(py).unwrap());
            check(os.to_owned().into_pyobject(py).unwrap());
            check((&os.to_owned()).into_pyobject(py).unwrap());
            check(Cow::Borrowed(os).into_pyobject(py).unwrap());
            check((&Cow::Borrowed(os)).into_pyobject(py).unwrap());
            check(
                Cow::<OsStr>::Owned(os.to_owned())
                    .into_pyobject(py)
                    .unwrap(),
            );

            let object = PyString::new(py, text);
            assert_eq!(object.extract::<OsString>().unwrap(), os);
            let cow: Cow<'_, OsStr> = object.extract().unwrap();
            assert_eq!(cow, os);
            #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
            assert!(matches!(cow, Cow::Borrowed(_)));
        }
    });
}

#[cfg(unix)]
#[test]
fn os_strings_use_surrogateescape_on_unix() {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};

    with_py(|py| {
        let fs_encoding: String = py
            .import("sys")
            .unwrap()
            .call_method0("getfilesystemencoding")
            .unwrap()
            .extract()
            .unwrap();
        assert_eq!(fs_encoding, "utf-8");

        // Bytes that are not UTF-8 become escaped surrogates, as os.fsdecode
        // gives, and come back unchanged.
        let raw = OsStr::from_bytes(b"file\xff\xfe.txt");
        let object = raw.into_pyobject(py).unwrap();
        let fsdecoded = py
            .import("os")
            .unwrap()
            .call_method1("fsdecode", (PyBytes::new(py, raw.as_bytes()),))
            .unwrap();
        assert!(object.as_any().eq(&fsdecoded).unwrap());
        assert_eq!(repr(object.as_any()), r"'file\udcff\udcfe.txt'");
        assert_eq!(object.extract::<OsString>().unwrap(), raw);
        let cow: Cow<'_, OsStr> = object.extract().unwrap();
        assert!(matches!(cow, Cow::Owned(_)));
        assert_eq!(cow, raw);
        assert_eq!(
            OsString::from_vec(b"\x80".to_vec())
                .into_pyobject(py)
                .unwrap()
                .extract::<OsString>()
                .unwrap()
                .into_vec(),
            b"\x80"
        );
        // The lossy view of an escaped string replaces the surrogates.
        assert_eq!(
            object.to_string_lossy(),
            "file\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}.txt"
        );
        assert!(object.extract::<String>().is_err());

        // Surrogates that surrogateescape cannot map back are refused.
        let err = eval(py, r"'\ud800'").extract::<OsString>().unwrap_err();
        assert!(err.is_instance_of::<PyUnicodeEncodeError>(py));
        assert_eq!(
            err.to_string(),
            "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position \
             0: surrogates not allowed"
        );
        assert!(eval(py, r"'\ud800'").extract::<Cow<'_, OsStr>>().is_err());

        let err = PyBytes::new(py, b"bytes")
            .extract::<OsString>()
            .unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: 'bytes' object is not an instance of 'str'"
        );
    });
}

// --- paths ----------------------------------------------------------------------

#[test]
fn paths_into_python_are_pathlib_paths() {
    with_py(|py| {
        let pathlib_path = py.import("pathlib").unwrap().getattr("Path").unwrap();
        let path = Path::new("/tmp/some dir/caf\u{e9} \u{1f408}.txt");
        let check = |object: Bound<'_, PyAny>| {
            assert!(object.is_instance(&pathlib_path).unwrap());
            assert_eq!(
                object.str().unwrap(),
                "/tmp/some dir/caf\u{e9} \u{1f408}.txt"
            );
            assert_eq!(
                object.getattr("name").unwrap().to_string(),
                "caf\u{e9} \u{1f408}.txt"
            );
        };
        check(path.into_pyobject(py).unwrap());
        check((&path).into_pyobject(py).unwrap());
        check(path.to_path_buf().into_pyobject(py).unwrap());
        check((&path.to_path_buf()).into_pyobject(py).unwrap());
        check(Cow::Borrowed(path).into_pyobject(py).unwrap());
        check((&Cow::Borrowed(path)).into_pyobject(py).unwrap());
        check(
            Cow::<Path>::Owned(path.to_path_buf())
                .into_pyobject(py)
                .unwrap(),
        );

        let relative = PathBuf::from("relative/x").into_pyobject(py).unwrap();
        assert_eq!(relative.str().unwrap(), "relative/x");
        let empty = PathBuf::new().into_pyobject(py).unwrap();
        assert_eq!(empty.str().unwrap(), ".");
    });
}

#[test]
fn paths_from_python() {
    with_py(|py| {
        let expected = PathBuf::from("/tmp/caf\u{e9}/\u{1f408}");
        let sources = [
            "'/tmp/caf\\xe9/\\U0001F408'",
            "__import__('pathlib').Path('/tmp/caf\\xe9/\\U0001F408')",
            "__import__('pathlib').PurePosixPath('/tmp/caf\\xe9/\\U0001F408')",
            "type('P', (), {'__fspath__': lambda self: '/tmp/caf\\xe9/\\U0001F408'})()",
        ];
        for code in sources {
            let object = eval(py, code);
            assert_eq!(object.extract::<PathBuf>().unwrap(), expected, "{code}");
            let cow: Cow<'_, Path> = object.extract().unwrap();
            assert_eq!(cow, expected.as_path());
        }
        // A str is borrowed, a path object converted.
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        {
            let object = eval(py, sources[0]);
            assert!(matches!(
                object.extract::<Cow<'_, Path>>().unwrap(),
                Cow::Borrowed(_)
            ));
        }
        let object = eval(py, sources[1]);
        assert!(matches!(
            object.extract::<Cow<'_, Path>>().unwrap(),
            Cow::Owned(_)
        ));

        // Round trip through pathlib.
        let back = expected.clone().into_pyobject(py).unwrap();
        assert_eq!(back.extract::<PathBuf>().unwrap(), expected);

        let err = eval(py, "42").extract::<PathBuf>().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: expected str, bytes or os.PathLike object, not int"
        );
        let err = eval(py, "42").extract::<Cow<'_, Path>>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: expected str, bytes or os.PathLike object, not int"
        );
        // `__fspath__` returning something else.
        let err = eval(py, "type('P', (), {'__fspath__': lambda self: 1})()")
            .extract::<PathBuf>()
            .unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: expected P.__fspath__() to return str or bytes, not int"
        );
        // Exceptions from `__fspath__` propagate.
        let err = eval(py, "type('P', (), {'__fspath__': lambda self: 1 / 0})()")
            .extract::<PathBuf>()
            .unwrap_err();
        assert!(err.is_instance_of::<pyo3::exceptions::PyZeroDivisionError>(py));
        // bytes paths are refused, as OsString extraction only takes str.
        let err = eval(py, "b'/tmp'").extract::<PathBuf>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: 'bytes' object is not an instance of 'str'"
        );
    });
}

#[cfg(unix)]
#[test]
fn non_utf8_paths_round_trip_on_unix() {
    use std::os::unix::ffi::OsStrExt;

    with_py(|py| {
        let path = Path::new(OsStr::from_bytes(b"/tmp/\xff\xfe"));
        let object = path.into_pyobject(py).unwrap();
        assert_eq!(
            repr(&object.str().unwrap().into_any()),
            r"'/tmp/\udcff\udcfe'"
        );
        assert_eq!(object.extract::<PathBuf>().unwrap(), path);
        let cow: Cow<'_, Path> = object.extract().unwrap();
        assert_eq!(cow, path);
    });
}

#[test]
fn path_conversions_keep_reference_counts() {
    with_py(|py| {
        let path_object = eval(py, "__import__('pathlib').Path('/tmp/x')");
        let fspath = eval(py, "type('P', (), {'__fspath__': lambda self: '/tmp/y'})()");
        let before = (refcount(&path_object), refcount(&fspath));
        for _ in 0..100 {
            let _: PathBuf = path_object.extract().unwrap();
            let _: Cow<'_, Path> = path_object.extract().unwrap();
            let _: PathBuf = fspath.extract().unwrap();
            let _ = Path::new("/tmp/z").into_pyobject(py).unwrap();
        }
        assert_eq!((refcount(&path_object), refcount(&fspath)), before);
    });
}

// --- byte slices ----------------------------------------------------------------

#[test]
fn byte_slices_from_bytes_are_borrowed() {
    with_py(|py| {
        for content in [&b""[..], b"Hello Python", b"\0\xff\0", &[7u8; 4096]] {
            let bytes = PyBytes::new(py, content);
            let slice: &[u8] = bytes.extract().unwrap();
            assert_eq!(slice, content);
            assert_eq!(slice.as_ptr(), bytes.as_bytes().as_ptr());
            let cow: Cow<'_, [u8]> = bytes.extract().unwrap();
            assert!(matches!(cow, Cow::Borrowed(_)));
            assert_eq!(cow.as_ptr(), bytes.as_bytes().as_ptr());
            assert_eq!(&*cow, content);
        }
    });
}

#[test]
fn byte_slice_extraction_refusals() {
    with_py(|py| {
        let array = PyByteArray::new(py, b"array");
        let err = array.extract::<&[u8]>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "'bytearray' object is not an instance of 'bytes'"
        );
        let err: PyErr = eval(py, "'text'").extract::<&[u8]>().unwrap_err().into();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: 'str' object is not an instance of 'bytes'"
        );
    });
}

#[test]
fn cow_bytes_from_other_objects_are_copied() {
    with_py(|py| {
        let array = PyByteArray::new(py, b"foo\0bar");
        let cow: Cow<'_, [u8]> = array.extract().unwrap();
        assert!(matches!(cow, Cow::Owned(_)));
        assert_eq!(&*cow, b"foo\0bar");
        let list = eval(py, "[1, 2, 255]");
        let cow: Cow<'_, [u8]> = list.extract().unwrap();
        assert_eq!(cow, Cow::<[u8]>::Owned(vec![1, 2, 255]));
        let tuple = eval(py, "()");
        let cow: Cow<'_, [u8]> = tuple.extract().unwrap();
        assert!(cow.is_empty());

        let err = eval(py, "'text'").extract::<Cow<'_, [u8]>>().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(err.to_string(), "TypeError: Can't extract `str` to `Vec`");
        let err = eval(py, "42").extract::<Cow<'_, [u8]>>().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: 'int' object is not an instance of 'Sequence'"
        );
        let err = eval(py, "[1, 256]").extract::<Cow<'_, [u8]>>().unwrap_err();
        assert!(err.is_instance_of::<PyOverflowError>(py));
        let err = eval(py, "[1, 'x']").extract::<Cow<'_, [u8]>>().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
    });
}

#[test]
fn cow_slices_into_python() {
    with_py(|py| {
        let object = Cow::<[u8]>::Borrowed(b"foobar").into_pyobject(py).unwrap();
        assert!(object.is_exact_instance_of::<PyBytes>());
        assert_eq!(object.cast::<PyBytes>().unwrap().as_bytes(), b"foobar");
        let object = Cow::<[u8]>::Owned(b"\0\xff".to_vec())
            .into_pyobject(py)
            .unwrap();
        assert_eq!(object.cast::<PyBytes>().unwrap().as_bytes(), b"\0\xff");
        let object = Cow::<[u8]>::Borrowed(b"").into_pyobject(py).unwrap();
        assert_eq!(object.cast::<PyBytes>().unwrap().as_bytes(), b"");

        let numbers: Cow<'_, [i32]> = Cow::Borrowed(&[1, 2, 3]);
        let object = numbers.into_pyobject(py).unwrap();
        assert_eq!(object.to_string(), "[1, 2, 3]");
        let words: Cow<'_, [&str]> = Cow::Owned(vec!["a", "\u{1f408}"]);
        assert_eq!(
            words.into_pyobject(py).unwrap().to_string(),
            "['a', '\u{1f408}']"
        );
        let empty: Cow<'_, [u16]> = Cow::Borrowed(&[]);
        assert_eq!(empty.into_pyobject(py).unwrap().to_string(), "[]");
    });
}
