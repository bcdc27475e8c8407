//! `Include/compile.h`: the start symbols passed to `Py_CompileString` and
//! the `PyRun_*` functions.

use std::ffi::c_int;

/// Start symbol for a single interactive statement.
pub const Py_single_input: c_int = 256;
/// Start symbol for a module (a sequence of statements).
pub const Py_file_input: c_int = 257;
/// Start symbol for an isolated expression.
pub const Py_eval_input: c_int = 258;
/// Start symbol for a function type comment (`(args) -> ret`).
pub const Py_func_type_input: c_int = 345;

/// Start symbol for f-string expressions (removed with PEP 701's parser).
#[cfg(not(Py_3_12))]
pub const Py_fstring_input: c_int = 800;
