//! An embedding program in its own crate. `pyo3`'s link directory inside the
//! target dir lets `cargo run` / `cargo test` find libpython here, with no
//! `LD_LIBRARY_PATH`; the rpath from build.rs (`DEP_PYTHON_LIB_DIR`) lets the
//! binary run directly load the same libpython.

use pyo3::prelude::*;

/// The libpython mapped into this process, from `/proc/self/maps` (Linux).
fn loaded_libpython() -> Option<String> {
    let maps = std::fs::read_to_string("/proc/self/maps").ok()?;
    maps.lines()
        .filter_map(|line| line.split_whitespace().nth(5))
        .find(|path| path.contains("libpython"))
        .map(str::to_string)
}

fn main() -> PyResult<()> {
    Python::attach(|py| {
        let sys = py.import("sys")?;
        let platform: String = sys.getattr("platform")?.extract()?;
        let total: i64 = py.eval(c"sum(range(10))", None, None)?.extract()?;
        println!("embedded Python on {platform}: sum(range(10)) = {total}");
        let version: String = sys.getattr("version")?.extract()?;
        let prefix: String = sys.getattr("base_prefix")?.extract()?;
        // One line (3.9 puts the compiler on a line of its own).
        println!("runtime sys.version: {}", version.replace('\n', " "));
        println!("runtime sys.base_prefix: {prefix}");
        if let Some(path) = loaded_libpython() {
            println!("runtime libpython: {path}");
        }
        // The cfgs come from pyo3's published configuration (see build.rs).
        let at_least_3_9 = cfg!(Py_3_9);
        let built_for = env!("PYTHON_VERSION_FROM_PYO3");
        println!("built for Python {built_for} (cfg Py_3_9: {at_least_3_9})");
        let info = sys.getattr("version_info")?;
        let running = format!(
            "{}.{}",
            info.getattr("major")?.extract::<u32>()?,
            info.getattr("minor")?.extract::<u32>()?
        );
        if running != built_for {
            println!("error: running Python {running}, built for {built_for}");
            std::process::exit(1);
        }
        Ok(())
    })
}
