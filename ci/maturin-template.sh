#!/usr/bin/env bash
# The project `maturin new --bindings pyo3` generates must build against
# this crate when its pyo3 dependency points here: generate it, repoint the
# dependency, build it with maturin (offline) and call it from Python.
# Expects the venv of ci/venv.sh to be active.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
maturin new --bindings pyo3 template_check >/dev/null
cd template_check
# The only edit: the pyo3 dependency points at this repository.
sed -i -E "s|^pyo3 = .*$|pyo3 = { path = \"$repo\" }|" Cargo.toml
grep -q "^pyo3 = { path = \"$repo\" }" Cargo.toml
echo "template Cargo.toml:"; sed 's/^/    /' Cargo.toml

export CARGO_NET_OFFLINE=true
export CARGO_TARGET_DIR="$repo/target/maturin-template"
maturin develop --quiet 2>&1 | grep -v '^\s*$' | tail -3
python - <<'PY'
import inspect
import template_check
result = template_check.sum_as_string(5, 20)
assert result == "25", result
assert str(inspect.signature(template_check.sum_as_string)) == "(a, b)"
print(f"maturin template: template_check.sum_as_string(5, 20) == {result!r}")
PY
pip uninstall --quiet --yes template_check
