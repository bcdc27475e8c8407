//! Uses the interpreter configuration that `pyo3` publishes to dependents
//! (`links = "python"` metadata): the same cfgs as pyo3 itself, and an rpath
//! to the directory of the libpython it was built for, so that the binary
//! run directly (not through `cargo run`) loads that libpython.

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
    // The one line an embedding program needs to find libpython at run time.
    if let Ok(lib_dir) = std::env::var("DEP_PYTHON_LIB_DIR") {
        println!("cargo::rustc-link-arg=-Wl,-rpath,{lib_dir}");
    }
}
