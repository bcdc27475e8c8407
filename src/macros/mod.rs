//! Declarative macros: `intern!`, `py_run!`, `wrap_pyfunction!`,
//! `wrap_pymodule!`, `append_to_inittab!`.

mod intern;
mod py_run;
mod wrap;
