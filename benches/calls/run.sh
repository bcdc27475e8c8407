#!/usr/bin/env bash
# Builds the benchmark module three ways (this repository's pyo3, PyO3 0.30
# from crates.io, hand-written C) for the python3 on PATH and runs bench.py,
# which imports all three into one process and times them interleaved.
#   benches/calls/run.sh [function names to time only those rows]
set -euo pipefail
cd "$(dirname "$0")"
python="${PYTHON:-$(command -v python3)}"
export PYO3_PYTHON="$python"
# Extension modules leave the Python symbols to the interpreter.
export PYO3_BUILD_EXTENSION_MODULE=1

suffix=$("$python" -c "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))")
include=$("$python" -c "import sysconfig; print(sysconfig.get_paths()['include'])")
mkdir -p build

echo "building bench_ours (this repository's pyo3) ..." >&2
cargo build --quiet --release --manifest-path ours/Cargo.toml --target-dir target/ours
cp target/ours/release/libbench_ours.so "build/bench_ours$suffix"

echo "building bench_pyo3 (PyO3 0.30 from crates.io) ..." >&2
cargo build --quiet --release --manifest-path pyo3/Cargo.toml --target-dir target/pyo3
cp target/pyo3/release/libbench_pyo3.so "build/bench_pyo3$suffix"

echo "building bench_c (C) ..." >&2
gcc -O3 -shared -fPIC -Wall -Werror -I"$include" c/bench_c.c -o "build/bench_c$suffix"

PYTHONPATH=build "$python" bench.py "$@"
