//! Layout table of the `containers` FFI group (see `core.rs` for the format):
//! tupleobject.h, listobject.h, dictobject.h, setobject.h, sliceobject.h,
//! structseq.h, weakrefobject.h, cellobject.h, abstract.h and friends.

use crate::harness::{Check, constants, structs};

pub fn checks(out: &mut Vec<Check>) {
    structs! { out;
        #[cfg(not(Py_LIMITED_API))]
        PyTupleObject { ob_base, #[cfg(Py_3_14)] ob_hash, ob_item }
        #[cfg(not(Py_LIMITED_API))]
        PyListObject { ob_base, ob_item, allocated }
        #[cfg(not(Py_LIMITED_API))]
        PyDictObject {
            ob_base, ma_used, #[cfg(not(Py_3_14))] ma_version_tag,
            #[cfg(Py_3_14)] _ma_watcher_tag, ma_keys, ma_values,
        }
        #[cfg(not(Py_LIMITED_API))]
        setentry { key, hash }
        #[cfg(not(Py_LIMITED_API))]
        PySetObject { ob_base, fill, used, mask, table, hash, finger, smalltable, weakreflist }
        #[cfg(not(Py_LIMITED_API))]
        PySliceObject { ob_base, start, stop, step }
        PyStructSequence_Field { name, doc }
        #[cfg(not(Py_LIMITED_API))]
        PyCellObject { ob_base, ob_ref }
        #[cfg(not(Py_LIMITED_API))]
        _PyWeakReference as "struct _PyWeakReference" {
            ob_base, wr_object, wr_callback, hash, wr_prev, wr_next,
            #[cfg(Py_3_11)] vectorcall, #[cfg(Py_GIL_DISABLED)] weakrefs_lock,
        }
        PyStructSequence_Desc { name, doc, fields, n_in_sequence }
    }

    constants! { out;
        #[cfg(not(Py_LIMITED_API))] PySet_MINSIZE,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] PyDict_EVENT_ADDED,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] PyDict_EVENT_MODIFIED,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] PyDict_EVENT_DELETED,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] PyDict_EVENT_CLONED,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] PyDict_EVENT_CLEARED,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] PyDict_EVENT_DEALLOCATED,
    }

    // The top bit of a size_t does not fit the C side's `long long`:
    // compare it shifted down.
    #[cfg(any(Py_3_12, not(Py_LIMITED_API)))]
    out.push(Check {
        key: "PY_VECTORCALL_ARGUMENTS_OFFSET >> 8".into(),
        c_expr: "PY_VECTORCALL_ARGUMENTS_OFFSET >> 8".into(),
        rust: (pyo3::ffi::PY_VECTORCALL_ARGUMENTS_OFFSET >> 8) as i128,
    });
}
