//! `PyComplex`, `PyCapsule`, weak references, `PyMemoryView`, `PyCode`,
//! `PyFrame`, and the conversions of `Duration`, `SystemTime`, IP addresses
//! and `Cell`.

use std::cell::Cell;
use std::ffi::{CString, c_void};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::ptr::NonNull;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use pyo3::exceptions::{
    PyAttributeError, PyImportError, PyOverflowError, PyReferenceError, PySyntaxError,
    PySystemError, PyTypeError, PyValueError,
};
use pyo3::prelude::*;
use pyo3::types::capsule::CapsuleName;
use pyo3::types::code::PyCodeInput;
use pyo3::types::{
    PyCapsule, PyCapsuleMethods, PyCode, PyCodeMethods, PyComplex, PyComplexMethods, PyDateTime,
    PyDelta, PyDeltaAccess, PyDict, PyInt, PyMemoryView, PyWeakref, PyWeakrefMethods,
    PyWeakrefProxy, PyWeakrefReference,
};
use pyo3::{PyTypeCheck, PyTypeInfo};

use crate::common::{eval, refcount, with_py};

// ---------------------------------------------------------------------------
// complex
// ---------------------------------------------------------------------------

#[test]
fn complex_parts_and_type() {
    with_py(|py| {
        let z = PyComplex::from_doubles(py, 2.5, -1.0);
        assert_eq!((z.real(), z.imag()), (2.5, -1.0));
        assert_eq!(z.repr().unwrap().to_string(), "(2.5-1j)");
        assert!(z.as_any().eq(eval(py, "complex(2.5, -1)")).unwrap());
        let from_python = eval(py, "3j + 1");
        let from_python = from_python.cast::<PyComplex>().unwrap();
        assert_eq!((from_python.real(), from_python.imag()), (1.0, 3.0));
        // Subclasses are complex numbers too.
        let subclass = eval(py, "type('C', (complex,), {})(4, 5)");
        let subclass = subclass.cast::<PyComplex>().unwrap();
        assert_eq!((subclass.real(), subclass.imag()), (4.0, 5.0));
        let nan = PyComplex::from_doubles(py, f64::NAN, f64::INFINITY);
        assert!(nan.real().is_nan());
        assert_eq!(nan.imag(), f64::INFINITY);
        let float = eval(py, "1.5");
        let err = float.cast::<PyComplex>().unwrap_err();
        assert_eq!(
            PyErr::from(err).to_string(),
            "TypeError: 'float' object is not an instance of 'complex'"
        );
        assert_eq!(
            PyComplex::type_object(py).name().unwrap().to_string(),
            "complex"
        );
    });
}

#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
#[test]
fn complex_arithmetic() {
    with_py(|py| {
        let a = PyComplex::from_doubles(py, 3.0, 4.0);
        let b = PyComplex::from_doubles(py, 1.0, -2.0);
        assert_eq!(a.abs(), 5.0);
        let check = |z: Bound<'_, PyComplex>, real: f64, imag: f64| {
            assert_eq!((z.real(), z.imag()), (real, imag), "{z}");
        };
        check(&a + &b, 4.0, 2.0);
        check(&a + b.clone(), 4.0, 2.0);
        check(a.clone() + &b, 4.0, 2.0);
        check(a.clone() + b.clone(), 4.0, 2.0);
        check(a.as_borrowed() + b.as_borrowed(), 4.0, 2.0);
        check(&a - &b, 2.0, 6.0);
        check(a.as_borrowed() - b.as_borrowed(), 2.0, 6.0);
        check(&a * &b, 11.0, -2.0);
        check(a.clone() * b.clone(), 11.0, -2.0);
        check(&a / &PyComplex::from_doubles(py, 0.0, 1.0), 4.0, -3.0);
        check(a.clone() / &PyComplex::from_doubles(py, 2.0, 0.0), 1.5, 2.0);
        check(-&a, -3.0, -4.0);
        check(-a.clone(), -3.0, -4.0);
        check(-a.as_borrowed(), -3.0, -4.0);
        // C pow (through polar form): close to (-7+24j).
        let square = a.pow(&PyComplex::from_doubles(py, 2.0, 0.0));
        assert!((square.real() + 7.0).abs() < 1e-12 && (square.imag() - 24.0).abs() < 1e-12);
        check(b.pow(&PyComplex::from_doubles(py, 0.0, 0.0)), 1.0, 0.0);
        // No exception from C pow: 0 ** -1 is 0j.
        let zero = PyComplex::from_doubles(py, 0.0, 0.0);
        check(zero.pow(&PyComplex::from_doubles(py, -1.0, 0.0)), 0.0, 0.0);
        assert_eq!(
            PyComplex::from_doubles(py, f64::MAX, f64::MAX).abs(),
            f64::INFINITY
        );
        let division = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| &a / &zero));
        assert!(division.is_err(), "dividing by zero panics");
        let before = refcount(a.as_any());
        for _ in 0..100 {
            drop(&a + &b);
            drop(-&a);
            drop(a.pow(&b));
        }
        assert_eq!(refcount(a.as_any()), before);
    });
}

// ---------------------------------------------------------------------------
// Duration and SystemTime
// ---------------------------------------------------------------------------

fn timedelta<'py>(
    py: Python<'py>,
    days: i32,
    seconds: i32,
    microseconds: i32,
) -> Bound<'py, PyAny> {
    py.import("datetime")
        .unwrap()
        .getattr("timedelta")
        .unwrap()
        .call1((days, seconds, microseconds))
        .unwrap()
}

#[test]
fn duration_from_timedelta() {
    with_py(|py| {
        for (days, seconds, micros, expected) in [
            (0, 0, 0, Duration::ZERO),
            (1, 0, 0, Duration::from_secs(86_400)),
            (0, 1, 0, Duration::from_secs(1)),
            (0, 0, 1, Duration::from_micros(1)),
            (1, 1, 1, Duration::new(86_401, 1_000)),
            (0, 86_399, 999_999, Duration::new(86_399, 999_999_000)),
        ] {
            let delta = timedelta(py, days, seconds, micros);
            assert_eq!(delta.extract::<Duration>().unwrap(), expected);
        }
        let max = eval(py, "__import__('datetime').timedelta.max");
        assert_eq!(
            max.extract::<Duration>().unwrap(),
            Duration::new(86_399_999_999_999, 999_999_000)
        );
        let subclass = eval(
            py,
            "type('D', (__import__('datetime').timedelta,), {})(seconds=3)",
        );
        assert_eq!(
            subclass.extract::<Duration>().unwrap(),
            Duration::from_secs(3)
        );

        for negative in [
            "__import__('datetime').timedelta(seconds=-1)",
            "__import__('datetime').timedelta(microseconds=-1)",
            "__import__('datetime').timedelta.min",
        ] {
            let err = eval(py, negative).extract::<Duration>().unwrap_err();
            assert!(err.is_instance_of::<PyValueError>(py));
            assert_eq!(
                err.to_string(),
                "ValueError: It is not possible to convert a negative timedelta to a Rust Duration"
            );
        }
        for (object, type_name) in [("5", "int"), ("1.5", "float"), ("'1s'", "str")] {
            let err = eval(py, object).extract::<Duration>().unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("TypeError: '{type_name}' object is not an instance of 'timedelta'")
            );
        }
    });
}

#[test]
fn duration_into_timedelta() {
    with_py(|py| {
        let delta_class = py.import("datetime").unwrap().getattr("timedelta").unwrap();
        for (duration, days, seconds, micros) in [
            (Duration::ZERO, 0, 0, 0),
            (Duration::from_secs(86_400), 1, 0, 0),
            (Duration::from_secs(1), 0, 1, 0),
            (Duration::from_micros(1), 0, 0, 1),
            // Below a microsecond is dropped.
            (Duration::from_nanos(1), 0, 0, 0),
            (Duration::new(0, 1_999), 0, 0, 1),
            (Duration::new(86_401, 1_000), 1, 1, 1),
        ] {
            let object: Bound<'_, PyDelta> = duration.into_pyobject(py).unwrap();
            assert!(object.is_instance(&delta_class).unwrap());
            assert_eq!(
                (
                    object.get_days(),
                    object.get_seconds(),
                    object.get_microseconds()
                ),
                (days, seconds, micros)
            );
            assert!(
                object.eq(timedelta(py, days, seconds, micros)).unwrap(),
                "{duration:?}"
            );
            assert!((&duration).into_pyobject(py).unwrap().eq(&object).unwrap());
        }
        let max = Duration::new(86_399_999_999_999, 999_999_000);
        assert!(
            max.into_pyobject(py)
                .unwrap()
                .eq(delta_class.getattr("max").unwrap())
                .unwrap()
        );
        // One day more than timedelta holds.
        let err = Duration::from_secs(1_000_000_000 * 86_400)
            .into_pyobject(py)
            .unwrap_err();
        assert!(err.is_instance_of::<PyOverflowError>(py));
        assert_eq!(
            err.to_string(),
            "OverflowError: days=1000000000; must have magnitude <= 999999999"
        );
        // More days than a C int.
        let err = Duration::MAX.into_pyobject(py).unwrap_err();
        assert_eq!(
            err.to_string(),
            "ValueError: out of range integral type conversion attempted"
        );
        // Round trip.
        let duration = Duration::new(123_456_789, 987_654_000);
        assert_eq!(
            duration
                .into_pyobject(py)
                .unwrap()
                .extract::<Duration>()
                .unwrap(),
            duration
        );
    });
}

/// `datetime(..., tzinfo=timezone.utc)`.
fn utc_datetime<'py>(py: Python<'py>, args: &str) -> Bound<'py, PyAny> {
    eval(
        py,
        &format!(
            "__import__('datetime').datetime({args}, tzinfo=__import__('datetime').timezone.utc)"
        ),
    )
}

#[test]
fn system_time_from_datetime() {
    with_py(|py| {
        assert_eq!(
            utc_datetime(py, "1970, 1, 1")
                .extract::<SystemTime>()
                .unwrap(),
            UNIX_EPOCH
        );
        assert_eq!(
            utc_datetime(py, "2020, 2, 3, 4, 5, 6, 7")
                .extract::<SystemTime>()
                .unwrap(),
            UNIX_EPOCH + Duration::new(1_580_702_706, 7_000)
        );
        assert_eq!(
            utc_datetime(py, "9999, 12, 31, 23, 59, 59, 999999")
                .extract::<SystemTime>()
                .unwrap(),
            UNIX_EPOCH + Duration::new(253_402_300_799, 999_999_000)
        );
        // Another timezone: the instant counts.
        let plus_one = eval(
            py,
            "__import__('datetime').datetime(1970, 1, 1, 1, tzinfo=__import__('datetime').timezone(__import__('datetime').timedelta(hours=1)))",
        );
        assert_eq!(plus_one.extract::<SystemTime>().unwrap(), UNIX_EPOCH);

        let err = utc_datetime(py, "1950, 1, 1")
            .extract::<SystemTime>()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "ValueError: It is not possible to convert a negative timedelta to a Rust Duration"
        );
        let naive = eval(py, "__import__('datetime').datetime(2020, 1, 1)");
        let err = naive.extract::<SystemTime>().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: can't subtract offset-naive and offset-aware datetimes"
        );
        let err = eval(py, "5").extract::<SystemTime>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: unsupported operand type(s) for -: 'int' and 'datetime.datetime'"
        );
    });
}

#[test]
fn system_time_into_datetime() {
    with_py(|py| {
        let utc = eval(py, "__import__('datetime').timezone.utc");
        for (time, args) in [
            (UNIX_EPOCH, "1970, 1, 1"),
            (
                UNIX_EPOCH + Duration::new(1_580_702_706, 7_123),
                "2020, 2, 3, 4, 5, 6, 7",
            ),
            (
                UNIX_EPOCH + Duration::new(253_402_300_799, 999_999_000),
                "9999, 12, 31, 23, 59, 59, 999999",
            ),
        ] {
            let object: Bound<'_, PyDateTime> = time.into_pyobject(py).unwrap();
            assert!(object.is_exact_instance_of::<PyDateTime>());
            assert!(object.eq(utc_datetime(py, args)).unwrap(), "{object}");
            assert!(object.getattr("tzinfo").unwrap().is(&utc));
            assert!((&time).into_pyobject(py).unwrap().eq(&object).unwrap());
        }
        let err = (UNIX_EPOCH + Duration::from_secs(300_000_000_000))
            .into_pyobject(py)
            .unwrap_err();
        assert!(err.is_instance_of::<PyOverflowError>(py));
        assert_eq!(err.to_string(), "OverflowError: date value out of range");
        let time = UNIX_EPOCH + Duration::new(1_700_000_000, 123_456_000);
        assert_eq!(
            time.into_pyobject(py)
                .unwrap()
                .extract::<SystemTime>()
                .unwrap(),
            time
        );
        // Before the epoch: PyO3 panics.
        let before = UNIX_EPOCH - Duration::from_secs(1);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            before.into_pyobject(py).map(drop)
        }));
        assert!(result.is_err());
    });
}

// ---------------------------------------------------------------------------
// IP addresses and Cell
// ---------------------------------------------------------------------------

#[test]
fn ip_addresses() {
    with_py(|py| {
        for text in [
            "127.0.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "::1",
            "::",
            "2001:db8::8a2e:370:7334",
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
        ] {
            let ip: IpAddr = text.parse().unwrap();
            let object = ip.into_pyobject(py).unwrap();
            let class = if ip.is_ipv4() {
                "IPv4Address"
            } else {
                "IPv6Address"
            };
            assert_eq!(
                object.repr().unwrap().to_string(),
                format!("{class}('{ip}')")
            );
            assert!(
                object
                    .eq(eval(
                        py,
                        &format!("__import__('ipaddress').ip_address('{text}')")
                    ))
                    .unwrap()
            );
            assert_eq!(object.extract::<IpAddr>().unwrap(), ip);
            assert_eq!(
                (&ip)
                    .into_pyobject(py)
                    .unwrap()
                    .extract::<IpAddr>()
                    .unwrap(),
                ip
            );
            match ip {
                IpAddr::V4(v4) => {
                    assert!(v4.into_pyobject(py).unwrap().eq(&object).unwrap());
                    assert!((&v4).into_pyobject(py).unwrap().eq(&object).unwrap());
                }
                IpAddr::V6(v6) => {
                    assert!(v6.into_pyobject(py).unwrap().eq(&object).unwrap());
                    assert!((&v6).into_pyobject(py).unwrap().eq(&object).unwrap());
                }
            }
        }
        assert_eq!(
            Ipv4Addr::new(10, 1, 2, 3)
                .into_pyobject(py)
                .unwrap()
                .to_string(),
            "10.1.2.3"
        );
        assert_eq!(
            Ipv6Addr::LOCALHOST.into_pyobject(py).unwrap().to_string(),
            "::1"
        );
        // Strings (and anything whose str() parses) are accepted.
        assert_eq!(
            eval(py, "'0:0:0:0:0:0:0:1'").extract::<IpAddr>().unwrap(),
            IpAddr::V6(Ipv6Addr::LOCALHOST)
        );
        assert_eq!(
            eval(py, "'192.168.0.1'").extract::<IpAddr>().unwrap(),
            IpAddr::V4(Ipv4Addr::new(192, 168, 0, 1))
        );
        let err = eval(py, "'invalid'").extract::<IpAddr>().unwrap_err();
        assert_eq!(err.to_string(), "ValueError: invalid IP address syntax");
        let err = eval(py, "5").extract::<IpAddr>().unwrap_err();
        assert_eq!(err.to_string(), "ValueError: invalid IP address syntax");
        // Objects with `packed` bytes.
        let packed = eval(py, "type('P', (), {'packed': b'\\x01\\x02\\x03\\x04'})()");
        assert_eq!(
            packed.extract::<IpAddr>().unwrap(),
            IpAddr::V4(Ipv4Addr::new(1, 2, 3, 4))
        );
        for bad in ["b'\\x01\\x02\\x03'", "'1.2.3.4'", "None"] {
            let object = eval(py, &format!("type('P', (), {{'packed': {bad}}})()"));
            let err = object.extract::<IpAddr>().unwrap_err();
            assert_eq!(err.to_string(), "ValueError: invalid packed length");
        }
    });
}

#[test]
fn cells() {
    with_py(|py| {
        let cell = Cell::new(42u16);
        let object = (&cell).into_pyobject(py).unwrap();
        assert!(object.is_instance_of::<PyInt>());
        assert_eq!(object.to_string(), "42");
        assert_eq!(cell.into_pyobject(py).unwrap().to_string(), "42");
        assert_eq!(object.extract::<Cell<u16>>().unwrap().get(), 42);
        assert_eq!(
            eval(py, "'text'")
                .extract::<Cell<String>>()
                .unwrap()
                .into_inner(),
            "text"
        );
        let err = eval(py, "'x'").extract::<Cell<i32>>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        assert_eq!(
            eval(py, "300")
                .extract::<Cell<u8>>()
                .unwrap_err()
                .to_string(),
            "OverflowError: out of range integral type conversion attempted"
        );
        let float = Cell::new(0.5f64).into_pyobject(py).unwrap();
        assert_eq!(float.value(), 0.5);
        assert!(Cell::new(true).into_pyobject(py).unwrap().is_true());
    });
}

// ---------------------------------------------------------------------------
// capsules
// ---------------------------------------------------------------------------

/// Counts its drops.
struct DropCounter(Arc<AtomicUsize>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn capsule_holds_a_value_and_drops_it_once() {
    with_py(|py| {
        let capsule = PyCapsule::new_with_value(py, 123u32, c"test.value").unwrap();
        assert!(capsule.is_instance_of::<PyCapsule>());
        let pointer = capsule.pointer_checked(Some(c"test.value")).unwrap();
        // SAFETY: the capsule holds a u32 and is alive.
        assert_eq!(unsafe { *pointer.cast::<u32>().as_ref() }, 123);
        assert!(capsule.is_valid_checked(Some(c"test.value")));
        assert!(!capsule.is_valid_checked(Some(c"other.name")));
        assert!(!capsule.is_valid_checked(None));
        let name: CapsuleName = capsule.name().unwrap().unwrap();
        // SAFETY: the name is a static string.
        assert_eq!(unsafe { name.as_cstr() }, c"test.value");
        assert_eq!(name.as_ptr(), c"test.value".as_ptr());
        let err = capsule.pointer_checked(Some(c"other.name")).unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(
            err.to_string(),
            "ValueError: PyCapsule_GetPointer called with incorrect name"
        );
        assert!(capsule.pointer_checked(None).is_err());
        assert!(capsule.context().unwrap().is_null());
        assert!(
            capsule
                .repr()
                .unwrap()
                .to_string()
                .contains("capsule object \"test.value\"")
        );

        let drops = Arc::new(AtomicUsize::new(0));
        let capsule =
            PyCapsule::new_with_value(py, DropCounter(drops.clone()), c"test.drop").unwrap();
        let clone = capsule.clone();
        drop(capsule);
        assert_eq!(drops.load(Ordering::SeqCst), 0);
        drop(clone);
        assert_eq!(drops.load(Ordering::SeqCst), 1);

        // Zero-sized values too.
        let unit = PyCapsule::new_with_value(py, (), c"test.unit").unwrap();
        assert!(unit.pointer_checked(Some(c"test.unit")).is_ok());

        // A value with heap data.
        let data = PyCapsule::new_with_value(py, vec![1u64, 2, 3], c"test.vec").unwrap();
        let pointer = data.pointer_checked(Some(c"test.vec")).unwrap();
        // SAFETY: the capsule holds a Vec<u64> and is alive.
        assert_eq!(unsafe { pointer.cast::<Vec<u64>>().as_ref() }, &[1, 2, 3]);
    });
}

#[test]
fn capsule_destructor_runs_once_with_value_and_context() {
    static CONTEXT_SEEN: AtomicUsize = AtomicUsize::new(0);
    with_py(|py| {
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let capsule = PyCapsule::new_with_value_and_destructor(
            py,
            String::from("payload"),
            c"test.destructor",
            move |value: String, context: *mut c_void| {
                assert_eq!(value, "payload");
                CONTEXT_SEEN.store(context as usize, Ordering::SeqCst);
                counter.fetch_add(1, Ordering::SeqCst);
            },
        )
        .unwrap();
        let context = Box::into_raw(Box::new(77u8));
        capsule.set_context(context.cast()).unwrap();
        assert_eq!(capsule.context().unwrap(), context.cast::<c_void>());
        assert_eq!(calls.load(Ordering::SeqCst), 0);
        drop(capsule);
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        assert_eq!(CONTEXT_SEEN.load(Ordering::SeqCst), context as usize);
        // SAFETY: the context was leaked above and is no longer used.
        drop(unsafe { Box::from_raw(context) });
    });
}

#[test]
#[allow(deprecated)]
fn capsule_deprecated_constructors_own_their_names() {
    with_py(|py| {
        let capsule = PyCapsule::new(py, 5i64, Some(CString::new("owned.name").unwrap())).unwrap();
        let name = capsule.name().unwrap().unwrap();
        // SAFETY: the capsule (which owns its name) is alive.
        assert_eq!(unsafe { name.as_cstr() }, c"owned.name");
        let pointer = capsule.pointer_checked(Some(c"owned.name")).unwrap();
        // SAFETY: the capsule holds an i64.
        assert_eq!(unsafe { *pointer.cast::<i64>().as_ref() }, 5);

        let unnamed = PyCapsule::new(py, 6i64, None).unwrap();
        assert!(unnamed.name().unwrap().is_none());
        assert!(unnamed.is_valid_checked(None));
        assert!(!unnamed.is_valid_checked(Some(c"x")));
        // SAFETY: the capsule holds an i64.
        assert_eq!(
            // SAFETY: as said above the call.
            unsafe {
                *unnamed
                    .pointer_checked(None)
                    .unwrap()
                    .cast::<i64>()
                    .as_ref()
            },
            6
        );
        assert!(unnamed.pointer_checked(Some(c"some.name")).is_err());

        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let capsule = PyCapsule::new_with_destructor(
            py,
            [1u8; 3],
            Some(CString::new("owned.destructor").unwrap()),
            move |value, _| {
                assert_eq!(value, [1u8; 3]);
                counter.fetch_add(1, Ordering::SeqCst);
            },
        )
        .unwrap();
        assert!(capsule.is_valid_checked(Some(c"owned.destructor")));
        drop(capsule);
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    });
}

static POINTER_DESTRUCTOR_CALLS: AtomicUsize = AtomicUsize::new(0);

unsafe extern "C" fn count_pointer_destructor(capsule: *mut pyo3::ffi::PyObject) {
    // SAFETY: the caller upholds this function's documented safety contract.
    unsafe {
        let pointer = pyo3::ffi::PyCapsule_GetPointer(capsule, c"test.pointer_destructor".as_ptr());
        assert_eq!(*pointer.cast::<u32>(), 99);
        POINTER_DESTRUCTOR_CALLS.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn capsule_with_raw_pointers() {
    static VALUE: u32 = 99;
    with_py(|py| {
        let pointer = NonNull::from(&VALUE).cast::<c_void>();
        // SAFETY: the pointer is to a static.
        let capsule = unsafe { PyCapsule::new_with_pointer(py, pointer, c"test.pointer") }.unwrap();
        assert_eq!(
            capsule.pointer_checked(Some(c"test.pointer")).unwrap(),
            pointer
        );
        drop(capsule);

        // SAFETY: the pointer is to a static; the destructor only reads it.
        let capsule = unsafe {
            PyCapsule::new_with_pointer_and_destructor(
                py,
                pointer,
                c"test.pointer_destructor",
                Some(count_pointer_destructor),
            )
        }
        .unwrap();
        assert_eq!(POINTER_DESTRUCTOR_CALLS.load(Ordering::SeqCst), 0);
        drop(capsule);
        assert_eq!(POINTER_DESTRUCTOR_CALLS.load(Ordering::SeqCst), 1);
    });
}

#[test]
fn capsule_import_from_a_module() {
    static MISALIGNED: [u64; 2] = [0, 0];
    with_py(|py| {
        let module = pyo3::types::PyModule::new(py, "pyo3_capsule_test").unwrap();
        let capsule = PyCapsule::new_with_value(py, 0xfeed_u64, c"pyo3_capsule_test.api").unwrap();
        module.add("api", &capsule).unwrap();
        let wrong = PyCapsule::new_with_value(py, 1u8, c"another.name").unwrap();
        module.add("wrong", wrong).unwrap();
        module.add("not_a_capsule", 5).unwrap();
        let misaligned = NonNull::new(MISALIGNED.as_ptr().cast::<u8>().wrapping_add(1).cast_mut())
            .unwrap()
            .cast::<c_void>();
        // SAFETY: the pointer points into a static; it is only checked.
        let misaligned =
            unsafe { PyCapsule::new_with_pointer(py, misaligned, c"pyo3_capsule_test.misaligned") }
                .unwrap();
        module.add("misaligned", misaligned).unwrap();
        py.import("sys")
            .unwrap()
            .getattr("modules")
            .unwrap()
            .set_item("pyo3_capsule_test", &module)
            .unwrap();

        // SAFETY: the capsule holds a u64 and stays in the module.
        let value: &u64 = unsafe { PyCapsule::import(py, c"pyo3_capsule_test.api") }.unwrap();
        assert_eq!(*value, 0xfeed);
        let pointer = PyCapsule::import_pointer(py, c"pyo3_capsule_test.api").unwrap();
        assert_eq!(
            pointer,
            capsule
                .pointer_checked(Some(c"pyo3_capsule_test.api"))
                .unwrap()
        );

        // SAFETY: failures only.
        let err =
            unsafe { PyCapsule::import::<u64>(py, c"pyo3_capsule_test.missing") }.unwrap_err();
        assert!(err.is_instance_of::<PyAttributeError>(py), "{err}");
        // SAFETY: as above, a failure.
        let err = unsafe { PyCapsule::import::<u64>(py, c"pyo3_no_such_module.api") }.unwrap_err();
        // ModuleNotFoundError, or ImportError from older `PyCapsule_Import`s.
        assert!(err.is_instance_of::<PyImportError>(py), "{err}");
        // A capsule of another name, or no capsule.
        for name in [
            c"pyo3_capsule_test.wrong",
            c"pyo3_capsule_test.not_a_capsule",
        ] {
            let err = PyCapsule::import_pointer(py, name).unwrap_err();
            assert!(err.is_instance_of::<PyAttributeError>(py), "{err}");
            assert_eq!(
                err.to_string(),
                format!(
                    "AttributeError: PyCapsule_Import {:?} is not valid",
                    name.to_str().unwrap()
                )
            );
        }
        // SAFETY: refused before any read (the pointer is misaligned for
        // `u64`).
        let err =
            unsafe { PyCapsule::import::<u64>(py, c"pyo3_capsule_test.misaligned") }.unwrap_err();
        assert!(err.is_instance_of::<PySystemError>(py));
        assert_eq!(
            err.to_string(),
            "SystemError: The pointer from the `pyo3_capsule_test.misaligned` capsule is not aligned to rust type u64"
        );
        // A byte has no alignment requirement.
        // SAFETY: the capsule's pointer points at live bytes of the test's
        // static buffer; the `u8` read is in bounds.
        assert!(unsafe { PyCapsule::import::<u8>(py, c"pyo3_capsule_test.misaligned") }.is_ok());

        py.import("sys")
            .unwrap()
            .getattr("modules")
            .unwrap()
            .del_item("pyo3_capsule_test")
            .unwrap();
    });
}

#[test]
fn capsule_type_check_and_reference_counts() {
    with_py(|py| {
        let int = eval(py, "5");
        let err = int.cast::<PyCapsule>().unwrap_err();
        assert_eq!(
            PyErr::from(err).to_string(),
            "TypeError: 'int' object is not an instance of 'PyCapsule'"
        );
        let capsule = PyCapsule::new_with_value(py, 1u8, c"test.refcount").unwrap();
        let before = refcount(capsule.as_any());
        for _ in 0..1000 {
            capsule.name().unwrap();
            capsule.pointer_checked(Some(c"test.refcount")).unwrap();
            capsule.pointer_checked(Some(c"wrong")).unwrap_err();
            capsule.context().unwrap();
            assert!(capsule.is_valid_checked(Some(c"test.refcount")));
        }
        assert_eq!(refcount(capsule.as_any()), before);
    });
}

#[test]
#[allow(deprecated)]
fn capsule_deprecated_unchecked_methods() {
    with_py(|py| {
        let capsule = PyCapsule::new_with_value(py, 77u64, c"test.unchecked").unwrap();
        let before = refcount(capsule.as_any());
        // The pointer under the capsule's own name.
        let pointer = capsule.pointer();
        assert_eq!(
            NonNull::new(pointer),
            Some(capsule.pointer_checked(Some(c"test.unchecked")).unwrap())
        );
        assert!(capsule.is_valid());
        // SAFETY: the capsule holds a u64 and outlives the reference.
        assert_eq!(unsafe { *capsule.reference::<u64>() }, 77);
        assert_eq!(refcount(capsule.as_any()), before);

        // An unnamed capsule (only the C API makes them) is checked against
        // no name.
        let value: *mut i32 = Box::leak(Box::new(5i32));
        // SAFETY: attached; the pointer is non-null and leaked, so it stays
        // valid; returns a new capsule.
        let unnamed = unsafe {
            Bound::from_owned_ptr(
                py,
                pyo3::ffi::PyCapsule_New(value.cast(), std::ptr::null(), None),
            )
        }
        .cast_into::<PyCapsule>()
        .unwrap();
        assert!(unnamed.name().unwrap().is_none());
        assert_eq!(unnamed.pointer(), value.cast::<c_void>());
        assert!(unnamed.is_valid());
        // SAFETY: the capsule points at the leaked i32.
        assert_eq!(unsafe { *unnamed.reference::<i32>() }, 5);

        // Not a capsule: null and invalid, with no error left behind.
        let not_capsule = eval(py, "object()");
        // SAFETY (for this test only): the object is not a capsule, which the
        // C functions behind these methods detect and report as a
        // `ValueError`; no capsule field is read.
        // SAFETY: the caller upholds this function's documented safety contract.
        let fake = unsafe { not_capsule.cast_unchecked::<PyCapsule>() };
        assert!(fake.pointer().is_null());
        assert!(PyErr::take(py).is_none());
        assert!(!fake.is_valid());
        assert!(PyErr::take(py).is_none());
    });
}

// ---------------------------------------------------------------------------
// weak references
// ---------------------------------------------------------------------------

/// A fresh instance of a class whose instances support weak references,
/// referenced only by the returned `Bound`.
fn referent(py: Python<'_>) -> Bound<'_, PyAny> {
    let object = eval(py, "type('Target', (), {'__call__': lambda s: 'called'})()");
    assert_eq!(refcount(&object), 1);
    object
}

#[test]
fn weak_reference_upgrades_until_the_referent_dies() {
    with_py(|py| {
        let object = referent(py);
        let reference = PyWeakrefReference::new(&object).unwrap();
        assert!(reference.upgrade().unwrap().is(&object));
        assert!(reference.call0().unwrap().is(&object));
        assert!(
            reference
                .upgrade_as::<PyAny>()
                .unwrap()
                .unwrap()
                .is(&object)
        );
        let err = reference.upgrade_as::<PyInt>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: 'Target' object is not an instance of 'int'"
        );
        assert!(reference.upgrade_as_exact::<PyInt>().is_err());
        // SAFETY: the referent is a PyAny.
        assert!(
            // SAFETY: as said above the call.
            unsafe { reference.upgrade_as_unchecked::<PyAny>() }
                .unwrap()
                .is(&object)
        );

        let before = refcount(&object);
        for _ in 0..1000 {
            drop(reference.upgrade().unwrap());
            drop(reference.upgrade_as::<PyAny>().unwrap());
        }
        assert_eq!(refcount(&object), before);

        drop(object);
        assert!(reference.upgrade().is_none());
        assert!(reference.upgrade_as::<PyInt>().unwrap().is_none());
        assert!(reference.upgrade_as_exact::<PyInt>().unwrap().is_none());
        // SAFETY: nothing is returned.
        assert!(unsafe { reference.upgrade_as_unchecked::<PyInt>() }.is_none());
        assert!(reference.call0().unwrap().is_none());
    });
}

#[test]
fn weak_reference_callbacks_run() {
    with_py(|py| {
        let calls = eval(py, "[]");
        let object = referent(py);
        let reference =
            PyWeakrefReference::new_with(&object, calls.getattr("append").unwrap()).unwrap();
        assert_eq!(calls.len().unwrap(), 0);
        drop(object);
        assert_eq!(calls.len().unwrap(), 1);
        assert!(calls.get_item(0).unwrap().is(&reference));

        // A Rust closure as callback.
        let counter = Arc::new(AtomicUsize::new(0));
        let count = counter.clone();
        let callback = pyo3::types::PyCFunction::new_closure(py, None, None, move |args, _| {
            assert_eq!(args.len(), 1);
            count.fetch_add(1, Ordering::SeqCst);
        })
        .unwrap();
        let object = referent(py);
        let proxy = PyWeakrefProxy::new_with(&object, &callback).unwrap();
        let other = PyWeakrefReference::new_with(&object, callback).unwrap();
        drop(object);
        assert_eq!(counter.load(Ordering::SeqCst), 2);
        assert!(proxy.upgrade().is_none() && other.upgrade().is_none());

        // None means no callback.
        let object = referent(py);
        let reference = PyWeakrefReference::new_with(&object, py.None()).unwrap();
        drop(object);
        assert!(reference.upgrade().is_none());
    });
}

#[test]
fn weak_proxies() {
    with_py(|py| {
        let object = eval(py, "type('Plain', (), {'x': 5})()");
        let proxy = PyWeakrefProxy::new(&object).unwrap();
        assert_eq!(proxy.getattr("x").unwrap().extract::<i32>().unwrap(), 5);
        assert!(proxy.upgrade().unwrap().is(&object));
        // The types were renamed in 3.10.
        let (proxy_name, callable_name) = if py.version_info() >= (3, 10) {
            ("ProxyType", "CallableProxyType")
        } else {
            ("weakproxy", "weakcallableproxy")
        };
        assert_eq!(proxy.get_type().name().unwrap().to_string(), proxy_name);
        let callable = referent(py);
        let callable_proxy = PyWeakrefProxy::new(&callable).unwrap();
        assert_eq!(
            callable_proxy.get_type().name().unwrap().to_string(),
            callable_name
        );
        assert_eq!(callable_proxy.call0().unwrap().to_string(), "called");
        drop(object);
        drop(callable);
        assert!(proxy.upgrade().is_none());
        assert!(callable_proxy.upgrade().is_none());
        let err = proxy.getattr("x").unwrap_err();
        assert!(err.is_instance_of::<PyReferenceError>(py));

        let err = PyWeakrefProxy::new(&eval(py, "5")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: cannot create weak reference to 'int' object"
        );
        let err = PyWeakrefReference::new(&eval(py, "'text'")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: cannot create weak reference to 'str' object"
        );
    });
}

#[test]
fn weak_reference_type_checks() {
    with_py(|py| {
        let object = referent(py);
        let reference = PyWeakrefReference::new(&object).unwrap().into_any();
        let proxy = PyWeakrefProxy::new(&object).unwrap().into_any();
        let subclass_reference = eval(py, "type('R', (__import__('weakref').ref,), {})")
            .call1((&object,))
            .unwrap();
        assert!(reference.is_instance_of::<PyWeakrefReference>());
        assert!(reference.is_exact_instance_of::<PyWeakrefReference>());
        assert!(subclass_reference.is_instance_of::<PyWeakrefReference>());
        assert!(!subclass_reference.is_exact_instance_of::<PyWeakrefReference>());
        assert!(!proxy.is_instance_of::<PyWeakrefReference>());
        assert!(proxy.is_instance_of::<PyWeakrefProxy>());
        assert!(!reference.is_instance_of::<PyWeakrefProxy>());
        for weak in [&reference, &proxy, &subclass_reference] {
            let weak = weak.cast::<PyWeakref>().unwrap();
            assert!(weak.upgrade().unwrap().is(&object));
        }
        assert!(PyWeakrefReference::type_object(py).is(eval(py, "__import__('weakref').ref")));

        let int = eval(py, "5");
        let message = |err: pyo3::CastError<'_, '_>| PyErr::from(err).to_string();
        // The types were renamed in 3.10.
        let (proxy_name, callable_name, ref_name) = if py.version_info() >= (3, 10) {
            ("ProxyType", "CallableProxyType", "ReferenceType")
        } else {
            ("weakproxy", "weakcallableproxy", "weakref")
        };
        assert_eq!(
            message(int.cast::<PyWeakref>().unwrap_err()),
            format!(
                "TypeError: 'int' object is not an instance of '{proxy_name} | {callable_name} | {ref_name}'"
            )
        );
        assert_eq!(
            message(int.cast::<PyWeakrefProxy>().unwrap_err()),
            format!(
                "TypeError: 'int' object is not an instance of '{proxy_name} | {callable_name}'"
            )
        );
        assert_eq!(
            message(int.cast::<PyWeakrefReference>().unwrap_err()),
            format!("TypeError: 'int' object is not an instance of '{ref_name}'")
        );
        assert!(PyWeakref::classinfo_object(py).len().unwrap() == 3);

        drop(object);
        let weak = reference.cast::<PyWeakref>().unwrap();
        assert!(weak.upgrade().is_none());
        assert!(proxy.cast::<PyWeakref>().unwrap().upgrade().is_none());
    });
}

// ---------------------------------------------------------------------------
// memoryview, code, frame
// ---------------------------------------------------------------------------

#[test]
fn memoryviews() {
    with_py(|py| {
        let bytes = eval(py, "b'abc'");
        let before = refcount(&bytes);
        let view = PyMemoryView::from(&bytes).unwrap();
        assert!(view.is_instance_of::<PyMemoryView>());
        assert_eq!(view.len().unwrap(), 3);
        assert!(view.getattr("readonly").unwrap().extract::<bool>().unwrap());
        assert!(view.call_method0("tobytes").unwrap().eq(&bytes).unwrap());
        assert!(view.getattr("obj").unwrap().is(&bytes));
        assert_eq!(refcount(&bytes), before + 1, "the view holds the bytes");
        drop(view);
        assert_eq!(refcount(&bytes), before);

        let bytearray = eval(py, "bytearray(b'xy')");
        let view: Bound<'_, PyMemoryView> = Bound::try_from(&bytearray).unwrap();
        view.set_item(0, 122).unwrap();
        assert_eq!(bytearray.to_string(), "bytearray(b'zy')");
        // A memoryview of a memoryview.
        assert!(
            PyMemoryView::from(view.as_any())
                .unwrap()
                .eq(&view)
                .unwrap()
        );

        let err = PyMemoryView::from(&eval(py, "5")).unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(
            err.to_string(),
            "TypeError: memoryview: a bytes-like object is required, not 'int'"
        );
        assert!(!bytes.is_instance_of::<PyMemoryView>());
        assert_eq!(
            PyMemoryView::type_object(py).name().unwrap().to_string(),
            "memoryview"
        );
    });
}

#[test]
fn code_objects_compile_and_run() {
    with_py(|py| {
        let code = PyCode::compile(py, c"1 + 2", c"<expr>", PyCodeInput::Eval).unwrap();
        assert!(code.is_instance_of::<PyCode>());
        assert_eq!(code.getattr("co_filename").unwrap().to_string(), "<expr>");
        assert_eq!(code.run(None, None).unwrap().extract::<i32>().unwrap(), 3);

        let globals = PyDict::new(py);
        globals.set_item("x", 5).unwrap();
        let code = PyCode::compile(
            py,
            c"import math\ny = x * 2\nz = len('abc') + math.floor(1.5)",
            c"<file>",
            PyCodeInput::File,
        )
        .unwrap();
        assert!(code.run(Some(&globals), None).unwrap().is_none());
        assert_eq!(
            globals
                .get_item("y")
                .unwrap()
                .unwrap()
                .extract::<i32>()
                .unwrap(),
            10
        );
        assert_eq!(
            globals
                .get_item("z")
                .unwrap()
                .unwrap()
                .extract::<i32>()
                .unwrap(),
            4
        );
        assert!(globals.contains("__builtins__").unwrap());

        // Separate locals receive the assignments.
        let globals = PyDict::new(py);
        globals.set_item("x", 1).unwrap();
        let locals = PyDict::new(py);
        code.run(Some(&globals), Some(&locals)).unwrap();
        assert_eq!(
            locals
                .get_item("y")
                .unwrap()
                .unwrap()
                .extract::<i32>()
                .unwrap(),
            2
        );
        assert!(!globals.contains("y").unwrap());

        // Without globals, `__main__` is used.
        let main_code =
            PyCode::compile(py, c"pyo3_code_test = 7", c"<main>", PyCodeInput::File).unwrap();
        main_code.run(None, None).unwrap();
        let main = py.import("__main__").unwrap();
        assert_eq!(
            main.getattr("pyo3_code_test")
                .unwrap()
                .extract::<i32>()
                .unwrap(),
            7
        );
        main.delattr("pyo3_code_test").unwrap();

        let err = PyCode::compile(py, c"1 +", c"<bad>", PyCodeInput::Eval).unwrap_err();
        assert!(err.is_instance_of::<PySyntaxError>(py));
        let err = PyCode::compile(py, c"x = 1", c"<bad>", PyCodeInput::Eval).unwrap_err();
        assert!(err.is_instance_of::<PySyntaxError>(py));
        let failing = PyCode::compile(py, c"1 / 0", c"<div>", PyCodeInput::Eval).unwrap();
        assert_eq!(
            failing.run(None, None).unwrap_err().to_string(),
            "ZeroDivisionError: division by zero"
        );

        assert!(eval(py, "(lambda: 0).__code__").is_instance_of::<PyCode>());
        assert!(!eval(py, "lambda: 0").is_instance_of::<PyCode>());
        assert_eq!(PyCode::type_object(py).name().unwrap().to_string(), "code");
        let before = refcount(code.as_any());
        for _ in 0..100 {
            code.run(Some(&PyDict::new(py)), None).unwrap_err();
        }
        assert_eq!(refcount(code.as_any()), before);
    });
}

#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
#[test]
fn frames() {
    use pyo3::types::{PyFrame, PyFrameMethods};

    with_py(|py| {
        let frame = PyFrame::new(py, c"made_up.py", c"made_up_function", 42).unwrap();
        assert!(frame.is_instance_of::<PyFrame>());
        assert_eq!(frame.line_number(), 42);
        assert!(frame.outer().is_none());
        let code = frame.code();
        assert_eq!(
            code.getattr("co_name").unwrap().to_string(),
            "made_up_function"
        );
        assert_eq!(
            code.getattr("co_filename").unwrap().to_string(),
            "made_up.py"
        );
        assert_eq!(
            code.getattr("co_firstlineno")
                .unwrap()
                .extract::<i32>()
                .unwrap(),
            42
        );

        let globals = PyDict::new(py);
        py.run(
            c"import sys\ndef inner():\n    local_value = 17\n    return sys._getframe()\ndef outer():\n    return inner()\n",
            Some(&globals),
            None,
        )
        .unwrap();
        let inner = globals.get_item("outer").unwrap().unwrap().call0().unwrap();
        let inner = inner.cast::<PyFrame>().unwrap();
        assert_eq!(inner.line_number(), 4);
        assert_eq!(
            inner.code().getattr("co_name").unwrap().to_string(),
            "inner"
        );
        let outer = inner.outer().unwrap();
        assert_eq!(
            outer.code().getattr("co_name").unwrap().to_string(),
            "outer"
        );
        assert_eq!(outer.line_number(), 6);

        #[cfg(Py_3_11)]
        {
            assert!(inner.globals().is(&globals));
            assert!(inner.builtins().contains("len").unwrap());
            assert_eq!(
                inner
                    .locals()
                    .get_item("local_value")
                    .unwrap()
                    .extract::<i32>()
                    .unwrap(),
                17
            );
        }
        #[cfg(Py_3_12)]
        {
            assert_eq!(
                inner.var(c"local_value").unwrap().extract::<i32>().unwrap(),
                17
            );
            let err = inner.var(c"missing").unwrap_err();
            assert!(
                err.is_instance_of::<pyo3::exceptions::PyNameError>(py),
                "{err}"
            );
        }

        assert!(!eval(py, "5").is_instance_of::<PyFrame>());
        assert_eq!(
            PyFrame::type_object(py).name().unwrap().to_string(),
            "frame"
        );
        let before = refcount(inner.as_any());
        for _ in 0..100 {
            drop(inner.code());
            drop(inner.outer());
        }
        assert_eq!(refcount(inner.as_any()), before);
    });
}
