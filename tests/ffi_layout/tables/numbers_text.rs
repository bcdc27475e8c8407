//! Layout table of the `numbers_text` FFI group (see `core.rs` for the format):
//! longobject.h, floatobject.h, complexobject.h, boolobject.h,
//! unicodeobject.h, bytesobject.h, bytearrayobject.h, pystrtod.h, codecs.h,
//! pyhash.h (and their `cpython/` halves).

use crate::harness::{constants, structs, Check};

pub fn checks(out: &mut Vec<Check>) {
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
        #[cfg(any(not(Py_3_13), not(Py_LIMITED_API)))] _PyHASH_MULTIPLIER,
        #[cfg(any(not(Py_3_13), not(Py_LIMITED_API)))] _PyHASH_BITS,
        #[cfg(any(not(Py_3_13), not(Py_LIMITED_API)))] _PyHASH_MODULUS,
        #[cfg(any(not(Py_3_13), not(Py_LIMITED_API)))] _PyHASH_INF,
        #[cfg(not(Py_3_10))] _PyHASH_NAN,
        #[cfg(any(not(Py_3_13), not(Py_LIMITED_API)))] _PyHASH_IMAG,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyHASH_MULTIPLIER,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyHASH_BITS,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyHASH_MODULUS,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyHASH_INF,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyHASH_IMAG,
    }
}
