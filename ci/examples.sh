# Sourced by the CI scripts: builds example extension modules with maturin.
# All examples share one target dir, separate from the tests' one.
export CARGO_TARGET_DIR="$(pwd)/target/maturin"

# build_example NAME: `maturin develop` of examples/NAME into the venv,
# replacing any other example that provides the same Python module.
build_example() {
    local name=$1
    pip uninstall --quiet --yes "$(python - "$name" <<'PY'
import sys, tomllib
print(tomllib.load(open(f"examples/{sys.argv[1]}/pyproject.toml", "rb"))["project"]["name"])
PY
)" >/dev/null 2>&1 || true
    maturin develop --quiet --manifest-path "examples/$name/Cargo.toml" 2>&1 | grep -v '^\s*$' | tail -3
}
