//! The C macros and static inline functions that `pyo3::ffi` reimplements
//! in Rust, checked against the running interpreter.

use std::ffi::{CStr, c_int};

use pyo3::ffi::{self, PyObject};
use pyo3::prelude::*;

use crate::common::{eval, with_py};

#[test]
fn type_and_size_accessors_match_python() {
    // SAFETY: attached for the whole closure; every pointer passed to the
    // C API below belongs to a live object made or evaluated here, and each
    // new reference taken is released exactly once.
    with_py(|py| unsafe {
        let tuple = eval(py, "(1, 2, 3)");
        let list = eval(py, "[4, 5]");
        // SAFETY: attached; the objects are alive for the block.
        assert_eq!(
            ffi::Py_TYPE(tuple.as_ptr()),
            std::ptr::addr_of_mut!(ffi::PyTuple_Type)
        );
        assert_eq!(ffi::Py_SIZE(tuple.as_ptr()), 3);
        assert_eq!(
            ffi::Py_IS_TYPE(list.as_ptr(), std::ptr::addr_of_mut!(ffi::PyList_Type)),
            1
        );
        assert_eq!(
            ffi::Py_IS_TYPE(list.as_ptr(), std::ptr::addr_of_mut!(ffi::PyTuple_Type)),
            0
        );
        assert_eq!(ffi::PyTuple_GET_SIZE(tuple.as_ptr()), 3);
        assert_eq!(ffi::PyList_GET_SIZE(list.as_ptr()), 2);
        for index in 0..3 {
            assert_eq!(
                ffi::PyTuple_GET_ITEM(tuple.as_ptr(), index),
                ffi::PyTuple_GetItem(tuple.as_ptr(), index)
            );
        }
        assert_eq!(
            ffi::PyList_GET_ITEM(list.as_ptr(), 1),
            ffi::PyList_GetItem(list.as_ptr(), 1)
        );

        // PyList_SET_ITEM steals the new item and does not release the old.
        let old = ffi::PyList_GET_ITEM(list.as_ptr(), 0);
        let new = ffi::PyLong_FromLong(42);
        ffi::PyList_SET_ITEM(list.as_ptr(), 0, new);
        ffi::Py_DECREF(old);
        assert_eq!(list.to_string(), "[42, 5]");
    });
}

#[test]
fn singletons_match_python() {
    // SAFETY: attached for the whole closure; every pointer passed to the
    // C API below belongs to a live object made or evaluated here, and each
    // new reference taken is released exactly once.
    with_py(|py| unsafe {
        // SAFETY: attached.
        assert_eq!(ffi::Py_None(), eval(py, "None").as_ptr());
        assert_eq!(ffi::Py_True(), eval(py, "True").as_ptr());
        assert_eq!(ffi::Py_False(), eval(py, "False").as_ptr());
        assert_eq!(ffi::Py_Ellipsis(), eval(py, "...").as_ptr());
        assert_eq!(
            ffi::Py_NotImplemented(),
            eval(py, "NotImplemented").as_ptr()
        );
        assert_eq!(ffi::Py_IsNone(ffi::Py_None()), 1);
        assert_eq!(ffi::Py_IsTrue(ffi::Py_True()), 1);
        assert_eq!(ffi::Py_IsFalse(ffi::Py_True()), 0);
        assert_eq!(ffi::Py_Is(ffi::Py_None(), ffi::Py_None()), 1);
    });
}

/// One check function of `ffi` and the Python test it stands for.
struct Check {
    name: &'static str,
    rust: unsafe fn(*mut PyObject) -> c_int,
    python: &'static str,
}

macro_rules! checks {
    ($($function:ident => $python:literal),* $(,)?) => {
        vec![$(Check { name: stringify!($function), rust: ffi::$function, python: $python }),*]
    };
}

/// Every `Py*_Check` / `Py*_CheckExact` reimplemented in Rust agrees with
/// `isinstance` / `type(x) is` on a zoo of objects.
#[test]
fn type_checks_agree_with_isinstance() {
    with_py(|py| {
        let setup = c"
import types, weakref, datetime, contextvars, sys
class IntSub(int): pass
class StrSub(str): pass
class ListSub(list): pass
class DictSub(dict): pass
class TupleSub(tuple): pass
class Obj: pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
target = Obj()
cv = contextvars.ContextVar('cv')
c = coro()
objects = [
    0, True, IntSub(3), 1.5, 2j, 'text', StrSub('s'), b'b', bytearray(b'x'),
    (1,), TupleSub(), [1], ListSub(), {1: 2}, DictSub(), {1}, frozenset(),
    slice(1), range(2), int, type, Obj(), None, ..., sys, len, gen(), gen,
    memoryview(b''), weakref.ref(target), ValueError('v'), ValueError,
    iter([]), iter(lambda: 0, 1), iter(type('Seq', (), {'__getitem__': lambda s, i: 1})()), {}.keys(), {}.values(), {}.items(),
    datetime.date(2020, 1, 1), datetime.datetime(2020, 1, 1), datetime.time(1),
    datetime.timedelta(1), datetime.timezone.utc, cv, contextvars.copy_context(),
    gen.__code__, sys._getframe(), (lambda: 0), c, agen(), [].append, object(),
]
";
        let globals = pyo3::types::PyDict::new(py);
        py.run(setup, Some(&globals), None).unwrap();
        // SAFETY: the datetime C API must be imported before its checks.
        unsafe { ffi::PyDateTime_IMPORT() };
        let objects = globals.get_item("objects").unwrap().unwrap();
        let checks: Vec<Check> = checks! {
            PyLong_Check => "isinstance(x, int)",
            PyLong_CheckExact => "type(x) is int",
            PyBool_Check => "type(x) is bool",
            PyFloat_Check => "isinstance(x, float)",
            PyFloat_CheckExact => "type(x) is float",
            PyComplex_Check => "isinstance(x, complex)",
            PyComplex_CheckExact => "type(x) is complex",
            PyUnicode_Check => "isinstance(x, str)",
            PyUnicode_CheckExact => "type(x) is str",
            PyBytes_Check => "isinstance(x, bytes)",
            PyBytes_CheckExact => "type(x) is bytes",
            PyByteArray_Check => "isinstance(x, bytearray)",
            PyByteArray_CheckExact => "type(x) is bytearray",
            PyTuple_Check => "isinstance(x, tuple)",
            PyTuple_CheckExact => "type(x) is tuple",
            PyList_Check => "isinstance(x, list)",
            PyList_CheckExact => "type(x) is list",
            PyDict_Check => "isinstance(x, dict)",
            PyDict_CheckExact => "type(x) is dict",
            PySet_Check => "isinstance(x, set)",
            PyFrozenSet_Check => "isinstance(x, frozenset)",
            PyFrozenSet_CheckExact => "type(x) is frozenset",
            PyAnySet_Check => "isinstance(x, (set, frozenset))",
            PyAnySet_CheckExact => "type(x) in (set, frozenset)",
            PySlice_Check => "type(x) is slice",
            PyRange_Check => "type(x) is range",
            PyType_Check => "isinstance(x, type)",
            PyType_CheckExact => "type(x) is type",
            PyModule_Check => "isinstance(x, types.ModuleType)",
            PyModule_CheckExact => "type(x) is types.ModuleType",
            PyCFunction_Check => "isinstance(x, types.BuiltinFunctionType)",
            PyMemoryView_Check => "type(x) is memoryview",
            PyWeakref_Check => "isinstance(x, (weakref.ref, weakref.ProxyType, weakref.CallableProxyType))",
            PyExceptionInstance_Check => "isinstance(x, BaseException)",
            PyExceptionClass_Check => "isinstance(x, type) and issubclass(x, BaseException)",
            PySeqIter_Check => "type(x).__name__ == 'iterator'",
            PyCallIter_Check => "type(x) is type(iter(lambda: 0, 1))",
            PyDictKeys_Check => "isinstance(x, type({}.keys()))",
            PyDictValues_Check => "isinstance(x, type({}.values()))",
            PyDictItems_Check => "isinstance(x, type({}.items()))",
            PyDate_Check => "isinstance(x, datetime.date)",
            PyDate_CheckExact => "type(x) is datetime.date",
            PyDateTime_Check => "isinstance(x, datetime.datetime)",
            PyDateTime_CheckExact => "type(x) is datetime.datetime",
            PyTime_Check => "isinstance(x, datetime.time)",
            PyDelta_Check => "isinstance(x, datetime.timedelta)",
            PyTZInfo_Check => "isinstance(x, datetime.tzinfo)",
            PyContextVar_CheckExact => "type(x) is contextvars.ContextVar",
            PyContext_CheckExact => "type(x) is contextvars.Context",
            PyCode_Check => "type(x) is types.CodeType",
            PyFrame_Check => "type(x) is types.FrameType",
            PyFunction_Check => "type(x) is types.FunctionType",
            PyGen_Check => "isinstance(x, types.GeneratorType)",
            PyGen_CheckExact => "type(x) is types.GeneratorType",
            PyCoro_CheckExact => "type(x) is types.CoroutineType",
            PyAsyncGen_CheckExact => "type(x) is types.AsyncGeneratorType",
        };
        let mut disagreements = Vec::new();
        for object in objects.try_iter().unwrap() {
            let object = object.unwrap();
            globals.set_item("x", &object).unwrap();
            for check in &checks {
                let code = std::ffi::CString::new(check.python).unwrap();
                let expected = py
                    .eval(&code, Some(&globals), None)
                    .unwrap()
                    .is_truthy()
                    .unwrap();
                // SAFETY: attached; the object is alive.
                let actual = unsafe { (check.rust)(object.as_ptr()) } != 0;
                if actual != expected {
                    disagreements.push(format!(
                        "{}({:?}) = {actual}, Python says {expected}",
                        check.name, object
                    ));
                }
            }
        }
        // The coroutine must be closed to avoid a "never awaited" warning.
        py.run(c"c.close()", Some(&globals), None).unwrap();
        assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
    });
}

#[test]
fn unicode_macros_read_the_string() {
    // SAFETY: attached for the whole closure; every pointer passed to the
    // C API below belongs to a live object made or evaluated here, and each
    // new reference taken is released exactly once.
    with_py(|py| unsafe {
        let text = pyo3::types::PyString::new(py, "aé€😀");
        let ptr = text.as_ptr();
        // SAFETY: attached; `ptr` is a live `str` (the 4-byte kind because
        // of the emoji).
        assert_eq!(ffi::PyUnicode_GET_LENGTH(ptr), 4);
        assert_eq!(ffi::PyUnicode_KIND(ptr), ffi::PyUnicode_4BYTE_KIND);
        let expected = ['a', 'é', '€', '😀'];
        for (index, c) in expected.iter().enumerate() {
            assert_eq!(
                ffi::PyUnicode_READ_CHAR(ptr, index as ffi::Py_ssize_t),
                *c as u32
            );
        }
        let ascii = pyo3::types::PyString::new(py, "ascii");
        assert_eq!(ffi::PyUnicode_IS_ASCII(ascii.as_ptr()), 1);
        assert_eq!(
            ffi::PyUnicode_KIND(ascii.as_ptr()),
            ffi::PyUnicode_1BYTE_KIND
        );
        let data = std::slice::from_raw_parts(ffi::PyUnicode_1BYTE_DATA(ascii.as_ptr()), 5);
        assert_eq!(data, b"ascii");
    });
}

#[test]
fn bytes_and_float_macros_read_the_object() {
    // SAFETY: attached for the whole closure; every pointer passed to the
    // C API below belongs to a live object made or evaluated here, and each
    // new reference taken is released exactly once.
    with_py(|py| unsafe {
        let bytes = eval(py, "b'hello'");
        // SAFETY: attached; the objects are alive and of the right types.
        assert_eq!(ffi::PyBytes_GET_SIZE(bytes.as_ptr()), 5);
        let data = CStr::from_ptr(ffi::PyBytes_AS_STRING(bytes.as_ptr()));
        assert_eq!(data.to_bytes(), b"hello");
        let array = eval(py, "bytearray(b'xyz')");
        assert_eq!(ffi::PyByteArray_GET_SIZE(array.as_ptr()), 3);
        assert_eq!(
            *ffi::PyByteArray_AS_STRING(array.as_ptr()),
            b'x' as std::ffi::c_char
        );
        let float = eval(py, "2.5");
        assert_eq!(ffi::PyFloat_AS_DOUBLE(float.as_ptr()), 2.5);
    });
}

#[test]
fn sequence_fast_and_vectorcall_helpers() {
    // SAFETY: attached for the whole closure; every pointer passed to the
    // C API below belongs to a live object made or evaluated here, and each
    // new reference taken is released exactly once.
    with_py(|py| unsafe {
        let list = eval(py, "[10, 20, 30]");
        // SAFETY: attached; `PySequence_Fast` returns the list itself here.
        let fast = ffi::PySequence_Fast(list.as_ptr(), c"not a sequence".as_ptr());
        assert_eq!(ffi::PySequence_Fast_GET_SIZE(fast), 3);
        assert_eq!(
            ffi::PySequence_Fast_GET_ITEM(fast, 2),
            ffi::PyList_GetItem(list.as_ptr(), 2)
        );
        let items = ffi::PySequence_Fast_ITEMS(fast);
        assert_eq!(*items.add(1), ffi::PyList_GetItem(list.as_ptr(), 1));
        ffi::Py_DECREF(fast);

        assert_eq!(
            ffi::PyVectorcall_NARGS(3 | ffi::PY_VECTORCALL_ARGUMENTS_OFFSET),
            3
        );
        let function = eval(py, "len");
        assert!(ffi::PyVectorcall_Function(function.as_ptr()).is_some());
        let args = [list.as_ptr()];
        let result =
            ffi::PyObject_Vectorcall(function.as_ptr(), args.as_ptr(), 1, std::ptr::null_mut());
        assert_eq!(ffi::PyLong_AsLong(result), 3);
        ffi::Py_DECREF(result);
    });
}

#[test]
fn builtin_function_accessors() {
    // SAFETY: attached for the whole closure; every pointer passed to the
    // C API below belongs to a live object made or evaluated here, and each
    // new reference taken is released exactly once.
    with_py(|py| unsafe {
        let append = eval(py, "[].append");
        // SAFETY: attached; `append` is a built-in method.
        assert_eq!(
            ffi::PyCFunction_GET_FLAGS(append.as_ptr()) & ffi::METH_O,
            ffi::METH_O
        );
        assert!(!ffi::PyCFunction_GET_SELF(append.as_ptr()).is_null());
        // `list.append` is not a METH_METHOD function: no defining class.
        assert!(ffi::PyCFunction_GET_CLASS(append.as_ptr()).is_null());
        let function = ffi::PyCFunction_GET_FUNCTION(append.as_ptr());
        assert!(!function.is_null());
        assert_eq!(
            ffi::PyDescr_IsData(eval(py, "type.__dict__['__name__']").as_ptr()),
            1
        );
        assert_eq!(
            ffi::PyDescr_IsData(eval(py, "str.__dict__['upper']").as_ptr()),
            0
        );
    });
}

#[test]
fn datetime_accessors_and_constructors() {
    // SAFETY: attached for the whole closure; every pointer passed to the
    // C API below belongs to a live object made or evaluated here, and each
    // new reference taken is released exactly once.
    with_py(|py| unsafe {
        // SAFETY: attached; the capsule import is idempotent.
        ffi::PyDateTime_IMPORT();
        assert!(!ffi::PyDateTimeAPI().is_null());
        let moment = ffi::PyDateTime_FromDateAndTime(2024, 2, 29, 23, 59, 58, 123456);
        assert_eq!(ffi::PyDateTime_GET_YEAR(moment), 2024);
        assert_eq!(ffi::PyDateTime_GET_MONTH(moment), 2);
        assert_eq!(ffi::PyDateTime_GET_DAY(moment), 29);
        assert_eq!(ffi::PyDateTime_DATE_GET_HOUR(moment), 23);
        assert_eq!(ffi::PyDateTime_DATE_GET_MINUTE(moment), 59);
        assert_eq!(ffi::PyDateTime_DATE_GET_SECOND(moment), 58);
        assert_eq!(ffi::PyDateTime_DATE_GET_MICROSECOND(moment), 123456);
        let moment = Bound::from_owned_ptr(py, moment);
        assert_eq!(moment.to_string(), "2024-02-29 23:59:58.123456");

        let delta = Bound::from_owned_ptr(py, ffi::PyDelta_FromDSU(-1, 30, 7));
        assert_eq!(ffi::PyDateTime_DELTA_GET_DAYS(delta.as_ptr()), -1);
        assert_eq!(ffi::PyDateTime_DELTA_GET_SECONDS(delta.as_ptr()), 30);
        assert_eq!(ffi::PyDateTime_DELTA_GET_MICROSECONDS(delta.as_ptr()), 7);
        let utc = Bound::from_borrowed_ptr(py, ffi::PyDateTime_TimeZone_UTC());
        assert_eq!(utc.to_string(), "UTC");
    });
}
