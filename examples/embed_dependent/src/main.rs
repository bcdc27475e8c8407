//! An embedding program in its own crate. `pyo3`'s link directory inside the
//! target dir lets `cargo run` / `cargo test` find libpython here, with no
//! `LD_LIBRARY_PATH`.

use pyo3::prelude::*;

fn main() -> PyResult<()> {
    Python::attach(|py| {
        let platform: String = py.import("sys")?.getattr("platform")?.extract()?;
        let total: i64 = py.eval(c"sum(range(10))", None, None)?.extract()?;
        println!("embedded Python on {platform}: sum(range(10)) = {total}");
        // The cfgs come from pyo3's published configuration (see build.rs).
        let at_least_3_9 = cfg!(Py_3_9);
        println!(
            "built for Python {} (cfg Py_3_9: {at_least_3_9})",
            env!("PYTHON_VERSION_FROM_PYO3")
        );
        Ok(())
    })
}
