//! Builds every case in one scratch cargo project (one `[[bin]]` per case,
//! depending on this checkout by path with the test binary's features) and
//! collects, per case, the diagnostics rustc rendered.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use crate::json;

/// What the scratch build said about one case.
#[derive(Debug, Default)]
pub struct CaseOutput {
    /// rustc's human-readable rendering of each diagnostic, in order.
    pub rendered: Vec<String>,
    /// Cargo reported an artifact: the case compiled.
    pub compiled: bool,
}

/// The scratch project's `Cargo.toml`.
fn manifest(checkout: &Path, edition: &str, features: &[&str], cases: &[String]) -> String {
    let literal = |path: &Path| {
        let text = path.display().to_string();
        assert!(
            !text.contains('\''),
            "path {text:?} cannot be a TOML literal string"
        );
        format!("'{text}'")
    };
    let features = features
        .iter()
        .map(|f| format!("\"{f}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let mut toml = format!(
        "[package]\nname = \"pyo3-ui-check\"\nversion = \"0.0.0\"\nedition = \"{edition}\"\n\
         publish = false\n\n[dependencies]\npyo3 = {{ path = {}, default-features = false, \
         features = [{features}] }}\n\n[workspace]\n",
        literal(checkout)
    );
    for case in cases {
        let source = checkout.join("tests/ui").join(format!("{case}.rs"));
        write!(
            toml,
            "\n[[bin]]\nname = \"{case}\"\npath = {}\n",
            literal(&source)
        )
        .unwrap();
    }
    toml
}

/// Runs `cargo check` over all `cases` in `dir` (created if needed) and
/// returns each case's output. The flags match trybuild's, so that both
/// checks see the same diagnostics; `RUSTFLAGS` from the environment would
/// change them and is removed, as trybuild does.
pub fn build(
    checkout: &Path,
    dir: &Path,
    edition: &str,
    features: &[&str],
    cases: &[String],
) -> Result<BTreeMap<String, CaseOutput>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let dir = &dir
        .canonicalize()
        .map_err(|e| format!("resolving {}: {e}", dir.display()))?;
    std::fs::write(
        dir.join("Cargo.toml"),
        manifest(checkout, edition, features, cases),
    )
    .map_err(|e| format!("writing the scratch manifest: {e}"))?;
    // The checkout's lock file, so that the build uses the same (already
    // downloaded) dependency versions and works offline.
    std::fs::copy(checkout.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|e| format!("copying Cargo.lock: {e}"))?;

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let rustflags =
        r#"["--cfg", "trybuild", "--verbose", "-A", "dead_code", "--diagnostic-width=140"]"#;
    let output = Command::new(cargo)
        .current_dir(dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env("CARGO_INCREMENTAL", "0")
        .arg(format!("--config=build.rustflags={rustflags}"))
        .args(["check", "--offline", "--bins", "--keep-going", "--quiet"])
        .args(["--color=never", "--message-format=json"])
        .output()
        .map_err(|e| format!("running cargo: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);

    let mut outputs: BTreeMap<String, CaseOutput> = cases
        .iter()
        .map(|c| (c.clone(), CaseOutput::default()))
        .collect();
    for line in stdout.lines().filter(|l| l.starts_with('{')) {
        let value = json::parse(line).map_err(|e| format!("{e} in cargo's line {line:?}"))?;
        let reason = value.get("reason").and_then(json::Value::as_str);
        let target = value.get("target").and_then(|t| t.get("name"));
        let manifest = value.get("manifest_path").and_then(json::Value::as_str);
        let ours = manifest.is_some_and(|m| Path::new(m) == dir.join("Cargo.toml"));
        let Some(case) = target
            .and_then(json::Value::as_str)
            .filter(|_| ours)
            .and_then(|name| outputs.get_mut(name))
        else {
            continue;
        };
        match reason {
            Some("compiler-message") => {
                let rendered = value.get("message").and_then(|m| m.get("rendered"));
                if let Some(text) = rendered.and_then(json::Value::as_str) {
                    case.rendered.push(text.to_owned());
                }
            }
            Some("compiler-artifact") => case.compiled = true,
            _ => {}
        }
    }
    let silent: Vec<&String> = outputs
        .iter()
        .filter(|(_, out)| out.rendered.is_empty() && !out.compiled)
        .map(|(name, _)| name)
        .collect();
    if !silent.is_empty() {
        return Err(format!(
            "cargo said nothing about {silent:?} (did a dependency fail to build?); \
             its stderr:\n{stderr}"
        ));
    }
    Ok(outputs)
}
