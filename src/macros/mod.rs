//! Declarative macros: `intern!`, `py_run!`.

mod intern;
mod py_run;
