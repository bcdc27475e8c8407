#!/usr/bin/env bash
# Compile-time and code-size benchmark of generated crates, built against
# this repository's pyo3 and against PyO3 0.30.1 from crates.io (workspaces
# of their own under target/work/). Prints Markdown tables.
#   benches/compile/run.sh [--runs N] [--crates classes,functions] [--no-details] [--limit K]
set -euo pipefail
cd "$(dirname "$0")"
python="${PYTHON:-$(command -v python3)}"
export PYO3_PYTHON="$python"
# Extension modules leave the Python symbols to the interpreter.
export PYO3_BUILD_EXTENSION_MODULE=1
exec "$python" compile_bench.py "$@"
