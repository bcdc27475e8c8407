//! `jiff` 0.2 conversions (feature `jiff-02`): civil dates, times and
//! datetimes, `Zoned` and `Timestamp` (with PEP 495 folds and gaps in
//! America/New_York), time zones, offsets, durations and spans. The same
//! tests run off the limited API (datetime C API) and under it.

use jiff::civil::{Date, DateTime, ISOWeekDate, Time};
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Span, Timestamp, Zoned};
use jiff_02 as jiff;
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyDateTime, PyDelta, PyDict, PyTime, PyTzInfo};

use crate::common::{refcount, with_py};

/// Globals with the `datetime` names, `ZoneInfo` and two odd `tzinfo`
/// classes: `Odd(x)` whose `utcoffset` returns `x`, `Keyed(k)` with a
/// `key` attribute `k`.
fn namespace(py: Python<'_>) -> Bound<'_, PyDict> {
    let globals = PyDict::new(py);
    py.run(
        c"from datetime import date, time, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo
class Odd(tzinfo):
    def __init__(self, offset): self.offset = offset
    def utcoffset(self, dt): return self.offset
    def __repr__(self): return f'Odd({self.offset!r})'
class Keyed(tzinfo):
    def __init__(self, key): self.key = key
",
        Some(&globals),
        None,
    )
    .unwrap();
    globals
}

/// Evaluates `code` with [`namespace`].
fn py_eval<'py>(py: Python<'py>, code: &str) -> Bound<'py, PyAny> {
    let code_c = std::ffi::CString::new(code).unwrap();
    py.eval(&code_c, Some(&namespace(py)), None)
        .unwrap_or_else(|err| panic!("evaluating {code:?} failed: {err}"))
}

/// `"Type: message"` of what Python raises evaluating `code`.
fn py_error(py: Python<'_>, code: &str) -> String {
    let code_c = std::ffi::CString::new(code).unwrap();
    match py.eval(&code_c, Some(&namespace(py)), None) {
        Ok(value) => panic!("{code:?} raised nothing (gave {value})"),
        Err(err) => err.to_string(),
    }
}

/// `a == b` in Python.
#[track_caller]
fn assert_py_eq(a: &Bound<'_, PyAny>, b: &Bound<'_, PyAny>) {
    assert!(a.eq(b).unwrap(), "{a} != {b}");
}

/// The `"Type: message"` of a failed conversion.
#[track_caller]
fn err_of<T: std::fmt::Debug>(result: PyResult<T>) -> String {
    result.unwrap_err().to_string()
}

/// `ValueError` with jiff's message for `err`.
fn jiff_error(err: jiff::Error) -> String {
    format!("ValueError: {err}")
}

fn date(y: i16, m: i8, d: i8) -> Date {
    Date::new(y, m, d).unwrap()
}

fn datetime(y: i16, mo: i8, d: i8, h: i8, mi: i8, s: i8, ns: i32) -> DateTime {
    DateTime::new(y, mo, d, h, mi, s, ns).unwrap()
}

// ---------------------------------------------------------------------------
// civil::Date, ISOWeekDate
// ---------------------------------------------------------------------------

#[test]
fn date_round_trips_at_the_boundaries() {
    with_py(|py| {
        for (y, m, d) in [
            (1, 1, 1),
            (9999, 12, 31),
            (2024, 2, 29),
            (2000, 2, 29),
            (1900, 2, 28),
            (1970, 1, 1),
        ] {
            let rust = date(y, m, d);
            let py_date = rust.into_pyobject(py).unwrap();
            assert!(py_date.is_exact_instance_of::<PyDate>());
            assert_eq!(refcount(&py_date), 1);
            assert_py_eq(&py_date, &py_eval(py, &format!("date({y}, {m}, {d})")));
            assert_eq!(py_date.extract::<Date>().unwrap(), rust);
            assert_py_eq(&(&rust).into_pyobject(py).unwrap(), &py_date);
        }
    });
}

#[test]
fn date_outside_python_range_is_refused() {
    with_py(|py| {
        for (y, m, d) in [(0, 1, 1), (-1, 12, 31), (-9999, 1, 1)] {
            assert_eq!(
                err_of(date(y, m, d).into_pyobject(py)),
                py_error(py, &format!("date({y}, {m}, {d})"))
            );
        }
        assert_eq!(
            err_of(Date::MIN.into_pyobject(py)),
            py_error(py, "date(-9999, 1, 1)")
        );
    });
}

#[test]
fn iso_week_date_round_trips() {
    with_py(|py| {
        // 2021-01-03 is in week 53 of ISO year 2020.
        let week_date = ISOWeekDate::new(2020, 53, jiff::civil::Weekday::Sunday).unwrap();
        let py_date = week_date.into_pyobject(py).unwrap();
        assert_py_eq(&py_date, &py_eval(py, "date(2021, 1, 3)"));
        assert_py_eq(&(&week_date).into_pyobject(py).unwrap(), &py_date);
        let back = py_date.extract::<ISOWeekDate>().unwrap();
        assert_eq!(back, week_date);
        assert_eq!((back.year(), back.week()), (2020, 53));
    });
}

// ---------------------------------------------------------------------------
// civil::Time
// ---------------------------------------------------------------------------

#[test]
fn time_round_trips_and_truncates_nanoseconds() {
    with_py(|py| {
        for (time, python) in [
            (Time::midnight(), "time(0, 0)"),
            (Time::MAX, "time(23, 59, 59, 999999)"),
            (
                Time::new(12, 30, 45, 123_456_789).unwrap(),
                "time(12, 30, 45, 123456)",
            ),
            (Time::new(0, 0, 0, 999).unwrap(), "time(0, 0)"),
            (Time::new(0, 0, 0, 1_000).unwrap(), "time(0, 0, 0, 1)"),
        ] {
            let py_time = time.into_pyobject(py).unwrap();
            assert!(py_time.is_exact_instance_of::<PyTime>());
            assert_eq!(refcount(&py_time), 1);
            assert_py_eq(&py_time, &py_eval(py, python));
            // Back with the sub-microsecond part gone.
            let truncated = time
                .with()
                .subsec_nanosecond(time.subsec_nanosecond() / 1000 * 1000)
                .build()
                .unwrap();
            assert_eq!(py_time.extract::<Time>().unwrap(), truncated);
        }
        assert!(
            Time::MAX
                .into_pyobject(py)
                .unwrap()
                .getattr("tzinfo")
                .unwrap()
                .is_none()
        );
    });
}

#[test]
fn time_extraction_ignores_tzinfo_and_fold() {
    with_py(|py| {
        let aware = py_eval(py, "time(1, 2, 3, 4, tzinfo=timezone.utc, fold=1)");
        assert_eq!(
            aware.extract::<Time>().unwrap(),
            Time::new(1, 2, 3, 4_000).unwrap()
        );
    });
}

// ---------------------------------------------------------------------------
// civil::DateTime
// ---------------------------------------------------------------------------

#[test]
fn datetime_round_trips_at_the_boundaries() {
    with_py(|py| {
        for (rust, python) in [
            (datetime(1, 1, 1, 0, 0, 0, 0), "datetime(1, 1, 1)"),
            (
                datetime(9999, 12, 31, 23, 59, 59, 999_999_999),
                "datetime(9999, 12, 31, 23, 59, 59, 999999)",
            ),
            (
                datetime(2024, 2, 29, 12, 0, 0, 1_999),
                "datetime(2024, 2, 29, 12, 0, 0, 1)",
            ),
        ] {
            let py_datetime = rust.into_pyobject(py).unwrap();
            assert!(py_datetime.is_exact_instance_of::<PyDateTime>());
            assert_eq!(refcount(&py_datetime), 1);
            assert_py_eq(&py_datetime, &py_eval(py, python));
            assert!(py_datetime.getattr("tzinfo").unwrap().is_none());
            assert_eq!(
                py_datetime
                    .getattr("fold")
                    .unwrap()
                    .extract::<u8>()
                    .unwrap(),
                0
            );
            let back = py_datetime.extract::<DateTime>().unwrap();
            assert_eq!(back.date(), rust.date());
            assert_eq!(
                back.subsec_nanosecond(),
                rust.subsec_nanosecond() / 1000 * 1000
            );
            assert_py_eq(&(&rust).into_pyobject(py).unwrap(), &py_datetime);
        }
        // A naive fold is just dropped.
        assert_eq!(
            py_eval(py, "datetime(2024, 11, 3, 1, 30, fold=1)")
                .extract::<DateTime>()
                .unwrap(),
            datetime(2024, 11, 3, 1, 30, 0, 0)
        );
    });
}

#[test]
fn datetime_refusals() {
    with_py(|py| {
        assert_eq!(
            err_of(py_eval(py, "datetime(2024, 1, 1, tzinfo=timezone.utc)").extract::<DateTime>()),
            "TypeError: expected a datetime without tzinfo"
        );
        assert_eq!(
            err_of(datetime(0, 12, 31, 23, 59, 59, 0).into_pyobject(py)),
            py_error(py, "datetime(0, 12, 31, 23, 59, 59)")
        );
        assert_eq!(
            err_of(DateTime::MIN.into_pyobject(py)),
            py_error(py, "datetime(-9999, 1, 1)")
        );
        // A `date` is not a `datetime`.
        assert_eq!(
            err_of(py_eval(py, "date(2024, 1, 1)").extract::<DateTime>()),
            "TypeError: 'date' object is not an instance of 'datetime'"
        );
    });
}

// ---------------------------------------------------------------------------
// Zoned, Timestamp
// ---------------------------------------------------------------------------

fn new_york() -> TimeZone {
    TimeZone::get("America/New_York").unwrap()
}

#[test]
fn zoned_in_utc_fixed_and_iana_zones() {
    with_py(|py| {
        let utc = datetime(2024, 7, 14, 12, 0, 0, 500_000_999)
            .to_zoned(TimeZone::UTC)
            .unwrap();
        let py_utc = utc.clone().into_pyobject(py).unwrap();
        assert!(
            py_utc
                .getattr("tzinfo")
                .unwrap()
                .is(PyTzInfo::utc(py).unwrap().as_any())
        );
        assert_py_eq(
            &py_utc,
            &py_eval(py, "datetime(2024, 7, 14, 12, 0, 0, 500000, timezone.utc)"),
        );

        let fixed = datetime(2024, 7, 14, 12, 0, 0, 0)
            .to_zoned(TimeZone::fixed(
                Offset::from_seconds(5 * 3600 + 1800).unwrap(),
            ))
            .unwrap();
        let py_fixed = (&fixed).into_pyobject(py).unwrap();
        assert_py_eq(
            &py_fixed.getattr("tzinfo").unwrap(),
            &py_eval(py, "timezone(timedelta(hours=5, minutes=30))"),
        );
        assert_eq!(
            py_fixed.extract::<Zoned>().unwrap().to_string(),
            fixed.to_string()
        );

        let ny = datetime(2024, 7, 14, 12, 0, 0, 0)
            .to_zoned(new_york())
            .unwrap();
        let py_ny = ny.clone().into_pyobject(py).unwrap();
        let zone = py_ny.getattr("tzinfo").unwrap();
        assert!(zone.is(py_eval(py, "ZoneInfo('America/New_York')")));
        assert_py_eq(
            &py_ny,
            &py_eval(
                py,
                "datetime(2024, 7, 14, 12, tzinfo=ZoneInfo('America/New_York'))",
            ),
        );
        let back = py_ny.extract::<Zoned>().unwrap();
        assert_eq!(
            back.to_string(),
            "2024-07-14T12:00:00-04:00[America/New_York]"
        );
        assert_eq!(back.time_zone().iana_name(), Some("America/New_York"));

        // The cached ZoneInfo is shared, not leaked.
        let before = refcount(&zone);
        for _ in 0..10 {
            drop(ny.clone().into_pyobject(py).unwrap());
        }
        assert_eq!(refcount(&zone), before);
        assert_eq!(refcount(&py_ny), 1);
    });
}

#[test]
fn zoned_fold_in_new_york() {
    with_py(|py| {
        // 2024-11-03: clocks go back from 02:00 EDT to 01:00 EST.
        let first = "2024-11-03T01:30:00-04:00[America/New_York]"
            .parse::<Zoned>()
            .unwrap();
        let second = "2024-11-03T01:30:00-05:00[America/New_York]"
            .parse::<Zoned>()
            .unwrap();
        let before = "2024-11-03T00:59:59-04:00[America/New_York]"
            .parse::<Zoned>()
            .unwrap();
        let after = "2024-11-03T02:00:00-05:00[America/New_York]"
            .parse::<Zoned>()
            .unwrap();
        for (zoned, fold) in [(&before, 0), (&first, 0), (&second, 1), (&after, 0)] {
            let py_zoned = zoned.into_pyobject(py).unwrap();
            assert_eq!(
                py_zoned.getattr("fold").unwrap().extract::<u8>().unwrap(),
                fold,
                "{zoned}"
            );
            // Python sees the same instant and offset.
            let timestamp = py_zoned
                .call_method0("timestamp")
                .unwrap()
                .extract::<f64>()
                .unwrap();
            assert_eq!(timestamp as i64, zoned.timestamp().as_second(), "{zoned}");
            assert_py_eq(
                &py_zoned.call_method0("utcoffset").unwrap(),
                &zoned
                    .offset()
                    .into_pyobject(py)
                    .unwrap()
                    .call_method1("utcoffset", (py.None(),))
                    .unwrap(),
            );
            let back = py_zoned.extract::<Zoned>().unwrap();
            assert_eq!(back.to_string(), zoned.to_string());
        }

        // Python-made datetimes in the fold pick the instant their fold says.
        for (fold, expected) in [
            (0, "2024-11-03T01:30:00-04:00[America/New_York]"),
            (1, "2024-11-03T01:30:00-05:00[America/New_York]"),
        ] {
            let py_zoned = py_eval(
                py,
                &format!(
                    "datetime(2024, 11, 3, 1, 30, tzinfo=ZoneInfo('America/New_York'), fold={fold})"
                ),
            );
            let zoned = py_zoned.extract::<Zoned>().unwrap();
            assert_eq!(zoned.to_string(), expected);
            let timestamp = py_zoned
                .call_method0("timestamp")
                .unwrap()
                .extract::<f64>()
                .unwrap();
            assert_eq!(zoned.timestamp().as_second(), timestamp as i64);
            assert_eq!(py_zoned.extract::<Timestamp>().unwrap(), zoned.timestamp());
        }
    });
}

#[test]
fn zoned_gap_in_new_york() {
    with_py(|py| {
        // 2024-03-10: clocks go forward from 02:00 EST to 03:00 EDT, so
        // 02:30 does not exist. Python reads it with the offset before the
        // gap for fold=0 (a later instant), after it for fold=1.
        for (fold, expected) in [
            (0, "2024-03-10T03:30:00-04:00[America/New_York]"),
            (1, "2024-03-10T01:30:00-05:00[America/New_York]"),
        ] {
            let py_zoned = py_eval(
                py,
                &format!(
                    "datetime(2024, 3, 10, 2, 30, tzinfo=ZoneInfo('America/New_York'), fold={fold})"
                ),
            );
            let zoned = py_zoned.extract::<Zoned>().unwrap();
            assert_eq!(zoned.to_string(), expected, "fold={fold}");
            let timestamp = py_zoned
                .call_method0("timestamp")
                .unwrap()
                .extract::<f64>()
                .unwrap();
            assert_eq!(
                zoned.timestamp().as_second(),
                timestamp as i64,
                "fold={fold}"
            );
        }
    });
}

#[test]
fn zoned_refusals() {
    with_py(|py| {
        assert_eq!(
            err_of(py_eval(py, "datetime(2024, 1, 1)").extract::<Zoned>()),
            "TypeError: expected a datetime with non-None tzinfo"
        );
        assert_eq!(
            err_of(py_eval(py, "datetime(2024, 1, 1)").extract::<Timestamp>()),
            "TypeError: expected a datetime with non-None tzinfo"
        );
        // Python's last hours are beyond jiff's last instant.
        let late = py_eval(py, "datetime(9999, 12, 31, 23, tzinfo=timezone.utc)");
        let expected = TimeZone::UTC
            .to_ambiguous_zoned(datetime(9999, 12, 31, 23, 0, 0, 0))
            .compatible()
            .unwrap_err();
        assert_eq!(err_of(late.extract::<Zoned>()), jiff_error(expected));
        assert!(late.extract::<Timestamp>().is_err());
        // Python's first instant is fine.
        assert_eq!(
            py_eval(py, "datetime(1, 1, 1, tzinfo=timezone.utc)")
                .extract::<Zoned>()
                .unwrap()
                .to_string(),
            "0001-01-01T00:00:00+00:00[UTC]"
        );
        // An unknown zone name.
        let unknown = py_eval(py, "datetime(2024, 1, 1, tzinfo=Keyed('Not/AZone'))");
        assert_eq!(
            err_of(unknown.extract::<Zoned>()),
            jiff_error(TimeZone::get("Not/AZone").unwrap_err())
        );
        // Years before 1 on the way to Python.
        let zoned = datetime(0, 6, 1, 0, 0, 0, 0).to_zoned(new_york()).unwrap();
        assert_eq!(
            err_of(zoned.into_pyobject(py)),
            py_error(py, "datetime(0, 6, 1, tzinfo=ZoneInfo('America/New_York'))")
        );
        // A zone that is neither IANA nor fixed has no Python equivalent.
        let posix = TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap();
        let zoned = datetime(2024, 1, 1, 0, 0, 0, 0)
            .to_zoned(posix.clone())
            .unwrap();
        assert_eq!(
            err_of(zoned.into_pyobject(py)),
            jiff_error(posix.to_fixed_offset().unwrap_err())
        );
    });
}

#[test]
fn timestamp_round_trips() {
    with_py(|py| {
        // Python keeps whole microseconds of the wall time: an instant
        // before the epoch is floored, not truncated towards zero.
        for (timestamp, python, back) in [
            (
                Timestamp::UNIX_EPOCH,
                "datetime(1970, 1, 1, tzinfo=timezone.utc)",
                "1970-01-01T00:00:00Z",
            ),
            (
                Timestamp::new(-62_135_596_800, 0).unwrap(),
                "datetime(1, 1, 1, tzinfo=timezone.utc)",
                "0001-01-01T00:00:00Z",
            ),
            (
                Timestamp::MAX,
                "datetime(9999, 12, 30, 22, 0, 0, 999999, tzinfo=timezone.utc)",
                "9999-12-30T22:00:00.999999Z",
            ),
            (
                // One nanosecond before the epoch.
                Timestamp::new(-1, 999_999_999).unwrap(),
                "datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)",
                "1969-12-31T23:59:59.999999Z",
            ),
            (
                Timestamp::new(1, 1_999).unwrap(),
                "datetime(1970, 1, 1, 0, 0, 1, 1, tzinfo=timezone.utc)",
                "1970-01-01T00:00:01.000001Z",
            ),
        ] {
            let py_timestamp = timestamp.into_pyobject(py).unwrap();
            assert_py_eq(&py_timestamp, &py_eval(py, python));
            assert!(
                py_timestamp
                    .getattr("tzinfo")
                    .unwrap()
                    .is(PyTzInfo::utc(py).unwrap().as_any())
            );
            assert_eq!(
                py_timestamp.extract::<Timestamp>().unwrap(),
                back.parse::<Timestamp>().unwrap()
            );
            assert_py_eq(&(&timestamp).into_pyobject(py).unwrap(), &py_timestamp);
        }
        // Any zone gives the instant.
        assert_eq!(
            py_eval(
                py,
                "datetime(2024, 7, 14, 8, tzinfo=ZoneInfo('America/New_York'))"
            )
            .extract::<Timestamp>()
            .unwrap(),
            "2024-07-14T12:00:00Z".parse::<Timestamp>().unwrap()
        );
        assert_eq!(
            err_of(Timestamp::MIN.into_pyobject(py)),
            py_error(py, "datetime(-9999, 1, 2, tzinfo=timezone.utc)")
        );
    });
}

// ---------------------------------------------------------------------------
// TimeZone, Offset
// ---------------------------------------------------------------------------

#[test]
fn time_zone_conversions() {
    with_py(|py| {
        let utc = PyTzInfo::utc(py).unwrap();
        assert!(TimeZone::UTC.into_pyobject(py).unwrap().is(utc.as_any()));
        assert_eq!(utc.extract::<TimeZone>().unwrap(), TimeZone::UTC);
        assert_eq!(
            py_eval(py, "timezone(timedelta(0))")
                .extract::<TimeZone>()
                .unwrap(),
            TimeZone::UTC
        );

        let ny = (&new_york()).into_pyobject(py).unwrap();
        assert!(ny.is(py_eval(py, "ZoneInfo('America/New_York')")));
        let back = ny.extract::<TimeZone>().unwrap();
        assert_eq!(back.iana_name(), Some("America/New_York"));

        let fixed = TimeZone::fixed(Offset::from_seconds(-(9 * 3600 + 30 * 60)).unwrap());
        let py_fixed = fixed.clone().into_pyobject(py).unwrap();
        assert_py_eq(
            &py_fixed,
            &py_eval(py, "timezone(-timedelta(hours=9, minutes=30))"),
        );
        assert_eq!(py_fixed.extract::<TimeZone>().unwrap(), fixed);

        // Refusals.
        assert_eq!(
            err_of(py.None().bind(py).extract::<TimeZone>()),
            "TypeError: 'None' is not an instance of 'tzinfo'"
        );
        assert_eq!(
            err_of(py_eval(py, "Keyed(5)").extract::<TimeZone>()),
            "TypeError: 'int' object is not an instance of 'str'"
        );
        assert_eq!(
            err_of(py_eval(py, "Keyed('Not/AZone')").extract::<TimeZone>()),
            jiff_error(TimeZone::get("Not/AZone").unwrap_err())
        );
        let posix = TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap();
        assert_eq!(
            err_of(posix.into_pyobject(py)),
            jiff_error(
                TimeZone::posix("EST5EDT,M3.2.0,M11.1.0")
                    .unwrap()
                    .to_fixed_offset()
                    .unwrap_err()
            )
        );
    });
}

#[test]
fn offset_conversions() {
    with_py(|py| {
        let utc = PyTzInfo::utc(py).unwrap();
        assert!(Offset::UTC.into_pyobject(py).unwrap().is(utc.as_any()));
        assert_eq!(utc.extract::<Offset>().unwrap(), Offset::UTC);

        for seconds in [1, -1, 5 * 3600 + 1800, 86_399, -86_399] {
            let offset = Offset::from_seconds(seconds).unwrap();
            let py_offset = offset.into_pyobject(py).unwrap();
            assert_py_eq(
                &py_offset,
                &py_eval(py, &format!("timezone(timedelta(seconds={seconds}))")),
            );
            assert_eq!(py_offset.extract::<Offset>().unwrap(), offset);
            assert_py_eq(&(&offset).into_pyobject(py).unwrap(), &py_offset);
        }
        // Sub-second offsets are truncated.
        assert_eq!(
            py_eval(py, "timezone(timedelta(seconds=3600, microseconds=999999))")
                .extract::<Offset>()
                .unwrap(),
            Offset::from_seconds(3600).unwrap()
        );

        // Offsets of a day or more do not exist in Python.
        for seconds in [86_400, -86_400, 93_599, -93_599] {
            assert_eq!(
                err_of(Offset::from_seconds(seconds).unwrap().into_pyobject(py)),
                py_error(py, &format!("timezone(timedelta(seconds={seconds}))")),
                "{seconds}"
            );
        }
        // Zones whose offset varies.
        assert_eq!(
            err_of(py_eval(py, "ZoneInfo('America/New_York')").extract::<Offset>()),
            "TypeError: zoneinfo.ZoneInfo(key='America/New_York') is not a fixed offset timezone"
        );
        // A `tzinfo` reporting offsets jiff cannot hold, or no timedelta.
        assert_eq!(
            err_of(py_eval(py, "Odd(timedelta(hours=30))").extract::<Offset>()),
            jiff_error(Offset::from_seconds(30 * 3600).unwrap_err())
        );
        assert_eq!(
            err_of(py_eval(py, "Odd(5)").extract::<Offset>()),
            "TypeError: 'int' object is not an instance of 'timedelta'"
        );
        assert_eq!(
            err_of(py.None().bind(py).extract::<Offset>()),
            "TypeError: 'None' is not an instance of 'tzinfo'"
        );
    });
}

// ---------------------------------------------------------------------------
// SignedDuration, Span
// ---------------------------------------------------------------------------

#[test]
fn signed_duration_round_trips() {
    with_py(|py| {
        for (duration, python) in [
            (SignedDuration::ZERO, "timedelta(0)"),
            (SignedDuration::new(-10, 0), "timedelta(seconds=-10)"),
            (
                SignedDuration::new(0, -500_000_000),
                "timedelta(microseconds=-500000)",
            ),
            (
                SignedDuration::new(-10, -500_000_000),
                "timedelta(seconds=-10.5)",
            ),
            (
                SignedDuration::new(86_400 + 5, 7_000),
                "timedelta(days=1, seconds=5, microseconds=7)",
            ),
            (
                SignedDuration::new(999_999_999 * 86_400 + 86_399, 999_999_000),
                "timedelta.max",
            ),
            (
                SignedDuration::new(-999_999_999 * 86_400, 0),
                "timedelta.min",
            ),
        ] {
            let py_delta = duration.into_pyobject(py).unwrap();
            assert!(py_delta.is_exact_instance_of::<PyDelta>());
            assert_py_eq(&py_delta, &py_eval(py, python));
            assert_eq!(py_delta.extract::<SignedDuration>().unwrap(), duration);
            assert_py_eq(&(&duration).into_pyobject(py).unwrap(), &py_delta);
        }
        // Nanoseconds below a microsecond are dropped towards zero.
        for (duration, micros) in [
            (SignedDuration::new(0, 1), 0),
            (SignedDuration::new(0, -1), 0),
            (SignedDuration::new(0, 1_999), 1),
            (SignedDuration::new(0, -1_999), -1),
            (SignedDuration::new(-1, -999_999_999), -1_999_999),
        ] {
            assert_py_eq(
                &duration.into_pyobject(py).unwrap(),
                &py_eval(py, &format!("timedelta(microseconds={micros})")),
            );
        }
    });
}

#[test]
fn signed_duration_refusals() {
    with_py(|py| {
        for days in [1_000_000_000_i64, -1_000_000_000] {
            assert_eq!(
                err_of(SignedDuration::from_secs(days * 86_400).into_pyobject(py)),
                py_error(py, &format!("timedelta(days={days})"))
            );
        }
        for duration in [SignedDuration::MAX, SignedDuration::MIN] {
            assert_eq!(
                err_of(duration.into_pyobject(py)),
                "ValueError: out of range integral type conversion attempted"
            );
        }
        assert_eq!(
            err_of(py.None().bind(py).extract::<SignedDuration>()),
            "TypeError: 'None' is not an instance of 'timedelta'"
        );
    });
}

#[test]
fn span_extraction() {
    with_py(|py| {
        let span = py_eval(py, "timedelta(days=-1, seconds=5, microseconds=7)")
            .extract::<Span>()
            .unwrap();
        assert_eq!(
            SignedDuration::try_from(span).unwrap(),
            SignedDuration::new(-86_400 + 5, 7_000)
        );
        assert_eq!(span.get_days(), 0);
        // A Span holds up to 631107417600 seconds, less than timedelta.max.
        let too_long = SignedDuration::new(999_999_999 * 86_400 + 86_399, 999_999_000);
        assert_eq!(
            err_of(py_eval(py, "timedelta.max").extract::<Span>()),
            jiff_error(Span::try_from(too_long).unwrap_err())
        );
        assert_eq!(
            err_of(py.None().bind(py).extract::<Span>()),
            "TypeError: 'None' is not an instance of 'timedelta'"
        );
    });
}

#[test]
fn wrong_types_are_refused() {
    with_py(|py| {
        let none = py.None().into_bound(py);
        assert_eq!(
            err_of(none.extract::<Date>()),
            "TypeError: 'None' is not an instance of 'date'"
        );
        assert_eq!(
            err_of(none.extract::<ISOWeekDate>()),
            "TypeError: 'None' is not an instance of 'date'"
        );
        assert_eq!(
            err_of(none.extract::<Time>()),
            "TypeError: 'None' is not an instance of 'time'"
        );
        assert_eq!(
            err_of(none.extract::<DateTime>()),
            "TypeError: 'None' is not an instance of 'datetime'"
        );
        assert_eq!(
            err_of(none.extract::<Zoned>()),
            "TypeError: 'None' is not an instance of 'datetime'"
        );
        assert_eq!(
            err_of(none.extract::<Timestamp>()),
            "TypeError: 'None' is not an instance of 'datetime'"
        );
    });
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    use pyo3::conversion::{FromPyObject, IntoPyObject};
    fn input<'a, 'py, T: FromPyObject<'a, 'py>>() -> String {
        T::INPUT_TYPE.to_string()
    }
    fn output<'py, T: IntoPyObject<'py>>() -> String {
        T::OUTPUT_TYPE.to_string()
    }
    assert_eq!(input::<Date>(), "datetime.date");
    assert_eq!(output::<Date>(), "datetime.date");
    assert_eq!(output::<&Date>(), "datetime.date");
    assert_eq!(input::<ISOWeekDate>(), "datetime.date");
    assert_eq!(output::<ISOWeekDate>(), "datetime.date");
    assert_eq!(input::<Time>(), "datetime.time");
    assert_eq!(output::<&Time>(), "datetime.time");
    assert_eq!(input::<DateTime>(), "datetime.datetime");
    assert_eq!(output::<DateTime>(), "datetime.datetime");
    assert_eq!(input::<Zoned>(), "datetime.datetime");
    assert_eq!(output::<Zoned>(), "datetime.datetime");
    assert_eq!(output::<&Zoned>(), "datetime.datetime");
    assert_eq!(input::<Timestamp>(), "datetime.datetime");
    assert_eq!(output::<Timestamp>(), "datetime.datetime");
    assert_eq!(input::<TimeZone>(), "datetime.tzinfo");
    assert_eq!(output::<TimeZone>(), "datetime.tzinfo");
    assert_eq!(input::<Offset>(), "datetime.tzinfo");
    assert_eq!(output::<Offset>(), "datetime.timezone");
    assert_eq!(output::<&Offset>(), "datetime.timezone");
    assert_eq!(input::<SignedDuration>(), "datetime.timedelta");
    assert_eq!(output::<SignedDuration>(), "datetime.timedelta");
    assert_eq!(input::<Span>(), "datetime.timedelta");
}
