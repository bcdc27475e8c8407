//! `Include/datetime.h`: the C API of the `datetime` module (object layouts,
//! the `PyDateTime_CAPI` capsule and the accessor and constructor macros).
//!
//! Unlike the rest of the C API, nothing here is exported by the interpreter
//! library: the type objects and constructors are reached through a table of
//! pointers (`PyDateTime_CAPI`) that the `datetime` module publishes in a
//! capsule. [`PyDateTime_IMPORT`] fetches that table; every check and
//! constructor below reads it, so call [`PyDateTime_IMPORT`] first.
//!
//! On PyPy the `datetime` module is written in Python: the objects only carry
//! the fields of PyPy's `cpyext_datetime.h`, the accessors, type checks and
//! timestamp constructors are functions exported by PyPy, and the table comes
//! from `_PyDateTime_Import` instead of a capsule.

#[cfg(not(PyPy))]
use std::ffi::c_uchar;
use std::ffi::{CStr, c_char, c_int};
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

#[cfg(not(PyPy))]
use crate::ffi::{Py_IS_TYPE, Py_hash_t, PyObject_TypeCheck};
use crate::ffi::{Py_None, PyObject, PyTypeObject};

// ---------------------------------------------------------------------------
// Object layouts
// ---------------------------------------------------------------------------

/// Number of bytes of `PyDateTime_Date::data`: year (2, big-endian), month,
/// day.
#[cfg(not(PyPy))]
pub const _PyDateTime_DATE_DATASIZE: usize = 4;

/// Number of bytes of `PyDateTime_Time::data`: hour, minute, second,
/// microsecond (3, big-endian).
#[cfg(not(PyPy))]
pub const _PyDateTime_TIME_DATASIZE: usize = 6;

/// Number of bytes of `PyDateTime_DateTime::data`: the date bytes followed by
/// the time bytes.
#[cfg(not(PyPy))]
pub const _PyDateTime_DATETIME_DATASIZE: usize = 10;

/// A `datetime.timedelta` object (C `PyDateTime_Delta`).
#[repr(C)]
#[derive(Debug)]
pub struct PyDateTime_Delta {
    pub ob_base: PyObject,
    /// Cached hash, -1 until computed.
    #[cfg(not(PyPy))]
    pub hashcode: Py_hash_t,
    /// Whole days, between -999999999 and 999999999.
    pub days: c_int,
    /// Seconds within the day, `0 <= seconds < 86400`.
    pub seconds: c_int,
    /// Microseconds within the second, `0 <= microseconds < 1000000`.
    pub microseconds: c_int,
}

/// A `datetime.tzinfo` object: the abstract base of time zones (C
/// `PyDateTime_TZInfo`).
#[repr(C)]
#[derive(Debug)]
pub struct PyDateTime_TZInfo {
    pub ob_base: PyObject,
}

/// The header shared by `date`, `time` and `datetime` objects, used to read
/// `hastzinfo` whatever the object (C `_PyDateTime_BaseTZInfo`).
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct _PyDateTime_BaseTZInfo {
    pub ob_base: PyObject,
    pub hashcode: Py_hash_t,
    /// Whether the object was allocated with a `tzinfo` field.
    pub hastzinfo: c_char,
}

/// A `datetime.time` object allocated without a `tzinfo` field (C
/// `_PyDateTime_BaseTime`, `hastzinfo` false).
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct _PyDateTime_BaseTime {
    pub ob_base: PyObject,
    pub hashcode: Py_hash_t,
    pub hastzinfo: c_char,
    pub data: [c_uchar; _PyDateTime_TIME_DATASIZE],
}

/// A `datetime.time` object (C `PyDateTime_Time`).
///
/// On CPython `fold` and `tzinfo` exist only when `hastzinfo` is true (else
/// the object is a [`_PyDateTime_BaseTime`]); read them through
/// [`PyDateTime_TIME_GET_FOLD`] and [`PyDateTime_TIME_GET_TZINFO`]. PyPy
/// keeps only `hastzinfo` (an `unsigned char` there) and `tzinfo`.
#[repr(C)]
#[derive(Debug)]
pub struct PyDateTime_Time {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub hashcode: Py_hash_t,
    pub hastzinfo: c_char,
    /// Hour, minute, second and microsecond (3 bytes, big-endian).
    #[cfg(not(PyPy))]
    pub data: [c_uchar; _PyDateTime_TIME_DATASIZE],
    #[cfg(not(PyPy))]
    pub fold: c_uchar,
    pub tzinfo: *mut PyObject,
}

/// A `datetime.date` object (C `PyDateTime_Date`). `hastzinfo` is unused
/// but present because `datetime` derives from `date`.
#[repr(C)]
#[derive(Debug)]
pub struct PyDateTime_Date {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub hashcode: Py_hash_t,
    #[cfg(not(PyPy))]
    pub hastzinfo: c_char,
    /// Year (2 bytes, big-endian), month and day.
    #[cfg(not(PyPy))]
    pub data: [c_uchar; _PyDateTime_DATE_DATASIZE],
}

/// A `datetime.datetime` object allocated without a `tzinfo` field (C
/// `_PyDateTime_BaseDateTime`, `hastzinfo` false).
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct _PyDateTime_BaseDateTime {
    pub ob_base: PyObject,
    pub hashcode: Py_hash_t,
    pub hastzinfo: c_char,
    pub data: [c_uchar; _PyDateTime_DATETIME_DATASIZE],
}

/// A `datetime.datetime` object (C `PyDateTime_DateTime`).
///
/// On CPython `fold` and `tzinfo` exist only when `hastzinfo` is true (else
/// the object is a [`_PyDateTime_BaseDateTime`]); read them through
/// [`PyDateTime_DATE_GET_FOLD`] and [`PyDateTime_DATE_GET_TZINFO`]. PyPy
/// keeps only `hastzinfo` (an `unsigned char` there) and `tzinfo`.
#[repr(C)]
#[derive(Debug)]
pub struct PyDateTime_DateTime {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub hashcode: Py_hash_t,
    pub hastzinfo: c_char,
    /// Year (2 bytes, big-endian), month, day, hour, minute, second and
    /// microsecond (3 bytes, big-endian).
    #[cfg(not(PyPy))]
    pub data: [c_uchar; _PyDateTime_DATETIME_DATASIZE],
    #[cfg(not(PyPy))]
    pub fold: c_uchar,
    pub tzinfo: *mut PyObject,
}

// ---------------------------------------------------------------------------
// Field accessors (C macros)
// ---------------------------------------------------------------------------

/// Whether a `time` or `datetime` object carries a `tzinfo` field (C
/// `_PyDateTime_HAS_TZINFO`).
#[cfg(not(PyPy))]
#[inline]
unsafe fn has_tzinfo(o: *mut PyObject) -> bool {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*o.cast::<_PyDateTime_BaseTZInfo>()).hastzinfo != 0 }
}

/// The year of a `date` or `datetime`, 1 to 9999 (C `PyDateTime_GET_YEAR`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_GET_YEAR(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let data = &(*o.cast::<PyDateTime_Date>()).data;
        (c_int::from(data[0]) << 8) | c_int::from(data[1])
    }
}

/// The month of a `date` or `datetime`, 1 to 12 (C `PyDateTime_GET_MONTH`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_GET_MONTH(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { c_int::from((*o.cast::<PyDateTime_Date>()).data[2]) }
}

/// The day of a `date` or `datetime`, 1 to 31 (C `PyDateTime_GET_DAY`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_GET_DAY(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { c_int::from((*o.cast::<PyDateTime_Date>()).data[3]) }
}

/// The hour of a `datetime`, 0 to 23 (C `PyDateTime_DATE_GET_HOUR`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_DATE_GET_HOUR(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { c_int::from((*o.cast::<PyDateTime_DateTime>()).data[4]) }
}

/// The minute of a `datetime`, 0 to 59 (C `PyDateTime_DATE_GET_MINUTE`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_DATE_GET_MINUTE(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { c_int::from((*o.cast::<PyDateTime_DateTime>()).data[5]) }
}

/// The second of a `datetime`, 0 to 59 (C `PyDateTime_DATE_GET_SECOND`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_DATE_GET_SECOND(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { c_int::from((*o.cast::<PyDateTime_DateTime>()).data[6]) }
}

/// The microsecond of a `datetime`, 0 to 999999 (C
/// `PyDateTime_DATE_GET_MICROSECOND`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_DATE_GET_MICROSECOND(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let data = &(*o.cast::<PyDateTime_DateTime>()).data;
        (c_int::from(data[7]) << 16) | (c_int::from(data[8]) << 8) | c_int::from(data[9])
    }
}

/// The fold (PEP 495) of a `datetime`, 0 or 1 (C `PyDateTime_DATE_GET_FOLD`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_DATE_GET_FOLD(o: *mut PyObject) -> c_uchar {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*o.cast::<PyDateTime_DateTime>()).fold }
}

/// The `tzinfo` of a `datetime`, borrowed, or `None` when it has none (C
/// `PyDateTime_DATE_GET_TZINFO`; a macro since 3.10, computed the same way
/// on 3.9).
#[inline]
pub unsafe fn PyDateTime_DATE_GET_TZINFO(o: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(not(PyPy))]
        let has = has_tzinfo(o);
        // PyPy fills `tzinfo` (or leaves it NULL) from the Python object.
        #[cfg(PyPy)]
        let has = (*o.cast::<PyDateTime_DateTime>()).hastzinfo != 0;
        if has {
            (*o.cast::<PyDateTime_DateTime>()).tzinfo
        } else {
            Py_None()
        }
    }
}

/// The hour of a `time`, 0 to 23 (C `PyDateTime_TIME_GET_HOUR`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_TIME_GET_HOUR(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { c_int::from((*o.cast::<PyDateTime_Time>()).data[0]) }
}

/// The minute of a `time`, 0 to 59 (C `PyDateTime_TIME_GET_MINUTE`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_TIME_GET_MINUTE(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { c_int::from((*o.cast::<PyDateTime_Time>()).data[1]) }
}

/// The second of a `time`, 0 to 59 (C `PyDateTime_TIME_GET_SECOND`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_TIME_GET_SECOND(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { c_int::from((*o.cast::<PyDateTime_Time>()).data[2]) }
}

/// The microsecond of a `time`, 0 to 999999 (C
/// `PyDateTime_TIME_GET_MICROSECOND`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_TIME_GET_MICROSECOND(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let data = &(*o.cast::<PyDateTime_Time>()).data;
        (c_int::from(data[3]) << 16) | (c_int::from(data[4]) << 8) | c_int::from(data[5])
    }
}

/// The fold (PEP 495) of a `time`, 0 or 1 (C `PyDateTime_TIME_GET_FOLD`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_TIME_GET_FOLD(o: *mut PyObject) -> c_uchar {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*o.cast::<PyDateTime_Time>()).fold }
}

/// The `tzinfo` of a `time`, borrowed, or `None` when it has none (C
/// `PyDateTime_TIME_GET_TZINFO`; a macro since 3.10, computed the same way
/// on 3.9).
#[inline]
pub unsafe fn PyDateTime_TIME_GET_TZINFO(o: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(not(PyPy))]
        let has = has_tzinfo(o);
        // PyPy fills `tzinfo` (or leaves it NULL) from the Python object.
        #[cfg(PyPy)]
        let has = (*o.cast::<PyDateTime_Time>()).hastzinfo != 0;
        if has {
            (*o.cast::<PyDateTime_Time>()).tzinfo
        } else {
            Py_None()
        }
    }
}

/// The days of a `timedelta` (C `PyDateTime_DELTA_GET_DAYS`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_DELTA_GET_DAYS(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*o.cast::<PyDateTime_Delta>()).days }
}

/// The seconds (0 to 86399) of a `timedelta` (C
/// `PyDateTime_DELTA_GET_SECONDS`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_DELTA_GET_SECONDS(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*o.cast::<PyDateTime_Delta>()).seconds }
}

/// The microseconds (0 to 999999) of a `timedelta` (C
/// `PyDateTime_DELTA_GET_MICROSECONDS`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_DELTA_GET_MICROSECONDS(o: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*o.cast::<PyDateTime_Delta>()).microseconds }
}

// PyPy exports the accessors as functions (its objects have no `data`).
#[cfg(PyPy)]
unsafe extern "C" {
    #[link_name = "PyPyDateTime_GET_YEAR"]
    pub fn PyDateTime_GET_YEAR(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_GET_MONTH"]
    pub fn PyDateTime_GET_MONTH(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_GET_DAY"]
    pub fn PyDateTime_GET_DAY(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_DATE_GET_HOUR"]
    pub fn PyDateTime_DATE_GET_HOUR(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_DATE_GET_MINUTE"]
    pub fn PyDateTime_DATE_GET_MINUTE(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_DATE_GET_SECOND"]
    pub fn PyDateTime_DATE_GET_SECOND(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_DATE_GET_MICROSECOND"]
    pub fn PyDateTime_DATE_GET_MICROSECOND(o: *mut PyObject) -> c_int;
    // PyPy's datetime.h maps PyDateTime_DATE_GET_FOLD to PyDateTime_GET_FOLD.
    #[link_name = "PyPyDateTime_GET_FOLD"]
    pub fn PyDateTime_DATE_GET_FOLD(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_TIME_GET_HOUR"]
    pub fn PyDateTime_TIME_GET_HOUR(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_TIME_GET_MINUTE"]
    pub fn PyDateTime_TIME_GET_MINUTE(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_TIME_GET_SECOND"]
    pub fn PyDateTime_TIME_GET_SECOND(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_TIME_GET_MICROSECOND"]
    pub fn PyDateTime_TIME_GET_MICROSECOND(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_TIME_GET_FOLD"]
    pub fn PyDateTime_TIME_GET_FOLD(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_DELTA_GET_DAYS"]
    pub fn PyDateTime_DELTA_GET_DAYS(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_DELTA_GET_SECONDS"]
    pub fn PyDateTime_DELTA_GET_SECONDS(o: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_DELTA_GET_MICROSECONDS"]
    pub fn PyDateTime_DELTA_GET_MICROSECONDS(o: *mut PyObject) -> c_int;
}

// ---------------------------------------------------------------------------
// The C API capsule
// ---------------------------------------------------------------------------

/// The table of type objects and constructors the `datetime` module
/// publishes in its capsule (C `PyDateTime_CAPI`). Fields are in header
/// order; the layout has not changed since 3.7.
#[repr(C)]
#[derive(Debug, Copy, Clone)]
pub struct PyDateTime_CAPI {
    /// `datetime.date`.
    pub DateType: *mut PyTypeObject,
    /// `datetime.datetime`.
    pub DateTimeType: *mut PyTypeObject,
    /// `datetime.time`.
    pub TimeType: *mut PyTypeObject,
    /// `datetime.timedelta`.
    pub DeltaType: *mut PyTypeObject,
    /// `datetime.tzinfo`.
    pub TZInfoType: *mut PyTypeObject,
    /// `datetime.timezone.utc`.
    pub TimeZone_UTC: *mut PyObject,
    pub Date_FromDate: unsafe extern "C" fn(
        year: c_int,
        month: c_int,
        day: c_int,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject,
    pub DateTime_FromDateAndTime: unsafe extern "C" fn(
        year: c_int,
        month: c_int,
        day: c_int,
        hour: c_int,
        minute: c_int,
        second: c_int,
        microsecond: c_int,
        tzinfo: *mut PyObject,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject,
    pub Time_FromTime: unsafe extern "C" fn(
        hour: c_int,
        minute: c_int,
        second: c_int,
        microsecond: c_int,
        tzinfo: *mut PyObject,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject,
    /// `normalize` non-zero carries out-of-range seconds and microseconds
    /// into the larger units.
    pub Delta_FromDelta: unsafe extern "C" fn(
        days: c_int,
        seconds: c_int,
        microseconds: c_int,
        normalize: c_int,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject,
    /// `name` may be NULL.
    pub TimeZone_FromTimeZone:
        unsafe extern "C" fn(offset: *mut PyObject, name: *mut PyObject) -> *mut PyObject,
    /// `cls.fromtimestamp(*args, **kwargs)`; `kwargs` may be NULL.
    pub DateTime_FromTimestamp: unsafe extern "C" fn(
        cls: *mut PyObject,
        args: *mut PyObject,
        kwargs: *mut PyObject,
    ) -> *mut PyObject,
    /// `cls.fromtimestamp(*args)`.
    pub Date_FromTimestamp:
        unsafe extern "C" fn(cls: *mut PyObject, args: *mut PyObject) -> *mut PyObject,
    pub DateTime_FromDateAndTimeAndFold: unsafe extern "C" fn(
        year: c_int,
        month: c_int,
        day: c_int,
        hour: c_int,
        minute: c_int,
        second: c_int,
        microsecond: c_int,
        tzinfo: *mut PyObject,
        fold: c_int,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject,
    pub Time_FromTimeAndFold: unsafe extern "C" fn(
        hour: c_int,
        minute: c_int,
        second: c_int,
        microsecond: c_int,
        tzinfo: *mut PyObject,
        fold: c_int,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject,
}

/// The name of the capsule holding the [`PyDateTime_CAPI`] table, the
/// `datetime_CAPI` attribute of the `datetime` module (C
/// `PyDateTime_CAPSULE_NAME`).
pub const PyDateTime_CAPSULE_NAME: &CStr = c"datetime.datetime_CAPI";

#[cfg(PyPy)]
unsafe extern "C" {
    /// PyPy's builder of the [`PyDateTime_CAPI`] table (C
    /// `_PyDateTime_Import`), what `PyDateTime_IMPORT` calls on PyPy.
    #[link_name = "_PyPyDateTime_Import"]
    pub fn PyDateTime_Import() -> *mut PyDateTime_CAPI;
}

/// The table [`PyDateTime_IMPORT`] fetched, shared by all threads.
/// C keeps it in a per-translation-unit `static PyDateTime_CAPI *PyDateTimeAPI`.
static DATETIME_API: AtomicPtr<PyDateTime_CAPI> = AtomicPtr::new(ptr::null_mut());

/// Imports the `datetime` module and loads its C API table, which every
/// type check (`PyDate_Check`, ...), constructor (`PyDate_FromDate`, ...)
/// and [`PyDateTime_TimeZone_UTC`] of this module reads (C
/// `PyDateTime_IMPORT`).
///
/// On CPython this is `PyCapsule_Import(PyDateTime_CAPSULE_NAME, 0)`: it
/// imports `datetime` and takes the [`PyDateTime_CAPI`] pointer out of its
/// `datetime_CAPI` capsule. On PyPy it calls PyPy's `_PyDateTime_Import`.
///
/// # When to call it
///
/// Once, before the first use of any of the functions above, typically in
/// a module's initialisation function (C extensions write `PyDateTime_IMPORT;`
/// in `PyInit_*`). Calling it again is cheap: once the table is loaded,
/// later calls return at once without importing anything.
///
/// # Result
///
/// Nothing is returned. Afterwards [`PyDateTimeAPI`] returns the table, or
/// NULL if the import failed, in which case a Python exception is set and
/// must be handled by the caller (e.g. by failing module initialisation).
/// The table belongs to the `datetime` module and stays valid as long as
/// the interpreter runs; it is not reference counted.
///
/// # Threads
///
/// The pointer is kept in an atomic shared by the whole process, so several
/// threads may call this function concurrently (truly in parallel on
/// free-threaded builds) and others may read [`PyDateTimeAPI`] meanwhile:
/// each caller that finds no table imports the capsule, the first one to
/// succeed publishes the pointer and the others keep it, as CPython 3.15's
/// own `PyDateTime_IMPORT` does. The stored pointer never changes once set.
///
/// # Safety
///
/// The calling thread must have an attached thread state (hold the GIL), as
/// importing a module runs Python code. Like the C macro's static, the
/// pointer is kept per process, not per interpreter.
#[inline]
pub unsafe fn PyDateTime_IMPORT() {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if !DATETIME_API.load(Ordering::Acquire).is_null() {
            return;
        }
        #[cfg(not(PyPy))]
        let capi = crate::ffi::PyCapsule_Import(PyDateTime_CAPSULE_NAME.as_ptr(), 0)
            .cast::<PyDateTime_CAPI>();
        #[cfg(PyPy)]
        let capi = PyDateTime_Import();
        if !capi.is_null() {
            // Losing the race is fine: the winner stored the same table.
            let _ = DATETIME_API.compare_exchange(
                ptr::null_mut(),
                capi,
                Ordering::AcqRel,
                Ordering::Acquire,
            );
        }
    }
}

/// The table loaded by [`PyDateTime_IMPORT`], or NULL before a successful
/// call (C `PyDateTimeAPI`, a static variable there).
#[inline]
pub unsafe fn PyDateTimeAPI() -> *mut PyDateTime_CAPI {
    DATETIME_API.load(Ordering::Acquire)
}

/// The `datetime.timezone.utc` singleton, borrowed (C
/// `PyDateTime_TimeZone_UTC`). Needs [`PyDateTime_IMPORT`].
#[inline]
pub unsafe fn PyDateTime_TimeZone_UTC() -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*PyDateTimeAPI()).TimeZone_UTC }
}

// ---------------------------------------------------------------------------
// Type checks (C macros reading the table; functions on PyPy)
// ---------------------------------------------------------------------------

/// Whether `op` is a `datetime.date` or a subtype, `datetime` included (C
/// `PyDate_Check`). Needs [`PyDateTime_IMPORT`].
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDate_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, (*PyDateTimeAPI()).DateType) }
}

/// Whether `op` is exactly a `datetime.date` (C `PyDate_CheckExact`). Needs
/// [`PyDateTime_IMPORT`].
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDate_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, (*PyDateTimeAPI()).DateType) }
}

/// Whether `op` is a `datetime.datetime` or a subtype (C
/// `PyDateTime_Check`). Needs [`PyDateTime_IMPORT`].
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, (*PyDateTimeAPI()).DateTimeType) }
}

/// Whether `op` is exactly a `datetime.datetime` (C
/// `PyDateTime_CheckExact`). Needs [`PyDateTime_IMPORT`].
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, (*PyDateTimeAPI()).DateTimeType) }
}

/// Whether `op` is a `datetime.time` or a subtype (C `PyTime_Check`). Needs
/// [`PyDateTime_IMPORT`].
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyTime_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, (*PyDateTimeAPI()).TimeType) }
}

/// Whether `op` is exactly a `datetime.time` (C `PyTime_CheckExact`). Needs
/// [`PyDateTime_IMPORT`].
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyTime_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, (*PyDateTimeAPI()).TimeType) }
}

/// Whether `op` is a `datetime.timedelta` or a subtype (C `PyDelta_Check`).
/// Needs [`PyDateTime_IMPORT`].
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDelta_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, (*PyDateTimeAPI()).DeltaType) }
}

/// Whether `op` is exactly a `datetime.timedelta` (C `PyDelta_CheckExact`).
/// Needs [`PyDateTime_IMPORT`].
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDelta_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, (*PyDateTimeAPI()).DeltaType) }
}

/// Whether `op` is a `datetime.tzinfo` or a subtype (C `PyTZInfo_Check`).
/// Needs [`PyDateTime_IMPORT`].
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyTZInfo_Check(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_TypeCheck(op, (*PyDateTimeAPI()).TZInfoType) }
}

/// Whether `op` is exactly a `datetime.tzinfo` (C `PyTZInfo_CheckExact`).
/// Needs [`PyDateTime_IMPORT`].
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyTZInfo_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(op, (*PyDateTimeAPI()).TZInfoType) }
}

#[cfg(PyPy)]
unsafe extern "C" {
    #[link_name = "PyPyDate_Check"]
    pub fn PyDate_Check(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyDate_CheckExact"]
    pub fn PyDate_CheckExact(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_Check"]
    pub fn PyDateTime_Check(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyDateTime_CheckExact"]
    pub fn PyDateTime_CheckExact(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyTime_Check"]
    pub fn PyTime_Check(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyTime_CheckExact"]
    pub fn PyTime_CheckExact(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyDelta_Check"]
    pub fn PyDelta_Check(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyDelta_CheckExact"]
    pub fn PyDelta_CheckExact(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyTZInfo_Check"]
    pub fn PyTZInfo_Check(op: *mut PyObject) -> c_int;
    #[link_name = "PyPyTZInfo_CheckExact"]
    pub fn PyTZInfo_CheckExact(op: *mut PyObject) -> c_int;
}

// ---------------------------------------------------------------------------
// Constructors (C macros calling through the table)
// ---------------------------------------------------------------------------

/// A new `datetime.date` (C `PyDate_FromDate`). Needs [`PyDateTime_IMPORT`].
#[inline]
pub unsafe fn PyDate_FromDate(year: c_int, month: c_int, day: c_int) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let api = PyDateTimeAPI();
        ((*api).Date_FromDate)(year, month, day, (*api).DateType)
    }
}

/// A new naive `datetime.datetime` (C `PyDateTime_FromDateAndTime`). Needs
/// [`PyDateTime_IMPORT`].
#[inline]
pub unsafe fn PyDateTime_FromDateAndTime(
    year: c_int,
    month: c_int,
    day: c_int,
    hour: c_int,
    minute: c_int,
    second: c_int,
    usecond: c_int,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let api = PyDateTimeAPI();
        ((*api).DateTime_FromDateAndTime)(
            year,
            month,
            day,
            hour,
            minute,
            second,
            usecond,
            Py_None(),
            (*api).DateTimeType,
        )
    }
}

/// A new naive `datetime.datetime` with a fold (C
/// `PyDateTime_FromDateAndTimeAndFold`). Needs [`PyDateTime_IMPORT`].
#[inline]
#[allow(clippy::too_many_arguments)]
pub unsafe fn PyDateTime_FromDateAndTimeAndFold(
    year: c_int,
    month: c_int,
    day: c_int,
    hour: c_int,
    minute: c_int,
    second: c_int,
    usecond: c_int,
    fold: c_int,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let api = PyDateTimeAPI();
        ((*api).DateTime_FromDateAndTimeAndFold)(
            year,
            month,
            day,
            hour,
            minute,
            second,
            usecond,
            Py_None(),
            fold,
            (*api).DateTimeType,
        )
    }
}

/// A new naive `datetime.time` (C `PyTime_FromTime`). Needs
/// [`PyDateTime_IMPORT`].
#[inline]
pub unsafe fn PyTime_FromTime(
    hour: c_int,
    minute: c_int,
    second: c_int,
    usecond: c_int,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let api = PyDateTimeAPI();
        ((*api).Time_FromTime)(hour, minute, second, usecond, Py_None(), (*api).TimeType)
    }
}

/// A new naive `datetime.time` with a fold (C `PyTime_FromTimeAndFold`).
/// Needs [`PyDateTime_IMPORT`].
#[inline]
pub unsafe fn PyTime_FromTimeAndFold(
    hour: c_int,
    minute: c_int,
    second: c_int,
    usecond: c_int,
    fold: c_int,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let api = PyDateTimeAPI();
        ((*api).Time_FromTimeAndFold)(
            hour,
            minute,
            second,
            usecond,
            Py_None(),
            fold,
            (*api).TimeType,
        )
    }
}

/// A new, normalised `datetime.timedelta` from days, seconds and
/// microseconds (C `PyDelta_FromDSU`). Needs [`PyDateTime_IMPORT`].
#[inline]
pub unsafe fn PyDelta_FromDSU(days: c_int, seconds: c_int, useconds: c_int) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let api = PyDateTimeAPI();
        ((*api).Delta_FromDelta)(days, seconds, useconds, 1, (*api).DeltaType)
    }
}

/// A new unnamed fixed-offset `datetime.timezone`; `offset` is a
/// `timedelta` (C `PyTimeZone_FromOffset`). Needs [`PyDateTime_IMPORT`].
#[inline]
pub unsafe fn PyTimeZone_FromOffset(offset: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { ((*PyDateTimeAPI()).TimeZone_FromTimeZone)(offset, ptr::null_mut()) }
}

/// A new fixed-offset `datetime.timezone` named by the `str` `name` (C
/// `PyTimeZone_FromOffsetAndName`). Needs [`PyDateTime_IMPORT`].
#[inline]
pub unsafe fn PyTimeZone_FromOffsetAndName(
    offset: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { ((*PyDateTimeAPI()).TimeZone_FromTimeZone)(offset, name) }
}

/// `datetime.datetime.fromtimestamp(*args)` for an argument tuple (C
/// `PyDateTime_FromTimestamp`). Needs [`PyDateTime_IMPORT`].
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDateTime_FromTimestamp(args: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let api = PyDateTimeAPI();
        ((*api).DateTime_FromTimestamp)((*api).DateTimeType.cast(), args, ptr::null_mut())
    }
}

/// `datetime.date.fromtimestamp(*args)` for an argument tuple (C
/// `PyDate_FromTimestamp`). Needs [`PyDateTime_IMPORT`].
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PyDate_FromTimestamp(args: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let api = PyDateTimeAPI();
        ((*api).Date_FromTimestamp)((*api).DateType.cast(), args)
    }
}

// PyPy exports the timestamp constructors as functions.
#[cfg(PyPy)]
unsafe extern "C" {
    #[link_name = "PyPyDateTime_FromTimestamp"]
    pub fn PyDateTime_FromTimestamp(args: *mut PyObject) -> *mut PyObject;
    #[link_name = "PyPyDate_FromTimestamp"]
    pub fn PyDate_FromTimestamp(args: *mut PyObject) -> *mut PyObject;
}
