#![allow(unused)]

use pyo3::prelude::*;

#[pyclass(nonsense)]
struct Unknown {}

#[pyclass(sequence, mapping)]
struct NotYet {}

#[pyclass(hash, eq)]
struct HashNotFrozen {}

#[pyclass(ord)]
struct OrdWithoutEq {}

#[pyclass(name = 5)]
struct NameNotString {}

#[pyclass(rename_all = "shouting")]
struct BadRule {}

#[pyclass(new = "from_thin_air")]
struct BadNew {}

#[pyclass(frozen, frozen)]
struct Twice {}

#[pyclass(frozen, set_all)]
struct FrozenSetAll {
    x: i32,
}

#[pyclass]
struct FieldOptions {
    #[pyo3(get, nonsense)]
    x: i32,
    #[pyo3(name = "y")]
    renamed_but_hidden: i32,
}

#[pyclass]
struct TupleField(#[pyo3(get)] i32);

fn main() {}
