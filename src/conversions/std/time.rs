//! `Duration` <-> `datetime.timedelta` and `SystemTime` <-> timezone-aware
//! `datetime.datetime` (UTC).
//!
//! A `timedelta` has microsecond resolution: converting a `Duration` drops
//! its sub-microsecond part. Negative `timedelta`s (and datetimes before the
//! Unix epoch) are refused with `ValueError`; a `Duration` of more than
//! 999 999 999 days raises `OverflowError`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::{PyOverflowError, PyValueError};
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyAnyMethods, PyDateTime, PyDelta, PyDeltaAccess, PyTzInfo};

const SECONDS_PER_DAY: u64 = 24 * 60 * 60;

/// Refusal of negative `timedelta`s, as PyO3 words it.
fn negative_delta() -> PyErr {
    PyValueError::new_err("It is not possible to convert a negative timedelta to a Rust Duration")
}

impl FromPyObject<'_, '_> for Duration {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDelta::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let delta = obj.cast::<PyDelta>()?;
        // A `timedelta` is normalised: only `days` can be negative, and
        // 0 <= seconds < 86400, 0 <= microseconds < 1000000.
        let days = u64::try_from(delta.get_days()).map_err(|_| negative_delta())?;
        let seconds = u64::try_from(delta.get_seconds()).map_err(|_| negative_delta())?;
        let microseconds = u32::try_from(delta.get_microseconds()).map_err(|_| negative_delta())?;
        Ok(Duration::new(
            days * SECONDS_PER_DAY + seconds,
            microseconds * 1_000,
        ))
    }
}

impl<'py> IntoPyObject<'py> for Duration {
    type Target = PyDelta;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDelta::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        // `timedelta` takes the day count as a C int: a larger one fails as
        // the integer conversion (`ValueError`).
        let days = i32::try_from(self.as_secs() / SECONDS_PER_DAY)?;
        // Both are in range, so nothing needs normalising.
        let seconds = (self.as_secs() % SECONDS_PER_DAY) as i32;
        let microseconds = self.subsec_micros() as i32;
        PyDelta::new(py, days, seconds, microseconds, false)
    }
}

impl<'py> IntoPyObject<'py> for &Duration {
    type Target = PyDelta;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = Duration::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

/// `datetime(1970, 1, 1, tzinfo=timezone.utc)`, made once.
fn unix_epoch(py: Python<'_>) -> PyResult<&Bound<'_, PyDateTime>> {
    static UNIX_EPOCH_PY: PyOnceLock<Py<PyDateTime>> = PyOnceLock::new();
    UNIX_EPOCH_PY
        .get_or_try_init(py, || {
            let utc = PyTzInfo::utc(py)?.to_owned();
            PyDateTime::new(py, 1970, 1, 1, 0, 0, 0, 0, Some(&utc)).map(Bound::unbind)
        })
        .map(|epoch| epoch.bind(py))
}

/// Accepts what can be subtracted from a timezone-aware `datetime` to give
/// a `timedelta` (aware datetimes): `obj - datetime(1970, 1, 1, tzinfo=utc)`.
/// Naive datetimes are refused (`TypeError`), times before the epoch too
/// (`ValueError`).
impl FromPyObject<'_, '_> for SystemTime {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

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
    type Target = PyDateTime;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let since_epoch = self
            .duration_since(UNIX_EPOCH)
            .expect("a SystemTime before the Unix epoch cannot be converted to a datetime")
            .into_pyobject(py)?;
        Ok(unix_epoch(py)?.add(since_epoch)?.cast_into()?)
    }
}

impl<'py> IntoPyObject<'py> for &SystemTime {
    type Target = PyDateTime;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = SystemTime::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}
