//! Object model: object.h, refcount.h, pybuffer.h, methodobject.h,
//! moduleobject.h, descrobject.h, structmember.h, typeslots.

use crate::harness::{Check, constants, structs};

pub fn checks(out: &mut Vec<Check>) {
    structs! { out;
        #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
        PyObject {
            #[cfg(Py_GIL_DISABLED)] ob_tid,
            #[cfg(all(Py_GIL_DISABLED, Py_3_14))] ob_flags,
            #[cfg(Py_GIL_DISABLED)] ob_mutex,
            #[cfg(Py_GIL_DISABLED)] ob_gc_bits,
            #[cfg(Py_GIL_DISABLED)] ob_ref_local,
            #[cfg(Py_GIL_DISABLED)] ob_ref_shared,
            #[cfg(not(Py_GIL_DISABLED))] ob_refcnt,
            ob_type,
        }
        #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
        PyVarObject { ob_base, ob_size }
        PyType_Slot { slot, pfunc }
        PyType_Spec { name, basicsize, itemsize, flags, slots }
        #[cfg(not(Py_LIMITED_API))]
        PyTypeObject {
            ob_base, tp_name, tp_basicsize, tp_itemsize, tp_dealloc, tp_vectorcall_offset,
            tp_getattr, tp_setattr, tp_as_async, tp_repr, tp_as_number, tp_as_sequence,
            tp_as_mapping, tp_hash, tp_call, tp_str, tp_getattro, tp_setattro, tp_as_buffer,
            tp_flags, tp_doc, tp_traverse, tp_clear, tp_richcompare, tp_weaklistoffset,
            tp_iter, tp_iternext, tp_methods, tp_members, tp_getset, tp_base, tp_dict,
            tp_descr_get, tp_descr_set, tp_dictoffset, tp_init, tp_alloc, tp_new, tp_free,
            tp_is_gc, tp_bases, tp_mro, tp_cache, tp_subclasses, tp_weaklist, tp_del,
            tp_version_tag, tp_finalize, tp_vectorcall,
            #[cfg(Py_3_12)] tp_watched,
            #[cfg(Py_3_13)] tp_versions_used,
            #[cfg(Py_3_15)] _tp_iteritem,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyHeapTypeObject {
            ht_type, as_async, as_number, as_mapping, as_sequence, as_buffer, ht_name,
            ht_slots, ht_qualname, ht_cached_keys, ht_module,
            #[cfg(Py_3_11)] _ht_tpname,
            #[cfg(Py_3_14)] ht_token,
            #[cfg(Py_3_11)] _spec_cache,
            #[cfg(all(Py_GIL_DISABLED, Py_3_14))] unique_id,
        }
        #[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
        _specialization_cache as "struct _specialization_cache" {
            getitem,
            #[cfg(Py_3_12)] getitem_version,
            #[cfg(Py_3_13)] init,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyNumberMethods {
            nb_add, nb_subtract, nb_multiply, nb_remainder, nb_divmod, nb_power, nb_negative,
            nb_positive, nb_absolute, nb_bool, nb_invert, nb_lshift, nb_rshift, nb_and,
            nb_xor, nb_or, nb_int, nb_reserved, nb_float, nb_inplace_add, nb_inplace_subtract,
            nb_inplace_multiply, nb_inplace_remainder, nb_inplace_power, nb_inplace_lshift,
            nb_inplace_rshift, nb_inplace_and, nb_inplace_xor, nb_inplace_or, nb_floor_divide,
            nb_true_divide, nb_inplace_floor_divide, nb_inplace_true_divide, nb_index,
            nb_matrix_multiply, nb_inplace_matrix_multiply,
        }
        #[cfg(not(Py_LIMITED_API))]
        PySequenceMethods {
            sq_length, sq_concat, sq_repeat, sq_item, was_sq_slice, sq_ass_item,
            was_sq_ass_slice, sq_contains, sq_inplace_concat, sq_inplace_repeat,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyMappingMethods { mp_length, mp_subscript, mp_ass_subscript }
        #[cfg(not(Py_LIMITED_API))]
        PyAsyncMethods { am_await, am_aiter, am_anext, #[cfg(Py_3_10)] am_send }
        #[cfg(not(Py_LIMITED_API))]
        PyBufferProcs { bf_getbuffer, bf_releasebuffer }
        #[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
        Py_buffer {
            buf, obj, len, itemsize, readonly, ndim, format, shape, strides, suboffsets,
            internal,
        }
        PyMethodDef { ml_name, ml_meth, ml_flags, ml_doc }
        #[cfg(not(Py_LIMITED_API))]
        PyCFunctionObject { ob_base, m_ml, m_self, m_module, m_weakreflist, vectorcall }
        #[cfg(not(Py_LIMITED_API))]
        PyCMethodObject { func, mm_class }
        #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
        PyModuleDef_Base { ob_base, m_init, m_index, m_copy }
        PyModuleDef_Slot { slot, value }
        #[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
        PyModuleDef {
            m_base, m_name, m_doc, m_size, m_methods, m_slots, m_traverse, m_clear, m_free,
        }
        PyGetSetDef { name, get, set, doc, closure }
        PyMemberDef { name, type_code => "type", offset, flags, doc }
        #[cfg(not(Py_LIMITED_API))]
        wrapperbase as "struct wrapperbase" {
            name, offset, function, wrapper, doc, flags, name_strobj,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyDescrObject { ob_base, d_type, d_name, d_qualname }
        #[cfg(not(Py_LIMITED_API))]
        PyMethodDescrObject { d_common, d_method, vectorcall }
        #[cfg(not(Py_LIMITED_API))]
        PyMemberDescrObject { d_common, d_member }
        #[cfg(not(Py_LIMITED_API))]
        PyGetSetDescrObject { d_common, d_getset }
        #[cfg(not(Py_LIMITED_API))]
        PyWrapperDescrObject { d_common, d_base, d_wrapped }
        #[cfg(Py_3_15)]
        PySlot as "struct PySlot" { sl_id, sl_flags }
    }

    constants! { out;
        Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE, Py_PRINT_RAW,
        #[cfg(Py_3_13)] Py_CONSTANT_NONE, #[cfg(Py_3_13)] Py_CONSTANT_FALSE,
        #[cfg(Py_3_13)] Py_CONSTANT_TRUE, #[cfg(Py_3_13)] Py_CONSTANT_ELLIPSIS,
        #[cfg(Py_3_13)] Py_CONSTANT_NOT_IMPLEMENTED, #[cfg(Py_3_13)] Py_CONSTANT_ZERO,
        #[cfg(Py_3_13)] Py_CONSTANT_ONE, #[cfg(Py_3_13)] Py_CONSTANT_EMPTY_STR,
        #[cfg(Py_3_13)] Py_CONSTANT_EMPTY_BYTES, #[cfg(Py_3_13)] Py_CONSTANT_EMPTY_TUPLE,
        #[cfg(all(Py_3_10, not(Py_LIMITED_API)))] Py_TPFLAGS_SEQUENCE,
        #[cfg(all(Py_3_10, not(Py_LIMITED_API)))] Py_TPFLAGS_MAPPING,
        #[cfg(all(Py_3_11, not(Py_LIMITED_API)))] Py_TPFLAGS_MANAGED_DICT,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] Py_TPFLAGS_MANAGED_WEAKREF,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] Py_TPFLAGS_INLINE_VALUES,
        #[cfg(Py_3_10)] Py_TPFLAGS_DISALLOW_INSTANTIATION,
        #[cfg(Py_3_10)] Py_TPFLAGS_IMMUTABLETYPE,
        Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_BASETYPE,
        #[cfg(any(Py_3_12, not(Py_LIMITED_API)))] Py_TPFLAGS_HAVE_VECTORCALL,
        Py_TPFLAGS_READY, Py_TPFLAGS_READYING, Py_TPFLAGS_HAVE_GC,
        Py_TPFLAGS_METHOD_DESCRIPTOR, Py_TPFLAGS_VALID_VERSION_TAG, Py_TPFLAGS_IS_ABSTRACT,
        #[cfg(Py_3_12)] Py_TPFLAGS_ITEMS_AT_END,
        Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_LIST_SUBCLASS, Py_TPFLAGS_TUPLE_SUBCLASS,
        Py_TPFLAGS_BYTES_SUBCLASS, Py_TPFLAGS_UNICODE_SUBCLASS, Py_TPFLAGS_DICT_SUBCLASS,
        Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TPFLAGS_TYPE_SUBCLASS, Py_TPFLAGS_HAVE_FINALIZE,
        Py_TPFLAGS_HAVE_VERSION_TAG,
        // 3.9 had the version-tag flag in the default; the headers used with a
        // 3.9 stable-ABI floor here are newer, so compare only from 3.10.
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))] Py_TPFLAGS_DEFAULT,
        METH_VARARGS, METH_KEYWORDS, METH_NOARGS, METH_O, METH_CLASS, METH_STATIC,
        METH_COEXIST, #[cfg(any(Py_3_10, not(Py_LIMITED_API)))] METH_FASTCALL, METH_METHOD,
        #[cfg(Py_3_12)] Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED,
        #[cfg(Py_3_12)] Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED,
        #[cfg(Py_3_12)] Py_MOD_PER_INTERPRETER_GIL_SUPPORTED,
        #[cfg(Py_3_13)] Py_MOD_GIL_USED, #[cfg(Py_3_13)] Py_MOD_GIL_NOT_USED,
        #[cfg(Py_3_12)] Py_T_SHORT, #[cfg(Py_3_12)] Py_T_INT, #[cfg(Py_3_12)] Py_T_LONG,
        #[cfg(Py_3_12)] Py_T_FLOAT, #[cfg(Py_3_12)] Py_T_DOUBLE, #[cfg(Py_3_12)] Py_T_STRING,
        #[cfg(Py_3_12)] Py_T_CHAR, #[cfg(Py_3_12)] Py_T_BYTE, #[cfg(Py_3_12)] Py_T_UBYTE,
        #[cfg(Py_3_12)] Py_T_USHORT, #[cfg(Py_3_12)] Py_T_UINT, #[cfg(Py_3_12)] Py_T_ULONG,
        #[cfg(Py_3_12)] Py_T_STRING_INPLACE, #[cfg(Py_3_12)] Py_T_BOOL,
        #[cfg(Py_3_12)] Py_T_OBJECT_EX, #[cfg(Py_3_12)] Py_T_LONGLONG,
        #[cfg(Py_3_12)] Py_T_ULONGLONG, #[cfg(Py_3_12)] Py_T_PYSSIZET,
        #[cfg(Py_3_12)] Py_READONLY, #[cfg(Py_3_12)] Py_AUDIT_READ,
        #[cfg(Py_3_12)] Py_RELATIVE_OFFSET,
        structmember::T_SHORT, structmember::T_INT, structmember::T_LONG,
        structmember::T_FLOAT, structmember::T_DOUBLE, structmember::T_STRING,
        structmember::T_OBJECT, structmember::T_CHAR, structmember::T_BYTE,
        structmember::T_UBYTE, structmember::T_USHORT, structmember::T_UINT,
        structmember::T_ULONG, structmember::T_STRING_INPLACE, structmember::T_BOOL,
        structmember::T_OBJECT_EX, structmember::T_LONGLONG, structmember::T_ULONGLONG,
        structmember::T_PYSSIZET, structmember::T_NONE, structmember::READONLY,
        structmember::READ_RESTRICTED, structmember::PY_WRITE_RESTRICTED,
        structmember::RESTRICTED,
    }
    #[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
    {
        constants! { out;
            PyBUF_MAX_NDIM, PyBUF_SIMPLE, PyBUF_WRITABLE, PyBUF_FORMAT, PyBUF_ND, PyBUF_STRIDES,
            PyBUF_C_CONTIGUOUS, PyBUF_F_CONTIGUOUS, PyBUF_ANY_CONTIGUOUS, PyBUF_INDIRECT,
            PyBUF_CONTIG, PyBUF_CONTIG_RO, PyBUF_STRIDED, PyBUF_STRIDED_RO, PyBUF_RECORDS,
            PyBUF_RECORDS_RO, PyBUF_FULL, PyBUF_FULL_RO, PyBUF_READ, PyBUF_WRITE,
        }
    }
    typeslots(out);
}

/// Every slot id, including the ids that changed in 3.15.
fn typeslots(out: &mut Vec<Check>) {
    constants! { out;
        // The limited API of 3.9 and 3.10 leaves the buffer slots undefined.
        #[cfg(any(Py_3_11, not(Py_LIMITED_API)))] Py_bf_getbuffer,
        #[cfg(any(Py_3_11, not(Py_LIMITED_API)))] Py_bf_releasebuffer,
        Py_mp_ass_subscript, Py_mp_length,
        Py_mp_subscript, Py_nb_absolute, Py_nb_add, Py_nb_and, Py_nb_bool, Py_nb_divmod,
        Py_nb_float, Py_nb_floor_divide, Py_nb_index, Py_nb_inplace_add, Py_nb_inplace_and,
        Py_nb_inplace_floor_divide, Py_nb_inplace_lshift, Py_nb_inplace_multiply,
        Py_nb_inplace_or, Py_nb_inplace_power, Py_nb_inplace_remainder, Py_nb_inplace_rshift,
        Py_nb_inplace_subtract, Py_nb_inplace_true_divide, Py_nb_inplace_xor, Py_nb_int,
        Py_nb_invert, Py_nb_lshift, Py_nb_multiply, Py_nb_negative, Py_nb_or, Py_nb_positive,
        Py_nb_power, Py_nb_remainder, Py_nb_rshift, Py_nb_subtract, Py_nb_true_divide,
        Py_nb_xor, Py_sq_ass_item, Py_sq_concat, Py_sq_contains, Py_sq_inplace_concat,
        Py_sq_inplace_repeat, Py_sq_item, Py_sq_length, Py_sq_repeat, Py_tp_alloc,
        Py_tp_base, Py_tp_bases, Py_tp_call, Py_tp_clear, Py_tp_dealloc, Py_tp_del,
        Py_tp_descr_get, Py_tp_descr_set, Py_tp_doc, Py_tp_getattr, Py_tp_getattro,
        Py_tp_hash, Py_tp_init, Py_tp_is_gc, Py_tp_iter, Py_tp_iternext, Py_tp_methods,
        Py_tp_new, Py_tp_repr, Py_tp_richcompare, Py_tp_setattr, Py_tp_setattro, Py_tp_str,
        Py_tp_traverse, Py_tp_members, Py_tp_getset, Py_tp_free, Py_nb_matrix_multiply,
        Py_nb_inplace_matrix_multiply, Py_am_await, Py_am_aiter, Py_am_anext,
        Py_tp_finalize, #[cfg(Py_3_10)] Py_am_send,
        #[cfg(Py_3_14)] Py_tp_vectorcall, #[cfg(Py_3_14)] Py_tp_token,
        Py_mod_create, Py_mod_exec,
        #[cfg(Py_3_12)] Py_mod_multiple_interpreters, #[cfg(Py_3_13)] Py_mod_gil,
        #[cfg(Py_3_15)] Py_slot_end, #[cfg(Py_3_15)] Py_slot_subslots,
        #[cfg(Py_3_15)] Py_tp_slots, #[cfg(Py_3_15)] Py_mod_slots, #[cfg(Py_3_15)] Py_tp_name,
        #[cfg(Py_3_15)] Py_tp_basicsize, #[cfg(Py_3_15)] Py_tp_extra_basicsize,
        #[cfg(Py_3_15)] Py_tp_itemsize, #[cfg(Py_3_15)] Py_tp_flags,
        #[cfg(Py_3_15)] Py_mod_name, #[cfg(Py_3_15)] Py_mod_doc,
        #[cfg(Py_3_15)] Py_mod_state_size, #[cfg(Py_3_15)] Py_mod_methods,
        #[cfg(Py_3_15)] Py_mod_state_traverse, #[cfg(Py_3_15)] Py_mod_state_clear,
        #[cfg(Py_3_15)] Py_mod_state_free, #[cfg(Py_3_15)] Py_tp_metaclass,
        #[cfg(Py_3_15)] Py_tp_module, #[cfg(Py_3_15)] Py_mod_abi, #[cfg(Py_3_15)] Py_mod_token,
        #[cfg(Py_3_15)] PySlot_OPTIONAL, #[cfg(Py_3_15)] PySlot_STATIC,
        #[cfg(Py_3_15)] PySlot_INTPTR, #[cfg(Py_3_15)] Py_slot_invalid,
    }
}
