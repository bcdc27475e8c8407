//! `time` 0.3 conversions (feature `time`): `Date`, `Time`,
//! `PrimitiveDateTime`, `OffsetDateTime`, `UtcDateTime`, `UtcOffset` and
//! `Duration`. The same tests run off the limited API (datetime C API) and
//! under it.

use pyo3::prelude::*;
use pyo3::types::{PyDate, PyDateTime, PyDelta, PyDict, PyTime, PyTzInfo};
use time::{
    Date, Duration, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcDateTime, UtcOffset,
};

use crate::common::{refcount, with_py};

/// Globals with the `datetime` names, `ZoneInfo` and `Odd(x)`, a `tzinfo`
/// whose `utcoffset` returns `x`.
fn namespace(py: Python<'_>) -> Bound<'_, PyDict> {
    let globals = PyDict::new(py);
    py.run(
        c"from datetime import date, time, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo
class Odd(tzinfo):
    def __init__(self, offset): self.offset = offset
    def utcoffset(self, dt): return self.offset
    def __repr__(self): return f'Odd({self.offset!r})'
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

fn date(year: i32, month: u8, day: u8) -> Date {
    Date::from_calendar_date(year, Month::try_from(month).unwrap(), day).unwrap()
}

fn time(hour: u8, minute: u8, second: u8, nanosecond: u32) -> Time {
    Time::from_hms_nano(hour, minute, second, nanosecond).unwrap()
}

fn offset(seconds: i32) -> UtcOffset {
    UtcOffset::from_whole_seconds(seconds).unwrap()
}

fn utc(py: Python<'_>) -> Bound<'_, PyTzInfo> {
    PyTzInfo::utc(py).unwrap().to_owned()
}

// ---------------------------------------------------------------------------
// Date, Time, PrimitiveDateTime
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
        // A `datetime` is a `date`.
        assert_eq!(
            py_eval(py, "datetime(2024, 2, 29, 23)")
                .extract::<Date>()
                .unwrap(),
            date(2024, 2, 29)
        );
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
        assert_eq!(
            err_of(py.None().bind(py).extract::<Date>()),
            "TypeError: 'None' is not an instance of 'date'"
        );
    });
}

#[test]
fn time_round_trips_and_truncates_nanoseconds() {
    with_py(|py| {
        for (rust, python, back) in [
            (Time::MIDNIGHT, "time(0, 0)", Time::MIDNIGHT),
            (
                time(23, 59, 59, 999_999_999),
                "time(23, 59, 59, 999999)",
                time(23, 59, 59, 999_999_000),
            ),
            (time(0, 0, 0, 999), "time(0, 0)", Time::MIDNIGHT),
            (
                time(0, 0, 0, 1_000),
                "time(0, 0, 0, 1)",
                time(0, 0, 0, 1_000),
            ),
        ] {
            let py_time = rust.into_pyobject(py).unwrap();
            assert!(py_time.is_exact_instance_of::<PyTime>());
            assert_eq!(refcount(&py_time), 1);
            assert_py_eq(&py_time, &py_eval(py, python));
            assert!(py_time.getattr("tzinfo").unwrap().is_none());
            assert_eq!(py_time.extract::<Time>().unwrap(), back);
            assert_py_eq(&(&rust).into_pyobject(py).unwrap(), &py_time);
        }
        // The tzinfo and fold of a `time` are not part of a `Time`.
        assert_eq!(
            py_eval(py, "time(1, 2, 3, 4, tzinfo=timezone.utc, fold=1)")
                .extract::<Time>()
                .unwrap(),
            time(1, 2, 3, 4_000)
        );
        assert_eq!(
            err_of(py.None().bind(py).extract::<Time>()),
            "TypeError: 'None' is not an instance of 'time'"
        );
    });
}

#[test]
fn primitive_date_time_round_trips() {
    with_py(|py| {
        for (rust, python) in [
            (
                PrimitiveDateTime::new(date(1, 1, 1), Time::MIDNIGHT),
                "datetime(1, 1, 1)",
            ),
            (
                PrimitiveDateTime::new(date(9999, 12, 31), time(23, 59, 59, 999_999_999)),
                "datetime(9999, 12, 31, 23, 59, 59, 999999)",
            ),
            (
                PrimitiveDateTime::new(date(2024, 2, 29), time(12, 0, 0, 1_999)),
                "datetime(2024, 2, 29, 12, 0, 0, 1)",
            ),
        ] {
            let py_datetime = rust.into_pyobject(py).unwrap();
            assert!(py_datetime.is_exact_instance_of::<PyDateTime>());
            assert_eq!(refcount(&py_datetime), 1);
            assert_py_eq(&py_datetime, &py_eval(py, python));
            assert!(py_datetime.getattr("tzinfo").unwrap().is_none());
            let back = py_datetime.extract::<PrimitiveDateTime>().unwrap();
            assert_eq!(back.date(), rust.date());
            assert_eq!(back.nanosecond(), rust.nanosecond() / 1000 * 1000);
            assert_py_eq(&(&rust).into_pyobject(py).unwrap(), &py_datetime);
        }
    });
}

#[test]
fn primitive_date_time_refusals() {
    with_py(|py| {
        assert_eq!(
            err_of(
                py_eval(py, "datetime(2024, 1, 1, tzinfo=timezone.utc)")
                    .extract::<PrimitiveDateTime>()
            ),
            "TypeError: expected a datetime without tzinfo"
        );
        assert_eq!(
            err_of(PrimitiveDateTime::new(date(0, 12, 31), Time::MIDNIGHT).into_pyobject(py)),
            py_error(py, "datetime(0, 12, 31)")
        );
        assert_eq!(
            err_of(py_eval(py, "date(2024, 1, 1)").extract::<PrimitiveDateTime>()),
            "TypeError: 'date' object is not an instance of 'datetime'"
        );
    });
}

// ---------------------------------------------------------------------------
// UtcOffset, OffsetDateTime, UtcDateTime
// ---------------------------------------------------------------------------

#[test]
fn utc_offset_conversions() {
    with_py(|py| {
        // Zero is the `timezone.utc` singleton.
        assert!(UtcOffset::UTC.into_pyobject(py).unwrap().is(utc(py)));
        assert_eq!(utc(py).extract::<UtcOffset>().unwrap(), UtcOffset::UTC);
        for seconds in [1, -1, 5 * 3600 + 1800, 86_399, -86_399] {
            let rust = offset(seconds);
            let py_offset = rust.into_pyobject(py).unwrap();
            assert_py_eq(
                &py_offset,
                &py_eval(py, &format!("timezone(timedelta(seconds={seconds}))")),
            );
            assert_eq!(py_offset.extract::<UtcOffset>().unwrap(), rust);
            assert_py_eq(&(&rust).into_pyobject(py).unwrap(), &py_offset);
        }
        // Sub-second offsets are truncated.
        assert_eq!(
            py_eval(py, "timezone(timedelta(seconds=3600, microseconds=999999))")
                .extract::<UtcOffset>()
                .unwrap(),
            offset(3600)
        );
        assert_eq!(
            py_eval(
                py,
                "timezone(-timedelta(seconds=3600, microseconds=999999))"
            )
            .extract::<UtcOffset>()
            .unwrap(),
            offset(-3600)
        );
    });
}

#[test]
fn utc_offset_refusals() {
    with_py(|py| {
        // `time` allows up to ±25:59:59, `timezone` less than a day.
        for seconds in [86_400, -86_400, 93_599, -93_599] {
            assert_eq!(
                err_of(offset(seconds).into_pyobject(py)),
                py_error(py, &format!("timezone(timedelta(seconds={seconds}))")),
                "{seconds}"
            );
        }
        assert_eq!(
            err_of(py_eval(py, "ZoneInfo('America/New_York')").extract::<UtcOffset>()),
            "TypeError: zoneinfo.ZoneInfo(key='America/New_York') is not a fixed offset timezone"
        );
        for too_far in [
            "timedelta(hours=26)",
            "-timedelta(hours=26)",
            "timedelta.max",
        ] {
            assert_eq!(
                err_of(py_eval(py, &format!("Odd({too_far})")).extract::<UtcOffset>()),
                "ValueError: UTC offset out of bounds",
                "{too_far}"
            );
        }
        assert_eq!(
            err_of(py_eval(py, "Odd(5)").extract::<UtcOffset>()),
            "TypeError: 'int' object is not an instance of 'timedelta'"
        );
        assert_eq!(
            err_of(py.None().bind(py).extract::<UtcOffset>()),
            "TypeError: 'None' is not an instance of 'tzinfo'"
        );
    });
}

#[test]
fn offset_date_time_round_trips() {
    with_py(|py| {
        for (rust, python) in [
            (
                PrimitiveDateTime::new(date(2024, 7, 14), time(12, 0, 0, 500_000_999))
                    .assume_offset(offset(5 * 3600 + 1800)),
                "datetime(2024, 7, 14, 12, 0, 0, 500000, timezone(timedelta(hours=5, minutes=30)))",
            ),
            (
                PrimitiveDateTime::new(date(1, 1, 1), Time::MIDNIGHT).assume_offset(offset(3600)),
                "datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1)))",
            ),
            (
                PrimitiveDateTime::new(date(9999, 12, 31), time(23, 59, 59, 999_999_000))
                    .assume_offset(offset(-86_399)),
                "datetime(9999, 12, 31, 23, 59, 59, 999999, timezone(-timedelta(seconds=86399)))",
            ),
        ] {
            let py_datetime = rust.into_pyobject(py).unwrap();
            assert_eq!(refcount(&py_datetime), 1);
            let expected = py_eval(py, python);
            assert_py_eq(&py_datetime, &expected);
            assert_py_eq(
                &py_datetime.getattr("tzinfo").unwrap(),
                &expected.getattr("tzinfo").unwrap(),
            );
            let back = py_datetime.extract::<OffsetDateTime>().unwrap();
            assert_eq!(back.offset(), rust.offset());
            assert_eq!(back.date(), rust.date());
            assert_eq!(back.nanosecond(), rust.nanosecond() / 1000 * 1000);
            assert_py_eq(&(&rust).into_pyobject(py).unwrap(), &py_datetime);
        }
        // UTC gives the `timezone.utc` singleton.
        let py_utc = OffsetDateTime::UNIX_EPOCH.into_pyobject(py).unwrap();
        assert!(py_utc.getattr("tzinfo").unwrap().is(utc(py)));
    });
}

#[test]
fn offset_date_time_refusals() {
    with_py(|py| {
        assert_eq!(
            err_of(py_eval(py, "datetime(2024, 1, 1)").extract::<OffsetDateTime>()),
            "TypeError: expected a datetime with non-None tzinfo"
        );
        // Zones whose offset varies have no single `UtcOffset`.
        assert_eq!(
            err_of(
                py_eval(
                    py,
                    "datetime(2024, 11, 3, 1, 30, tzinfo=ZoneInfo('America/New_York'))"
                )
                .extract::<OffsetDateTime>()
            ),
            "TypeError: zoneinfo.ZoneInfo(key='America/New_York') is not a fixed offset timezone"
        );
        let early =
            PrimitiveDateTime::new(date(0, 12, 31), Time::MIDNIGHT).assume_offset(offset(3600));
        assert_eq!(
            err_of(early.into_pyobject(py)),
            py_error(
                py,
                "datetime(0, 12, 31, tzinfo=timezone(timedelta(hours=1)))"
            )
        );
        let wide = OffsetDateTime::UNIX_EPOCH.to_offset(offset(25 * 3600));
        assert_eq!(
            err_of(wide.into_pyobject(py)),
            py_error(py, "timezone(timedelta(hours=25))")
        );
    });
}

#[test]
fn utc_date_time_conversions() {
    with_py(|py| {
        for (rust, python) in [
            (
                UtcDateTime::UNIX_EPOCH,
                "datetime(1970, 1, 1, tzinfo=timezone.utc)",
            ),
            (
                UtcDateTime::new(date(1, 1, 1), Time::MIDNIGHT),
                "datetime(1, 1, 1, tzinfo=timezone.utc)",
            ),
            (
                UtcDateTime::new(date(9999, 12, 31), time(23, 59, 59, 999_999_999)),
                "datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)",
            ),
        ] {
            let py_datetime = rust.into_pyobject(py).unwrap();
            assert_py_eq(&py_datetime, &py_eval(py, python));
            assert!(py_datetime.getattr("tzinfo").unwrap().is(utc(py)));
            let back = py_datetime.extract::<UtcDateTime>().unwrap();
            assert_eq!(back.date(), rust.date());
            assert_eq!(back.nanosecond(), rust.nanosecond() / 1000 * 1000);
            assert_py_eq(&(&rust).into_pyobject(py).unwrap(), &py_datetime);
        }
        // A zero-offset `timezone` equals `timezone.utc`.
        assert_eq!(
            py_eval(
                py,
                "datetime(2024, 1, 1, tzinfo=timezone(timedelta(0), 'Z'))"
            )
            .extract::<UtcDateTime>()
            .unwrap(),
            UtcDateTime::new(date(2024, 1, 1), Time::MIDNIGHT)
        );
    });
}

#[test]
fn utc_date_time_refusals() {
    with_py(|py| {
        assert_eq!(
            err_of(py_eval(py, "datetime(2024, 1, 1)").extract::<UtcDateTime>()),
            "TypeError: expected a datetime with non-None tzinfo"
        );
        for zone in ["timezone(timedelta(hours=1))", "ZoneInfo('UTC')"] {
            assert_eq!(
                err_of(
                    py_eval(py, &format!("datetime(2024, 1, 1, tzinfo={zone})"))
                        .extract::<UtcDateTime>()
                ),
                "ValueError: expected a datetime with UTC timezone",
                "{zone}"
            );
        }
        assert_eq!(
            err_of(UtcDateTime::new(date(-1, 1, 1), Time::MIDNIGHT).into_pyobject(py)),
            py_error(py, "datetime(-1, 1, 1, tzinfo=timezone.utc)")
        );
        assert_eq!(
            err_of(py.None().bind(py).extract::<UtcDateTime>()),
            "TypeError: 'None' is not an instance of 'datetime'"
        );
    });
}

// ---------------------------------------------------------------------------
// Duration
// ---------------------------------------------------------------------------

#[test]
fn duration_round_trips() {
    with_py(|py| {
        for (rust, python, (days, seconds, micros)) in [
            (Duration::ZERO, "timedelta(0)", (0, 0, 0)),
            (
                Duration::seconds(-10),
                "timedelta(seconds=-10)",
                (-1, 86_390, 0),
            ),
            (Duration::days(-2), "timedelta(days=-2)", (-2, 0, 0)),
            (
                Duration::milliseconds(-500),
                "timedelta(microseconds=-500000)",
                (-1, 86_399, 500_000),
            ),
            (
                Duration::new(-10, -500_000_000),
                "timedelta(seconds=-10.5)",
                (-1, 86_389, 500_000),
            ),
            (
                Duration::new(86_405, 7_000),
                "timedelta(days=1, seconds=5, microseconds=7)",
                (1, 5, 7),
            ),
            (
                Duration::new(999_999_999 * 86_400 + 86_399, 999_999_000),
                "timedelta.max",
                (999_999_999, 86_399, 999_999),
            ),
            (
                Duration::days(-999_999_999),
                "timedelta.min",
                (-999_999_999, 0, 0),
            ),
        ] {
            let py_delta = rust.into_pyobject(py).unwrap();
            assert!(py_delta.is_exact_instance_of::<PyDelta>());
            // (CPython 3.13 and later share one immortal `timedelta(0)`.)
            if !rust.is_zero() {
                assert_eq!(refcount(&py_delta), 1);
            }
            assert_py_eq(&py_delta, &py_eval(py, python));
            let fields = (
                py_delta.getattr("days").unwrap().extract::<i64>().unwrap(),
                py_delta
                    .getattr("seconds")
                    .unwrap()
                    .extract::<i64>()
                    .unwrap(),
                py_delta
                    .getattr("microseconds")
                    .unwrap()
                    .extract::<i64>()
                    .unwrap(),
            );
            assert_eq!(fields, (days, seconds, micros), "{rust}");
            assert_eq!(py_delta.extract::<Duration>().unwrap(), rust);
            assert_py_eq(&(&rust).into_pyobject(py).unwrap(), &py_delta);
        }
        // Nanoseconds below a microsecond are dropped towards zero.
        for (rust, micros) in [
            (Duration::nanoseconds(1), 0),
            (Duration::nanoseconds(-1), 0),
            (Duration::nanoseconds(1_999), 1),
            (Duration::nanoseconds(-1_999), -1),
            (Duration::new(-1, -999_999_999), -1_999_999),
        ] {
            assert_py_eq(
                &rust.into_pyobject(py).unwrap(),
                &py_eval(py, &format!("timedelta(microseconds={micros})")),
            );
        }
    });
}

#[test]
fn duration_refusals() {
    with_py(|py| {
        for days in [1_000_000_000_i64, -1_000_000_000] {
            assert_eq!(
                err_of(Duration::days(days).into_pyobject(py)),
                py_error(py, &format!("timedelta(days={days})"))
            );
        }
        for rust in [Duration::MAX, Duration::MIN, Duration::days(1 << 40)] {
            assert_eq!(
                err_of(rust.into_pyobject(py)),
                "OverflowError: duration out of range for Python timedelta"
            );
        }
        assert_eq!(
            err_of(py.None().bind(py).extract::<Duration>()),
            "TypeError: 'None' is not an instance of 'timedelta'"
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
    assert_eq!(input::<Time>(), "datetime.time");
    assert_eq!(output::<&Time>(), "datetime.time");
    assert_eq!(input::<PrimitiveDateTime>(), "datetime.datetime");
    assert_eq!(output::<PrimitiveDateTime>(), "datetime.datetime");
    assert_eq!(input::<OffsetDateTime>(), "datetime.datetime");
    assert_eq!(output::<&OffsetDateTime>(), "datetime.datetime");
    assert_eq!(input::<UtcDateTime>(), "datetime.datetime");
    assert_eq!(output::<UtcDateTime>(), "datetime.datetime");
    assert_eq!(input::<UtcOffset>(), "datetime.tzinfo");
    assert_eq!(output::<UtcOffset>(), "datetime.timezone");
    assert_eq!(output::<&UtcOffset>(), "datetime.timezone");
    assert_eq!(input::<Duration>(), "datetime.timedelta");
    assert_eq!(output::<Duration>(), "datetime.timedelta");
}
