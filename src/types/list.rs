//! `PyList`: Python `list`.

use crate::IntoPyObjectExt;
use crate::conversion::IntoPyObject;
use crate::err::{PyResult, error_on_minusone};
use crate::ffi;
use crate::instance::{Borrowed, Bound, BoundObject};
use crate::marker::Python;
use crate::types::{PyAny, PyAnyMethods, PySequence, PyTuple};

/// A Python `list`.
#[repr(transparent)]
pub struct PyList(PyAny);

crate::pyobject_native_type_core!(
    PyList,
    crate::pyobject_native_static_type_object!(ffi::PyList_Type),
    "builtins",
    "list", #checkfunction=ffi::PyList_Check
);

/// Builds a list from an iterator: the slots for the lower bound of its
/// `size_hint` are allocated up front, further items are appended.
pub(crate) fn try_new_from_iter<'py>(
    py: Python<'py>,
    mut elements: impl Iterator<Item = PyResult<Bound<'py, PyAny>>>,
) -> PyResult<Bound<'py, PyList>> {
    let (min_len, _) = elements.size_hint();
    let len = ffi::Py_ssize_t::try_from(min_len)
        .expect("out of range integral type conversion attempted on `elements.len()`");
    // SAFETY: attached; a new list of `len` empty slots (null on memory
    // exhaustion, which panics). Empty slots are fine to drop if this
    // function returns early.
    let list =
        unsafe { Bound::from_owned_ptr(py, ffi::PyList_New(len)).cast_into_unchecked::<PyList>() };
    for index in 0..len {
        let item = elements.next().expect(
            "Attempted to create PyList but `elements` was smaller than reported by its `size_hint` implementation.",
        )?;
        // SAFETY: index in bounds of the fresh list (not yet visible to any
        // other code), slot empty; both forms steal the reference.
        #[cfg(not(any(Py_LIMITED_API, PyPy)))]
        unsafe {
            ffi::PyList_SET_ITEM(list.as_ptr(), index, item.into_ptr())
        };
        // SAFETY: as above.
        #[cfg(any(Py_LIMITED_API, PyPy))]
        unsafe {
            ffi::PyList_SetItem(list.as_ptr(), index, item.into_ptr())
        };
    }
    for item in elements {
        list.append(item?)?;
    }
    Ok(list)
}

impl PyList {
    /// A new list of the converted `elements`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 2, 3])?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, vec![1, 2, 3]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new<'py, T>(
        py: Python<'py>,
        elements: impl IntoIterator<Item = T>,
    ) -> PyResult<Bound<'py, PyList>>
    where
        T: IntoPyObject<'py>,
    {
        try_new_from_iter(py, elements.into_iter().map(|e| e.into_bound_py_any(py)))
    }

    /// An empty list.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::empty(py);
    ///     assert!(list.is_empty());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn empty(py: Python<'_>) -> Bound<'_, PyList> {
        // SAFETY: attached; a new empty list.
        unsafe { Bound::from_owned_ptr(py, ffi::PyList_New(0)).cast_into_unchecked() }
    }
}

/// The methods of lists.
pub trait PyListMethods<'py>: crate::sealed::Sealed {
    /// `len(l)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, ["a", "b"])?;
    ///     assert_eq!(list.len(), 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn len(&self) -> usize;
    /// Whether the list is empty.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(PyList::empty(py).is_empty());
    ///     assert!(!PyList::new(py, [0])?.is_empty());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_empty(&self) -> bool;
    /// The list as a `PySequence` (no check needed).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 2])?;
    ///     assert_eq!(list.as_sequence().len()?, 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn as_sequence(&self) -> &Bound<'py, PySequence>;
    /// The list as a `PySequence` (no check needed).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let seq = PyList::new(py, [1, 2])?.into_sequence();
    ///     assert_eq!(seq.count(2)?, 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn into_sequence(self) -> Bound<'py, PySequence>;
    /// `l[index]`; `IndexError` when out of range.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [10, 20])?;
    ///     assert_eq!(list.get_item(1)?.extract::<i32>()?, 20);
    ///     assert!(list.get_item(2).is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn get_item(&self, index: usize) -> PyResult<Bound<'py, PyAny>>;
    /// `l[index]` without bounds check.
    ///
    /// # Safety
    ///
    /// `index` must be less than `len()`, and no other thread may shrink the
    /// list meanwhile.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [4, 5])?;
    ///     // SAFETY: 1 < len() == 2, and the list is not shared with other threads.
    ///     let item = unsafe { list.get_item_unchecked(1) };
    ///     assert_eq!(item.extract::<i32>()?, 5);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    unsafe fn get_item_unchecked(&self, index: usize) -> Bound<'py, PyAny>;
    /// `l[low:high]`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [0, 1, 2, 3])?;
    ///     let middle = list.get_slice(1, 3);
    ///     assert_eq!(middle.extract::<Vec<i32>>()?, vec![1, 2]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn get_slice(&self, low: usize, high: usize) -> Bound<'py, PyList>;
    /// `l[index] = item`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 2])?;
    ///     list.set_item(0, 5)?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, vec![5, 2]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn set_item<I>(&self, index: usize, item: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>;
    /// `del l[index]`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 2, 3])?;
    ///     list.del_item(0)?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, vec![2, 3]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn del_item(&self, index: usize) -> PyResult<()>;
    /// `l[low:high] = seq`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 2, 3])?;
    ///     list.set_slice(0, 2, PyList::new(py, [7, 8, 9])?.as_any())?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, vec![7, 8, 9, 3]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn set_slice(&self, low: usize, high: usize, seq: &Bound<'_, PyAny>) -> PyResult<()>;
    /// `del l[low:high]`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 2, 3, 4])?;
    ///     list.del_slice(1, 3)?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, vec![1, 4]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn del_slice(&self, low: usize, high: usize) -> PyResult<()>;
    /// `l.append(item)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::empty(py);
    ///     list.append("x")?;
    ///     assert_eq!(list.extract::<Vec<String>>()?, vec!["x"]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn append<I>(&self, item: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>;
    /// `l.insert(index, item)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 3])?;
    ///     list.insert(1, 2)?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, vec![1, 2, 3]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn insert<I>(&self, index: usize, item: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>;
    /// `value in l`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 2])?;
    ///     assert!(list.contains(2)?);
    ///     assert!(!list.contains(3)?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn contains<V>(&self, value: V) -> PyResult<bool>
    where
        V: IntoPyObject<'py>;
    /// `l.index(value)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, ["a", "b", "c"])?;
    ///     assert_eq!(list.index("c")?, 2);
    ///     assert!(list.index("z").is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn index<V>(&self, value: V) -> PyResult<usize>
    where
        V: IntoPyObject<'py>;
    /// An iterator over the items present when it was created; items
    /// removed meanwhile end it early, items appended are not visited.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 2, 3])?;
    ///     let mut total = 0;
    ///     for item in list.iter() {
    ///         total += item.extract::<i32>()?;
    ///     }
    ///     assert_eq!(total, 6);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn iter(&self) -> BoundListIterator<'py>;
    /// Calls `closure` on each item, holding the list's critical section on
    /// free-threaded builds (so other threads cannot change it unless the
    /// closure lets them); stops at the first error.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 2, 3])?;
    ///     list.locked_for_each(|item| {
    ///         assert!(item.extract::<i32>()? > 0);
    ///         Ok(())
    ///     })?;
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn locked_for_each<F>(&self, closure: F) -> PyResult<()>
    where
        F: Fn(Bound<'py, PyAny>) -> PyResult<()>;
    /// `l.sort()`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [3, 1, 2])?;
    ///     list.sort()?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, vec![1, 2, 3]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn sort(&self) -> PyResult<()>;
    /// `l.reverse()`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 2, 3])?;
    ///     list.reverse()?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, vec![3, 2, 1]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn reverse(&self) -> PyResult<()>;
    /// `tuple(l)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let tuple = PyList::new(py, [1, 2])?.to_tuple();
    ///     assert_eq!(tuple.extract::<(i32, i32)>()?, (1, 2));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn to_tuple(&self) -> Bound<'py, PyTuple>;
    /// `l.extend(iterable)`: appends the items of any iterable.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1])?;
    ///     list.extend(vec![2, 3])?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, vec![1, 2, 3]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn extend<I>(&self, iterable: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>;
    /// `l.clear()`: removes every item.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyList;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 2])?;
    ///     list.clear()?;
    ///     assert!(list.is_empty());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn clear(&self) -> PyResult<()>;
}

fn clamp(index: usize) -> ffi::Py_ssize_t {
    index.min(isize::MAX as usize) as ffi::Py_ssize_t
}

impl<'py> PyListMethods<'py> for Bound<'py, PyList> {
    fn len(&self) -> usize {
        // SAFETY: attached; the object is a list.
        unsafe { ffi::PyList_Size(self.as_ptr()) as usize }
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn as_sequence(&self) -> &Bound<'py, PySequence> {
        // SAFETY: every list is a sequence.
        unsafe { self.cast_unchecked() }
    }

    fn into_sequence(self) -> Bound<'py, PySequence> {
        // SAFETY: every list is a sequence.
        unsafe { self.cast_into_unchecked() }
    }

    fn get_item(&self, index: usize) -> PyResult<Bound<'py, PyAny>> {
        // SAFETY: attached; returns a new reference, or null with
        // IndexError (safe against concurrent changes on free-threaded
        // builds).
        unsafe {
            Bound::from_owned_ptr_or_err(
                self.py(),
                ffi::compat::PyList_GetItemRef(self.as_ptr(), clamp(index)),
            )
        }
    }

    unsafe fn get_item_unchecked(&self, index: usize) -> Bound<'py, PyAny> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy, Py_GIL_DISABLED)))]
            let item = ffi::PyList_GET_ITEM(self.as_ptr(), index as ffi::Py_ssize_t);
            #[cfg(any(Py_LIMITED_API, PyPy, GraalPy, Py_GIL_DISABLED))]
            let item = ffi::PyList_GetItem(self.as_ptr(), index as ffi::Py_ssize_t);
            Bound::from_borrowed_ptr(self.py(), item)
        }
    }

    fn get_slice(&self, low: usize, high: usize) -> Bound<'py, PyList> {
        // SAFETY: attached; slicing clamps the bounds.
        unsafe {
            Bound::from_owned_ptr(
                self.py(),
                ffi::PyList_GetSlice(self.as_ptr(), clamp(low), clamp(high)),
            )
            .cast_into_unchecked()
        }
    }

    fn set_item<I>(&self, index: usize, item: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>,
    {
        let item = item.into_bound_py_any(self.py())?;
        // SAFETY: attached; `PyList_SetItem` steals the reference, even on
        // failure.
        let result = unsafe { ffi::PyList_SetItem(self.as_ptr(), clamp(index), item.into_ptr()) };
        error_on_minusone(self.py(), result)
    }

    fn del_item(&self, index: usize) -> PyResult<()> {
        self.as_any().del_item(index)
    }

    fn set_slice(&self, low: usize, high: usize, seq: &Bound<'_, PyAny>) -> PyResult<()> {
        // SAFETY: attached; the objects are alive.
        let result =
            unsafe { ffi::PyList_SetSlice(self.as_ptr(), clamp(low), clamp(high), seq.as_ptr()) };
        error_on_minusone(self.py(), result)
    }

    fn del_slice(&self, low: usize, high: usize) -> PyResult<()> {
        // SAFETY: attached; a null value deletes the slice.
        let result = unsafe {
            ffi::PyList_SetSlice(self.as_ptr(), clamp(low), clamp(high), std::ptr::null_mut())
        };
        error_on_minusone(self.py(), result)
    }

    fn append<I>(&self, item: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>,
    {
        let item = item.into_pyobject(self.py()).map_err(Into::into)?;
        // SAFETY: attached; `PyList_Append` takes its own reference.
        let result = unsafe { ffi::PyList_Append(self.as_ptr(), item.as_ptr()) };
        error_on_minusone(self.py(), result)
    }

    fn insert<I>(&self, index: usize, item: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>,
    {
        let item = item.into_pyobject(self.py()).map_err(Into::into)?;
        // SAFETY: attached; `PyList_Insert` takes its own reference.
        let result = unsafe { ffi::PyList_Insert(self.as_ptr(), clamp(index), item.as_ptr()) };
        error_on_minusone(self.py(), result)
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

    fn iter(&self) -> BoundListIterator<'py> {
        BoundListIterator::new(self.clone())
    }

    fn locked_for_each<F>(&self, closure: F) -> PyResult<()>
    where
        F: Fn(Bound<'py, PyAny>) -> PyResult<()>,
    {
        crate::sync::with_critical_section(self.as_any(), || self.iter().try_for_each(closure))
    }

    fn sort(&self) -> PyResult<()> {
        // SAFETY: attached; the object is a list.
        error_on_minusone(self.py(), unsafe { ffi::PyList_Sort(self.as_ptr()) })
    }

    fn reverse(&self) -> PyResult<()> {
        // SAFETY: attached; the object is a list.
        error_on_minusone(self.py(), unsafe { ffi::PyList_Reverse(self.as_ptr()) })
    }

    fn to_tuple(&self) -> Bound<'py, PyTuple> {
        // SAFETY: attached; `PyList_AsTuple` copies the items.
        unsafe {
            Bound::from_owned_ptr(self.py(), ffi::PyList_AsTuple(self.as_ptr()))
                .cast_into_unchecked()
        }
    }

    fn extend<I>(&self, iterable: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>,
    {
        let iterable = iterable.into_pyobject(self.py()).map_err(Into::into)?;
        extend(self, iterable.as_borrowed().to_any())
    }

    fn clear(&self) -> PyResult<()> {
        // SAFETY: attached; the object is a list.
        let result = unsafe { ffi::compat::PyList_Clear(self.as_ptr()) };
        error_on_minusone(self.py(), result)
    }
}

/// `list.extend(iterable)`, with its semantics on every version: items
/// are appended as they are produced, so those before a failure stay.
fn extend(list: &Bound<'_, PyList>, iterable: Borrowed<'_, '_, PyAny>) -> PyResult<()> {
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    {
        // SAFETY: attached; both objects are alive (extending a list with
        // itself is handled by CPython).
        let result = unsafe { ffi::PyList_Extend(list.as_ptr(), iterable.as_ptr()) };
        error_on_minusone(list.py(), result)
    }
    #[cfg(not(all(Py_3_13, not(Py_LIMITED_API))))]
    {
        // Before 3.13 (and in the stable ABI) the C API only has slice assignment, which collects
        // the whole iterable first; the method itself behaves like 3.13's
        // `PyList_Extend`.
        list.call_method1(crate::intern!(list.py(), "extend"), (iterable,))
            .map(drop)
    }
}

/// An iterator over a list's items. It visits the items present when it
/// was created; if the list shrinks meanwhile, iteration ends early (from
/// either end), and items appended are not visited.
pub struct BoundListIterator<'py> {
    list: Bound<'py, PyList>,
    /// The next index from the front.
    index: usize,
    /// One past the next index from the back.
    length: usize,
}

impl<'py> BoundListIterator<'py> {
    fn new(list: Bound<'py, PyList>) -> Self {
        let length = list.len();
        BoundListIterator {
            list,
            index: 0,
            length,
        }
    }

    /// The end of the iteration, shortened if the list shrank.
    #[inline]
    fn end(&self) -> usize {
        self.length.min(self.list.len())
    }
}

/// `list[index]`, or `None` if the list is no longer that long.
#[inline]
fn list_item<'py>(list: &Bound<'py, PyList>, index: usize) -> Option<Bound<'py, PyAny>> {
    #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy, Py_GIL_DISABLED)))]
    {
        if index < list.len() {
            // SAFETY: index checked just above; with the GIL held nothing
            // can change the list in between, and the new reference is
            // taken at once.
            Some(unsafe { list.get_item_unchecked(index) })
        } else {
            None
        }
    }
    #[cfg(any(Py_LIMITED_API, PyPy, GraalPy, Py_GIL_DISABLED))]
    {
        list.get_item(index).ok()
    }
}

impl<'py> Iterator for BoundListIterator<'py> {
    type Item = Bound<'py, PyAny>;

    fn next(&mut self) -> Option<Self::Item> {
        self.length = self.end();
        if self.index < self.length {
            let item = list_item(&self.list, self.index)?;
            self.index += 1;
            Some(item)
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let remaining = self.end().saturating_sub(self.index);
        (remaining, Some(remaining))
    }
}

impl DoubleEndedIterator for BoundListIterator<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.length = self.end();
        if self.index < self.length {
            let item = list_item(&self.list, self.length - 1)?;
            self.length -= 1;
            Some(item)
        } else {
            None
        }
    }
}

impl ExactSizeIterator for BoundListIterator<'_> {}

impl std::iter::FusedIterator for BoundListIterator<'_> {}

impl<'py> IntoIterator for Bound<'py, PyList> {
    type Item = Bound<'py, PyAny>;
    type IntoIter = BoundListIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        BoundListIterator::new(self)
    }
}

impl<'py> IntoIterator for &Bound<'py, PyList> {
    type Item = Bound<'py, PyAny>;
    type IntoIter = BoundListIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}
