//! Conversions of [chrono-tz](https://docs.rs/chrono-tz/) 0.10's `Tz` to and
//! from `zoneinfo.ZoneInfo` (feature `chrono-tz`), matched by IANA name
//! (`Tz::Europe__Paris` <-> `ZoneInfo("Europe/Paris")`).
//!
//! Python's `zoneinfo` reads the system's time zone database (or the
//! `tzdata` package): a zone chrono-tz knows but the system does not raises
//! `zoneinfo.ZoneInfoNotFoundError`.

use std::borrow::Cow;
use std::str::FromStr;

use ::chrono_tz::Tz;

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::PyErr;
use crate::exceptions::PyValueError;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::types::{PyAny, PyAnyMethods, PyTzInfo};

/// `zoneinfo.ZoneInfo(name)`.
impl<'py> IntoPyObject<'py> for Tz {
    type Target = PyTzInfo;
    type Output = Bound<'py, PyTzInfo>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("zoneinfo", "ZoneInfo");

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        PyTzInfo::timezone(py, self.name())
    }
}

/// As for `Tz`.
impl<'py> IntoPyObject<'py> for &Tz {
    type Target = PyTzInfo;
    type Output = Bound<'py, PyTzInfo>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = Tz::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

/// From any object whose `key` is the IANA name of a zone chrono-tz knows
/// (a `zoneinfo.ZoneInfo` made from a name); `ValueError` for an unknown
/// name.
impl FromPyObject<'_, '_> for Tz {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("zoneinfo", "ZoneInfo");

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let key = obj.getattr(crate::intern!(obj.py(), "key"))?;
        let name = key.extract::<Cow<'_, str>>()?;
        Tz::from_str(&name).map_err(|err| PyValueError::new_err(err.to_string()))
    }
}
