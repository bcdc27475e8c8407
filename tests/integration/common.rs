//! Helpers shared by the integration tests.

use pyo3::prelude::*;

/// Starts the interpreter if needed (PyPy and GraalPy start it themselves).
pub fn initialize() {
    #[cfg(not(any(PyPy, GraalPy)))]
    Python::initialize();
}

/// Runs `f` attached to the interpreter, starting it first if needed.
pub fn with_py<R>(f: impl for<'py> FnOnce(Python<'py>) -> R) -> R {
    initialize();
    Python::attach(f)
}

/// The reference count of an object.
pub fn refcount(object: &Bound<'_, PyAny>) -> isize {
    // SAFETY: attached (a `Bound` exists); the object is alive.
    unsafe { pyo3::ffi::Py_REFCNT(object.as_ptr()) }
}

/// Evaluates a Python expression.
pub fn eval<'py>(py: Python<'py>, code: &str) -> Bound<'py, PyAny> {
    let code = std::ffi::CString::new(code).unwrap();
    py.eval(&code, None, None)
        .unwrap_or_else(|err| panic!("evaluating {code:?} failed: {err}"))
}

/// `"Type: message"` of the exception evaluating `code` raises: for
/// asserting messages that CPython words differently across versions.
pub fn python_error(py: Python<'_>, code: &str) -> String {
    let code = std::ffi::CString::new(code).unwrap();
    match py.eval(&code, None, None) {
        Ok(value) => panic!("{code:?} raised nothing (gave {value})"),
        Err(err) => err.to_string(),
    }
}

/// Serialises the tests that replace `sys.unraisablehook` with the tests
/// that report unraisable errors, so that no report reaches another test's
/// hook. Take it before attaching (never while attached: the holder may be
/// waiting for the GIL).
pub fn unraisable_hook_lock() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs the integration-test binary again in a child process for the one
/// test `test_name` (module path inside the binary), with `env` set, and
/// returns its output after checking that the test ran: a child that
/// filtered out every test would otherwise pass without testing anything.
pub fn run_test_in_child(test_name: &str, env: &[(&str, &str)]) -> std::process::Output {
    let mut command = std::process::Command::new(std::env::current_exe().unwrap());
    command.args(["--exact", test_name, "--nocapture", "--test-threads=1"]);
    for (key, value) in env {
        command.env(key, value);
    }
    command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = command.spawn().unwrap();
    // A child that hangs (a deadlock being what some of these tests look
    // for) fails the test instead of stalling the run.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let output = child.wait_with_output().unwrap();
            panic!(
                "{test_name} hung in the child:\n{}\n{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("running 1 test"),
        "the child ran no test named {test_name}:\n{stdout}"
    );
    output
}

/// Like [`run_test_in_child`], and the child's test must pass.
pub fn assert_test_passes_in_child(test_name: &str, env: &[(&str, &str)]) {
    let output = run_test_in_child(test_name, env);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "{test_name} failed in the child:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
