#!/usr/bin/env bash
# Runs the layout proof (tests/ffi_layout) and the embedded-interpreter tests
# (tests/integration) on every CPython from 3.9 up that pyenv has, for the
# version-specific ABI and for the stable ABI (abi3-py39), then the pytest
# suites of three example extension modules (pytests, string_sum, pyclasses) on the
# oldest and newest of them.
# The default interpreter (`python3`) is covered by ci/test.sh itself.
#
# One line per interpreter and ABI: passed, FAILED, or skipped when that
# interpreter is not installed. All builds share one target dir: between
# interpreters only pyo3 and the test binaries are rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export CARGO_TARGET_DIR="$root/target/pythons"
versions=(3.9 3.10 3.11 3.12 3.13 3.14 3.15)
default_version=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
pyenv_root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")

# The newest pyenv build of CPython X.Y (a directory named X.Y.N), or nothing.
find_python() {
    local version=$1 candidate
    for candidate in $(ls -d "$pyenv_root/versions/$version".* 2>/dev/null | sort -V -r); do
        if [[ "$(basename "$candidate")" =~ ^${version//./\\.}\.[0-9]+$ ]] && [ -x "$candidate/bin/python3" ]; then
            echo "$candidate/bin/python3"
            return
        fi
    done
}

failed=0
tested=()
for version in "${versions[@]}"; do
    python=$(find_python "$version")
    if [ -z "$python" ]; then
        printf '== CPython %-6s skipped (no pyenv build of it here)\n' "$version"
        continue
    fi
    if [ "$version" = "$default_version" ]; then
        printf '== CPython %-6s covered by the main test run (%s)\n' "$version" "$(command -v python3)"
        continue
    fi
    tested+=("$python")
    full_version=$("$python" -c 'import platform; print(platform.python_version())')
    for abi in version-specific abi3-py39; do
        features=full
        [ "$abi" = abi3-py39 ] && features=full,abi3-py39
        log=$(mktemp)
        if PYO3_PYTHON="$python" cargo test --quiet --features "$features" \
                --test integration --test ffi_layout >"$log" 2>&1; then
            count=$(grep -Eo '[0-9]+ passed' "$log" | awk '{n += $1} END {print n}')
            printf '== CPython %-6s %-16s passed (%s tests)\n' "$full_version" "$abi" "$count"
        else
            printf '== CPython %-6s %-16s FAILED\n' "$full_version" "$abi"
            grep -v '^\s*Compiling' "$log" | tail -60
            failed=1
        fi
        rm -f "$log"
    done
done

# Two examples' pytest suites on the oldest and the newest interpreter found,
# each in a venv of its own (maturin develop builds for the active venv).
if [ ${#tested[@]} -gt 0 ]; then
    source ci/venv.sh   # maturin, from the main venv
    maturin=$(command -v maturin)
    deactivate
    for python in "${tested[0]}" "${tested[${#tested[@]}-1]}"; do
        version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
        venv="$root/.venv-$version"
        [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check pytest hypothesis
        for example in pytests string_sum pyclasses; do
            if (
                set -o pipefail
                export VIRTUAL_ENV="$venv" PATH="$venv/bin:$PATH"
                export CARGO_TARGET_DIR="$root/target/maturin-$version"
                "$maturin" develop --quiet \
                    --manifest-path "examples/$example/Cargo.toml" 2>&1 | grep -v '^\s*$' | tail -3 \
                    || exit 1
                python -m pytest -q "examples/$example/tests" 2>&1 | tail -3 || exit 1
            ); then
                printf '== CPython %-6s example %s: passed\n' "$version" "$example"
            else
                printf '== CPython %-6s example %s: FAILED\n' "$version" "$example"
                failed=1
            fi
        done
    done
fi
exit $failed
