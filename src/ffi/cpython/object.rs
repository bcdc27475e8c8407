//! `Include/cpython/object.h`: the full layout of type objects and their
//! method suites.

use std::ffi::{c_char, c_int, c_uint, c_ulong, c_void};

use crate::ffi::object::*;
use crate::ffi::{Py_ssize_t, PyGetSetDef, PyMemberDef, PyMethodDef};
use crate::ffi::{getbufferproc, releasebufferproc};

/// Number protocol slots (C `PyNumberMethods`).
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PyNumberMethods {
    pub nb_add: Option<binaryfunc>,
    pub nb_subtract: Option<binaryfunc>,
    pub nb_multiply: Option<binaryfunc>,
    pub nb_remainder: Option<binaryfunc>,
    pub nb_divmod: Option<binaryfunc>,
    pub nb_power: Option<ternaryfunc>,
    pub nb_negative: Option<unaryfunc>,
    pub nb_positive: Option<unaryfunc>,
    pub nb_absolute: Option<unaryfunc>,
    pub nb_bool: Option<inquiry>,
    pub nb_invert: Option<unaryfunc>,
    pub nb_lshift: Option<binaryfunc>,
    pub nb_rshift: Option<binaryfunc>,
    pub nb_and: Option<binaryfunc>,
    pub nb_xor: Option<binaryfunc>,
    pub nb_or: Option<binaryfunc>,
    pub nb_int: Option<unaryfunc>,
    pub nb_reserved: *mut c_void,
    pub nb_float: Option<unaryfunc>,
    pub nb_inplace_add: Option<binaryfunc>,
    pub nb_inplace_subtract: Option<binaryfunc>,
    pub nb_inplace_multiply: Option<binaryfunc>,
    pub nb_inplace_remainder: Option<binaryfunc>,
    pub nb_inplace_power: Option<ternaryfunc>,
    pub nb_inplace_lshift: Option<binaryfunc>,
    pub nb_inplace_rshift: Option<binaryfunc>,
    pub nb_inplace_and: Option<binaryfunc>,
    pub nb_inplace_xor: Option<binaryfunc>,
    pub nb_inplace_or: Option<binaryfunc>,
    pub nb_floor_divide: Option<binaryfunc>,
    pub nb_true_divide: Option<binaryfunc>,
    pub nb_inplace_floor_divide: Option<binaryfunc>,
    pub nb_inplace_true_divide: Option<binaryfunc>,
    pub nb_index: Option<unaryfunc>,
    pub nb_matrix_multiply: Option<binaryfunc>,
    pub nb_inplace_matrix_multiply: Option<binaryfunc>,
}

/// Sequence protocol slots (C `PySequenceMethods`).
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PySequenceMethods {
    pub sq_length: Option<lenfunc>,
    pub sq_concat: Option<binaryfunc>,
    pub sq_repeat: Option<ssizeargfunc>,
    pub sq_item: Option<ssizeargfunc>,
    pub was_sq_slice: *mut c_void,
    pub sq_ass_item: Option<ssizeobjargproc>,
    pub was_sq_ass_slice: *mut c_void,
    pub sq_contains: Option<objobjproc>,
    pub sq_inplace_concat: Option<binaryfunc>,
    pub sq_inplace_repeat: Option<ssizeargfunc>,
}

// All-zero (every slot empty) is the natural default of the slot tables.
impl Default for PyNumberMethods {
    fn default() -> Self {
        // SAFETY: every field is an `Option` of a function pointer or a raw
        // pointer, for which all-zero bits are `None` / null.
        unsafe { std::mem::zeroed() }
    }
}

impl Default for PySequenceMethods {
    fn default() -> Self {
        // SAFETY: as for `PyNumberMethods`: options and raw pointers only.
        unsafe { std::mem::zeroed() }
    }
}

/// Mapping protocol slots (C `PyMappingMethods`).
#[repr(C)]
#[derive(Copy, Clone, Default, Debug)]
pub struct PyMappingMethods {
    pub mp_length: Option<lenfunc>,
    pub mp_subscript: Option<binaryfunc>,
    pub mp_ass_subscript: Option<objobjargproc>,
}

/// The `am_send` slot: resumes a coroutine-like object (3.10+).
#[cfg(Py_3_10)]
pub type sendfunc = unsafe extern "C" fn(
    iter: *mut PyObject,
    value: *mut PyObject,
    result: *mut *mut PyObject,
) -> PySendResult;

/// Awaitable and async-iterator slots (C `PyAsyncMethods`).
#[repr(C)]
#[derive(Copy, Clone, Default, Debug)]
pub struct PyAsyncMethods {
    pub am_await: Option<unaryfunc>,
    pub am_aiter: Option<unaryfunc>,
    pub am_anext: Option<unaryfunc>,
    #[cfg(Py_3_10)]
    pub am_send: Option<sendfunc>,
}

/// Buffer protocol slots (C `PyBufferProcs`).
#[repr(C)]
#[derive(Copy, Clone, Default, Debug)]
pub struct PyBufferProcs {
    pub bf_getbuffer: Option<getbufferproc>,
    pub bf_releasebuffer: Option<releasebufferproc>,
}

/// `tp_print` of Python 2, kept as a reserved slot type.
pub type printfunc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut libc::FILE, arg3: c_int) -> c_int;

/// A type object with its full layout (C `PyTypeObject`).
#[repr(C)]
#[derive(Debug)]
pub struct PyTypeObject {
    pub ob_base: PyVarObject,
    pub tp_name: *const c_char,
    pub tp_basicsize: Py_ssize_t,
    pub tp_itemsize: Py_ssize_t,
    pub tp_dealloc: Option<destructor>,
    pub tp_vectorcall_offset: Py_ssize_t,
    pub tp_getattr: Option<getattrfunc>,
    pub tp_setattr: Option<setattrfunc>,
    pub tp_as_async: *mut PyAsyncMethods,
    pub tp_repr: Option<reprfunc>,
    pub tp_as_number: *mut PyNumberMethods,
    pub tp_as_sequence: *mut PySequenceMethods,
    pub tp_as_mapping: *mut PyMappingMethods,
    pub tp_hash: Option<hashfunc>,
    pub tp_call: Option<ternaryfunc>,
    pub tp_str: Option<reprfunc>,
    pub tp_getattro: Option<getattrofunc>,
    pub tp_setattro: Option<setattrofunc>,
    pub tp_as_buffer: *mut PyBufferProcs,
    pub tp_flags: c_ulong,
    pub tp_doc: *const c_char,
    pub tp_traverse: Option<traverseproc>,
    pub tp_clear: Option<inquiry>,
    pub tp_richcompare: Option<richcmpfunc>,
    pub tp_weaklistoffset: Py_ssize_t,
    pub tp_iter: Option<getiterfunc>,
    pub tp_iternext: Option<iternextfunc>,
    pub tp_methods: *mut PyMethodDef,
    pub tp_members: *mut PyMemberDef,
    pub tp_getset: *mut PyGetSetDef,
    pub tp_base: *mut PyTypeObject,
    pub tp_dict: *mut PyObject,
    pub tp_descr_get: Option<descrgetfunc>,
    pub tp_descr_set: Option<descrsetfunc>,
    pub tp_dictoffset: Py_ssize_t,
    pub tp_init: Option<initproc>,
    pub tp_alloc: Option<allocfunc>,
    pub tp_new: Option<newfunc>,
    pub tp_free: Option<freefunc>,
    pub tp_is_gc: Option<inquiry>,
    pub tp_bases: *mut PyObject,
    pub tp_mro: *mut PyObject,
    pub tp_cache: *mut PyObject,
    pub tp_subclasses: *mut c_void,
    pub tp_weaklist: *mut PyObject,
    pub tp_del: Option<destructor>,
    pub tp_version_tag: c_uint,
    pub tp_finalize: Option<destructor>,
    pub tp_vectorcall: Option<vectorcallfunc>,
    #[cfg(Py_3_12)]
    pub tp_watched: u8,
    #[cfg(Py_3_13)]
    pub tp_versions_used: u16,
    #[cfg(Py_3_15)]
    pub _tp_iteritem: Option<_Py_iteritemfunc>,
}

/// The specializer's per-type cache inside heap types (3.11+).
#[cfg(not(PyPy))]
#[cfg(Py_3_11)]
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct _specialization_cache {
    pub getitem: *mut PyObject,
    #[cfg(Py_3_12)]
    pub getitem_version: u32,
    #[cfg(Py_3_13)]
    pub init: *mut PyObject,
}

/// The layout of a type object allocated on the heap (C `PyHeapTypeObject`).
#[repr(C)]
#[derive(Debug)]
pub struct PyHeapTypeObject {
    pub ht_type: PyTypeObject,
    pub as_async: PyAsyncMethods,
    pub as_number: PyNumberMethods,
    pub as_mapping: PyMappingMethods,
    pub as_sequence: PySequenceMethods,
    pub as_buffer: PyBufferProcs,
    pub ht_name: *mut PyObject,
    pub ht_slots: *mut PyObject,
    pub ht_qualname: *mut PyObject,
    pub ht_cached_keys: *mut c_void,
    pub ht_module: *mut PyObject,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub _ht_tpname: *mut c_char,
    #[cfg(Py_3_14)]
    pub ht_token: *mut c_void,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub _spec_cache: _specialization_cache,
    #[cfg(all(Py_GIL_DISABLED, Py_3_14))]
    pub unique_id: Py_ssize_t,
}

/// The member definitions stored right after a heap type's object
/// (C `PyHeapType_GET_MEMBERS`).
#[inline]
pub unsafe fn PyHeapType_GET_MEMBERS(etype: *mut PyHeapTypeObject) -> *mut PyMemberDef {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let offset = (*Py_TYPE(etype.cast())).tp_basicsize;
        etype.cast::<u8>().offset(offset).cast()
    }
}

/// Callback of the type watchers (3.12+).
#[cfg(Py_3_12)]
pub type PyType_WatchCallback = unsafe extern "C" fn(tp: *mut PyTypeObject) -> c_int;

/// Callback of the reference tracer (3.13+).
#[cfg(Py_3_13)]
pub type PyRefTracer =
    unsafe extern "C" fn(obj: *mut PyObject, event: PyRefTracerEvent, data: *mut c_void) -> c_int;

/// Events reported to a `PyRefTracer` (3.13+).
#[cfg(Py_3_13)]
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum PyRefTracerEvent {
    PyRefTracer_CREATE = 0,
    PyRefTracer_DESTROY = 1,
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyObject_Print")]
    pub fn PyObject_Print(o: *mut PyObject, fp: *mut libc::FILE, flags: c_int) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyObject_CallFinalizer")]
    pub fn PyObject_CallFinalizer(o: *mut PyObject);

    #[cfg(Py_3_12)]
    #[cfg_attr(PyPy, link_name = "PyPyType_GetDict")]
    pub fn PyType_GetDict(tp: *mut PyTypeObject) -> *mut PyObject;
    #[cfg(Py_3_12)]
    pub fn PyObject_GetItemData(obj: *mut PyObject) -> *mut c_void;
    #[cfg(Py_3_15)]
    pub fn PyObject_GetItemData_DuringGC(obj: *mut PyObject) -> *mut c_void;
    #[cfg(Py_3_12)]
    pub fn PyType_AddWatcher(callback: PyType_WatchCallback) -> c_int;
    #[cfg(Py_3_12)]
    pub fn PyType_ClearWatcher(watcher_id: c_int) -> c_int;
    #[cfg(Py_3_12)]
    pub fn PyType_Watch(watcher_id: c_int, tp: *mut PyObject) -> c_int;
    #[cfg(Py_3_12)]
    pub fn PyType_Unwatch(watcher_id: c_int, tp: *mut PyObject) -> c_int;
    #[cfg(Py_3_13)]
    pub fn PyUnstable_Type_AssignVersionTag(tp: *mut PyTypeObject) -> c_int;
    #[cfg(Py_3_13)]
    pub fn PyObject_VisitManagedDict(
        obj: *mut PyObject,
        visit: visitproc,
        arg: *mut c_void,
    ) -> c_int;
    #[cfg(Py_3_13)]
    pub fn PyObject_ClearManagedDict(obj: *mut PyObject);
    #[cfg(Py_3_13)]
    pub fn PyUnstable_Object_ClearWeakRefsNoCallbacks(obj: *mut PyObject);
    #[cfg(Py_3_13)]
    pub fn PyRefTracer_SetTracer(tracer: Option<PyRefTracer>, data: *mut c_void) -> c_int;
    #[cfg(Py_3_13)]
    pub fn PyRefTracer_GetTracer(data: *mut *mut c_void) -> Option<PyRefTracer>;
    #[cfg(Py_3_14)]
    pub fn PyUnstable_Object_EnableDeferredRefcount(obj: *mut PyObject) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyUnstable_Object_IsUniqueReferencedTemporary(obj: *mut PyObject) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyUnstable_Object_IsUniquelyReferenced(obj: *mut PyObject) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyUnstable_IsImmortal(obj: *mut PyObject) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyUnstable_TryIncRef(obj: *mut PyObject) -> c_int;
    #[cfg(Py_3_14)]
    pub fn PyUnstable_EnableTryIncRef(obj: *mut PyObject);
    #[cfg(Py_3_15)]
    pub fn PyUnstable_SetImmortal(obj: *mut PyObject) -> c_int;
    #[cfg(Py_3_15)]
    pub fn PyObject_Dump(obj: *mut PyObject);
}
