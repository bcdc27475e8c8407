//! `#[pyfunction]` and `wrap_pyfunction!` in an embedded interpreter:
//! argument sorting, conversions, error messages, docs and signatures.
//! The extension-module side is covered by `examples/pytests`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::py_run;
use pyo3::types::{PyDict, PyTuple};

use crate::common::with_py;

/// Python helpers for the assertions: `err(lambda: ...)` returns the type
/// name, message and notes of the exception the call raises.
const HELPERS: &str = r#"
def err(call):
    try:
        call()
    except BaseException as e:
        return (type(e).__name__, str(e), getattr(e, '__notes__', None))
    raise AssertionError('no exception')
"#;

/// Runs the assertions twice: the first calls of a function also prepare
/// its cached parameter names, so the second round exercises the paths
/// that match keywords by pointer.
fn run(py: Python<'_>, locals: &Bound<'_, PyDict>, code: &str) {
    let code = format!("{HELPERS}\n{code}");
    let code = std::ffi::CString::new(code).unwrap();
    for _ in 0..2 {
        if let Err(err) = py.run(&code, Some(locals), None) {
            err.print(py);
            panic!("Python assertions failed: {err}");
        }
    }
}

fn locals_with<'py>(py: Python<'py>, items: &[(&str, Bound<'py, PyAny>)]) -> Bound<'py, PyDict> {
    let locals = PyDict::new(py);
    for (name, value) in items {
        locals.set_item(name, value).unwrap();
    }
    locals
}

/// Formats the sum of two numbers as string.
#[pyfunction]
fn sum_as_string(a: usize, b: usize) -> PyResult<String> {
    Ok((a + b).to_string())
}

#[test]
fn positional_and_keyword_calls() {
    with_py(|py| {
        let f = wrap_pyfunction!(sum_as_string, py).unwrap();
        py_run!(
            py,
            f,
            r#"
assert f(5, 20) == '25'
assert f(a=5, b=20) == '25'
assert f(5, b=20) == '25'
assert f(b=20, a=5) == '25'
assert f(*[5, 20]) == '25'
assert f(**{'a': 5, 'b': 20}) == '25'
"#
        );
    });
}

#[test]
fn argument_count_errors_match_cpython() {
    with_py(|py| {
        let f = wrap_pyfunction!(sum_as_string, py).unwrap();
        let locals = locals_with(py, &[("f", f.into_any())]);
        run(
            py,
            &locals,
            r#"
assert err(lambda: f(5)) == ('TypeError', "sum_as_string() missing 1 required positional argument: 'b'", None)
assert err(lambda: f()) == ('TypeError', "sum_as_string() missing 2 required positional arguments: 'a' and 'b'", None)
assert err(lambda: f(1, 2, 3)) == ('TypeError', "sum_as_string() takes 2 positional arguments but 3 were given", None)
assert err(lambda: f(1, 2, x=3)) == ('TypeError', "sum_as_string() got an unexpected keyword argument 'x'", None)
assert err(lambda: f(1, 2, a=3)) == ('TypeError', "sum_as_string() got multiple values for argument 'a'", None)
assert err(lambda: f(1, **{'b': 2, 'a': 3})) == ('TypeError', "sum_as_string() got multiple values for argument 'a'", None)
"#,
        );
    });
}

#[test]
fn conversion_errors_keep_the_exception_and_add_a_note() {
    with_py(|py| {
        let f = wrap_pyfunction!(sum_as_string, py).unwrap();
        let locals = locals_with(py, &[("f", f.into_any())]);
        run(
            py,
            &locals,
            r#"
import sys
kind, message, notes = err(lambda: f('5', 20))
assert kind == 'TypeError', kind
assert message == "'str' object cannot be interpreted as an integer", message
if sys.version_info >= (3, 11):
    assert notes == ["while processing 'a'"], notes
kind, message, notes = err(lambda: f(5, -1))
assert kind == 'OverflowError', kind
if sys.version_info >= (3, 11):
    assert notes == ["while processing 'b'"], notes
"#,
        );
    });
}

#[test]
fn doc_and_text_signature() {
    with_py(|py| {
        let f = wrap_pyfunction!(sum_as_string, py).unwrap();
        py_run!(
            py,
            f,
            r#"
import inspect
assert f.__name__ == 'sum_as_string'
assert f.__qualname__ == 'sum_as_string'
assert f.__doc__ == 'Formats the sum of two numbers as string.', repr(f.__doc__)
assert f.__text_signature__ == '(a, b)', f.__text_signature__
assert str(inspect.signature(f)) == '(a, b)'
"#
        );
    });
}

#[pyfunction]
#[pyo3(signature = (a, b = 1, /, c = 2, *args, d, e = None, **kwargs))]
#[allow(clippy::too_many_arguments)]
fn every_form<'py>(
    py: Python<'py>,
    a: i64,
    b: i64,
    c: i64,
    args: &Bound<'py, PyTuple>,
    d: i64,
    e: Option<i64>,
    kwargs: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyTuple>> {
    let kwargs = match kwargs {
        Some(kwargs) => kwargs.clone().into_any(),
        None => py.None().into_bound(py),
    };
    PyTuple::new(
        py,
        [
            a.into_pyobject(py)?.into_any(),
            b.into_pyobject(py)?.into_any(),
            c.into_pyobject(py)?.into_any(),
            args.clone().into_any(),
            d.into_pyobject(py)?.into_any(),
            e.into_pyobject(py)?.into_any(),
            kwargs,
        ],
    )
}

#[test]
fn every_parameter_form() {
    with_py(|py| {
        let f = wrap_pyfunction!(every_form, py).unwrap();
        let locals = locals_with(py, &[("f", f.into_any())]);
        run(
            py,
            &locals,
            r#"
import inspect
assert f.__text_signature__ == '(a, b=1, /, c=2, *args, d, e=None, **kwargs)', f.__text_signature__
assert str(inspect.signature(f)) == '(a, b=1, /, c=2, *args, d, e=None, **kwargs)'
assert f(10, d=4) == (10, 1, 2, (), 4, None, None)
assert f(10, 11, 12, 13, 14, d=4, e=5) == (10, 11, 12, (13, 14), 4, 5, None)
assert f(10, c=3, d=4, z=9) == (10, 1, 3, (), 4, None, {'z': 9})
# positional-only names go to **kwargs when passed by keyword
assert f(10, d=4, a=7) == (10, 1, 2, (), 4, None, {'a': 7})
assert err(lambda: f(10)) == ('TypeError', "every_form() missing 1 required keyword argument: 'd'", None)
assert err(lambda: f(d=4)) == ('TypeError', "every_form() missing 1 required positional argument: 'a'", None)
"#,
        );
    });
}

#[test]
fn keyword_names_that_are_not_utf8() {
    with_py(|py| {
        let f = wrap_pyfunction!(sum_as_string, py).unwrap();
        let g = wrap_pyfunction!(every_form, py).unwrap();
        let locals = locals_with(py, &[("f", f.into_any()), ("g", g.into_any())]);
        run(
            py,
            &locals,
            r#"
# Reported as CPython reports an unknown keyword, the name unchanged.
assert err(lambda: f(1, 2, **{'\ud800': 3})) == ('TypeError', "sum_as_string() got an unexpected keyword argument '\ud800'", None)
assert err(lambda: f(1, b=2, **{'a\udcff': 3})) == ('TypeError', "sum_as_string() got an unexpected keyword argument 'a\udcff'", None)
# The unknown keyword comes before the missing arguments, as with any name.
assert err(lambda: f(**{'\ud800': 3})) == ('TypeError', "sum_as_string() got an unexpected keyword argument '\ud800'", None)
assert err(lambda: f(1, **{'x': 3})) == ('TypeError', "sum_as_string() got an unexpected keyword argument 'x'", None)
# Same wording as a Python function.
def py_f(a, b): pass
assert err(lambda: py_f(1, 2, **{'\ud800': 3}))[1] == "py_f() got an unexpected keyword argument '\ud800'"
# `**kwargs` receives it unchanged.
r = g(10, d=4, **{'\ud800': 5})
assert r == (10, 1, 2, (), 4, None, {'\ud800': 5}), ascii(r)
r = g(10, **{'\udc80x': 5, 'd': 4, 'e': 6})
assert r == (10, 1, 2, (), 4, 6, {'\udc80x': 5}), ascii(r)
# A missing keyword-only argument is still reported.
assert err(lambda: g(10, **{'\ud800': 5})) == ('TypeError', "every_form() missing 1 required keyword argument: 'd'", None)
"#,
        );
    });
}

#[pyfunction(signature = (a, /, b))]
fn positional_only(a: i32, b: i32) -> i32 {
    a - b
}

#[pyfunction(signature = (*, x, y = 3, z))]
fn keyword_only(x: i32, y: i32, z: i32) -> (i32, i32, i32) {
    (x, y, z)
}

#[pyfunction(signature = (a, b = 2, c = 3))]
fn defaults(a: i32, b: i32, c: i32) -> i32 {
    a * 100 + b * 10 + c
}

#[test]
fn positional_only_keyword_only_and_ranges() {
    with_py(|py| {
        let p = wrap_pyfunction!(positional_only, py).unwrap();
        let k = wrap_pyfunction!(keyword_only, py).unwrap();
        let d = wrap_pyfunction!(defaults, py).unwrap();
        let locals = locals_with(
            py,
            &[
                ("p", p.into_any()),
                ("k", k.into_any()),
                ("d", d.into_any()),
            ],
        );
        run(
            py,
            &locals,
            r#"
assert p(5, 3) == 2 and p(5, b=3) == 2
assert err(lambda: p(a=5, b=3)) == ('TypeError', "positional_only() got some positional-only arguments passed as keyword arguments: 'a'", None)
assert k(x=1, z=2) == (1, 3, 2)
assert err(lambda: k(1, 2)) == ('TypeError', "keyword_only() takes 0 positional arguments but 2 were given", None)
assert err(lambda: k()) == ('TypeError', "keyword_only() missing 2 required keyword arguments: 'x' and 'z'", None)
assert k.__text_signature__ == '(*, x, y=3, z)'
assert d(1) == 123 and d(1, 5) == 153 and d(1, c=9) == 129
assert err(lambda: d(1, 2, 3, 4)) == ('TypeError', "defaults() takes from 1 to 3 positional arguments but 4 were given", None)
assert err(lambda: d(1, 2, 3, 4, 5)) == ('TypeError', "defaults() takes from 1 to 3 positional arguments but 5 were given", None)
"#,
        );
    });
}

#[pyfunction(signature = (a, b, c))]
fn three(a: i32, b: i32, c: i32) -> i32 {
    a + b + c
}

#[test]
fn missing_lists_use_cpython_wording() {
    with_py(|py| {
        let f = wrap_pyfunction!(three, py).unwrap();
        let locals = locals_with(py, &[("f", f.into_any())]);
        run(
            py,
            &locals,
            r#"
assert err(lambda: f()) == ('TypeError', "three() missing 3 required positional arguments: 'a', 'b', and 'c'", None)
assert err(lambda: f(1, c=3)) == ('TypeError', "three() missing 1 required positional argument: 'b'", None)
"#,
        );
    });
}

#[pyfunction]
fn no_arguments() -> &'static str {
    "nothing"
}

#[pyfunction]
fn returns_unit() {}

#[pyfunction]
fn returns_unit_result(fail: bool) -> PyResult<()> {
    if fail {
        Err(PyValueError::new_err("asked to fail"))
    } else {
        Ok(())
    }
}

#[pyfunction]
fn returns_option(x: Option<i32>) -> Option<i32> {
    x.map(|x| x * 2)
}

/// An error type of the user's, converted with `From`.
struct MyError(String);

impl From<MyError> for PyErr {
    fn from(err: MyError) -> PyErr {
        PyValueError::new_err(format!("my error: {}", err.0))
    }
}

#[pyfunction]
fn returns_custom_error(x: i32) -> Result<i32, MyError> {
    if x < 0 {
        Err(MyError(format!("{x} is negative")))
    } else {
        Ok(x)
    }
}

#[pyfunction]
fn panics(message: &str) -> i32 {
    panic!("{}", message.to_owned())
}

#[test]
fn return_values_errors_and_panics() {
    with_py(|py| {
        let locals = locals_with(
            py,
            &[
                (
                    "no_arguments",
                    wrap_pyfunction!(no_arguments, py).unwrap().into_any(),
                ),
                (
                    "returns_unit",
                    wrap_pyfunction!(returns_unit, py).unwrap().into_any(),
                ),
                (
                    "returns_unit_result",
                    wrap_pyfunction!(returns_unit_result, py)
                        .unwrap()
                        .into_any(),
                ),
                (
                    "returns_option",
                    wrap_pyfunction!(returns_option, py).unwrap().into_any(),
                ),
                (
                    "returns_custom_error",
                    wrap_pyfunction!(returns_custom_error, py)
                        .unwrap()
                        .into_any(),
                ),
                ("panics", wrap_pyfunction!(panics, py).unwrap().into_any()),
            ],
        );
        run(
            py,
            &locals,
            r#"
assert no_arguments() == 'nothing'
assert err(lambda: no_arguments(1))[0] == 'TypeError'
assert no_arguments.__text_signature__ == '()'
assert returns_unit() is None
assert returns_unit_result(False) is None
assert err(lambda: returns_unit_result(True)) == ('ValueError', 'asked to fail', None)
assert returns_option(None) is None and returns_option(4) == 8
assert err(lambda: returns_option('x'))[0] == 'TypeError'
assert returns_custom_error(3) == 3
assert err(lambda: returns_custom_error(-2)) == ('ValueError', 'my error: -2 is negative', None)
kind, message, _ = err(lambda: panics('boom'))
assert kind == 'PanicException' and message == 'boom', (kind, message)
"#,
        );
    });
}

fn double_from_str(obj: &Bound<'_, PyAny>) -> PyResult<i64> {
    let text: String = obj.extract()?;
    text.parse::<i64>()
        .map(|v| v * 2)
        .map_err(|e| PyValueError::new_err(e.to_string()))
}

#[pyfunction]
#[pyo3(signature = (x, y = 7))]
fn with_from_py_with(
    #[pyo3(from_py_with = double_from_str)] x: i64,
    #[pyo3(from_py_with = double_from_str)] y: i64,
) -> i64 {
    x + y
}

#[test]
fn from_py_with_arguments() {
    with_py(|py| {
        let f = wrap_pyfunction!(with_from_py_with, py).unwrap();
        let locals = locals_with(py, &[("f", f.into_any())]);
        run(
            py,
            &locals,
            r#"
import sys
assert f('2', '3') == 10
assert f('2') == 11
kind, message, notes = err(lambda: f('x'))
assert kind == 'ValueError' and 'invalid digit' in message, message
if sys.version_info >= (3, 11):
    assert notes == ["while processing 'x'"]
"#,
        );
    });
}

#[pyfunction(name = "renamed", text_signature = "(value, /)")]
fn original_name(value: i32) -> i32 {
    value
}

#[pyfunction(text_signature = None)]
/// Documented, without signature.
fn without_signature(value: i32) -> i32 {
    value
}

#[test]
fn name_and_text_signature_options() {
    with_py(|py| {
        let renamed = wrap_pyfunction!(original_name, py).unwrap();
        let bare = wrap_pyfunction!(without_signature, py).unwrap();
        let locals = locals_with(
            py,
            &[("renamed", renamed.into_any()), ("bare", bare.into_any())],
        );
        run(
            py,
            &locals,
            r#"
assert renamed.__name__ == 'renamed'
assert renamed.__text_signature__ == '(value, /)'
assert err(lambda: renamed()) == ('TypeError', "renamed() missing 1 required positional argument: 'value'", None)
assert bare.__text_signature__ is None
assert bare.__doc__ == 'Documented, without signature.', repr(bare.__doc__)
"#,
        );
    });
}

#[pyfunction]
fn borrowed_arguments<'py>(
    text: &str,
    list: &Bound<'py, pyo3::types::PyList>,
    any: Bound<'py, PyAny>,
    owned: Py<PyAny>,
    maybe: Option<&Bound<'py, PyDict>>,
) -> String {
    format!(
        "{text}:{}:{}:{}:{}",
        list.len(),
        any.get_type().name().unwrap(),
        Python::attach(|py| owned.bind(py).repr().unwrap().to_string()),
        maybe.map_or(0, |d| d.len())
    )
}

#[test]
fn borrowed_and_owned_handles() {
    with_py(|py| {
        let f = wrap_pyfunction!(borrowed_arguments, py).unwrap();
        let locals = locals_with(py, &[("f", f.into_any())]);
        run(
            py,
            &locals,
            r#"
import sys
assert f('hi', [1, 2], 3.5, 'x', None) == "hi:2:float:'x':0"
assert f('hi', [], 1, 2, {'a': 1}) == "hi:0:int:2:1"
kind, message, notes = err(lambda: f('hi', (1,), 1, 2, None))
assert kind == 'TypeError' and message == "'tuple' object is not an instance of 'list'", message
if sys.version_info >= (3, 11):
    assert notes == ["while processing 'list'"]
"#,
        );
    });
}

#[pyfunction(pass_module)]
fn module_name(module: &Bound<'_, PyModule>) -> PyResult<String> {
    Ok(module.name()?.to_string())
}

#[test]
fn pass_module_receives_the_module() {
    with_py(|py| {
        let module = PyModule::new(py, "holder").unwrap();
        let f = wrap_pyfunction!(module_name, &module).unwrap();
        let unbound = wrap_pyfunction!(module_name, py).unwrap();
        let locals = locals_with(py, &[("f", f.into_any()), ("unbound", unbound.into_any())]);
        run(
            py,
            &locals,
            r#"
assert f() == 'holder'
assert f.__module__ == 'holder'
assert f.__self__.__name__ == 'holder'
kind, message, _ = err(lambda: unbound())
assert kind == 'TypeError' and 'pass_module' in message, message
"#,
        );
    });
}

#[pyfunction(warn(message = "this function is old", category = pyo3::exceptions::PyDeprecationWarning))]
fn old_function() -> i32 {
    1
}

#[test]
fn warn_option_emits_the_warning() {
    with_py(|py| {
        let f = wrap_pyfunction!(old_function, py).unwrap();
        let locals = locals_with(py, &[("f", f.into_any())]);
        run(
            py,
            &locals,
            r#"
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    assert f() == 1
assert len(caught) == 1
assert caught[0].category is DeprecationWarning
assert str(caught[0].message) == 'this function is old'
with warnings.catch_warnings():
    warnings.simplefilter('error')
    kind, message, _ = err(lambda: f())
    assert kind == 'DeprecationWarning', kind
"#,
        );
    });
}

#[pyfunction(signature = (*numbers))]
fn sum_all(numbers: (i64, i64)) -> i64 {
    numbers.0 + numbers.1
}

#[pyfunction(signature = (**entries))]
fn count_entries(entries: Option<Bound<'_, PyDict>>) -> usize {
    entries.map_or(0, |e| e.len())
}

#[test]
fn varargs_and_kwargs_conversions() {
    with_py(|py| {
        let s = wrap_pyfunction!(sum_all, py).unwrap();
        let c = wrap_pyfunction!(count_entries, py).unwrap();
        let locals = locals_with(py, &[("s", s.into_any()), ("c", c.into_any())]);
        run(
            py,
            &locals,
            r#"
import sys
assert s(1, 2) == 3
assert err(lambda: s(1, 2, 3))[0] == 'ValueError'
kind, _, notes = err(lambda: s(1, 'x'))
assert kind == 'TypeError'
if sys.version_info >= (3, 11):
    assert notes == ["while processing 'numbers'"], notes
assert c() == 0 and c(a=1, b=2) == 2
assert err(lambda: c(1))[0] == 'TypeError'
"#,
        );
    });
}

#[test]
fn reference_counts_do_not_grow() {
    with_py(|py| {
        let f = wrap_pyfunction!(every_form, py).unwrap();
        let g = wrap_pyfunction!(sum_as_string, py).unwrap();
        let locals = locals_with(py, &[("f", f.into_any()), ("g", g.into_any())]);
        run(
            py,
            &locals,
            r#"
import sys
marker = object()
args = (1, 2, 3, marker)
before = sys.getrefcount(marker)
for _ in range(10000):
    f(*args, d=marker and 4, z=marker)
    try:
        g(marker, 1)
    except TypeError:
        pass
assert sys.getrefcount(marker) == before, (sys.getrefcount(marker), before)
"#,
        );
    });
}

/// `crate = "..."`: generated code reaches pyo3 through another path.
mod reexport {
    pub use pyo3 as inner;
}

#[pyfunction(crate = "crate::pyfunction::reexport::inner")]
fn through_reexport(x: i64) -> i64 {
    x + 1
}

#[pymodule(crate = "crate::pyfunction::reexport::inner")]
fn module_through_reexport(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(through_reexport, m)?)
}

#[test]
fn crate_option_changes_the_path_to_pyo3() {
    with_py(|py| {
        let module = pyo3::wrap_pymodule!(module_through_reexport)(py);
        let locals = locals_with(py, &[("m", module.into_bound(py).into_any())]);
        run(
            py,
            &locals,
            r#"
assert m.through_reexport(1) == 2
"#,
        );
    });
}

#[test]
fn option_arguments_are_required_without_a_default() {
    with_py(|py| {
        let f = wrap_pyfunction!(returns_option, py).unwrap();
        let locals = locals_with(py, &[("f", f.into_any())]);
        run(
            py,
            &locals,
            r#"
assert err(lambda: f()) == ('TypeError', "returns_option() missing 1 required positional argument: 'x'", None)
assert f.__text_signature__ == '(x)'
"#,
        );
    });
}

/// Functions named like the wrapper's own variables must not be shadowed.
mod names_like_the_wrapper {
    use pyo3::prelude::*;

    #[pyfunction]
    pub fn py(slots: i64, arguments: i64) -> i64 {
        slots + arguments
    }

    #[pyfunction(signature = (*varargs, **varkeywords))]
    pub fn slots(varargs: Vec<i64>, varkeywords: Option<Bound<'_, pyo3::types::PyDict>>) -> usize {
        varargs.len() + varkeywords.map_or(0, |d| d.len())
    }

    #[pymodule]
    pub fn module(module: &Bound<'_, PyModule>) -> PyResult<()> {
        module.add_function(wrap_pyfunction!(py, module)?)?;
        module.add_function(wrap_pyfunction!(slots, module)?)
    }
}

#[test]
fn wrapper_variables_do_not_shadow_user_items() {
    with_py(|py| {
        let module = pyo3::wrap_pymodule!(names_like_the_wrapper::module)(py);
        let locals = locals_with(py, &[("m", module.into_bound(py).into_any())]);
        run(
            py,
            &locals,
            r#"
assert m.py(1, 2) == 3 and m.py(slots=1, arguments=2) == 3
assert m.slots(1, 2, x=3) == 3
"#,
        );
    });
}
