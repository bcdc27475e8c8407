//! Reads pyo3's published configuration with the real `pyo3-build-config`:
//! `use_pyo3_cfgs()` for the cfgs and `get()` for the values, which the
//! program then compares with the interpreter it embeds.

fn main() {
    pyo3_build_config::use_pyo3_cfgs();
    let config = pyo3_build_config::get();
    let target_abi = config.target_abi();
    println!("cargo::rustc-env=COMPAT_VERSION={}", config.version());
    println!("cargo::rustc-env=COMPAT_TARGET_ABI={target_abi}");
    println!(
        "cargo::rustc-env=COMPAT_IMPLEMENTATION={}",
        config.implementation()
    );
    println!(
        "cargo::rustc-env=COMPAT_LIB_DIR={}",
        config.lib_dir().unwrap_or("")
    );
    // A check-only run (no interpreter to embed) states what it expects.
    println!("cargo::rerun-if-env-changed=COMPAT_EXPECT_TARGET_ABI");
    if let Ok(expected) = std::env::var("COMPAT_EXPECT_TARGET_ABI") {
        assert_eq!(
            target_abi.to_string(),
            expected,
            "pyo3-build-config read another target ABI from DEP_PYTHON_PYO3_CONFIG"
        );
    }
}
