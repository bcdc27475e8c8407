//! `Include/pyhash.h`: hash-algorithm identifiers and the constants of the
//! numeric hash.
//!
//! The hash functions and `PyHash_FuncDef` are in `cpython/pyhash.rs`.

use std::ffi::c_int;

// Identifiers of the string hash algorithms (`Py_HASH_ALGORITHM` is one of
// them, chosen when CPython is configured).

pub const Py_HASH_EXTERNAL: c_int = 0;
pub const Py_HASH_SIPHASH24: c_int = 1;
pub const Py_HASH_FNV: c_int = 2;
/// SipHash-1-3, the default since 3.11.
#[cfg(Py_3_11)]
pub const Py_HASH_SIPHASH13: c_int = 3;

// The numeric hash reduces modulo the prime 2**_PyHASH_BITS - 1. Up to 3.12
// these constants were visible to the limited API; since 3.13 they live in
// cpython/pyhash.h as aliases of the public `PyHASH_*` names.

/// Prime multiplier used in string and various other hashes.
#[cfg(any(not(Py_3_13), not(Py_LIMITED_API)))]
pub const _PyHASH_MULTIPLIER: std::ffi::c_ulong = 1000003;
/// Number of bits of the numeric-hash modulus.
#[cfg(all(any(not(Py_3_13), not(Py_LIMITED_API)), target_pointer_width = "64"))]
pub const _PyHASH_BITS: c_int = 61;
/// Number of bits of the numeric-hash modulus.
#[cfg(all(
    any(not(Py_3_13), not(Py_LIMITED_API)),
    not(target_pointer_width = "64")
))]
pub const _PyHASH_BITS: c_int = 31;
/// The numeric-hash modulus, `2**_PyHASH_BITS - 1`.
#[cfg(any(not(Py_3_13), not(Py_LIMITED_API)))]
pub const _PyHASH_MODULUS: usize = (1 << _PyHASH_BITS) - 1;
/// `hash(float('inf'))`.
#[cfg(any(not(Py_3_13), not(Py_LIMITED_API)))]
pub const _PyHASH_INF: c_int = 314159;
/// `hash(float('nan'))` before 3.10 (NaN hashes depend on identity since;
/// PyPy still defines it).
#[cfg(any(not(Py_3_10), PyPy))]
pub const _PyHASH_NAN: c_int = 0;
/// Multiplier of the imaginary part in `hash(complex)`.
#[cfg(any(not(Py_3_13), not(Py_LIMITED_API)))]
pub const _PyHASH_IMAG: std::ffi::c_ulong = _PyHASH_MULTIPLIER;
