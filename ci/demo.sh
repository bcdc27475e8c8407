#!/usr/bin/env bash
# Sets everything up on a fresh machine (venv, maturin, pytest) and runs the
# main demo end to end: the seed's string_sum module built with maturin,
# imported and called from Python.
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/venv.sh
source ci/examples.sh
build_example string_sum_ffi
python - <<'PY'
import string_sum
result = string_sum.sum_as_string(5, 20)
print(f"string_sum.sum_as_string(5, 20) == {result!r}")
assert result == "25"
PY
