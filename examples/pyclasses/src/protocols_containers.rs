//! Container protocols: a sequence with `len`, indexing by int or slice,
//! assignment, deletion, `in` and iteration; a mapping; a callable.

use std::collections::BTreeMap;

use pyo3::exceptions::{PyIndexError, PyKeyError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyInt, PySlice};

/// A list of ints (`sequence`): `deck[i]`, `deck[a:b:c]` (a new list),
/// `deck[i] = v`, `del deck[i]`, `v in deck`, `for v in deck`.
#[pyclass(sequence, module = "pyclasses")]
pub struct Deck {
    /// The cards, in order.
    cards: Vec<i64>,
}

impl Deck {
    /// The position of `index` (negative counts from the end) or
    /// `IndexError`.
    fn position(&self, index: isize) -> PyResult<usize> {
        let length = self.cards.len() as isize;
        let index = if index < 0 { index + length } else { index };
        if (0..length).contains(&index) {
            Ok(index as usize)
        } else {
            Err(PyIndexError::new_err("Deck index out of range"))
        }
    }
}

#[pymethods]
impl Deck {
    /// A deck of `cards`.
    #[new]
    fn new(cards: Vec<i64>) -> Self {
        Deck { cards }
    }

    /// `len(deck)`.
    fn __len__(&self) -> usize {
        self.cards.len()
    }

    /// `deck[index]` for an int (or `__index__`) and `deck[slice]`, which
    /// gives a list of the selected cards.
    fn __getitem__(&self, key: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let py = key.py();
        if let Ok(slice) = key.cast::<PySlice>() {
            let indices = slice.indices(self.cards.len() as isize)?;
            let picked: Vec<i64> = (0..indices.slicelength)
                .map(|i| self.cards[(indices.start + i as isize * indices.step) as usize])
                .collect();
            return Ok(picked.into_pyobject(py)?.into_any().unbind());
        }
        if key.is_instance_of::<PyInt>() || key.hasattr("__index__")? {
            let index: isize = key.extract()?;
            let card = self.cards[self.position(index)?];
            return Ok(card.into_pyobject(py)?.into_any().unbind());
        }
        Err(PyTypeError::new_err(format!(
            "Deck indices must be integers or slices, not {}",
            key.get_type().name()?
        )))
    }

    /// `deck[index] = card`.
    fn __setitem__(&mut self, index: isize, card: i64) -> PyResult<()> {
        let position = self.position(index)?;
        self.cards[position] = card;
        Ok(())
    }

    /// `del deck[index]`.
    fn __delitem__(&mut self, index: isize) -> PyResult<()> {
        let position = self.position(index)?;
        self.cards.remove(position);
        Ok(())
    }

    /// `card in deck`.
    fn __contains__(&self, card: i64) -> bool {
        self.cards.contains(&card)
    }

    /// `iter(deck)`: an iterator over a snapshot of the cards.
    fn __iter__(&self) -> DeckIter {
        DeckIter {
            cards: self.cards.clone(),
            next: 0,
        }
    }
}

/// The iterator of a `Deck`.
#[pyclass(module = "pyclasses")]
pub struct DeckIter {
    /// The cards left to give (and those given).
    cards: Vec<i64>,
    /// The position of the next card.
    next: usize,
}

#[pymethods]
impl DeckIter {
    /// Iterators are their own iterators.
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// The next card; `None` ends the iteration (`StopIteration`).
    fn __next__(&mut self) -> Option<i64> {
        let card = self.cards.get(self.next).copied();
        self.next += 1;
        card
    }
}

/// A mapping of names to ints (`mapping`), iterating over its keys in
/// sorted order.
#[pyclass(mapping, module = "pyclasses")]
pub struct Registry {
    /// The entries.
    entries: BTreeMap<String, i64>,
}

#[pymethods]
impl Registry {
    /// An empty registry.
    #[new]
    fn new() -> Self {
        Registry {
            entries: BTreeMap::new(),
        }
    }

    /// `len(registry)`.
    fn __len__(&self) -> usize {
        self.entries.len()
    }

    /// `registry[name]`, or `KeyError(name)`.
    fn __getitem__(&self, name: &str) -> PyResult<i64> {
        self.entries
            .get(name)
            .copied()
            .ok_or_else(|| PyKeyError::new_err(name.to_owned()))
    }

    /// `registry[name] = value`.
    fn __setitem__(&mut self, name: String, value: i64) {
        self.entries.insert(name, value);
    }

    /// `del registry[name]`, or `KeyError(name)`.
    fn __delitem__(&mut self, name: &str) -> PyResult<()> {
        self.entries
            .remove(name)
            .map(drop)
            .ok_or_else(|| PyKeyError::new_err(name.to_owned()))
    }

    /// `name in registry`.
    fn __contains__(&self, name: &str) -> bool {
        self.entries.contains_key(name)
    }

    /// `iter(registry)`: the names, sorted.
    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let names: Vec<&str> = self.entries.keys().map(String::as_str).collect();
        let list = names.into_pyobject(py)?;
        Ok(list.try_iter()?.into_any().unbind())
    }
}

/// A callable object: `Scale(k)(x)` is `k * x`; `offset=` adds.
#[pyclass(module = "pyclasses")]
pub struct Scale {
    /// The factor.
    factor: i64,
}

#[pymethods]
impl Scale {
    /// Multiplies by `factor`.
    #[new]
    fn new(factor: i64) -> Self {
        Scale { factor }
    }

    /// `scale(x, offset=0)`: `factor * x + offset`.
    #[pyo3(signature = (x, offset = 0))]
    fn __call__(&self, x: i64, offset: i64) -> i64 {
        self.factor * x + offset
    }
}

/// Registers this file's classes.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Deck>()?;
    m.add_class::<DeckIter>()?;
    m.add_class::<Registry>()?;
    m.add_class::<Scale>()?;
    Ok(())
}
