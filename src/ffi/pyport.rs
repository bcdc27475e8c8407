//! `Include/pyport.h`: the integer types the C API is written in.

/// C `Py_ssize_t`: a signed size, as wide as a pointer.
pub type Py_ssize_t = isize;
/// C `Py_hash_t`: the signed result of `hash()`.
pub type Py_hash_t = Py_ssize_t;
/// C `Py_uhash_t`: the unsigned form of `Py_hash_t`.
pub type Py_uhash_t = usize;
/// C `Py_intptr_t`.
pub type Py_intptr_t = isize;
/// C `Py_uintptr_t`.
pub type Py_uintptr_t = usize;

pub type PY_UINT32_T = u32;
pub type PY_UINT64_T = u64;
pub type PY_INT32_T = i32;
pub type PY_INT64_T = i64;

/// Largest value of a `Py_ssize_t` (C `PY_SSIZE_T_MAX`).
pub const PY_SSIZE_T_MAX: Py_ssize_t = isize::MAX;
/// Smallest value of a `Py_ssize_t` (C `PY_SSIZE_T_MIN`).
pub const PY_SSIZE_T_MIN: Py_ssize_t = isize::MIN;

/// C `INT_MAX`.
pub const INT_MAX: std::ffi::c_int = std::ffi::c_int::MAX;

/// 1 on big-endian targets (C `PY_BIG_ENDIAN`).
#[cfg(target_endian = "big")]
pub const PY_BIG_ENDIAN: usize = 1;
#[cfg(target_endian = "big")]
pub const PY_LITTLE_ENDIAN: usize = 0;
/// 1 on little-endian targets (C `PY_LITTLE_ENDIAN`).
#[cfg(target_endian = "little")]
pub const PY_LITTLE_ENDIAN: usize = 1;
#[cfg(target_endian = "little")]
pub const PY_BIG_ENDIAN: usize = 0;
