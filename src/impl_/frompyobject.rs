//! What `#[derive(FromPyObject)]`, `#[derive(IntoPyObject)]` and
//! `#[derive(IntoPyObjectRef)]` expand to.
//!
//! The derives turn each field into one call of a function here: the
//! lookup (`getattr` or `get_item`), the extraction (by the field's
//! `FromPyObject` or a `from_py_with` function), the default for a missing
//! field and the wording of every error live in this module, once, instead
//! of being repeated in every expansion.
//!
//! Errors read as PyO3's:
//!
//! - a field that fails to extract raises
//!   `TypeError: failed to extract field Struct.field` (`Struct.0` for a
//!   tuple field, `Enum::Variant.field` inside an enum) with the original
//!   error as its `__cause__`; a failed lookup (`AttributeError`,
//!   `KeyError`, ...) is raised as it is;
//! - an enum none of whose variants matched raises
//!   `TypeError: failed to extract enum Enum ('A | B')` followed by one
//!   `- variant A (A): ...` line per variant, each with its error and that
//!   error's chain of causes (`..., caused by ...`).

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::{PyTypeError, PyValueError};
use crate::instance::{Borrowed, Bound, BoundObject};
use crate::marker::Python;
use crate::types::{PyAny, PyAnyMethods, PyDict, PyDictMethods, PyString, PyTuple, PyTupleMethods};

// ---------------------------------------------------------------------------
// #[derive(FromPyObject)]

/// `getattr(obj, name)`: how a named field is read by default and with
/// `#[pyo3(attribute)]`.
#[inline]
pub fn getattr<'py>(
    obj: &Bound<'py, PyAny>,
    name: &Bound<'py, PyString>,
) -> PyResult<Bound<'py, PyAny>> {
    obj.getattr(name)
}

/// `obj[key]`: how a named field is read with `#[pyo3(item)]` or
/// `#[pyo3(from_item_all)]`.
#[inline]
pub fn get_item<'py, K>(obj: &Bound<'py, PyAny>, key: K) -> PyResult<Bound<'py, PyAny>>
where
    K: IntoPyObject<'py>,
{
    obj.get_item(key)
}

/// A field's value by its `FromPyObject` implementation: the extraction
/// used when the field has no `from_py_with`.
#[inline]
pub fn extract<'a, 'py, T>(value: &'a Bound<'py, PyAny>) -> PyResult<T>
where
    T: FromPyObject<'a, 'py>,
{
    value.extract().map_err(Into::into)
}

/// A named field read with `lookup` (the result of [`getattr`] or
/// [`get_item`]) and converted with `extract`. A failed lookup is raised
/// unchanged; a failed conversion is wrapped as
/// `failed to extract field Struct.field`.
#[inline]
pub fn field<'py, T>(
    lookup: PyResult<Bound<'py, PyAny>>,
    struct_name: &str,
    field_name: &str,
    extract: impl FnOnce(&Bound<'py, PyAny>) -> PyResult<T>,
) -> PyResult<T> {
    let value = lookup?;
    extract_field(&value, struct_name, field_name, extract)
}

/// A named field with `#[pyo3(default)]`: `default()` when the lookup
/// fails (whatever the error), otherwise as [`field`] (a value that is
/// there but does not convert is still an error).
#[inline]
pub fn field_or_default<'py, T>(
    lookup: PyResult<Bound<'py, PyAny>>,
    struct_name: &str,
    field_name: &str,
    extract: impl FnOnce(&Bound<'py, PyAny>) -> PyResult<T>,
    default: impl FnOnce() -> T,
) -> PyResult<T> {
    match lookup {
        Ok(value) => extract_field(&value, struct_name, field_name, extract),
        Err(_) => Ok(default()),
    }
}

/// The named field of a `transparent` struct or variant: converted from
/// the object itself.
#[inline]
pub fn extract_field<'py, T>(
    value: &Bound<'py, PyAny>,
    struct_name: &str,
    field_name: &str,
    extract: impl FnOnce(&Bound<'py, PyAny>) -> PyResult<T>,
) -> PyResult<T> {
    match extract(value) {
        Ok(value) => Ok(value),
        Err(err) => Err(field_error(value.py(), err, struct_name, &field_name)),
    }
}

/// Field `index` of a tuple struct or variant, from the tuple's item (or
/// from the object itself for a newtype), as
/// `failed to extract field Struct.0` when it does not convert.
#[inline]
pub fn extract_element<'py, T>(
    value: &Bound<'py, PyAny>,
    struct_name: &str,
    index: usize,
    extract: impl FnOnce(&Bound<'py, PyAny>) -> PyResult<T>,
) -> PyResult<T> {
    match extract(value) {
        Ok(value) => Ok(value),
        Err(err) => Err(field_error(value.py(), err, struct_name, &index)),
    }
}

/// The items of `obj`, which must be a tuple of exactly `N` items (the
/// fields of a tuple struct or variant), borrowed from it.
pub fn tuple_items<'a, 'py, const N: usize>(
    obj: &'a Bound<'py, PyAny>,
) -> PyResult<[Borrowed<'a, 'py, PyAny>; N]> {
    let tuple = obj.cast::<PyTuple>()?;
    let len = tuple.len();
    if len != N {
        return Err(PyValueError::new_err(format!(
            "expected tuple of length {N}, but got tuple of length {len}"
        )));
    }
    let mut items = tuple.iter_borrowed();
    Ok(std::array::from_fn(|_| {
        items
            .next()
            .expect("the tuple's length was checked just above")
    }))
}

#[cold]
fn field_error(py: Python<'_>, cause: PyErr, struct_name: &str, field: &dyn fmt::Display) -> PyErr {
    let error = PyTypeError::new_err(format!("failed to extract field {struct_name}.{field}"));
    error.set_cause(py, Some(cause));
    error
}

/// One variant of an enum deriving `FromPyObject`: its name, the name its
/// error line gives it (`#[pyo3(annotation = "...")]`, or the variant's
/// name) and its extraction.
pub struct Variant<'py, T> {
    name: &'static str,
    annotation: &'static str,
    extract: fn(&Bound<'py, PyAny>) -> PyResult<T>,
}

/// A [`Variant`] for [`extract_enum`].
#[inline]
pub fn variant<'py, T>(
    name: &'static str,
    annotation: &'static str,
    extract: fn(&Bound<'py, PyAny>) -> PyResult<T>,
) -> Variant<'py, T> {
    Variant {
        name,
        annotation,
        extract,
    }
}

/// Tries the variants in order and returns the first that extracts; if
/// none does, one `TypeError` that lists every variant's error.
pub fn extract_enum<'py, T>(
    obj: &Bound<'py, PyAny>,
    enum_name: &str,
    variants: &[Variant<'py, T>],
) -> PyResult<T> {
    let mut errors = Vec::with_capacity(variants.len());
    for variant in variants {
        match (variant.extract)(obj) {
            Ok(value) => return Ok(value),
            Err(err) => errors.push(err),
        }
    }
    Err(enum_error(obj.py(), enum_name, variants, errors))
}

#[cold]
fn enum_error<T>(
    py: Python<'_>,
    enum_name: &str,
    variants: &[Variant<'_, T>],
    errors: Vec<PyErr>,
) -> PyErr {
    let annotations: Vec<&str> = variants.iter().map(|v| v.annotation).collect();
    let mut message = format!(
        "failed to extract enum {enum_name} ('{}')",
        annotations.join(" | ")
    );
    for (variant, error) in variants.iter().zip(errors) {
        let _ = write!(
            message,
            "\n- variant {} ({}): {}",
            variant.name,
            variant.annotation,
            error_with_causes(py, error)
        );
    }
    PyTypeError::new_err(message)
}

/// `Type: message` of `error`, then `, caused by Type: message` for each
/// error of its `__cause__` chain.
fn error_with_causes(py: Python<'_>, error: PyErr) -> String {
    let mut text = error.to_string();
    let mut current = error;
    while let Some(cause) = current.cause(py) {
        let _ = write!(text, ", caused by {cause}");
        current = cause;
    }
    text
}

// ---------------------------------------------------------------------------
// #[derive(IntoPyObject)] and #[derive(IntoPyObjectRef)]

/// The dict a struct with named fields becomes.
#[inline]
pub fn new_dict(py: Python<'_>) -> Bound<'_, PyDict> {
    PyDict::new(py)
}

/// `dict[key] = value` for one field.
#[inline]
pub fn set_field<'py, K, V>(dict: &Bound<'py, PyDict>, key: K, value: V) -> PyResult<()>
where
    K: IntoPyObject<'py>,
    V: IntoPyObject<'py>,
{
    dict.set_item(key, value)
}

/// A value converted by its `IntoPyObject` implementation, as a
/// `Bound<PyAny>` with the error as a `PyErr`.
#[inline]
pub fn into_any<'py, T>(value: T, py: Python<'py>) -> PyResult<Bound<'py, PyAny>>
where
    T: IntoPyObject<'py>,
{
    match value.into_pyobject(py) {
        Ok(object) => Ok(object.into_any().into_bound()),
        Err(err) => Err(err.into()),
    }
}

/// The tuple a tuple struct becomes.
#[inline]
pub fn new_tuple<'py, const N: usize>(
    py: Python<'py>,
    items: [Bound<'py, PyAny>; N],
) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(py, items)
}

/// A field converted by its `#[pyo3(into_py_with = ...)]` function, which
/// `#[derive(IntoPyObject)]` gives the value as `Cow::Owned`.
#[inline]
pub fn into_py_with<'py, T>(
    convert: fn(Cow<'_, T>, Python<'py>) -> PyResult<Bound<'py, PyAny>>,
    value: T,
    py: Python<'py>,
) -> PyResult<Bound<'py, PyAny>>
where
    T: Clone,
{
    convert(Cow::Owned(value), py)
}

/// A field converted by its `#[pyo3(into_py_with = ...)]` function, which
/// `#[derive(IntoPyObjectRef)]` gives the value as `Cow::Borrowed`.
#[inline]
pub fn into_py_with_ref<'a, 'py, T>(
    convert: fn(Cow<'a, T>, Python<'py>) -> PyResult<Bound<'py, PyAny>>,
    value: &'a T,
    py: Python<'py>,
) -> PyResult<Bound<'py, PyAny>>
where
    T: ToOwned + ?Sized,
{
    convert(Cow::Borrowed(value), py)
}
