//! Checks the cfgs and values the real `pyo3-build-config` read from pyo3's
//! published configuration (see build.rs) against the embedded interpreter.

use pyo3::prelude::*;

fn main() -> PyResult<()> {
    let version = env!("COMPAT_VERSION");
    let target_abi = env!("COMPAT_TARGET_ABI");
    println!("pyo3-build-config: version={version} target_abi={target_abi}");
    println!(
        "pyo3-build-config: implementation={} lib_dir={}",
        env!("COMPAT_IMPLEMENTATION"),
        env!("COMPAT_LIB_DIR")
    );
    let py_3_9 = cfg!(Py_3_9);
    assert!(py_3_9, "use_pyo3_cfgs() did not set Py_3_9");
    let abi_minor: u32 = target_abi
        .rsplit('-')
        .next()
        .and_then(|v| v.split('.').nth(1))
        .and_then(|m| m.parse().ok())
        .expect("target_abi ends in 3.X");
    // The Py_3_X cfgs follow the target ABI's version, one per minor version.
    let set: Vec<u32> = [
        (9, cfg!(Py_3_9)),
        (10, cfg!(Py_3_10)),
        (11, cfg!(Py_3_11)),
        (12, cfg!(Py_3_12)),
        (13, cfg!(Py_3_13)),
        (14, cfg!(Py_3_14)),
        (15, cfg!(Py_3_15)),
    ]
    .into_iter()
    .filter_map(|(minor, on)| on.then_some(minor))
    .collect();
    assert_eq!(set, (9..=abi_minor).collect::<Vec<_>>(), "Py_3_X cfgs");
    assert_eq!(
        cfg!(Py_LIMITED_API),
        target_abi.contains("-abi3"),
        "Py_LIMITED_API cfg vs target_abi {target_abi}"
    );
    assert_eq!(
        cfg!(Py_GIL_DISABLED),
        target_abi.contains("-free_threaded-") || target_abi.contains("-abi3t-"),
        "Py_GIL_DISABLED cfg vs target_abi {target_abi}"
    );
    Python::attach(|py| {
        let sys = py.import("sys")?;
        let info = sys.getattr("version_info")?;
        let major: u32 = info.getattr("major")?.extract()?;
        let minor: u32 = info.getattr("minor")?.extract()?;
        let running = format!("{major}.{minor}");
        let full: String = sys.getattr("version")?.extract()?;
        println!("embedded interpreter: {full}");
        assert_eq!(
            running, version,
            "pyo3-build-config's version is not the interpreter's"
        );
        Ok(())
    })
}
