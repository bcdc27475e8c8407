//! `Include/cpython/pyhash.h`: the hash helpers of the full API and the
//! description of the string hash algorithm.

use std::ffi::{c_char, c_int, c_void};

#[cfg(all(Py_3_10, not(PyPy)))]
use crate::ffi::PyObject;
use crate::ffi::{Py_hash_t, Py_ssize_t};

/// Prime multiplier used in string and various other hashes (3.13+).
#[cfg(Py_3_13)]
pub const PyHASH_MULTIPLIER: std::ffi::c_ulong = 1000003;
/// Number of bits of the numeric-hash modulus (3.13+).
#[cfg(all(Py_3_13, target_pointer_width = "64"))]
pub const PyHASH_BITS: c_int = 61;
/// Number of bits of the numeric-hash modulus (3.13+).
#[cfg(all(Py_3_13, not(target_pointer_width = "64")))]
pub const PyHASH_BITS: c_int = 31;
/// The numeric-hash modulus, `2**PyHASH_BITS - 1` (3.13+).
#[cfg(Py_3_13)]
pub const PyHASH_MODULUS: usize = (1 << PyHASH_BITS) - 1;
/// `hash(float('inf'))` (3.13+).
#[cfg(Py_3_13)]
pub const PyHASH_INF: c_int = 314159;
/// Multiplier of the imaginary part in `hash(complex)` (3.13+).
#[cfg(Py_3_13)]
pub const PyHASH_IMAG: std::ffi::c_ulong = PyHASH_MULTIPLIER;

/// Description of the string hash algorithm in use (C `PyHash_FuncDef`).
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PyHash_FuncDef {
    pub hash: Option<unsafe extern "C" fn(arg1: *const c_void, arg2: Py_ssize_t) -> Py_hash_t>,
    pub name: *const c_char,
    pub hash_bits: c_int,
    pub seed_bits: c_int,
}

#[cfg(not(PyPy))]
unsafe extern "C" {
    pub fn PyHash_GetFuncDef() -> *mut PyHash_FuncDef;

    #[cfg(not(Py_3_10))]
    pub fn _Py_HashDouble(v: f64) -> Py_hash_t;
    /// Since 3.10 the object is needed to hash NaN by identity.
    #[cfg(Py_3_10)]
    pub fn _Py_HashDouble(inst: *mut PyObject, v: f64) -> Py_hash_t;

    #[cfg(not(Py_3_13))]
    pub fn _Py_HashPointer(ptr: *const c_void) -> Py_hash_t;
    #[cfg(not(Py_3_12))]
    pub fn _Py_HashPointerRaw(ptr: *const c_void) -> Py_hash_t;
    #[cfg(not(Py_3_12))]
    pub fn _Py_HashBytes(src: *const c_void, len: Py_ssize_t) -> Py_hash_t;

    #[cfg(Py_3_13)]
    pub fn Py_HashPointer(ptr: *const c_void) -> Py_hash_t;
    #[cfg(Py_3_13)]
    pub fn PyObject_GenericHash(op: *mut PyObject) -> Py_hash_t;
    #[cfg(Py_3_14)]
    pub fn Py_HashBuffer(ptr: *const c_void, len: Py_ssize_t) -> Py_hash_t;
}

/// Old name of `Py_HashPointer` (C `_Py_HashPointer`, an alias since 3.13).
#[cfg(all(Py_3_13, not(PyPy)))]
#[cfg_attr(Py_3_14, deprecated(note = "Python 3.14: use Py_HashPointer"))]
#[inline]
pub unsafe fn _Py_HashPointer(ptr: *const c_void) -> Py_hash_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { Py_HashPointer(ptr) }
}
