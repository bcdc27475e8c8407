//! `PyTuple`: Python `tuple`, and the conversions of Rust tuples.

use crate::IntoPyObjectExt;
use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::PyValueError;
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound, BoundObject};
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyAnyMethods, PyList, PySequence};

/// A Python `tuple`.
#[repr(transparent)]
pub struct PyTuple(PyAny);

crate::pyobject_native_type_core!(
    PyTuple,
    crate::pyobject_native_static_type_object!(ffi::PyTuple_Type),
    "builtins",
    "tuple", #checkfunction=ffi::PyTuple_Check
);

impl PyTuple {
    /// A new tuple of the converted `elements`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::new(py, [1, 2, 3])?;
    ///     assert_eq!(tuple.extract::<(i32, i32, i32)>()?, (1, 2, 3));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new<'py, T, U>(
        py: Python<'py>,
        elements: impl IntoIterator<Item = T, IntoIter = U>,
    ) -> PyResult<Bound<'py, PyTuple>>
    where
        T: IntoPyObject<'py>,
        U: ExactSizeIterator<Item = T>,
    {
        let elements = elements.into_iter();
        let len = elements.len();
        let size = ffi::Py_ssize_t::try_from(len)
            .expect("out of range integral type conversion attempted on `elements.len()`");
        // SAFETY: attached; `PyTuple_New` returns a new tuple of `len` empty
        // slots (null on memory exhaustion, which panics).
        let tuple = unsafe {
            Bound::from_owned_ptr(py, ffi::PyTuple_New(size)).cast_into_unchecked::<PyTuple>()
        };
        let mut filled = 0;
        for element in elements {
            assert!(
                filled < len,
                "Attempted to create PyTuple but `elements` was larger than reported by its `ExactSizeIterator` implementation."
            );
            let element = element.into_bound_py_any(py)?;
            // SAFETY: index in bounds of the fresh tuple; the slot is empty
            // and `PyTuple_SetItem` steals the reference.
            unsafe {
                ffi::PyTuple_SetItem(
                    tuple.as_ptr(),
                    filled as ffi::Py_ssize_t,
                    element.into_ptr(),
                )
            };
            filled += 1;
        }
        assert!(
            filled == len,
            "Attempted to create PyTuple but `elements` was smaller than reported by its `ExactSizeIterator` implementation."
        );
        Ok(tuple)
    }

    /// The empty tuple.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::empty(py);
    ///     assert_eq!(tuple.len(), 0);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn empty(py: Python<'_>) -> Bound<'_, PyTuple> {
        // SAFETY: attached; returns the (shared) empty tuple.
        unsafe { Bound::from_owned_ptr(py, ffi::PyTuple_New(0)).cast_into_unchecked() }
    }
}

/// The methods of tuples.
pub trait PyTupleMethods<'py>: crate::sealed::Sealed {
    /// `len(t)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert_eq!(PyTuple::new(py, ["a", "b"])?.len(), 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn len(&self) -> usize;
    /// Whether the tuple is empty.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(PyTuple::empty(py).is_empty());
    ///     assert!(!PyTuple::new(py, [0])?.is_empty());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_empty(&self) -> bool;
    /// The tuple as a `PySequence` (no check needed).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::new(py, [1, 2])?;
    ///     assert_eq!(tuple.as_sequence().len()?, 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn as_sequence(&self) -> &Bound<'py, PySequence>;
    /// The tuple as a `PySequence` (no check needed).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyTuple::new(py, [1, 2])?.into_sequence();
    ///     assert_eq!(seq.to_list()?.len(), 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn into_sequence(self) -> Bound<'py, PySequence>;
    /// `t[low:high]`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::new(py, [0, 1, 2, 3])?;
    ///     let middle = tuple.get_slice(1, 3);
    ///     assert_eq!(middle.extract::<(i32, i32)>()?, (1, 2));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn get_slice(&self, low: usize, high: usize) -> Bound<'py, PyTuple>;
    /// `t[index]`; `IndexError` when out of range.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::new(py, [10, 20])?;
    ///     assert_eq!(tuple.get_item(0)?.extract::<i32>()?, 10);
    ///     assert!(tuple.get_item(2).is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn get_item(&self, index: usize) -> PyResult<Bound<'py, PyAny>>;
    /// `t[index]`, borrowed.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::new(py, ["x", "y"])?;
    ///     let item = tuple.get_borrowed_item(1)?;
    ///     assert_eq!(item.extract::<String>()?, "y");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn get_borrowed_item<'a>(&'a self, index: usize) -> PyResult<Borrowed<'a, 'py, PyAny>>;
    /// `t[index]` without bounds check.
    ///
    /// # Safety
    ///
    /// `index` must be less than `len()`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::new(py, [4, 5])?;
    ///     // SAFETY: 0 < len() == 2.
    ///     let item = unsafe { tuple.get_item_unchecked(0) };
    ///     assert_eq!(item.extract::<i32>()?, 4);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    unsafe fn get_item_unchecked(&self, index: usize) -> Bound<'py, PyAny>;
    /// `t[index]`, borrowed, without bounds check.
    ///
    /// # Safety
    ///
    /// `index` must be less than `len()`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::new(py, ["a", "b"])?;
    ///     // SAFETY: 1 < len() == 2.
    ///     let item = unsafe { tuple.get_borrowed_item_unchecked(1) };
    ///     assert_eq!(item.extract::<String>()?, "b");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    unsafe fn get_borrowed_item_unchecked<'a>(&'a self, index: usize) -> Borrowed<'a, 'py, PyAny>;
    /// The items as a slice (tuples are immutable).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::new(py, [1, 2])?;
    ///     let items = tuple.as_slice();
    ///     assert_eq!(items[1].extract::<i32>()?, 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[cfg(not(any(Py_LIMITED_API, GraalPy, PyPy)))]
    fn as_slice(&self) -> &[Bound<'py, PyAny>];
    /// `value in t`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::new(py, [1, 2])?;
    ///     assert!(tuple.contains(1)?);
    ///     assert!(!tuple.contains(5)?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn contains<V>(&self, value: V) -> PyResult<bool>
    where
        V: IntoPyObject<'py>;
    /// `t.index(value)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::new(py, ["a", "b"])?;
    ///     assert_eq!(tuple.index("b")?, 1);
    ///     assert!(tuple.index("z").is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn index<V>(&self, value: V) -> PyResult<usize>
    where
        V: IntoPyObject<'py>;
    /// An iterator over the items.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::new(py, [1, 2, 3])?;
    ///     let doubled: Vec<i32> = tuple
    ///         .iter()
    ///         .map(|item| item.extract::<i32>().map(|n| n * 2))
    ///         .collect::<PyResult<_>>()?;
    ///     assert_eq!(doubled, vec![2, 4, 6]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn iter(&self) -> BoundTupleIterator<'py>;
    /// An iterator over the items, borrowed.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyTuple::new(py, [4, 5])?;
    ///     let mut sum = 0;
    ///     for item in tuple.iter_borrowed() {
    ///         sum += item.extract::<i32>()?;
    ///     }
    ///     assert_eq!(sum, 9);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn iter_borrowed<'a>(&'a self) -> BorrowedTupleIterator<'a, 'py>;
    /// `list(t)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyTuple;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyTuple::new(py, [1, 2])?.to_list();
    ///     list.append(3)?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, vec![1, 2, 3]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn to_list(&self) -> Bound<'py, PyList>;
}

impl<'py> PyTupleMethods<'py> for Bound<'py, PyTuple> {
    fn len(&self) -> usize {
        // SAFETY: attached; the object is a tuple.
        unsafe { tuple_len(self.as_ptr()) }
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn as_sequence(&self) -> &Bound<'py, PySequence> {
        // SAFETY: every tuple is a sequence.
        unsafe { self.cast_unchecked() }
    }

    fn into_sequence(self) -> Bound<'py, PySequence> {
        // SAFETY: every tuple is a sequence.
        unsafe { self.cast_into_unchecked() }
    }

    fn get_slice(&self, low: usize, high: usize) -> Bound<'py, PyTuple> {
        let clamp = |index: usize| index.min(isize::MAX as usize) as ffi::Py_ssize_t;
        // SAFETY: attached; slicing clamps out-of-range bounds.
        unsafe {
            Bound::from_owned_ptr(
                self.py(),
                ffi::PyTuple_GetSlice(self.as_ptr(), clamp(low), clamp(high)),
            )
            .cast_into_unchecked()
        }
    }

    fn get_item(&self, index: usize) -> PyResult<Bound<'py, PyAny>> {
        self.get_borrowed_item(index).map(Borrowed::to_owned)
    }

    fn get_borrowed_item<'a>(&'a self, index: usize) -> PyResult<Borrowed<'a, 'py, PyAny>> {
        self.as_borrowed().get_borrowed_item(index)
    }

    unsafe fn get_item_unchecked(&self, index: usize) -> Bound<'py, PyAny> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { self.get_borrowed_item_unchecked(index).to_owned() }
    }

    unsafe fn get_borrowed_item_unchecked<'a>(&'a self, index: usize) -> Borrowed<'a, 'py, PyAny> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { self.as_borrowed().get_borrowed_item_unchecked(index) }
    }

    #[cfg(not(any(Py_LIMITED_API, GraalPy, PyPy)))]
    fn as_slice(&self) -> &[Bound<'py, PyAny>] {
        // SAFETY: a tuple's items are a fixed array of non-null pointers
        // that live as long as the tuple; `Bound<PyAny>` has the layout of
        // such a pointer, and borrowing does not change the counts.
        unsafe {
            let items = std::ptr::addr_of!((*self.as_ptr().cast::<ffi::PyTupleObject>()).ob_item);
            std::slice::from_raw_parts(items.cast::<Bound<'py, PyAny>>(), self.len())
        }
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

    fn iter(&self) -> BoundTupleIterator<'py> {
        BoundTupleIterator {
            tuple: self.clone(),
            index: 0,
            length: self.len(),
        }
    }

    fn iter_borrowed<'a>(&'a self) -> BorrowedTupleIterator<'a, 'py> {
        BorrowedTupleIterator {
            tuple: self.as_borrowed(),
            index: 0,
            length: self.len(),
        }
    }

    fn to_list(&self) -> Bound<'py, PyList> {
        // SAFETY: attached; `PySequence_List` copies the items.
        unsafe {
            Bound::from_owned_ptr(self.py(), ffi::PySequence_List(self.as_ptr()))
                .cast_into_unchecked()
        }
    }
}

/// The length of a tuple (`PyTuple_GET_SIZE` where the layout is known).
#[inline]
unsafe fn tuple_len(tuple: *mut ffi::PyObject) -> usize {
    // SAFETY: `tuple` is a live tuple and the thread is attached (what every
    // caller passes).
    unsafe {
        #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
        {
            ffi::PyTuple_GET_SIZE(tuple) as usize
        }
        #[cfg(any(Py_LIMITED_API, PyPy, GraalPy))]
        {
            ffi::PyTuple_Size(tuple) as usize
        }
    }
}

impl<'a, 'py> Borrowed<'a, 'py, PyTuple> {
    fn get_borrowed_item(self, index: usize) -> PyResult<Borrowed<'a, 'py, PyAny>> {
        // SAFETY: attached; `PyTuple_GetItem` returns a borrowed item or null
        // with `IndexError` set.
        unsafe {
            Borrowed::from_ptr_or_err(
                self.py(),
                ffi::PyTuple_GetItem(
                    self.as_ptr(),
                    index.min(isize::MAX as usize) as ffi::Py_ssize_t,
                ),
            )
        }
    }

    /// Item `index`, borrowed for `'a`, read straight from the tuple.
    ///
    /// # Safety
    ///
    /// `index` must be in bounds.
    pub(crate) unsafe fn get_borrowed_item_unchecked(
        self,
        index: usize,
    ) -> Borrowed<'a, 'py, PyAny> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
            let item = ffi::PyTuple_GET_ITEM(self.as_ptr(), index as ffi::Py_ssize_t);
            #[cfg(any(Py_LIMITED_API, PyPy, GraalPy))]
            let item = ffi::PyTuple_GetItem(self.as_ptr(), index as ffi::Py_ssize_t);
            Borrowed::from_ptr_unchecked(self.py(), item)
        }
    }
}

/// An owning iterator over a tuple's items.
pub struct BoundTupleIterator<'py> {
    tuple: Bound<'py, PyTuple>,
    index: usize,
    length: usize,
}

impl<'py> Iterator for BoundTupleIterator<'py> {
    type Item = Bound<'py, PyAny>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.index < self.length {
            // SAFETY: index checked against the (immutable) length.
            let item = unsafe { self.tuple.get_item_unchecked(self.index) };
            self.index += 1;
            Some(item)
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let remaining = self.length - self.index;
        (remaining, Some(remaining))
    }
}

impl DoubleEndedIterator for BoundTupleIterator<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.index < self.length {
            self.length -= 1;
            // SAFETY: index checked against the length.
            Some(unsafe { self.tuple.get_item_unchecked(self.length) })
        } else {
            None
        }
    }
}

impl ExactSizeIterator for BoundTupleIterator<'_> {}

impl std::iter::FusedIterator for BoundTupleIterator<'_> {}

impl<'py> IntoIterator for Bound<'py, PyTuple> {
    type Item = Bound<'py, PyAny>;
    type IntoIter = BoundTupleIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        let length = self.len();
        BoundTupleIterator {
            tuple: self,
            index: 0,
            length,
        }
    }
}

impl<'py> IntoIterator for &Bound<'py, PyTuple> {
    type Item = Bound<'py, PyAny>;
    type IntoIter = BoundTupleIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A borrowing iterator over a tuple's items.
pub struct BorrowedTupleIterator<'a, 'py> {
    tuple: Borrowed<'a, 'py, PyTuple>,
    index: usize,
    length: usize,
}

impl<'a, 'py> Iterator for BorrowedTupleIterator<'a, 'py> {
    type Item = Borrowed<'a, 'py, PyAny>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.index < self.length {
            // SAFETY: index checked against the (immutable) length.
            let item = unsafe { self.tuple.get_borrowed_item_unchecked(self.index) };
            self.index += 1;
            Some(item)
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let remaining = self.length - self.index;
        (remaining, Some(remaining))
    }
}

impl DoubleEndedIterator for BorrowedTupleIterator<'_, '_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.index < self.length {
            self.length -= 1;
            // SAFETY: index checked against the (immutable) length.
            Some(unsafe { self.tuple.get_borrowed_item_unchecked(self.length) })
        } else {
            None
        }
    }
}

impl ExactSizeIterator for BorrowedTupleIterator<'_, '_> {}

impl std::iter::FusedIterator for BorrowedTupleIterator<'_, '_> {}

/// `expected tuple of length N, but got tuple of length M`.
fn wrong_tuple_length(tuple: &Bound<'_, PyTuple>, expected: usize) -> PyErr {
    PyValueError::new_err(format!(
        "expected tuple of length {}, but got tuple of length {}",
        expected,
        tuple.len()
    ))
}

/// Conversions of Rust tuples to and from Python tuples.
macro_rules! tuple_conversion {
    ($length:literal: $(($index:tt, $T:ident)),+) => {
        impl<'py, $($T,)+> IntoPyObject<'py> for ($($T,)+)
        where
            $($T: IntoPyObject<'py>,)+
        {
            type Target = PyTuple;
            type Output = Bound<'py, PyTuple>;
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
                PyTuple::TYPE_HINT,
                $(<$T as IntoPyObject<'py>>::OUTPUT_TYPE),+
            );

            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                let items = [$(self.$index.into_bound_py_any(py)?,)+];
                PyTuple::new(py, items)
            }
        }

        impl<'a, 'py, $($T,)+> IntoPyObject<'py> for &'a ($($T,)+)
        where
            $(&'a $T: IntoPyObject<'py>,)+
        {
            type Target = PyTuple;
            type Output = Bound<'py, PyTuple>;
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
                PyTuple::TYPE_HINT,
                $(<&'a $T as IntoPyObject<'py>>::OUTPUT_TYPE),+
            );

            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                let items = [$((&self.$index).into_bound_py_any(py)?,)+];
                PyTuple::new(py, items)
            }
        }

        impl<'a, 'py, $($T,)+> FromPyObject<'a, 'py> for ($($T,)+)
        where
            $($T: for<'b> FromPyObject<'b, 'py>,)+
        {
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const INPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
                PyTuple::TYPE_HINT,
                $(<$T as FromPyObject<'a, 'py>>::INPUT_TYPE),+
            );

            fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
                let tuple = obj.cast::<PyTuple>()?;
                if tuple.len() != $length {
                    return Err(wrong_tuple_length(&tuple, $length));
                }
                // SAFETY: the length was checked just above.
                Ok(($(
                    // SAFETY: the caller upholds this function's documented safety contract.
                    unsafe { tuple.get_borrowed_item_unchecked($index) }
                        .extract::<$T>()
                        .map_err(Into::into)?,
                )+))
            }
        }
    };
}

tuple_conversion!(1: (0, T0));
tuple_conversion!(2: (0, T0), (1, T1));
tuple_conversion!(3: (0, T0), (1, T1), (2, T2));
tuple_conversion!(4: (0, T0), (1, T1), (2, T2), (3, T3));
tuple_conversion!(5: (0, T0), (1, T1), (2, T2), (3, T3), (4, T4));
tuple_conversion!(6: (0, T0), (1, T1), (2, T2), (3, T3), (4, T4), (5, T5));
tuple_conversion!(7: (0, T0), (1, T1), (2, T2), (3, T3), (4, T4), (5, T5), (6, T6));
tuple_conversion!(8: (0, T0), (1, T1), (2, T2), (3, T3), (4, T4), (5, T5), (6, T6), (7, T7));
tuple_conversion!(9: (0, T0), (1, T1), (2, T2), (3, T3), (4, T4), (5, T5), (6, T6), (7, T7), (8, T8));
tuple_conversion!(10: (0, T0), (1, T1), (2, T2), (3, T3), (4, T4), (5, T5), (6, T6), (7, T7), (8, T8), (9, T9));
tuple_conversion!(11: (0, T0), (1, T1), (2, T2), (3, T3), (4, T4), (5, T5), (6, T6), (7, T7), (8, T8), (9, T9), (10, T10));
tuple_conversion!(12: (0, T0), (1, T1), (2, T2), (3, T3), (4, T4), (5, T5), (6, T6), (7, T7), (8, T8), (9, T9), (10, T10), (11, T11));

/// `()` extracts from the empty tuple.
impl<'a, 'py> FromPyObject<'a, 'py> for () {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr =
        crate::type_hint_subscript!(PyTuple::TYPE_HINT, PyStaticExpr::Tuple { elts: &[] });

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        let tuple = obj.cast::<PyTuple>()?;
        if tuple.is_empty() {
            Ok(())
        } else {
            Err(wrong_tuple_length(&tuple, 0))
        }
    }
}
