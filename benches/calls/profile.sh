#!/usr/bin/env bash
# Counts the instructions of the benchmark rows with valgrind's callgrind
# and shows where the Rust modules spend them (profile.py). The modules are
# built as run.sh builds them, plus debug information, into target/prof-*
# and build/prof/.
#   benches/calls/profile.sh [-n N] [--lines K] [--modules ours,pyo3,C] [row names]
set -euo pipefail
cd "$(dirname "$0")"
command -v valgrind >/dev/null || { echo "profile.sh needs valgrind" >&2; exit 1; }
python="${PYTHON:-$(command -v python3)}"
# valgrind must run the interpreter itself, not a pyenv shim script.
python=$("$python" -c "import os, sys; print(os.path.realpath(sys.executable))")
export PYO3_PYTHON="$python"
export PYO3_BUILD_EXTENSION_MODULE=1
export CARGO_PROFILE_RELEASE_DEBUG=true

suffix=$("$python" -c "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))")
include=$("$python" -c "import sysconfig; print(sysconfig.get_paths()['include'])")
mkdir -p build/prof

echo "building the modules with debug information ..." >&2
cargo build --quiet --release --manifest-path ours/Cargo.toml --target-dir target/prof-ours
cp target/prof-ours/release/libbench_ours.so "build/prof/bench_ours$suffix"
cargo build --quiet --release --manifest-path pyo3/Cargo.toml --target-dir target/prof-pyo3
cp target/prof-pyo3/release/libbench_pyo3.so "build/prof/bench_pyo3$suffix"
gcc -O3 -g -shared -fPIC -Wall -Werror -I"$include" c/bench_c.c -o "build/prof/bench_c$suffix"

PYTHONPATH=build/prof "$python" profile.py "$@"
