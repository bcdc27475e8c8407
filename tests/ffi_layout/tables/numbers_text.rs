//! Layout table of the `numbers_text` FFI group (see `core.rs` for the format):
//! longobject.h, floatobject.h, complexobject.h, boolobject.h,
//! unicodeobject.h, bytesobject.h, bytearrayobject.h, pystrtod.h, codecs.h,
//! pyhash.h (and their `cpython/` halves).

use crate::harness::{Check, constants, structs};

pub fn checks(out: &mut Vec<Check>) {
    #[cfg(not(Py_LIMITED_API))]
    unicode_state_bits(out);
    structs! { out;
        #[cfg(all(Py_3_14, any(Py_3_15, not(Py_LIMITED_API))))]
        PyLongLayout { bits_per_digit, digit_size, digits_order, digit_endianness }
        #[cfg(all(Py_3_14, any(Py_3_15, not(Py_LIMITED_API))))]
        PyLongExport { value, negative, ndigits, digits }
        #[cfg(not(Py_LIMITED_API))]
        PyFloatObject { ob_base, ob_fval }
        #[cfg(not(Py_LIMITED_API))]
        Py_complex { real, imag }
        #[cfg(not(Py_LIMITED_API))]
        PyComplexObject { ob_base, cval }
        #[cfg(not(Py_LIMITED_API))]
        PyHash_FuncDef { hash, name, hash_bits, seed_bits }
        #[cfg(not(Py_LIMITED_API))]
        PyBytesObject { ob_base, ob_shash, ob_sval }
        #[cfg(not(Py_LIMITED_API))]
        PyByteArrayObject {
            ob_base, ob_alloc, ob_bytes, ob_start, ob_exports,
            #[cfg(Py_3_15)] ob_bytes_object,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyASCIIObject { ob_base, length, hash, state, #[cfg(not(Py_3_12))] wstr }
        #[cfg(not(Py_LIMITED_API))]
        PyCompactUnicodeObject {
            _base, utf8_length, utf8, #[cfg(not(Py_3_12))] wstr_length,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyUnicodeObject { _base, data }
    }

    constants! { out;
        #[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))] Py_ASNATIVEBYTES_DEFAULTS,
        #[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))] Py_ASNATIVEBYTES_BIG_ENDIAN,
        #[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))] Py_ASNATIVEBYTES_LITTLE_ENDIAN,
        #[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))] Py_ASNATIVEBYTES_NATIVE_ENDIAN,
        #[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
        Py_ASNATIVEBYTES_UNSIGNED_BUFFER,
        #[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
        Py_ASNATIVEBYTES_REJECT_NEGATIVE,
        #[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))] Py_ASNATIVEBYTES_ALLOW_INDEX,
        Py_DTSF_SIGN, Py_DTSF_ADD_DOT_0, Py_DTSF_ALT, #[cfg(Py_3_11)] Py_DTSF_NO_NEG_0,
        Py_DTST_FINITE, Py_DTST_INFINITE, Py_DTST_NAN,
        Py_HASH_EXTERNAL, Py_HASH_SIPHASH24, Py_HASH_FNV, #[cfg(Py_3_11)] Py_HASH_SIPHASH13,
        #[cfg(not(Py_LIMITED_API))] _PyHASH_MULTIPLIER,
        #[cfg(not(Py_LIMITED_API))] _PyHASH_BITS,
        #[cfg(not(Py_LIMITED_API))] _PyHASH_MODULUS,
        #[cfg(not(Py_LIMITED_API))] _PyHASH_INF,
        #[cfg(not(any(Py_3_10, Py_LIMITED_API)))] _PyHASH_NAN,
        #[cfg(not(Py_LIMITED_API))] _PyHASH_IMAG,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyHASH_MULTIPLIER,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyHASH_BITS,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyHASH_MODULUS,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyHASH_INF,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyHASH_IMAG,
        Py_UNICODE_REPLACEMENT_CHARACTER,
        #[cfg(not(Py_LIMITED_API))] SSTATE_NOT_INTERNED,
        #[cfg(not(Py_LIMITED_API))] SSTATE_INTERNED_MORTAL,
        #[cfg(not(Py_LIMITED_API))] SSTATE_INTERNED_IMMORTAL,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] SSTATE_INTERNED_IMMORTAL_STATIC,
        #[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))] PyUnicode_WCHAR_KIND,
        #[cfg(not(Py_LIMITED_API))] PyUnicode_1BYTE_KIND,
        #[cfg(not(Py_LIMITED_API))] PyUnicode_2BYTE_KIND,
        #[cfg(not(Py_LIMITED_API))] PyUnicode_4BYTE_KIND,
    }
}

/// The bit positions of the `PyASCIIObject.state` bit-field: for each field,
/// the raw bytes of `state` (read as a little-endian number) after setting
/// the field to its maximum in an all-zero object, and the value read back
/// from an all-ones `state`.
#[cfg(not(Py_LIMITED_API))]
#[allow(clippy::type_complexity)]
fn unicode_state_bits(out: &mut Vec<Check>) {
    use pyo3::ffi::PyASCIIObject;
    use std::ffi::c_uint;
    use std::mem::MaybeUninit;

    fn raw_state(o: &PyASCIIObject) -> i128 {
        let size = std::mem::size_of_val(&o.state);
        let bytes = std::ptr::addr_of!(o.state).cast::<u8>();
        (0..size).fold(0, |acc, i| {
            // SAFETY: `i` is within the `size` bytes of `o.state`.
            acc | (unsafe { *bytes.add(i) } as i128) << (8 * i)
        })
    }

    let mut fields: Vec<(
        &str,
        c_uint,
        unsafe fn(&mut PyASCIIObject, c_uint),
        unsafe fn(&PyASCIIObject) -> c_uint,
    )> = vec![
        (
            "interned",
            if cfg!(all(Py_3_14, Py_GIL_DISABLED)) {
                255
            } else {
                3
            },
            PyASCIIObject::set_interned,
            PyASCIIObject::interned,
        ),
        ("kind", 7, PyASCIIObject::set_kind, PyASCIIObject::kind),
        (
            "compact",
            1,
            PyASCIIObject::set_compact,
            PyASCIIObject::compact,
        ),
        ("ascii", 1, PyASCIIObject::set_ascii, PyASCIIObject::ascii),
    ];
    #[cfg(not(Py_3_12))]
    fields.push(("ready", 1, PyASCIIObject::set_ready, PyASCIIObject::ready));
    #[cfg(Py_3_12)]
    fields.push((
        "statically_allocated",
        1,
        PyASCIIObject::set_statically_allocated,
        PyASCIIObject::statically_allocated,
    ));

    for (name, max, set, get) in fields {
        // SAFETY: all-zero bytes are a valid PyASCIIObject (integers and
        // pointers only); it is never given to Python.
        let mut o: PyASCIIObject = unsafe { MaybeUninit::zeroed().assume_init() };
        // SAFETY: `o` is a local no other thread can see.
        unsafe { set(&mut o, max) };
        out.push(Check {
            key: format!("PyASCIIObject.state after setting {name}"),
            c_expr: format!(
                "({{ PyASCIIObject o; memset(&o, 0, sizeof o); o.state.{name} = {max}; \
                 long long w = 0; for (size_t i = 0; i < sizeof o.state; i++) \
                 w |= (long long)((unsigned char *)&o.state)[i] << (8 * i); w; }})"
            ),
            rust: raw_state(&o),
        });

        // SAFETY: as above.
        let mut o: PyASCIIObject = unsafe { MaybeUninit::zeroed().assume_init() };
        let size = std::mem::size_of_val(&o.state);
        // SAFETY: writes exactly the bytes of `o.state`; any bit pattern is
        // a valid integer.
        unsafe {
            std::ptr::addr_of_mut!(o.state)
                .cast::<u8>()
                .write_bytes(0xFF, size)
        };
        out.push(Check {
            key: format!("PyASCIIObject.state.{name} of all ones"),
            c_expr: format!("({{ PyASCIIObject o; memset(&o, 0xFF, sizeof o); o.state.{name}; }})"),
            // SAFETY: `o` is a local no other thread can see.
            rust: unsafe { get(&o) } as i128,
        });
    }
}
