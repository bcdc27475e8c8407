//! `Include/object.h`: the object header, type-object slot signatures, type
//! flags and the generic object protocol.

use std::ffi::{c_char, c_int, c_uint, c_ulong, c_void};
use std::ptr;

#[cfg(Py_GIL_DISABLED)]
#[cfg(not(Py_LIMITED_API))]
use crate::ffi::PyMutex;
#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
use crate::ffi::PyObject;
#[cfg(Py_3_15)]
use crate::ffi::PySlot;
use crate::ffi::{Py_hash_t, Py_ssize_t, PyTypeObject};

// ---------------------------------------------------------------------------
// The object header
// ---------------------------------------------------------------------------

/// The reference-count word of a GIL-enabled CPython 3.12+ object header.
///
/// Since 3.12 the count lives in the low 32 bits (on 64-bit targets) and
/// values with the sign bit of those 32 bits set mark immortal objects; 3.14
/// also keeps flag bits in the upper half.
#[cfg(all(Py_3_12, not(Py_GIL_DISABLED), not(any(PyPy, GraalPy))))]
#[repr(C)]
#[derive(Copy, Clone)]
pub union PyObjectObRefcnt {
    /// The whole word (3.14+, 64-bit targets).
    #[cfg(all(Py_3_14, target_pointer_width = "64"))]
    pub ob_refcnt_full: i64,
    /// The count and the flag fields (3.14+, 64-bit targets).
    #[cfg(all(Py_3_14, target_pointer_width = "64"))]
    pub refcnt_and_flags: PyObjectObFlagsAndRefcnt,
    /// The word read as a `Py_ssize_t`.
    pub ob_refcnt: Py_ssize_t,
    /// The word split in two 32-bit halves (64-bit targets).
    #[cfg(target_pointer_width = "64")]
    pub ob_refcnt_split: [u32; 2],
}

#[cfg(all(Py_3_12, not(Py_GIL_DISABLED), not(any(PyPy, GraalPy))))]
impl std::fmt::Debug for PyObjectObRefcnt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // SAFETY: every variant covers the same initialised word.
        write!(f, "{}", unsafe { self.ob_refcnt })
    }
}

/// The reference-count word before 3.12 (and on PyPy and GraalPy): a plain
/// `Py_ssize_t`.
#[cfg(not(all(Py_3_12, not(Py_GIL_DISABLED), not(any(PyPy, GraalPy)))))]
pub type PyObjectObRefcnt = Py_ssize_t;

/// The 3.14+ split of the reference-count word on 64-bit targets.
#[cfg(all(
    Py_3_14,
    target_pointer_width = "64",
    not(Py_GIL_DISABLED),
    not(any(PyPy, GraalPy))
))]
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PyObjectObFlagsAndRefcnt {
    #[cfg(target_endian = "big")]
    pub ob_flags: u16,
    #[cfg(target_endian = "big")]
    pub ob_overflow: u16,
    pub ob_refcnt: u32,
    #[cfg(target_endian = "little")]
    pub ob_overflow: u16,
    #[cfg(target_endian = "little")]
    pub ob_flags: u16,
}

/// The header every Python object starts with (C `PyObject`).
///
/// Its layout depends on the build: free-threaded builds keep an owning
/// thread id and split local/shared counts, PyPy adds a link field, and
/// `Py_TRACE_REFS` builds before 3.13 add a doubly-linked list of objects.
/// Under the free-threaded stable ABI (abi3t) it is opaque.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[cfg_attr(not(all(Py_3_15, Py_GIL_DISABLED)), repr(C))]
#[cfg_attr(all(Py_3_15, Py_GIL_DISABLED), repr(C, align(4)))]
#[derive(Debug)]
pub struct PyObject {
    #[cfg(all(py_sys_config = "Py_TRACE_REFS", not(Py_3_13)))]
    pub _ob_next: *mut PyObject,
    #[cfg(all(py_sys_config = "Py_TRACE_REFS", not(Py_3_13)))]
    pub _ob_prev: *mut PyObject,
    /// Id of the owning thread, or 0 (free-threaded builds).
    #[cfg(Py_GIL_DISABLED)]
    pub ob_tid: usize,
    #[cfg(all(Py_GIL_DISABLED, not(Py_3_14)))]
    pub _padding: u16,
    #[cfg(all(Py_GIL_DISABLED, Py_3_14))]
    pub ob_flags: u16,
    /// Per-object lock (free-threaded builds).
    #[cfg(Py_GIL_DISABLED)]
    pub ob_mutex: PyMutex,
    #[cfg(Py_GIL_DISABLED)]
    pub ob_gc_bits: u8,
    /// Count of references held by the owning thread (free-threaded builds).
    #[cfg(Py_GIL_DISABLED)]
    pub ob_ref_local: u32,
    /// Count of references held by other threads, shifted left by 2 with
    /// state flags in the low bits (free-threaded builds).
    #[cfg(Py_GIL_DISABLED)]
    pub ob_ref_shared: Py_ssize_t,
    #[cfg(not(Py_GIL_DISABLED))]
    pub ob_refcnt: PyObjectObRefcnt,
    #[cfg(PyPy)]
    pub ob_pypy_link: Py_ssize_t,
    pub ob_type: *mut PyTypeObject,
}

/// The header of variable-size objects (C `PyVarObject`).
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[repr(C)]
#[derive(Debug)]
pub struct PyVarObject {
    pub ob_base: PyObject,
    pub ob_size: Py_ssize_t,
}

/// The reference count of statically allocated objects, which CPython 3.12+
/// treats as immortal.
#[cfg(all(Py_3_12, not(Py_GIL_DISABLED), not(any(PyPy, GraalPy))))]
const STATIC_OBJECT_REFCNT: Py_ssize_t = {
    #[cfg(all(Py_3_14, target_pointer_width = "64"))]
    {
        // _Py_IMMORTAL_INITIAL_REFCNT with the "statically allocated" and
        // "immortal" flags in the flag half-word.
        ((3_i64 << 30) | (((_Py_STATICALLY_ALLOCATED_FLAG | _Py_IMMORTAL_FLAGS) as i64) << 48))
            as Py_ssize_t
    }
    #[cfg(all(Py_3_14, not(target_pointer_width = "64")))]
    {
        7 << 28
    }
    #[cfg(all(not(Py_3_14), target_pointer_width = "64"))]
    {
        c_uint::MAX as Py_ssize_t
    }
    #[cfg(all(not(Py_3_14), not(target_pointer_width = "64")))]
    {
        (c_uint::MAX >> 2) as Py_ssize_t
    }
};

/// Object-header flag of statically allocated objects (3.14+).
#[cfg(Py_3_14)]
pub const _Py_STATICALLY_ALLOCATED_FLAG: c_int = 1 << 2;
/// Object-header flag of immortal objects (3.14+).
#[cfg(Py_3_14)]
pub const _Py_IMMORTAL_FLAGS: c_int = 1 << 0;

/// The initial value of a statically allocated object header with no type
/// (C `PyObject_HEAD_INIT(NULL)`); immortal on 3.12+ as in C.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
// A constant, as in C: each static object gets a fresh copy (on
// free-threaded builds the header holds atomics).
#[allow(clippy::declare_interior_mutable_const)]
pub const PyObject_HEAD_INIT: PyObject = PyObject {
    #[cfg(all(py_sys_config = "Py_TRACE_REFS", not(Py_3_13)))]
    _ob_next: ptr::null_mut(),
    #[cfg(all(py_sys_config = "Py_TRACE_REFS", not(Py_3_13)))]
    _ob_prev: ptr::null_mut(),
    #[cfg(Py_GIL_DISABLED)]
    ob_tid: 0,
    #[cfg(all(Py_GIL_DISABLED, not(Py_3_14)))]
    _padding: 0,
    #[cfg(all(Py_GIL_DISABLED, Py_3_14))]
    ob_flags: _Py_STATICALLY_ALLOCATED_FLAG as u16,
    #[cfg(Py_GIL_DISABLED)]
    ob_mutex: PyMutex::new(),
    #[cfg(Py_GIL_DISABLED)]
    ob_gc_bits: 0,
    #[cfg(Py_GIL_DISABLED)]
    ob_ref_local: u32::MAX,
    #[cfg(Py_GIL_DISABLED)]
    ob_ref_shared: 0,
    #[cfg(all(Py_3_12, not(Py_GIL_DISABLED), not(any(PyPy, GraalPy))))]
    ob_refcnt: PyObjectObRefcnt {
        ob_refcnt: STATIC_OBJECT_REFCNT,
    },
    #[cfg(all(not(Py_3_12), not(Py_GIL_DISABLED)))]
    ob_refcnt: 1,
    #[cfg(all(Py_3_12, any(PyPy, GraalPy)))]
    ob_refcnt: 1,
    #[cfg(PyPy)]
    ob_pypy_link: 0,
    ob_type: ptr::null_mut(),
};

// ---------------------------------------------------------------------------
// Header accessors (C static inline functions)
// ---------------------------------------------------------------------------

/// `x is y` (C `Py_Is`).
#[inline]
pub unsafe fn Py_Is(x: *mut PyObject, y: *mut PyObject) -> c_int {
    (x == y) as c_int
}

#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
unsafe extern "C" {
    #[link_name = "Py_TYPE"]
    fn Py_TYPE_function(ob: *mut PyObject) -> *mut PyTypeObject;
    #[link_name = "Py_SIZE"]
    fn Py_SIZE_function(ob: *mut PyObject) -> Py_ssize_t;
}

/// The type of `ob`, borrowed (C `Py_TYPE`).
#[inline]
pub unsafe fn Py_TYPE(ob: *mut PyObject) -> *mut PyTypeObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
        {
            (*ob).ob_type
        }
        #[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
        {
            Py_TYPE_function(ob)
        }
    }
}

/// The item count of a variable-size object (C `Py_SIZE`).
#[inline]
pub unsafe fn Py_SIZE(ob: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
        {
            (*ob.cast::<PyVarObject>()).ob_size
        }
        #[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
        {
            Py_SIZE_function(ob)
        }
    }
}

/// Whether the type of `ob` is exactly `tp` (C `Py_IS_TYPE`).
#[inline]
pub unsafe fn Py_IS_TYPE(ob: *mut PyObject, tp: *mut PyTypeObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (Py_TYPE(ob) == tp) as c_int }
}

/// Sets the type pointer of `ob` (C `Py_SET_TYPE`).
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[inline]
pub unsafe fn Py_SET_TYPE(ob: *mut PyObject, tp: *mut PyTypeObject) {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        (*ob).ob_type = tp;
    }
}

/// Sets the item count of a variable-size object (C `Py_SET_SIZE`).
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[inline]
pub unsafe fn Py_SET_SIZE(ob: *mut PyVarObject, size: Py_ssize_t) {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_GIL_DISABLED)]
        {
            // Readers on other threads load this field atomically.
            (*ptr::addr_of_mut!((*ob).ob_size).cast::<std::sync::atomic::AtomicIsize>())
                .store(size, std::sync::atomic::Ordering::Relaxed);
        }
        #[cfg(not(Py_GIL_DISABLED))]
        {
            (*ob).ob_size = size;
        }
    }
}

// ---------------------------------------------------------------------------
// Slot function signatures
// ---------------------------------------------------------------------------

pub type unaryfunc = unsafe extern "C" fn(*mut PyObject) -> *mut PyObject;
pub type binaryfunc = unsafe extern "C" fn(*mut PyObject, *mut PyObject) -> *mut PyObject;
pub type ternaryfunc =
    unsafe extern "C" fn(*mut PyObject, *mut PyObject, *mut PyObject) -> *mut PyObject;
pub type inquiry = unsafe extern "C" fn(*mut PyObject) -> c_int;
pub type lenfunc = unsafe extern "C" fn(*mut PyObject) -> Py_ssize_t;
pub type ssizeargfunc = unsafe extern "C" fn(*mut PyObject, Py_ssize_t) -> *mut PyObject;
pub type ssizessizeargfunc =
    unsafe extern "C" fn(*mut PyObject, Py_ssize_t, Py_ssize_t) -> *mut PyObject;
pub type ssizeobjargproc = unsafe extern "C" fn(*mut PyObject, Py_ssize_t, *mut PyObject) -> c_int;
pub type ssizessizeobjargproc =
    unsafe extern "C" fn(*mut PyObject, Py_ssize_t, Py_ssize_t, *mut PyObject) -> c_int;
pub type objobjargproc = unsafe extern "C" fn(*mut PyObject, *mut PyObject, *mut PyObject) -> c_int;
pub type objobjproc = unsafe extern "C" fn(*mut PyObject, *mut PyObject) -> c_int;
pub type visitproc = unsafe extern "C" fn(object: *mut PyObject, arg: *mut c_void) -> c_int;
pub type traverseproc =
    unsafe extern "C" fn(slf: *mut PyObject, visit: visitproc, arg: *mut c_void) -> c_int;
pub type freefunc = unsafe extern "C" fn(*mut c_void);
pub type destructor = unsafe extern "C" fn(*mut PyObject);
pub type getattrfunc = unsafe extern "C" fn(*mut PyObject, *mut c_char) -> *mut PyObject;
pub type getattrofunc = unsafe extern "C" fn(*mut PyObject, *mut PyObject) -> *mut PyObject;
pub type setattrfunc = unsafe extern "C" fn(*mut PyObject, *mut c_char, *mut PyObject) -> c_int;
pub type setattrofunc = unsafe extern "C" fn(*mut PyObject, *mut PyObject, *mut PyObject) -> c_int;
pub type reprfunc = unsafe extern "C" fn(*mut PyObject) -> *mut PyObject;
pub type hashfunc = unsafe extern "C" fn(*mut PyObject) -> Py_hash_t;
pub type richcmpfunc = unsafe extern "C" fn(*mut PyObject, *mut PyObject, c_int) -> *mut PyObject;
pub type getiterfunc = unsafe extern "C" fn(*mut PyObject) -> *mut PyObject;
pub type iternextfunc = unsafe extern "C" fn(*mut PyObject) -> *mut PyObject;
pub type descrgetfunc =
    unsafe extern "C" fn(*mut PyObject, *mut PyObject, *mut PyObject) -> *mut PyObject;
pub type descrsetfunc = unsafe extern "C" fn(*mut PyObject, *mut PyObject, *mut PyObject) -> c_int;
pub type initproc = unsafe extern "C" fn(*mut PyObject, *mut PyObject, *mut PyObject) -> c_int;
pub type newfunc =
    unsafe extern "C" fn(*mut PyTypeObject, *mut PyObject, *mut PyObject) -> *mut PyObject;
pub type allocfunc = unsafe extern "C" fn(*mut PyTypeObject, Py_ssize_t) -> *mut PyObject;
pub type vectorcallfunc = unsafe extern "C" fn(
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject;

/// An object and an index, returned by `_Py_iteritemfunc` (3.15+).
#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Copy, Clone)]
pub struct _PyObjectIndexPair {
    pub object: *mut PyObject,
    pub index: Py_ssize_t,
}

#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
pub type _Py_iteritemfunc = unsafe extern "C" fn(*mut PyObject, Py_ssize_t) -> _PyObjectIndexPair;

// ---------------------------------------------------------------------------
// Heap types from specs
// ---------------------------------------------------------------------------

/// One slot of a `PyType_Spec`: a slot id (`Py_tp_*`, `Py_nb_*`, ...) and
/// the function or value for it.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct PyType_Slot {
    pub slot: c_int,
    pub pfunc: *mut c_void,
}

impl Default for PyType_Slot {
    fn default() -> Self {
        PyType_Slot {
            slot: 0,
            pfunc: ptr::null_mut(),
        }
    }
}

/// The description `PyType_FromSpec` builds a heap type from.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct PyType_Spec {
    pub name: *const c_char,
    pub basicsize: c_int,
    pub itemsize: c_int,
    pub flags: c_uint,
    /// Terminated by a slot with id 0.
    pub slots: *mut PyType_Slot,
}

impl Default for PyType_Spec {
    fn default() -> Self {
        PyType_Spec {
            name: ptr::null(),
            basicsize: 0,
            itemsize: 0,
            flags: 0,
            slots: ptr::null_mut(),
        }
    }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyType_FromSpec")]
    pub fn PyType_FromSpec(spec: *mut PyType_Spec) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyType_FromSpecWithBases")]
    pub fn PyType_FromSpecWithBases(spec: *mut PyType_Spec, bases: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyType_GetSlot")]
    pub fn PyType_GetSlot(tp: *mut PyTypeObject, slot: c_int) -> *mut c_void;
    #[cfg_attr(PyPy, link_name = "PyPyType_FromModuleAndSpec")]
    pub fn PyType_FromModuleAndSpec(
        module: *mut PyObject,
        spec: *mut PyType_Spec,
        bases: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyType_GetModule")]
    pub fn PyType_GetModule(tp: *mut PyTypeObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyType_GetModuleState")]
    pub fn PyType_GetModuleState(tp: *mut PyTypeObject) -> *mut c_void;
    #[cfg(Py_3_11)]
    #[cfg_attr(PyPy, link_name = "PyPyType_GetName")]
    pub fn PyType_GetName(tp: *mut PyTypeObject) -> *mut PyObject;
    #[cfg(Py_3_11)]
    #[cfg_attr(PyPy, link_name = "PyPyType_GetQualName")]
    pub fn PyType_GetQualName(tp: *mut PyTypeObject) -> *mut PyObject;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyType_GetFullyQualifiedName")]
    pub fn PyType_GetFullyQualifiedName(tp: *mut PyTypeObject) -> *mut PyObject;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyType_GetModuleName")]
    pub fn PyType_GetModuleName(tp: *mut PyTypeObject) -> *mut PyObject;
    #[cfg(Py_3_12)]
    #[cfg_attr(PyPy, link_name = "PyPyType_FromMetaclass")]
    pub fn PyType_FromMetaclass(
        metaclass: *mut PyTypeObject,
        module: *mut PyObject,
        spec: *mut PyType_Spec,
        bases: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg(Py_3_12)]
    #[cfg_attr(PyPy, link_name = "PyPyObject_GetTypeData")]
    pub fn PyObject_GetTypeData(obj: *mut PyObject, cls: *mut PyTypeObject) -> *mut c_void;
    #[cfg(Py_3_12)]
    #[cfg_attr(PyPy, link_name = "PyPyType_GetTypeDataSize")]
    pub fn PyType_GetTypeDataSize(cls: *mut PyTypeObject) -> Py_ssize_t;
    #[cfg(Py_3_14)]
    pub fn PyType_GetBaseByToken(
        tp: *mut PyTypeObject,
        token: *mut c_void,
        result: *mut *mut PyTypeObject,
    ) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyType_Freeze(tp: *mut PyTypeObject) -> c_int;
    #[cfg(Py_3_15)]
    pub fn PyType_FromSlots(slots: *mut PySlot) -> *mut PyObject;
    #[cfg(Py_3_15)]
    pub fn PyType_GetModuleByToken(tp: *mut PyTypeObject, token: *const c_void) -> *mut PyObject;
    #[cfg(Py_3_15)]
    pub fn PyType_GetModuleByToken_DuringGC(
        tp: *mut PyTypeObject,
        token: *const c_void,
    ) -> *mut PyObject;
    #[cfg(Py_3_15)]
    pub fn PyType_GetModule_DuringGC(tp: *mut PyTypeObject) -> *mut PyObject;
    #[cfg(Py_3_15)]
    pub fn PyType_GetModuleState_DuringGC(tp: *mut PyTypeObject) -> *mut c_void;
    #[cfg(Py_3_15)]
    pub fn PyType_GetBaseByToken_DuringGC(
        tp: *mut PyTypeObject,
        token: *mut c_void,
        result: *mut *mut PyTypeObject,
    ) -> c_int;
    #[cfg(Py_3_15)]
    pub fn PyObject_GetTypeData_DuringGC(obj: *mut PyObject, cls: *mut PyTypeObject)
    -> *mut c_void;
    #[cfg(any(Py_3_13, all(Py_3_11, not(Py_LIMITED_API))))]
    #[cfg_attr(PyPy, link_name = "PyPyType_GetModuleByDef")]
    pub fn PyType_GetModuleByDef(
        tp: *mut PyTypeObject,
        def: *mut crate::ffi::PyModuleDef,
    ) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyType_IsSubtype")]
    pub fn PyType_IsSubtype(a: *mut PyTypeObject, b: *mut PyTypeObject) -> c_int;

    /// The built-in `type`.
    #[cfg_attr(PyPy, link_name = "PyPyType_Type")]
    pub static mut PyType_Type: PyTypeObject;
    /// The built-in `object`.
    #[cfg_attr(PyPy, link_name = "PyPyBaseObject_Type")]
    pub static mut PyBaseObject_Type: PyTypeObject;
    /// The built-in `super`.
    #[cfg_attr(PyPy, link_name = "PyPySuper_Type")]
    pub static mut PySuper_Type: PyTypeObject;
    /// The built-in `int`.
    #[cfg_attr(PyPy, link_name = "PyPyLong_Type")]
    pub static mut PyLong_Type: PyTypeObject;
    /// The built-in `bool`.
    #[cfg_attr(PyPy, link_name = "PyPyBool_Type")]
    pub static mut PyBool_Type: PyTypeObject;

    #[cfg_attr(PyPy, link_name = "PyPyType_GetFlags")]
    pub fn PyType_GetFlags(tp: *mut PyTypeObject) -> c_ulong;
    #[cfg_attr(PyPy, link_name = "PyPyType_Ready")]
    pub fn PyType_Ready(tp: *mut PyTypeObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyType_GenericAlloc")]
    pub fn PyType_GenericAlloc(tp: *mut PyTypeObject, nitems: Py_ssize_t) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyType_GenericNew")]
    pub fn PyType_GenericNew(
        tp: *mut PyTypeObject,
        args: *mut PyObject,
        kwds: *mut PyObject,
    ) -> *mut PyObject;
    pub fn PyType_ClearCache() -> c_uint;
    #[cfg_attr(PyPy, link_name = "PyPyType_Modified")]
    pub fn PyType_Modified(tp: *mut PyTypeObject);

    #[cfg_attr(PyPy, link_name = "PyPyObject_Repr")]
    pub fn PyObject_Repr(o: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyObject_Str")]
    pub fn PyObject_Str(o: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyObject_ASCII")]
    pub fn PyObject_ASCII(o: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyObject_Bytes")]
    pub fn PyObject_Bytes(o: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyObject_RichCompare")]
    pub fn PyObject_RichCompare(a: *mut PyObject, b: *mut PyObject, op: c_int) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyObject_RichCompareBool")]
    pub fn PyObject_RichCompareBool(a: *mut PyObject, b: *mut PyObject, op: c_int) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyObject_GetAttrString")]
    pub fn PyObject_GetAttrString(o: *mut PyObject, name: *const c_char) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyObject_SetAttrString")]
    pub fn PyObject_SetAttrString(o: *mut PyObject, name: *const c_char, v: *mut PyObject)
    -> c_int;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyObject_DelAttrString")]
    pub fn PyObject_DelAttrString(o: *mut PyObject, name: *const c_char) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyObject_HasAttrString")]
    pub fn PyObject_HasAttrString(o: *mut PyObject, name: *const c_char) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyObject_GetAttr")]
    pub fn PyObject_GetAttr(o: *mut PyObject, name: *mut PyObject) -> *mut PyObject;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyObject_GetOptionalAttr")]
    pub fn PyObject_GetOptionalAttr(
        o: *mut PyObject,
        name: *mut PyObject,
        result: *mut *mut PyObject,
    ) -> c_int;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyObject_GetOptionalAttrString")]
    pub fn PyObject_GetOptionalAttrString(
        o: *mut PyObject,
        name: *const c_char,
        result: *mut *mut PyObject,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyObject_SetAttr")]
    pub fn PyObject_SetAttr(o: *mut PyObject, name: *mut PyObject, v: *mut PyObject) -> c_int;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyObject_DelAttr")]
    pub fn PyObject_DelAttr(o: *mut PyObject, name: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyObject_HasAttr")]
    pub fn PyObject_HasAttr(o: *mut PyObject, name: *mut PyObject) -> c_int;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyObject_HasAttrWithError")]
    pub fn PyObject_HasAttrWithError(o: *mut PyObject, name: *mut PyObject) -> c_int;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPyObject_HasAttrStringWithError")]
    pub fn PyObject_HasAttrStringWithError(o: *mut PyObject, name: *const c_char) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyObject_SelfIter")]
    pub fn PyObject_SelfIter(o: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyObject_GenericGetAttr")]
    pub fn PyObject_GenericGetAttr(o: *mut PyObject, name: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyObject_GenericSetAttr")]
    pub fn PyObject_GenericSetAttr(
        o: *mut PyObject,
        name: *mut PyObject,
        value: *mut PyObject,
    ) -> c_int;
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    #[cfg_attr(PyPy, link_name = "PyPyObject_GenericGetDict")]
    pub fn PyObject_GenericGetDict(o: *mut PyObject, context: *mut c_void) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyObject_GenericSetDict")]
    pub fn PyObject_GenericSetDict(
        o: *mut PyObject,
        value: *mut PyObject,
        context: *mut c_void,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyObject_Hash")]
    pub fn PyObject_Hash(o: *mut PyObject) -> Py_hash_t;
    #[cfg_attr(PyPy, link_name = "PyPyObject_HashNotImplemented")]
    pub fn PyObject_HashNotImplemented(o: *mut PyObject) -> Py_hash_t;
    #[cfg_attr(PyPy, link_name = "PyPyObject_IsTrue")]
    pub fn PyObject_IsTrue(o: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyObject_Not")]
    pub fn PyObject_Not(o: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyCallable_Check")]
    pub fn PyCallable_Check(o: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyObject_ClearWeakRefs")]
    pub fn PyObject_ClearWeakRefs(o: *mut PyObject);
    #[cfg(any(Py_3_15, not(Py_LIMITED_API)))]
    #[cfg_attr(PyPy, link_name = "PyPyObject_CallFinalizerFromDealloc")]
    pub fn PyObject_CallFinalizerFromDealloc(o: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyObject_Dir")]
    pub fn PyObject_Dir(o: *mut PyObject) -> *mut PyObject;
    pub fn Py_ReprEnter(o: *mut PyObject) -> c_int;
    pub fn Py_ReprLeave(o: *mut PyObject);

    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPy_GetConstant")]
    pub fn Py_GetConstant(constant_id: c_uint) -> *mut PyObject;
    #[cfg(Py_3_13)]
    #[cfg_attr(PyPy, link_name = "PyPy_GetConstantBorrowed")]
    pub fn Py_GetConstantBorrowed(constant_id: c_uint) -> *mut PyObject;

    #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
    #[cfg_attr(PyPy, link_name = "_PyPy_NoneStruct")]
    static mut _Py_NoneStruct: PyObject;
    #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
    #[cfg_attr(PyPy, link_name = "_PyPy_NotImplementedStruct")]
    static mut _Py_NotImplementedStruct: PyObject;
}

/// `PyObject_DelAttrString` before 3.13 was a macro over `SetAttrString`.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyObject_DelAttrString(o: *mut PyObject, name: *const c_char) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_SetAttrString(o, name, ptr::null_mut()) }
}

/// `PyObject_DelAttr` before 3.13 was a macro over `SetAttr`.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyObject_DelAttr(o: *mut PyObject, name: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_SetAttr(o, name, ptr::null_mut()) }
}

// ---------------------------------------------------------------------------
// Singletons
// ---------------------------------------------------------------------------

pub const Py_CONSTANT_NONE: c_uint = 0;
pub const Py_CONSTANT_FALSE: c_uint = 1;
pub const Py_CONSTANT_TRUE: c_uint = 2;
pub const Py_CONSTANT_ELLIPSIS: c_uint = 3;
pub const Py_CONSTANT_NOT_IMPLEMENTED: c_uint = 4;
pub const Py_CONSTANT_ZERO: c_uint = 5;
pub const Py_CONSTANT_ONE: c_uint = 6;
pub const Py_CONSTANT_EMPTY_STR: c_uint = 7;
pub const Py_CONSTANT_EMPTY_BYTES: c_uint = 8;
pub const Py_CONSTANT_EMPTY_TUPLE: c_uint = 9;

/// The `None` singleton, borrowed (C `Py_None`).
#[inline]
pub unsafe fn Py_None() -> *mut PyObject {
    #[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
    {
        // SAFETY: the interpreter's constants may be fetched at any time
        // while it runs (borrowed: they live as long as the interpreter).
        unsafe { Py_GetConstantBorrowed(Py_CONSTANT_NONE) }
    }
    #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
    {
        ptr::addr_of_mut!(_Py_NoneStruct)
    }
}

/// The `NotImplemented` singleton, borrowed (C `Py_NotImplemented`).
#[inline]
pub unsafe fn Py_NotImplemented() -> *mut PyObject {
    #[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
    {
        // SAFETY: the interpreter's constants may be fetched at any time
        // while it runs (borrowed: they live as long as the interpreter).
        unsafe { Py_GetConstantBorrowed(Py_CONSTANT_NOT_IMPLEMENTED) }
    }
    #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
    {
        ptr::addr_of_mut!(_Py_NotImplementedStruct)
    }
}

/// `x is None` (C `Py_IsNone`).
#[inline]
pub unsafe fn Py_IsNone(x: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_Is(x, Py_None()) }
}

// ---------------------------------------------------------------------------
// Comparison opcodes, send results, print flags
// ---------------------------------------------------------------------------

pub const Py_LT: c_int = 0;
pub const Py_LE: c_int = 1;
pub const Py_EQ: c_int = 2;
pub const Py_NE: c_int = 3;
pub const Py_GT: c_int = 4;
pub const Py_GE: c_int = 5;

/// Result of `PyIter_Send` (3.10+).
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum PySendResult {
    PYGEN_RETURN = 0,
    PYGEN_ERROR = -1,
    PYGEN_NEXT = 1,
}

/// Flag for `PyObject_Print`: use `str()` instead of `repr()`.
pub const Py_PRINT_RAW: c_int = 1;

// ---------------------------------------------------------------------------
// Type flags
// ---------------------------------------------------------------------------

#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
pub const _Py_TPFLAGS_STATIC_BUILTIN: c_ulong = 1 << 1;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
pub const Py_TPFLAGS_INLINE_VALUES: c_ulong = 1 << 2;
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
pub const Py_TPFLAGS_MANAGED_WEAKREF: c_ulong = 1 << 3;
#[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
pub const Py_TPFLAGS_MANAGED_DICT: c_ulong = 1 << 4;
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
pub const Py_TPFLAGS_PREHEADER: c_ulong = Py_TPFLAGS_MANAGED_WEAKREF | Py_TPFLAGS_MANAGED_DICT;
#[cfg(all(Py_3_10, not(Py_LIMITED_API)))]
pub const Py_TPFLAGS_SEQUENCE: c_ulong = 1 << 5;
#[cfg(all(Py_3_10, not(Py_LIMITED_API)))]
pub const Py_TPFLAGS_MAPPING: c_ulong = 1 << 6;
#[cfg(Py_3_10)]
pub const Py_TPFLAGS_DISALLOW_INSTANTIATION: c_ulong = 1 << 7;
#[cfg(Py_3_10)]
pub const Py_TPFLAGS_IMMUTABLETYPE: c_ulong = 1 << 8;
pub const Py_TPFLAGS_HEAPTYPE: c_ulong = 1 << 9;
pub const Py_TPFLAGS_BASETYPE: c_ulong = 1 << 10;
#[cfg(any(Py_3_12, not(Py_LIMITED_API)))]
pub const Py_TPFLAGS_HAVE_VECTORCALL: c_ulong = 1 << 11;
#[cfg(not(Py_LIMITED_API))]
pub const _Py_TPFLAGS_HAVE_VECTORCALL: c_ulong = Py_TPFLAGS_HAVE_VECTORCALL;
pub const Py_TPFLAGS_READY: c_ulong = 1 << 12;
pub const Py_TPFLAGS_READYING: c_ulong = 1 << 13;
pub const Py_TPFLAGS_HAVE_GC: c_ulong = 1 << 14;
pub const Py_TPFLAGS_HAVE_STACKLESS_EXTENSION: c_ulong = 0;
pub const Py_TPFLAGS_METHOD_DESCRIPTOR: c_ulong = 1 << 17;
pub const Py_TPFLAGS_VALID_VERSION_TAG: c_ulong = 1 << 19;
pub const Py_TPFLAGS_IS_ABSTRACT: c_ulong = 1 << 20;
#[cfg(Py_3_10)]
pub const _Py_TPFLAGS_MATCH_SELF: c_ulong = 1 << 22;
#[cfg(Py_3_12)]
pub const Py_TPFLAGS_ITEMS_AT_END: c_ulong = 1 << 23;
pub const Py_TPFLAGS_LONG_SUBCLASS: c_ulong = 1 << 24;
pub const Py_TPFLAGS_LIST_SUBCLASS: c_ulong = 1 << 25;
pub const Py_TPFLAGS_TUPLE_SUBCLASS: c_ulong = 1 << 26;
pub const Py_TPFLAGS_BYTES_SUBCLASS: c_ulong = 1 << 27;
pub const Py_TPFLAGS_UNICODE_SUBCLASS: c_ulong = 1 << 28;
pub const Py_TPFLAGS_DICT_SUBCLASS: c_ulong = 1 << 29;
pub const Py_TPFLAGS_BASE_EXC_SUBCLASS: c_ulong = 1 << 30;
pub const Py_TPFLAGS_TYPE_SUBCLASS: c_ulong = 1 << 31;
pub const Py_TPFLAGS_HAVE_FINALIZE: c_ulong = 1;
pub const Py_TPFLAGS_HAVE_VERSION_TAG: c_ulong = 1 << 18;

/// The flags every static type starts from (C `Py_TPFLAGS_DEFAULT`).
#[cfg(Py_3_10)]
pub const Py_TPFLAGS_DEFAULT: c_ulong = Py_TPFLAGS_HAVE_STACKLESS_EXTENSION;
/// The flags every static type starts from (C `Py_TPFLAGS_DEFAULT`).
#[cfg(not(Py_3_10))]
pub const Py_TPFLAGS_DEFAULT: c_ulong =
    Py_TPFLAGS_HAVE_STACKLESS_EXTENSION | Py_TPFLAGS_HAVE_VERSION_TAG;

/// Whether `tp` has all bits of `feature` among its flags
/// (C `PyType_HasFeature`).
#[inline]
pub unsafe fn PyType_HasFeature(tp: *mut PyTypeObject, feature: c_ulong) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_LIMITED_API)]
        let flags = PyType_GetFlags(tp);
        #[cfg(all(not(Py_LIMITED_API), Py_GIL_DISABLED))]
        let flags = atomic_type_flags(tp);
        #[cfg(all(not(Py_LIMITED_API), not(Py_GIL_DISABLED)))]
        let flags = (*tp).tp_flags;
        ((flags & feature) != 0) as c_int
    }
}

/// Reads `tp_flags` with the relaxed atomic load free-threaded builds need.
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
#[inline]
unsafe fn atomic_type_flags(tp: *mut PyTypeObject) -> c_ulong {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(target_pointer_width = "64")]
        type AtomicFlags = std::sync::atomic::AtomicU64;
        #[cfg(not(target_pointer_width = "64"))]
        type AtomicFlags = std::sync::atomic::AtomicU32;
        let field = std::ptr::addr_of_mut!((*tp).tp_flags).cast::<AtomicFlags>();
        (*field).load(std::sync::atomic::Ordering::Relaxed) as c_ulong
    }
}

/// C `PyType_FastSubclass`: a flag test on the type.
#[inline]
pub unsafe fn PyType_FastSubclass(tp: *mut PyTypeObject, feature: c_ulong) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyType_HasFeature(tp, feature) }
}

/// Whether `ob` is a type object (C `PyType_Check`).
#[inline]
pub unsafe fn PyType_Check(ob: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyType_FastSubclass(Py_TYPE(ob), Py_TPFLAGS_TYPE_SUBCLASS) }
}

/// Whether `ob` is exactly `type` (C `PyType_CheckExact`).
#[inline]
pub unsafe fn PyType_CheckExact(ob: *mut PyObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_IS_TYPE(ob, ptr::addr_of_mut!(PyType_Type)) }
}

/// Whether `ob` is an instance of `tp` or of a subtype (C
/// `PyObject_TypeCheck`).
#[inline]
pub unsafe fn PyObject_TypeCheck(ob: *mut PyObject, tp: *mut PyTypeObject) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (Py_IS_TYPE(ob, tp) != 0 || PyType_IsSubtype(Py_TYPE(ob), tp) != 0) as c_int }
}
