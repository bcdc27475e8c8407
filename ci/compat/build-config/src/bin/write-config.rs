//! Writes configuration files with the real `pyo3-build-config` writer
//! (`InterpreterConfig::to_writer`, what it publishes and what its users
//! pass as PYO3_CONFIG_FILE), one per case, into the directory given as the
//! argument, each named `<expected target_abi>.txt`.

use std::fs::File;
use std::path::PathBuf;

use pyo3_build_config::{
    BuildFlag, BuildFlags, InterpreterConfigBuilder, PythonImplementation, PythonVersion, StableAbi,
};

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).expect("output directory"));
    std::fs::create_dir_all(&dir).expect("create the output directory");
    let v = |minor| PythonVersion { major: 3, minor };
    let flags = |list: &[BuildFlag]| BuildFlags(list.iter().cloned().collect());
    let cases = [
        InterpreterConfigBuilder::new(PythonImplementation::CPython, v(12))
            .lib_name("python3.12".to_string())
            .lib_dir("/usr/lib/x86_64-linux-gnu".to_string())
            .executable("/usr/bin/python3.12".to_string())
            .pointer_width(64),
        InterpreterConfigBuilder::new(PythonImplementation::CPython, v(9))
            .stable_abi(StableAbi::Abi3)
            .lib_name("python3".to_string()),
        InterpreterConfigBuilder::new(PythonImplementation::CPython, v(14))
            .build_flags(flags(&[BuildFlag::Py_GIL_DISABLED]))
            .lib_name("python3.14t".to_string())
            .pointer_width(64),
        InterpreterConfigBuilder::new(PythonImplementation::CPython, v(13))
            .build_flags(flags(&[BuildFlag::Py_DEBUG]))
            .suppress_build_script_link_lines(true)
            .extra_build_script_lines(vec!["cargo:rustc-link-lib=python3.13d".to_string()]),
        InterpreterConfigBuilder::new(PythonImplementation::PyPy, v(11))
            .lib_name("pypy3.11-c".to_string()),
        InterpreterConfigBuilder::new(PythonImplementation::GraalPy, v(12)),
        InterpreterConfigBuilder::new(PythonImplementation::CPython, v(15))
            .stable_abi(StableAbi::Abi3t),
    ];
    for case in cases {
        let config = case.finalize().expect("a valid configuration");
        let path = dir.join(format!("{}.txt", config.target_abi()));
        let file = File::create(&path).expect("create the file");
        config.to_writer(file).expect("write the configuration");
        println!("{}", path.display());
    }
}
