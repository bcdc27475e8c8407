//! The options of `#[pyclass]` and of its fields, seen from Python.

use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyType};

use crate::common::{refcount, with_py};

fn run(py: Python<'_>, items: &[(&str, Bound<'_, PyAny>)], code: &str) {
    let locals = PyDict::new(py);
    // Before 3.10 the stable ABI cannot give a class its text signature
    // (`PyType_FromSpec` drops it from the docstring there).
    let class_signatures = !cfg!(Py_LIMITED_API) || py.version_info() >= (3, 10);
    locals
        .set_item("class_signatures", class_signatures)
        .unwrap();
    for (name, value) in items {
        locals.set_item(name, value).unwrap();
    }
    let code = std::ffi::CString::new(code).unwrap();
    if let Err(err) = py.run(&code, Some(&locals), None) {
        err.print(py);
        panic!("Python assertions failed: {err}");
    }
}

/// Documented point.
///
/// Second line.
#[pyclass(name = "Point2D", module = "geometry", get_all, set_all)]
#[derive(Clone)]
struct Point {
    /// The x coordinate.
    x: f64,
    y: f64,
}

#[pymethods]
impl Point {
    #[new]
    #[pyo3(signature = (x, y = 0.0))]
    fn new(x: f64, y: f64) -> Self {
        Point { x, y }
    }

    /// Distance to the origin.
    fn norm(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }

    #[pyo3(signature = (factor, *, around = None))]
    fn scaled(&self, factor: f64, around: Option<(f64, f64)>) -> Self {
        let (cx, cy) = around.unwrap_or((0.0, 0.0));
        Point {
            x: cx + (self.x - cx) * factor,
            y: cy + (self.y - cy) * factor,
        }
    }
}

#[test]
fn names_modules_docs_and_signatures() {
    with_py(|py| {
        let point = py.get_type::<Point>();
        run(
            py,
            &[("Point", point.into_any())],
            r#"
import inspect
assert Point.__name__ == "Point2D"
assert Point.__qualname__ == "Point2D"
assert Point.__module__ == "geometry"
assert Point.__doc__ == "Documented point.\n\nSecond line.", repr(Point.__doc__)
if class_signatures:
    assert str(inspect.signature(Point)) == "(x, y=0.0)", str(inspect.signature(Point))
assert Point.norm.__doc__ == "Distance to the origin."
assert Point.norm.__text_signature__ == "($self)"
assert str(inspect.signature(Point.scaled)) == "(self, /, factor, *, around=None)", str(inspect.signature(Point.scaled))
p = Point(3.0, 4.0)
assert p.norm() == 5.0
assert (p.x, p.y) == (3.0, 4.0)
p.y = 0.0
assert p.norm() == 3.0
q = p.scaled(2.0, around=(1.0, 0.0))
assert (q.x, q.y) == (5.0, 0.0)
assert Point.x.__doc__ == "The x coordinate."
assert type(q) is Point
"#,
        );
    });
}

#[test]
fn argument_errors_name_the_class_and_the_argument() {
    with_py(|py| {
        let point = py.get_type::<Point>();
        run(
            py,
            &[("Point", point.into_any())],
            r#"
import sys
def err(call, note=None):
    try:
        call()
    except BaseException as e:
        if note is not None and sys.version_info >= (3, 11):
            assert e.__notes__ == [note], e.__notes__
        return f"{type(e).__name__}: {e}"
    raise AssertionError("no exception")

p = Point(1.0)
assert err(lambda: p.scaled()) == "TypeError: Point2D.scaled() missing 1 required positional argument: 'factor'", err(lambda: p.scaled())
assert err(lambda: p.scaled("a"), "while processing 'factor'") == "TypeError: must be real number, not str"
assert err(lambda: p.scaled(1.0, 2.0)) == "TypeError: Point2D.scaled() takes 1 positional arguments but 2 were given", err(lambda: p.scaled(1.0, 2.0))
assert err(lambda: Point()) == "TypeError: Point2D.__new__() missing 1 required positional argument: 'x'", err(lambda: Point())
assert err(lambda: Point(1.0, 2.0, 3.0)) == "TypeError: Point2D.__new__() takes from 1 to 2 positional arguments but 3 were given", err(lambda: Point(1.0, 2.0, 3.0))
def set_x(): p.x = "s"
assert err(set_x, "while processing 'x'") == "TypeError: must be real number, not str", err(set_x)
def del_x(): del p.x
assert err(del_x) == "AttributeError: property has no deleter", err(del_x)
"#,
        );
    });
}

#[pyclass(frozen, get_all)]
struct Settings {
    level: u8,
    label: String,
}

#[pyfunction]
fn settings_level(settings: Py<Settings>) -> u8 {
    settings.get().level
}

#[test]
fn frozen_classes_read_without_borrowing() {
    with_py(|py| {
        let settings = Py::new(
            py,
            Settings {
                level: 3,
                label: "hi".into(),
            },
        )
        .unwrap();
        assert_eq!(settings.get().level, 3);
        assert_eq!(settings.bind(py).get().label, "hi");
        assert_eq!(settings.bind_borrowed(py).get().level, 3);
        let function = wrap_pyfunction!(settings_level, py).unwrap();
        run(
            py,
            &[
                ("s", settings.bind(py).clone().into_any()),
                ("settings_level", function.into_any()),
            ],
            r#"
assert settings_level(s) == 3
assert s.label == "hi"
try:
    s.level = 4
except AttributeError as e:
    assert "not writable" in str(e), str(e)
else:
    raise AssertionError("frozen field was set")
"#,
        );
        // A frozen value can be shared with threads without attaching.
        let shared = settings.clone_ref(py);
        py.detach(move || {
            std::thread::spawn(move || assert_eq!(shared.get().label, "hi"))
                .join()
                .unwrap();
        });
    });
}

#[pyclass(dict, weakref, subclass)]
struct Open {}

#[pymethods]
impl Open {
    #[new]
    fn new() -> Self {
        Open {}
    }
}

#[pyclass]
struct Closed {}

#[pymethods]
impl Closed {
    #[new]
    fn new() -> Self {
        Closed {}
    }
}

#[test]
fn dict_and_weakref_slots() {
    with_py(|py| {
        run(
            py,
            &[
                ("Open", py.get_type::<Open>().into_any()),
                ("Closed", py.get_type::<Closed>().into_any()),
            ],
            r#"
import gc, weakref
o = Open()
o.anything = [1, 2]
assert o.__dict__ == {"anything": [1, 2]}
fired = []
r = weakref.ref(o, lambda _: fired.append(True))
assert r() is o
del o
gc.collect()
assert r() is None and fired == [True]

# A cycle through the instance dict is collected.
o = Open()
o.me = o
r = weakref.ref(o)
del o
gc.collect()
assert r() is None

class Sub(Open):
    pass
s = Sub()
s.x = 1
assert weakref.ref(s)() is s and s.__dict__ == {"x": 1}

c = Closed()
try:
    c.anything = 1
except AttributeError as e:
    assert "'builtins.Closed' object has no attribute 'anything'" in str(e), str(e)
else:
    raise AssertionError("no dict expected")
try:
    weakref.ref(c)
except TypeError as e:
    assert str(e) == "cannot create weak reference to 'builtins.Closed' object", str(e)
else:
    raise AssertionError("no weakref expected")
"#,
        );
    });
}

static DROPS: AtomicUsize = AtomicUsize::new(0);

#[pyclass]
struct Tracked {
    #[pyo3(get)]
    payload: Py<PyAny>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        DROPS.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn drop_runs_exactly_once_and_releases_fields() {
    with_py(|py| {
        let payload = PyDict::new(py).into_any();
        let before = refcount(&payload);
        let drops = DROPS.load(Ordering::SeqCst);
        let tracked = Bound::new(
            py,
            Tracked {
                payload: payload.clone().unbind(),
            },
        )
        .unwrap();
        assert_eq!(refcount(&payload), before + 1);
        let got = tracked.getattr("payload").unwrap();
        assert!(got.is(&payload));
        drop(got);
        drop(tracked);
        assert_eq!(DROPS.load(Ordering::SeqCst), drops + 1);
        assert_eq!(refcount(&payload), before);
    });
}

#[pyclass]
struct PanicsOnDrop;

impl Drop for PanicsOnDrop {
    fn drop(&mut self) {
        panic!("boom in drop");
    }
}

#[test]
fn a_panic_in_drop_is_reported_as_unraisable() {
    let _lock = crate::common::unraisable_hook_lock();
    with_py(|py| {
        let globals = PyDict::new(py);
        py.run(
            c"import sys\nseen = []\nsys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), u.object))",
            Some(&globals),
            None,
        )
        .unwrap();
        let object = Bound::new(py, PanicsOnDrop).unwrap();
        drop(object);
        let seen = globals.get_item("seen").unwrap().unwrap();
        py.run(
            c"sys.unraisablehook = sys.__unraisablehook__",
            Some(&globals),
            None,
        )
        .unwrap();
        let seen: Vec<(String, String, Bound<'_, PyAny>)> = seen.extract().unwrap();
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].0, "PanicException");
        assert_eq!(seen[0].1, "boom in drop");
        assert!(seen[0].2.is(py.get_type::<PanicsOnDrop>()));
    });
}

#[pyclass(unsendable)]
struct Local {
    value: std::rc::Rc<u32>,
}

#[pymethods]
impl Local {
    #[getter]
    fn value(&self) -> u32 {
        *self.value
    }
}

#[test]
fn unsendable_values_stay_on_their_thread() {
    with_py(|py| {
        let local = Py::new(
            py,
            Local {
                value: std::rc::Rc::new(5),
            },
        )
        .unwrap();
        assert_eq!(*local.borrow(py).value, 5);
        let shared = local.clone_ref(py);
        let message = py.detach(move || {
            std::thread::spawn(move || {
                Python::attach(|py| {
                    let err = shared.bind(py).getattr("value").unwrap_err();
                    let text = err.to_string();
                    // The value must not be dropped here either: hand it back.
                    (text, shared)
                })
            })
            .join()
            .unwrap()
        });
        assert_eq!(
            message.0,
            "RuntimeError: Local is unsendable, but sent to another thread"
        );
        drop(message.1);
        assert_eq!(*local.borrow(py).value, 5);
    });
}

#[pyclass(generic)]
struct Boxed {}

#[cfg(Py_3_10)]
#[pyclass(immutable_type)]
struct Sealed {}

#[cfg(not(Py_3_10))]
#[pyclass]
struct Sealed {}

#[pymethods]
impl Sealed {
    #[classattr]
    const KIND: &'static str = "sealed";

    #[classattr]
    fn instances() -> Vec<i32> {
        vec![1, 2]
    }
}

#[test]
fn generic_and_immutable_types() {
    with_py(|py| {
        let items = [
            ("Boxed", py.get_type::<Boxed>().into_any()),
            ("Sealed", py.get_type::<Sealed>().into_any()),
            (
                "immutable",
                pyo3::types::PyBool::new(py, cfg!(Py_3_10))
                    .to_owned()
                    .into_any(),
            ),
        ];
        run(
            py,
            &items,
            r#"
import types, sys
try:
    Boxed()
except TypeError as e:
    # Builds for 3.10+ flag the type; builds for older versions (abi3-py39
    # too, wherever it runs) give it a refusing `tp_new`.
    expected = "cannot create 'builtins.Boxed' instances" if immutable else "No constructor defined for Boxed"
    assert str(e) == expected, str(e)
else:
    raise AssertionError("no constructor expected")
alias = Boxed[int]
assert isinstance(alias, types.GenericAlias)
assert alias.__origin__ is Boxed and alias.__args__ == (int,)
assert Sealed.KIND == "sealed" and Sealed.instances == [1, 2]
if immutable:
    try:
        Sealed.KIND = "x"
    except TypeError as e:
        assert "immutable" in str(e), str(e)
    else:
        raise AssertionError("immutable type was changed")
"#,
        );
        assert!(py.get_type::<Sealed>().is_subclass_of::<PyType>().is_ok());
    });
}

#[pyclass(rename_all = "camelCase", get_all, new = "from_fields")]
struct Renamed {
    first_name: String,
    #[pyo3(name = "years")]
    age_in_years: u32,
}

#[pyclass(freelist = 4)]
struct Pooled {
    #[pyo3(get)]
    id: u32,
}

#[pymethods]
impl Pooled {
    #[new]
    fn new(id: u32) -> Self {
        Pooled { id }
    }
}

#[test]
fn rename_all_new_from_fields_and_freelist() {
    with_py(|py| {
        let items = [
            ("Renamed", py.get_type::<Renamed>().into_any()),
            ("Pooled", py.get_type::<Pooled>().into_any()),
        ];
        run(
            py,
            &items,
            r#"
import inspect
r = Renamed("Ada", 36)
assert (r.firstName, r.years) == ("Ada", 36)
if class_signatures:
    assert str(inspect.signature(Renamed)) == "(first_name, age_in_years)", str(inspect.signature(Renamed))
r = Renamed(first_name="Bo", age_in_years=1)
assert r.firstName == "Bo"
objects = [Pooled(i) for i in range(10)]
assert [o.id for o in objects] == list(range(10))
del objects
again = [Pooled(i) for i in range(10, 20)]
assert [o.id for o in again] == list(range(10, 20))
"#,
        );
    });
}

#[test]
fn unsendable_values_dropped_elsewhere_are_reported_and_leaked() {
    let _lock = crate::common::unraisable_hook_lock();
    with_py(|py| {
        let globals = PyDict::new(py);
        py.run(
            c"import sys\nseen = []\nsys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value)))",
            Some(&globals),
            None,
        )
        .unwrap();
        let value = std::rc::Rc::new(5);
        let weak = std::rc::Rc::downgrade(&value);
        let local = Py::new(py, Local { value }).unwrap();
        // `Rc` is neither `Send` nor `Sync`; the `Py` handle is both, so it
        // may travel, but the value must stay behind.
        py.detach(move || {
            std::thread::spawn(move || Python::attach(move |_py| drop(local)))
                .join()
                .unwrap();
        });
        let seen = globals.get_item("seen").unwrap().unwrap();
        py.run(
            c"sys.unraisablehook = sys.__unraisablehook__",
            Some(&globals),
            None,
        )
        .unwrap();
        let seen: Vec<(String, String)> = seen.extract().unwrap();
        assert_eq!(
            seen,
            [(
                "RuntimeError".to_owned(),
                "Local is unsendable, but is being dropped on another thread".to_owned()
            )]
        );
        // Leaked, not dropped: the value is still alive.
        assert!(weak.upgrade().is_some());
    });
}
