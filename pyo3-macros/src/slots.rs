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
    /// `__traverse__(&self, visit)`: `tp_traverse`.
    Traverse,
    /// `__setitem__` / `__delitem__` (`kind` 0, `mp_ass_subscript`),
    /// `__setattr__` / `__delattr__` (1, `tp_setattro`), `__set__` /
    /// `__delete__` (2, `tp_descr_set`): halves of one slot.
    Assign { kind: u8, delete: bool },
    /// A binary number operator (`__add__`) or its reflected form
    /// (`__radd__`): halves of one `nb_*` slot. `__pow__` / `__rpow__` are
    /// ternary (they take the modulo too).
    Operator {
        slot: &'static str,
        reflected: bool,
        ternary: bool,
    },
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
        "__traverse__" => SlotKind::Traverse,
        "__clear__" => SlotKind::Single {
            slot: "Py_tp_clear",
            entry: "clear",
            args: 0,
            ret: CReturn::Int,
            output: Output::SetterResult,
            not_implemented: false,
        },
        "__setitem__" => SlotKind::Assign {
            kind: 0,
            delete: false,
        },
        "__delitem__" => SlotKind::Assign {
            kind: 0,
            delete: true,
        },
        "__setattr__" => SlotKind::Assign {
            kind: 1,
            delete: false,
        },
        "__delattr__" => SlotKind::Assign {
            kind: 1,
            delete: true,
        },
        "__set__" => SlotKind::Assign {
            kind: 2,
            delete: false,
        },
        "__delete__" => SlotKind::Assign {
            kind: 2,
            delete: true,
        },
        "__aiter__" => unary("Py_am_aiter", Output::Object),
        "__anext__" => unary("Py_am_anext", Output::Object),
        "__await__" => unary("Py_am_await", Output::Object),
        "__getattribute__" => SlotKind::Single {
            slot: "Py_tp_getattro",
            entry: "binary",
            args: 1,
            ret: CReturn::Object,
            output: Output::Object,
            not_implemented: false,
        },
        "__getattr__" => SlotKind::Single {
            slot: "Py_tp_getattro",
            entry: "getattr_fallback",
            args: 1,
            ret: CReturn::Object,
            output: Output::Object,
            not_implemented: false,
        },
        "__get__" => SlotKind::Single {
            slot: "Py_tp_descr_get",
            entry: "descr_get",
            args: 2,
            ret: CReturn::Object,
            output: Output::Object,
            not_implemented: false,
        },
        "__pow__" | "__rpow__" => SlotKind::Operator {
            slot: "Py_nb_power",
            reflected: name == "__rpow__",
            ternary: true,
        },
        "__ipow__" => SlotKind::Single {
            slot: "Py_nb_inplace_power",
            entry: "in_place_ternary",
            args: 2,
            ret: CReturn::Object,
            output: Output::Object,
            not_implemented: true,
        },
        _ => return operator(name),
    })
}

/// The binary number operators: `__add__`, `__radd__`, `__iadd__`, ...
fn operator(name: &str) -> Option<SlotKind> {
    const OPERATORS: &[(&str, &str)] = &[
        ("add", "add"),
        ("sub", "subtract"),
        ("mul", "multiply"),
        ("matmul", "matrix_multiply"),
        ("truediv", "true_divide"),
        ("floordiv", "floor_divide"),
        ("mod", "remainder"),
        ("divmod", "divmod"),
        ("lshift", "lshift"),
        ("rshift", "rshift"),
        ("and", "and"),
        ("or", "or"),
        ("xor", "xor"),
    ];
    let inner = name.strip_prefix("__")?.strip_suffix("__")?;
    for (python, slot) in OPERATORS {
        if inner == *python || inner == format!("r{python}") {
            return Some(SlotKind::Operator {
                slot: slot_name(&format!("Py_nb_{slot}")),
                reflected: inner != *python,
                ternary: false,
            });
        }
        if inner == format!("i{python}") && *python != "divmod" {
            return Some(SlotKind::Single {
                slot: slot_name(&format!("Py_nb_inplace_{slot}")),
                entry: "in_place",
                args: 1,
                ret: CReturn::Object,
                output: Output::Object,
                not_implemented: true,
            });
        }
    }
    None
}

/// A slot constant's name with a `'static` lifetime (the table is built
/// once per expansion, so leaking the few strings is harmless).
fn slot_name(name: &str) -> &'static str {
    Box::leak(name.to_owned().into_boxed_str())
}
