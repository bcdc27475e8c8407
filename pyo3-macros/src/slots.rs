//! The magic methods that fill type slots: which slot each fills, how
//! many arguments its C function passes, and how the result is converted.
//! A magic method is one row here; the C entry points of each shape are in
//! `pyo3::impl_::slots`.

use crate::wrapper::Output;

/// How a magic method reaches its slot.
pub enum SlotKind {
    /// A slot of its own: `slot` (an `ffi::Py_*` constant) gets
    /// `pyo3::impl_::slots::<entry>::<Class, ID>`, whose body takes `args`
    /// arguments and returns `ret`.
    Single {
        slot: &'static str,
        entry: &'static str,
        args: usize,
        ret: CReturn,
        output: Output,
        /// A bad argument returns `NotImplemented` (binary operators).
        not_implemented: bool,
    },
    /// `__call__`: `tp_call`, any signature.
    Call,
    /// One of `__lt__` ... `__ge__`: an arm of `tp_richcompare`.
    Comparison(&'static str),
    /// `__richcmp__(other, op)`: all of `tp_richcompare`.
    RichCompare,
    /// `__setitem__` / `__delitem__`: halves of `mp_ass_subscript`.
    SetItem,
    DelItem,
}

/// The C return type of a slot body.
#[derive(Clone, Copy)]
pub enum CReturn {
    Object,
    Size,
    Hash,
    Int,
}

/// The slot row of a magic method, if `name` is one this crate fills.
pub fn lookup(name: &str) -> Option<SlotKind> {
    let unary = |slot, output| SlotKind::Single {
        slot,
        entry: "unary",
        args: 0,
        ret: CReturn::Object,
        output,
        not_implemented: false,
    };
    Some(match name {
        "__repr__" => unary("Py_tp_repr", Output::Object),
        "__str__" => unary("Py_tp_str", Output::Object),
        "__iter__" => unary("Py_tp_iter", Output::Object),
        "__next__" => unary("Py_tp_iternext", Output::Next),
        "__neg__" => unary("Py_nb_negative", Output::Object),
        "__pos__" => unary("Py_nb_positive", Output::Object),
        "__abs__" => unary("Py_nb_absolute", Output::Object),
        "__invert__" => unary("Py_nb_invert", Output::Object),
        "__int__" => unary("Py_nb_int", Output::Object),
        "__float__" => unary("Py_nb_float", Output::Object),
        "__index__" => unary("Py_nb_index", Output::Object),
        "__len__" => SlotKind::Single {
            slot: "Py_mp_length",
            entry: "len",
            args: 0,
            ret: CReturn::Size,
            output: Output::Len,
            not_implemented: false,
        },
        "__hash__" => SlotKind::Single {
            slot: "Py_tp_hash",
            entry: "hash",
            args: 0,
            ret: CReturn::Hash,
            output: Output::Hash,
            not_implemented: false,
        },
        "__bool__" => SlotKind::Single {
            slot: "Py_nb_bool",
            entry: "inquiry",
            args: 0,
            ret: CReturn::Int,
            output: Output::Bool,
            not_implemented: false,
        },
        "__getitem__" => SlotKind::Single {
            slot: "Py_mp_subscript",
            entry: "binary",
            args: 1,
            ret: CReturn::Object,
            output: Output::Object,
            not_implemented: false,
        },
        "__contains__" => SlotKind::Single {
            slot: "Py_sq_contains",
            entry: "objobj",
            args: 1,
            ret: CReturn::Int,
            output: Output::Bool,
            not_implemented: false,
        },
        "__call__" => SlotKind::Call,
        "__lt__" => SlotKind::Comparison("Lt"),
        "__le__" => SlotKind::Comparison("Le"),
        "__eq__" => SlotKind::Comparison("Eq"),
        "__ne__" => SlotKind::Comparison("Ne"),
        "__gt__" => SlotKind::Comparison("Gt"),
        "__ge__" => SlotKind::Comparison("Ge"),
        "__richcmp__" => SlotKind::RichCompare,
        "__setitem__" => SlotKind::SetItem,
        "__delitem__" => SlotKind::DelItem,
        _ => return None,
    })
}
