//! The types of Python's `datetime` module: `PyDate`, `PyDateTime`,
//! `PyTime`, `PyDelta` and `PyTzInfo`, and the traits reading their fields
//! (`PyDateAccess`, `PyTimeAccess`, `PyDeltaAccess`, `PyTzInfoAccess`).
//!
//! Off the limited API everything goes through the `datetime` C API (the
//! `PyDateTime_CAPI` table, loaded once by `PyDateTime_IMPORT`): type checks,
//! constructors and field reads never run Python code. The limited API has
//! no `datetime` C API, so there the classes are imported once and cached,
//! constructors call them, and fields are read through the descriptors of
//! the base classes (so that a subclass overriding, say, `year` with a
//! property does not change what `get_year` returns, as with the C API).

use crate::conversion::IntoPyObject;
use crate::err::PyResult;
use crate::ffi;
use crate::instance::{Borrowed, Bound, BoundObject, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
#[cfg(Py_LIMITED_API)]
use crate::types::{IntoPyDict, PyTypeMethods};
use crate::types::{PyAny, PyAnyMethods, PyString, PyType};
#[cfg(not(Py_LIMITED_API))]
use crate::{err::PyErr, types::PyTuple};
#[cfg(not(Py_LIMITED_API))]
use std::ffi::c_int;

// ---------------------------------------------------------------------------
// Access to the `datetime` module
// ---------------------------------------------------------------------------

/// The `datetime` C API table, imported on first use (thread-safe: the
/// import publishes the table atomically and is a no-op once it is loaded).
#[cfg(not(Py_LIMITED_API))]
fn ensure_datetime_api(py: Python<'_>) -> PyResult<&'static ffi::PyDateTime_CAPI> {
    // SAFETY: attached (we hold `py`), as importing the capsule requires;
    // once the table is loaded the import returns at once.
    let api = unsafe {
        ffi::PyDateTime_IMPORT();
        ffi::PyDateTimeAPI()
    };
    // SAFETY: a non-null table belongs to the `datetime` module, which is
    // never unloaded: it stays valid while the interpreter runs. Null means
    // the import failed and set an exception.
    unsafe { api.as_ref() }.ok_or_else(|| PyErr::fetch(py))
}

/// [`ensure_datetime_api`] for the places that cannot report an error (type
/// objects and checks): `datetime` failing to import is a broken interpreter.
#[cfg(not(Py_LIMITED_API))]
fn expect_datetime_api(py: Python<'_>) -> &'static ffi::PyDateTime_CAPI {
    ensure_datetime_api(py).expect("failed to import `datetime` C API")
}

/// `None` or the `tzinfo`, as the borrowed pointer the C constructors take.
#[cfg(not(Py_LIMITED_API))]
fn tzinfo_ptr(tzinfo: Option<&Bound<'_, PyTzInfo>>) -> *mut ffi::PyObject {
    match tzinfo {
        Some(tzinfo) => tzinfo.as_ptr(),
        // SAFETY: `None` is immortal (or at least lives as long as the
        // interpreter); the pointer is only borrowed.
        None => unsafe { ffi::Py_None() },
    }
}

/// A `time` or `datetime` field holding `None` or a `tzinfo` (borrowed
/// pointer) as an optional owned reference.
#[cfg(not(Py_LIMITED_API))]
fn tzinfo_from_field<'py>(
    py: Python<'py>,
    tzinfo: *mut ffi::PyObject,
) -> Option<Bound<'py, PyTzInfo>> {
    // SAFETY: `tzinfo` is a borrowed reference from a live object, either
    // `None` or (enforced by the `datetime` constructors) a `tzinfo`.
    unsafe {
        if tzinfo == ffi::Py_None() {
            None
        } else {
            Some(Bound::from_borrowed_ptr(py, tzinfo).cast_into_unchecked())
        }
    }
}

/// A class of the `datetime` module, imported on first use and cached.
#[cfg(Py_LIMITED_API)]
struct DatetimeClass {
    name: &'static str,
    class: PyOnceLock<Py<PyType>>,
}

#[cfg(Py_LIMITED_API)]
impl DatetimeClass {
    const fn new(name: &'static str) -> Self {
        DatetimeClass {
            name,
            class: PyOnceLock::new(),
        }
    }

    /// `datetime.<name>`.
    fn get<'a, 'py>(&'a self, py: Python<'py>) -> PyResult<&'a Bound<'py, PyType>> {
        self.class.import(py, "datetime", self.name)
    }

    /// The type object, for `PyTypeInfo` (which cannot report an error).
    fn type_ptr(&self, py: Python<'_>) -> *mut ffi::PyTypeObject {
        self.get(py)
            .unwrap_or_else(|err| panic!("failed to import `datetime.{}`: {err}", self.name))
            .as_type_ptr()
    }
}

#[cfg(Py_LIMITED_API)]
static DATE: DatetimeClass = DatetimeClass::new("date");
#[cfg(Py_LIMITED_API)]
static DATETIME: DatetimeClass = DatetimeClass::new("datetime");
#[cfg(Py_LIMITED_API)]
static TIME: DatetimeClass = DatetimeClass::new("time");
#[cfg(Py_LIMITED_API)]
static TIMEDELTA: DatetimeClass = DatetimeClass::new("timedelta");
#[cfg(Py_LIMITED_API)]
static TZINFO: DatetimeClass = DatetimeClass::new("tzinfo");
#[cfg(Py_LIMITED_API)]
static TIMEZONE: DatetimeClass = DatetimeClass::new("timezone");

/// A field of a `datetime` class, read through the class's own descriptor
/// (`datetime.date.year.__get__(obj)`), whose `__get__` is cached.
#[cfg(Py_LIMITED_API)]
struct Field {
    class: &'static DatetimeClass,
    name: &'static str,
    getter: PyOnceLock<Py<PyAny>>,
}

#[cfg(Py_LIMITED_API)]
impl Field {
    const fn new(class: &'static DatetimeClass, name: &'static str) -> Self {
        Field {
            class,
            name,
            getter: PyOnceLock::new(),
        }
    }

    /// The field of `object`, an instance of the class (or a subclass).
    fn read<'py>(&self, object: &Bound<'py, PyAny>) -> Bound<'py, PyAny> {
        let py = object.py();
        self.getter
            .get_or_try_init(py, || {
                let descriptor = self.class.get(py)?.getattr(self.name)?;
                descriptor.getattr("__get__").map(Bound::unbind)
            })
            .and_then(|getter| getter.bind(py).call1((object,)))
            .unwrap_or_else(|err| {
                panic!(
                    "failed to read `datetime.{}.{}`: {err}",
                    self.class.name, self.name
                )
            })
    }

    /// An integer field; all of them (years, microseconds, days, ...) fit
    /// an `i32`.
    fn read_i32(&self, object: &Bound<'_, PyAny>) -> i32 {
        self.read(object).extract::<i32>().unwrap_or_else(|err| {
            panic!(
                "`datetime.{}.{}` is not an i32: {err}",
                self.class.name, self.name
            )
        })
    }

    /// The `tzinfo` field: `None` or a `tzinfo`.
    fn read_tzinfo<'py>(&self, object: &Bound<'py, PyAny>) -> Option<Bound<'py, PyTzInfo>> {
        let tzinfo = self.read(object);
        if tzinfo.is_none() {
            None
        } else {
            // SAFETY: the `datetime` constructors only store `None` or a
            // `tzinfo` instance in this field.
            Some(unsafe { tzinfo.cast_into_unchecked() })
        }
    }
}

#[cfg(Py_LIMITED_API)]
static DATE_YEAR: Field = Field::new(&DATE, "year");
#[cfg(Py_LIMITED_API)]
static DATE_MONTH: Field = Field::new(&DATE, "month");
#[cfg(Py_LIMITED_API)]
static DATE_DAY: Field = Field::new(&DATE, "day");
#[cfg(Py_LIMITED_API)]
static DATETIME_HOUR: Field = Field::new(&DATETIME, "hour");
#[cfg(Py_LIMITED_API)]
static DATETIME_MINUTE: Field = Field::new(&DATETIME, "minute");
#[cfg(Py_LIMITED_API)]
static DATETIME_SECOND: Field = Field::new(&DATETIME, "second");
#[cfg(Py_LIMITED_API)]
static DATETIME_MICROSECOND: Field = Field::new(&DATETIME, "microsecond");
#[cfg(Py_LIMITED_API)]
static DATETIME_FOLD: Field = Field::new(&DATETIME, "fold");
#[cfg(Py_LIMITED_API)]
static DATETIME_TZINFO: Field = Field::new(&DATETIME, "tzinfo");
#[cfg(Py_LIMITED_API)]
static TIME_HOUR: Field = Field::new(&TIME, "hour");
#[cfg(Py_LIMITED_API)]
static TIME_MINUTE: Field = Field::new(&TIME, "minute");
#[cfg(Py_LIMITED_API)]
static TIME_SECOND: Field = Field::new(&TIME, "second");
#[cfg(Py_LIMITED_API)]
static TIME_MICROSECOND: Field = Field::new(&TIME, "microsecond");
#[cfg(Py_LIMITED_API)]
static TIME_FOLD: Field = Field::new(&TIME, "fold");
#[cfg(Py_LIMITED_API)]
static TIME_TZINFO: Field = Field::new(&TIME, "tzinfo");
#[cfg(Py_LIMITED_API)]
static TIMEDELTA_DAYS: Field = Field::new(&TIMEDELTA, "days");
#[cfg(Py_LIMITED_API)]
static TIMEDELTA_SECONDS: Field = Field::new(&TIMEDELTA, "seconds");
#[cfg(Py_LIMITED_API)]
static TIMEDELTA_MICROSECONDS: Field = Field::new(&TIMEDELTA, "microseconds");

/// A microsecond argument as the C `int` the constructors take; values
/// beyond `i32::MAX` saturate, so that they fail the range check with the
/// same `ValueError` on every path.
fn microsecond_arg(microsecond: u32) -> i32 {
    i32::try_from(microsecond).unwrap_or(i32::MAX)
}

// ---------------------------------------------------------------------------
// Access traits
// ---------------------------------------------------------------------------

/// The date fields of a `date` or `datetime`.
pub trait PyDateAccess {
    /// The year, 1 to 9999 (`MINYEAR` to `MAXYEAR`).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDate, PyDateAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let d = PyDate::new(py, 2024, 2, 29)?;
    ///     assert_eq!(d.get_year(), 2024);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn get_year(&self) -> i32;
    /// The month, 1 to 12.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDate, PyDateAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert_eq!(PyDate::new(py, 2024, 2, 29)?.get_month(), 2);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn get_month(&self) -> u8;
    /// The day of the month, 1 to 31.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDateAccess, PyDateTime};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dt = PyDateTime::new(py, 2000, 12, 31, 23, 59, 0, 0, None)?;
    ///     assert_eq!(dt.get_day(), 31);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn get_day(&self) -> u8;
}

/// The fields of a `timedelta`, as normalised by Python: `days` may be
/// negative, `seconds` and `microseconds` never are.
pub trait PyDeltaAccess {
    /// The days, -999999999 to 999999999.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDelta, PyDeltaAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     // -1 second is stored as -1 day plus 86399 seconds.
    ///     let d = PyDelta::new(py, 0, -1, 0, true)?;
    ///     assert_eq!((d.get_days(), d.get_seconds()), (-1, 86399));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn get_days(&self) -> i32;
    /// The seconds, 0 to 86399.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDelta, PyDeltaAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let d = PyDelta::new(py, 0, 90_000, 0, true)?;
    ///     assert_eq!((d.get_days(), d.get_seconds()), (1, 3600));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn get_seconds(&self) -> i32;
    /// The microseconds, 0 to 999999.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDelta, PyDeltaAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let d = PyDelta::new(py, 0, 0, 1_500_000, true)?;
    ///     assert_eq!((d.get_seconds(), d.get_microseconds()), (1, 500_000));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn get_microseconds(&self) -> i32;
}

/// The time fields of a `time` or `datetime`.
pub trait PyTimeAccess {
    /// The hour, 0 to 23.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyTime, PyTimeAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let t = PyTime::new(py, 13, 45, 10, 0, None)?;
    ///     assert_eq!((t.get_hour(), t.get_minute()), (13, 45));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn get_hour(&self) -> u8;
    /// The minute, 0 to 59.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDateTime, PyTimeAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dt = PyDateTime::new(py, 2020, 1, 1, 8, 30, 0, 0, None)?;
    ///     assert_eq!(dt.get_minute(), 30);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn get_minute(&self) -> u8;
    /// The second, 0 to 59.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyTime, PyTimeAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert_eq!(PyTime::new(py, 0, 0, 59, 0, None)?.get_second(), 59);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn get_second(&self) -> u8;
    /// The microsecond, 0 to 999999.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyTime, PyTimeAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert_eq!(PyTime::new(py, 12, 0, 0, 250_000, None)?.get_microsecond(), 250_000);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn get_microsecond(&self) -> u32;
    /// The fold (PEP 495): whether this is the second of two identical wall
    /// times (when clocks go back).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyTime, PyTimeAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(PyTime::new_with_fold(py, 1, 30, 0, 0, None, true)?.get_fold());
    ///     assert!(!PyTime::new(py, 1, 30, 0, 0, None)?.get_fold());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn get_fold(&self) -> bool;
}

/// The time zone of a `time` or `datetime`.
pub trait PyTzInfoAccess<'py> {
    /// The `tzinfo`, or `None` for a naive object.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDateTime, PyTzInfo, PyTzInfoAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let utc = PyTzInfo::utc(py)?;
    ///     let aware = PyDateTime::new(py, 2020, 1, 1, 0, 0, 0, 0, Some(&utc))?;
    ///     assert!(aware.get_tzinfo().unwrap().is(&utc));
    ///     assert!(PyDateTime::new(py, 2020, 1, 1, 0, 0, 0, 0, None)?.get_tzinfo().is_none());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn get_tzinfo(&self) -> Option<Bound<'py, PyTzInfo>>;
}

// ---------------------------------------------------------------------------
// PyDate
// ---------------------------------------------------------------------------

/// A Python `datetime.date`.
#[repr(transparent)]
pub struct PyDate(PyAny);

#[cfg(not(Py_LIMITED_API))]
crate::pyobject_native_type_core!(
    PyDate,
    |py: Python<'_>| expect_datetime_api(py).DateType,
    "datetime",
    "date", #module=::std::option::Option::Some("datetime")
);
#[cfg(Py_LIMITED_API)]
crate::pyobject_native_type_core!(
    PyDate,
    |py: Python<'_>| DATE.type_ptr(py),
    "datetime",
    "date", #module=::std::option::Option::Some("datetime")
);

impl crate::sealed::Sealed for Bound<'_, PyDate> {}

impl PyDate {
    /// `datetime.date(year, month, day)`; `ValueError` for an invalid date.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyDate;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let d = PyDate::new(py, 1999, 12, 31)?;
    ///     assert_eq!(d.str()?.to_string(), "1999-12-31");
    ///     assert!(PyDate::new(py, 2023, 2, 29).is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new(py: Python<'_>, year: i32, month: u8, day: u8) -> PyResult<Bound<'_, PyDate>> {
        #[cfg(not(Py_LIMITED_API))]
        {
            let api = ensure_datetime_api(py)?;
            // SAFETY: attached; the constructor validates its arguments and
            // returns a new `date` or null with an exception set.
            unsafe {
                Bound::from_owned_ptr_or_err(
                    py,
                    (api.Date_FromDate)(year, c_int::from(month), c_int::from(day), api.DateType),
                )
                .map(|date| date.cast_into_unchecked())
            }
        }
        #[cfg(Py_LIMITED_API)]
        {
            Ok(DATE.get(py)?.call1((year, month, day))?.cast_into()?)
        }
    }

    /// `datetime.date.fromtimestamp(timestamp)`: the local date at a POSIX
    /// timestamp.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDate, PyDateAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     // Noon UTC on 1971-01-01: the same date in nearly every time zone.
    ///     let d = PyDate::from_timestamp(py, 31_579_200.0)?;
    ///     assert_eq!((d.get_year(), d.get_month()), (1971, 1));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn from_timestamp(py: Python<'_>, timestamp: f64) -> PyResult<Bound<'_, PyDate>> {
        #[cfg(not(Py_LIMITED_API))]
        {
            ensure_datetime_api(py)?;
            let args = PyTuple::new(py, [timestamp])?;
            // SAFETY: attached, the C API is loaded; returns a new `date` or
            // null with an exception set.
            unsafe {
                Bound::from_owned_ptr_or_err(py, ffi::PyDate_FromTimestamp(args.as_ptr()))
                    .map(|date| date.cast_into_unchecked())
            }
        }
        #[cfg(Py_LIMITED_API)]
        {
            Ok(DATE
                .get(py)?
                .call_method1("fromtimestamp", (timestamp,))?
                .cast_into()?)
        }
    }
}

/// Implements `PyDateAccess` for `date` or `datetime` (which starts with the
/// layout of a `date`): the C accessors off the stable ABI, the cached field
/// descriptors on it.
macro_rules! date_access {
    ($ty:ty) => {
        impl PyDateAccess for Bound<'_, $ty> {
            fn get_year(&self) -> i32 {
                #[cfg(not(Py_LIMITED_API))]
                // SAFETY: the object is a `date` or `datetime` (or a
                // subclass), whose date fields the accessor reads.
                return unsafe { ffi::PyDateTime_GET_YEAR(self.as_ptr()) };
                #[cfg(Py_LIMITED_API)]
                return DATE_YEAR.read_i32(self);
            }

            fn get_month(&self) -> u8 {
                #[cfg(not(Py_LIMITED_API))]
                // SAFETY: as in `get_year`; months are 1 to 12.
                return unsafe { ffi::PyDateTime_GET_MONTH(self.as_ptr()) as u8 };
                #[cfg(Py_LIMITED_API)]
                return DATE_MONTH.read_i32(self) as u8;
            }

            fn get_day(&self) -> u8 {
                #[cfg(not(Py_LIMITED_API))]
                // SAFETY: as in `get_year`; days are 1 to 31.
                return unsafe { ffi::PyDateTime_GET_DAY(self.as_ptr()) as u8 };
                #[cfg(Py_LIMITED_API)]
                return DATE_DAY.read_i32(self) as u8;
            }
        }
    };
}

date_access!(PyDate);

// ---------------------------------------------------------------------------
// PyDateTime
// ---------------------------------------------------------------------------

/// A Python `datetime.datetime`.
#[repr(transparent)]
pub struct PyDateTime(PyAny);

#[cfg(not(Py_LIMITED_API))]
crate::pyobject_native_type_core!(
    PyDateTime,
    |py: Python<'_>| expect_datetime_api(py).DateTimeType,
    "datetime",
    "datetime", #module=::std::option::Option::Some("datetime")
);
#[cfg(Py_LIMITED_API)]
crate::pyobject_native_type_core!(
    PyDateTime,
    |py: Python<'_>| DATETIME.type_ptr(py),
    "datetime",
    "datetime", #module=::std::option::Option::Some("datetime")
);

impl crate::sealed::Sealed for Bound<'_, PyDateTime> {}

impl PyDateTime {
    /// `datetime.datetime(year, month, day, hour, minute, second,
    /// microsecond, tzinfo)`; `ValueError` for an invalid date or time.
    #[allow(clippy::too_many_arguments)]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyDateTime;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dt = PyDateTime::new(py, 2021, 6, 1, 9, 15, 0, 0, None)?;
    ///     assert_eq!(dt.str()?.to_string(), "2021-06-01 09:15:00");
    ///     assert!(PyDateTime::new(py, 2021, 6, 1, 24, 0, 0, 0, None).is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new<'py>(
        py: Python<'py>,
        year: i32,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        second: u8,
        microsecond: u32,
        tzinfo: Option<&Bound<'py, PyTzInfo>>,
    ) -> PyResult<Bound<'py, PyDateTime>> {
        #[cfg(not(Py_LIMITED_API))]
        {
            let api = ensure_datetime_api(py)?;
            // SAFETY: attached; `tzinfo_ptr` is a borrowed `None` or
            // `tzinfo`; the constructor validates its arguments and returns
            // a new `datetime` or null with an exception set.
            unsafe {
                Bound::from_owned_ptr_or_err(
                    py,
                    (api.DateTime_FromDateAndTime)(
                        year,
                        c_int::from(month),
                        c_int::from(day),
                        c_int::from(hour),
                        c_int::from(minute),
                        c_int::from(second),
                        microsecond_arg(microsecond),
                        tzinfo_ptr(tzinfo),
                        api.DateTimeType,
                    ),
                )
                .map(|datetime| datetime.cast_into_unchecked())
            }
        }
        #[cfg(Py_LIMITED_API)]
        {
            let microsecond = microsecond_arg(microsecond);
            let args = (year, month, day, hour, minute, second, microsecond, tzinfo);
            Ok(DATETIME.get(py)?.call1(args)?.cast_into()?)
        }
    }

    /// Like [`PyDateTime::new`], with the fold (PEP 495) set: `true` picks
    /// the second of two identical wall times.
    #[allow(clippy::too_many_arguments)]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDateTime, PyTimeAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let later = PyDateTime::new_with_fold(py, 2023, 10, 29, 2, 30, 0, 0, None, true)?;
    ///     assert!(later.get_fold());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new_with_fold<'py>(
        py: Python<'py>,
        year: i32,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        second: u8,
        microsecond: u32,
        tzinfo: Option<&Bound<'py, PyTzInfo>>,
        fold: bool,
    ) -> PyResult<Bound<'py, PyDateTime>> {
        #[cfg(not(Py_LIMITED_API))]
        {
            let api = ensure_datetime_api(py)?;
            // SAFETY: as in `new`.
            unsafe {
                Bound::from_owned_ptr_or_err(
                    py,
                    (api.DateTime_FromDateAndTimeAndFold)(
                        year,
                        c_int::from(month),
                        c_int::from(day),
                        c_int::from(hour),
                        c_int::from(minute),
                        c_int::from(second),
                        microsecond_arg(microsecond),
                        tzinfo_ptr(tzinfo),
                        c_int::from(fold),
                        api.DateTimeType,
                    ),
                )
                .map(|datetime| datetime.cast_into_unchecked())
            }
        }
        #[cfg(Py_LIMITED_API)]
        {
            let microsecond = microsecond_arg(microsecond);
            let args = (year, month, day, hour, minute, second, microsecond, tzinfo);
            let kwargs = [("fold", u8::from(fold))].into_py_dict(py)?;
            Ok(DATETIME.get(py)?.call(args, Some(&kwargs))?.cast_into()?)
        }
    }

    /// `datetime.datetime.fromtimestamp(timestamp, tzinfo)`: local time for
    /// `None`, else the time in that zone.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyDateTime, PyTzInfo};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let utc = PyTzInfo::utc(py)?;
    ///     let dt = PyDateTime::from_timestamp(py, 86_400.5, Some(&utc))?;
    ///     assert_eq!(dt.str()?.to_string(), "1970-01-02 00:00:00.500000+00:00");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn from_timestamp<'py>(
        py: Python<'py>,
        timestamp: f64,
        tzinfo: Option<&Bound<'py, PyTzInfo>>,
    ) -> PyResult<Bound<'py, PyDateTime>> {
        #[cfg(not(Py_LIMITED_API))]
        {
            ensure_datetime_api(py)?;
            let args = (timestamp, tzinfo).into_pyobject(py)?;
            // SAFETY: attached, the C API is loaded; returns a new
            // `datetime` or null with an exception set.
            unsafe {
                Bound::from_owned_ptr_or_err(py, ffi::PyDateTime_FromTimestamp(args.as_ptr()))
                    .map(|datetime| datetime.cast_into_unchecked())
            }
        }
        #[cfg(Py_LIMITED_API)]
        {
            Ok(DATETIME
                .get(py)?
                .call_method1("fromtimestamp", (timestamp, tzinfo))?
                .cast_into()?)
        }
    }
}

date_access!(PyDateTime);

/// Implements `PyTimeAccess` and `PyTzInfoAccess` for `datetime` or `time`:
/// through the C accessors off the stable ABI (the object's layout is read
/// directly), through the cached field descriptors on it.
macro_rules! time_access {
    (
        $ty:ty,
        c: [$hour:ident, $minute:ident, $second:ident, $microsecond:ident, $fold:ident, $tzinfo:ident],
        descriptors: [$d_hour:ident, $d_minute:ident, $d_second:ident, $d_microsecond:ident, $d_fold:ident, $d_tzinfo:ident]
    ) => {
        impl PyTimeAccess for Bound<'_, $ty> {
            fn get_hour(&self) -> u8 {
                // SAFETY (every accessor below): the object is an instance
                // (or subclass) of the type whose layout the accessor reads;
                // the values are within the ranges `datetime` enforces.
                #[cfg(not(Py_LIMITED_API))]
                // SAFETY: as said above.
                return unsafe { ffi::$hour(self.as_ptr()) as u8 };
                #[cfg(Py_LIMITED_API)]
                return $d_hour.read_i32(self) as u8;
            }

            fn get_minute(&self) -> u8 {
                #[cfg(not(Py_LIMITED_API))]
                // SAFETY: see `get_hour`.
                return unsafe { ffi::$minute(self.as_ptr()) as u8 };
                #[cfg(Py_LIMITED_API)]
                return $d_minute.read_i32(self) as u8;
            }

            fn get_second(&self) -> u8 {
                #[cfg(not(Py_LIMITED_API))]
                // SAFETY: see `get_hour`.
                return unsafe { ffi::$second(self.as_ptr()) as u8 };
                #[cfg(Py_LIMITED_API)]
                return $d_second.read_i32(self) as u8;
            }

            fn get_microsecond(&self) -> u32 {
                #[cfg(not(Py_LIMITED_API))]
                // SAFETY: see `get_hour`.
                return unsafe { ffi::$microsecond(self.as_ptr()) as u32 };
                #[cfg(Py_LIMITED_API)]
                return $d_microsecond.read_i32(self) as u32;
            }

            fn get_fold(&self) -> bool {
                #[cfg(not(Py_LIMITED_API))]
                // SAFETY: see `get_hour`.
                return unsafe { ffi::$fold(self.as_ptr()) > 0 };
                #[cfg(Py_LIMITED_API)]
                return $d_fold.read_i32(self) > 0;
            }
        }

        impl<'py> PyTzInfoAccess<'py> for Bound<'py, $ty> {
            fn get_tzinfo(&self) -> Option<Bound<'py, PyTzInfo>> {
                #[cfg(not(Py_LIMITED_API))]
                // SAFETY: the object is an instance of the type; the field is
                // borrowed from it.
                return tzinfo_from_field(self.py(), unsafe { ffi::$tzinfo(self.as_ptr()) });
                #[cfg(Py_LIMITED_API)]
                return $d_tzinfo.read_tzinfo(self);
            }
        }
    };
}

time_access!(
    PyDateTime,
    c: [
        PyDateTime_DATE_GET_HOUR,
        PyDateTime_DATE_GET_MINUTE,
        PyDateTime_DATE_GET_SECOND,
        PyDateTime_DATE_GET_MICROSECOND,
        PyDateTime_DATE_GET_FOLD,
        PyDateTime_DATE_GET_TZINFO
    ],
    descriptors: [
        DATETIME_HOUR,
        DATETIME_MINUTE,
        DATETIME_SECOND,
        DATETIME_MICROSECOND,
        DATETIME_FOLD,
        DATETIME_TZINFO
    ]
);

// ---------------------------------------------------------------------------
// PyTime
// ---------------------------------------------------------------------------

/// A Python `datetime.time`.
#[repr(transparent)]
pub struct PyTime(PyAny);

#[cfg(not(Py_LIMITED_API))]
crate::pyobject_native_type_core!(
    PyTime,
    |py: Python<'_>| expect_datetime_api(py).TimeType,
    "datetime",
    "time", #module=::std::option::Option::Some("datetime")
);
#[cfg(Py_LIMITED_API)]
crate::pyobject_native_type_core!(
    PyTime,
    |py: Python<'_>| TIME.type_ptr(py),
    "datetime",
    "time", #module=::std::option::Option::Some("datetime")
);

impl crate::sealed::Sealed for Bound<'_, PyTime> {}

impl PyTime {
    /// `datetime.time(hour, minute, second, microsecond, tzinfo)`;
    /// `ValueError` for an invalid time.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyTime, PyTzInfo};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let utc = PyTzInfo::utc(py)?;
    ///     let t = PyTime::new(py, 7, 5, 0, 0, Some(&utc))?;
    ///     assert_eq!(t.str()?.to_string(), "07:05:00+00:00");
    ///     assert!(PyTime::new(py, 7, 60, 0, 0, None).is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new<'py>(
        py: Python<'py>,
        hour: u8,
        minute: u8,
        second: u8,
        microsecond: u32,
        tzinfo: Option<&Bound<'py, PyTzInfo>>,
    ) -> PyResult<Bound<'py, PyTime>> {
        #[cfg(not(Py_LIMITED_API))]
        {
            let api = ensure_datetime_api(py)?;
            // SAFETY: attached; `tzinfo_ptr` is a borrowed `None` or
            // `tzinfo`; the constructor validates its arguments and returns
            // a new `time` or null with an exception set.
            unsafe {
                Bound::from_owned_ptr_or_err(
                    py,
                    (api.Time_FromTime)(
                        c_int::from(hour),
                        c_int::from(minute),
                        c_int::from(second),
                        microsecond_arg(microsecond),
                        tzinfo_ptr(tzinfo),
                        api.TimeType,
                    ),
                )
                .map(|time| time.cast_into_unchecked())
            }
        }
        #[cfg(Py_LIMITED_API)]
        {
            let args = (hour, minute, second, microsecond_arg(microsecond), tzinfo);
            Ok(TIME.get(py)?.call1(args)?.cast_into()?)
        }
    }

    /// Like [`PyTime::new`], with the fold (PEP 495) set: `true` picks the
    /// second of two identical wall times.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::{PyTime, PyTimeAccess};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let t = PyTime::new_with_fold(py, 1, 30, 0, 0, None, true)?;
    ///     assert!(t.get_fold());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new_with_fold<'py>(
        py: Python<'py>,
        hour: u8,
        minute: u8,
        second: u8,
        microsecond: u32,
        tzinfo: Option<&Bound<'py, PyTzInfo>>,
        fold: bool,
    ) -> PyResult<Bound<'py, PyTime>> {
        #[cfg(not(Py_LIMITED_API))]
        {
            let api = ensure_datetime_api(py)?;
            // SAFETY: as in `new`.
            unsafe {
                Bound::from_owned_ptr_or_err(
                    py,
                    (api.Time_FromTimeAndFold)(
                        c_int::from(hour),
                        c_int::from(minute),
                        c_int::from(second),
                        microsecond_arg(microsecond),
                        tzinfo_ptr(tzinfo),
                        c_int::from(fold),
                        api.TimeType,
                    ),
                )
                .map(|time| time.cast_into_unchecked())
            }
        }
        #[cfg(Py_LIMITED_API)]
        {
            let args = (hour, minute, second, microsecond_arg(microsecond), tzinfo);
            let kwargs = [("fold", u8::from(fold))].into_py_dict(py)?;
            Ok(TIME.get(py)?.call(args, Some(&kwargs))?.cast_into()?)
        }
    }
}

time_access!(
    PyTime,
    c: [
        PyDateTime_TIME_GET_HOUR,
        PyDateTime_TIME_GET_MINUTE,
        PyDateTime_TIME_GET_SECOND,
        PyDateTime_TIME_GET_MICROSECOND,
        PyDateTime_TIME_GET_FOLD,
        PyDateTime_TIME_GET_TZINFO
    ],
    descriptors: [
        TIME_HOUR,
        TIME_MINUTE,
        TIME_SECOND,
        TIME_MICROSECOND,
        TIME_FOLD,
        TIME_TZINFO
    ]
);

// ---------------------------------------------------------------------------
// PyTzInfo
// ---------------------------------------------------------------------------

/// A Python `datetime.tzinfo` (the abstract base of time zones, such as
/// `datetime.timezone` and `zoneinfo.ZoneInfo`).
#[repr(transparent)]
pub struct PyTzInfo(PyAny);

#[cfg(not(Py_LIMITED_API))]
crate::pyobject_native_type_core!(
    PyTzInfo,
    |py: Python<'_>| expect_datetime_api(py).TZInfoType,
    "datetime",
    "tzinfo", #module=::std::option::Option::Some("datetime")
);
#[cfg(Py_LIMITED_API)]
crate::pyobject_native_type_core!(
    PyTzInfo,
    |py: Python<'_>| TZINFO.type_ptr(py),
    "datetime",
    "tzinfo", #module=::std::option::Option::Some("datetime")
);

impl crate::sealed::Sealed for Bound<'_, PyTzInfo> {}

impl PyTzInfo {
    /// The `datetime.timezone.utc` singleton.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyTzInfo;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let utc = PyTzInfo::utc(py)?;
    ///     assert!(utc.is(&py.eval(c"__import__('datetime').timezone.utc", None, None)?));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn utc(py: Python<'_>) -> PyResult<Borrowed<'static, '_, PyTzInfo>> {
        #[cfg(not(Py_LIMITED_API))]
        {
            let api = ensure_datetime_api(py)?;
            // SAFETY: the singleton belongs to the `datetime` module, which
            // keeps it alive as long as the interpreter runs; it is a
            // `timezone`, so a `tzinfo`.
            Ok(unsafe { Borrowed::from_ptr(py, api.TimeZone_UTC).cast_unchecked() })
        }
        #[cfg(Py_LIMITED_API)]
        {
            static UTC: PyOnceLock<Py<PyTzInfo>> = PyOnceLock::new();
            let utc = UTC.get_or_try_init(py, || {
                let utc = TIMEZONE.get(py)?.getattr("utc")?;
                Ok::<_, crate::PyErr>(utc.cast_into::<PyTzInfo>()?.unbind())
            })?;
            Ok(utc.bind_borrowed(py))
        }
    }

    /// `zoneinfo.ZoneInfo(iana_name)`: the IANA time zone of that name
    /// (e.g. `"Europe/Paris"`); `zoneinfo.ZoneInfoNotFoundError` when there
    /// is none.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyTzInfo;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     // Needs the system time zone database (or the `tzdata` package).
    ///     let paris = PyTzInfo::timezone(py, "Europe/Paris")?;
    ///     assert_eq!(paris.str()?.to_string(), "Europe/Paris");
    ///     assert!(PyTzInfo::timezone(py, "Nowhere/Special").is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn timezone<'py, T>(py: Python<'py>, iana_name: T) -> PyResult<Bound<'py, PyTzInfo>>
    where
        T: IntoPyObject<'py, Target = PyString>,
    {
        fn inner<'py>(
            py: Python<'py>,
            iana_name: Borrowed<'_, 'py, PyString>,
        ) -> PyResult<Bound<'py, PyTzInfo>> {
            static ZONE_INFO: PyOnceLock<Py<PyType>> = PyOnceLock::new();
            let zone_info = ZONE_INFO.import(py, "zoneinfo", "ZoneInfo")?;
            Ok(zone_info.call1((iana_name,))?.cast_into()?)
        }
        let iana_name = iana_name.into_pyobject(py).map_err(Into::into)?;
        inner(py, iana_name.as_borrowed())
    }

    /// `datetime.timezone(offset)`: the fixed offset from UTC, strictly
    /// between -24 and 24 hours (`ValueError` otherwise). A zero offset
    /// gives [`PyTzInfo::utc`].
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyTzInfo;
    /// use std::time::Duration;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let plus_two = PyTzInfo::fixed_offset(py, Duration::from_secs(2 * 3600))?;
    ///     assert_eq!(plus_two.str()?.to_string(), "UTC+02:00");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn fixed_offset<'py, T>(py: Python<'py>, offset: T) -> PyResult<Bound<'py, PyTzInfo>>
    where
        T: IntoPyObject<'py, Target = PyDelta>,
    {
        fn inner<'py>(
            py: Python<'py>,
            offset: Borrowed<'_, 'py, PyDelta>,
        ) -> PyResult<Bound<'py, PyTzInfo>> {
            #[cfg(not(Py_LIMITED_API))]
            {
                let api = ensure_datetime_api(py)?;
                // SAFETY: attached; `offset` is a `timedelta` (borrowed) and
                // the name may be null; returns a new `timezone` or null with
                // an exception set (offset out of range).
                unsafe {
                    Bound::from_owned_ptr_or_err(
                        py,
                        (api.TimeZone_FromTimeZone)(offset.as_ptr(), std::ptr::null_mut()),
                    )
                    .map(|timezone| timezone.cast_into_unchecked())
                }
            }
            #[cfg(Py_LIMITED_API)]
            {
                Ok(TIMEZONE.get(py)?.call1((offset,))?.cast_into()?)
            }
        }
        let offset = offset.into_pyobject(py).map_err(Into::into)?;
        inner(py, offset.as_borrowed())
    }
}

/// The `datetime.timezone.utc` singleton, as the older API gave it.
///
/// # Panics
///
/// If the `datetime` module cannot be imported.
#[deprecated(since = "0.25.0", note = "use `PyTzInfo::utc` instead")]
///
/// ```
/// # use pyo3::prelude::*;
/// use pyo3::types::{PyTzInfo, timezone_utc};
/// # pyo3::Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     assert!(timezone_utc(py).is(&PyTzInfo::utc(py)?));
///     Ok(())
/// }).unwrap();
/// ```
pub fn timezone_utc(py: Python<'_>) -> Bound<'_, PyTzInfo> {
    PyTzInfo::utc(py)
        .expect("failed to import datetime.timezone.utc")
        .to_owned()
}

// ---------------------------------------------------------------------------
// PyDelta
// ---------------------------------------------------------------------------

/// A Python `datetime.timedelta`.
#[repr(transparent)]
pub struct PyDelta(PyAny);

#[cfg(not(Py_LIMITED_API))]
crate::pyobject_native_type_core!(
    PyDelta,
    |py: Python<'_>| expect_datetime_api(py).DeltaType,
    "datetime",
    "timedelta", #module=::std::option::Option::Some("datetime")
);
#[cfg(Py_LIMITED_API)]
crate::pyobject_native_type_core!(
    PyDelta,
    |py: Python<'_>| TIMEDELTA.type_ptr(py),
    "datetime",
    "timedelta", #module=::std::option::Option::Some("datetime")
);

impl crate::sealed::Sealed for Bound<'_, PyDelta> {}

impl PyDelta {
    /// `datetime.timedelta(days, seconds, microseconds)`.
    ///
    /// With `normalize`, seconds and microseconds out of their ranges
    /// (0..86400, 0..1000000) carry into the larger units, as Python's
    /// constructor does. Without it they must already be in range: the
    /// C API then stores them as given (the limited API, having no such
    /// constructor, always normalises). Either way `OverflowError` when the
    /// days end up beyond ±999999999.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyDelta;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let d = PyDelta::new(py, 1, 30, 0, true)?;
    ///     assert_eq!(d.str()?.to_string(), "1 day, 0:00:30");
    ///     assert!(PyDelta::new(py, 1_000_000_000, 0, 0, true).is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new(
        py: Python<'_>,
        days: i32,
        seconds: i32,
        microseconds: i32,
        normalize: bool,
    ) -> PyResult<Bound<'_, PyDelta>> {
        #[cfg(not(Py_LIMITED_API))]
        {
            let api = ensure_datetime_api(py)?;
            // SAFETY: attached; returns a new `timedelta` or null with an
            // exception set (days out of range).
            unsafe {
                Bound::from_owned_ptr_or_err(
                    py,
                    (api.Delta_FromDelta)(
                        days,
                        seconds,
                        microseconds,
                        c_int::from(normalize),
                        api.DeltaType,
                    ),
                )
                .map(|delta| delta.cast_into_unchecked())
            }
        }
        #[cfg(Py_LIMITED_API)]
        {
            // Python's constructor always normalises; with `normalize` off
            // the values are in range already, so the result is the same.
            let _ = normalize;
            Ok(TIMEDELTA
                .get(py)?
                .call1((days, seconds, microseconds))?
                .cast_into()?)
        }
    }
}

impl PyDeltaAccess for Bound<'_, PyDelta> {
    fn get_days(&self) -> i32 {
        #[cfg(not(Py_LIMITED_API))]
        {
            // SAFETY: the object is a `timedelta` (or subclass), whose
            // layout the accessor reads.
            unsafe { ffi::PyDateTime_DELTA_GET_DAYS(self.as_ptr()) }
        }
        #[cfg(Py_LIMITED_API)]
        {
            TIMEDELTA_DAYS.read_i32(self)
        }
    }

    fn get_seconds(&self) -> i32 {
        #[cfg(not(Py_LIMITED_API))]
        {
            // SAFETY: as in `get_days`.
            unsafe { ffi::PyDateTime_DELTA_GET_SECONDS(self.as_ptr()) }
        }
        #[cfg(Py_LIMITED_API)]
        {
            TIMEDELTA_SECONDS.read_i32(self)
        }
    }

    fn get_microseconds(&self) -> i32 {
        #[cfg(not(Py_LIMITED_API))]
        {
            // SAFETY: as in `get_days`.
            unsafe { ffi::PyDateTime_DELTA_GET_MICROSECONDS(self.as_ptr()) }
        }
        #[cfg(Py_LIMITED_API)]
        {
            TIMEDELTA_MICROSECONDS.read_i32(self)
        }
    }
}
