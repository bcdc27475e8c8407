#!/usr/bin/env bash
# Sets everything up on a fresh machine (venv, maturin, pytest) and runs the
# main demo end to end: the seeds' string_sum module, in both of its forms
# (a #[pymodule] function, and a declarative #[pymodule] mod), built with
# maturin, imported and called from Python.
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/venv.sh
source ci/examples.sh
for example in string_sum string_sum_declarative; do
    build_example "$example"
    python - "$example" <<'PY'
import sys
import string_sum
result = string_sum.sum_as_string(5, 20)
print(f"{sys.argv[1]}: string_sum.sum_as_string(5, 20) == {result!r}")
assert result == "25"
PY
done
