//! Conversions of [chrono](https://docs.rs/chrono/) 0.4 (0.4.25 and later)
//! to and from the types of Python's `datetime` module (feature `chrono`):
//!
//! | Rust                       | Python                                  |
//! |----------------------------|-----------------------------------------|
//! | `Duration` (`TimeDelta`)   | `datetime.timedelta`                    |
//! | `NaiveDate`                | `datetime.date`                         |
//! | `NaiveTime`                | naive `datetime.time`                   |
//! | `NaiveDateTime`            | naive `datetime.datetime`               |
//! | `DateTime<Tz>`             | aware `datetime.datetime`               |
//! | `FixedOffset`              | `datetime.timezone` (from any fixed-offset `tzinfo`) |
//! | `Utc`                      | `datetime.timezone.utc`                 |
//! | `Local` (`chrono-local`)   | `zoneinfo.ZoneInfo` of the system zone  |
//!
//! `DateTime<Tz>` works for every `Tz` that converts itself (`Utc`,
//! `FixedOffset`, `Local`, chrono-tz's `Tz`). Python keeps microseconds:
//! nanoseconds are truncated on the way out. Python has no leap seconds: a
//! time in chrono's 60th second becomes second 59 (same microseconds) and
//! issues a `UserWarning`. The `fold` of an ambiguous wall time (the second
//! of the two when clocks go back) is set and read.
//!
//! Off the stable ABI everything goes through the `datetime` C API (via
//! [`PyDate`], [`PyDateTime`], ...); on it through the `datetime` module.

#[cfg(feature = "chrono-local")]
use ::chrono::Local;
use ::chrono::{
    DateTime, Datelike, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime,
    Offset, TimeZone, Timelike, Utc,
};

use crate::conversion::{FromPyObject, FromPyObjectOwned, IntoPyObject, IntoPyObjectExt};
use crate::err::{PyErr, PyResult};
use crate::exceptions::{PyTypeError, PyUserWarning, PyValueError};
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

/// Implements `IntoPyObject` for `&T` by copying: every chrono value here
/// is `Copy`.
macro_rules! into_pyobject_by_copy {
    ($ty:ty) => {
        impl<'py> IntoPyObject<'py> for &$ty {
            type Target = <$ty as IntoPyObject<'py>>::Target;
            type Output = <$ty as IntoPyObject<'py>>::Output;
            type Error = <$ty as IntoPyObject<'py>>::Error;

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
// Duration <-> timedelta
// ---------------------------------------------------------------------------

const SECONDS_PER_DAY: i64 = 24 * 60 * 60;

/// To `timedelta(days, seconds, microseconds)`, each part truncated toward
/// zero (so a negative duration's sub-microsecond part is dropped as a
/// positive one's is). Beyond ±999999999 days: `OverflowError`.
impl<'py> IntoPyObject<'py> for Duration {
    type Target = PyDelta;
    type Output = Bound<'py, PyDelta>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDelta::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let whole_seconds = self.num_seconds();
        let fraction = self - Duration::seconds(whole_seconds);
        // Less than a second in either direction: the nanoseconds fit.
        let microseconds = fraction.num_nanoseconds().unwrap_or(0) / 1_000;
        let days = whole_seconds / SECONDS_PER_DAY;
        let seconds = whole_seconds % SECONDS_PER_DAY;
        // The parts may be negative (Python normalises them). A day count
        // beyond a C int, whichever the sign, is passed as `i32::MAX` so
        // that Python refuses it as too large (PyO3 does the same).
        PyDelta::new(
            py,
            i32::try_from(days).unwrap_or(i32::MAX),
            seconds as i32,
            microseconds as i32,
            true,
        )
    }
}

into_pyobject_by_copy!(Duration);

/// Every `timedelta` fits a `Duration` exactly.
impl FromPyObject<'_, '_> for Duration {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDelta::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let delta = obj.cast::<PyDelta>()?;
        Ok(Duration::days(delta.get_days().into())
            + Duration::seconds(delta.get_seconds().into())
            + Duration::microseconds(delta.get_microseconds().into()))
    }
}

// ---------------------------------------------------------------------------
// Dates and times: the shared pieces
// ---------------------------------------------------------------------------

/// A chrono wall-clock time as the fields of a Python `time`.
struct TimeFields {
    hour: u8,
    minute: u8,
    second: u8,
    microsecond: u32,
    /// The time was in a leap second (chrono counts its nanoseconds from
    /// 1 000 000 000): `microsecond` is then taken within second 59.
    leap_second: bool,
}

impl TimeFields {
    fn of(time: &NaiveTime) -> Self {
        let nanosecond = time.nanosecond();
        let (nanosecond, leap_second) = match nanosecond.checked_sub(1_000_000_000) {
            Some(within_second) => (within_second, true),
            None => (nanosecond, false),
        };
        TimeFields {
            hour: time.hour() as u8,
            minute: time.minute() as u8,
            second: time.second() as u8,
            microsecond: nanosecond / 1_000,
            leap_second,
        }
    }
}

/// `(year, month, day)` of a chrono date.
fn date_fields(date: &NaiveDate) -> (i32, u8, u8) {
    (date.year(), date.month() as u8, date.day() as u8)
}

/// Warns (`UserWarning`) that the leap second of the value `object` was
/// made from was dropped. When warnings are errors the error cannot be
/// returned (the object was made fine): it goes to `sys.unraisablehook`.
fn warn_leap_second_dropped(object: &Bound<'_, PyAny>) {
    let py = object.py();
    let category = py.get_type::<PyUserWarning>();
    let message = c"ignored leap-second, `datetime` does not support leap-seconds";
    if let Err(err) = PyErr::warn(py, &category, message, 0) {
        err.write_unraisable(py, Some(object));
    }
}

/// The date of a Python `date` or `datetime`.
fn naive_date_of(object: &impl PyDateAccess) -> PyResult<NaiveDate> {
    let (year, month, day) = (object.get_year(), object.get_month(), object.get_day());
    NaiveDate::from_ymd_opt(year, month.into(), day.into())
        .ok_or_else(|| PyValueError::new_err("invalid or out-of-range date"))
}

/// The wall time of a Python `time` or `datetime` (its `tzinfo` and `fold`
/// aside).
fn naive_time_of(object: &impl PyTimeAccess) -> PyResult<NaiveTime> {
    NaiveTime::from_hms_micro_opt(
        object.get_hour().into(),
        object.get_minute().into(),
        object.get_second().into(),
        object.get_microsecond(),
    )
    .ok_or_else(|| PyValueError::new_err("invalid or out-of-range time"))
}

/// The wall date and time of a Python `datetime`.
fn naive_datetime_of(datetime: &Bound<'_, PyDateTime>) -> PyResult<NaiveDateTime> {
    Ok(NaiveDateTime::new(
        naive_date_of(datetime)?,
        naive_time_of(datetime)?,
    ))
}

// ---------------------------------------------------------------------------
// NaiveDate <-> date
// ---------------------------------------------------------------------------

/// To `datetime.date`; `ValueError` outside years 1 to 9999.
impl<'py> IntoPyObject<'py> for NaiveDate {
    type Target = PyDate;
    type Output = Bound<'py, PyDate>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDate::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let (year, month, day) = date_fields(&self);
        PyDate::new(py, year, month, day)
    }
}

into_pyobject_by_copy!(NaiveDate);

/// From a `date` (a `datetime` is a `date`: its date part).
impl FromPyObject<'_, '_> for NaiveDate {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDate::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        naive_date_of(&*obj.cast::<PyDate>()?)
    }
}

// ---------------------------------------------------------------------------
// NaiveTime <-> time
// ---------------------------------------------------------------------------

/// To a naive `datetime.time`.
impl<'py> IntoPyObject<'py> for NaiveTime {
    type Target = PyTime;
    type Output = Bound<'py, PyTime>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyTime::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let fields = TimeFields::of(&self);
        let time = PyTime::new(
            py,
            fields.hour,
            fields.minute,
            fields.second,
            fields.microsecond,
            None,
        )?;
        if fields.leap_second {
            warn_leap_second_dropped(&time);
        }
        Ok(time)
    }
}

into_pyobject_by_copy!(NaiveTime);

/// From a `time`'s wall-clock fields (its `tzinfo`, if any, is not looked
/// at).
impl FromPyObject<'_, '_> for NaiveTime {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyTime::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        naive_time_of(&*obj.cast::<PyTime>()?)
    }
}

// ---------------------------------------------------------------------------
// NaiveDateTime <-> naive datetime
// ---------------------------------------------------------------------------

/// To a naive `datetime.datetime`; `ValueError` outside years 1 to 9999.
impl<'py> IntoPyObject<'py> for NaiveDateTime {
    type Target = PyDateTime;
    type Output = Bound<'py, PyDateTime>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let (year, month, day) = date_fields(&self.date());
        let time = TimeFields::of(&self.time());
        let datetime = PyDateTime::new(
            py,
            year,
            month,
            day,
            time.hour,
            time.minute,
            time.second,
            time.microsecond,
            None,
        )?;
        if time.leap_second {
            warn_leap_second_dropped(&datetime);
        }
        Ok(datetime)
    }
}

into_pyobject_by_copy!(NaiveDateTime);

/// From a naive `datetime`; an aware one is refused (`TypeError`) rather
/// than silently dropping its time zone.
impl FromPyObject<'_, '_> for NaiveDateTime {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let datetime = obj.cast::<PyDateTime>()?;
        if datetime.get_tzinfo().is_some() {
            return Err(PyTypeError::new_err("expected a datetime without tzinfo"));
        }
        naive_datetime_of(&datetime)
    }
}

// ---------------------------------------------------------------------------
// DateTime<Tz> <-> aware datetime
// ---------------------------------------------------------------------------

/// To an aware `datetime.datetime` with the wall time in `Tz` and `Tz`'s
/// Python conversion as `tzinfo`; `fold` is set for the later of two
/// identical wall times.
impl<'py, Tz> IntoPyObject<'py> for &DateTime<Tz>
where
    Tz: TimeZone + IntoPyObject<'py>,
{
    type Target = PyDateTime;
    type Output = Bound<'py, PyDateTime>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let zone = self.timezone();
        let local = self.naive_local();
        // Clocks going back repeat wall times: the second of the pair is
        // `fold=1` in Python.
        let fold = match zone.offset_from_local_datetime(&local) {
            LocalResult::Ambiguous(_, later) => later.fix() == self.offset().fix(),
            LocalResult::Single(_) | LocalResult::None => false,
        };
        let tzinfo = zone.into_bound_py_any(py)?.cast_into::<PyTzInfo>()?;
        let (year, month, day) = date_fields(&local.date());
        let time = TimeFields::of(&local.time());
        let datetime = PyDateTime::new_with_fold(
            py,
            year,
            month,
            day,
            time.hour,
            time.minute,
            time.second,
            time.microsecond,
            Some(&tzinfo),
            fold,
        )?;
        if time.leap_second {
            warn_leap_second_dropped(&datetime);
        }
        Ok(datetime)
    }
}

/// As for `&DateTime<Tz>`.
impl<'py, Tz> IntoPyObject<'py> for DateTime<Tz>
where
    Tz: TimeZone + IntoPyObject<'py>,
{
    type Target = PyDateTime;
    type Output = Bound<'py, PyDateTime>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&DateTime<Tz>>::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (&self).into_pyobject(py)
    }
}

/// From an aware `datetime` whose `tzinfo` extracts as `Tz`; the wall time
/// is resolved in `Tz`, `fold` choosing between two identical ones. Naive
/// datetimes are refused (`TypeError`), except for `DateTime<Local>`
/// (feature `chrono-local`), which takes them as local time. A wall time
/// that does not exist in the zone (skipped by a transition) is refused
/// (`ValueError`).
impl<'py, Tz> FromPyObject<'_, 'py> for DateTime<Tz>
where
    Tz: TimeZone + FromPyObjectOwned<'py>,
{
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyDateTime::TYPE_HINT;

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> Result<Self, Self::Error> {
        let datetime = obj.cast::<PyDateTime>()?;
        let zone = match datetime.get_tzinfo() {
            Some(tzinfo) => tzinfo.extract::<Tz>().map_err(Into::into)?,
            None => naive_zone::<Tz>()
                .ok_or_else(|| PyTypeError::new_err("expected a datetime with non-None tzinfo"))?,
        };
        match naive_datetime_of(&datetime)?.and_local_timezone(zone) {
            LocalResult::Single(resolved) => Ok(resolved),
            LocalResult::Ambiguous(earlier, later) => {
                Ok(if datetime.get_fold() { later } else { earlier })
            }
            LocalResult::None => Err(PyValueError::new_err(format!(
                "The datetime {datetime:?} contains an incompatible timezone"
            ))),
        }
    }
}

/// The zone a naive `datetime` is taken to be in for `DateTime<Tz>`: the
/// local one when `Tz` is `Local`, none otherwise.
fn naive_zone<'py, Tz: FromPyObjectOwned<'py>>() -> Option<Tz> {
    #[cfg(feature = "chrono-local")]
    {
        Tz::as_local_tz(crate::conversion::private::Token)
    }
    #[cfg(not(feature = "chrono-local"))]
    {
        None
    }
}

// ---------------------------------------------------------------------------
// FixedOffset <-> timezone
// ---------------------------------------------------------------------------

/// To `datetime.timezone(timedelta(seconds=offset))` (`timezone.utc` for a
/// zero offset).
impl<'py> IntoPyObject<'py> for FixedOffset {
    type Target = PyTzInfo;
    type Output = Bound<'py, PyTzInfo>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("datetime", "timezone");

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let offset = PyDelta::new(py, 0, self.local_minus_utc(), 0, true)?;
        PyTzInfo::fixed_offset(py, offset)
    }
}

into_pyobject_by_copy!(FixedOffset);

/// From any `tzinfo` whose `utcoffset(None)` is a `timedelta` (fixed-offset
/// zones, such as `datetime.timezone`), truncated to whole seconds. A zone
/// whose offset depends on the date (`zoneinfo.ZoneInfo`) answers `None`:
/// `TypeError`.
impl FromPyObject<'_, '_> for FixedOffset {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyTzInfo::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let tzinfo = obj.cast::<PyTzInfo>()?;
        let py = obj.py();
        let offset = tzinfo.call_method1(crate::intern!(py, "utcoffset"), (PyNone::get(py),))?;
        if offset.is_none() {
            return Err(PyTypeError::new_err(format!(
                "{tzinfo:?} is not a fixed offset timezone"
            )));
        }
        let seconds = offset.extract::<Duration>()?.num_seconds();
        i32::try_from(seconds)
            .ok()
            .and_then(FixedOffset::east_opt)
            .ok_or_else(|| PyValueError::new_err("fixed offset out of bounds"))
    }
}

// ---------------------------------------------------------------------------
// Utc <-> timezone.utc
// ---------------------------------------------------------------------------

/// The `datetime.timezone.utc` singleton.
impl<'py> IntoPyObject<'py> for Utc {
    type Target = PyTzInfo;
    type Output = Borrowed<'static, 'py, PyTzInfo>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("datetime", "timezone");

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        PyTzInfo::utc(py)
    }
}

into_pyobject_by_copy!(Utc);

/// From anything equal to `datetime.timezone.utc` (such as
/// `timezone(timedelta(0))`); `ValueError` otherwise.
impl FromPyObject<'_, '_> for Utc {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("datetime", "timezone");

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        if obj.eq(PyTzInfo::utc(obj.py())?)? {
            Ok(Utc)
        } else {
            Err(PyValueError::new_err("expected datetime.timezone.utc"))
        }
    }
}

// ---------------------------------------------------------------------------
// Local <-> zoneinfo.ZoneInfo (feature `chrono-local`)
// ---------------------------------------------------------------------------

#[cfg(feature = "chrono-local")]
mod local {
    use crate::err::PyResult;
    use crate::exceptions::PyRuntimeError;
    use crate::instance::{Borrowed, Bound, Py};
    use crate::marker::Python;
    use crate::sync::PyOnceLock;
    use crate::types::PyTzInfo;

    /// `zoneinfo.ZoneInfo` of the system's time zone (its IANA name as
    /// `iana-time-zone` finds it), looked up once.
    pub(super) fn local_zone(py: Python<'_>) -> PyResult<Borrowed<'static, '_, PyTzInfo>> {
        static LOCAL_ZONE: PyOnceLock<Py<PyTzInfo>> = PyOnceLock::new();
        let zone = LOCAL_ZONE.get_or_try_init(py, || {
            let name = iana_time_zone::get_timezone().map_err(|err| {
                PyRuntimeError::new_err(format!("Could not get local timezone: {err}"))
            })?;
            PyTzInfo::timezone(py, name).map(Bound::unbind)
        })?;
        Ok(zone.bind_borrowed(py))
    }
}

/// The system time zone's `zoneinfo.ZoneInfo` (the same object every
/// time); `RuntimeError` when its name cannot be found.
#[cfg(feature = "chrono-local")]
impl<'py> IntoPyObject<'py> for Local {
    type Target = PyTzInfo;
    type Output = Borrowed<'static, 'py, PyTzInfo>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("zoneinfo", "ZoneInfo");

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        local::local_zone(py)
    }
}

#[cfg(feature = "chrono-local")]
into_pyobject_by_copy!(Local);

/// From the system time zone's `zoneinfo.ZoneInfo` (or anything equal to
/// it); `ValueError` naming the local zone otherwise.
#[cfg(feature = "chrono-local")]
impl FromPyObject<'_, '_> for Local {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("zoneinfo", "ZoneInfo");

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let py = obj.py();
        let zone = local::local_zone(py)?;
        if obj.eq(zone)? {
            return Ok(Local);
        }
        let name = zone
            .getattr(crate::intern!(py, "key"))?
            .cast_into::<crate::types::PyString>()?;
        Err(PyValueError::new_err(format!(
            "expected local timezone {}",
            crate::types::PyStringMethods::to_cow(&name)?
        )))
    }

    #[inline]
    fn as_local_tz(_: crate::conversion::private::Token) -> Option<Self> {
        Some(Local)
    }
}
