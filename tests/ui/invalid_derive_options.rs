//! Unknown, repeated and misplaced `#[pyo3(...)]` options of the derives.
#![allow(unused)]

use pyo3::prelude::*;

#[derive(FromPyObject)]
#[pyo3(nonsense)]
struct UnknownContainerOption {
    a: i32,
}

#[derive(IntoPyObject)]
#[pyo3(get_all)]
struct UnknownContainerOptionInto {
    a: i32,
}

#[derive(FromPyObject)]
struct UnknownFieldOption {
    #[pyo3(get)]
    a: i32,
}

#[derive(IntoPyObjectRef)]
struct UnknownFieldOptionRef {
    #[pyo3(name = "b")]
    a: i32,
}

#[derive(FromPyObject)]
#[pyo3(transparent, transparent)]
struct TwiceTransparent {
    a: i32,
}

#[derive(FromPyObject)]
struct TwiceDefault {
    #[pyo3(default)]
    #[pyo3(default = 1)]
    a: i32,
    b: i32,
}

#[derive(FromPyObject)]
#[pyo3(item)]
struct FieldOptionOnStruct {
    a: i32,
}

#[derive(FromPyObject)]
struct StructOptionOnField {
    #[pyo3(transparent)]
    a: i32,
}

#[derive(FromPyObject)]
struct ItemAndAttribute {
    #[pyo3(item, attribute)]
    a: i32,
}

#[derive(FromPyObject)]
struct ItemTwice {
    #[pyo3(item("a"))]
    #[pyo3(item("b"))]
    a: i32,
}

#[derive(FromPyObject)]
struct EmptyAttributeName {
    #[pyo3(attribute(""))]
    a: i32,
}

#[derive(FromPyObject)]
struct AttributeNameNotString {
    #[pyo3(attribute(name))]
    a: i32,
}

#[derive(FromPyObject)]
struct TwoKeys {
    #[pyo3(item("a", "b"))]
    a: i32,
}

#[derive(FromPyObject)]
struct FromPyWithString {
    #[pyo3(from_py_with = "Bound::len")]
    a: usize,
}

#[derive(FromPyObject)]
#[pyo3(transparent = true)]
struct FlagWithValue {
    a: i32,
}

#[derive(FromPyObject)]
#[pyo3(rename_all = "shouting")]
struct BadRenameRule {
    a: i32,
}

#[derive(FromPyObject)]
#[pyo3(annotation = name)]
enum AnnotationNotString {
    A(i32),
}

#[derive(IntoPyObject)]
#[pyo3(crate = 5)]
struct BadCratePath {
    a: i32,
}

fn main() {}
