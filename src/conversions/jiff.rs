//! Conversions of [`jiff`](https://docs.rs/jiff/0.2) 0.2 types (feature
//! `jiff-02`; the crate is the dependency `jiff-02`, renamed from `jiff`).
//!
//! | Rust (`jiff`)              | Python                                        |
//! |----------------------------|-----------------------------------------------|
//! | `civil::Date`, `civil::ISOWeekDate` | `datetime.date`                      |
//! | `civil::Time`              | `datetime.time` (naive; a `tzinfo` is ignored when extracting) |
//! | `civil::DateTime`          | naive `datetime.datetime`                     |
//! | `Zoned`                    | aware `datetime.datetime`                     |
//! | `Timestamp`                | aware `datetime.datetime` (in UTC when made)  |
//! | `TimeZone`                 | `zoneinfo.ZoneInfo` for IANA zones, `datetime.timezone` otherwise |
//! | `tz::Offset`               | `datetime.timezone` (any fixed-offset `tzinfo` when extracting) |
//! | `SignedDuration`           | `datetime.timedelta`                          |
//! | `Span`                     | `datetime.timedelta` (extraction only)        |
//!
//! Python keeps microseconds: converting to Python drops the nanoseconds
//! below them (towards zero). Python's range is smaller than jiff's (years
//! 1 to 9999, `timedelta` up to 999999999 days, offsets under 24 hours), so
//! values outside it are refused by Python's constructors (`ValueError`, or
//! `OverflowError` for `timedelta`s); values jiff cannot represent are
//! refused with `ValueError` carrying jiff's message.
//!
//! The fold of PEP 495 carries the choice between the two instants of an
//! ambiguous wall time: a `Zoned` at the second of two identical local
//! times becomes a `datetime` with `fold=1`, and extraction reads `fold` the
//! way Python does, also for wall times skipped by a gap (`fold=0` is then
//! the later instant, `fold=1` the earlier).

use std::borrow::Cow;

use jiff::civil::{Date, DateTime, ISOWeekDate, Time};
use jiff::tz::{AmbiguousOffset, Offset, TimeZone};
use jiff::{SignedDuration, Span, Timestamp, Zoned};
use jiff_02 as jiff;

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::{PyTypeError, PyValueError};
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

/// A jiff error (out of range, unknown zone, ...) as `ValueError` with
/// jiff's message.
impl From<jiff::Error> for PyErr {
    fn from(err: jiff::Error) -> Self {
        PyValueError::new_err(err.to_string())
    }
}

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

/// Implements `IntoPyObject` for an owned non-`Copy` `$ty` through `&$ty`.
macro_rules! into_pyobject_by_ref {
    ($ty:ty => $target:ty) => {
        impl<'py> IntoPyObject<'py> for $ty {
            type Target = $target;
            type Output = Bound<'py, Self::Target>;
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = <&$ty as IntoPyObject<'py>>::OUTPUT_TYPE;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                (&self).into_pyobject(py)
            }
        }
    };
}

// ---------------------------------------------------------------------------
// Field helpers
// ---------------------------------------------------------------------------

/// The microseconds of a sub-second nanosecond count (0..1e9), truncated.
fn micros_of(subsec_nanosecond: i32) -> u32 {
    // jiff keeps civil sub-second parts within 0..1_000_000_000.
    (subsec_nanosecond / 1_000).unsigned_abs()
}

/// A civil date (years -9999 to 9999 in jiff) as the `year, month, day`
/// Python takes; Python refuses years outside 1..=9999 itself.
fn date_fields(date: Date) -> (i32, u8, u8) {
    // Months (1..=12) and days (1..=31) are positive in jiff.
    (
        i32::from(date.year()),
        date.month().unsigned_abs(),
        date.day().unsigned_abs(),
    )
}

/// The civil date of a `date` (or `datetime`).
fn date_from_py(date: &impl PyDateAccess) -> PyResult<Date> {
    // Python's years (1..=9999) fit jiff's; the conversions cannot fail for
    // a real `date`, but are checked rather than assumed.
    let year = i16::try_from(date.get_year())?;
    let month = i8::try_from(date.get_month())?;
    let day = i8::try_from(date.get_day())?;
    Ok(Date::new(year, month, day)?)
}

/// The civil time of a `time` (or `datetime`); the `tzinfo` is not read.
fn time_from_py(time: &impl PyTimeAccess) -> PyResult<Time> {
    let hour = i8::try_from(time.get_hour())?;
    let minute = i8::try_from(time.get_minute())?;
    let second = i8::try_from(time.get_second())?;
    let nanosecond = i32::try_from(time.get_microsecond())? * 1_000;
    Ok(Time::new(hour, minute, second, nanosecond)?)
}

/// A `datetime` of `datetime`'s fields, with `tzinfo` and `fold`.
fn new_py_datetime<'py>(
    py: Python<'py>,
    datetime: DateTime,
    tzinfo: Option<&Bound<'py, PyTzInfo>>,
    fold: bool,
) -> PyResult<Bound<'py, PyDateTime>> {
    let (year, month, day) = date_fields(datetime.date());
    PyDateTime::new_with_fold(
        py,
        year,
        month,
        day,
        datetime.hour().unsigned_abs(),
        datetime.minute().unsigned_abs(),
        datetime.second().unsigned_abs(),
        micros_of(datetime.subsec_nanosecond()),
        tzinfo,
        fold,
    )
}

// ---------------------------------------------------------------------------
// civil::Date, civil::ISOWeekDate <-> datetime.date
// ---------------------------------------------------------------------------

impl<'py> IntoPyObject<'py> for Date {
    type Target = PyDate;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDate::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let (year, month, day) = date_fields(self);
        PyDate::new(py, year, month, day)
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

impl<'py> IntoPyObject<'py> for ISOWeekDate {
    type Target = PyDate;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDate::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        self.date().into_pyobject(py)
    }
}

into_pyobject_by_copy!(ISOWeekDate => PyDate);

impl FromPyObject<'_, '_> for ISOWeekDate {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDate::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        Ok(obj.extract::<Date>()?.iso_week_date())
    }
}

// ---------------------------------------------------------------------------
// civil::Time <-> datetime.time
// ---------------------------------------------------------------------------

impl<'py> IntoPyObject<'py> for Time {
    type Target = PyTime;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyTime::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        PyTime::new(
            py,
            self.hour().unsigned_abs(),
            self.minute().unsigned_abs(),
            self.second().unsigned_abs(),
            micros_of(self.subsec_nanosecond()),
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

// ---------------------------------------------------------------------------
// civil::DateTime <-> naive datetime.datetime
// ---------------------------------------------------------------------------

impl<'py> IntoPyObject<'py> for DateTime {
    type Target = PyDateTime;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        new_py_datetime(py, self, None, false)
    }
}

into_pyobject_by_copy!(DateTime => PyDateTime);

/// Refuses aware datetimes with `TypeError`.
impl FromPyObject<'_, '_> for DateTime {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let datetime = obj.cast::<PyDateTime>()?;
        if datetime.get_tzinfo().is_some() {
            return Err(PyTypeError::new_err("expected a datetime without tzinfo"));
        }
        Ok(DateTime::from_parts(
            date_from_py(&*datetime)?,
            time_from_py(&*datetime)?,
        ))
    }
}

// ---------------------------------------------------------------------------
// Zoned, Timestamp <-> aware datetime.datetime
// ---------------------------------------------------------------------------

/// Whether `zoned` is the later of the two instants sharing its wall time
/// (a fold, when clocks go back): PEP 495's `fold=1`.
fn is_second_of_fold(zoned: &Zoned) -> bool {
    match zoned
        .time_zone()
        .to_ambiguous_timestamp(zoned.datetime())
        .offset()
    {
        AmbiguousOffset::Fold { after, .. } => zoned.offset() == after,
        AmbiguousOffset::Unambiguous { .. } | AmbiguousOffset::Gap { .. } => false,
    }
}

impl<'py> IntoPyObject<'py> for &Zoned {
    type Target = PyDateTime;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let tzinfo = self.time_zone().into_pyobject(py)?;
        new_py_datetime(py, self.datetime(), Some(&tzinfo), is_second_of_fold(self))
    }
}

into_pyobject_by_ref!(Zoned => PyDateTime);

/// Reads the wall time in the `datetime`'s zone ([`TimeZone`]'s extraction),
/// choosing between ambiguous instants by `fold` as Python does; naive
/// datetimes are refused with `TypeError`.
impl FromPyObject<'_, '_> for Zoned {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let datetime = obj.cast::<PyDateTime>()?;
        let Some(tzinfo) = datetime.get_tzinfo() else {
            return Err(PyTypeError::new_err(
                "expected a datetime with non-None tzinfo",
            ));
        };
        let time_zone = tzinfo.extract::<TimeZone>()?;
        let wall = DateTime::from_parts(date_from_py(&*datetime)?, time_from_py(&*datetime)?);
        let ambiguous = time_zone.into_ambiguous_zoned(wall);
        // PEP 495: in a fold `fold=1` is the later instant; in a gap the
        // wall time is read with the offset before the gap for `fold=0`
        // (the later instant) and after it for `fold=1` (the earlier).
        let in_gap = matches!(ambiguous.offset(), AmbiguousOffset::Gap { .. });
        let zoned = if datetime.get_fold() != in_gap {
            ambiguous.later()?
        } else {
            ambiguous.earlier()?
        };
        Ok(zoned)
    }
}

impl<'py> IntoPyObject<'py> for Timestamp {
    type Target = PyDateTime;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let utc = PyTzInfo::utc(py)?.to_owned();
        new_py_datetime(py, TimeZone::UTC.to_datetime(self), Some(&utc), false)
    }
}

into_pyobject_by_copy!(Timestamp => PyDateTime);

/// The instant of an aware `datetime` (read as a [`Zoned`]).
impl FromPyObject<'_, '_> for Timestamp {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        Ok(obj.extract::<Zoned>()?.timestamp())
    }
}

// ---------------------------------------------------------------------------
// TimeZone, Offset <-> tzinfo
// ---------------------------------------------------------------------------

/// UTC is `datetime.timezone.utc`, a zone with an IANA name a
/// `zoneinfo.ZoneInfo`, any other fixed zone a `datetime.timezone`; other
/// zones (POSIX rules, unnamed files) are refused with `ValueError`.
impl<'py> IntoPyObject<'py> for &TimeZone {
    type Target = PyTzInfo;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyTzInfo::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        if *self == TimeZone::UTC {
            Ok(PyTzInfo::utc(py)?.to_owned())
        } else if let Some(name) = self.iana_name() {
            PyTzInfo::timezone(py, name)
        } else {
            self.to_fixed_offset()?.into_pyobject(py)
        }
    }
}

into_pyobject_by_ref!(TimeZone => PyTzInfo);

/// A `tzinfo` with a `key` (`zoneinfo.ZoneInfo`) is looked up by that name
/// in jiff's database; any other is read as a fixed [`Offset`].
impl FromPyObject<'_, '_> for TimeZone {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyTzInfo::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let tzinfo = obj.cast::<PyTzInfo>()?;
        let key = crate::intern!(obj.py(), "key");
        if tzinfo.hasattr(key)? {
            let name = tzinfo.getattr(key)?;
            Ok(TimeZone::get(&name.extract::<Cow<'_, str>>()?)?)
        } else {
            Ok(TimeZone::fixed(tzinfo.extract::<Offset>()?))
        }
    }
}

impl<'py> IntoPyObject<'py> for Offset {
    type Target = PyTzInfo;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("datetime", "timezone");

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        if self == Offset::UTC {
            return Ok(PyTzInfo::utc(py)?.to_owned());
        }
        // jiff allows up to ±25:59:59; `timezone` refuses ±24 hours and
        // beyond with `ValueError`.
        PyTzInfo::fixed_offset(py, SignedDuration::from_secs(i64::from(self.seconds())))
    }
}

into_pyobject_by_copy!(Offset => PyTzInfo);

/// `tzinfo.utcoffset(None)`, which is `None` for zones whose offset varies
/// (`TypeError: ... is not a fixed offset timezone`); sub-second offsets
/// are truncated to whole seconds.
impl FromPyObject<'_, '_> for Offset {
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
        let seconds = utcoffset.extract::<SignedDuration>()?.as_secs();
        // Beyond an `i32` is beyond jiff's range as well: saturate so that
        // jiff refuses it with its own message.
        let seconds =
            i32::try_from(seconds).unwrap_or(if seconds < 0 { i32::MIN } else { i32::MAX });
        Ok(Offset::from_seconds(seconds)?)
    }
}

// ---------------------------------------------------------------------------
// SignedDuration, Span <-> datetime.timedelta
// ---------------------------------------------------------------------------

const SECONDS_PER_DAY: i64 = 24 * 60 * 60;

impl<'py> IntoPyObject<'py> for SignedDuration {
    type Target = PyDelta;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDelta::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        // Days, seconds and microseconds all carry the duration's sign
        // (truncated towards zero); `timedelta` normalises them. More days
        // than an `i32` holds fail as the integer conversion (`ValueError`),
        // more than 999999999 in `timedelta` (`OverflowError`).
        let seconds = self.as_secs();
        let days = i32::try_from(seconds / SECONDS_PER_DAY)?;
        // |seconds % 86400| < 86400 and |microseconds| < 1000000.
        let seconds = (seconds % SECONDS_PER_DAY) as i32;
        PyDelta::new(py, days, seconds, self.subsec_micros(), true)
    }
}

into_pyobject_by_copy!(SignedDuration => PyDelta);

impl FromPyObject<'_, '_> for SignedDuration {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDelta::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let delta = obj.cast::<PyDelta>()?;
        // Normalised: only the days are negative; ±999999999 days fit an
        // `i64` of seconds many times over.
        let seconds =
            i64::from(delta.get_days()) * SECONDS_PER_DAY + i64::from(delta.get_seconds());
        Ok(SignedDuration::new(
            seconds,
            delta.get_microseconds() * 1_000,
        ))
    }
}

/// A span of seconds and smaller units; `ValueError` (jiff's message) for
/// a `timedelta` beyond a `Span`'s range of seconds (about 19 998 years).
impl FromPyObject<'_, '_> for Span {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDelta::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        Ok(Span::try_from(obj.extract::<SignedDuration>()?)?)
    }
}
