//! Type hints known at compile time (feature `experimental-inspect`).
//!
//! A [`PyStaticExpr`] is a Python expression built in `const` context, the
//! way a `.pyi` stub would write a type: `int`, `collections.abc.Sequence[float]`,
//! `str | None`. Conversions describe themselves with one
//! ([`FromPyObject::INPUT_TYPE`](crate::FromPyObject::INPUT_TYPE),
//! [`IntoPyObject::OUTPUT_TYPE`](crate::IntoPyObject::OUTPUT_TYPE)); its
//! [`Display`](fmt::Display) form is the Python source text.
//!
//! Build values with [`type_hint_identifier!`](crate::type_hint_identifier),
//! [`type_hint_union!`](crate::type_hint_union) and
//! [`type_hint_subscript!`](crate::type_hint_subscript).

use std::fmt::{self, Write};

/// `module.name` as a type hint; a builtin (`"builtins"`) is the bare name.
///
/// ```
/// use pyo3::inspect::PyStaticExpr;
/// use pyo3::type_hint_identifier;
///
/// const DATE: PyStaticExpr = type_hint_identifier!("datetime", "date");
/// assert_eq!(DATE.to_string(), "datetime.date");
/// const INT: PyStaticExpr = type_hint_identifier!("builtins", "int");
/// assert_eq!(INT.to_string(), "int");
/// ```
#[macro_export]
macro_rules! type_hint_identifier {
    ("builtins", $name:expr) => {
        $crate::inspect::PyStaticExpr::Name { id: $name }
    };
    ($module:expr, $name:expr) => {
        $crate::inspect::PyStaticExpr::Attribute {
            value: &$crate::inspect::PyStaticExpr::Name { id: $module },
            attr: $name,
        }
    };
}

/// The union `a | b | ...` of one or more type hints.
///
/// ```
/// use pyo3::inspect::PyStaticExpr;
/// use pyo3::{type_hint_identifier, type_hint_union};
///
/// const NUMBER: PyStaticExpr = type_hint_union!(
///     type_hint_identifier!("builtins", "int"),
///     type_hint_identifier!("builtins", "float")
/// );
/// assert_eq!(NUMBER.to_string(), "int | float");
/// ```
#[macro_export]
macro_rules! type_hint_union {
    ($only:expr $(,)?) => {
        $only
    };
    ($first:expr, $($rest:expr),+ $(,)?) => {
        $crate::inspect::PyStaticExpr::BinOp {
            left: &$first,
            op: $crate::inspect::PyStaticOperator::BitOr,
            right: &$crate::type_hint_union!($($rest),+),
        }
    };
}

/// The subscript `value[arg, ...]` of a type hint (a generic's parameters).
///
/// ```
/// use pyo3::inspect::PyStaticExpr;
/// use pyo3::{type_hint_identifier, type_hint_subscript};
///
/// const MAP: PyStaticExpr = type_hint_subscript!(
///     type_hint_identifier!("builtins", "dict"),
///     type_hint_identifier!("builtins", "str"),
///     type_hint_identifier!("builtins", "float")
/// );
/// assert_eq!(MAP.to_string(), "dict[str, float]");
/// ```
#[macro_export]
macro_rules! type_hint_subscript {
    ($value:expr, $slice:expr $(,)?) => {
        $crate::inspect::PyStaticExpr::Subscript {
            value: &$value,
            slice: &$slice,
        }
    };
    ($value:expr, $($slice:expr),+ $(,)?) => {
        $crate::inspect::PyStaticExpr::Subscript {
            value: &$value,
            slice: &$crate::inspect::PyStaticExpr::Tuple { elts: &[$($slice),+] },
        }
    };
}

/// A Python expression (the `expr` rule of Python's `ast` grammar, the parts
/// type hints use), made of `'static` parts so that it can be a `const`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PyStaticExpr {
    /// A literal: `None`, `True`, `1`, `"text"`, `...`.
    Constant {
        /// The literal.
        value: PyStaticConstant,
    },
    /// A bare name: `int`.
    Name {
        /// The identifier.
        id: &'static str,
    },
    /// Attribute access: `value.attr`.
    Attribute {
        /// The object whose attribute is taken.
        value: &'static PyStaticExpr,
        /// The attribute's name.
        attr: &'static str,
    },
    /// A binary operation: `left | right`.
    BinOp {
        /// The left operand.
        left: &'static PyStaticExpr,
        /// The operator.
        op: PyStaticOperator,
        /// The right operand.
        right: &'static PyStaticExpr,
    },
    /// A tuple: `(a, b)`.
    Tuple {
        /// The elements.
        elts: &'static [PyStaticExpr],
    },
    /// A list: `[a, b]`.
    List {
        /// The elements.
        elts: &'static [PyStaticExpr],
    },
    /// A subscript: `value[slice]`; a tuple slice is written without its
    /// parentheses (`dict[str, int]`).
    Subscript {
        /// The subscripted expression.
        value: &'static PyStaticExpr,
        /// The subscript.
        slice: &'static PyStaticExpr,
    },
}

/// A literal in a [`PyStaticExpr`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PyStaticConstant {
    /// `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// An `int`, in decimal digits with an optional sign.
    Int(&'static str),
    /// A finite `float` in decimal notation (a `.` is added when it has
    /// neither a point nor an exponent, so that it does not read as an `int`).
    Float(&'static str),
    /// A `str`: the text itself, unquoted and unescaped.
    Str(&'static str),
    /// `...`.
    Ellipsis,
}

/// A binary operator in a [`PyStaticExpr`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PyStaticOperator {
    /// `|` (a union of types).
    BitOr,
}

impl fmt::Display for PyStaticExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PyStaticExpr::Constant { value } => fmt::Display::fmt(value, f),
            PyStaticExpr::Name { id } => f.write_str(id),
            PyStaticExpr::Attribute { value, attr } => write!(f, "{value}.{attr}"),
            PyStaticExpr::BinOp { left, op, right } => write!(f, "{left} {op} {right}"),
            PyStaticExpr::Tuple { elts } => {
                f.write_char('(')?;
                write_elements(elts, f)?;
                // A one-element tuple needs its comma: `(int,)`.
                if elts.len() == 1 {
                    f.write_char(',')?;
                }
                f.write_char(')')
            }
            PyStaticExpr::List { elts } => {
                f.write_char('[')?;
                write_elements(elts, f)?;
                f.write_char(']')
            }
            PyStaticExpr::Subscript { value, slice } => {
                write!(f, "{value}[")?;
                match slice {
                    // `tuple[()]`: an empty subscript is not valid syntax.
                    PyStaticExpr::Tuple { elts } if !elts.is_empty() => write_elements(elts, f)?,
                    other => fmt::Display::fmt(other, f)?,
                }
                f.write_char(']')
            }
        }
    }
}

impl fmt::Display for PyStaticConstant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PyStaticConstant::None => f.write_str("None"),
            PyStaticConstant::Bool(true) => f.write_str("True"),
            PyStaticConstant::Bool(false) => f.write_str("False"),
            PyStaticConstant::Int(digits) => f.write_str(digits),
            PyStaticConstant::Float(digits) => {
                f.write_str(digits)?;
                if !digits.contains(['.', 'e', 'E']) {
                    f.write_char('.')?;
                }
                Ok(())
            }
            PyStaticConstant::Str(text) => write_str_literal(text, f),
            PyStaticConstant::Ellipsis => f.write_str("..."),
        }
    }
}

impl fmt::Display for PyStaticOperator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PyStaticOperator::BitOr => "|",
        })
    }
}

/// `a, b, c`.
fn write_elements(elts: &[PyStaticExpr], f: &mut fmt::Formatter<'_>) -> fmt::Result {
    for (index, elt) in elts.iter().enumerate() {
        if index > 0 {
            f.write_str(", ")?;
        }
        fmt::Display::fmt(elt, f)?;
    }
    Ok(())
}

/// `text` as a double-quoted Python string literal.
fn write_str_literal(text: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_char('"')?;
    for c in text.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c if c.is_control() => match u32::from(c) {
                code @ 0..=0xff => write!(f, "\\x{code:02x}")?,
                code @ 0x100..=0xffff => write!(f, "\\u{code:04x}")?,
                code => write!(f, "\\U{code:08x}")?,
            },
            c => f.write_char(c)?,
        }
    }
    f.write_char('"')
}
