//! `Include/cpython/unicodeobject.h`: the PEP 393 layout of `str` objects,
//! the fast access macros, the `PyUnicodeWriter` API (3.14+) and the
//! character-type helpers.

use std::ffi::{c_char, c_int, c_uint, c_void};
#[cfg(not(PyPy))]
use std::ptr;

use libc::wchar_t;

use crate::ffi::{Py_UCS1, Py_UCS2, Py_UCS4, Py_hash_t, Py_ssize_t, PyObject};

/// The deprecated code unit of the legacy `str` API (C `Py_UNICODE`), a
/// `wchar_t`.
#[cfg_attr(Py_3_13, deprecated(note = "Python 3.13: use wchar_t"))]
pub type Py_UNICODE = wchar_t;

// ---------------------------------------------------------------------------
// Surrogates
// ---------------------------------------------------------------------------

/// Whether `ch` is a surrogate code point (C `Py_UNICODE_IS_SURROGATE`).
#[inline]
pub fn Py_UNICODE_IS_SURROGATE(ch: Py_UCS4) -> c_int {
    (0xD800..=0xDFFF).contains(&ch) as c_int
}

/// Whether `ch` is a high (leading) surrogate (C
/// `Py_UNICODE_IS_HIGH_SURROGATE`).
#[inline]
pub fn Py_UNICODE_IS_HIGH_SURROGATE(ch: Py_UCS4) -> c_int {
    (0xD800..=0xDBFF).contains(&ch) as c_int
}

/// Whether `ch` is a low (trailing) surrogate (C
/// `Py_UNICODE_IS_LOW_SURROGATE`).
#[inline]
pub fn Py_UNICODE_IS_LOW_SURROGATE(ch: Py_UCS4) -> c_int {
    (0xDC00..=0xDFFF).contains(&ch) as c_int
}

/// The code point encoded by a surrogate pair (C
/// `Py_UNICODE_JOIN_SURROGATES`).
#[inline]
pub fn Py_UNICODE_JOIN_SURROGATES(high: Py_UCS4, low: Py_UCS4) -> Py_UCS4 {
    0x10000 + (((high & 0x03FF) << 10) | (low & 0x03FF))
}

/// The high surrogate of a code point in U+10000..=U+10FFFF (C
/// `Py_UNICODE_HIGH_SURROGATE`).
#[inline]
pub fn Py_UNICODE_HIGH_SURROGATE(ch: Py_UCS4) -> Py_UCS4 {
    0xD800 - (0x10000 >> 10) + (ch >> 10)
}

/// The low surrogate of a code point in U+10000..=U+10FFFF (C
/// `Py_UNICODE_LOW_SURROGATE`).
#[inline]
pub fn Py_UNICODE_LOW_SURROGATE(ch: Py_UCS4) -> Py_UCS4 {
    0xDC00 + (ch & 0x3FF)
}

// ---------------------------------------------------------------------------
// Object layout
// ---------------------------------------------------------------------------

/// PyPy's form of the `state` field of `PyASCIIObject`: one byte per flag
/// instead of a bit-field (C `_PyASCIIObject_state_t`).
#[cfg(PyPy)]
#[repr(C)]
#[derive(Copy, Clone, Debug, Default)]
pub struct _PyASCIIObject_state_t {
    pub interned: u8,
    pub kind: u8,
    pub compact: u8,
    pub ascii: u8,
    pub ready: u8,
}

/// The storage of the `state` bit-field: one 32-bit unit (two with MSVC on
/// free-threaded 3.14+), or PyPy's struct of bytes.
#[cfg(all(not(PyPy), not(all(Py_3_14, Py_GIL_DISABLED, windows))))]
type StateStorage = u32;
#[cfg(all(Py_3_14, Py_GIL_DISABLED, windows))]
type StateStorage = [u32; 2];
#[cfg(PyPy)]
type StateStorage = _PyASCIIObject_state_t;

/// The header of every `str` object; compact ASCII strings store their
/// characters right after it (C `PyASCIIObject`).
#[repr(C)]
#[derive(Debug)]
pub struct PyASCIIObject {
    pub ob_base: PyObject,
    /// Number of code points.
    pub length: Py_ssize_t,
    /// Cached hash, or -1.
    pub hash: Py_hash_t,
    /// The C bit-field `state`; read and write it with the accessor methods
    /// (`interned()`, `kind()`, `compact()`, `ascii()`, `ready()` before
    /// 3.12, `statically_allocated()` since 3.12).
    ///
    /// In declaration order the fields are `interned:2`, `kind:3`,
    /// `compact:1`, `ascii:1`, then `ready:1` (before 3.12) or
    /// `statically_allocated:1` (3.12+), padded to 32 bits. Free-threaded
    /// 3.14+ builds make `interned` a whole `unsigned char` (it is accessed
    /// atomically) followed by the other bit-fields; MSVC starts those in a
    /// second 32-bit unit, hence two words on Windows.
    pub state: StateStorage,
    /// Cached `wchar_t` representation, or null (before 3.12).
    #[cfg(not(Py_3_12))]
    pub wstr: *mut wchar_t,
}

/// A non-ASCII compact string: the characters follow this header (C
/// `PyCompactUnicodeObject`).
#[repr(C)]
#[derive(Debug)]
pub struct PyCompactUnicodeObject {
    pub _base: PyASCIIObject,
    /// Length in bytes of `utf8`, without the terminating NUL.
    pub utf8_length: Py_ssize_t,
    /// Cached UTF-8 representation, or null.
    pub utf8: *mut c_char,
    /// Number of code units in `wstr` (before 3.12).
    #[cfg(not(Py_3_12))]
    pub wstr_length: Py_ssize_t,
}

/// The character buffer of a non-compact string (the C anonymous union
/// `PyUnicodeObject.data`).
#[repr(C)]
#[derive(Copy, Clone)]
pub union PyUnicodeObjectData {
    pub any: *mut c_void,
    pub latin1: *mut Py_UCS1,
    pub ucs2: *mut Py_UCS2,
    pub ucs4: *mut Py_UCS4,
}

impl std::fmt::Debug for PyUnicodeObjectData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // SAFETY: every member is a pointer covering the same bytes.
        write!(f, "{:?}", unsafe { self.any })
    }
}

/// A non-compact ("legacy") string, whose characters live in a separate
/// buffer (C `PyUnicodeObject`); subclasses of `str` use this form.
#[repr(C)]
#[derive(Debug)]
pub struct PyUnicodeObject {
    pub _base: PyCompactUnicodeObject,
    pub data: PyUnicodeObjectData,
}

// ---------------------------------------------------------------------------
// The `state` bit-field
// ---------------------------------------------------------------------------

/// Where one field of `PyASCIIObject.state` lives: the byte of the field
/// storage that holds it, and its shift and width inside that byte. Every
/// field fits in a single byte in every layout.
#[cfg(not(PyPy))]
#[derive(Copy, Clone)]
struct StateField {
    byte: usize,
    shift: u32,
    width: u32,
}

#[cfg(not(PyPy))]
impl StateField {
    /// A field starting `offset` bits into the storage, counted in
    /// allocation order, `width` bits wide. C compilers allocate bit-fields
    /// from the least significant bit on little-endian targets and from the
    /// most significant bit on big-endian targets.
    const fn at(offset: u32, width: u32) -> StateField {
        let in_byte = offset % 8;
        #[cfg(target_endian = "little")]
        let shift = in_byte;
        #[cfg(target_endian = "big")]
        let shift = 8 - in_byte - width;
        StateField {
            byte: (offset / 8) as usize,
            shift,
            width,
        }
    }

    const fn mask(self) -> u8 {
        (((1u32 << self.width) - 1) << self.shift) as u8
    }

    /// Reads the field of the string at `op`.
    #[inline]
    unsafe fn get(self, op: *const PyASCIIObject) -> c_uint {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe {
            let byte = ptr::addr_of!((*op).state)
                .cast::<u8>()
                .add(self.byte)
                .read();
            ((byte & self.mask()) >> self.shift) as c_uint
        }
    }

    /// Writes the field of the string at `op`, leaving the others unchanged.
    #[inline]
    unsafe fn set(self, op: *mut PyASCIIObject, val: c_uint) {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe {
            let p = ptr::addr_of_mut!((*op).state).cast::<u8>().add(self.byte);
            let mask = self.mask();
            p.write((p.read() & !mask) | (((val as u8) << self.shift) & mask));
        }
    }
}

/// Offset of `kind` in the storage; `compact`, `ascii` and the last flag
/// follow it.
#[cfg(all(not(PyPy), not(all(Py_3_14, Py_GIL_DISABLED))))]
const STATE_KIND_OFFSET: u32 = 2;
#[cfg(all(Py_3_14, Py_GIL_DISABLED, not(windows)))]
const STATE_KIND_OFFSET: u32 = 8;
#[cfg(all(Py_3_14, Py_GIL_DISABLED, windows))]
const STATE_KIND_OFFSET: u32 = 32;

#[cfg(all(not(PyPy), not(all(Py_3_14, Py_GIL_DISABLED))))]
const STATE_INTERNED: StateField = StateField::at(0, 2);
#[cfg(all(Py_3_14, Py_GIL_DISABLED))]
const STATE_INTERNED: StateField = StateField::at(0, 8);
#[cfg(not(PyPy))]
const STATE_KIND: StateField = StateField::at(STATE_KIND_OFFSET, 3);
#[cfg(not(PyPy))]
const STATE_COMPACT: StateField = StateField::at(STATE_KIND_OFFSET + 3, 1);
#[cfg(not(PyPy))]
const STATE_ASCII: StateField = StateField::at(STATE_KIND_OFFSET + 4, 1);
/// `ready` before 3.12, `statically_allocated` since.
#[cfg(not(PyPy))]
const STATE_LAST_FLAG: StateField = StateField::at(STATE_KIND_OFFSET + 5, 1);

#[inline]
unsafe fn state_interned(op: *const PyASCIIObject) -> c_uint {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(all(Py_3_14, Py_GIL_DISABLED))]
        {
            // A whole byte, written atomically by other threads.
            let p = ptr::addr_of!((*op).state)
                .cast::<u8>()
                .add(STATE_INTERNED.byte);
            (*p.cast::<std::sync::atomic::AtomicU8>()).load(std::sync::atomic::Ordering::Relaxed)
                as c_uint
        }
        #[cfg(all(not(PyPy), not(all(Py_3_14, Py_GIL_DISABLED))))]
        {
            STATE_INTERNED.get(op)
        }
        #[cfg(PyPy)]
        {
            (*op).state.interned as c_uint
        }
    }
}

#[inline]
unsafe fn set_state_interned(op: *mut PyASCIIObject, val: c_uint) {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(all(Py_3_14, Py_GIL_DISABLED))]
        {
            let p = ptr::addr_of!((*op).state)
                .cast::<u8>()
                .add(STATE_INTERNED.byte);
            (*p.cast::<std::sync::atomic::AtomicU8>())
                .store(val as u8, std::sync::atomic::Ordering::Relaxed)
        }
        #[cfg(all(not(PyPy), not(all(Py_3_14, Py_GIL_DISABLED))))]
        {
            STATE_INTERNED.set(op, val)
        }
        #[cfg(PyPy)]
        {
            (*op).state.interned = val as u8
        }
    }
}

/// Declares the raw getter and setter of one (non-`interned`) state field.
macro_rules! state_field {
    ($get:ident, $set:ident, $cpython:ident, $pypy:ident) => {
        #[inline]
        unsafe fn $get(op: *const PyASCIIObject) -> c_uint {
            // SAFETY: the caller passes what the C API asks for (live objects, attached).
            unsafe {
                #[cfg(not(PyPy))]
                {
                    $cpython.get(op)
                }
                #[cfg(PyPy)]
                {
                    (*op).state.$pypy as c_uint
                }
            }
        }

        #[inline]
        unsafe fn $set(op: *mut PyASCIIObject, val: c_uint) {
            // SAFETY: the caller passes what the C API asks for (live objects, attached).
            unsafe {
                #[cfg(not(PyPy))]
                {
                    $cpython.set(op, val)
                }
                #[cfg(PyPy)]
                {
                    (*op).state.$pypy = val as u8
                }
            }
        }
    };
}

state_field!(state_kind, set_state_kind, STATE_KIND, kind);
state_field!(state_compact, set_state_compact, STATE_COMPACT, compact);
state_field!(state_ascii, set_state_ascii, STATE_ASCII, ascii);
#[cfg(any(not(Py_3_12), PyPy))]
state_field!(state_ready, set_state_ready, STATE_LAST_FLAG, ready);

#[cfg(all(Py_3_12, not(PyPy)))]
#[inline]
unsafe fn state_statically_allocated(op: *const PyASCIIObject) -> c_uint {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { STATE_LAST_FLAG.get(op) }
}

#[cfg(all(Py_3_12, not(PyPy)))]
#[inline]
unsafe fn set_state_statically_allocated(op: *mut PyASCIIObject, val: c_uint) {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { STATE_LAST_FLAG.set(op, val) }
}

/// Accessors of the `state` bit-field. They are `unsafe` because another
/// thread may update the field concurrently (the interpreter writes
/// `interned`).
impl PyASCIIObject {
    /// The `interned` field: one of the `SSTATE_*` constants.
    #[inline]
    pub unsafe fn interned(&self) -> c_uint {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe { state_interned(self) }
    }

    /// Sets the `interned` field (one of the `SSTATE_*` constants).
    #[inline]
    pub unsafe fn set_interned(&mut self, val: c_uint) {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe { set_state_interned(self, val) }
    }

    /// The `kind` field: one of the `PyUnicode_*_KIND` constants.
    #[inline]
    pub unsafe fn kind(&self) -> c_uint {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe { state_kind(self) }
    }

    /// Sets the `kind` field (one of the `PyUnicode_*_KIND` constants).
    #[inline]
    pub unsafe fn set_kind(&mut self, val: c_uint) {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe { set_state_kind(self, val) }
    }

    /// The `compact` flag: 1 when the characters follow the header.
    #[inline]
    pub unsafe fn compact(&self) -> c_uint {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe { state_compact(self) }
    }

    /// Sets the `compact` flag (0 or 1).
    #[inline]
    pub unsafe fn set_compact(&mut self, val: c_uint) {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe { set_state_compact(self, val) }
    }

    /// The `ascii` flag: 1 when every character is below U+0080.
    #[inline]
    pub unsafe fn ascii(&self) -> c_uint {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe { state_ascii(self) }
    }

    /// Sets the `ascii` flag (0 or 1).
    #[inline]
    pub unsafe fn set_ascii(&mut self, val: c_uint) {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe { set_state_ascii(self, val) }
    }

    /// The `ready` flag (before 3.12): 1 once the canonical representation
    /// exists.
    #[cfg(any(not(Py_3_12), PyPy))]
    #[inline]
    pub unsafe fn ready(&self) -> c_uint {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe { state_ready(self) }
    }

    /// Sets the `ready` flag (0 or 1; before 3.12).
    #[cfg(any(not(Py_3_12), PyPy))]
    #[inline]
    pub unsafe fn set_ready(&mut self, val: c_uint) {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe { set_state_ready(self, val) }
    }

    /// The `statically_allocated` flag (3.12+).
    #[cfg(all(Py_3_12, not(PyPy)))]
    #[inline]
    pub unsafe fn statically_allocated(&self) -> c_uint {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe { state_statically_allocated(self) }
    }

    /// Sets the `statically_allocated` flag (0 or 1; 3.12+).
    #[cfg(all(Py_3_12, not(PyPy)))]
    #[inline]
    pub unsafe fn set_statically_allocated(&mut self, val: c_uint) {
        // SAFETY: the caller passes what the C API asks for (live objects, attached).
        unsafe { set_state_statically_allocated(self, val) }
    }
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

/// `interned` value: not interned.
pub const SSTATE_NOT_INTERNED: c_uint = 0;
/// `interned` value: interned (mortal before 3.12).
pub const SSTATE_INTERNED_MORTAL: c_uint = 1;
/// `interned` value: interned and immortal.
pub const SSTATE_INTERNED_IMMORTAL: c_uint = 2;
/// `interned` value: interned, immortal and statically allocated (3.12+).
#[cfg(Py_3_12)]
pub const SSTATE_INTERNED_IMMORTAL_STATIC: c_uint = 3;

/// `kind` of a legacy string whose canonical form is not built yet (before
/// 3.12).
#[cfg(not(Py_3_12))]
pub const PyUnicode_WCHAR_KIND: c_uint = 0;
/// `kind` of strings stored as `Py_UCS1` (Latin-1).
pub const PyUnicode_1BYTE_KIND: c_uint = 1;
/// `kind` of strings stored as `Py_UCS2`.
pub const PyUnicode_2BYTE_KIND: c_uint = 2;
/// `kind` of strings stored as `Py_UCS4`.
pub const PyUnicode_4BYTE_KIND: c_uint = 4;

// ---------------------------------------------------------------------------
// Fast access (C macros and static inline functions)
// ---------------------------------------------------------------------------

/// The `interned` state of a string, one of the `SSTATE_*` constants (C
/// `PyUnicode_CHECK_INTERNED`).
#[inline]
pub unsafe fn PyUnicode_CHECK_INTERNED(op: *mut PyObject) -> c_uint {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { state_interned(op.cast()) }
}

/// Whether the canonical representation of a string exists (C
/// `PyUnicode_IS_READY`); always 1 since 3.12.
#[inline]
pub unsafe fn PyUnicode_IS_READY(op: *mut PyObject) -> c_uint {
    #[cfg(any(not(Py_3_12), PyPy))]
    {
        // SAFETY: `op` is a live `str` (the caller's contract).
        unsafe { state_ready(op.cast()) }
    }
    #[cfg(all(Py_3_12, not(PyPy)))]
    {
        let _ = op;
        1
    }
}

/// Whether a string only holds ASCII characters (C `PyUnicode_IS_ASCII`).
#[inline]
pub unsafe fn PyUnicode_IS_ASCII(op: *mut PyObject) -> c_uint {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { state_ascii(op.cast()) }
}

/// Whether a string is compact, its characters following the header (C
/// `PyUnicode_IS_COMPACT`).
#[inline]
pub unsafe fn PyUnicode_IS_COMPACT(op: *mut PyObject) -> c_uint {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { state_compact(op.cast()) }
}

/// Whether a string is compact and ASCII, i.e. a bare `PyASCIIObject`
/// followed by its characters (C `PyUnicode_IS_COMPACT_ASCII`).
#[inline]
pub unsafe fn PyUnicode_IS_COMPACT_ASCII(op: *mut PyObject) -> c_uint {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (state_ascii(op.cast()) != 0 && PyUnicode_IS_COMPACT(op) != 0) as c_uint }
}

/// The storage kind of a string, one of the `PyUnicode_*_KIND` constants
/// (C `PyUnicode_KIND`).
#[inline]
pub unsafe fn PyUnicode_KIND(op: *mut PyObject) -> c_uint {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { state_kind(op.cast()) }
}

/// The characters of a compact string (C `_PyUnicode_COMPACT_DATA`).
#[inline]
pub unsafe fn _PyUnicode_COMPACT_DATA(op: *mut PyObject) -> *mut c_void {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if PyUnicode_IS_ASCII(op) != 0 {
            op.cast::<PyASCIIObject>().add(1).cast()
        } else {
            op.cast::<PyCompactUnicodeObject>().add(1).cast()
        }
    }
}

/// The character buffer of a non-compact string (C
/// `_PyUnicode_NONCOMPACT_DATA`).
#[inline]
pub unsafe fn _PyUnicode_NONCOMPACT_DATA(op: *mut PyObject) -> *mut c_void {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*op.cast::<PyUnicodeObject>()).data.any }
}

/// The characters of a string, in its storage kind (C `PyUnicode_DATA`).
#[inline]
pub unsafe fn PyUnicode_DATA(op: *mut PyObject) -> *mut c_void {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if PyUnicode_IS_COMPACT(op) != 0 {
            _PyUnicode_COMPACT_DATA(op)
        } else {
            _PyUnicode_NONCOMPACT_DATA(op)
        }
    }
}

/// The characters of a 1-byte-kind string (C `PyUnicode_1BYTE_DATA`).
#[inline]
pub unsafe fn PyUnicode_1BYTE_DATA(op: *mut PyObject) -> *mut Py_UCS1 {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyUnicode_DATA(op).cast() }
}

/// The characters of a 2-byte-kind string (C `PyUnicode_2BYTE_DATA`).
#[inline]
pub unsafe fn PyUnicode_2BYTE_DATA(op: *mut PyObject) -> *mut Py_UCS2 {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyUnicode_DATA(op).cast() }
}

/// The characters of a 4-byte-kind string (C `PyUnicode_4BYTE_DATA`).
#[inline]
pub unsafe fn PyUnicode_4BYTE_DATA(op: *mut PyObject) -> *mut Py_UCS4 {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyUnicode_DATA(op).cast() }
}

/// The length of a string in code points (C `PyUnicode_GET_LENGTH`).
#[inline]
pub unsafe fn PyUnicode_GET_LENGTH(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { (*op.cast::<PyASCIIObject>()).length }
}

/// The cached hash of a string, or -1 when not computed yet (C
/// `PyUnstable_Unicode_GET_CACHED_HASH`, 3.15+).
#[cfg(Py_3_15)]
#[inline]
pub unsafe fn PyUnstable_Unicode_GET_CACHED_HASH(op: *mut PyObject) -> Py_hash_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(Py_GIL_DISABLED)]
        {
            (*ptr::addr_of!((*op.cast::<PyASCIIObject>()).hash)
                .cast::<std::sync::atomic::AtomicIsize>())
            .load(std::sync::atomic::Ordering::Relaxed)
        }
        #[cfg(not(Py_GIL_DISABLED))]
        {
            (*op.cast::<PyASCIIObject>()).hash
        }
    }
}

/// Writes code point `value` at `index` of a buffer of the given kind (C
/// `PyUnicode_WRITE`).
#[inline]
pub unsafe fn PyUnicode_WRITE(kind: c_int, data: *mut c_void, index: Py_ssize_t, value: Py_UCS4) {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if kind == PyUnicode_1BYTE_KIND as c_int {
            *data.cast::<Py_UCS1>().offset(index) = value as Py_UCS1;
        } else if kind == PyUnicode_2BYTE_KIND as c_int {
            *data.cast::<Py_UCS2>().offset(index) = value as Py_UCS2;
        } else {
            *data.cast::<Py_UCS4>().offset(index) = value;
        }
    }
}

/// Reads the code point at `index` of a buffer of the given kind (C
/// `PyUnicode_READ`).
#[inline]
pub unsafe fn PyUnicode_READ(kind: c_int, data: *const c_void, index: Py_ssize_t) -> Py_UCS4 {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if kind == PyUnicode_1BYTE_KIND as c_int {
            *data.cast::<Py_UCS1>().offset(index) as Py_UCS4
        } else if kind == PyUnicode_2BYTE_KIND as c_int {
            *data.cast::<Py_UCS2>().offset(index) as Py_UCS4
        } else {
            *data.cast::<Py_UCS4>().offset(index)
        }
    }
}

/// Reads the code point at `index` of a string (C `PyUnicode_READ_CHAR`).
#[inline]
pub unsafe fn PyUnicode_READ_CHAR(unicode: *mut PyObject, index: Py_ssize_t) -> Py_UCS4 {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        PyUnicode_READ(
            PyUnicode_KIND(unicode) as c_int,
            PyUnicode_DATA(unicode),
            index,
        )
    }
}

/// An upper bound of the code points of a string, from its kind (C
/// `PyUnicode_MAX_CHAR_VALUE`).
#[inline]
pub unsafe fn PyUnicode_MAX_CHAR_VALUE(op: *mut PyObject) -> Py_UCS4 {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if PyUnicode_IS_ASCII(op) != 0 {
            return 0x7F;
        }
        match PyUnicode_KIND(op) {
            PyUnicode_1BYTE_KIND => 0xFF,
            PyUnicode_2BYTE_KIND => 0xFFFF,
            _ => 0x10FFFF,
        }
    }
}

/// Builds the canonical representation of a legacy string if needed (C
/// `PyUnicode_READY`); does nothing since 3.12. Returns 0, or -1 with an
/// exception set.
#[inline]
pub unsafe fn PyUnicode_READY(op: *mut PyObject) -> c_int {
    #[cfg(any(not(Py_3_12), PyPy))]
    {
        // SAFETY: `op` is a live `str` and the thread is attached (the
        // caller's contract).
        unsafe {
            if PyUnicode_IS_READY(op) != 0 {
                0
            } else {
                _PyUnicode_Ready(op)
            }
        }
    }
    #[cfg(all(Py_3_12, not(PyPy)))]
    {
        let _ = op;
        0
    }
}

// ---------------------------------------------------------------------------
// Legacy wchar_t representation (before 3.12, PEP 623)
// ---------------------------------------------------------------------------

/// Length of the cached `wchar_t` representation (C
/// `PyUnicode_WSTR_LENGTH`).
#[cfg(not(Py_3_12))]
#[deprecated(note = "Python 3.3: part of the PEP 623 API removed in 3.12")]
#[inline]
pub unsafe fn PyUnicode_WSTR_LENGTH(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if PyUnicode_IS_COMPACT_ASCII(op) != 0 {
            (*op.cast::<PyASCIIObject>()).length
        } else {
            (*op.cast::<PyCompactUnicodeObject>()).wstr_length
        }
    }
}

/// Length of the `wchar_t` representation, building it if needed (C
/// `PyUnicode_GET_SIZE`).
#[cfg(not(Py_3_12))]
#[deprecated(note = "Python 3.3: use PyUnicode_GET_LENGTH")]
#[inline]
#[allow(deprecated)]
pub unsafe fn PyUnicode_GET_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if (*op.cast::<PyASCIIObject>()).wstr.is_null() {
            PyUnicode_AsUnicode(op);
        }
        PyUnicode_WSTR_LENGTH(op)
    }
}

/// Size in bytes of the `wchar_t` representation (C
/// `PyUnicode_GET_DATA_SIZE`).
#[cfg(not(Py_3_12))]
#[deprecated(note = "Python 3.3: use PyUnicode_GET_LENGTH")]
#[inline]
#[allow(deprecated)]
pub unsafe fn PyUnicode_GET_DATA_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyUnicode_GET_SIZE(op) * std::mem::size_of::<wchar_t>() as Py_ssize_t }
}

/// The `wchar_t` representation, built if needed (C `PyUnicode_AS_UNICODE`).
#[cfg(not(Py_3_12))]
#[deprecated(note = "Python 3.3: use PyUnicode_DATA or PyUnicode_AsWideCharString")]
#[inline]
#[allow(deprecated)]
pub unsafe fn PyUnicode_AS_UNICODE(op: *mut PyObject) -> *mut wchar_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let wstr = (*op.cast::<PyASCIIObject>()).wstr;
        if !wstr.is_null() {
            wstr
        } else {
            PyUnicode_AsUnicode(op)
        }
    }
}

/// The `wchar_t` representation as bytes (C `PyUnicode_AS_DATA`).
#[cfg(not(Py_3_12))]
#[deprecated(note = "Python 3.3: use PyUnicode_DATA or PyUnicode_AsWideCharString")]
#[inline]
#[allow(deprecated)]
pub unsafe fn PyUnicode_AS_DATA(op: *mut PyObject) -> *const c_char {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyUnicode_AS_UNICODE(op).cast() }
}

unsafe extern "C" {
    #[cfg(any(not(Py_3_12), PyPy))]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_Ready")]
    pub fn _PyUnicode_Ready(unicode: *mut PyObject) -> c_int;

    #[cfg(not(Py_3_12))]
    #[deprecated(note = "Python 3.3: use PyUnicode_FromKindAndData or PyUnicode_FromWideChar")]
    #[cfg_attr(PyPy, link_name = "PyPyUnicode_FromUnicode")]
    pub fn PyUnicode_FromUnicode(u: *const wchar_t, size: Py_ssize_t) -> *mut PyObject;
    #[cfg(not(Py_3_12))]
    #[deprecated(note = "Python 3.3: use PyUnicode_AsWideCharString")]
    #[cfg_attr(PyPy, link_name = "PyPyUnicode_AsUnicode")]
    pub fn PyUnicode_AsUnicode(unicode: *mut PyObject) -> *mut wchar_t;
    #[cfg(not(Py_3_12))]
    #[deprecated(note = "Python 3.3: use PyUnicode_AsWideCharString")]
    #[cfg_attr(PyPy, link_name = "PyPyUnicode_AsUnicodeAndSize")]
    pub fn PyUnicode_AsUnicodeAndSize(
        unicode: *mut PyObject,
        size: *mut Py_ssize_t,
    ) -> *mut wchar_t;
    #[cfg(not(Py_3_10))]
    #[deprecated(note = "Python 3.3: use PyUnicode_AsWideCharString")]
    pub fn PyUnicode_AsUnicodeCopy(unicode: *mut PyObject) -> *mut wchar_t;
    #[cfg(not(Py_3_10))]
    #[deprecated(note = "Python 3.3: PEP 393 strings have no fixed maximum")]
    pub fn PyUnicode_GetMax() -> wchar_t;
}

// ---------------------------------------------------------------------------
// Functions
// ---------------------------------------------------------------------------

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyUnicode_New")]
    pub fn PyUnicode_New(size: Py_ssize_t, maxchar: Py_UCS4) -> *mut PyObject;
    #[cfg(not(PyPy))]
    pub fn PyUnicode_CopyCharacters(
        to: *mut PyObject,
        to_start: Py_ssize_t,
        from: *mut PyObject,
        from_start: Py_ssize_t,
        how_many: Py_ssize_t,
    ) -> Py_ssize_t;
    #[cfg(not(PyPy))]
    pub fn PyUnicode_Fill(
        unicode: *mut PyObject,
        start: Py_ssize_t,
        length: Py_ssize_t,
        fill_char: Py_UCS4,
    ) -> Py_ssize_t;
    #[cfg_attr(PyPy, link_name = "PyPyUnicode_FromKindAndData")]
    pub fn PyUnicode_FromKindAndData(
        kind: c_int,
        buffer: *const c_void,
        size: Py_ssize_t,
    ) -> *mut PyObject;

    /// The UTF-8 buffer is cached in the object and lives as long as it.
    #[cfg_attr(PyPy, link_name = "PyPyUnicode_AsUTF8")]
    pub fn PyUnicode_AsUTF8(unicode: *mut PyObject) -> *const c_char;
}

/// Old name of `PyUnicode_AsUTF8` (C `_PyUnicode_AsString`).
#[cfg_attr(Py_3_14, deprecated(note = "Python 3.14: use PyUnicode_AsUTF8"))]
#[inline]
pub unsafe fn _PyUnicode_AsString(unicode: *mut PyObject) -> *const c_char {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyUnicode_AsUTF8(unicode) }
}

// Encoders of Py_UNICODE buffers, removed in 3.11 (PEP 624).
#[cfg(not(Py_3_11))]
unsafe extern "C" {
    #[deprecated(note = "Python 3.3: use PyUnicode_AsEncodedString")]
    #[cfg_attr(PyPy, link_name = "PyPyUnicode_Encode")]
    pub fn PyUnicode_Encode(
        s: *const wchar_t,
        size: Py_ssize_t,
        encoding: *const c_char,
        errors: *const c_char,
    ) -> *mut PyObject;
    #[deprecated(note = "Python 3.3: use PyUnicode_AsEncodedString")]
    pub fn PyUnicode_EncodeUTF7(
        data: *const wchar_t,
        length: Py_ssize_t,
        base64SetO: c_int,
        base64WhiteSpace: c_int,
        errors: *const c_char,
    ) -> *mut PyObject;
    #[deprecated(note = "Python 3.3: use PyUnicode_AsUTF8String")]
    #[cfg_attr(PyPy, link_name = "PyPyUnicode_EncodeUTF8")]
    pub fn PyUnicode_EncodeUTF8(
        data: *const wchar_t,
        length: Py_ssize_t,
        errors: *const c_char,
    ) -> *mut PyObject;
    #[deprecated(note = "Python 3.3: use PyUnicode_AsUTF32String")]
    pub fn PyUnicode_EncodeUTF32(
        data: *const wchar_t,
        length: Py_ssize_t,
        errors: *const c_char,
        byteorder: c_int,
    ) -> *mut PyObject;
    #[deprecated(note = "Python 3.3: use PyUnicode_AsUTF16String")]
    pub fn PyUnicode_EncodeUTF16(
        data: *const wchar_t,
        length: Py_ssize_t,
        errors: *const c_char,
        byteorder: c_int,
    ) -> *mut PyObject;
    #[deprecated(note = "Python 3.3: use PyUnicode_AsUnicodeEscapeString")]
    pub fn PyUnicode_EncodeUnicodeEscape(data: *const wchar_t, length: Py_ssize_t)
    -> *mut PyObject;
    #[deprecated(note = "Python 3.3: use PyUnicode_AsRawUnicodeEscapeString")]
    pub fn PyUnicode_EncodeRawUnicodeEscape(
        data: *const wchar_t,
        length: Py_ssize_t,
    ) -> *mut PyObject;
    #[deprecated(note = "Python 3.3: use PyUnicode_AsLatin1String")]
    #[cfg_attr(PyPy, link_name = "PyPyUnicode_EncodeLatin1")]
    pub fn PyUnicode_EncodeLatin1(
        data: *const wchar_t,
        length: Py_ssize_t,
        errors: *const c_char,
    ) -> *mut PyObject;
    #[deprecated(note = "Python 3.3: use PyUnicode_AsASCIIString")]
    #[cfg_attr(PyPy, link_name = "PyPyUnicode_EncodeASCII")]
    pub fn PyUnicode_EncodeASCII(
        data: *const wchar_t,
        length: Py_ssize_t,
        errors: *const c_char,
    ) -> *mut PyObject;
    #[deprecated(note = "Python 3.3: use PyUnicode_AsCharmapString")]
    pub fn PyUnicode_EncodeCharmap(
        data: *const wchar_t,
        length: Py_ssize_t,
        mapping: *mut PyObject,
        errors: *const c_char,
    ) -> *mut PyObject;
    #[deprecated(note = "Python 3.3: use PyUnicode_Translate")]
    pub fn PyUnicode_TranslateCharmap(
        data: *const wchar_t,
        length: Py_ssize_t,
        table: *mut PyObject,
        errors: *const c_char,
    ) -> *mut PyObject;
    #[deprecated(note = "Python 3.3")]
    #[cfg_attr(PyPy, link_name = "PyPyUnicode_EncodeDecimal")]
    pub fn PyUnicode_EncodeDecimal(
        s: *mut wchar_t,
        length: Py_ssize_t,
        output: *mut c_char,
        errors: *const c_char,
    ) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyUnicode_TransformDecimalToASCII")]
    pub fn PyUnicode_TransformDecimalToASCII(s: *mut wchar_t, length: Py_ssize_t) -> *mut PyObject;
}

// ---------------------------------------------------------------------------
// PyUnicodeWriter (3.14+)
// ---------------------------------------------------------------------------

#[cfg(Py_3_14)]
opaque_struct!(
    /// A builder of `str` objects (C `PyUnicodeWriter`).
    pub PyUnicodeWriter
);

#[cfg(Py_3_14)]
unsafe extern "C" {
    pub fn PyUnicodeWriter_Create(length: Py_ssize_t) -> *mut PyUnicodeWriter;
    pub fn PyUnicodeWriter_Discard(writer: *mut PyUnicodeWriter);
    pub fn PyUnicodeWriter_Finish(writer: *mut PyUnicodeWriter) -> *mut PyObject;
    pub fn PyUnicodeWriter_WriteChar(writer: *mut PyUnicodeWriter, ch: Py_UCS4) -> c_int;
    pub fn PyUnicodeWriter_WriteUTF8(
        writer: *mut PyUnicodeWriter,
        str: *const c_char,
        size: Py_ssize_t,
    ) -> c_int;
    pub fn PyUnicodeWriter_WriteASCII(
        writer: *mut PyUnicodeWriter,
        str: *const c_char,
        size: Py_ssize_t,
    ) -> c_int;
    pub fn PyUnicodeWriter_WriteWideChar(
        writer: *mut PyUnicodeWriter,
        str: *const wchar_t,
        size: Py_ssize_t,
    ) -> c_int;
    pub fn PyUnicodeWriter_WriteUCS4(
        writer: *mut PyUnicodeWriter,
        str: *const Py_UCS4,
        size: Py_ssize_t,
    ) -> c_int;
    pub fn PyUnicodeWriter_WriteStr(writer: *mut PyUnicodeWriter, obj: *mut PyObject) -> c_int;
    pub fn PyUnicodeWriter_WriteRepr(writer: *mut PyUnicodeWriter, obj: *mut PyObject) -> c_int;
    pub fn PyUnicodeWriter_WriteSubstring(
        writer: *mut PyUnicodeWriter,
        str: *mut PyObject,
        start: Py_ssize_t,
        end: Py_ssize_t,
    ) -> c_int;
    pub fn PyUnicodeWriter_Format(
        writer: *mut PyUnicodeWriter,
        format: *const c_char,
        ...
    ) -> c_int;
    pub fn PyUnicodeWriter_DecodeUTF8Stateful(
        writer: *mut PyUnicodeWriter,
        string: *const c_char,
        length: Py_ssize_t,
        errors: *const c_char,
        consumed: *mut Py_ssize_t,
    ) -> c_int;
}

// ---------------------------------------------------------------------------
// Character types (Objects/unicodectype.c)
// ---------------------------------------------------------------------------

#[cfg(not(PyPy))]
unsafe extern "C" {
    /// Nonzero at the ASCII whitespace code points (used by
    /// `Py_UNICODE_ISSPACE`).
    pub static _Py_ascii_whitespace: [u8; 128];

    pub fn _PyUnicode_IsLowercase(ch: Py_UCS4) -> c_int;
    pub fn _PyUnicode_IsUppercase(ch: Py_UCS4) -> c_int;
    pub fn _PyUnicode_IsTitlecase(ch: Py_UCS4) -> c_int;
    pub fn _PyUnicode_IsWhitespace(ch: Py_UCS4) -> c_int;
    pub fn _PyUnicode_IsLinebreak(ch: Py_UCS4) -> c_int;
    pub fn _PyUnicode_ToLowercase(ch: Py_UCS4) -> Py_UCS4;
    pub fn _PyUnicode_ToUppercase(ch: Py_UCS4) -> Py_UCS4;
    pub fn _PyUnicode_ToTitlecase(ch: Py_UCS4) -> Py_UCS4;
    pub fn _PyUnicode_ToDecimalDigit(ch: Py_UCS4) -> c_int;
    pub fn _PyUnicode_ToDigit(ch: Py_UCS4) -> c_int;
    pub fn _PyUnicode_ToNumeric(ch: Py_UCS4) -> f64;
    pub fn _PyUnicode_IsDecimalDigit(ch: Py_UCS4) -> c_int;
    pub fn _PyUnicode_IsDigit(ch: Py_UCS4) -> c_int;
    pub fn _PyUnicode_IsNumeric(ch: Py_UCS4) -> c_int;
    pub fn _PyUnicode_IsPrintable(ch: Py_UCS4) -> c_int;
    pub fn _PyUnicode_IsAlpha(ch: Py_UCS4) -> c_int;
}

/// Whether `ch` is lowercase (C `Py_UNICODE_ISLOWER`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_ISLOWER(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_IsLowercase(ch) }
}

/// Whether `ch` is uppercase (C `Py_UNICODE_ISUPPER`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_ISUPPER(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_IsUppercase(ch) }
}

/// Whether `ch` is titlecase (C `Py_UNICODE_ISTITLE`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_ISTITLE(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_IsTitlecase(ch) }
}

/// Whether `ch` is a line break (C `Py_UNICODE_ISLINEBREAK`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_ISLINEBREAK(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_IsLinebreak(ch) }
}

/// `ch` in lowercase (C `Py_UNICODE_TOLOWER`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_TOLOWER(ch: Py_UCS4) -> Py_UCS4 {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_ToLowercase(ch) }
}

/// `ch` in uppercase (C `Py_UNICODE_TOUPPER`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_TOUPPER(ch: Py_UCS4) -> Py_UCS4 {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_ToUppercase(ch) }
}

/// `ch` in titlecase (C `Py_UNICODE_TOTITLE`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_TOTITLE(ch: Py_UCS4) -> Py_UCS4 {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_ToTitlecase(ch) }
}

/// Whether `ch` is a decimal digit (C `Py_UNICODE_ISDECIMAL`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_ISDECIMAL(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_IsDecimalDigit(ch) }
}

/// Whether `ch` is a digit (C `Py_UNICODE_ISDIGIT`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_ISDIGIT(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_IsDigit(ch) }
}

/// Whether `ch` is numeric (C `Py_UNICODE_ISNUMERIC`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_ISNUMERIC(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_IsNumeric(ch) }
}

/// Whether `ch` is printable (C `Py_UNICODE_ISPRINTABLE`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_ISPRINTABLE(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_IsPrintable(ch) }
}

/// The decimal value of `ch`, or -1 (C `Py_UNICODE_TODECIMAL`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_TODECIMAL(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_ToDecimalDigit(ch) }
}

/// The digit value of `ch`, or -1 (C `Py_UNICODE_TODIGIT`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_TODIGIT(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_ToDigit(ch) }
}

/// The numeric value of `ch`, or -1.0 (C `Py_UNICODE_TONUMERIC`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_TONUMERIC(ch: Py_UCS4) -> f64 {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_ToNumeric(ch) }
}

/// Whether `ch` is alphabetic (C `Py_UNICODE_ISALPHA`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_ISALPHA(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyUnicode_IsAlpha(ch) }
}

/// Whether `ch` is whitespace (C `Py_UNICODE_ISSPACE`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_ISSPACE(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if ch < 128 {
            // `_Py_ascii_whitespace` has one entry per ASCII code point.
            (*ptr::addr_of!(_Py_ascii_whitespace))[ch as usize] as c_int
        } else {
            _PyUnicode_IsWhitespace(ch)
        }
    }
}

/// Whether `ch` is alphanumeric (C `Py_UNICODE_ISALNUM`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn Py_UNICODE_ISALNUM(ch: Py_UCS4) -> c_int {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        (Py_UNICODE_ISALPHA(ch) != 0
            || Py_UNICODE_ISDECIMAL(ch) != 0
            || Py_UNICODE_ISDIGIT(ch) != 0
            || Py_UNICODE_ISNUMERIC(ch) != 0) as c_int
    }
}
