//! Shapes and option combinations `#[derive(FromPyObject)]` refuses.
#![allow(unused)]

use pyo3::prelude::*;

#[derive(FromPyObject)]
struct EmptyStruct {}

#[derive(FromPyObject)]
struct UnitStruct;

#[derive(FromPyObject)]
struct EmptyTuple();

#[derive(FromPyObject)]
enum EmptyEnum {}

#[derive(FromPyObject)]
enum UnitVariant {
    Value(i32),
    Nothing,
}

#[derive(FromPyObject)]
union Union {
    a: i32,
}

#[derive(FromPyObject)]
struct TwoLifetimes<'a, 'b> {
    a: Bound<'a, PyAny>,
    b: Bound<'b, PyAny>,
}

#[derive(FromPyObject)]
#[pyo3(transparent)]
struct TransparentTwoFields {
    a: i32,
    b: i32,
}

#[derive(FromPyObject)]
#[pyo3(transparent)]
struct TransparentTwoTupleFields(i32, i32);

#[derive(FromPyObject)]
#[pyo3(transparent)]
struct TransparentWithItem {
    #[pyo3(item)]
    a: i32,
}

#[derive(FromPyObject)]
#[pyo3(transparent, rename_all = "camelCase")]
struct TransparentRenamed {
    a_b: i32,
}

#[derive(FromPyObject)]
#[pyo3(transparent, from_item_all)]
struct TransparentFromItemAll {
    a: i32,
}

#[derive(FromPyObject)]
struct TupleFieldItem(#[pyo3(item)] i32, i32);

#[derive(FromPyObject)]
struct TupleFieldAttribute(i32, #[pyo3(attribute("x"))] i32);

#[derive(FromPyObject)]
struct TupleFieldDefault(i32, #[pyo3(default)] i32);

#[derive(FromPyObject)]
#[pyo3(rename_all = "camelCase")]
struct TupleRenamed(i32, i32);

#[derive(FromPyObject)]
#[pyo3(from_item_all)]
struct TupleFromItemAll(i32, i32);

#[derive(FromPyObject)]
#[pyo3(from_item_all)]
struct RedundantItem {
    #[pyo3(item)]
    a: i32,
}

#[derive(FromPyObject)]
#[pyo3(from_item_all)]
struct AttributeWithFromItemAll {
    #[pyo3(attribute)]
    a: i32,
}

#[derive(FromPyObject)]
struct OnlyDefaults {
    #[pyo3(default)]
    a: i32,
    #[pyo3(default = 2)]
    b: i32,
}

#[derive(FromPyObject)]
#[pyo3(annotation = "int")]
struct AnnotatedStruct {
    a: i32,
}

#[derive(FromPyObject)]
#[pyo3(transparent)]
enum TransparentEnum {
    A(i32),
}

#[derive(FromPyObject)]
#[pyo3(annotation = "int")]
enum AnnotatedEnum {
    A(i32),
}

#[derive(FromPyObject)]
#[pyo3(from_item_all)]
enum FromItemAllEnum {
    A { a: i32 },
}

#[derive(FromPyObject)]
#[pyo3(rename_all = "camelCase")]
enum RenamedTwice {
    #[pyo3(rename_all = "snake_case")]
    A { a_b: i32 },
}

#[derive(FromPyObject)]
enum CrateOnVariant {
    #[pyo3(crate = "pyo3")]
    A(i32),
}

#[derive(FromPyObject)]
struct BorrowsForPy<'py> {
    text: &'py str,
    list: Vec<&'py [u8]>,
}

#[derive(FromPyObject)]
struct NewtypeBorrowsForPy<'a>(&'a str);

fn main() {}
