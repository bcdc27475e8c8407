//! `HashMap` and `BTreeMap` <-> Python `dict`.
//!
//! Into Python, a map becomes a new `dict`. From Python, a `dict` (or an
//! instance of a subclass) is accepted; other mappings are refused with
//! `TypeError: 'X' object is not an instance of 'dict'`, as in PyO3.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, Hash};

use crate::conversion::{FromPyObject, FromPyObjectOwned, IntoPyObject};
use crate::err::{PyErr, PyResult};
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyAnyMethods, PyDict, PyDictMethods};

/// A new dict of the converted pairs.
pub(crate) fn new_dict<'py, K, V>(
    py: Python<'py>,
    pairs: impl IntoIterator<Item = (K, V)>,
) -> PyResult<Bound<'py, PyDict>>
where
    K: IntoPyObject<'py>,
    V: IntoPyObject<'py>,
{
    let dict = PyDict::new(py);
    for (key, value) in pairs {
        dict.set_item(key, value)?;
    }
    Ok(dict)
}

/// A dict's pairs, extracted.
pub(crate) fn extract_pairs<'py, K, V>(
    dict: &Bound<'py, PyDict>,
) -> impl Iterator<Item = PyResult<(K, V)>> + 'py + use<'py, K, V>
where
    K: FromPyObjectOwned<'py>,
    V: FromPyObjectOwned<'py>,
{
    dict.iter().map(|(key, value)| {
        Ok((
            key.extract::<K>().map_err(Into::into)?,
            value.extract::<V>().map_err(Into::into)?,
        ))
    })
}

impl<'py, K, V, H> IntoPyObject<'py> for HashMap<K, V, H>
where
    K: IntoPyObject<'py> + Eq + Hash,
    V: IntoPyObject<'py>,
    H: BuildHasher,
{
    type Target = PyDict;
    type Output = Bound<'py, PyDict>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr =
        crate::type_hint_subscript!(PyDict::TYPE_HINT, K::OUTPUT_TYPE, V::OUTPUT_TYPE);

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        new_dict(py, self)
    }
}

impl<'a, 'py, K, V, H> IntoPyObject<'py> for &'a HashMap<K, V, H>
where
    &'a K: IntoPyObject<'py> + Eq + Hash,
    &'a V: IntoPyObject<'py>,
    H: BuildHasher,
{
    type Target = PyDict;
    type Output = Bound<'py, PyDict>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
        PyDict::TYPE_HINT,
        <&'a K as IntoPyObject<'py>>::OUTPUT_TYPE,
        <&'a V as IntoPyObject<'py>>::OUTPUT_TYPE
    );

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        new_dict(py, self)
    }
}

impl<'py, K, V> IntoPyObject<'py> for BTreeMap<K, V>
where
    K: IntoPyObject<'py> + Eq,
    V: IntoPyObject<'py>,
{
    type Target = PyDict;
    type Output = Bound<'py, PyDict>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr =
        crate::type_hint_subscript!(PyDict::TYPE_HINT, K::OUTPUT_TYPE, V::OUTPUT_TYPE);

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        new_dict(py, self)
    }
}

impl<'a, 'py, K, V> IntoPyObject<'py> for &'a BTreeMap<K, V>
where
    &'a K: IntoPyObject<'py> + Eq,
    &'a V: IntoPyObject<'py>,
    K: 'a,
    V: 'a,
{
    type Target = PyDict;
    type Output = Bound<'py, PyDict>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
        PyDict::TYPE_HINT,
        <&'a K as IntoPyObject<'py>>::OUTPUT_TYPE,
        <&'a V as IntoPyObject<'py>>::OUTPUT_TYPE
    );

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        new_dict(py, self)
    }
}

impl<'py, K, V, S> FromPyObject<'_, 'py> for HashMap<K, V, S>
where
    K: FromPyObjectOwned<'py> + Eq + Hash,
    V: FromPyObjectOwned<'py>,
    S: BuildHasher + Default,
{
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr =
        crate::type_hint_subscript!(PyDict::TYPE_HINT, K::INPUT_TYPE, V::INPUT_TYPE);

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> Result<Self, Self::Error> {
        let dict = obj.cast::<PyDict>()?;
        let mut map = HashMap::with_capacity_and_hasher(dict.len(), S::default());
        for pair in extract_pairs(&dict) {
            let (key, value) = pair?;
            map.insert(key, value);
        }
        Ok(map)
    }
}

impl<'py, K, V> FromPyObject<'_, 'py> for BTreeMap<K, V>
where
    K: FromPyObjectOwned<'py> + Ord,
    V: FromPyObjectOwned<'py>,
{
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr =
        crate::type_hint_subscript!(PyDict::TYPE_HINT, K::INPUT_TYPE, V::INPUT_TYPE);

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> Result<Self, Self::Error> {
        let dict = obj.cast::<PyDict>()?;
        extract_pairs(&dict).collect()
    }
}
