//! The methods every object has (`PyAnyMethods`).

use std::cmp::Ordering;

use pyo3::exceptions::{PyAttributeError, PyKeyError, PyTypeError, PyZeroDivisionError};
use pyo3::prelude::*;
use pyo3::pyclass::CompareOp;
use pyo3::types::{PyDict, PyInt, PyList, PyString};

use crate::common::{eval, refcount, with_py};

#[test]
fn attributes() {
    with_py(|py| {
        let object = eval(py, "type('Namespace', (), {'x': 1})()");
        assert!(object.hasattr("x").unwrap());
        assert!(!object.hasattr("y").unwrap());
        object.setattr("y", "two").unwrap();
        assert_eq!(
            object.getattr("y").unwrap().extract::<String>().unwrap(),
            "two"
        );
        assert!(object.getattr_opt("missing").unwrap().is_none());
        assert!(object.getattr_opt("x").unwrap().is_some());
        object.delattr("y").unwrap();
        let err = object.getattr("y").unwrap_err();
        assert!(err.is_instance_of::<PyAttributeError>(py));
        assert!(
            err.to_string()
                .contains("'Namespace' object has no attribute 'y'")
        );
        // Errors other than AttributeError propagate from hasattr/getattr_opt.
        let raising = eval(py, "type('R', (), {'__getattr__': lambda s, n: 1 / 0})()");
        assert!(
            raising
                .hasattr("anything")
                .unwrap_err()
                .is_instance_of::<PyZeroDivisionError>(py)
        );
        assert!(raising.getattr_opt("anything").is_err());
        let interned = pyo3::intern!(py, "x");
        assert_eq!(
            object.getattr(interned).unwrap().extract::<i64>().unwrap(),
            1
        );
    });
}

#[test]
fn calls_with_tuples_kwargs_and_methods() {
    with_py(|py| {
        let f = eval(py, "lambda *a, **k: (a, sorted(k.items()))");
        assert_eq!(f.call0().unwrap().to_string(), "((), [])");
        assert_eq!(f.call1((1,)).unwrap().to_string(), "((1,), [])");
        assert_eq!(
            f.call1((1, "a", 2.5, true_value(py))).unwrap().to_string(),
            "((1, 'a', 2.5, True), [])"
        );
        let kwargs = PyDict::new(py);
        kwargs.set_item("k", 3).unwrap();
        assert_eq!(
            f.call((1, 2), Some(&kwargs)).unwrap().to_string(),
            "((1, 2), [('k', 3)])"
        );
        assert_eq!(
            f.call((), Some(&kwargs)).unwrap().to_string(),
            "((), [('k', 3)])"
        );
        let twelve = f.call1((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)).unwrap();
        assert_eq!(twelve.get_item(0).unwrap().len().unwrap(), 12);
        let args = pyo3::types::PyTuple::new(py, [7, 8]).unwrap();
        assert_eq!(f.call1(&args).unwrap().to_string(), "((7, 8), [])");
        assert_eq!(
            f.call1(args.clone().unbind()).unwrap().to_string(),
            "((7, 8), [])"
        );

        let text = PyString::new(py, "a-b-c");
        assert_eq!(
            text.call_method1("split", ("-",)).unwrap().to_string(),
            "['a', 'b', 'c']"
        );
        assert_eq!(text.call_method0("upper").unwrap().to_string(), "A-B-C");
        let split_kwargs = PyDict::new(py);
        split_kwargs.set_item("maxsplit", 1).unwrap();
        assert_eq!(
            text.call_method("split", ("-",), Some(&split_kwargs))
                .unwrap()
                .to_string(),
            "['a', 'b-c']"
        );
        assert!(f.is_callable());
        assert!(!text.is_callable());
        let err = text.call0().unwrap_err();
        assert!(err.is_instance_of::<PyTypeError>(py));
        assert_eq!(err.to_string(), "TypeError: 'str' object is not callable");
    });
}

fn true_value(py: Python<'_>) -> Bound<'_, PyAny> {
    eval(py, "True")
}

#[test]
fn calls_do_not_leak_arguments() {
    with_py(|py| {
        let f = eval(py, "lambda *a: None");
        let argument = PyString::new(py, "argument");
        let before = refcount(argument.as_any());
        for _ in 0..1000 {
            f.call1((&argument, &argument, 1, "x")).unwrap();
            argument.call_method1("count", ("a",)).unwrap();
        }
        assert_eq!(refcount(argument.as_any()), before);
    });
}

#[test]
fn comparisons() {
    with_py(|py| {
        let one = eval(py, "1");
        assert_eq!(one.compare(2).unwrap(), Ordering::Less);
        assert_eq!(one.compare(1).unwrap(), Ordering::Equal);
        assert_eq!(one.compare(0.5).unwrap(), Ordering::Greater);
        let nan = eval(py, "float('nan')");
        let err = nan.compare(&nan).unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: PyAny::compare(): All comparisons returned false"
        );
        assert!(one.lt(2).unwrap() && one.le(1).unwrap() && one.eq(1).unwrap());
        assert!(one.ne(2).unwrap() && one.gt(0).unwrap() && one.ge(1).unwrap());
        assert!(!nan.eq(&nan).unwrap(), "eq follows __eq__, not identity");
        assert!(
            one.rich_compare(1, CompareOp::Eq)
                .unwrap()
                .is_truthy()
                .unwrap()
        );
        assert!(one.lt("a").unwrap_err().is_instance_of::<PyTypeError>(py));
    });
}

#[test]
fn arithmetic_and_bitwise_operators() {
    with_py(|py| {
        let seven = eval(py, "7");
        let check = |result: PyResult<Bound<'_, PyAny>>, expected: &str| {
            assert_eq!(result.unwrap().to_string(), expected)
        };
        check(seven.add(3), "10");
        check(seven.sub(10), "-3");
        check(seven.mul(2), "14");
        check(seven.div(2), "3.5");
        check(seven.floor_div(2), "3");
        check(seven.rem(4), "3");
        check(seven.divmod(2), "(3, 1)");
        check(seven.pow(2, py.None()), "49");
        check(seven.pow(2, 5), "4");
        check(seven.lshift(1), "14");
        check(seven.rshift(1), "3");
        check(seven.bitand(3), "3");
        check(seven.bitor(8), "15");
        check(seven.bitxor(1), "6");
        check(seven.neg(), "-7");
        check(seven.pos(), "7");
        check(eval(py, "-7").abs(), "7");
        check(seven.bitnot(), "-8");
        let matrix = eval(py, "type('M', (), {'__matmul__': lambda s, o: 'matmul'})()");
        check(matrix.matmul(1), "matmul");
        assert!(
            seven
                .div(0)
                .unwrap_err()
                .is_instance_of::<PyZeroDivisionError>(py)
        );
    });
}

#[test]
fn truth_identity_and_types() {
    with_py(|py| {
        assert!(!eval(py, "0").is_truthy().unwrap());
        assert!(eval(py, "[0]").is_truthy().unwrap());
        assert!(eval(py, "None").is_none());
        assert!(!eval(py, "0").is_none());
        let raising = eval(py, "type('B', (), {'__bool__': lambda s: 1 / 0})()");
        assert!(raising.is_truthy().is_err());
        let int = eval(py, "5");
        assert_eq!(int.get_type().name().unwrap().to_string(), "int");
        assert_eq!(
            int.get_type_ptr(),
            std::ptr::addr_of_mut!(pyo3::ffi::PyLong_Type)
        );
        assert!(int.is_instance_of::<PyInt>());
        assert!(int.is_exact_instance_of::<PyInt>());
        assert!(!eval(py, "True").is_exact_instance_of::<PyInt>());
        assert!(int.is_instance(&py.get_type::<PyInt>()).unwrap());
        assert!(int.is_exact_instance(&py.get_type::<PyInt>()));
        let same = int.clone();
        assert!(int.is(&same));
        assert!(!int.is(eval(py, "6")));
    });
}

#[test]
fn items_length_iteration_and_containment() {
    with_py(|py| {
        let dict = eval(py, "{'a': 1}");
        assert_eq!(dict.get_item("a").unwrap().extract::<i32>().unwrap(), 1);
        assert!(
            dict.get_item("b")
                .unwrap_err()
                .is_instance_of::<PyKeyError>(py)
        );
        dict.set_item("b", 2).unwrap();
        assert_eq!(dict.len().unwrap(), 2);
        dict.del_item("a").unwrap();
        assert!(!dict.contains("a").unwrap());
        assert!(dict.contains("b").unwrap());
        assert!(!dict.is_empty().unwrap());
        let items: Vec<i64> = eval(py, "range(4)")
            .try_iter()
            .unwrap()
            .map(|item| item.unwrap().extract().unwrap())
            .collect();
        assert_eq!(items, [0, 1, 2, 3]);
        assert!(
            eval(py, "5")
                .try_iter()
                .unwrap_err()
                .is_instance_of::<PyTypeError>(py)
        );
        assert!(eval(py, "5").len().is_err());
    });
}

#[test]
fn repr_str_hash_dir_super() {
    with_py(|py| {
        let text = PyString::new(py, "x");
        assert_eq!(text.repr().unwrap().to_string(), "'x'");
        assert_eq!(text.str().unwrap().to_string(), "x");
        let python_hash: isize = py
            .eval(c"hash('x')", None, None)
            .unwrap()
            .extract()
            .unwrap();
        assert_eq!(text.hash().unwrap(), python_hash);
        assert!(
            eval(py, "[]")
                .hash()
                .unwrap_err()
                .is_instance_of::<PyTypeError>(py)
        );
        let names: Bound<'_, PyList> = text.dir().unwrap();
        assert!(names.contains("upper").unwrap());
        let globals = PyDict::new(py);
        py.run(
            c"class A:\n    def who(self): return 'A'\nclass B(A):\n    def who(self): return 'B'\nb = B()",
            Some(&globals),
            None,
        )
        .unwrap();
        let b = globals.get_item("b").unwrap().unwrap();
        let parent = b.py_super().unwrap();
        assert_eq!(parent.call_method0("who").unwrap().to_string(), "A");
        assert_eq!(b.call_method0("who").unwrap().to_string(), "B");
    });
}
