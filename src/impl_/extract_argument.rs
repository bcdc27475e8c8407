//! Matching the arguments of a call against a function's signature and
//! converting each one to its Rust type.
//!
//! `#[pyfunction]` code describes the signature once in a static
//! [`FunctionDescription`]. At each call the description sorts the passed
//! arguments into a stack array of slots (positional parameters first, then
//! keyword-only ones), collects `*args` / `**kwargs` when the signature has
//! them, and raises CPython's own `TypeError`s for every mismatch. The
//! generated code then converts each slot with [`extract_argument`] and
//! friends, which name the argument in any conversion error.

use std::marker::PhantomData;

use crate::conversion::FromPyObject;
use crate::err::{PyErr, PyResult};
use crate::exceptions::PyTypeError;
use crate::ffi;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::type_object::PyTypeCheck;
use crate::types::{PyAny, PyAnyMethods, PyDict, PyDictMethods, PyString, PyTuple};

/// An argument as passed by the caller: borrowed for the whole call.
pub type PyArg<'py> = Borrowed<'py, 'py, PyAny>;

/// A keyword-only parameter of a signature.
#[derive(Clone, Copy, Debug)]
pub struct KeywordOnlyParameterDescription {
    /// The parameter's Python name.
    pub name: &'static str,
    /// Whether the caller must pass it (it has no default).
    pub required: bool,
}

/// The Python-visible signature of a function, built once per function.
pub struct FunctionDescription {
    /// The class the function is a method of, for error messages.
    pub cls_name: Option<&'static str>,
    /// The function's Python name.
    pub func_name: &'static str,
    /// Names of the parameters that may be passed by position, in order.
    pub positional_parameter_names: &'static [&'static str],
    /// How many of those come before `/` (positional-only).
    pub positional_only_parameters: usize,
    /// How many of those have no default (they come first).
    pub required_positional_parameters: usize,
    /// Parameters after `*` or `*args`.
    pub keyword_only_parameters: &'static [KeywordOnlyParameterDescription],
    /// Whether some keyword-only parameter has no default (then a call
    /// without keywords is always an error).
    has_required_keyword_only: bool,
    /// Every parameter name as an interned `str`, positional ones first; built
    /// on first use so that keywords usually match by pointer.
    interned_names: PyOnceLock<Box<[Py<PyString>]>>,
}

impl FunctionDescription {
    /// Describes a signature.
    pub const fn new(
        cls_name: Option<&'static str>,
        func_name: &'static str,
        positional_parameter_names: &'static [&'static str],
        positional_only_parameters: usize,
        required_positional_parameters: usize,
        keyword_only_parameters: &'static [KeywordOnlyParameterDescription],
    ) -> Self {
        let mut has_required_keyword_only = false;
        let mut i = 0;
        while i < keyword_only_parameters.len() {
            has_required_keyword_only |= keyword_only_parameters[i].required;
            i += 1;
        }
        FunctionDescription {
            cls_name,
            func_name,
            positional_parameter_names,
            positional_only_parameters,
            required_positional_parameters,
            keyword_only_parameters,
            has_required_keyword_only,
            interned_names: PyOnceLock::new(),
        }
    }

    /// How many slots [`Self::extract_arguments`] fills: one per named
    /// parameter.
    pub const fn slot_count(&self) -> usize {
        self.positional_parameter_names.len() + self.keyword_only_parameters.len()
    }

    /// Sorts the arguments of a call into `output` (which has
    /// [`Self::slot_count`] slots, all `None`), checking counts, duplicates and
    /// unknown keywords. Returns what `*args` and `**kwargs` collected.
    #[inline(always)]
    pub fn extract_arguments<'py, V, K>(
        &'static self,
        py: Python<'py>,
        arguments: RawArguments<'py>,
        output: &mut [Option<PyArg<'py>>],
    ) -> PyResult<(V::Varargs, K::Varkeywords)>
    where
        V: VarargsHandler<'py>,
        K: VarkeywordsHandler<'py>,
    {
        // The common call: positional arguments only, as many as the
        // signature takes. Nothing to check beyond the count.
        let given = arguments.positional_count();
        if !arguments.has_keywords()
            && given >= self.required_positional_parameters
            && given <= self.positional_parameter_names.len()
            && !self.has_required_keyword_only
        {
            for (index, slot) in output.iter_mut().take(given).enumerate() {
                *slot = Some(arguments.positional(py, index));
            }
            return Ok((V::empty(py), K::Varkeywords::default()));
        }
        // Next most common: keywords that all name parameters, passed as
        // the interned identifiers of the call site.
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        if !K::ACCEPTS_KEYWORDS
            && given <= self.positional_parameter_names.len()
            && self.place_keywords_by_pointer(py, &arguments, output)
        {
            return Ok((V::empty(py), K::Varkeywords::default()));
        }
        self.extract_arguments_in_full::<V, K>(py, arguments, output)
    }

    /// Fills `output` when every keyword matches a parameter name by
    /// pointer, names a parameter not passed by position and that may be
    /// passed by keyword, and nothing required is left out. Anything else
    /// (including the first call, before the names are interned) leaves
    /// `output` empty and returns `false`, for the full path to handle and
    /// report.
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    #[inline]
    fn place_keywords_by_pointer<'py>(
        &'static self,
        py: Python<'py>,
        arguments: &RawArguments<'py>,
        output: &mut [Option<PyArg<'py>>],
    ) -> bool {
        let Some(names) = self.interned_names.get(py) else {
            return false;
        };
        let given = arguments.positional_count();
        for (index, slot) in output.iter_mut().take(given).enumerate() {
            *slot = Some(arguments.positional(py, index));
        }
        let placed = arguments.keywords_by_pointer(py, |name, value| {
            let index = names.iter().position(|n| n.as_ptr() == name)?;
            if index < self.positional_only_parameters {
                return None;
            }
            let slot = output.get_mut(index)?;
            if slot.is_some() {
                return None;
            }
            *slot = Some(value);
            Some(())
        });
        let complete = placed
            && output[given.min(self.required_positional_parameters)
                ..self.required_positional_parameters]
                .iter()
                .all(Option::is_some)
            && self
                .keyword_only_parameters
                .iter()
                .zip(&output[self.positional_parameter_names.len()..])
                .all(|(parameter, slot)| !parameter.required || slot.is_some());
        if !complete {
            output.fill(None);
        }
        complete
    }

    /// [`Self::extract_arguments`] for every other call: keywords, too few
    /// or too many positional arguments.
    #[inline(never)]
    fn extract_arguments_in_full<'py, V, K>(
        &'static self,
        py: Python<'py>,
        arguments: RawArguments<'py>,
        output: &mut [Option<PyArg<'py>>],
    ) -> PyResult<(V::Varargs, K::Varkeywords)>
    where
        V: VarargsHandler<'py>,
        K: VarkeywordsHandler<'py>,
    {
        debug_assert_eq!(output.len(), self.slot_count());
        let positional_count = self.positional_parameter_names.len();
        let given = arguments.positional_count();
        for (index, slot) in output[..given.min(positional_count)].iter_mut().enumerate() {
            *slot = Some(arguments.positional(py, index));
        }
        let varargs = if given > positional_count {
            V::extra_positional(py, self, &arguments, positional_count)?
        } else {
            V::empty(py)
        };

        let mut varkeywords = K::Varkeywords::default();
        if arguments.has_keywords() {
            let mut positional_only_passed: Vec<&'static str> = Vec::new();
            arguments.for_each_keyword(py, |name, value| {
                self.place_keyword::<K>(
                    py,
                    name,
                    value,
                    output,
                    &mut varkeywords,
                    &mut positional_only_passed,
                )
            })?;
            if !positional_only_passed.is_empty() {
                return Err(self.positional_only_passed_as_keyword(&positional_only_passed));
            }
        }

        if given < self.required_positional_parameters
            && output[given..self.required_positional_parameters]
                .iter()
                .any(Option::is_none)
        {
            return Err(self.missing_positional(output));
        }
        let keyword_slots = &output[positional_count..];
        if self
            .keyword_only_parameters
            .iter()
            .zip(keyword_slots)
            .any(|(param, slot)| param.required && slot.is_none())
        {
            return Err(self.missing_keyword_only(keyword_slots));
        }
        Ok((varargs, varkeywords))
    }

    /// Puts one keyword argument in its slot, in `**kwargs`, or reports it.
    fn place_keyword<'py, K: VarkeywordsHandler<'py>>(
        &'static self,
        py: Python<'py>,
        name: PyArg<'py>,
        value: PyArg<'py>,
        output: &mut [Option<PyArg<'py>>],
        varkeywords: &mut K::Varkeywords,
        positional_only_passed: &mut Vec<&'static str>,
    ) -> PyResult<()> {
        match self.parameter_index(py, name)? {
            Some(index) if index < self.positional_only_parameters => {
                if K::ACCEPTS_KEYWORDS {
                    K::insert(py, self, varkeywords, name, value)
                } else {
                    positional_only_passed.push(self.positional_parameter_names[index]);
                    Ok(())
                }
            }
            Some(index) => match &mut output[index] {
                Some(_) => Err(self.multiple_values(self.parameter_name(index))),
                slot => {
                    *slot = Some(value);
                    Ok(())
                }
            },
            None => K::insert(py, self, varkeywords, name, value),
        }
    }

    /// The slot of the parameter called `name`, if any. Compares against the
    /// interned parameter names by pointer first (call sites pass interned
    /// identifiers), then by text.
    fn parameter_index(&'static self, py: Python<'_>, name: PyArg<'_>) -> PyResult<Option<usize>> {
        let interned = self.interned_names.get_or_init(py, || {
            self.parameter_names()
                .map(|name| PyString::intern(py, name).unbind())
                .collect()
        });
        let pointer = name.as_ptr();
        if let Some(index) = interned.iter().position(|n| n.as_ptr() == pointer) {
            return Ok(Some(index));
        }
        let Ok(name) = name.cast::<PyString>() else {
            return Err(PyTypeError::new_err(format!(
                "{} keywords must be strings",
                self.full_name()
            )));
        };
        // A name that is not valid UTF-8 (a lone surrogate) cannot equal any
        // parameter name: it is an unknown keyword, not an encoding error.
        let Ok(text) = name.to_cow() else {
            return Ok(None);
        };
        Ok(self.parameter_names().position(|n| n == text))
    }

    /// Every parameter name in slot order.
    fn parameter_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.positional_parameter_names.iter().copied().chain(
            self.keyword_only_parameters
                .iter()
                .map(|parameter| parameter.name),
        )
    }

    fn parameter_name(&self, index: usize) -> &'static str {
        self.parameter_names()
            .nth(index)
            .expect("slot index within the signature")
    }

    /// `f()` or `Class.f()`, as CPython names functions in its errors.
    fn full_name(&self) -> String {
        match self.cls_name {
            Some(cls) => format!("{cls}.{}()", self.func_name),
            None => format!("{}()", self.func_name),
        }
    }

    #[cold]
    fn too_many_positional(&self, given: usize) -> PyErr {
        let was = if given == 1 { "was" } else { "were" };
        let accepted = self.positional_parameter_names.len();
        let takes = if self.required_positional_parameters == accepted {
            format!("{accepted}")
        } else {
            format!("from {} to {accepted}", self.required_positional_parameters)
        };
        PyTypeError::new_err(format!(
            "{} takes {takes} positional arguments but {given} {was} given",
            self.full_name()
        ))
    }

    #[cold]
    fn multiple_values(&self, name: &str) -> PyErr {
        PyTypeError::new_err(format!(
            "{} got multiple values for argument '{name}'",
            self.full_name()
        ))
    }

    /// The message is built as a Python `str` around `str(name)`, so that a
    /// name which is not valid UTF-8 appears in it unchanged, as in
    /// CPython's own message.
    #[cold]
    fn unexpected_keyword(&self, name: PyArg<'_>) -> PyErr {
        let py = name.py();
        let prefix = format!("{} got an unexpected keyword argument '", self.full_name());
        let message = name
            .str()
            .and_then(|shown| PyString::new(py, &prefix).add(shown)?.add("'"));
        match message {
            Ok(message) => PyTypeError::new_err(message.unbind()),
            Err(error) => error,
        }
    }

    #[cold]
    fn positional_only_passed_as_keyword(&self, names: &[&str]) -> PyErr {
        PyTypeError::new_err(format!(
            "{} got some positional-only arguments passed as keyword arguments: {}",
            self.full_name(),
            quoted_list(names)
        ))
    }

    #[cold]
    fn missing_positional(&self, output: &[Option<PyArg<'_>>]) -> PyErr {
        let missing: Vec<&str> = self.positional_parameter_names
            [..self.required_positional_parameters]
            .iter()
            .zip(output)
            .filter(|(_, slot)| slot.is_none())
            .map(|(name, _)| *name)
            .collect();
        self.missing("positional", &missing)
    }

    #[cold]
    fn missing_keyword_only(&self, keyword_slots: &[Option<PyArg<'_>>]) -> PyErr {
        let missing: Vec<&str> = self
            .keyword_only_parameters
            .iter()
            .zip(keyword_slots)
            .filter(|(param, slot)| param.required && slot.is_none())
            .map(|(param, _)| param.name)
            .collect();
        self.missing("keyword", &missing)
    }

    fn missing(&self, kind: &str, names: &[&str]) -> PyErr {
        let arguments = if names.len() == 1 {
            "argument"
        } else {
            "arguments"
        };
        PyTypeError::new_err(format!(
            "{} missing {} required {kind} {arguments}: {}",
            self.full_name(),
            names.len(),
            quoted_list(names)
        ))
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: CPython's way of listing names.
fn quoted_list(names: &[&str]) -> String {
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            if names.len() > 2 {
                out.push(',');
            }
            out.push_str(if i + 1 == names.len() { " and " } else { " " });
        }
        out.push('\'');
        out.push_str(name);
        out.push('\'');
    }
    out
}

// ---------------------------------------------------------------------------
// The raw arguments of a call
// ---------------------------------------------------------------------------

/// The arguments of one call as the interpreter passed them: a C array plus
/// a tuple of keyword names (vectorcall, `METH_FASTCALL | METH_KEYWORDS`).
///
/// Calls that come with a tuple and a dict (`tp_new`) use the same type:
/// the tuple's items as the array and the dict for the keywords.
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
pub struct RawArguments<'py> {
    args: *const *mut ffi::PyObject,
    nargs: usize,
    kwnames: *mut ffi::PyObject,
    /// The keyword dict of a tuple-and-dict call, else null.
    kwargs: *mut ffi::PyObject,
    py: PhantomData<Python<'py>>,
}

#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
impl<'py> RawArguments<'py> {
    /// Wraps the parameters of a `METH_FASTCALL | METH_KEYWORDS` function.
    ///
    /// # Safety
    ///
    /// They must be what the interpreter passed to such a function, valid
    /// for `'py`.
    #[inline]
    pub unsafe fn fastcall(
        args: *const *mut ffi::PyObject,
        nargs: ffi::Py_ssize_t,
        kwnames: *mut ffi::PyObject,
    ) -> Self {
        RawArguments {
            args,
            nargs: nargs as usize,
            kwnames,
            kwargs: std::ptr::null_mut(),
            py: PhantomData,
        }
    }

    /// Wraps positional arguments in an array plus a keyword dict (or null).
    ///
    /// # Safety
    ///
    /// `args` holds `nargs` valid references and `kwargs` is null or a
    /// dict, all valid for `'py`.
    #[inline]
    unsafe fn array_and_dict(
        args: *const *mut ffi::PyObject,
        nargs: usize,
        kwargs: *mut ffi::PyObject,
    ) -> Self {
        // An empty dict is no keywords at all.
        // SAFETY: per the contract.
        let kwargs = if !kwargs.is_null() && unsafe { ffi::PyDict_Size(kwargs) } == 0 {
            std::ptr::null_mut()
        } else {
            kwargs
        };
        RawArguments {
            args,
            nargs,
            kwnames: std::ptr::null_mut(),
            kwargs,
            py: PhantomData,
        }
    }

    #[inline]
    fn positional_count(&self) -> usize {
        self.nargs
    }

    #[inline]
    fn positional(&self, py: Python<'py>, index: usize) -> PyArg<'py> {
        debug_assert!(index < self.nargs);
        // SAFETY: `index < nargs` and the array holds `nargs` valid borrowed
        // references for the call.
        unsafe { Borrowed::from_ptr(py, *self.args.add(index)) }
    }

    #[inline]
    fn has_keywords(&self) -> bool {
        !self.kwnames.is_null() || !self.kwargs.is_null()
    }

    fn for_each_keyword(
        &self,
        py: Python<'py>,
        mut place: impl FnMut(PyArg<'py>, PyArg<'py>) -> PyResult<()>,
    ) -> PyResult<()> {
        if !self.kwargs.is_null() {
            return for_each_dict_item(py, self.kwargs, place);
        }
        // SAFETY: `kwnames` is a tuple of `str`; the values follow the
        // positional arguments in the array, one per name.
        unsafe {
            let count = tuple_len(self.kwnames);
            for i in 0..count {
                let name = tuple_item(py, self.kwnames, i);
                let value = Borrowed::from_ptr(py, *self.args.add(self.nargs + i));
                place(name, value)?;
            }
        }
        Ok(())
    }

    /// Passes each keyword's name (as a pointer) and value to `place`,
    /// stopping at the first `None`; says whether all were placed.
    #[inline]
    fn keywords_by_pointer(
        &self,
        py: Python<'py>,
        mut place: impl FnMut(*mut ffi::PyObject, PyArg<'py>) -> Option<()>,
    ) -> bool {
        if !self.kwargs.is_null() {
            // Dict keywords take the full path.
            return false;
        }
        if self.kwnames.is_null() {
            return true;
        }
        // SAFETY: `kwnames` is a tuple of `str`; the values follow the
        // positional arguments in the array, one per name.
        unsafe {
            let count = tuple_len(self.kwnames);
            for i in 0..count {
                let name = tuple_item(py, self.kwnames, i).as_ptr();
                let value = Borrowed::from_ptr(py, *self.args.add(self.nargs + i));
                if place(name, value).is_none() {
                    return false;
                }
            }
        }
        true
    }

    /// The positional arguments from `start` on, as a new tuple.
    fn positional_tail(&self, py: Python<'py>, start: usize) -> Bound<'py, PyTuple> {
        let len = self.nargs.saturating_sub(start);
        // SAFETY: attached; each item is a valid reference which the new
        // tuple takes a strong reference to.
        unsafe {
            let tuple = Bound::from_owned_ptr(py, ffi::PyTuple_New(len as ffi::Py_ssize_t))
                .cast_into_unchecked::<PyTuple>();
            for i in 0..len {
                let item = *self.args.add(start + i);
                ffi::Py_INCREF(item);
                ffi::PyTuple_SetItem(tuple.as_ptr(), i as ffi::Py_ssize_t, item);
            }
            tuple
        }
    }
}

/// The arguments of one call as the interpreter passed them: a tuple and an
/// optional dict (`METH_VARARGS | METH_KEYWORDS`; the stable ABI before 3.10
/// has no vectorcall for C functions).
#[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
pub struct RawArguments<'py> {
    args: *mut ffi::PyObject,
    kwargs: *mut ffi::PyObject,
    py: PhantomData<Python<'py>>,
}

#[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
impl<'py> RawArguments<'py> {
    /// Wraps the parameters of a `METH_VARARGS | METH_KEYWORDS` function.
    ///
    /// # Safety
    ///
    /// They must be what the interpreter passed to such a function, valid
    /// for `'py`.
    #[inline]
    pub unsafe fn tuple_dict(args: *mut ffi::PyObject, kwargs: *mut ffi::PyObject) -> Self {
        RawArguments {
            args,
            kwargs,
            py: PhantomData,
        }
    }

    #[inline]
    fn positional_count(&self) -> usize {
        // SAFETY: `args` is a tuple.
        unsafe { tuple_len(self.args) }
    }

    #[inline]
    fn positional(&self, py: Python<'py>, index: usize) -> PyArg<'py> {
        // SAFETY: `args` is a tuple and `index` is within it.
        unsafe { tuple_item(py, self.args, index) }
    }

    #[inline]
    fn has_keywords(&self) -> bool {
        // SAFETY: `kwargs` is null or a dict.
        !self.kwargs.is_null() && unsafe { ffi::PyDict_Size(self.kwargs) } > 0
    }

    fn for_each_keyword(
        &self,
        py: Python<'py>,
        place: impl FnMut(PyArg<'py>, PyArg<'py>) -> PyResult<()>,
    ) -> PyResult<()> {
        for_each_dict_item(py, self.kwargs, place)
    }

    /// The positional arguments from `start` on, as a new tuple.
    fn positional_tail(&self, py: Python<'py>, start: usize) -> Bound<'py, PyTuple> {
        // SAFETY: attached; `args` is a tuple; returns a new tuple (or null
        // on memory exhaustion, which panics).
        unsafe {
            Bound::from_owned_ptr(
                py,
                ffi::PyTuple_GetSlice(self.args, start as ffi::Py_ssize_t, ffi::PY_SSIZE_T_MAX),
            )
            .cast_into_unchecked()
        }
    }
}

/// Passes each item of the keyword dict `kwargs` to `place`.
fn for_each_dict_item<'py>(
    py: Python<'py>,
    kwargs: *mut ffi::PyObject,
    mut place: impl FnMut(PyArg<'py>, PyArg<'py>) -> PyResult<()>,
) -> PyResult<()> {
    let mut position: ffi::Py_ssize_t = 0;
    let mut key = std::ptr::null_mut();
    let mut value = std::ptr::null_mut();
    // SAFETY: `kwargs` is a dict owned by the caller for the whole call;
    // `PyDict_Next` hands out borrowed references.
    while unsafe { ffi::PyDict_Next(kwargs, &mut position, &mut key, &mut value) } != 0 {
        // SAFETY: both are valid borrowed references while the dict lives.
        unsafe { place(Borrowed::from_ptr(py, key), Borrowed::from_ptr(py, value))? };
    }
    Ok(())
}

/// Runs `body` with the arguments of a call that passes a tuple and a
/// keyword dict (or null), such as `tp_new`.
///
/// # Safety
///
/// `args` must be a tuple and `kwargs` null or a dict, valid for the call.
#[inline]
pub unsafe fn with_tuple_dict_arguments<'py, R>(
    py: Python<'py>,
    args: *mut ffi::PyObject,
    kwargs: *mut ffi::PyObject,
    body: impl FnOnce(RawArguments<'py>) -> R,
) -> R {
    let _ = py;
    // SAFETY: per the contract: a tuple's items are contiguous in memory.
    #[cfg(not(Py_LIMITED_API))]
    unsafe {
        let items = (*args.cast::<ffi::PyTupleObject>()).ob_item.as_ptr();
        body(RawArguments::array_and_dict(items, tuple_len(args), kwargs))
    }
    // SAFETY: per the contract; the items are borrowed from the tuple,
    // which outlives the call.
    #[cfg(all(Py_LIMITED_API, Py_3_10))]
    unsafe {
        let count = tuple_len(args);
        let items: Vec<*mut ffi::PyObject> = (0..count)
            .map(|index| tuple_item(py, args, index).as_ptr())
            .collect();
        body(RawArguments::array_and_dict(items.as_ptr(), count, kwargs))
    }
    // SAFETY: per the contract.
    #[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
    unsafe {
        body(RawArguments::tuple_dict(args, kwargs))
    }
}

/// The length of a tuple.
///
/// # Safety
///
/// `tuple` must be a valid tuple.
#[inline]
unsafe fn tuple_len(tuple: *mut ffi::PyObject) -> usize {
    // SAFETY: the caller upholds this function's documented safety contract.
    unsafe {
        #[cfg(not(Py_LIMITED_API))]
        let len = ffi::PyTuple_GET_SIZE(tuple);
        #[cfg(Py_LIMITED_API)]
        let len = ffi::PyTuple_Size(tuple);
        len as usize
    }
}

/// A borrowed item of a tuple.
///
/// # Safety
///
/// `tuple` must be a valid tuple with more than `index` items, alive for `'py`.
#[inline]
unsafe fn tuple_item<'py>(py: Python<'py>, tuple: *mut ffi::PyObject, index: usize) -> PyArg<'py> {
    // SAFETY: the caller upholds this function's documented safety contract.
    unsafe {
        #[cfg(not(Py_LIMITED_API))]
        let item = ffi::PyTuple_GET_ITEM(tuple, index as ffi::Py_ssize_t);
        #[cfg(Py_LIMITED_API)]
        let item = ffi::PyTuple_GetItem(tuple, index as ffi::Py_ssize_t);
        Borrowed::from_ptr(py, item)
    }
}

// ---------------------------------------------------------------------------
// *args and **kwargs
// ---------------------------------------------------------------------------

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::NoVarargs {}
    impl Sealed for super::TupleVarargs {}
    impl Sealed for super::NoVarkeywords {}
    impl Sealed for super::DictVarkeywords {}
}

/// What to do with positional arguments beyond the named parameters.
pub trait VarargsHandler<'py>: sealed::Sealed {
    /// What `*args` collects (nothing when the signature has no `*args`).
    type Varargs;
    /// The value when no extra arguments were passed.
    fn empty(py: Python<'py>) -> Self::Varargs;
    /// Handles the arguments from `start` on (there is at least one).
    fn extra_positional(
        py: Python<'py>,
        description: &FunctionDescription,
        arguments: &RawArguments<'py>,
        start: usize,
    ) -> PyResult<Self::Varargs>;
}

/// The signature has no `*args`: extra positional arguments are an error.
pub struct NoVarargs;

impl<'py> VarargsHandler<'py> for NoVarargs {
    type Varargs = ();

    #[inline]
    fn empty(_py: Python<'py>) {}

    #[cold]
    fn extra_positional(
        _py: Python<'py>,
        description: &FunctionDescription,
        arguments: &RawArguments<'py>,
        _start: usize,
    ) -> PyResult<()> {
        Err(description.too_many_positional(arguments.positional_count()))
    }
}

/// The signature has `*args`: extra positional arguments become a tuple.
pub struct TupleVarargs;

impl<'py> VarargsHandler<'py> for TupleVarargs {
    type Varargs = Bound<'py, PyTuple>;

    #[inline]
    fn empty(py: Python<'py>) -> Bound<'py, PyTuple> {
        PyTuple::empty(py)
    }

    fn extra_positional(
        py: Python<'py>,
        _description: &FunctionDescription,
        arguments: &RawArguments<'py>,
        start: usize,
    ) -> PyResult<Bound<'py, PyTuple>> {
        Ok(arguments.positional_tail(py, start))
    }
}

/// What to do with keyword arguments that match no named parameter.
pub trait VarkeywordsHandler<'py>: sealed::Sealed {
    /// What `**kwargs` collects (nothing when the signature has none).
    type Varkeywords: Default;
    /// Whether unknown keywords are collected rather than refused.
    const ACCEPTS_KEYWORDS: bool;
    /// Handles one such keyword.
    fn insert(
        py: Python<'py>,
        description: &FunctionDescription,
        varkeywords: &mut Self::Varkeywords,
        name: PyArg<'py>,
        value: PyArg<'py>,
    ) -> PyResult<()>;
}

/// The signature has no `**kwargs`: unknown keywords are an error.
pub struct NoVarkeywords;

impl<'py> VarkeywordsHandler<'py> for NoVarkeywords {
    type Varkeywords = ();
    const ACCEPTS_KEYWORDS: bool = false;

    #[cold]
    fn insert(
        _py: Python<'py>,
        description: &FunctionDescription,
        _varkeywords: &mut (),
        name: PyArg<'py>,
        _value: PyArg<'py>,
    ) -> PyResult<()> {
        Err(description.unexpected_keyword(name))
    }
}

/// The signature has `**kwargs`: unknown keywords go into a dict, created
/// on the first one.
pub struct DictVarkeywords;

impl<'py> VarkeywordsHandler<'py> for DictVarkeywords {
    type Varkeywords = Option<Bound<'py, PyDict>>;
    const ACCEPTS_KEYWORDS: bool = true;

    fn insert(
        py: Python<'py>,
        _description: &FunctionDescription,
        varkeywords: &mut Option<Bound<'py, PyDict>>,
        name: PyArg<'py>,
        value: PyArg<'py>,
    ) -> PyResult<()> {
        varkeywords
            .get_or_insert_with(|| PyDict::new(py))
            .set_item(name, value)
    }
}

// ---------------------------------------------------------------------------
// Converting one argument
// ---------------------------------------------------------------------------

/// Types a `#[pyfunction]` parameter may have. Everything that implements
/// [`FromPyObject`] qualifies, plus borrowed handles (`&Bound<'py, T>`),
/// which borrow from a `Holder` that lives in the wrapper's stack frame.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as a Python function argument",
    note = "arguments must implement `FromPyObject` (for example `i64`, `String`, `&str`, `Vec<T>`), or be `&Bound<'_, T>` / `Bound<'_, T>` / `Py<T>` of a Python type"
)]
pub trait PyFunctionArgument<'a, 'holder, 'py>: Sized {
    /// Storage the extracted value may borrow from.
    type Holder: Default;
    /// Converts `obj`.
    fn extract(obj: Borrowed<'a, 'py, PyAny>, holder: &'holder mut Self::Holder) -> PyResult<Self>;
}

impl<'a, 'holder, 'py, T> PyFunctionArgument<'a, 'holder, 'py> for T
where
    T: FromPyObject<'a, 'py>,
{
    type Holder = ();

    #[inline]
    fn extract(obj: Borrowed<'a, 'py, PyAny>, _holder: &'holder mut ()) -> PyResult<T> {
        T::extract(obj).map_err(Into::into)
    }
}

impl<'a, 'holder, 'py, T> PyFunctionArgument<'a, 'holder, 'py> for &'holder Bound<'py, T>
where
    T: PyTypeCheck + 'a,
{
    type Holder = Option<Borrowed<'a, 'py, T>>;

    #[inline]
    fn extract(
        obj: Borrowed<'a, 'py, PyAny>,
        holder: &'holder mut Option<Borrowed<'a, 'py, T>>,
    ) -> PyResult<Self> {
        Ok(&**holder.insert(obj.cast::<T>()?))
    }
}

impl<'a, 'holder, 'py, T> PyFunctionArgument<'a, 'holder, 'py> for Option<&'holder Bound<'py, T>>
where
    T: PyTypeCheck + 'a,
{
    type Holder = Option<Borrowed<'a, 'py, T>>;

    #[inline]
    fn extract(
        obj: Borrowed<'a, 'py, PyAny>,
        holder: &'holder mut Option<Borrowed<'a, 'py, T>>,
    ) -> PyResult<Self> {
        if obj.is_none() {
            Ok(None)
        } else {
            Ok(Some(&**holder.insert(obj.cast::<T>()?)))
        }
    }
}

/// `&str` where the stable ABI cannot lend a `str`'s UTF-8 (before 3.10):
/// the text is kept in a [`PyBackedStr`](crate::pybacked::PyBackedStr)
/// holder for the call.
#[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
impl<'a, 'holder, 'py> PyFunctionArgument<'a, 'holder, 'py> for &'holder str {
    type Holder = Option<crate::pybacked::PyBackedStr>;

    #[inline]
    fn extract(
        obj: Borrowed<'a, 'py, PyAny>,
        holder: &'holder mut Option<crate::pybacked::PyBackedStr>,
    ) -> PyResult<Self> {
        Ok(&**holder.insert(obj.extract()?))
    }
}

/// `Option<&str>` where the stable ABI cannot lend a `str`'s UTF-8.
#[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
impl<'a, 'holder, 'py> PyFunctionArgument<'a, 'holder, 'py> for Option<&'holder str> {
    type Holder = Option<crate::pybacked::PyBackedStr>;

    #[inline]
    fn extract(
        obj: Borrowed<'a, 'py, PyAny>,
        holder: &'holder mut Option<crate::pybacked::PyBackedStr>,
    ) -> PyResult<Self> {
        if obj.is_none() {
            Ok(None)
        } else {
            Ok(Some(&**holder.insert(obj.extract()?)))
        }
    }
}

/// Types a `*args` parameter may have: the tuple itself, or something
/// extracted from it.
#[diagnostic::on_unimplemented(
    message = "`*args` cannot be received as `{Self}`",
    label = "`*args` is always a tuple",
    note = "write `&Bound<'_, PyTuple>`, `Bound<'_, PyTuple>`, `Py<PyTuple>`, `Vec<T>` or a Rust tuple"
)]
pub trait VarargsArgument {}

impl<T> VarargsArgument for &Bound<'_, T> where T: VarargsTupleType {}
impl<T> VarargsArgument for Bound<'_, T> where T: VarargsTupleType {}
impl<T> VarargsArgument for Py<T> where T: VarargsTupleType {}
impl<T> VarargsArgument for Vec<T> {}

/// Rust tuples: `*args` of an exact length.
macro_rules! varargs_tuple {
    ($($name:ident)+) => {
        impl<$($name),+> VarargsArgument for ($($name,)+) {}
    };
}
varargs_tuple!(A);
varargs_tuple!(A B);
varargs_tuple!(A B C);
varargs_tuple!(A B C D);
varargs_tuple!(A B C D E);
varargs_tuple!(A B C D E F);
varargs_tuple!(A B C D E F G);
varargs_tuple!(A B C D E F G H);

/// `PyTuple`, and `PyAny` for code that takes `*args` untyped.
pub trait VarargsTupleType {}
impl VarargsTupleType for PyTuple {}
impl VarargsTupleType for PyAny {}

/// Types a `**kwargs` parameter may have: an `Option` (it is `None` when no
/// extra keywords were passed) of the dict or of something extracted from it.
#[diagnostic::on_unimplemented(
    message = "`**kwargs` cannot be received as `{Self}`",
    label = "`**kwargs` is `None` when no extra keywords are passed",
    note = "write `Option<&Bound<'_, PyDict>>`, `Option<Bound<'_, PyDict>>` or `Option<HashMap<K, V>>`"
)]
pub trait VarkeywordsArgument<'a, 'holder, 'py>: Sized {
    /// Storage the extracted value may borrow from.
    type Holder: Default;
    /// Converts the collected dict, if any.
    fn extract_kwargs(
        dict: Option<Borrowed<'a, 'py, PyDict>>,
        holder: &'holder mut Self::Holder,
    ) -> PyResult<Self>;
}

impl<'a, 'holder, 'py, T> VarkeywordsArgument<'a, 'holder, 'py> for Option<T>
where
    T: PyFunctionArgument<'a, 'holder, 'py>,
{
    type Holder = T::Holder;

    #[inline]
    fn extract_kwargs(
        dict: Option<Borrowed<'a, 'py, PyDict>>,
        holder: &'holder mut T::Holder,
    ) -> PyResult<Self> {
        match dict {
            Some(dict) => T::extract(dict.to_any(), holder).map(Some),
            None => Ok(None),
        }
    }
}

/// Converts a required argument; the description has already made sure it
/// is present.
#[inline(always)]
pub fn extract_argument<'a, 'holder, 'py, T>(
    obj: Option<Borrowed<'a, 'py, PyAny>>,
    holder: &'holder mut T::Holder,
    name: &str,
) -> PyResult<T>
where
    T: PyFunctionArgument<'a, 'holder, 'py>,
{
    match obj {
        Some(obj) => T::extract(obj, holder).map_err(|err| argument_error(obj.py(), name, err)),
        None => unreachable!("required argument `{name}` was checked by the description"),
    }
}

/// Converts an argument that has a default, computing the default when the
/// caller left it out.
#[inline]
pub fn extract_argument_with_default<'a, 'holder, 'py, T>(
    obj: Option<Borrowed<'a, 'py, PyAny>>,
    holder: &'holder mut T::Holder,
    name: &str,
    default: impl FnOnce() -> T,
) -> PyResult<T>
where
    T: PyFunctionArgument<'a, 'holder, 'py>,
{
    match obj {
        Some(obj) => T::extract(obj, holder).map_err(|err| argument_error(obj.py(), name, err)),
        None => Ok(default()),
    }
}

/// Converts a required argument with a `#[pyo3(from_py_with = ...)]`
/// function.
#[inline]
pub fn from_py_with<'a, 'py, T>(
    obj: Option<&'a Bound<'py, PyAny>>,
    name: &str,
    extractor: fn(&'a Bound<'py, PyAny>) -> PyResult<T>,
) -> PyResult<T> {
    match obj {
        Some(obj) => extractor(obj).map_err(|err| argument_error(obj.py(), name, err)),
        None => unreachable!("required argument `{name}` was checked by the description"),
    }
}

/// Converts an argument with a default and a `#[pyo3(from_py_with = ...)]`
/// function.
#[inline]
pub fn from_py_with_with_default<'a, 'py, T>(
    obj: Option<&'a Bound<'py, PyAny>>,
    name: &str,
    extractor: fn(&'a Bound<'py, PyAny>) -> PyResult<T>,
    default: impl FnOnce() -> T,
) -> PyResult<T> {
    match obj {
        Some(obj) => extractor(obj).map_err(|err| argument_error(obj.py(), name, err)),
        None => Ok(default()),
    }
}

/// Converts what `*args` collected.
#[inline]
pub fn extract_varargs<'a, 'holder, 'py, T>(
    tuple: &'a Bound<'py, PyTuple>,
    holder: &'holder mut T::Holder,
    name: &str,
) -> PyResult<T>
where
    T: PyFunctionArgument<'a, 'holder, 'py> + VarargsArgument,
{
    T::extract(tuple.as_borrowed().to_any(), holder)
        .map_err(|err| argument_error(tuple.py(), name, err))
}

/// Converts what `**kwargs` collected.
#[inline]
pub fn extract_varkeywords<'a, 'holder, 'py, T>(
    dict: &'a Option<Bound<'py, PyDict>>,
    holder: &'holder mut T::Holder,
    name: &str,
) -> PyResult<T>
where
    T: VarkeywordsArgument<'a, 'holder, 'py>,
{
    let dict = dict.as_ref().map(Bound::as_borrowed);
    T::extract_kwargs(dict, holder).map_err(|err| match dict {
        Some(dict) => argument_error(dict.py(), name, err),
        None => err,
    })
}

/// The slot's argument as a `&Bound`, for `from_py_with` functions.
#[inline]
pub fn slot_as_bound<'a, 'py>(slot: &'a Option<PyArg<'py>>) -> Option<&'a Bound<'py, PyAny>> {
    slot.as_ref().map(|arg| &**arg)
}

/// Keeps the exception a conversion raised and adds the PEP 678 note
/// `while processing '<name>'` (where notes exist: Python 3.11+).
#[cold]
pub fn argument_error(py: Python<'_>, name: &str, error: PyErr) -> PyErr {
    // Without notes (3.9, 3.10) the error stays as it is.
    if let Err(no_notes) = error.add_note_at_run_time(py, format!("while processing '{name}'")) {
        drop(no_notes);
    }
    error
}
