//! `Duration` <-> `datetime.timedelta` and `SystemTime` <-> timezone-aware
//! `datetime.datetime` (UTC).
//!
//! A `timedelta` has microsecond resolution: converting a `Duration` drops
//! its sub-microsecond part. Negative `timedelta`s (and datetimes before the
//! Unix epoch) are refused with `ValueError`; a `Duration` of more than
//! 999 999 999 days raises `OverflowError`. Off the stable ABI the datetime
//! C API is used; under it, the `datetime` module's Python API.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::{PyOverflowError, PyValueError};
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::types::{PyAny, PyAnyMethods};

const SECONDS_PER_DAY: u64 = 24 * 60 * 60;

/// Refusal of negative `timedelta`s, as PyO3 words it.
fn negative_delta() -> PyErr {
    PyValueError::new_err("It is not possible to convert a negative timedelta to a Rust Duration")
}

/// The datetime C API: the table (imported once) and the `timedelta`
/// accessors and constructor.
#[cfg(not(Py_LIMITED_API))]
mod api {
    use super::*;
    use crate::err::CastError;
    use crate::ffi;
    use crate::types::PyType;

    /// The C API table of the `datetime` module.
    fn capi(py: Python<'_>) -> PyResult<&'static ffi::PyDateTime_CAPI> {
        // SAFETY: attached; the import stores the table (which lives as long
        // as the process) or leaves an exception set.
        unsafe {
            ffi::PyDateTime_IMPORT();
            ffi::PyDateTimeAPI()
                .as_ref()
                .ok_or_else(|| PyErr::fetch(py))
        }
    }

    /// `(days, seconds, microseconds)` of a `timedelta`; `TypeError` for
    /// other objects.
    pub(super) fn delta_parts(obj: Borrowed<'_, '_, PyAny>) -> PyResult<(i32, i32, i32)> {
        let py = obj.py();
        let capi = capi(py)?;
        // SAFETY: attached; the table is loaded; the object is alive.
        if unsafe { ffi::PyDelta_Check(obj.as_ptr()) } == 0 {
            // SAFETY: the type object lives as long as the module.
            let class = unsafe { PyType::from_borrowed_type_ptr(py, capi.DeltaType) };
            return Err(CastError::new(obj, class.into_any()).into());
        }
        // SAFETY: the object is a `timedelta`; the fields are read in place.
        unsafe {
            Ok((
                ffi::PyDateTime_DELTA_GET_DAYS(obj.as_ptr()),
                ffi::PyDateTime_DELTA_GET_SECONDS(obj.as_ptr()),
                ffi::PyDateTime_DELTA_GET_MICROSECONDS(obj.as_ptr()),
            ))
        }
    }

    /// `timedelta(days, seconds, microseconds)`; `OverflowError` beyond
    /// 999 999 999 days.
    pub(super) fn new_delta(
        py: Python<'_>,
        days: i32,
        seconds: i32,
        microseconds: i32,
    ) -> PyResult<Bound<'_, PyAny>> {
        capi(py)?;
        // SAFETY: attached; the table is loaded; returns a new `timedelta`
        // or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(py, ffi::PyDelta_FromDSU(days, seconds, microseconds))
        }
    }

    /// `datetime(1970, 1, 1, tzinfo=timezone.utc)`.
    pub(super) fn new_unix_epoch(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        let capi = capi(py)?;
        // SAFETY: attached; the constructor comes from the loaded table; the
        // arguments form a valid date; returns a new `datetime` or null with
        // an error.
        unsafe {
            Bound::from_owned_ptr_or_err(
                py,
                (capi.DateTime_FromDateAndTime)(
                    1970,
                    1,
                    1,
                    0,
                    0,
                    0,
                    0,
                    capi.TimeZone_UTC,
                    capi.DateTimeType,
                ),
            )
        }
    }
}

/// The `datetime` module's Python API, for the stable ABI.
#[cfg(Py_LIMITED_API)]
mod api {
    use super::*;
    use crate::err::CastError;
    use crate::types::PyType;

    /// The `datetime.timedelta` class.
    fn timedelta(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
        static TIMEDELTA: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        TIMEDELTA.import(py, "datetime", "timedelta")
    }

    /// `(days, seconds, microseconds)` of a `timedelta`; `TypeError` for
    /// other objects.
    pub(super) fn delta_parts(obj: Borrowed<'_, '_, PyAny>) -> PyResult<(i32, i32, i32)> {
        let py = obj.py();
        let class = timedelta(py)?;
        if !obj.is_instance(class)? {
            return Err(CastError::new(obj, class.clone().into_any()).into());
        }
        Ok((
            obj.getattr(crate::intern!(py, "days"))?.extract()?,
            obj.getattr(crate::intern!(py, "seconds"))?.extract()?,
            obj.getattr(crate::intern!(py, "microseconds"))?.extract()?,
        ))
    }

    /// `timedelta(days, seconds, microseconds)`; `OverflowError` beyond
    /// 999 999 999 days.
    pub(super) fn new_delta(
        py: Python<'_>,
        days: i32,
        seconds: i32,
        microseconds: i32,
    ) -> PyResult<Bound<'_, PyAny>> {
        timedelta(py)?.call1((days, seconds, microseconds))
    }

    /// `datetime(1970, 1, 1, tzinfo=timezone.utc)`.
    pub(super) fn new_unix_epoch(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        let datetime = py.import("datetime")?;
        let utc = datetime.getattr("timezone")?.getattr("utc")?;
        datetime
            .getattr("datetime")?
            .call1((1970, 1, 1, 0, 0, 0, 0, utc))
    }
}

impl FromPyObject<'_, '_> for Duration {
    type Error = PyErr;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let (days, seconds, microseconds) = api::delta_parts(obj)?;
        // A `timedelta` is normalised: only `days` can be negative, and
        // 0 <= seconds < 86400, 0 <= microseconds < 1000000.
        let days = u64::try_from(days).map_err(|_| negative_delta())?;
        let seconds = u64::try_from(seconds).map_err(|_| negative_delta())?;
        let microseconds = u32::try_from(microseconds).map_err(|_| negative_delta())?;
        Ok(Duration::new(
            days * SECONDS_PER_DAY + seconds,
            microseconds * 1_000,
        ))
    }
}

impl<'py> IntoPyObject<'py> for Duration {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let days = self.as_secs() / SECONDS_PER_DAY;
        // `timedelta` takes the day count as a C int; PyO3 reports a larger
        // one as the failed integer conversion (a `ValueError`).
        let days = i32::try_from(days).map_err(|err| PyValueError::new_err(err.to_string()))?;
        let seconds = (self.as_secs() % SECONDS_PER_DAY) as i32;
        let microseconds = self.subsec_micros() as i32;
        api::new_delta(py, days, seconds, microseconds)
    }
}

impl<'py> IntoPyObject<'py> for &Duration {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

/// `datetime(1970, 1, 1, tzinfo=timezone.utc)`, made once.
fn unix_epoch(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    static UNIX_EPOCH_PY: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    UNIX_EPOCH_PY
        .get_or_try_init(py, || api::new_unix_epoch(py).map(Bound::unbind))
        .map(|epoch| epoch.bind(py))
}

/// Accepts what can be subtracted from a timezone-aware `datetime` to give
/// a `timedelta` (aware datetimes): `obj - datetime(1970, 1, 1, tzinfo=utc)`.
/// Naive datetimes are refused (`TypeError`), times before the epoch too
/// (`ValueError`).
impl FromPyObject<'_, '_> for SystemTime {
    type Error = PyErr;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let since_epoch = obj.sub(unix_epoch(obj.py())?)?.extract::<Duration>()?;
        UNIX_EPOCH.checked_add(since_epoch).ok_or_else(|| {
            PyOverflowError::new_err("Overflow error when converting the time to Rust")
        })
    }
}

/// A timezone-aware `datetime` in UTC; `OverflowError` after year 9999.
///
/// # Panics
///
/// For times before the Unix epoch, as PyO3 does.
impl<'py> IntoPyObject<'py> for SystemTime {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let since_epoch = self
            .duration_since(UNIX_EPOCH)
            .expect("a SystemTime before the Unix epoch cannot be converted to a datetime")
            .into_pyobject(py)?;
        unix_epoch(py)?.add(since_epoch)
    }
}

impl<'py> IntoPyObject<'py> for &SystemTime {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}
