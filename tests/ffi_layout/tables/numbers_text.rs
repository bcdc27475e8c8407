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
    }
}
