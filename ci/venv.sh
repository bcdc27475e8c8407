# Sourced by the CI scripts: creates ./.venv (once) with maturin and pytest,
# and activates it.
venv_dir="$(pwd)/.venv"
if [ ! -x "$venv_dir/bin/python" ]; then
    python3 -m venv "$venv_dir"
fi
# shellcheck disable=SC1091
source "$venv_dir/bin/activate"
if ! python -c "import maturin, pytest, hypothesis" 2>/dev/null; then
    python -m pip install --quiet --disable-pip-version-check "maturin>=1.5,<2" pytest hypothesis
fi
