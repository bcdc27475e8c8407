//! Features `chrono`, `chrono-tz` and `chrono-local`: chrono's types to and
//! from `datetime`'s (and `zoneinfo.ZoneInfo`). The same tests run off the
//! limited API (through the `datetime` C API) and under it (through the
//! module).

use std::ffi::CString;

use chrono::{
    DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc,
};
use pyo3::exceptions::{PyOverflowError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{IntoPyDict, PyDate, PyDateTime, PyDelta, PyDict, PyTime, PyTzInfo};
use pyo3::{BoundObject, PyTypeInfo};

use crate::common::{refcount, with_py};

/// Evaluates `code` with `datetime`'s classes, `ZoneInfo` and a few test
/// classes in scope.
fn py_eval<'py>(py: Python<'py>, code: &str) -> Bound<'py, PyAny> {
    let globals = PyDict::new(py);
    let setup = c"
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

class Thirty(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=30)
    def __repr__(self):
        return 'Thirty()'

class Floating(tzinfo):
    def utcoffset(self, dt):
        return None
    def __repr__(self):
        return 'Floating()'

class Keyed:
    key = 'Nowhere/Land'

class MyDateTime(datetime):
    pass
";
    py.run(setup, Some(&globals), None).unwrap();
    let code = CString::new(code).unwrap();
    py.eval(&code, Some(&globals), None)
        .unwrap_or_else(|err| panic!("evaluating {code:?} failed: {err}"))
}

/// Converts `value` and checks that Python finds it equal to `expected`
/// (a Python expression) and of type `T`.
#[track_caller]
fn to_python<'py, V, T>(py: Python<'py>, value: V, expected: &str) -> Bound<'py, PyAny>
where
    V: IntoPyObject<'py, Target = T>,
    V::Error: Into<PyErr>,
    T: PyTypeInfo,
{
    let object = value
        .into_pyobject(py)
        .map_err(Into::into)
        .unwrap_or_else(|err| panic!("converting to {expected} failed: {err}"))
        .into_any()
        .into_bound();
    assert!(
        object.is_instance_of::<T>(),
        "{object} is not a {}",
        T::type_object(py)
    );
    let expected_object = py_eval(py, expected);
    assert!(
        object.eq(&expected_object).unwrap(),
        "{} != {expected}",
        object.repr().unwrap()
    );
    assert_eq!(
        object.repr().unwrap().to_string(),
        expected_object.repr().unwrap().to_string()
    );
    object
}

/// Extracts a `T` from the value of `code`.
#[track_caller]
fn extract_ok<T>(py: Python<'_>, code: &str) -> T
where
    T: for<'a, 'py> FromPyObject<'a, 'py, Error = PyErr>,
{
    py_eval(py, code)
        .extract::<T>()
        .unwrap_or_else(|err| panic!("extracting from {code} failed: {err}"))
}

/// Asserts that extracting a `T` from the value of `code` fails with `E`
/// and `"Type: message"` `message`.
#[track_caller]
fn extract_err<T, E>(py: Python<'_>, code: &str, message: &str)
where
    T: for<'a, 'py> FromPyObject<'a, 'py, Error = PyErr> + std::fmt::Debug,
    E: PyTypeInfo,
{
    let err = py_eval(py, code)
        .extract::<T>()
        .expect_err(&format!("extracting from {code} should fail"));
    assert!(
        err.is_instance_of::<E>(py),
        "{err} is not a {}",
        E::type_object(py)
    );
    assert_eq!(err.to_string(), message, "extracting from {code}");
}

/// Asserts that converting `value` fails with `E` and `message`.
#[track_caller]
fn into_err<'py, V, E>(py: Python<'py>, value: V, message: &str)
where
    V: IntoPyObject<'py> + std::fmt::Debug + Copy,
    V::Error: Into<PyErr>,
    E: PyTypeInfo,
{
    let err = match value.into_pyobject(py) {
        Ok(_) => panic!("converting {value:?} should fail"),
        Err(err) => Into::<PyErr>::into(err),
    };
    assert!(
        err.is_instance_of::<E>(py),
        "{err} is not a {}",
        E::type_object(py)
    );
    assert_eq!(err.to_string(), message, "converting {value:?}");
}

/// Python's own `"Type: message"` for the exception `code` raises.
fn python_error(py: Python<'_>, code: &str) -> String {
    let globals = PyDict::new(py);
    py.run(
        c"from datetime import date, datetime, time, timedelta",
        Some(&globals),
        None,
    )
    .unwrap();
    let code = CString::new(code).unwrap();
    match py.eval(&code, Some(&globals), None) {
        Ok(value) => panic!("{code:?} raised nothing (gave {value})"),
        Err(err) => err.to_string(),
    }
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn hms_micro(hour: u32, minute: u32, second: u32, micro: u32) -> NaiveTime {
    NaiveTime::from_hms_micro_opt(hour, minute, second, micro).unwrap()
}

// ---------------------------------------------------------------------------
// Duration <-> timedelta
// ---------------------------------------------------------------------------

#[test]
fn durations_round_trip_at_the_boundaries() {
    with_py(|py| {
        let cases = [
            (Duration::zero(), "timedelta(0)"),
            (Duration::microseconds(1), "timedelta(microseconds=1)"),
            (Duration::microseconds(-1), "timedelta(microseconds=-1)"),
            (
                Duration::days(1) - Duration::microseconds(1),
                "timedelta(seconds=86399, microseconds=999999)",
            ),
            (
                Duration::seconds(-90061) - Duration::microseconds(500),
                "-timedelta(days=1, hours=1, minutes=1, seconds=1, microseconds=500)",
            ),
            (
                Duration::days(999_999_999)
                    + Duration::seconds(86399)
                    + Duration::microseconds(999_999),
                "timedelta.max",
            ),
            (Duration::days(-999_999_999), "timedelta.min"),
        ];
        for (duration, expected) in cases {
            let object = to_python::<_, PyDelta>(py, duration, expected);
            // (3.13 and later keep an immortal zero `timedelta`.)
            if !duration.is_zero() {
                assert_eq!(refcount(&object), 1, "{expected} is a new object");
            }
            assert_eq!(object.extract::<Duration>().unwrap(), duration);
            assert_eq!(extract_ok::<Duration>(py, expected), duration);
            to_python::<_, PyDelta>(py, &duration, expected);
        }
    });
}

#[test]
fn durations_lose_their_nanoseconds_toward_zero() {
    with_py(|py| {
        to_python::<_, PyDelta>(py, Duration::nanoseconds(999), "timedelta(0)");
        to_python::<_, PyDelta>(py, Duration::nanoseconds(-999), "timedelta(0)");
        to_python::<_, PyDelta>(
            py,
            Duration::nanoseconds(1_999),
            "timedelta(microseconds=1)",
        );
        to_python::<_, PyDelta>(
            py,
            Duration::nanoseconds(-1_999),
            "timedelta(microseconds=-1)",
        );
        to_python::<_, PyDelta>(
            py,
            Duration::seconds(-3) - Duration::nanoseconds(999_999_999),
            "timedelta(seconds=-3, microseconds=-999999)",
        );
    });
}

#[test]
fn durations_beyond_timedelta_overflow() {
    with_py(|py| {
        into_err::<_, PyOverflowError>(
            py,
            Duration::days(1_000_000_000),
            "OverflowError: days=1000000000; must have magnitude <= 999999999",
        );
        into_err::<_, PyOverflowError>(
            py,
            Duration::days(-999_999_999) - Duration::microseconds(1),
            "OverflowError: days=-1000000000; must have magnitude <= 999999999",
        );
        // More days than a C int holds, in either direction, are passed on
        // as `i32::MAX` (as PyO3 does), the seconds and microseconds as they
        // are: Python normalises negative ones by borrowing a day.
        for duration in [Duration::MAX, Duration::days(-3_000_000_000)] {
            into_err::<_, PyOverflowError>(
                py,
                duration,
                "OverflowError: days=2147483647; must have magnitude <= 999999999",
            );
        }
        assert!(Duration::MIN.num_seconds() % 86400 < 0);
        into_err::<_, PyOverflowError>(
            py,
            Duration::MIN,
            "OverflowError: days=2147483646; must have magnitude <= 999999999",
        );
        // The same as Python says it.
        assert_eq!(
            python_error(py, "timedelta(days=1000000000)"),
            "OverflowError: days=1000000000; must have magnitude <= 999999999"
        );
    });
}

#[test]
fn durations_refuse_what_is_not_a_timedelta() {
    with_py(|py| {
        extract_err::<Duration, PyTypeError>(
            py,
            "None",
            "TypeError: 'None' is not an instance of 'timedelta'",
        );
        extract_err::<Duration, PyTypeError>(
            py,
            "1.5",
            "TypeError: 'float' object is not an instance of 'timedelta'",
        );
    });
}

// ---------------------------------------------------------------------------
// NaiveDate <-> date
// ---------------------------------------------------------------------------

#[test]
fn dates_round_trip_at_the_boundaries() {
    with_py(|py| {
        for (date, expected) in [
            (ymd(1, 1, 1), "date.min"),
            (ymd(9999, 12, 31), "date.max"),
            (ymd(2024, 2, 29), "date(2024, 2, 29)"),
            (ymd(1970, 1, 1), "date(1970, 1, 1)"),
        ] {
            let object = to_python::<_, PyDate>(py, date, expected);
            assert_eq!(refcount(&object), 1);
            assert!(!object.is_instance_of::<PyDateTime>());
            assert_eq!(object.extract::<NaiveDate>().unwrap(), date);
            assert_eq!(extract_ok::<NaiveDate>(py, expected), date);
            to_python::<_, PyDate>(py, &date, expected);
        }
        // A datetime is a date: its date part.
        assert_eq!(
            extract_ok::<NaiveDate>(py, "datetime(2020, 5, 6, 7, 8, tzinfo=timezone.utc)"),
            ymd(2020, 5, 6)
        );
    });
}

#[test]
fn dates_outside_python_years_are_refused() {
    with_py(|py| {
        for year in [0, 10000, -1, 262_142] {
            into_err::<_, PyValueError>(
                py,
                ymd(year, 1, 1),
                &python_error(py, &format!("date({year}, 1, 1)")),
            );
        }
        into_err::<_, PyValueError>(py, ymd(0, 1, 1), "ValueError: year 0 is out of range");
        into_err::<_, PyValueError>(
            py,
            ymd(10000, 1, 1),
            "ValueError: year 10000 is out of range",
        );
        extract_err::<NaiveDate, PyTypeError>(
            py,
            "None",
            "TypeError: 'None' is not an instance of 'date'",
        );
        extract_err::<NaiveDate, PyTypeError>(
            py,
            "'2020-01-01'",
            "TypeError: 'str' object is not an instance of 'date'",
        );
        extract_err::<NaiveDate, PyTypeError>(
            py,
            "time(1)",
            "TypeError: 'time' object is not an instance of 'date'",
        );
    });
}

// ---------------------------------------------------------------------------
// NaiveTime <-> time
// ---------------------------------------------------------------------------

#[test]
fn times_round_trip_at_the_boundaries() {
    with_py(|py| {
        for (time, expected) in [
            (hms_micro(0, 0, 0, 0), "time.min"),
            (hms_micro(23, 59, 59, 999_999), "time.max"),
            (hms_micro(12, 34, 56, 7), "time(12, 34, 56, 7)"),
        ] {
            let object = to_python::<_, PyTime>(py, time, expected);
            assert_eq!(refcount(&object), 1);
            assert!(object.getattr("tzinfo").unwrap().is_none());
            assert_eq!(object.extract::<NaiveTime>().unwrap(), time);
            assert_eq!(extract_ok::<NaiveTime>(py, expected), time);
            to_python::<_, PyTime>(py, &time, expected);
        }
        // The wall-clock fields of an aware time, its zone not looked at.
        assert_eq!(
            extract_ok::<NaiveTime>(py, "time(1, 2, 3, 4, tzinfo=timezone(timedelta(hours=5)))"),
            hms_micro(1, 2, 3, 4)
        );
        extract_err::<NaiveTime, PyTypeError>(
            py,
            "None",
            "TypeError: 'None' is not an instance of 'time'",
        );
        extract_err::<NaiveTime, PyTypeError>(
            py,
            "datetime(2020, 1, 1)",
            "TypeError: 'datetime' object is not an instance of 'time'",
        );
    });
}

#[test]
fn times_keep_microseconds_and_truncate_nanoseconds() {
    with_py(|py| {
        let time = NaiveTime::from_hms_nano_opt(1, 2, 3, 999_999_999).unwrap();
        to_python::<_, PyTime>(py, time, "time(1, 2, 3, 999999)");
        let time = NaiveTime::from_hms_nano_opt(1, 2, 3, 1_999).unwrap();
        to_python::<_, PyTime>(py, time, "time(1, 2, 3, 1)");
        let datetime = ymd(2000, 1, 1).and_hms_nano_opt(0, 0, 0, 999).unwrap();
        to_python::<_, PyDateTime>(py, datetime, "datetime(2000, 1, 1)");
    });
}

// ---------------------------------------------------------------------------
// Leap seconds: second 59 and a `UserWarning` (in a child process, as the
// warning filters are global to the interpreter)
// ---------------------------------------------------------------------------

#[test]
fn leap_seconds_are_dropped_with_a_warning() {
    if std::env::var_os("PYO3_CHILD_CHRONO_LEAP_SECONDS").is_none() {
        crate::common::assert_test_passes_in_child(
            "conv_chrono::leap_seconds_are_dropped_with_a_warning",
            &[("PYO3_CHILD_CHRONO_LEAP_SECONDS", "1")],
        );
        return;
    }
    with_py(|py| {
        let warnings = py.import("warnings").unwrap();
        let recorder = warnings
            .getattr("catch_warnings")
            .unwrap()
            .call((), Some(&[("record", true)].into_py_dict(py).unwrap()))
            .unwrap();
        let caught = recorder.call_method0("__enter__").unwrap();
        warnings.call_method1("simplefilter", ("always",)).unwrap();

        // chrono's leap second: nanoseconds from 1 000 000 000, in second 59.
        let leap_time = NaiveTime::from_hms_micro_opt(23, 59, 59, 1_250_000).unwrap();
        let leap_datetime = ymd(2016, 12, 31).and_time(leap_time);
        to_python::<_, PyTime>(py, leap_time, "time(23, 59, 59, 250000)");
        to_python::<_, PyDateTime>(
            py,
            leap_datetime,
            "datetime(2016, 12, 31, 23, 59, 59, 250000)",
        );
        to_python::<_, PyDateTime>(
            py,
            leap_datetime.and_utc(),
            "datetime(2016, 12, 31, 23, 59, 59, 250000, tzinfo=timezone.utc)",
        );
        let offset = FixedOffset::east_opt(3600).unwrap();
        let leap_in_offset = leap_datetime.and_utc().with_timezone(&offset);
        assert_eq!(
            leap_in_offset.naive_local().time().nanosecond(),
            1_250_000_000
        );
        to_python::<_, PyDateTime>(
            py,
            leap_in_offset,
            "datetime(2017, 1, 1, 0, 59, 59, 250000, tzinfo=timezone(timedelta(hours=1)))",
        );
        // Not a leap second: no warning.
        to_python::<_, PyTime>(py, hms_micro(23, 59, 59, 999_999), "time.max");

        recorder
            .call_method1("__exit__", (py.None(), py.None(), py.None()))
            .unwrap();
        let caught: Vec<Bound<'_, PyAny>> = caught.extract().unwrap();
        assert_eq!(caught.len(), 4, "one warning per leap second");
        for warning in &caught {
            assert!(
                warning
                    .getattr("category")
                    .unwrap()
                    .is(py.get_type::<pyo3::exceptions::PyUserWarning>())
            );
            assert_eq!(
                warning
                    .getattr("message")
                    .unwrap()
                    .str()
                    .unwrap()
                    .to_string(),
                "ignored leap-second, `datetime` does not support leap-seconds"
            );
        }

        // Warnings as errors: the value is still made, the error reported
        // as unraisable in the context of the new object.
        let globals = PyDict::new(py);
        py.run(
            c"import sys, warnings
warnings.simplefilter('error')
seen = []
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value), repr(u.object)))",
            Some(&globals),
            None,
        )
        .unwrap();
        to_python::<_, PyTime>(py, leap_time, "time(23, 59, 59, 250000)");
        let seen = globals.get_item("seen").unwrap().unwrap();
        let seen: Vec<(String, String, String)> = seen.extract().unwrap();
        assert_eq!(
            seen,
            [(
                "UserWarning".to_owned(),
                "ignored leap-second, `datetime` does not support leap-seconds".to_owned(),
                "datetime.time(23, 59, 59, 250000)".to_owned()
            )]
        );
        assert!(!PyErr::occurred(py));
    });
}

// ---------------------------------------------------------------------------
// NaiveDateTime <-> naive datetime
// ---------------------------------------------------------------------------

#[test]
fn naive_datetimes_round_trip_at_the_boundaries() {
    with_py(|py| {
        for (datetime, expected) in [
            (ymd(1, 1, 1).and_hms_opt(0, 0, 0).unwrap(), "datetime.min"),
            (
                ymd(9999, 12, 31).and_time(hms_micro(23, 59, 59, 999_999)),
                "datetime.max",
            ),
            (
                ymd(2024, 2, 29).and_time(hms_micro(12, 0, 1, 2)),
                "datetime(2024, 2, 29, 12, 0, 1, 2)",
            ),
        ] {
            let object = to_python::<_, PyDateTime>(py, datetime, expected);
            assert_eq!(refcount(&object), 1);
            assert!(object.getattr("tzinfo").unwrap().is_none());
            assert_eq!(object.getattr("fold").unwrap().extract::<u8>().unwrap(), 0);
            assert_eq!(object.extract::<NaiveDateTime>().unwrap(), datetime);
            assert_eq!(extract_ok::<NaiveDateTime>(py, expected), datetime);
            to_python::<_, PyDateTime>(py, &datetime, expected);
        }
        // Subclasses are datetimes.
        assert_eq!(
            extract_ok::<NaiveDateTime>(py, "MyDateTime(2001, 2, 3, 4, 5, 6, 7)"),
            ymd(2001, 2, 3).and_time(hms_micro(4, 5, 6, 7))
        );
    });
}

#[test]
fn naive_datetimes_refuse_aware_ones_and_python_years() {
    with_py(|py| {
        for aware in [
            "datetime(2020, 1, 1, tzinfo=timezone.utc)",
            "datetime(2020, 1, 1, tzinfo=ZoneInfo('Europe/Paris'))",
        ] {
            extract_err::<NaiveDateTime, PyTypeError>(
                py,
                aware,
                "TypeError: expected a datetime without tzinfo",
            );
        }
        extract_err::<NaiveDateTime, PyTypeError>(
            py,
            "date(2020, 1, 1)",
            "TypeError: 'date' object is not an instance of 'datetime'",
        );
        extract_err::<NaiveDateTime, PyTypeError>(
            py,
            "None",
            "TypeError: 'None' is not an instance of 'datetime'",
        );
        into_err::<_, PyValueError>(
            py,
            ymd(0, 12, 31).and_hms_opt(23, 59, 59).unwrap(),
            "ValueError: year 0 is out of range",
        );
        into_err::<_, PyValueError>(
            py,
            ymd(10000, 1, 1).and_hms_opt(0, 0, 0).unwrap(),
            "ValueError: year 10000 is out of range",
        );
    });
}

// ---------------------------------------------------------------------------
// DateTime<Utc>, DateTime<FixedOffset>, Utc, FixedOffset
// ---------------------------------------------------------------------------

#[test]
fn utc_is_the_timezone_utc_singleton() {
    with_py(|py| {
        let utc = py_eval(py, "timezone.utc");
        let before = refcount(&utc);
        for _ in 0..3 {
            assert!(Utc.into_pyobject(py).unwrap().is(&utc));
            assert!((&Utc).into_pyobject(py).unwrap().is(&utc));
        }
        assert_eq!(refcount(&utc), before, "a borrowed singleton");
        assert_eq!(extract_ok::<Utc>(py, "timezone.utc"), Utc);
        // Equal to it is enough.
        assert_eq!(extract_ok::<Utc>(py, "timezone(timedelta(0))"), Utc);
        for other in [
            "timezone(timedelta(hours=1))",
            "ZoneInfo('UTC')",
            "None",
            "0",
        ] {
            extract_err::<Utc, PyValueError>(
                py,
                other,
                "ValueError: expected datetime.timezone.utc",
            );
        }
    });
}

#[test]
fn fixed_offsets_round_trip() {
    with_py(|py| {
        for (seconds, expected) in [
            (0, "timezone.utc"),
            (3600 * 5 + 1800, "timezone(timedelta(hours=5, minutes=30))"),
            (-3600 * 8, "timezone(timedelta(hours=-8))"),
            (86399, "timezone(timedelta(seconds=86399))"),
            (-86399, "timezone(-timedelta(seconds=86399))"),
            (1, "timezone(timedelta(seconds=1))"),
        ] {
            let offset = FixedOffset::east_opt(seconds).unwrap();
            let object = to_python::<_, PyTzInfo>(py, offset, expected);
            assert_eq!(object.extract::<FixedOffset>().unwrap(), offset);
            assert_eq!(extract_ok::<FixedOffset>(py, expected), offset);
            to_python::<_, PyTzInfo>(py, &offset, expected);
        }
        let zero = FixedOffset::east_opt(0).unwrap().into_pyobject(py).unwrap();
        assert!(zero.is(py_eval(py, "timezone.utc")));
        // Sub-second offsets are truncated toward zero.
        assert_eq!(
            extract_ok::<FixedOffset>(py, "timezone(timedelta(seconds=3600, microseconds=999999))"),
            FixedOffset::east_opt(3600).unwrap()
        );
        assert_eq!(
            extract_ok::<FixedOffset>(py, "timezone(-timedelta(seconds=3600, microseconds=1))"),
            FixedOffset::east_opt(-3600).unwrap()
        );
        // A zoneinfo zone with a single offset answers `utcoffset(None)`.
        assert_eq!(
            extract_ok::<FixedOffset>(py, "ZoneInfo('Etc/GMT-5')"),
            FixedOffset::east_opt(5 * 3600).unwrap()
        );
    });
}

#[test]
fn fixed_offsets_refuse_zones_without_one_offset() {
    with_py(|py| {
        extract_err::<FixedOffset, PyTypeError>(
            py,
            "ZoneInfo('Europe/Paris')",
            "TypeError: zoneinfo.ZoneInfo(key='Europe/Paris') is not a fixed offset timezone",
        );
        extract_err::<FixedOffset, PyTypeError>(
            py,
            "Floating()",
            "TypeError: Floating() is not a fixed offset timezone",
        );
        extract_err::<FixedOffset, PyValueError>(
            py,
            "Thirty()",
            "ValueError: fixed offset out of bounds",
        );
        extract_err::<FixedOffset, PyTypeError>(
            py,
            "None",
            "TypeError: 'None' is not an instance of 'tzinfo'",
        );
        extract_err::<FixedOffset, PyTypeError>(
            py,
            "timedelta(hours=1)",
            "TypeError: 'timedelta' object is not an instance of 'tzinfo'",
        );
    });
}

#[test]
fn utc_datetimes_round_trip() {
    with_py(|py| {
        for (datetime, expected) in [
            (
                ymd(2014, 5, 6)
                    .and_time(hms_micro(7, 8, 9, 999_999))
                    .and_utc(),
                "datetime(2014, 5, 6, 7, 8, 9, 999999, tzinfo=timezone.utc)",
            ),
            (
                ymd(1, 1, 1).and_hms_opt(0, 0, 0).unwrap().and_utc(),
                "datetime.min.replace(tzinfo=timezone.utc)",
            ),
            (
                ymd(9999, 12, 31)
                    .and_time(hms_micro(23, 59, 59, 999_999))
                    .and_utc(),
                "datetime.max.replace(tzinfo=timezone.utc)",
            ),
        ] {
            let object = to_python::<_, PyDateTime>(py, datetime, expected);
            assert_eq!(refcount(&object), 1);
            assert!(
                object
                    .getattr("tzinfo")
                    .unwrap()
                    .is(py_eval(py, "timezone.utc"))
            );
            assert_eq!(object.extract::<DateTime<Utc>>().unwrap(), datetime);
            assert_eq!(extract_ok::<DateTime<Utc>>(py, expected), datetime);
            to_python::<_, PyDateTime>(py, &datetime, expected);
        }
        into_err::<_, PyValueError>(
            py,
            ymd(10000, 1, 1).and_hms_opt(0, 0, 0).unwrap().and_utc(),
            "ValueError: year 10000 is out of range",
        );
        into_err::<_, PyValueError>(
            py,
            ymd(0, 1, 1).and_hms_opt(0, 0, 0).unwrap().and_utc(),
            "ValueError: year 0 is out of range",
        );
    });
}

#[test]
fn aware_datetimes_refuse_naive_ones_and_other_zones() {
    with_py(|py| {
        extract_err::<DateTime<Utc>, PyTypeError>(
            py,
            "datetime(2020, 1, 1)",
            "TypeError: expected a datetime with non-None tzinfo",
        );
        extract_err::<DateTime<FixedOffset>, PyTypeError>(
            py,
            "datetime(2020, 1, 1)",
            "TypeError: expected a datetime with non-None tzinfo",
        );
        extract_err::<DateTime<Utc>, PyValueError>(
            py,
            "datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1)))",
            "ValueError: expected datetime.timezone.utc",
        );
        extract_err::<DateTime<FixedOffset>, PyTypeError>(
            py,
            "datetime(2020, 1, 1, tzinfo=ZoneInfo('Europe/Paris'))",
            "TypeError: zoneinfo.ZoneInfo(key='Europe/Paris') is not a fixed offset timezone",
        );
        extract_err::<DateTime<Utc>, PyTypeError>(
            py,
            "date(2020, 1, 1)",
            "TypeError: 'date' object is not an instance of 'datetime'",
        );
        extract_err::<DateTime<FixedOffset>, PyTypeError>(
            py,
            "None",
            "TypeError: 'None' is not an instance of 'datetime'",
        );
    });
}

#[test]
fn fixed_offset_datetimes_keep_their_wall_time() {
    with_py(|py| {
        let offset = FixedOffset::east_opt(-(9 * 3600 + 30 * 60)).unwrap();
        let datetime = offset
            .from_local_datetime(&ymd(2014, 5, 6).and_time(hms_micro(7, 8, 9, 10)))
            .unwrap();
        let expected =
            "datetime(2014, 5, 6, 7, 8, 9, 10, tzinfo=timezone(-timedelta(hours=9, minutes=30)))";
        let object = to_python::<_, PyDateTime>(py, datetime, expected);
        assert_eq!(object.extract::<DateTime<FixedOffset>>().unwrap(), datetime);
        // The same instant in UTC.
        let in_utc = object
            .extract::<DateTime<FixedOffset>>()
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            extract_ok::<DateTime<Utc>>(py, &format!("({expected}).astimezone(timezone.utc)")),
            in_utc
        );
        // Extracting as `DateTime<Utc>` needs UTC itself.
        assert!(object.extract::<DateTime<Utc>>().is_err());
        // A UTC datetime as `DateTime<FixedOffset>`: offset zero.
        let zero = extract_ok::<DateTime<FixedOffset>>(
            py,
            "datetime(2020, 1, 1, 12, tzinfo=timezone.utc)",
        );
        assert_eq!(zero.offset().local_minus_utc(), 0);
        assert_eq!(
            zero.with_timezone(&Utc),
            Utc.with_ymd_and_hms(2020, 1, 1, 12, 0, 0).unwrap()
        );
    });
}

// ---------------------------------------------------------------------------
// chrono-tz: Tz <-> zoneinfo.ZoneInfo, DST transitions and `fold`
// ---------------------------------------------------------------------------

#[cfg(feature = "chrono-tz")]
mod tz {
    use chrono::{DateTime, Offset, TimeZone, Utc};
    use chrono_tz::Tz;
    use pyo3::exceptions::{PyAttributeError, PyTypeError, PyValueError};
    use pyo3::prelude::*;
    use pyo3::types::{PyDateTime, PyTzInfo};

    use super::{extract_err, extract_ok, py_eval, to_python, ymd};

    #[test]
    fn zones_convert_by_name() {
        with_py(|py| {
            for (zone, name) in [
                (Tz::Europe__Paris, "Europe/Paris"),
                (Tz::UTC, "UTC"),
                (Tz::Etc__GMTMinus5, "Etc/GMT-5"),
                (
                    Tz::America__Argentina__Buenos_Aires,
                    "America/Argentina/Buenos_Aires",
                ),
            ] {
                let expected = format!("ZoneInfo({name:?})");
                let object = to_python::<_, PyTzInfo>(py, zone, &expected);
                // `ZoneInfo` caches its instances: the very same object.
                assert!(object.is(py_eval(py, &expected)));
                to_python::<_, PyTzInfo>(py, &zone, &expected);
                assert_eq!(object.extract::<Tz>().unwrap(), zone);
                assert_eq!(extract_ok::<Tz>(py, &expected), zone);
            }
        });
    }

    #[test]
    fn zones_refuse_unknown_names_and_keyless_objects() {
        with_py(|py| {
            extract_err::<Tz, PyValueError>(py, "Keyed()", "ValueError: failed to parse timezone");
            extract_err::<Tz, PyAttributeError>(
                py,
                "None",
                "AttributeError: 'NoneType' object has no attribute 'key'",
            );
            extract_err::<Tz, PyAttributeError>(
                py,
                "timezone.utc",
                "AttributeError: 'datetime.timezone' object has no attribute 'key'",
            );
            extract_err::<DateTime<Tz>, PyAttributeError>(
                py,
                "datetime(2020, 1, 1, tzinfo=timezone.utc)",
                "AttributeError: 'datetime.timezone' object has no attribute 'key'",
            );
            extract_err::<DateTime<Tz>, PyTypeError>(
                py,
                "datetime(2020, 1, 1)",
                "TypeError: expected a datetime with non-None tzinfo",
            );
        });
    }

    /// Paris, 2024: clocks go forward at 02:00 CET on 31 March (01:00 UTC)
    /// and back at 03:00 CEST on 27 October (01:00 UTC).
    #[test]
    fn paris_transitions_set_and_read_fold() {
        with_py(|py| {
            let paris = Tz::Europe__Paris;
            let cases = [
                // (UTC time, Python wall time in Paris, fold, offset hours)
                ((3, 31, 0, 59), (3, 31, 1, 59), 0, 1),
                ((3, 31, 1, 0), (3, 31, 3, 0), 0, 2),
                ((10, 26, 23, 59), (10, 27, 1, 59), 0, 2),
                ((10, 27, 0, 0), (10, 27, 2, 0), 0, 2),
                ((10, 27, 0, 30), (10, 27, 2, 30), 0, 2),
                ((10, 27, 1, 0), (10, 27, 2, 0), 1, 1),
                ((10, 27, 1, 30), (10, 27, 2, 30), 1, 1),
                ((10, 27, 2, 0), (10, 27, 3, 0), 0, 1),
            ];
            for (
                (month, day, hour, minute),
                (wall_month, wall_day, wall_hour, wall_minute),
                fold,
                hours,
            ) in cases
            {
                let instant = Utc
                    .with_ymd_and_hms(2024, month, day, hour, minute, 0)
                    .unwrap();
                let datetime = instant.with_timezone(&paris);
                assert_eq!(datetime.offset().fix().local_minus_utc(), hours * 3600);
                let expected = format!(
                    "datetime(2024, {wall_month}, {wall_day}, {wall_hour}, {wall_minute}, fold={fold}, tzinfo=ZoneInfo('Europe/Paris'))"
                );
                let object = to_python::<_, PyDateTime>(py, datetime, &expected);
                assert_eq!(
                    object.getattr("fold").unwrap().extract::<i32>().unwrap(),
                    fold,
                    "{expected}"
                );
                // Python agrees on the instant and the offset.
                let utc = py_eval(py, "timezone.utc");
                let in_utc = object.call_method1("astimezone", (utc,)).unwrap();
                assert_eq!(
                    in_utc.extract::<DateTime<Utc>>().unwrap(),
                    instant,
                    "{expected}"
                );
                let offset = object.call_method0("utcoffset").unwrap();
                assert_eq!(
                    offset.extract::<chrono::Duration>().unwrap(),
                    chrono::Duration::hours(hours.into())
                );
                // And back: `fold` picks the earlier or the later.
                assert_eq!(
                    object.extract::<DateTime<Tz>>().unwrap(),
                    datetime,
                    "{expected}"
                );
                assert_eq!(extract_ok::<DateTime<Tz>>(py, &expected), datetime);
            }
        });
    }

    #[test]
    fn skipped_wall_times_are_refused() {
        with_py(|py| {
            extract_err::<DateTime<Tz>, PyValueError>(
                py,
                "datetime(2024, 3, 31, 2, 30, tzinfo=ZoneInfo('Europe/Paris'))",
                "ValueError: The datetime datetime.datetime(2024, 3, 31, 2, 30, tzinfo=zoneinfo.ZoneInfo(key='Europe/Paris')) contains an incompatible timezone",
            );
            // Valid just before and after the gap.
            let before = extract_ok::<DateTime<Tz>>(
                py,
                "datetime(2024, 3, 31, 1, 59, 59, 999999, tzinfo=ZoneInfo('Europe/Paris'))",
            );
            let after = extract_ok::<DateTime<Tz>>(
                py,
                "datetime(2024, 3, 31, 3, 0, tzinfo=ZoneInfo('Europe/Paris'))",
            );
            assert_eq!((after - before).num_microseconds(), Some(1));
            assert_eq!(
                before.naive_local(),
                ymd(2024, 3, 31).and_time(super::hms_micro(1, 59, 59, 999_999))
            );
        });
    }

    #[test]
    fn zoned_datetimes_as_utc_or_fixed_offset() {
        with_py(|py| {
            // A Paris datetime needs `DateTime<Tz>`: its zone has no single
            // offset, and it is not UTC.
            let code = "datetime(2024, 7, 1, 12, tzinfo=ZoneInfo('Europe/Paris'))";
            extract_err::<DateTime<Utc>, PyValueError>(
                py,
                code,
                "ValueError: expected datetime.timezone.utc",
            );
            let paris = extract_ok::<DateTime<Tz>>(py, code);
            assert_eq!(
                paris.with_timezone(&Utc),
                Utc.with_ymd_and_hms(2024, 7, 1, 10, 0, 0).unwrap()
            );
        });
    }

    use crate::common::with_py;
}

// ---------------------------------------------------------------------------
// chrono-local: Local <-> the system zone's ZoneInfo
// ---------------------------------------------------------------------------

#[cfg(feature = "chrono-local")]
mod local {
    use chrono::{DateTime, Local, TimeZone, Utc};
    use pyo3::exceptions::{PyTypeError, PyValueError};
    use pyo3::prelude::*;
    use pyo3::types::PyDateTime;

    use super::{extract_err, extract_ok, hms_micro, py_eval, ymd};
    use crate::common::{refcount, with_py};

    fn system_zone_name() -> String {
        iana_time_zone::get_timezone().unwrap()
    }

    #[test]
    fn local_is_the_system_zone() {
        with_py(|py| {
            let name = system_zone_name();
            let expected = py_eval(py, &format!("ZoneInfo({name:?})"));
            let zone = Local.into_pyobject(py).unwrap();
            assert!(zone.is(&expected), "{zone:?} is not ZoneInfo({name:?})");
            let before = refcount(&expected);
            for _ in 0..3 {
                assert!((&Local).into_pyobject(py).unwrap().is(&expected));
            }
            assert_eq!(refcount(&expected), before, "the cached zone is borrowed");
            let _: Local = expected.extract().unwrap();
            let other = if name == "Europe/Paris" {
                "Asia/Tokyo"
            } else {
                "Europe/Paris"
            };
            extract_err::<Local, PyValueError>(
                py,
                &format!("ZoneInfo({other:?})"),
                &format!("ValueError: expected local timezone {name}"),
            );
            extract_err::<Local, PyValueError>(
                py,
                "None",
                &format!("ValueError: expected local timezone {name}"),
            );
        });
    }

    #[test]
    fn local_datetimes_round_trip_and_accept_naive_ones() {
        with_py(|py| {
            let now = Local::now();
            let object = now.into_pyobject(py).unwrap();
            assert!(object.is_instance_of::<PyDateTime>());
            assert!(
                object
                    .getattr("tzinfo")
                    .unwrap()
                    .is(Local.into_pyobject(py).unwrap())
            );
            let expected_micros = now.timestamp_micros();
            let back: DateTime<Local> = object.extract().unwrap();
            assert_eq!(back.timestamp_micros(), expected_micros);
            // Python agrees on the instant.
            let utc = py_eval(py, "timezone.utc");
            let in_utc = object.call_method1("astimezone", (utc,)).unwrap();
            assert_eq!(
                in_utc
                    .extract::<DateTime<Utc>>()
                    .unwrap()
                    .timestamp_micros(),
                expected_micros
            );

            // A naive datetime is local time (for `DateTime<Local>` only).
            let naive = ymd(2014, 5, 6).and_time(hms_micro(7, 8, 9, 10));
            let from_naive = extract_ok::<DateTime<Local>>(py, "datetime(2014, 5, 6, 7, 8, 9, 10)");
            assert_eq!(
                from_naive,
                Local.from_local_datetime(&naive).earliest().unwrap()
            );
            assert_eq!(from_naive.naive_local(), naive);
            extract_err::<DateTime<Utc>, PyTypeError>(
                py,
                "datetime(2014, 5, 6, 7, 8, 9, 10)",
                "TypeError: expected a datetime with non-None tzinfo",
            );
            // An aware datetime in another zone is refused.
            let name = system_zone_name();
            let other = if name == "Europe/Paris" {
                "Asia/Tokyo"
            } else {
                "Europe/Paris"
            };
            extract_err::<DateTime<Local>, PyValueError>(
                py,
                &format!("datetime(2014, 5, 6, tzinfo=ZoneInfo({other:?}))"),
                &format!("ValueError: expected local timezone {name}"),
            );
        });
    }
}

// ---------------------------------------------------------------------------
// Type hints
// ---------------------------------------------------------------------------

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints_are_pyo3s() {
    fn output<'py, T: IntoPyObject<'py>>() -> String {
        T::OUTPUT_TYPE.to_string()
    }
    fn input<T: for<'a, 'py> FromPyObject<'a, 'py>>() -> String {
        T::INPUT_TYPE.to_string()
    }
    let mut hints = vec![
        (output::<Duration>(), "datetime.timedelta"),
        (output::<&Duration>(), "datetime.timedelta"),
        (input::<Duration>(), "datetime.timedelta"),
        (output::<NaiveDate>(), "datetime.date"),
        (output::<&NaiveDate>(), "datetime.date"),
        (input::<NaiveDate>(), "datetime.date"),
        (output::<NaiveTime>(), "datetime.time"),
        (input::<NaiveTime>(), "datetime.time"),
        (output::<NaiveDateTime>(), "datetime.datetime"),
        (input::<NaiveDateTime>(), "datetime.datetime"),
        (output::<DateTime<Utc>>(), "datetime.datetime"),
        (output::<&DateTime<FixedOffset>>(), "datetime.datetime"),
        (input::<DateTime<Utc>>(), "datetime.datetime"),
        (output::<FixedOffset>(), "datetime.timezone"),
        (output::<&FixedOffset>(), "datetime.timezone"),
        (input::<FixedOffset>(), "datetime.tzinfo"),
        (output::<Utc>(), "datetime.timezone"),
        (output::<&Utc>(), "datetime.timezone"),
        (input::<Utc>(), "datetime.timezone"),
    ];
    #[cfg(feature = "chrono-tz")]
    hints.extend([
        (output::<chrono_tz::Tz>(), "zoneinfo.ZoneInfo"),
        (output::<&chrono_tz::Tz>(), "zoneinfo.ZoneInfo"),
        (input::<chrono_tz::Tz>(), "zoneinfo.ZoneInfo"),
    ]);
    #[cfg(feature = "chrono-local")]
    hints.extend([
        (output::<chrono::Local>(), "zoneinfo.ZoneInfo"),
        (output::<&chrono::Local>(), "zoneinfo.ZoneInfo"),
        (input::<chrono::Local>(), "zoneinfo.ZoneInfo"),
        (output::<DateTime<chrono::Local>>(), "datetime.datetime"),
    ]);
    with_py(|py| {
        for (hint, expected) in &hints {
            assert_eq!(hint, expected);
            // Each names a class that exists.
            let (module, name) = hint.rsplit_once('.').unwrap();
            let class = py.import(module).unwrap().getattr(name).unwrap();
            assert!(class.is_instance_of::<pyo3::types::PyType>(), "{hint}");
        }
    });
}
