//! `Include/slots.h` (3.15+): the generic `PySlot` used by
//! `PyType_FromSlots` and `PyModule_FromSlotsAndSpec`.

use std::ffi::{c_int, c_void};
use std::ptr;

use crate::ffi::Py_ssize_t;

/// An untyped function pointer (C `_Py_funcptr_t`).
pub type _Py_funcptr_t = unsafe extern "C" fn();

/// The reserved 32 bits of a `PySlot` (must be zero).
#[repr(C)]
#[derive(Copy, Clone)]
pub union _anon_union_32b {
    pub sl_reserved: u32,
}

/// The value of a `PySlot`.
#[repr(C)]
#[derive(Copy, Clone)]
pub union _anon_union_64b {
    pub sl_ptr: *mut c_void,
    pub sl_func: Option<_Py_funcptr_t>,
    pub sl_size: Py_ssize_t,
    pub sl_int64: i64,
    pub sl_uint64: u64,
}

/// One slot: an id (`Py_tp_*`, `Py_mod_*`, ...), flags and a value.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct PySlot {
    pub sl_id: u16,
    pub sl_flags: u16,
    pub anon1: _anon_union_32b,
    pub anon2: _anon_union_64b,
}

/// The slot may be ignored by interpreters that do not know it.
pub const PySlot_OPTIONAL: u16 = 0x01;
/// The value is static data that outlives the type or module.
pub const PySlot_STATIC: u16 = 0x02;
/// The value is a data pointer (not a function).
pub const PySlot_INTPTR: u16 = 0x04;
/// An id no slot has.
pub const Py_slot_invalid: u16 = 0xffff;

const fn slot(id: c_int, flags: u16, value: _anon_union_64b) -> PySlot {
    PySlot {
        sl_id: id as u16,
        sl_flags: flags,
        anon1: _anon_union_32b { sl_reserved: 0 },
        anon2: value,
    }
}

/// A data-pointer slot (C `PySlot_DATA`).
pub const fn PySlot_DATA(name: c_int, value: *mut c_void) -> PySlot {
    slot(name, PySlot_INTPTR, _anon_union_64b { sl_ptr: value })
}

/// A function slot (C `PySlot_FUNC`).
pub const fn PySlot_FUNC(name: c_int, value: *mut c_void) -> PySlot {
    slot(name, 0, _anon_union_64b { sl_ptr: value })
}

/// A size slot (C `PySlot_SIZE`).
pub const fn PySlot_SIZE(name: c_int, value: Py_ssize_t) -> PySlot {
    slot(name, 0, _anon_union_64b { sl_size: value })
}

/// A signed 64-bit slot (C `PySlot_INT64`).
pub const fn PySlot_INT64(name: c_int, value: i64) -> PySlot {
    slot(name, 0, _anon_union_64b { sl_int64: value })
}

/// An unsigned 64-bit slot (C `PySlot_UINT64`).
pub const fn PySlot_UINT64(name: c_int, value: u64) -> PySlot {
    slot(name, 0, _anon_union_64b { sl_uint64: value })
}

/// A static-data slot (C `PySlot_STATIC_DATA`).
pub const fn PySlot_STATIC_DATA(name: c_int, value: *mut c_void) -> PySlot {
    slot(name, PySlot_STATIC, _anon_union_64b { sl_ptr: value })
}

/// A pointer slot (C `PySlot_PTR`).
pub const fn PySlot_PTR(name: c_int, value: *mut c_void) -> PySlot {
    slot(name, PySlot_INTPTR, _anon_union_64b { sl_ptr: value })
}

/// A static pointer slot (C `PySlot_PTR_STATIC`).
pub const fn PySlot_PTR_STATIC(name: c_int, value: *mut c_void) -> PySlot {
    slot(
        name,
        PySlot_INTPTR | PySlot_STATIC,
        _anon_union_64b { sl_ptr: value },
    )
}

/// The slot that ends an array (C `PySlot_END`).
pub const fn PySlot_END() -> PySlot {
    slot(
        0,
        0,
        _anon_union_64b {
            sl_ptr: ptr::null_mut(),
        },
    )
}
