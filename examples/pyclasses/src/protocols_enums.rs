//! `#[pyclass]` enums of unit variants: one object per variant,
//! comparisons (`eq`, `eq_int`, `ord`) and use in `match` statements.

use pyo3::prelude::*;

/// A weekday, equal to and ordered like its number (`eq`, `eq_int`, `ord`).
#[pyclass(eq, eq_int, ord, from_py_object, module = "pyclasses")]
#[derive(Clone, Copy, PartialEq, PartialOrd)]
pub enum Weekday {
    /// The first day (0).
    Monday,
    /// The second day (1).
    Tuesday,
    /// The third day (2).
    Wednesday,
    /// Rest day, numbered explicitly (6).
    Sunday = 6,
}

#[pymethods]
impl Weekday {
    /// Whether this is a working day.
    fn is_workday(&self) -> bool {
        !matches!(self, Weekday::Sunday)
    }
}

/// The day after `day` (in this four-day week).
#[pyfunction]
pub fn next_day(day: Weekday) -> Weekday {
    match day {
        Weekday::Monday => Weekday::Tuesday,
        Weekday::Tuesday => Weekday::Wednesday,
        Weekday::Wednesday => Weekday::Sunday,
        Weekday::Sunday => Weekday::Monday,
    }
}

/// A card suit with `eq` only: not equal to ints, not ordered.
#[pyclass(eq, module = "pyclasses")]
#[derive(Clone, Copy, PartialEq)]
pub enum Suit {
    /// ♥.
    Hearts,
    /// ♠.
    Spades,
}

/// Registers this file's classes and functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Weekday>()?;
    m.add_class::<Suit>()?;
    m.add_function(wrap_pyfunction!(next_day, m)?)?;
    Ok(())
}
