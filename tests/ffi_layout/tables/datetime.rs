//! Layout table of the `datetime` FFI group (see `core.rs` for the format):
//! datetime.h, included by the C program only without the limited API.

use crate::harness::{Check, constants, structs};

#[cfg_attr(Py_LIMITED_API, allow(unused_variables, clippy::ptr_arg))]
pub fn checks(out: &mut Vec<Check>) {
    structs! { out;
        #[cfg(not(Py_LIMITED_API))]
        PyDateTime_Delta {
            ob_base, #[cfg(not(PyPy))] hashcode, days, seconds, microseconds,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyDateTime_TZInfo { ob_base }
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        _PyDateTime_BaseTZInfo { ob_base, hashcode, hastzinfo }
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        _PyDateTime_BaseTime { ob_base, hashcode, hastzinfo, data }
        #[cfg(not(Py_LIMITED_API))]
        PyDateTime_Time {
            ob_base,
            #[cfg(not(PyPy))] hashcode,
            hastzinfo,
            #[cfg(not(PyPy))] data,
            #[cfg(not(PyPy))] fold,
            tzinfo,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyDateTime_Date {
            ob_base,
            #[cfg(not(PyPy))] hashcode,
            #[cfg(not(PyPy))] hastzinfo,
            #[cfg(not(PyPy))] data,
        }
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        _PyDateTime_BaseDateTime { ob_base, hashcode, hastzinfo, data }
        #[cfg(not(Py_LIMITED_API))]
        PyDateTime_DateTime {
            ob_base,
            #[cfg(not(PyPy))] hashcode,
            hastzinfo,
            #[cfg(not(PyPy))] data,
            #[cfg(not(PyPy))] fold,
            tzinfo,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyDateTime_CAPI {
            DateType, DateTimeType, TimeType, DeltaType, TZInfoType, TimeZone_UTC,
            Date_FromDate, DateTime_FromDateAndTime, Time_FromTime, Delta_FromDelta,
            TimeZone_FromTimeZone, DateTime_FromTimestamp, Date_FromTimestamp,
            DateTime_FromDateAndTimeAndFold, Time_FromTimeAndFold,
        }
    }

    constants! { out;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))] _PyDateTime_DATE_DATASIZE,
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))] _PyDateTime_TIME_DATASIZE,
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))] _PyDateTime_DATETIME_DATASIZE,
    }
}
