//! `serde::Serialize` and `serde::Deserialize` for `Py<T>` (serde 1.0),
//! where `T` is a `#[pyclass]` that is itself `Serialize` / `Deserialize`:
//! a Rust struct holding Python objects of classes serializes like the
//! struct holding the classes' Rust values. Nothing is converted to or from
//! Python objects: this is serde for the Rust value inside a class object.
//!
//! Serializing attaches to the interpreter and takes a shared borrow of the
//! value; a value that is mutably borrowed at that moment fails with the
//! serializer's custom error carrying the borrow error's text. Deserializing
//! builds the value, then attaches and makes a new object of the class; an
//! exception while making it becomes the deserializer's custom error with
//! the exception's text (`"TypeError: ..."`).
//!

use serde::{Deserialize, Deserializer, Serialize, Serializer, de, ser};

use crate::instance::Py;
use crate::marker::Python;
use crate::pyclass::PyClass;
use crate::types::PyAny;

impl<T> Serialize for Py<T>
where
    T: Serialize + PyClass,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Python::attach(|py| match self.try_borrow(py) {
            Ok(value) => (*value).serialize(serializer),
            Err(busy) => Err(<S::Error as ser::Error>::custom(busy.to_string())),
        })
    }
}

impl<'de, T> Deserialize<'de> for Py<T>
where
    T: Deserialize<'de> + PyClass<BaseType = PyAny>,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Py<T>, D::Error> {
        let value = T::deserialize(deserializer)?;
        Python::attach(|py| {
            Py::new(py, value).map_err(|err| <D::Error as de::Error>::custom(err.to_string()))
        })
    }
}
