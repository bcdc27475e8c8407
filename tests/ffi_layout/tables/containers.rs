//! Layout table of the `containers` FFI group (see `core.rs` for the format):
//! tupleobject.h, listobject.h, dictobject.h, setobject.h, sliceobject.h,
//! structseq.h, weakrefobject.h, cellobject.h, abstract.h and friends.

use crate::harness::{constants, structs, Check};

pub fn checks(out: &mut Vec<Check>) {
    structs! { out;
        #[cfg(not(Py_LIMITED_API))]
        PyTupleObject { ob_base, #[cfg(Py_3_14)] ob_hash, ob_item }
        #[cfg(not(Py_LIMITED_API))]
        PyListObject { ob_base, ob_item, allocated }
    }

    constants! { out;
    }
}
