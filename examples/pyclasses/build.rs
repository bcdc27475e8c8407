//! Makes pyo3's cfgs (`Py_3_10`, ...) available to this crate, from the
//! configuration `pyo3` publishes to its dependents (`links = "python"`).

fn main() {
    let checks = std::env::var("DEP_PYTHON_CHECK_CFGS").expect("set by pyo3's build script");
    for check in checks.split(';').filter(|c| !c.is_empty()) {
        println!("cargo::rustc-check-cfg={check}");
    }
    let cfgs = std::env::var("DEP_PYTHON_CFGS").expect("set by pyo3's build script");
    for cfg in cfgs.split(';').filter(|c| !c.is_empty()) {
        println!("cargo::rustc-cfg={cfg}");
    }
}
