#![allow(unused)]

use std::cell::Cell;
use std::rc::Rc;

use pyo3::prelude::*;

#[pyclass]
struct NotSend {
    shared: Rc<u8>,
}

#[pyclass]
struct NotSync {
    cell: Cell<u8>,
}

#[pyclass(frozen, unsendable)]
struct LocalFrozen {
    cell: Cell<u8>,
}

fn get_needs_sync(object: &Py<LocalFrozen>) -> u8 {
    object.get().cell.get()
}

fn main() {}
