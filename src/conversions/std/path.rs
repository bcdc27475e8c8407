//! `Path` / `PathBuf` <-> Python paths.
//!
//! Rust paths become `pathlib.Path` objects. Extraction accepts `str` and
//! any `os.PathLike` whose `__fspath__` returns a `str` (through
//! `os.fspath`), then converts as `OsString`.

use std::borrow::Cow;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::PyErr;
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::types::{PyAny, PyAnyMethods, PyType};

impl FromPyObject<'_, '_> for PathBuf {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_union!(
        <OsString as FromPyObject<'_, '_>>::INPUT_TYPE,
        crate::type_hint_subscript!(
            crate::type_hint_identifier!("os", "PathLike"),
            <OsString as FromPyObject<'_, '_>>::INPUT_TYPE
        )
    );

    fn extract(ob: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        // SAFETY: attached; `PyOS_FSPath` returns a new reference to the
        // `str` / `bytes` path, or null with TypeError for other objects.
        let path = unsafe { Bound::from_owned_ptr_or_err(ob.py(), ffi::PyOS_FSPath(ob.as_ptr()))? };
        Ok(PathBuf::from(path.extract::<OsString>()?))
    }
}

impl<'py> IntoPyObject<'py> for &Path {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("pathlib", "Path");

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        static PATHLIB_PATH: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        PATHLIB_PATH
            .import(py, "pathlib", "Path")?
            .call1((self.as_os_str(),))
    }
}

impl<'py> IntoPyObject<'py> for &&Path {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&Path>::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

impl<'py> IntoPyObject<'py> for Cow<'_, Path> {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&Path>::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

impl<'py> IntoPyObject<'py> for &Cow<'_, Path> {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&Path>::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (**self).into_pyobject(py)
    }
}

/// Borrows a `str`'s UTF-8 buffer (where the API allows), else extracts a
/// `PathBuf`.
impl<'a> FromPyObject<'a, '_> for Cow<'a, Path> {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = <PathBuf as FromPyObject<'_, '_>>::INPUT_TYPE;

    fn extract(obj: Borrowed<'a, '_, PyAny>) -> Result<Self, Self::Error> {
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        if let Ok(text) = obj.extract::<&str>() {
            return Ok(Cow::Borrowed(Path::new(text)));
        }
        obj.extract::<PathBuf>().map(Cow::Owned)
    }
}

impl<'py> IntoPyObject<'py> for PathBuf {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&Path>::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        self.as_path().into_pyobject(py)
    }
}

impl<'py> IntoPyObject<'py> for &PathBuf {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&Path>::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        self.as_path().into_pyobject(py)
    }
}
