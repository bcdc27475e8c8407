//! Conversions of [`time`](https://docs.rs/time/0.3) 0.3 types (feature
//! `time`, for `time` 0.3.38 and later).
//!
//! | Rust (`time`)       | Python                                               |
//! |---------------------|------------------------------------------------------|
//! | `Date`              | `datetime.date`                                      |
//! | `Time`              | `datetime.time` (naive; a `tzinfo` is ignored when extracting) |
//! | `PrimitiveDateTime` | naive `datetime.datetime`                            |
//! | `OffsetDateTime`    | `datetime.datetime` with a fixed-offset `tzinfo`     |
//! | `UtcDateTime`       | `datetime.datetime` with `tzinfo=datetime.timezone.utc` |
//! | `UtcOffset`         | `datetime.timezone` (any fixed-offset `tzinfo` when extracting) |
//! | `Duration`          | `datetime.timedelta`                                 |
//!
//! Python keeps microseconds: converting to Python drops the nanoseconds
//! below them (towards zero). Python's range is smaller than `time`'s
//! (years 1 to 9999, `timedelta` up to 999999999 days, offsets under 24
//! hours): values outside it are refused by Python's constructors
//! (`ValueError`, or `OverflowError` for `timedelta`s).

use time::{
    Date, Duration, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcDateTime, UtcOffset,
};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::{PyOverflowError, PyTypeError, PyValueError};
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{
    PyAny, PyAnyMethods, PyDate, PyDateAccess, PyDateTime, PyDelta, PyDeltaAccess, PyNone, PyTime,
    PyTimeAccess, PyTzInfo, PyTzInfoAccess,
};

const SECONDS_PER_DAY: i64 = 24 * 60 * 60;

/// Implements `IntoPyObject` for `&$ty` by copying the value.
macro_rules! into_pyobject_by_copy {
    ($ty:ty => $target:ty) => {
        impl<'py> IntoPyObject<'py> for &$ty {
            type Target = $target;
            type Output = Bound<'py, Self::Target>;
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = <$ty as IntoPyObject<'py>>::OUTPUT_TYPE;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                (*self).into_pyobject(py)
            }
        }
    };
}

// ---------------------------------------------------------------------------
// Field helpers
// ---------------------------------------------------------------------------

/// The date of a `date` (or `datetime`). Every Python date is a valid
/// `time` date (years 1 to 9999); the checks only guard the assumption.
fn date_from_py(date: &impl PyDateAccess) -> PyResult<Date> {
    let month = Month::try_from(date.get_month())
        .map_err(|_| PyValueError::new_err("invalid month value"))?;
    Date::from_calendar_date(date.get_year(), month, date.get_day())
        .map_err(|_| PyValueError::new_err("invalid or out-of-range date"))
}

/// The time of a `time` (or `datetime`); the `tzinfo` is not read.
fn time_from_py(time: &impl PyTimeAccess) -> PyResult<Time> {
    Time::from_hms_micro(
        time.get_hour(),
        time.get_minute(),
        time.get_second(),
        time.get_microsecond(),
    )
    .map_err(|_| PyValueError::new_err("invalid or out-of-range time"))
}

/// A `datetime` of a date and time with `tzinfo` (microseconds truncated).
fn new_py_datetime<'py>(
    py: Python<'py>,
    date: Date,
    time: Time,
    tzinfo: Option<&Bound<'py, PyTzInfo>>,
) -> PyResult<Bound<'py, PyDateTime>> {
    PyDateTime::new(
        py,
        date.year(),
        u8::from(date.month()),
        date.day(),
        time.hour(),
        time.minute(),
        time.second(),
        time.microsecond(),
        tzinfo,
    )
}

/// The `tzinfo` of an aware `datetime`; `TypeError` for a naive one.
fn required_tzinfo<'py>(datetime: &Bound<'py, PyDateTime>) -> PyResult<Bound<'py, PyTzInfo>> {
    datetime
        .get_tzinfo()
        .ok_or_else(|| PyTypeError::new_err("expected a datetime with non-None tzinfo"))
}

// ---------------------------------------------------------------------------
// Duration <-> datetime.timedelta
// ---------------------------------------------------------------------------

/// More days than an `i32` holds raise `OverflowError: duration out of
/// range for Python timedelta`, more than 999999999 `timedelta`'s own
/// `OverflowError`.
impl<'py> IntoPyObject<'py> for Duration {
    type Target = PyDelta;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDelta::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let seconds = self.whole_seconds();
        // Days rounded down, seconds in 0..86400; the microseconds keep the
        // duration's sign (truncated towards zero) and `timedelta`
        // normalises them.
        let days = i32::try_from(seconds.div_euclid(SECONDS_PER_DAY))
            .map_err(|_| PyOverflowError::new_err("duration out of range for Python timedelta"))?;
        let seconds = seconds.rem_euclid(SECONDS_PER_DAY) as i32;
        PyDelta::new(py, days, seconds, self.subsec_microseconds(), true)
    }
}

into_pyobject_by_copy!(Duration => PyDelta);

impl FromPyObject<'_, '_> for Duration {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDelta::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let delta = obj.cast::<PyDelta>()?;
        // ±999999999 days are far inside `Duration`'s range.
        let seconds =
            i64::from(delta.get_days()) * SECONDS_PER_DAY + i64::from(delta.get_seconds());
        Ok(Duration::new(seconds, delta.get_microseconds() * 1_000))
    }
}

// ---------------------------------------------------------------------------
// Date, Time, PrimitiveDateTime
// ---------------------------------------------------------------------------

/// Years outside 1..=9999 are refused by `datetime.date` (`ValueError`).
impl<'py> IntoPyObject<'py> for Date {
    type Target = PyDate;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDate::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        PyDate::new(py, self.year(), u8::from(self.month()), self.day())
    }
}

into_pyobject_by_copy!(Date => PyDate);

impl FromPyObject<'_, '_> for Date {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDate::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        date_from_py(&*obj.cast::<PyDate>()?)
    }
}

impl<'py> IntoPyObject<'py> for Time {
    type Target = PyTime;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyTime::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        PyTime::new(
            py,
            self.hour(),
            self.minute(),
            self.second(),
            self.microsecond(),
            None,
        )
    }
}

into_pyobject_by_copy!(Time => PyTime);

impl FromPyObject<'_, '_> for Time {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyTime::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        time_from_py(&*obj.cast::<PyTime>()?)
    }
}

impl<'py> IntoPyObject<'py> for PrimitiveDateTime {
    type Target = PyDateTime;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        new_py_datetime(py, self.date(), self.time(), None)
    }
}

into_pyobject_by_copy!(PrimitiveDateTime => PyDateTime);

/// Refuses aware datetimes with `TypeError`.
impl FromPyObject<'_, '_> for PrimitiveDateTime {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let datetime = obj.cast::<PyDateTime>()?;
        if datetime.get_tzinfo().is_some() {
            return Err(PyTypeError::new_err("expected a datetime without tzinfo"));
        }
        Ok(PrimitiveDateTime::new(
            date_from_py(&*datetime)?,
            time_from_py(&*datetime)?,
        ))
    }
}

// ---------------------------------------------------------------------------
// UtcOffset, OffsetDateTime, UtcDateTime
// ---------------------------------------------------------------------------

/// `datetime.timezone(offset)` (`timezone.utc` for zero); offsets of 24
/// hours or more are refused by `timezone` (`ValueError`).
impl<'py> IntoPyObject<'py> for UtcOffset {
    type Target = PyTzInfo;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("datetime", "timezone");

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let offset = PyDelta::new(py, 0, self.whole_seconds(), 0, true)?;
        PyTzInfo::fixed_offset(py, offset)
    }
}

into_pyobject_by_copy!(UtcOffset => PyTzInfo);

/// `tzinfo.utcoffset(None)`, which is `None` for zones whose offset varies
/// (`TypeError: ... is not a fixed offset timezone`); sub-second offsets
/// are truncated to whole seconds, offsets beyond ±25:59:59 refused with
/// `ValueError: UTC offset out of bounds`.
impl FromPyObject<'_, '_> for UtcOffset {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyTzInfo::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let py = obj.py();
        let tzinfo = obj.cast::<PyTzInfo>()?;
        let utcoffset = tzinfo.call_method1(crate::intern!(py, "utcoffset"), (PyNone::get(py),))?;
        if utcoffset.is_none() {
            return Err(PyTypeError::new_err(format!(
                "{tzinfo:?} is not a fixed offset timezone"
            )));
        }
        let out_of_bounds = || PyValueError::new_err("UTC offset out of bounds");
        let seconds = i32::try_from(utcoffset.extract::<Duration>()?.whole_seconds())
            .map_err(|_| out_of_bounds())?;
        UtcOffset::from_whole_seconds(seconds).map_err(|_| out_of_bounds())
    }
}

impl<'py> IntoPyObject<'py> for OffsetDateTime {
    type Target = PyDateTime;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let tzinfo = self.offset().into_pyobject(py)?;
        new_py_datetime(py, self.date(), self.time(), Some(&tzinfo))
    }
}

into_pyobject_by_copy!(OffsetDateTime => PyDateTime);

/// The wall time with the `tzinfo`'s fixed offset ([`UtcOffset`]'s
/// extraction: zones whose offset varies, such as `zoneinfo.ZoneInfo`, are
/// refused); naive datetimes are refused with `TypeError`.
impl FromPyObject<'_, '_> for OffsetDateTime {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let datetime = obj.cast::<PyDateTime>()?;
        let offset = required_tzinfo(&datetime)?.extract::<UtcOffset>()?;
        let wall = PrimitiveDateTime::new(date_from_py(&*datetime)?, time_from_py(&*datetime)?);
        Ok(wall.assume_offset(offset))
    }
}

impl<'py> IntoPyObject<'py> for UtcDateTime {
    type Target = PyDateTime;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let utc = PyTzInfo::utc(py)?.to_owned();
        new_py_datetime(py, self.date(), self.time(), Some(&utc))
    }
}

into_pyobject_by_copy!(UtcDateTime => PyDateTime);

/// Accepts datetimes whose `tzinfo` equals `datetime.timezone.utc`
/// (`ValueError` for other zones, `TypeError` for naive datetimes).
impl FromPyObject<'_, '_> for UtcDateTime {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let datetime = obj.cast::<PyDateTime>()?;
        if !required_tzinfo(&datetime)?.eq(PyTzInfo::utc(obj.py())?)? {
            return Err(PyValueError::new_err(
                "expected a datetime with UTC timezone",
            ));
        }
        Ok(UtcDateTime::new(
            date_from_py(&*datetime)?,
            time_from_py(&*datetime)?,
        ))
    }
}
