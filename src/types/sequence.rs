//! `PySequence`: any object implementing the sequence protocol (an instance
//! of `collections.abc.Sequence`).

use crate::conversion::IntoPyObject;
use crate::err::{PyResult, error_on_minusone};
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound, BoundObject, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyAnyMethods, PyList, PyTuple, PyType};

/// A Python sequence: `list`, `tuple`, or any instance of
/// `collections.abc.Sequence` (including classes registered with it, see
/// [`PySequence::register`]).
///
/// Its "type object" is the `collections.abc.Sequence` class.
#[repr(transparent)]
pub struct PySequence(PyAny);

crate::pyobject_native_type_named!(PySequence);
impl crate::sealed::Sealed for Bound<'_, PySequence> {}

/// `collections.abc.Sequence`, imported once.
fn sequence_abc(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static SEQUENCE_ABC: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    SEQUENCE_ABC.import(py, "collections.abc", "Sequence")
}

// SAFETY: `type_object_raw` is the `collections.abc.Sequence` class (kept
// alive by the static cell), and `is_type_of` accepts exactly the objects
// `isinstance(obj, Sequence)` accepts (lists and tuples are registered
// sequences).
unsafe impl PyTypeInfo for PySequence {
    #[cfg(feature = "experimental-inspect")]
    const TYPE_HINT: PyStaticExpr = crate::type_hint_identifier!("collections.abc", "Sequence");

    fn type_object_raw(py: Python<'_>) -> *mut ffi::PyTypeObject {
        sequence_abc(py)
            .expect("failed to import collections.abc.Sequence")
            .as_ptr()
            .cast()
    }

    fn is_type_of(object: &Bound<'_, PyAny>) -> bool {
        let ptr = object.as_ptr();
        // SAFETY: attached; the object is alive.
        if unsafe { ffi::PyList_Check(ptr) != 0 || ffi::PyTuple_Check(ptr) != 0 } {
            return true;
        }
        let py = object.py();
        match sequence_abc(py).and_then(|abc| object.is_instance(abc.as_any())) {
            Ok(is_sequence) => is_sequence,
            Err(err) => {
                err.write_unraisable(py, Some(object));
                false
            }
        }
    }
}

impl PySequence {
    /// Registers `T` as a virtual subclass of `collections.abc.Sequence`, so
    /// that its instances cast to `PySequence`.
    pub fn register<T: PyTypeInfo>(py: Python<'_>) -> PyResult<()> {
        sequence_abc(py)?.call_method1("register", (T::type_object(py),))?;
        Ok(())
    }
}

/// A Rust index as a `Py_ssize_t`, saturating at `isize::MAX`.
#[inline]
fn ssize(index: usize) -> ffi::Py_ssize_t {
    index.min(isize::MAX as usize) as ffi::Py_ssize_t
}

/// The methods of sequences.
pub trait PySequenceMethods<'py>: crate::sealed::Sealed {
    /// `len(seq)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyList::new(py, [1, 2, 3])?.into_sequence();
    ///     assert_eq!(seq.len()?, 3);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn len(&self) -> PyResult<usize>;
    /// Whether `len(seq) == 0`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(PyList::empty(py).as_sequence().is_empty()?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_empty(&self) -> PyResult<bool>;
    /// `seq + other`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{PyList, PyTuple};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let a = PyTuple::new(py, [1, 2])?.into_sequence();
    ///     let b = PyTuple::new(py, [3])?.into_sequence();
    ///     assert_eq!(a.concat(&b)?.extract::<Vec<i32>>()?, vec![1, 2, 3]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn concat(&self, other: &Bound<'_, PySequence>) -> PyResult<Bound<'py, PySequence>>;
    /// `seq * count`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyList::new(py, ["ab"])?.into_sequence();
    ///     let twice = seq.repeat(2)?;
    ///     assert_eq!(twice.extract::<Vec<String>>()?, vec!["ab", "ab"]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn repeat(&self, count: usize) -> PyResult<Bound<'py, PySequence>>;
    /// `seq += other` (in place where the type supports it); the result.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1])?;
    ///     let more = PyList::new(py, [2, 3])?;
    ///     list.as_sequence().in_place_concat(more.as_sequence())?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, vec![1, 2, 3]); // lists grow in place
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn in_place_concat(&self, other: &Bound<'_, PySequence>) -> PyResult<Bound<'py, PySequence>>;
    /// `seq *= count` (in place where the type supports it); the result.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [0])?;
    ///     list.as_sequence().in_place_repeat(3)?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, vec![0, 0, 0]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn in_place_repeat(&self, count: usize) -> PyResult<Bound<'py, PySequence>>;
    /// `seq[index]`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyTuple::new(py, ["a", "b"])?.into_sequence();
    ///     assert_eq!(seq.get_item(1)?.extract::<String>()?, "b");
    ///     assert!(seq.get_item(5).is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn get_item(&self, index: usize) -> PyResult<Bound<'py, PyAny>>;
    /// `seq[begin:end]`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyTuple::new(py, [0, 1, 2, 3])?.into_sequence();
    ///     assert_eq!(seq.get_slice(1, 3)?.extract::<Vec<i32>>()?, vec![1, 2]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn get_slice(&self, begin: usize, end: usize) -> PyResult<Bound<'py, PySequence>>;
    /// `seq[i] = item`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{PyList, PyTuple};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyList::new(py, [1, 2])?.into_sequence();
    ///     seq.set_item(1, 20)?;
    ///     assert_eq!(seq.extract::<Vec<i32>>()?, vec![1, 20]);
    ///     let tuple = PyTuple::new(py, [1, 2])?.into_sequence();
    ///     assert!(tuple.set_item(0, 5).is_err()); // tuples are immutable
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn set_item<I>(&self, i: usize, item: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>;
    /// `del seq[i]`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyList::new(py, [1, 2, 3])?.into_sequence();
    ///     seq.del_item(0)?;
    ///     assert_eq!(seq.extract::<Vec<i32>>()?, vec![2, 3]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn del_item(&self, i: usize) -> PyResult<()>;
    /// `seq[i1:i2] = v`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyList::new(py, [1, 2, 3])?.into_sequence();
    ///     seq.set_slice(1, 3, PyList::new(py, [9])?.as_any())?;
    ///     assert_eq!(seq.extract::<Vec<i32>>()?, vec![1, 9]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn set_slice(&self, i1: usize, i2: usize, v: &Bound<'_, PyAny>) -> PyResult<()>;
    /// `del seq[i1:i2]`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyList::new(py, [1, 2, 3, 4])?.into_sequence();
    ///     seq.del_slice(0, 2)?;
    ///     assert_eq!(seq.extract::<Vec<i32>>()?, vec![3, 4]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn del_slice(&self, i1: usize, i2: usize) -> PyResult<()>;
    /// `seq.count(value)`: how many items equal `value`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyList::new(py, [1, 2, 1, 1])?.into_sequence();
    ///     assert_eq!(seq.count(1)?, 3);
    ///     assert_eq!(seq.count(5)?, 0);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[cfg(not(PyPy))]
    fn count<V>(&self, value: V) -> PyResult<usize>
    where
        V: IntoPyObject<'py>;
    /// `value in seq`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyTuple::new(py, ["x", "y"])?.into_sequence();
    ///     assert!(seq.contains("y")?);
    ///     assert!(!seq.contains("z")?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn contains<V>(&self, value: V) -> PyResult<bool>
    where
        V: IntoPyObject<'py>;
    /// `seq.index(value)`: the first index of an item equal to `value`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyTuple::new(py, [5, 6, 5])?.into_sequence();
    ///     assert_eq!(seq.index(5)?, 0);
    ///     assert!(seq.index(7).is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn index<V>(&self, value: V) -> PyResult<usize>
    where
        V: IntoPyObject<'py>;
    /// `list(seq)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyTuple::new(py, [1, 2])?.into_sequence();
    ///     let list = seq.to_list()?;
    ///     list.append(3)?;
    ///     assert_eq!(list.len(), 3);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn to_list(&self) -> PyResult<Bound<'py, PyList>>;
    /// `tuple(seq)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyList::new(py, [1, 2])?.into_sequence();
    ///     assert_eq!(seq.to_tuple()?.extract::<(i32, i32)>()?, (1, 2));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn to_tuple(&self) -> PyResult<Bound<'py, PyTuple>>;
}

/// A new reference returned by the C API, as a `PySequence`.
///
/// # Safety
///
/// `ptr` must be a new reference, or null with an error set. (The methods
/// of `PySequence` go through the abstract object API, which is sound for
/// any object, so a result that is not a real sequence only gives errors.)
#[inline]
unsafe fn owned_sequence(
    py: Python<'_>,
    ptr: *mut ffi::PyObject,
) -> PyResult<Bound<'_, PySequence>> {
    // SAFETY: the caller upholds this function's documented safety contract.
    unsafe { Bound::from_owned_ptr_or_err(py, ptr).map(|seq| seq.cast_into_unchecked()) }
}

impl<'py> PySequenceMethods<'py> for Bound<'py, PySequence> {
    fn len(&self) -> PyResult<usize> {
        // SAFETY: attached; the object is alive.
        let len = unsafe { ffi::PySequence_Size(self.as_ptr()) };
        error_on_minusone(self.py(), len)?;
        Ok(len as usize)
    }

    fn is_empty(&self) -> PyResult<bool> {
        self.len().map(|len| len == 0)
    }

    fn concat(&self, other: &Bound<'_, PySequence>) -> PyResult<Bound<'py, PySequence>> {
        // SAFETY: attached; returns a new reference or null with an error.
        unsafe {
            owned_sequence(
                self.py(),
                ffi::PySequence_Concat(self.as_ptr(), other.as_ptr()),
            )
        }
    }

    fn repeat(&self, count: usize) -> PyResult<Bound<'py, PySequence>> {
        // SAFETY: as in `concat`.
        unsafe {
            owned_sequence(
                self.py(),
                ffi::PySequence_Repeat(self.as_ptr(), ssize(count)),
            )
        }
    }

    fn in_place_concat(&self, other: &Bound<'_, PySequence>) -> PyResult<Bound<'py, PySequence>> {
        // SAFETY: as in `concat`.
        unsafe {
            owned_sequence(
                self.py(),
                ffi::PySequence_InPlaceConcat(self.as_ptr(), other.as_ptr()),
            )
        }
    }

    fn in_place_repeat(&self, count: usize) -> PyResult<Bound<'py, PySequence>> {
        // SAFETY: as in `concat`.
        unsafe {
            owned_sequence(
                self.py(),
                ffi::PySequence_InPlaceRepeat(self.as_ptr(), ssize(count)),
            )
        }
    }

    fn get_item(&self, index: usize) -> PyResult<Bound<'py, PyAny>> {
        // SAFETY: attached; returns a new reference or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(
                self.py(),
                ffi::PySequence_GetItem(self.as_ptr(), ssize(index)),
            )
        }
    }

    fn get_slice(&self, begin: usize, end: usize) -> PyResult<Bound<'py, PySequence>> {
        // SAFETY: as in `concat`.
        unsafe {
            owned_sequence(
                self.py(),
                ffi::PySequence_GetSlice(self.as_ptr(), ssize(begin), ssize(end)),
            )
        }
    }

    fn set_item<I>(&self, i: usize, item: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>,
    {
        fn inner(
            seq: &Bound<'_, PySequence>,
            i: usize,
            item: Borrowed<'_, '_, PyAny>,
        ) -> PyResult<()> {
            // SAFETY: attached; `PySequence_SetItem` takes its own reference.
            let result = unsafe { ffi::PySequence_SetItem(seq.as_ptr(), ssize(i), item.as_ptr()) };
            error_on_minusone(seq.py(), result)
        }
        let item = item.into_pyobject(self.py()).map_err(Into::into)?;
        inner(self, i, item.as_borrowed().to_any())
    }

    fn del_item(&self, i: usize) -> PyResult<()> {
        // SAFETY: attached; the object is alive.
        let result = unsafe { ffi::PySequence_DelItem(self.as_ptr(), ssize(i)) };
        error_on_minusone(self.py(), result)
    }

    fn set_slice(&self, i1: usize, i2: usize, v: &Bound<'_, PyAny>) -> PyResult<()> {
        // SAFETY: attached; the objects are alive.
        let result =
            unsafe { ffi::PySequence_SetSlice(self.as_ptr(), ssize(i1), ssize(i2), v.as_ptr()) };
        error_on_minusone(self.py(), result)
    }

    fn del_slice(&self, i1: usize, i2: usize) -> PyResult<()> {
        // SAFETY: attached; the object is alive.
        let result = unsafe { ffi::PySequence_DelSlice(self.as_ptr(), ssize(i1), ssize(i2)) };
        error_on_minusone(self.py(), result)
    }

    #[cfg(not(PyPy))]
    fn count<V>(&self, value: V) -> PyResult<usize>
    where
        V: IntoPyObject<'py>,
    {
        fn inner(seq: &Bound<'_, PySequence>, value: Borrowed<'_, '_, PyAny>) -> PyResult<usize> {
            // SAFETY: attached; both objects are alive.
            let count = unsafe { ffi::PySequence_Count(seq.as_ptr(), value.as_ptr()) };
            error_on_minusone(seq.py(), count)?;
            Ok(count as usize)
        }
        let value = value.into_pyobject(self.py()).map_err(Into::into)?;
        inner(self, value.as_borrowed().to_any())
    }

    fn contains<V>(&self, value: V) -> PyResult<bool>
    where
        V: IntoPyObject<'py>,
    {
        self.as_any().contains(value)
    }

    fn index<V>(&self, value: V) -> PyResult<usize>
    where
        V: IntoPyObject<'py>,
    {
        let value = value.into_pyobject(self.py()).map_err(Into::into)?;
        crate::types::any::sequence_index(self.as_any(), value.as_borrowed().to_any())
    }

    fn to_list(&self) -> PyResult<Bound<'py, PyList>> {
        // SAFETY: attached; returns a new list or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(self.py(), ffi::PySequence_List(self.as_ptr()))
                .map(|list| list.cast_into_unchecked())
        }
    }

    fn to_tuple(&self) -> PyResult<Bound<'py, PyTuple>> {
        // SAFETY: attached; returns a new tuple or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(self.py(), ffi::PySequence_Tuple(self.as_ptr()))
                .map(|tuple| tuple.cast_into_unchecked())
        }
    }
}
