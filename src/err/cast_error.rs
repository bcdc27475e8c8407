//! The errors of `cast` (`isinstance` checks that failed).

use std::borrow::Cow;
use std::fmt;

use crate::IntoPyObjectExt;
use crate::err::{PyErr, PyErrArguments};
use crate::exceptions::PyTypeError;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::types::{PyAny, PyAnyMethods, PyTuple, PyTupleMethods, PyType, PyTypeMethods};

/// `obj.cast::<T>()` failed: `obj` is not an instance of `T`. Converts into
/// `TypeError: 'int' object is not an instance of 'str'`.
#[derive(Debug)]
pub struct CastError<'a, 'py> {
    from: Borrowed<'a, 'py, PyAny>,
    classinfo: Bound<'py, PyAny>,
}

impl<'a, 'py> CastError<'a, 'py> {
    /// An error saying `from` is not an instance of `classinfo` (a type, a
    /// tuple of types, or `None`).
    pub fn new(from: Borrowed<'a, 'py, PyAny>, classinfo: Bound<'py, PyAny>) -> Self {
        CastError { from, classinfo }
    }
}

/// `obj.cast_into::<T>()` failed; the object is given back by
/// [`CastIntoError::into_inner`].
#[derive(Debug)]
pub struct CastIntoError<'py> {
    from: Bound<'py, PyAny>,
    classinfo: Bound<'py, PyAny>,
}

impl<'py> CastIntoError<'py> {
    /// An error saying `from` is not an instance of `classinfo`.
    pub fn new(from: Bound<'py, PyAny>, classinfo: Bound<'py, PyAny>) -> Self {
        CastIntoError { from, classinfo }
    }

    /// The object that failed the check.
    pub fn into_inner(self) -> Bound<'py, PyAny> {
        self.from
    }
}

/// Old name of [`CastError`].
#[deprecated(since = "0.27.0", note = "use `CastError` instead")]
pub type DowncastError<'a, 'py> = CastError<'a, 'py>;

/// Old name of [`CastIntoError`].
#[deprecated(since = "0.27.0", note = "use `CastIntoError` instead")]
pub type DowncastIntoError<'py> = CastIntoError<'py>;

/// What a cast error needs to build its message later, with no lifetimes.
struct CastErrorArguments {
    from: Py<PyType>,
    from_is_none: bool,
    classinfo: Py<PyAny>,
}

impl CastErrorArguments {
    fn new(from: &Bound<'_, PyAny>, classinfo: &Bound<'_, PyAny>) -> Self {
        CastErrorArguments {
            from: from.get_type().unbind(),
            from_is_none: from.is_none(),
            classinfo: classinfo.clone().unbind(),
        }
    }
}

impl PyErrArguments for CastErrorArguments {
    fn arguments(self, py: Python<'_>) -> Py<PyAny> {
        let message = cast_message(
            self.from.bind(py),
            self.from_is_none,
            self.classinfo.bind(py),
        );
        message
            .into_py_any(py)
            .expect("failed to create a Python string")
    }
}

impl From<CastError<'_, '_>> for PyErr {
    fn from(err: CastError<'_, '_>) -> PyErr {
        PyErr::new::<PyTypeError, _>(CastErrorArguments::new(&err.from, &err.classinfo))
    }
}

impl From<CastIntoError<'_>> for PyErr {
    fn from(err: CastIntoError<'_>) -> PyErr {
        PyErr::new::<PyTypeError, _>(CastErrorArguments::new(&err.from, &err.classinfo))
    }
}

impl std::error::Error for CastError<'_, '_> {}
impl std::error::Error for CastIntoError<'_> {}

impl fmt::Display for CastError<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&cast_message(
            &self.from.get_type(),
            self.from.is_none(),
            &self.classinfo,
        ))
    }
}

impl fmt::Display for CastIntoError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&cast_message(
            &self.from.get_type(),
            self.from.is_none(),
            &self.classinfo,
        ))
    }
}

/// `'int' object is not an instance of 'str'` (or `'None' is not ...`).
fn cast_message(
    from: &Bound<'_, PyType>,
    from_is_none: bool,
    classinfo: &Bound<'_, PyAny>,
) -> String {
    let to = classinfo_name(classinfo);
    if from_is_none {
        format!("'None' is not an instance of '{to}'")
    } else {
        let from = type_name(from);
        format!("'{from}' object is not an instance of '{to}'")
    }
}

fn type_name<'a>(ty: &Bound<'_, PyType>) -> Cow<'a, str> {
    ty.qualname()
        .map(|name| Cow::Owned(name.to_string()))
        .unwrap_or(Cow::Borrowed("<failed to extract type name>"))
}

/// `str`, `str | None` for a tuple `(str, NoneType)`, ...
fn classinfo_name(classinfo: &Bound<'_, PyAny>) -> String {
    if classinfo.is_none() {
        return "None".to_string();
    }
    if let Ok(ty) = classinfo.cast::<PyType>() {
        if ty.is(classinfo.py().None().bind(classinfo.py()).get_type()) {
            return "None".to_string();
        }
        return type_name(ty).into_owned();
    }
    if let Ok(tuple) = classinfo.cast::<PyTuple>() {
        return tuple
            .iter()
            .map(|item| classinfo_name(&item))
            .collect::<Vec<_>>()
            .join(" | ");
    }
    classinfo
        .str()
        .map(|s| s.to_string())
        .unwrap_or_else(|_| "<unknown>".to_string())
}
