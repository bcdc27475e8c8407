//! The `datetime` types: `PyDate`, `PyDateTime`, `PyTime`, `PyDelta`,
//! `PyTzInfo` and the access traits. The same tests run off the limited API
//! (C API) and under it (through the Python module).

use pyo3::exceptions::{PyKeyError, PyOverflowError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{
    PyDate, PyDateAccess, PyDateTime, PyDelta, PyDeltaAccess, PyDict, PyTime, PyTimeAccess,
    PyTzInfo, PyTzInfoAccess,
};

use crate::common::{eval, refcount, with_py};

/// Asserts that `result` failed with exception `E` and message `message`.
#[track_caller]
fn assert_err<E: pyo3::PyTypeInfo, T: std::fmt::Debug>(
    py: Python<'_>,
    result: PyResult<T>,
    message: &str,
) {
    let err = result.unwrap_err();
    assert!(
        err.is_instance_of::<E>(py),
        "unexpected exception {err} (wanted {})",
        E::type_object(py)
    );
    // CPython 3.14 adds the refused value (", not 13") to some messages
    // and drops the final period of others.
    let actual = err.value(py).to_string();
    let expected = message.trim_end_matches('.');
    assert!(
        actual.trim_end_matches('.') == expected
            || actual.starts_with(&format!("{expected}, not ")),
        "message {actual:?} is not {message:?}"
    );
}

/// Python's own message for an invalid date (CPython 3.14 words the day
/// and year messages differently from earlier versions).
fn python_date_error(py: Python<'_>, year: i32, month: u8, day: u8) -> String {
    let message = crate::common::python_error(
        py,
        &format!("__import__('datetime').date({year}, {month}, {day})"),
    );
    message
        .strip_prefix("ValueError: ")
        .unwrap_or(&message)
        .to_owned()
}

/// `a == b` in Python.
#[track_caller]
fn assert_py_eq(a: &Bound<'_, PyAny>, b: &Bound<'_, PyAny>) {
    assert!(a.eq(b).unwrap(), "{a} != {b}");
}

fn utc<'py>(py: Python<'py>) -> Bound<'py, PyTzInfo> {
    PyTzInfo::utc(py).unwrap().to_owned()
}

fn offset<'py>(py: Python<'py>, seconds: i32) -> Bound<'py, PyTzInfo> {
    PyTzInfo::fixed_offset(py, PyDelta::new(py, 0, seconds, 0, true).unwrap()).unwrap()
}

// ---------------------------------------------------------------------------
// date
// ---------------------------------------------------------------------------

#[test]
fn date_new_and_access() {
    with_py(|py| {
        let date = PyDate::new(py, 2023, 7, 14).unwrap();
        assert_eq!(date.get_year(), 2023);
        assert_eq!(date.get_month(), 7);
        assert_eq!(date.get_day(), 14);
        assert_py_eq(&date, &eval(py, "__import__('datetime').date(2023, 7, 14)"));
        assert!(date.is_exact_instance_of::<PyDate>());

        // Boundaries and leap days.
        for (year, month, day) in [
            (1, 1, 1),
            (9999, 12, 31),
            (2024, 2, 29),
            (2000, 2, 29),
            (2023, 12, 31),
        ] {
            let date = PyDate::new(py, year, month, day).unwrap();
            assert_eq!(
                (date.get_year(), date.get_month(), date.get_day()),
                (year, month, day)
            );
        }
    });
}

#[test]
fn date_invalid() {
    with_py(|py| {
        assert_err::<PyValueError, _>(py, PyDate::new(py, 2023, 13, 1), "month must be in 1..12");
        assert_err::<PyValueError, _>(py, PyDate::new(py, 2023, 0, 1), "month must be in 1..12");
        for (year, month, day) in [
            (2023, 1, 32),
            (2023, 1, 0),
            (2023, 4, 31),
            (2023, 2, 29),
            (1900, 2, 29),
            (2024, 2, 30),
            (2023, 1, 255),
        ] {
            assert_err::<PyValueError, _>(
                py,
                PyDate::new(py, year, month, day),
                &python_date_error(py, year, month, day),
            );
        }
        assert_err::<PyValueError, _>(
            py,
            PyDate::new(py, 0, 1, 1),
            &python_date_error(py, 0, 1, 1),
        );
        assert_err::<PyValueError, _>(
            py,
            PyDate::new(py, 10000, 1, 1),
            &python_date_error(py, 10000, 1, 1),
        );
        assert_err::<PyValueError, _>(
            py,
            PyDate::new(py, i32::MIN, 1, 1),
            &python_date_error(py, i32::MIN, 1, 1),
        );
    });
}

#[test]
fn date_from_timestamp() {
    with_py(|py| {
        let date = PyDate::from_timestamp(py, 100.0).unwrap();
        assert_py_eq(
            &date,
            &eval(py, "__import__('datetime').date.fromtimestamp(100)"),
        );
        let date = PyDate::from_timestamp(py, 1_700_000_000.5).unwrap();
        assert_py_eq(
            &date,
            &eval(
                py,
                "__import__('datetime').date.fromtimestamp(1700000000.5)",
            ),
        );
        assert!(date.is_exact_instance_of::<PyDate>());
        assert_err::<PyValueError, _>(
            py,
            PyDate::from_timestamp(py, f64::NAN),
            "Invalid value NaN (not a number)",
        );
        assert_err::<PyOverflowError, _>(
            py,
            PyDate::from_timestamp(py, 1e20),
            "timestamp out of range for platform time_t",
        );
    });
}

// ---------------------------------------------------------------------------
// datetime
// ---------------------------------------------------------------------------

#[test]
fn datetime_new_and_access() {
    with_py(|py| {
        let dt = PyDateTime::new(py, 2023, 7, 14, 13, 45, 30, 123_456, None).unwrap();
        assert_eq!((dt.get_year(), dt.get_month(), dt.get_day()), (2023, 7, 14));
        assert_eq!(
            (
                dt.get_hour(),
                dt.get_minute(),
                dt.get_second(),
                dt.get_microsecond()
            ),
            (13, 45, 30, 123_456)
        );
        assert!(!dt.get_fold());
        assert!(dt.get_tzinfo().is_none());
        assert_py_eq(
            &dt,
            &eval(
                py,
                "__import__('datetime').datetime(2023, 7, 14, 13, 45, 30, 123456)",
            ),
        );
        assert!(dt.is_exact_instance_of::<PyDateTime>());

        let first = PyDateTime::new(py, 1, 1, 1, 0, 0, 0, 0, None).unwrap();
        assert_py_eq(&first, &eval(py, "__import__('datetime').datetime.min"));
        let last = PyDateTime::new(py, 9999, 12, 31, 23, 59, 59, 999_999, None).unwrap();
        assert_py_eq(&last, &eval(py, "__import__('datetime').datetime.max"));
        assert_eq!(last.get_microsecond(), 999_999);
        let leap = PyDateTime::new(py, 2024, 2, 29, 12, 0, 0, 0, None).unwrap();
        assert_eq!((leap.get_month(), leap.get_day()), (2, 29));
    });
}

#[test]
fn datetime_invalid() {
    with_py(|py| {
        let new = |y, mo, d, h, mi, s, us| PyDateTime::new(py, y, mo, d, h, mi, s, us, None);
        assert_err::<PyValueError, _>(py, new(2023, 13, 1, 0, 0, 0, 0), "month must be in 1..12");
        assert_err::<PyValueError, _>(
            py,
            new(2023, 1, 32, 0, 0, 0, 0),
            &python_date_error(py, 2023, 1, 32),
        );
        assert_err::<PyValueError, _>(
            py,
            new(2023, 2, 29, 0, 0, 0, 0),
            &python_date_error(py, 2023, 2, 29),
        );
        assert_err::<PyValueError, _>(
            py,
            new(0, 1, 1, 0, 0, 0, 0),
            &python_date_error(py, 0, 1, 1),
        );
        assert_err::<PyValueError, _>(py, new(2023, 1, 1, 24, 0, 0, 0), "hour must be in 0..23");
        assert_err::<PyValueError, _>(py, new(2023, 1, 1, 0, 60, 0, 0), "minute must be in 0..59");
        assert_err::<PyValueError, _>(py, new(2023, 1, 1, 0, 0, 60, 0), "second must be in 0..59");
        for microsecond in [1_000_000, i32::MAX as u32, i32::MAX as u32 + 1, u32::MAX] {
            assert_err::<PyValueError, _>(
                py,
                new(2023, 1, 1, 0, 0, 0, microsecond),
                "microsecond must be in 0..999999",
            );
        }
        assert_err::<PyValueError, _>(
            py,
            PyDateTime::new_with_fold(py, 2023, 1, 1, 24, 0, 0, 0, None, true),
            "hour must be in 0..23",
        );
        assert_err::<PyValueError, _>(
            py,
            PyDateTime::new_with_fold(py, 2023, 2, 29, 0, 0, 0, 0, None, false),
            &python_date_error(py, 2023, 2, 29),
        );
    });
}

#[test]
fn datetime_fold() {
    with_py(|py| {
        let folded = PyDateTime::new_with_fold(py, 2023, 10, 29, 2, 30, 0, 0, None, true).unwrap();
        assert!(folded.get_fold());
        assert_eq!(folded.getattr("fold").unwrap().extract::<u8>().unwrap(), 1);
        assert_eq!(folded.get_hour(), 2);
        let unfolded =
            PyDateTime::new_with_fold(py, 2023, 10, 29, 2, 30, 0, 0, None, false).unwrap();
        assert!(!unfolded.get_fold());
        assert_eq!(
            unfolded.getattr("fold").unwrap().extract::<u8>().unwrap(),
            0
        );
        // Fold does not take part in equality of naive datetimes.
        assert_py_eq(&folded, &unfolded);

        let tz = offset(py, 3600);
        let aware = PyDateTime::new_with_fold(py, 2023, 1, 1, 0, 0, 0, 0, Some(&tz), true).unwrap();
        assert!(aware.get_fold());
        assert!(aware.get_tzinfo().unwrap().is(&tz));
    });
}

#[test]
fn datetime_tzinfo_round_trip() {
    with_py(|py| {
        let utc = utc(py);
        let dt = PyDateTime::new(py, 2023, 7, 14, 12, 0, 0, 0, Some(&utc)).unwrap();
        let tzinfo = dt.get_tzinfo().unwrap();
        assert!(tzinfo.is(&utc));
        assert!(tzinfo.is(eval(py, "__import__('datetime').timezone.utc")));
        assert_py_eq(
            &dt,
            &eval(
                py,
                "__import__('datetime').datetime(2023, 7, 14, 12, tzinfo=__import__('datetime').timezone.utc)",
            ),
        );

        for seconds in [3600, -5 * 3600 - 1800, 86399, -86399, 1] {
            let tz = offset(py, seconds);
            let dt = PyDateTime::new(py, 2023, 7, 14, 12, 0, 0, 0, Some(&tz)).unwrap();
            let tzinfo = dt.get_tzinfo().unwrap();
            assert!(tzinfo.is(&tz));
            let utcoffset = dt
                .call_method0("utcoffset")
                .unwrap()
                .cast_into::<PyDelta>()
                .unwrap();
            let expected = PyDelta::new(py, 0, seconds, 0, true).unwrap();
            assert_py_eq(&utcoffset, &expected);
        }

        // A tzinfo defined in Python.
        let custom = eval(
            py,
            "type('Custom', (__import__('datetime').tzinfo,), \
             {'utcoffset': lambda self, dt: __import__('datetime').timedelta(hours=2)})()",
        );
        let custom = custom.cast_into::<PyTzInfo>().unwrap();
        let dt = PyDateTime::new(py, 2023, 1, 1, 0, 0, 0, 0, Some(&custom)).unwrap();
        assert!(dt.get_tzinfo().unwrap().is(&custom));
        assert_eq!(
            dt.call_method0("isoformat").unwrap().to_string(),
            "2023-01-01T00:00:00+02:00"
        );
    });
}

#[test]
fn datetime_from_timestamp() {
    with_py(|py| {
        let local = PyDateTime::from_timestamp(py, 100.0, None).unwrap();
        assert_py_eq(
            &local,
            &eval(py, "__import__('datetime').datetime.fromtimestamp(100)"),
        );
        assert!(local.get_tzinfo().is_none());

        let utc = utc(py);
        let dt = PyDateTime::from_timestamp(py, 100.5, Some(&utc)).unwrap();
        assert_eq!((dt.get_year(), dt.get_month(), dt.get_day()), (1970, 1, 1));
        assert_eq!(
            (
                dt.get_hour(),
                dt.get_minute(),
                dt.get_second(),
                dt.get_microsecond()
            ),
            (0, 1, 40, 500_000)
        );
        assert!(dt.get_tzinfo().unwrap().is(&utc));

        let plus_two = offset(py, 7200);
        let dt = PyDateTime::from_timestamp(py, 0.0, Some(&plus_two)).unwrap();
        assert_eq!((dt.get_year(), dt.get_hour()), (1970, 2));
        assert!(dt.get_tzinfo().unwrap().is(&plus_two));

        let dt = PyDateTime::from_timestamp(py, -86400.0, Some(&utc)).unwrap();
        assert_eq!(
            (dt.get_year(), dt.get_month(), dt.get_day()),
            (1969, 12, 31)
        );

        assert_err::<PyValueError, _>(
            py,
            PyDateTime::from_timestamp(py, f64::NAN, None),
            "Invalid value NaN (not a number)",
        );
        assert_err::<PyOverflowError, _>(
            py,
            PyDateTime::from_timestamp(py, 1e20, Some(&utc)),
            "timestamp out of range for platform time_t",
        );
        assert_err::<PyOverflowError, _>(
            py,
            PyDateTime::from_timestamp(py, f64::INFINITY, None),
            "timestamp out of range for platform time_t",
        );
    });
}

// ---------------------------------------------------------------------------
// time
// ---------------------------------------------------------------------------

#[test]
fn time_new_and_access() {
    with_py(|py| {
        let time = PyTime::new(py, 13, 45, 30, 123_456, None).unwrap();
        assert_eq!(
            (
                time.get_hour(),
                time.get_minute(),
                time.get_second(),
                time.get_microsecond()
            ),
            (13, 45, 30, 123_456)
        );
        assert!(!time.get_fold());
        assert!(time.get_tzinfo().is_none());
        assert_py_eq(
            &time,
            &eval(py, "__import__('datetime').time(13, 45, 30, 123456)"),
        );
        assert!(time.is_exact_instance_of::<PyTime>());

        let midnight = PyTime::new(py, 0, 0, 0, 0, None).unwrap();
        assert_py_eq(&midnight, &eval(py, "__import__('datetime').time.min"));
        let last = PyTime::new(py, 23, 59, 59, 999_999, None).unwrap();
        assert_py_eq(&last, &eval(py, "__import__('datetime').time.max"));

        let tz = offset(py, -3600);
        let aware = PyTime::new(py, 1, 2, 3, 4, Some(&tz)).unwrap();
        assert!(aware.get_tzinfo().unwrap().is(&tz));
        assert_eq!(
            aware.call_method0("isoformat").unwrap().to_string(),
            "01:02:03.000004-01:00"
        );
    });
}

#[test]
fn time_invalid() {
    with_py(|py| {
        let new = |h, m, s, us| PyTime::new(py, h, m, s, us, None);
        assert_err::<PyValueError, _>(py, new(24, 0, 0, 0), "hour must be in 0..23");
        assert_err::<PyValueError, _>(py, new(255, 0, 0, 0), "hour must be in 0..23");
        assert_err::<PyValueError, _>(py, new(0, 60, 0, 0), "minute must be in 0..59");
        assert_err::<PyValueError, _>(py, new(0, 0, 60, 0), "second must be in 0..59");
        for microsecond in [1_000_000, i32::MAX as u32 + 1, u32::MAX] {
            assert_err::<PyValueError, _>(
                py,
                new(0, 0, 0, microsecond),
                "microsecond must be in 0..999999",
            );
        }
        assert_err::<PyValueError, _>(
            py,
            PyTime::new_with_fold(py, 24, 0, 0, 0, None, true),
            "hour must be in 0..23",
        );
    });
}

#[test]
fn time_fold() {
    with_py(|py| {
        let folded = PyTime::new_with_fold(py, 1, 30, 0, 0, None, true).unwrap();
        assert!(folded.get_fold());
        assert_eq!(folded.getattr("fold").unwrap().extract::<u8>().unwrap(), 1);
        let unfolded = PyTime::new_with_fold(py, 1, 30, 0, 0, None, false).unwrap();
        assert!(!unfolded.get_fold());
        assert_py_eq(&folded, &unfolded);
        let utc = utc(py);
        let aware = PyTime::new_with_fold(py, 1, 30, 0, 0, Some(&utc), true).unwrap();
        assert!(aware.get_fold());
        assert!(aware.get_tzinfo().unwrap().is(&utc));
    });
}

// ---------------------------------------------------------------------------
// timedelta
// ---------------------------------------------------------------------------

#[test]
fn delta_new_and_access() {
    with_py(|py| {
        let delta = PyDelta::new(py, 1, 2, 3, true).unwrap();
        assert_eq!(
            (
                delta.get_days(),
                delta.get_seconds(),
                delta.get_microseconds()
            ),
            (1, 2, 3)
        );
        assert_py_eq(
            &delta,
            &eval(py, "__import__('datetime').timedelta(1, 2, 3)"),
        );
        assert!(delta.is_exact_instance_of::<PyDelta>());

        // Already normalised values are kept as they are without normalising.
        let delta = PyDelta::new(py, -5, 86399, 999_999, false).unwrap();
        assert_eq!(
            (
                delta.get_days(),
                delta.get_seconds(),
                delta.get_microseconds()
            ),
            (-5, 86399, 999_999)
        );
        assert_py_eq(
            &delta,
            &eval(py, "__import__('datetime').timedelta(-5, 86399, 999999)"),
        );
        let zero = PyDelta::new(py, 0, 0, 0, false).unwrap();
        assert!(!zero.is_truthy().unwrap());
    });
}

#[test]
fn delta_normalization() {
    with_py(|py| {
        for (input, expected) in [
            ((0, -1, 0), (-1, 86399, 0)),
            ((0, 0, -1), (-1, 86399, 999_999)),
            ((0, 86400, 0), (1, 0, 0)),
            ((0, 0, 1_000_000), (0, 1, 0)),
            ((1, -86400, 0), (0, 0, 0)),
            ((0, 90061, 1_500_000), (1, 3662, 500_000)),
            ((0, i32::MAX, 0), (24855, 11647, 0)),
            ((0, 0, i32::MIN), (-1, 84252, 516_352)),
        ] {
            let delta = PyDelta::new(py, input.0, input.1, input.2, true).unwrap();
            assert_eq!(
                (
                    delta.get_days(),
                    delta.get_seconds(),
                    delta.get_microseconds()
                ),
                expected,
                "normalising {input:?}"
            );
            let python = eval(
                py,
                &format!(
                    "__import__('datetime').timedelta({}, {}, {})",
                    input.0, input.1, input.2
                ),
            );
            assert_py_eq(&delta, &python);
        }
    });
}

#[test]
fn delta_limits() {
    with_py(|py| {
        let max = PyDelta::new(py, 999_999_999, 86399, 999_999, true).unwrap();
        assert_py_eq(&max, &eval(py, "__import__('datetime').timedelta.max"));
        let min = PyDelta::new(py, -999_999_999, 0, 0, false).unwrap();
        assert_py_eq(&min, &eval(py, "__import__('datetime').timedelta.min"));

        for normalize in [true, false] {
            assert_err::<PyOverflowError, _>(
                py,
                PyDelta::new(py, 1_000_000_000, 0, 0, normalize),
                "days=1000000000; must have magnitude <= 999999999",
            );
            assert_err::<PyOverflowError, _>(
                py,
                PyDelta::new(py, -1_000_000_000, 0, 0, normalize),
                "days=-1000000000; must have magnitude <= 999999999",
            );
        }
        // Carried into the days by normalisation.
        assert_err::<PyOverflowError, _>(
            py,
            PyDelta::new(py, 999_999_999, 86400, 0, true),
            "days=1000000000; must have magnitude <= 999999999",
        );
        assert_err::<PyOverflowError, _>(
            py,
            PyDelta::new(py, -999_999_999, -1, 0, true),
            "days=-1000000000; must have magnitude <= 999999999",
        );
        assert_err::<PyOverflowError, _>(
            py,
            PyDelta::new(py, 999_999_999, 86399, 1_000_000, true),
            "days=1000000000; must have magnitude <= 999999999",
        );
        for (days, seconds, microseconds) in [
            (i32::MAX, 0, 0),
            (i32::MIN, 0, 0),
            (i32::MAX, i32::MAX, i32::MAX),
            (i32::MIN, i32::MIN, i32::MIN),
        ] {
            let err = PyDelta::new(py, days, seconds, microseconds, true).unwrap_err();
            assert!(err.is_instance_of::<PyOverflowError>(py), "{err}");
        }
    });
}

// ---------------------------------------------------------------------------
// tzinfo
// ---------------------------------------------------------------------------

#[test]
fn tzinfo_utc() {
    with_py(|py| {
        let utc = PyTzInfo::utc(py).unwrap();
        let python_utc = eval(py, "__import__('datetime').timezone.utc");
        assert!(utc.is(&python_utc));
        assert!(PyTzInfo::utc(py).unwrap().is(utc.as_any()));
        assert_eq!(utc.to_string(), "UTC");
        assert!(utc.is_exact_instance(&eval(py, "__import__('datetime').timezone")));

        // Borrowed for 'static: usable after the first token is gone.
        let utc: Borrowed<'static, '_, PyTzInfo> = PyTzInfo::utc(py).unwrap();
        let owned = utc.to_owned().unbind();
        with_py(|py| assert!(owned.bind(py).is(&python_utc)));
    });
}

#[test]
#[allow(deprecated)]
fn deprecated_timezone_utc() {
    with_py(|py| {
        let python_utc = eval(py, "__import__('datetime').timezone.utc");
        let before = refcount(&python_utc);
        let utc: Bound<'_, PyTzInfo> = pyo3::types::timezone_utc(py);
        assert!(utc.is(&python_utc));
        assert!(utc.is(PyTzInfo::utc(py).unwrap().as_any()));
        drop(utc);
        for _ in 0..100 {
            drop(pyo3::types::timezone_utc(py));
        }
        assert_eq!(refcount(&python_utc), before);
    });
}

#[test]
fn tzinfo_fixed_offset() {
    with_py(|py| {
        let delta = PyDelta::new(py, 0, 5400, 0, true).unwrap();
        let tz = PyTzInfo::fixed_offset(py, &delta).unwrap();
        assert_eq!(tz.to_string(), "UTC+01:30");
        assert_py_eq(
            &tz,
            &eval(
                py,
                "__import__('datetime').timezone(__import__('datetime').timedelta(seconds=5400))",
            ),
        );
        let utcoffset = tz.call_method1("utcoffset", (py.None(),)).unwrap();
        assert_py_eq(&utcoffset, &delta);

        // Every `IntoPyObject<Target = PyDelta>` works.
        let unbound: Py<PyDelta> = delta.clone().unbind();
        assert_eq!(
            PyTzInfo::fixed_offset(py, &unbound).unwrap().to_string(),
            "UTC+01:30"
        );
        assert_eq!(
            PyTzInfo::fixed_offset(py, delta.as_borrowed())
                .unwrap()
                .to_string(),
            "UTC+01:30"
        );
        let negative = PyTzInfo::fixed_offset(py, unbound.clone_ref(py)).unwrap();
        assert_eq!(negative.to_string(), "UTC+01:30");
        let negative =
            PyTzInfo::fixed_offset(py, PyDelta::new(py, 0, -3600, -1, true).unwrap()).unwrap();
        assert_eq!(negative.to_string(), "UTC-01:00:00.000001");

        // A zero offset is the UTC singleton.
        let zero = PyTzInfo::fixed_offset(py, PyDelta::new(py, 0, 0, 0, true).unwrap()).unwrap();
        assert!(zero.is(PyTzInfo::utc(py).unwrap().as_any()));

        // Offsets must be strictly within a day.
        assert_err::<PyValueError, _>(
            py,
            PyTzInfo::fixed_offset(py, PyDelta::new(py, 1, 0, 0, true).unwrap()),
            "offset must be a timedelta strictly between -timedelta(hours=24) and \
             timedelta(hours=24), not datetime.timedelta(days=1).",
        );
        assert_err::<PyValueError, _>(
            py,
            PyTzInfo::fixed_offset(py, PyDelta::new(py, -1, 0, 0, true).unwrap()),
            "offset must be a timedelta strictly between -timedelta(hours=24) and \
             timedelta(hours=24), not datetime.timedelta(days=-1).",
        );
        let almost_day = PyDelta::new(py, 0, 86399, 999_999, true).unwrap();
        assert!(PyTzInfo::fixed_offset(py, almost_day).is_ok());

        // A subclass of timedelta is accepted.
        let sub = eval(
            py,
            "type('D', (__import__('datetime').timedelta,), {})(hours=3)",
        )
        .cast_into::<PyDelta>()
        .unwrap();
        assert_eq!(
            PyTzInfo::fixed_offset(py, sub).unwrap().to_string(),
            "UTC+03:00"
        );
    });
}

#[test]
fn tzinfo_timezone() {
    with_py(|py| {
        let paris = PyTzInfo::timezone(py, "Europe/Paris").unwrap();
        assert!(
            paris
                .is_instance(&eval(py, "__import__('zoneinfo').ZoneInfo"))
                .unwrap()
        );
        assert_eq!(paris.to_string(), "Europe/Paris");
        // ZoneInfo caches its instances.
        let name = pyo3::types::PyString::new(py, "Europe/Paris");
        assert!(PyTzInfo::timezone(py, &name).unwrap().is(&paris));
        assert!(
            PyTzInfo::timezone(py, String::from("Europe/Paris"))
                .unwrap()
                .is(&paris)
        );

        // The fold picks the second 02:30 when clocks go back.
        let first =
            PyDateTime::new_with_fold(py, 2023, 10, 29, 2, 30, 0, 0, Some(&paris), false).unwrap();
        let second =
            PyDateTime::new_with_fold(py, 2023, 10, 29, 2, 30, 0, 0, Some(&paris), true).unwrap();
        assert_eq!(
            first.call_method0("isoformat").unwrap().to_string(),
            "2023-10-29T02:30:00+02:00"
        );
        assert_eq!(
            second.call_method0("isoformat").unwrap().to_string(),
            "2023-10-29T02:30:00+01:00"
        );
        assert!(second.get_tzinfo().unwrap().is(&paris));

        let err = PyTzInfo::timezone(py, "Nowhere/Nothing").unwrap_err();
        assert!(err.is_instance_of::<PyKeyError>(py));
        assert!(err.is_instance(
            py,
            &eval(py, "__import__('zoneinfo').ZoneInfoNotFoundError")
        ));
        assert_eq!(
            err.value(py).to_string(),
            "'No time zone found with key Nowhere/Nothing'"
        );
    });
}

// ---------------------------------------------------------------------------
// Type checks and casts
// ---------------------------------------------------------------------------

#[test]
fn type_objects() {
    with_py(|py| {
        for (type_object, name) in [
            (py.get_type::<PyDate>(), "date"),
            (py.get_type::<PyDateTime>(), "datetime"),
            (py.get_type::<PyTime>(), "time"),
            (py.get_type::<PyDelta>(), "timedelta"),
            (py.get_type::<PyTzInfo>(), "tzinfo"),
        ] {
            assert!(type_object.is(eval(py, &format!("__import__('datetime').{name}"))));
        }
    });
}

#[test]
fn type_checks() {
    with_py(|py| {
        let date = eval(py, "__import__('datetime').date(2023, 1, 2)");
        let datetime = eval(py, "__import__('datetime').datetime(2023, 1, 2, 3)");
        let time = eval(py, "__import__('datetime').time(3)");
        let delta = eval(py, "__import__('datetime').timedelta(3)");
        let utc = eval(py, "__import__('datetime').timezone.utc");
        let other = eval(py, "1");

        assert!(date.is_instance_of::<PyDate>());
        assert!(!date.is_instance_of::<PyDateTime>());
        assert!(!date.is_instance_of::<PyTime>());
        // A datetime is a date.
        assert!(datetime.is_instance_of::<PyDate>());
        assert!(datetime.is_instance_of::<PyDateTime>());
        assert!(!datetime.is_exact_instance_of::<PyDate>());
        assert!(!datetime.is_instance_of::<PyTime>());
        assert!(time.is_instance_of::<PyTime>());
        assert!(!time.is_instance_of::<PyDate>());
        assert!(delta.is_instance_of::<PyDelta>());
        assert!(!delta.is_instance_of::<PyTime>());
        assert!(utc.is_instance_of::<PyTzInfo>());
        assert!(!utc.is_instance_of::<PyDelta>());
        for object in [&other, &eval(py, "'2023-01-02'"), &eval(py, "None")] {
            assert!(!object.is_instance_of::<PyDate>());
            assert!(!object.is_instance_of::<PyDateTime>());
            assert!(!object.is_instance_of::<PyTime>());
            assert!(!object.is_instance_of::<PyDelta>());
            assert!(!object.is_instance_of::<PyTzInfo>());
        }

        let as_date = datetime.cast::<PyDate>().unwrap();
        assert_eq!(
            (as_date.get_year(), as_date.get_month(), as_date.get_day()),
            (2023, 1, 2)
        );
        assert!(datetime.cast_exact::<PyDate>().is_err());
        assert!(date.cast_exact::<PyDate>().is_ok());

        let err = other.cast::<PyDate>().unwrap_err();
        assert_eq!(err.to_string(), "'int' object is not an instance of 'date'");
        let err: PyErr = date.cast::<PyDateTime>().unwrap_err().into();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.value(py).to_string(),
            "'date' object is not an instance of 'datetime'"
        );
        assert_eq!(
            other.cast::<PyTime>().unwrap_err().to_string(),
            "'int' object is not an instance of 'time'"
        );
        assert_eq!(
            other.cast::<PyDelta>().unwrap_err().to_string(),
            "'int' object is not an instance of 'timedelta'"
        );
        assert_eq!(
            other.cast::<PyTzInfo>().unwrap_err().to_string(),
            "'int' object is not an instance of 'tzinfo'"
        );

        // Extraction as Bound / Py goes through the same check.
        assert!(delta.extract::<Bound<'_, PyDelta>>().is_ok());
        assert!(delta.extract::<Py<PyDate>>().is_err());
    });
}

/// Subclasses defined in Python, some overriding fields with properties:
/// the access traits read the real fields.
#[test]
fn subclasses() {
    with_py(|py| {
        let globals = PyDict::new(py);
        py.run(
            c"
import datetime
class MyDate(datetime.date):
    year = property(lambda self: -1)
    month = property(lambda self: -1)
class MyDateTime(datetime.datetime):
    hour = property(lambda self: -1)
    day = property(lambda self: -1)
    fold = property(lambda self: -1)
    tzinfo = property(lambda self: None)
class MyTime(datetime.time):
    microsecond = property(lambda self: -1)
    fold = property(lambda self: -1)
    tzinfo = property(lambda self: 'not a tzinfo')
class MyDelta(datetime.timedelta):
    days = property(lambda self: -1)
    seconds = property(lambda self: 'nope')
class MyTzInfo(datetime.tzinfo):
    pass
utc = datetime.timezone.utc
date = MyDate(2020, 2, 29)
dt = MyDateTime(2021, 3, 4, 5, 6, 7, 8, tzinfo=utc, fold=1)
time = MyTime(1, 2, 3, 4, tzinfo=utc, fold=1)
delta = MyDelta(1, 2, 3)
tz = MyTzInfo()
",
            Some(&globals),
            None,
        )
        .unwrap();
        let get = |name: &str| globals.get_item(name).unwrap().unwrap();
        let utc = get("utc");

        let date = get("date");
        let date = date.cast::<PyDate>().unwrap();
        assert!(!date.is_exact_instance_of::<PyDate>());
        assert!(date.cast_exact::<PyDate>().is_err());
        assert_eq!(
            (date.get_year(), date.get_month(), date.get_day()),
            (2020, 2, 29)
        );

        let dt = get("dt");
        assert!(dt.is_instance_of::<PyDate>());
        let dt = dt.cast::<PyDateTime>().unwrap();
        assert_eq!((dt.get_year(), dt.get_month(), dt.get_day()), (2021, 3, 4));
        assert_eq!(
            (
                dt.get_hour(),
                dt.get_minute(),
                dt.get_second(),
                dt.get_microsecond()
            ),
            (5, 6, 7, 8)
        );
        assert!(dt.get_fold());
        assert!(dt.get_tzinfo().unwrap().is(&utc));
        assert_eq!(dt.cast::<PyDate>().unwrap().get_day(), 4);

        let time = get("time");
        let time = time.cast::<PyTime>().unwrap();
        assert_eq!(time.get_microsecond(), 4);
        assert!(time.get_fold());
        assert!(time.get_tzinfo().unwrap().is(&utc));

        let delta = get("delta");
        let delta = delta.cast::<PyDelta>().unwrap();
        assert_eq!(
            (
                delta.get_days(),
                delta.get_seconds(),
                delta.get_microseconds()
            ),
            (1, 2, 3)
        );

        let tz = get("tz");
        let tz = tz.cast::<PyTzInfo>().unwrap();
        let dt = PyDateTime::new(py, 2023, 1, 1, 0, 0, 0, 0, Some(tz)).unwrap();
        assert!(dt.get_tzinfo().unwrap().is(tz));
        let time = PyTime::new(py, 0, 0, 0, 0, Some(tz)).unwrap();
        assert!(time.get_tzinfo().unwrap().is(tz));
    });
}

// ---------------------------------------------------------------------------
// Reference counts and threads
// ---------------------------------------------------------------------------

#[test]
fn reference_counts() {
    with_py(|py| {
        let tz = offset(py, 3600);
        let utc = utc(py);
        let delta = PyDelta::new(py, 0, 60, 0, true).unwrap();
        let exercise = || {
            let dt = PyDateTime::new(py, 2023, 1, 1, 0, 0, 0, 0, Some(&tz)).unwrap();
            assert!(dt.get_tzinfo().unwrap().is(&tz));
            let dt =
                PyDateTime::new_with_fold(py, 2023, 1, 1, 0, 0, 0, 0, Some(&tz), true).unwrap();
            drop(dt.get_tzinfo());
            let time = PyTime::new(py, 0, 0, 0, 0, Some(&utc)).unwrap();
            drop(time.get_tzinfo());
            let time = PyTime::new_with_fold(py, 0, 0, 0, 0, Some(&utc), true).unwrap();
            drop(time.get_tzinfo());
            let naive = PyDateTime::new(py, 2023, 1, 1, 0, 0, 0, 0, None).unwrap();
            assert!(naive.get_tzinfo().is_none());
            let naive = PyTime::new(py, 0, 0, 0, 0, None).unwrap();
            assert!(naive.get_tzinfo().is_none());
            drop(PyDateTime::from_timestamp(py, 0.0, Some(&utc)).unwrap());
            drop(PyDateTime::from_timestamp(py, 0.0, None).unwrap());
            drop(PyDate::from_timestamp(py, 0.0).unwrap());
            assert!(PyTzInfo::utc(py).unwrap().is(&utc));
            drop(PyTzInfo::fixed_offset(py, &delta).unwrap());
            drop(PyTzInfo::fixed_offset(py, delta.clone()).unwrap());
            // Failures leak nothing either.
            assert!(PyDateTime::new(py, 2023, 13, 1, 0, 0, 0, 0, Some(&tz)).is_err());
            assert!(PyTime::new(py, 24, 0, 0, 0, Some(&utc)).is_err());
            let _ = (
                delta.get_days(),
                delta.get_seconds(),
                delta.get_microseconds(),
            );
        };
        // The first round imports and caches what the calls need. (`None`
        // is left out: CPython's own caches, e.g. the method cache, take and
        // drop references to it as they are filled.)
        exercise();
        let tz_before = refcount(&tz);
        let utc_before = refcount(&utc);
        let delta_before = refcount(&delta);
        for _ in 0..100 {
            exercise();
        }
        assert_eq!(refcount(&tz), tz_before);
        assert_eq!(refcount(&utc), utc_before);
        assert_eq!(refcount(&delta), delta_before);

        // The objects made hold exactly the references they should.
        let dt = PyDateTime::new(py, 2023, 1, 1, 0, 0, 0, 0, Some(&tz)).unwrap();
        assert_eq!(refcount(&dt), 1);
        assert_eq!(refcount(&tz), tz_before + 1);
        drop(dt);
        assert_eq!(refcount(&tz), tz_before);
        assert_eq!(refcount(&PyDate::new(py, 2023, 1, 1).unwrap()), 1);
        assert_eq!(refcount(&PyDelta::new(py, 1, 0, 0, true).unwrap()), 1);
    });
}

#[test]
fn from_several_threads() {
    crate::common::initialize();
    let handles: Vec<_> = (0..4)
        .map(|i| {
            std::thread::spawn(move || {
                Python::attach(|py| {
                    for day in 1..=28u8 {
                        let date = PyDate::new(py, 2000 + i, 2, day).unwrap();
                        assert_eq!(date.get_day(), day);
                        let dt = PyDateTime::new(
                            py,
                            2000 + i,
                            1,
                            day,
                            0,
                            0,
                            0,
                            0,
                            Some(&PyTzInfo::utc(py).unwrap().to_owned()),
                        )
                        .unwrap();
                        assert_eq!(dt.get_year(), 2000 + i);
                    }
                })
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
}
