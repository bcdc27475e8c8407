//! `PyList`: Python `list`.

use crate::conversion::IntoPyObject;
use crate::err::{error_on_minusone, PyResult};
use crate::ffi;
use crate::instance::{Bound, BoundObject};
use crate::marker::Python;
use crate::types::{PyAny, PyAnyMethods, PyTuple};
use crate::IntoPyObjectExt;

/// A Python `list`.
#[repr(transparent)]
pub struct PyList(PyAny);

crate::pyobject_native_type!(
    PyList,
    |_py| std::ptr::addr_of_mut!(ffi::PyList_Type),
    ffi::PyList_Check
);

/// Builds a list from an iterator of exactly known length.
pub(crate) fn try_new_from_iter<'py>(
    py: Python<'py>,
    mut elements: impl ExactSizeIterator<Item = PyResult<Bound<'py, PyAny>>>,
) -> PyResult<Bound<'py, PyList>> {
    let len = elements.len();
    // SAFETY: attached; a new list of `len` empty slots (null on memory
    // exhaustion, which panics).
    let list = unsafe {
        Bound::from_owned_ptr(py, ffi::PyList_New(len as ffi::Py_ssize_t))
            .cast_into_unchecked::<PyList>()
    };
    for index in 0..len {
        let item = elements
            .next()
            .expect("iterator yielded fewer items than its reported length")?;
        // SAFETY: index in bounds of the fresh list, slot empty;
        // `PyList_SetItem` steals the reference.
        unsafe { ffi::PyList_SetItem(list.as_ptr(), index as ffi::Py_ssize_t, item.into_ptr()) };
    }
    assert!(
        elements.next().is_none(),
        "iterator yielded more items than its reported length"
    );
    Ok(list)
}

impl PyList {
    /// A new list of the converted `elements`.
    pub fn new<'py, T, U>(
        py: Python<'py>,
        elements: impl IntoIterator<Item = T, IntoIter = U>,
    ) -> PyResult<Bound<'py, PyList>>
    where
        T: IntoPyObject<'py>,
        U: ExactSizeIterator<Item = T>,
    {
        try_new_from_iter(py, elements.into_iter().map(|e| e.into_bound_py_any(py)))
    }

    /// An empty list.
    pub fn empty(py: Python<'_>) -> Bound<'_, PyList> {
        // SAFETY: attached; a new empty list.
        unsafe { Bound::from_owned_ptr(py, ffi::PyList_New(0)).cast_into_unchecked() }
    }
}

/// The methods of lists.
pub trait PyListMethods<'py>: crate::sealed::Sealed {
    /// `len(l)`.
    fn len(&self) -> usize;
    /// Whether the list is empty.
    fn is_empty(&self) -> bool;
    /// `l[index]`; `IndexError` when out of range.
    fn get_item(&self, index: usize) -> PyResult<Bound<'py, PyAny>>;
    /// `l[index]` without bounds check.
    ///
    /// # Safety
    ///
    /// `index` must be less than `len()`, and no other thread may shrink the
    /// list meanwhile.
    unsafe fn get_item_unchecked(&self, index: usize) -> Bound<'py, PyAny>;
    /// `l[low:high]`.
    fn get_slice(&self, low: usize, high: usize) -> Bound<'py, PyList>;
    /// `l[index] = item`.
    fn set_item<I>(&self, index: usize, item: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>;
    /// `del l[index]`.
    fn del_item(&self, index: usize) -> PyResult<()>;
    /// `l[low:high] = seq`.
    fn set_slice(&self, low: usize, high: usize, seq: &Bound<'_, PyAny>) -> PyResult<()>;
    /// `del l[low:high]`.
    fn del_slice(&self, low: usize, high: usize) -> PyResult<()>;
    /// `l.append(item)`.
    fn append<I>(&self, item: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>;
    /// `l.insert(index, item)`.
    fn insert<I>(&self, index: usize, item: I) -> PyResult<()>
    where
        I: IntoPyObject<'py>;
    /// `value in l`.
    fn contains<V>(&self, value: V) -> PyResult<bool>
    where
        V: IntoPyObject<'py>;
    /// `l.index(value)`.
    fn index<V>(&self, value: V) -> PyResult<usize>
    where
        V: IntoPyObject<'py>;
    /// An iterator over the items (reads the current length at each step).
    fn iter(&self) -> BoundListIterator<'py>;
    /// `l.sort()`.
    fn sort(&self) -> PyResult<()>;
    /// `l.reverse()`.
    fn reverse(&self) -> PyResult<()>;
    /// `tuple(l)`.
    fn to_tuple(&self) -> Bound<'py, PyTuple>;
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

    fn get_item(&self, index: usize) -> PyResult<Bound<'py, PyAny>> {
        // SAFETY: attached; `PyList_GetItem` returns a borrowed item or null
        // with IndexError; the new reference is taken before anything runs.
        unsafe {
            Bound::from_borrowed_ptr_or_err(
                self.py(),
                ffi::PyList_GetItem(self.as_ptr(), clamp(index)),
            )
        }
    }

    unsafe fn get_item_unchecked(&self, index: usize) -> Bound<'py, PyAny> {
        #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy, Py_GIL_DISABLED)))]
        let item = ffi::PyList_GET_ITEM(self.as_ptr(), index as ffi::Py_ssize_t);
        #[cfg(any(Py_LIMITED_API, PyPy, GraalPy, Py_GIL_DISABLED))]
        let item = ffi::PyList_GetItem(self.as_ptr(), index as ffi::Py_ssize_t);
        Bound::from_borrowed_ptr(self.py(), item)
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
        BoundListIterator {
            list: self.clone(),
            index: 0,
        }
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
}

/// An iterator over a list; it follows the list as it changes (an item
/// appended while iterating is seen, items removed shorten the iteration).
pub struct BoundListIterator<'py> {
    list: Bound<'py, PyList>,
    index: usize,
}

impl<'py> Iterator for BoundListIterator<'py> {
    type Item = Bound<'py, PyAny>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.list.get_item(self.index).ok()?;
        self.index += 1;
        Some(item)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let remaining = self.list.len().saturating_sub(self.index);
        (remaining, Some(remaining))
    }
}

impl<'py> IntoIterator for Bound<'py, PyList> {
    type Item = Bound<'py, PyAny>;
    type IntoIter = BoundListIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        BoundListIterator {
            list: self,
            index: 0,
        }
    }
}

impl<'py> IntoIterator for &Bound<'py, PyList> {
    type Item = Bound<'py, PyAny>;
    type IntoIter = BoundListIterator<'py>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}
