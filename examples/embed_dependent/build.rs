//! Uses the interpreter configuration that `pyo3` publishes to dependents
//! (`links = "python"` metadata): the same cfgs as pyo3 itself.

fn main() {
    let check_cfgs = std::env::var("DEP_PYTHON_CHECK_CFGS").expect("pyo3 publishes CHECK_CFGS");
    for check in check_cfgs.split(';') {
        println!("cargo::rustc-check-cfg={check}");
    }
    let cfgs = std::env::var("DEP_PYTHON_CFGS").expect("pyo3 publishes CFGS");
    for cfg in cfgs.split(';').filter(|cfg| !cfg.is_empty()) {
        println!("cargo::rustc-cfg={cfg}");
    }
    let version = std::env::var("DEP_PYTHON_VERSION").expect("pyo3 publishes VERSION");
    println!("cargo::rustc-env=PYTHON_VERSION_FROM_PYO3={version}");
}
