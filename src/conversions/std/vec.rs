//! Rust sequences <-> Python sequences: `Vec<T>`, `[T; N]`, `&[T]`,
//! `Box<[T]>`, `VecDeque<T>` and `LinkedList<T>`.
//!
//! Into Python, `Vec`, arrays, slices and boxed slices become a `list`,
//! except sequences of `u8`, which become `bytes` (through the sequence
//! hooks of `IntoPyObject`, which `u8` and `&u8` override in `num.rs`); `VecDeque`
//! and `LinkedList` always become a `list`.
//!
//! From Python, any sequence (`PySequence_Check`) is accepted, except that
//! `str` is refused for the growable containers (a `str` is a sequence of
//! one-character strings, which is rarely what is meant). Arrays check the
//! length first.

use std::collections::{LinkedList, VecDeque};

use crate::conversion::private::Token;
use crate::conversion::{FromPyObject, FromPyObjectOwned, IntoPyObject};
use crate::err::{CastError, PyErr, PyResult};
use crate::exceptions::{PyTypeError, PyValueError};
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyAnyMethods, PyList, PySequence, PyString, PyTuple};

impl<'py, T> IntoPyObject<'py> for Vec<T>
where
    T: IntoPyObject<'py>,
{
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = T::SEQUENCE_OUTPUT_TYPE;

    /// A `list` of the converted items (`bytes` for `Vec<u8>`).
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        T::owned_sequence_into_pyobject(self, py, Token)
    }
}

impl<'a, 'py, T> IntoPyObject<'py> for &'a Vec<T>
where
    &'a T: IntoPyObject<'py>,
{
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&'a T as IntoPyObject<'py>>::SEQUENCE_OUTPUT_TYPE;

    /// A `list` of the converted items (`bytes` for `&Vec<u8>`).
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        <&T>::borrowed_sequence_into_pyobject(self, py, Token)
    }
}

impl<'a, 'py, T> IntoPyObject<'py> for &'a [T]
where
    &'a T: IntoPyObject<'py>,
{
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&'a T as IntoPyObject<'py>>::SEQUENCE_OUTPUT_TYPE;

    /// A `list` of the converted items (`bytes` for `&[u8]`).
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        <&T>::borrowed_sequence_into_pyobject(self, py, Token)
    }
}

impl<'py, T> IntoPyObject<'py> for Box<[T]>
where
    T: IntoPyObject<'py>,
{
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = T::SEQUENCE_OUTPUT_TYPE;

    /// A `list` of the converted items (`bytes` for `Box<[u8]>`).
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        self.into_vec().into_pyobject(py)
    }
}

impl<'a, 'py, T> IntoPyObject<'py> for &'a Box<[T]>
where
    &'a T: IntoPyObject<'py>,
{
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&'a T as IntoPyObject<'py>>::SEQUENCE_OUTPUT_TYPE;

    /// A `list` of the converted items (`bytes` for `&Box<[u8]>`).
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        self.as_ref().into_pyobject(py)
    }
}

impl<'py, T, const N: usize> IntoPyObject<'py> for [T; N]
where
    T: IntoPyObject<'py>,
{
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = T::SEQUENCE_OUTPUT_TYPE;

    /// A `list` of the converted items (`bytes` for `[u8; N]`).
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        T::owned_sequence_into_pyobject(self, py, Token)
    }
}

impl<'a, 'py, T, const N: usize> IntoPyObject<'py> for &'a [T; N]
where
    &'a T: IntoPyObject<'py>,
{
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&'a T as IntoPyObject<'py>>::SEQUENCE_OUTPUT_TYPE;

    /// A `list` of the converted items (`bytes` for `&[u8; N]`).
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        <&T>::borrowed_sequence_into_pyobject(self, py, Token)
    }
}

/// `VecDeque` and `LinkedList`: always a `list` (of `u8` too), front to back;
/// extracted from any sequence except `str`.
macro_rules! list_like_container {
    ($container:ident) => {
        impl<'py, T> IntoPyObject<'py> for $container<T>
        where
            T: IntoPyObject<'py>,
        {
            type Target = PyList;
            type Output = Bound<'py, PyList>;
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr =
                crate::type_hint_subscript!(PyList::TYPE_HINT, T::OUTPUT_TYPE);

            /// A `list` of the converted items, front to back.
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                PyList::new(py, self)
            }
        }

        impl<'a, 'py, T> IntoPyObject<'py> for &'a $container<T>
        where
            &'a T: IntoPyObject<'py>,
        {
            type Target = PyList;
            type Output = Bound<'py, PyList>;
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
                PyList::TYPE_HINT,
                <&'a T as IntoPyObject<'py>>::OUTPUT_TYPE
            );

            /// A `list` of the converted items, front to back.
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                PyList::new(py, self)
            }
        }

        /// Extracts from any sequence except `str`.
        impl<'py, T> FromPyObject<'_, 'py> for $container<T>
        where
            T: FromPyObjectOwned<'py>,
        {
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const INPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
                crate::type_hint_identifier!("_typeshed", "SupportsGetItem"),
                crate::type_hint_identifier!("builtins", "int"),
                T::INPUT_TYPE
            );

            fn extract(obj: Borrowed<'_, 'py, PyAny>) -> PyResult<Self> {
                refuse_str(obj, stringify!($container))?;
                extract_sequence(obj).map(<$container<T>>::from_iter)
            }
        }
    };
}

list_like_container!(VecDeque);
list_like_container!(LinkedList);

/// Extracts from any sequence except `str`.
impl<'py, T> FromPyObject<'_, 'py> for Vec<T>
where
    T: FromPyObjectOwned<'py>,
{
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
        crate::type_hint_identifier!("_typeshed", "SupportsGetItem"),
        crate::type_hint_identifier!("builtins", "int"),
        T::INPUT_TYPE
    );

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> PyResult<Self> {
        refuse_str(obj, "Vec")?;
        extract_sequence(obj)
    }
}

/// Extracts from any sequence except `str`.
impl<'py, T> FromPyObject<'_, 'py> for Box<[T]>
where
    T: FromPyObjectOwned<'py>,
{
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = <Vec<T> as FromPyObject<'_, 'py>>::INPUT_TYPE;

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> PyResult<Self> {
        refuse_str(obj, "Box<[T]>")?;
        extract_sequence(obj).map(Vec::into_boxed_slice)
    }
}

/// Extracts from any sequence of exactly `N` items (`str` included).
impl<'py, T, const N: usize> FromPyObject<'_, 'py> for [T; N]
where
    T: FromPyObjectOwned<'py>,
{
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
        crate::type_hint_identifier!("_typeshed", "SupportsLenAndGetItem"),
        T::INPUT_TYPE
    );

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> PyResult<Self> {
        check_sequence(obj)?;
        let len = obj.len()?;
        if len != N {
            return Err(PyValueError::new_err(format!(
                "expected a sequence of length {N} (got {len})"
            )));
        }
        let mut items = Vec::with_capacity(N);
        for index in 0..N {
            items.push(extract_item::<T>(sequence_item(obj, index)?)?);
        }
        match <[T; N]>::try_from(items) {
            Ok(array) => Ok(array),
            Err(_) => unreachable!("exactly N items were extracted"),
        }
    }
}

/// `TypeError: Can't extract `str` to `Vec``.
pub(crate) fn refuse_str(obj: Borrowed<'_, '_, PyAny>, container: &str) -> PyResult<()> {
    if obj.is_instance_of::<PyString>() {
        Err(PyTypeError::new_err(format!(
            "Can't extract `str` to `{container}`"
        )))
    } else {
        Ok(())
    }
}

/// `TypeError: 'int' object is not an instance of 'Sequence'` for objects
/// without the sequence protocol.
fn check_sequence(obj: Borrowed<'_, '_, PyAny>) -> PyResult<()> {
    // SAFETY: attached; the object is alive.
    if unsafe { ffi::PySequence_Check(obj.as_ptr()) } == 0 {
        Err(CastError::new(obj, PySequence::type_object(obj.py()).into_any()).into())
    } else {
        Ok(())
    }
}

/// `obj[index]` for a sequence (`IndexError` if it is shorter).
fn sequence_item<'py>(obj: Borrowed<'_, 'py, PyAny>, index: usize) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: attached; returns a new reference or null with an error. The
    // index is below a length Python reported, so it fits `Py_ssize_t`.
    unsafe {
        Bound::from_owned_ptr_or_err(
            obj.py(),
            ffi::PySequence_GetItem(obj.as_ptr(), index as ffi::Py_ssize_t),
        )
    }
}

/// Extracts one item, converting the error.
#[inline]
fn extract_item<'py, T>(item: Bound<'py, PyAny>) -> PyResult<T>
where
    T: FromPyObjectOwned<'py>,
{
    item.extract::<T>().map_err(Into::into)
}

/// How many items a sequence's own `__len__` may make us reserve room for
/// up front; beyond it the vector grows as items actually arrive.
const MAX_PREALLOCATED_ITEMS: usize = 4096;

/// The items of a sequence. Tuples and lists (exactly those types, whose
/// iteration cannot be overridden) are read directly; other sequences are
/// iterated.
pub(crate) fn extract_sequence<'py, T>(obj: Borrowed<'_, 'py, PyAny>) -> PyResult<Vec<T>>
where
    T: FromPyObjectOwned<'py>,
{
    let ptr = obj.as_ptr();
    // SAFETY: attached; the object is alive, so its type can be read.
    if unsafe { ffi::PyTuple_CheckExact(ptr) } != 0 {
        // SAFETY: just checked.
        let tuple = unsafe { obj.cast_unchecked::<PyTuple>() };
        return extract_tuple(tuple);
    }
    // SAFETY: as for the tuple check.
    if unsafe { ffi::PyList_CheckExact(ptr) } != 0 {
        // SAFETY: just checked.
        let list = unsafe { obj.cast_unchecked::<PyList>() };
        #[cfg(not(any(Py_LIMITED_API, Py_GIL_DISABLED, PyPy, GraalPy)))]
        return extract_list_in_place(list);
        #[cfg(any(Py_LIMITED_API, Py_GIL_DISABLED, PyPy, GraalPy))]
        return list.to_owned().into_iter().map(extract_item).collect();
    }
    check_sequence(obj)?;
    // The length is only a capacity hint, and no more than a bounded one:
    // `__len__` may report anything (an object failing `len()` can still be
    // iterated, and one claiming `2**62` items must not abort the process
    // in a failed allocation).
    let hint = obj.len().unwrap_or(0).min(MAX_PREALLOCATED_ITEMS);
    let mut items = Vec::with_capacity(hint);
    for item in obj.try_iter()? {
        items.push(extract_item(item?)?);
    }
    Ok(items)
}

/// The items of a list, read from its item array. Converting an item may
/// run Python code that changes the list, so the size is read again for
/// every item and each item is held by a strong reference while converted.
/// (With the GIL, nothing else can change the list between those steps.)
#[cfg(not(any(Py_LIMITED_API, Py_GIL_DISABLED, PyPy, GraalPy)))]
fn extract_list_in_place<'py, T>(list: Borrowed<'_, 'py, PyList>) -> PyResult<Vec<T>>
where
    T: FromPyObjectOwned<'py>,
{
    let py = list.py();
    let ptr = list.as_ptr();
    // SAFETY: `ptr` is a list, alive for the call.
    let mut items = Vec::with_capacity(unsafe { ffi::PyList_GET_SIZE(ptr) } as usize);
    let mut index = 0;
    // Converting an item may run Python code that changes the list: the
    // size is read again before every item.
    // SAFETY: attached with the GIL; `ptr` is a list alive for the call.
    while index < unsafe { ffi::PyList_GET_SIZE(ptr) } {
        // SAFETY: `index` is below the size just read and nothing ran since;
        // the item gets its own reference before any Python code can run.
        let item = unsafe { Bound::from_borrowed_ptr(py, ffi::PyList_GET_ITEM(ptr, index)) };
        items.push(item.extract::<T>().map_err(Into::into)?);
        index += 1;
    }
    Ok(items)
}

/// The items of a tuple, read in place (tuples cannot change, and the
/// caller keeps it alive).
fn extract_tuple<'py, T>(tuple: Borrowed<'_, 'py, PyTuple>) -> PyResult<Vec<T>>
where
    T: FromPyObjectOwned<'py>,
{
    use crate::types::PyTupleMethods;
    let len = tuple.len();
    let mut items = Vec::with_capacity(len);
    for index in 0..len {
        // SAFETY: `index` is below the (immutable) length.
        let item = unsafe { tuple.get_borrowed_item_unchecked(index) };
        items.push(item.extract::<T>().map_err(Into::into)?);
    }
    Ok(items)
}
