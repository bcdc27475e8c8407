//! Magic methods that fill type slots: the object protocol, comparisons,
//! containers, iteration and unary number operators.

use pyo3::exceptions::{PyIndexError, PyKeyError};
use pyo3::prelude::*;
use pyo3::pyclass::CompareOp;
use pyo3::types::PyDict;

use crate::common::with_py;

fn run(py: Python<'_>, items: &[(&str, Bound<'_, PyAny>)], code: &str) {
    let globals = PyDict::new(py);
    for (name, value) in items {
        globals.set_item(name, value).unwrap();
    }
    let code = format!(
        "def err(call):\n    try:\n        call()\n    except BaseException as e:\n        return f'{{type(e).__name__}}: {{e}}'\n    raise AssertionError('no exception')\n{code}"
    );
    let code = std::ffi::CString::new(code).unwrap();
    if let Err(err) = py.run(&code, Some(&globals), None) {
        err.print(py);
        panic!("Python assertions failed: {err}");
    }
}

#[pyclass]
struct Number {
    value: i64,
}

#[pymethods]
impl Number {
    #[new]
    fn new(value: i64) -> Self {
        Number { value }
    }

    fn __repr__(&self) -> String {
        format!("Number({})", self.value)
    }

    fn __str__(&self) -> String {
        self.value.to_string()
    }

    fn __hash__(&self) -> i64 {
        self.value
    }

    fn __bool__(&self) -> bool {
        self.value != 0
    }

    fn __eq__(&self, other: PyRef<'_, Number>) -> bool {
        self.value == other.value
    }

    fn __lt__(&self, other: PyRef<'_, Number>) -> bool {
        self.value < other.value
    }

    fn __neg__(&self) -> Number {
        Number { value: -self.value }
    }

    fn __abs__(&self) -> i64 {
        self.value.abs()
    }

    fn __int__(&self) -> i64 {
        self.value
    }

    fn __float__(&self) -> f64 {
        self.value as f64
    }

    fn __index__(&self) -> i64 {
        self.value
    }

    fn __call__(&self, times: i64) -> i64 {
        self.value * times
    }
}

#[test]
fn object_protocol_and_unary_numbers() {
    with_py(|py| {
        run(
            py,
            &[("Number", py.get_type::<Number>().into_any())],
            r#"
import operator
n = Number(3)
assert repr(n) == "Number(3)" and str(n) == "3" and f"{n}" == "3"
assert hash(n) == 3 and hash(Number(-1)) == -2
assert bool(n) and not bool(Number(0))
assert n == Number(3) and n != Number(4) and not (n == 3)
assert n < Number(4) and not (n < Number(2))
assert err(lambda: n <= Number(4)) == "TypeError: '<=' not supported between instances of 'builtins.Number' and 'builtins.Number'"
assert Number(4) > n  # reflected __lt__
assert repr(-n) == "Number(-3)" and abs(Number(-5)) == 5
assert int(n) == 3 and float(n) == 3.0 and operator.index(n) == 3 and [10, 20, 30, 40][n] == 40
assert n(2) == 6
assert err(lambda: n()) == "TypeError: Number.__call__() missing 1 required positional argument: 'times'"
assert {n: "x"}[Number(3)] == "x"
"#,
        );
    });
}

#[pyclass]
struct Unhashable {}

#[pymethods]
impl Unhashable {
    #[new]
    fn new() -> Self {
        Unhashable {}
    }

    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<bool> {
        match op {
            CompareOp::Eq => Ok(other.is_instance_of::<Unhashable>()),
            CompareOp::Ne => Ok(!other.is_instance_of::<Unhashable>()),
            _ => Err(pyo3::exceptions::PyTypeError::new_err("unordered")),
        }
    }
}

#[test]
fn richcmp_and_equality_without_hash() {
    with_py(|py| {
        run(
            py,
            &[("Unhashable", py.get_type::<Unhashable>().into_any())],
            r#"
u = Unhashable()
assert u == Unhashable() and u != 1 and not (u == 1)
assert err(lambda: u < u) == "TypeError: unordered"
assert err(lambda: hash(u)) == "TypeError: unhashable type: 'builtins.Unhashable'"
"#,
        );
    });
}

#[pyclass]
struct Bag {
    items: Vec<i64>,
}

#[pymethods]
impl Bag {
    #[new]
    fn new(items: Vec<i64>) -> Self {
        Bag { items }
    }

    fn __len__(&self) -> usize {
        self.items.len()
    }

    fn __getitem__(&self, index: isize) -> PyResult<i64> {
        let index = if index < 0 {
            index + self.items.len() as isize
        } else {
            index
        };
        self.items
            .get(usize::try_from(index).map_err(|_| PyIndexError::new_err("index out of range"))?)
            .copied()
            .ok_or_else(|| PyIndexError::new_err("index out of range"))
    }

    fn __setitem__(&mut self, index: usize, value: i64) -> PyResult<()> {
        match self.items.get_mut(index) {
            Some(slot) => {
                *slot = value;
                Ok(())
            }
            None => Err(PyIndexError::new_err("index out of range")),
        }
    }

    fn __contains__(&self, value: i64) -> bool {
        self.items.contains(&value)
    }

    fn __iter__(slf: PyRef<'_, Self>) -> BagIter {
        BagIter {
            items: slf.items.clone(),
            next: 0,
        }
    }
}

#[pyclass]
struct BagIter {
    items: Vec<i64>,
    next: usize,
}

#[pymethods]
impl BagIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self) -> Option<i64> {
        let item = self.items.get(self.next).copied();
        self.next += 1;
        item
    }
}

#[pyclass]
struct Table {
    map: std::collections::HashMap<String, i64>,
}

#[pymethods]
impl Table {
    #[new]
    fn new() -> Self {
        Table {
            map: Default::default(),
        }
    }

    fn __getitem__(&self, key: &str) -> PyResult<i64> {
        self.map
            .get(key)
            .copied()
            .ok_or_else(|| PyKeyError::new_err(key.to_owned()))
    }

    fn __delitem__(&mut self, key: &str) -> PyResult<()> {
        self.map
            .remove(key)
            .map(|_| ())
            .ok_or_else(|| PyKeyError::new_err(key.to_owned()))
    }
}

#[test]
fn containers_and_iteration() {
    with_py(|py| {
        run(
            py,
            &[
                ("Bag", py.get_type::<Bag>().into_any()),
                ("Table", py.get_type::<Table>().into_any()),
            ],
            r#"
b = Bag([1, 2, 3])
assert len(b) == 3 and b[0] == 1 and b[-1] == 3
assert err(lambda: b[5]) == "IndexError: index out of range"
b[1] = 20
assert list(b) == [1, 20, 3]
assert 20 in b and 2 not in b
assert [x * 2 for x in b] == [2, 40, 6]
assert err(lambda: b["x"]) == "TypeError: 'str' object cannot be interpreted as an integer"
def delete():
    del b[0]
assert err(delete) == "NotImplementedError: can't delete item"
t = Table()
def assign():
    t["a"] = 1
assert err(assign) == "NotImplementedError: can't set item"
assert err(lambda: t["a"]) == "KeyError: 'a'"
def remove():
    del t["a"]
assert err(remove) == "KeyError: 'a'"
it = iter(Bag([7]))
assert next(it) == 7
assert err(lambda: next(it)) == "StopIteration: "
"#,
        );
    });
}

#[pyclass(from_py_object)]
#[derive(Clone)]
struct Money {
    #[pyo3(get)]
    cents: i64,
}

#[pymethods]
impl Money {
    #[new]
    fn new(cents: i64) -> Self {
        Money { cents }
    }

    fn __add__(&self, other: Money) -> Money {
        Money {
            cents: self.cents + other.cents,
        }
    }

    fn __radd__(&self, other: i64) -> Money {
        Money {
            cents: self.cents + other,
        }
    }

    fn __sub__(&self, other: i64) -> Money {
        Money {
            cents: self.cents - other,
        }
    }

    fn __mul__(&self, factor: i64) -> Money {
        Money {
            cents: self.cents * factor,
        }
    }

    fn __rmul__(&self, factor: i64) -> Money {
        Money {
            cents: self.cents * factor,
        }
    }

    fn __divmod__(&self, n: i64) -> (i64, i64) {
        (self.cents / n, self.cents % n)
    }

    fn __pow__(&self, exponent: u32, modulo: Option<i64>) -> i64 {
        let value = self.cents.pow(exponent);
        modulo.map_or(value, |m| value % m)
    }

    fn __iadd__(&mut self, other: i64) {
        self.cents += other;
    }

    fn __ipow__(&mut self, exponent: u32, _modulo: Option<i64>) {
        self.cents = self.cents.pow(exponent);
    }
}

#[test]
fn number_operators_and_their_reflections() {
    with_py(|py| {
        run(
            py,
            &[("Money", py.get_type::<Money>().into_any())],
            r#"
a = Money(100)
assert (a + Money(5)).cents == 105
assert (1 + a).cents == 101          # int.__add__ refuses, __radd__ runs
assert (a - 30).cents == 70
assert (a * 3).cents == 300 and (3 * a).cents == 300
assert divmod(Money(7), 2) == (3, 1)
assert a ** 2 == 10000 and pow(a, 2, 7) == 10000 % 7
assert err(lambda: a + "x") == "TypeError: unsupported operand type(s) for +: 'builtins.Money' and 'str'"
assert err(lambda: "x" - a) == "TypeError: unsupported operand type(s) for -: 'str' and 'builtins.Money'"
class Other:
    def __radd__(self, other):
        return "other wins"
assert a + Other() == "other wins"   # __add__ cannot convert Other: NotImplemented
b = a
b += 5
assert b is a and a.cents == 105
c = Money(3)
c **= 2
assert c.cents == 9
"#,
        );
    });
}

#[pyclass(eq, ord, frozen, hash, str = "({x}, {y:.1})")]
#[derive(PartialEq, PartialOrd, Hash)]
struct Point {
    x: i32,
    y: i32,
}

#[pymethods]
impl Point {
    #[new]
    fn new(x: i32, y: i32) -> Self {
        Point { x, y }
    }
}

#[pyclass(eq, str)]
#[derive(PartialEq)]
struct Label {
    text: String,
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{}>", self.text)
    }
}

#[pymethods]
impl Label {
    #[new]
    fn new(text: String) -> Self {
        Label { text }
    }
}

#[test]
fn eq_ord_hash_and_str_options() {
    with_py(|py| {
        run(
            py,
            &[
                ("Point", py.get_type::<Point>().into_any()),
                ("Label", py.get_type::<Label>().into_any()),
            ],
            r#"
p = Point(1, 2)
assert p == Point(1, 2) and p != Point(2, 1) and not (p == (1, 2))
assert p < Point(1, 3) and Point(2, 0) > p and p <= Point(1, 2)
assert sorted([Point(3, 0), Point(1, 5), Point(1, 2)]) == [Point(1, 2), Point(1, 5), Point(3, 0)]
assert hash(p) == hash(Point(1, 2)) and len({p, Point(1, 2), Point(0, 0)}) == 2
assert str(p) == "(1, 2)", str(p)
l = Label("a")
assert l == Label("a") and str(l) == "<a>"
assert err(lambda: l < Label("b")) == "TypeError: '<' not supported between instances of 'builtins.Label' and 'builtins.Label'"
assert err(lambda: hash(l)) == "TypeError: unhashable type: 'builtins.Label'"
"#,
        );
    });
}

#[pyclass]
struct Node {
    next: Option<Py<PyAny>>,
    #[pyo3(get)]
    cleared: bool,
}

#[pymethods]
impl Node {
    #[new]
    fn new() -> Self {
        Node {
            next: None,
            cleared: false,
        }
    }

    fn link(&mut self, next: Py<PyAny>) {
        self.next = Some(next);
    }

    fn __traverse__(&self, visit: pyo3::gc::PyVisit<'_>) -> Result<(), pyo3::gc::PyTraverseError> {
        visit.call(&self.next)
    }

    fn __clear__(&mut self) {
        self.next = None;
        self.cleared = true;
    }
}

/// What `AttachesInTraverse::__traverse__` saw: 0 not run, 1 attaching
/// refused, 2 attaching allowed.
static TRAVERSE_ATTACH: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

#[pyclass]
struct AttachesInTraverse {}

#[pymethods]
impl AttachesInTraverse {
    #[new]
    fn new() -> Self {
        AttachesInTraverse {}
    }

    fn __traverse__(&self, _visit: pyo3::gc::PyVisit<'_>) -> Result<(), pyo3::gc::PyTraverseError> {
        // Forbidden by the collector: refused (`try_attach` gives `None`).
        // Recorded for the test to check: a panic here would be swallowed.
        let refused = Python::try_attach(|_| ()).is_none();
        TRAVERSE_ATTACH.store(
            if refused { 1 } else { 2 },
            std::sync::atomic::Ordering::SeqCst,
        );
        Ok(())
    }
}

#[test]
fn cycles_through_fields_are_collected() {
    with_py(|py| {
        run(
            py,
            &[
                ("Node", py.get_type::<Node>().into_any()),
                ("Attaches", py.get_type::<AttachesInTraverse>().into_any()),
            ],
            r#"
import gc, weakref
assert gc.is_tracked(Node())
class Marker:
    pass
a, b, m = Node(), Node(), Marker()
a.link([b, m])        # a -> [b, m] -> b -> a: a cycle that also keeps m alive
b.link(a)
r = weakref.ref(m)
del a, b, m
assert r() is not None, "only the collector can free the cycle"
gc.collect()
assert r() is None
x = Attaches()
gc.collect()          # its __traverse__ runs and finds attaching refused
del x
"#,
        );
        assert_eq!(
            TRAVERSE_ATTACH.load(std::sync::atomic::Ordering::SeqCst),
            1,
            "__traverse__ must run, with attaching refused"
        );
    });
}

#[pyclass(dict)]
struct Dynamic {
    log: Vec<String>,
}

#[pymethods]
impl Dynamic {
    #[new]
    fn new() -> Self {
        Dynamic { log: Vec::new() }
    }

    fn __getattr__(&self, name: &str) -> PyResult<String> {
        if name.starts_with("missing") {
            Err(pyo3::exceptions::PyAttributeError::new_err(name.to_owned()))
        } else {
            Ok(format!("dynamic {name}"))
        }
    }

    fn __setattr__(&mut self, name: &str, value: i64) {
        self.log.push(format!("{name}={value}"));
    }

    fn __delattr__(&mut self, name: &str) {
        self.log.push(format!("del {name}"));
    }

    #[getter]
    fn history(&self) -> Vec<String> {
        self.log.clone()
    }
}

#[pyclass]
struct Constant {
    value: i64,
}

#[pymethods]
impl Constant {
    #[new]
    fn new(value: i64) -> Self {
        Constant { value }
    }

    fn __get__(&self, instance: &Bound<'_, PyAny>, _owner: &Bound<'_, PyAny>) -> String {
        if instance.is_none() {
            format!("class access: {}", self.value)
        } else {
            format!("instance access: {}", self.value)
        }
    }

    fn __set__(&self, _instance: &Bound<'_, PyAny>, _value: &Bound<'_, PyAny>) -> PyResult<()> {
        Err(pyo3::exceptions::PyAttributeError::new_err("constant"))
    }
}

#[pyclass]
struct Awaitable {}

#[pymethods]
impl Awaitable {
    #[new]
    fn new() -> Self {
        Awaitable {}
    }

    fn __await__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let items = pyo3::types::PyList::new(py, [1, 2])?;
        Ok(items.as_any().try_iter()?.into_any().unbind())
    }

    fn __aiter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
}

#[test]
fn attribute_descriptor_and_async_slots() {
    with_py(|py| {
        run(
            py,
            &[
                ("Dynamic", py.get_type::<Dynamic>().into_any()),
                ("Constant", py.get_type::<Constant>().into_any()),
                ("Awaitable", py.get_type::<Awaitable>().into_any()),
            ],
            r#"
d = Dynamic()
assert d.anything == "dynamic anything"
assert d.history == []            # found normally: __getattr__ not asked
assert err(lambda: d.missing_x) == "AttributeError: missing_x"
d.x = 5
del d.y
assert d.history == ["x=5", "del y"]
class Holder:
    c = Constant(3)
assert Holder.c == "class access: 3" and Holder().c == "instance access: 3"
def assign():
    Holder().c = 1
assert err(assign) == "AttributeError: constant"
def delete():
    del Holder().c
assert err(delete) == "NotImplementedError: can't delete descriptor"
a = Awaitable()
assert list(a.__await__()) == [1, 2]
assert a.__aiter__() is a
"#,
        );
    });
}

#[pyclass(eq, eq_int, ord, rename_all = "UPPERCASE")]
#[derive(PartialEq, PartialOrd, Clone, Copy, Debug)]
enum Colour {
    Red,
    #[pyo3(name = "Verde")]
    Green = 5,
    Blue,
}

#[pymethods]
impl Colour {
    fn is_warm(&self) -> bool {
        matches!(self, Colour::Red)
    }
}

#[pyfunction]
fn next_colour(colour: PyRef<'_, Colour>) -> Colour {
    match *colour {
        Colour::Red => Colour::Green,
        Colour::Green => Colour::Blue,
        Colour::Blue => Colour::Red,
    }
}

#[pyclass]
enum Plain {
    A,
    B,
}

#[test]
fn simple_enums() {
    with_py(|py| {
        let next = wrap_pyfunction!(next_colour, py).unwrap();
        run(
            py,
            &[
                ("Colour", py.get_type::<Colour>().into_any()),
                ("Plain", py.get_type::<Plain>().into_any()),
                ("next_colour", next.into_any()),
            ],
            r#"
r = Colour.RED
assert repr(r) == "Colour.RED" and repr(Colour.Verde) == "Colour.Verde"
assert int(Colour.RED) == 0 and int(Colour.Verde) == 5 and int(Colour.BLUE) == 6
assert isinstance(r, Colour) and r.is_warm() and not Colour.BLUE.is_warm()
assert next_colour(r) is Colour.Verde      # the variant's one object
assert r == Colour.RED and r != Colour.BLUE and r == 0 and Colour.Verde == 5 and Colour.BLUE != 5
assert Colour.RED < Colour.Verde < Colour.BLUE and Colour.BLUE > 5
assert err(lambda: hash(r)) == "TypeError: unhashable type: 'builtins.Colour'"
assert err(lambda: Colour()) .startswith("TypeError:")
assert repr(Plain.A) == "Plain.A" and Plain.A != Plain.B and Plain.A is Plain.A
import sys
if sys.version_info >= (3, 10):  # `match` is 3.10 syntax: compiled only there
    exec("""
match Colour.BLUE:
    case Colour.RED:
        raise AssertionError("not red")
    case Colour.BLUE:
        pass
    case _:
        raise AssertionError("blue expected")
""")
"#,
        );
        let red = Colour::Red.into_pyobject(py).unwrap();
        assert!(red.is(Colour::Red.into_pyobject(py).unwrap()));
        assert_eq!(*red.borrow(), Colour::Red);
    });
}

#[pyclass(sequence)]
struct Seq {
    n: usize,
}

#[pymethods]
impl Seq {
    #[new]
    fn new(n: usize) -> Self {
        Seq { n }
    }

    fn __len__(&self) -> usize {
        self.n
    }

    fn __getitem__(&self, index: usize) -> PyResult<usize> {
        if index < self.n {
            Ok(index * 10)
        } else {
            Err(PyIndexError::new_err("out of range"))
        }
    }
}

#[test]
fn sequence_option_fills_the_sequence_length() {
    with_py(|py| {
        let seq = Bound::new(py, Seq { n: 3 }).unwrap();
        // SAFETY: attached; the object is alive; both only read slots.
        unsafe {
            let type_object = pyo3::ffi::Py_TYPE(seq.as_ptr());
            assert!(!pyo3::ffi::PyType_GetSlot(type_object, pyo3::ffi::Py_sq_length).is_null());
            assert!(pyo3::ffi::PyType_GetSlot(type_object, pyo3::ffi::Py_mp_length).is_null());
        }
        run(
            py,
            &[("Seq", py.get_type::<Seq>().into_any())],
            "s = Seq(3)\nassert len(s) == 3 and s[2] == 20 and list(s) == [0, 10, 20]",
        );
    });
}

#[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
#[pyclass]
struct Blob {
    data: Vec<u8>,
    exports: std::sync::atomic::AtomicUsize,
}

#[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
#[pymethods]
impl Blob {
    #[new]
    fn new(data: Vec<u8>) -> Self {
        Blob {
            data,
            exports: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    /// # Safety
    ///
    /// `view` is the interpreter's buffer request.
    unsafe fn __getbuffer__(
        slf: Bound<'_, Self>,
        view: *mut pyo3::ffi::Py_buffer,
        flags: std::ffi::c_int,
    ) -> PyResult<()> {
        let this = slf.borrow();
        if flags & pyo3::ffi::PyBUF_WRITABLE != 0 {
            return Err(pyo3::exceptions::PyBufferError::new_err(
                "Blob is read-only",
            ));
        }
        // SAFETY: the data lives as long as the object, which the view
        // keeps alive, and is never resized while exported.
        let result = unsafe {
            pyo3::ffi::PyBuffer_FillInfo(
                view,
                slf.as_ptr(),
                this.data.as_ptr() as *mut std::ffi::c_void,
                this.data.len() as pyo3::ffi::Py_ssize_t,
                1,
                flags,
            )
        };
        if result == -1 {
            return Err(PyErr::fetch(slf.py()));
        }
        this.exports
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Ok(())
    }

    /// # Safety
    ///
    /// `view` was filled by `__getbuffer__`.
    unsafe fn __releasebuffer__(&self, _view: *mut pyo3::ffi::Py_buffer) {
        self.exports
            .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }

    #[getter]
    fn exports(&self) -> usize {
        self.exports.load(std::sync::atomic::Ordering::SeqCst)
    }
}

#[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
#[test]
fn buffer_protocol() {
    with_py(|py| {
        run(
            py,
            &[("Blob", py.get_type::<Blob>().into_any())],
            r#"
b = Blob([1, 2, 3])
m = memoryview(b)
assert m.tolist() == [1, 2, 3] and m.readonly and b.exports == 1
assert bytes(b) == b"\x01\x02\x03"
m.release()
assert b.exports == 0
import ctypes
try:
    (ctypes.c_char * 3).from_buffer(b)
except (TypeError, BufferError) as e:
    assert "read-only" in str(e) or "writable" in str(e), str(e)
assert b.exports == 0
"#,
        );
    });
}
