//! Embedding with a module built into the binary: `append_to_inittab!`
//! registers a `#[pymodule]` before the interpreter starts, and Python code
//! then imports it by name like any built-in module.

use pyo3::prelude::*;

/// Arithmetic compiled into this program.
#[pymodule]
mod builtin_math {
    use pyo3::prelude::*;

    /// The square of `x`.
    #[pyfunction]
    fn square(x: i64) -> PyResult<i64> {
        x.checked_mul(x)
            .ok_or_else(|| pyo3::exceptions::PyOverflowError::new_err("square too large"))
    }
}

fn main() -> PyResult<()> {
    pyo3::append_to_inittab!(builtin_math);
    Python::initialize();
    Python::attach(|py| {
        let module = py.import("builtin_math")?;
        let squared: i64 = module.getattr("square")?.call1((7,))?.extract()?;
        assert_eq!(squared, 49);
        py.run(
            c"import sys, builtin_math
assert 'builtin_math' in sys.builtin_module_names
assert builtin_math.__doc__ == 'Arithmetic compiled into this program.'
assert builtin_math.square(3) == 9
try:
    builtin_math.square(2**40)
except OverflowError as e:
    assert str(e) == 'square too large'
else:
    raise AssertionError('no OverflowError')
",
            None,
            None,
        )?;
        println!("append_to_inittab: builtin_math.square(7) == {squared}");
        Ok(())
    })
}
