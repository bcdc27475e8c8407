#!/usr/bin/env bash
# An embedding program in a crate of its own (examples/embed_dependent), run
# directly from the target dir: no `cargo run`, no LD_LIBRARY_PATH. Its
# build.rs adds an rpath to DEP_PYTHON_LIB_DIR, so it must load the libpython
# of the interpreter it was built for (PYO3_PYTHON, else python3), not
# another one of the same minor version on the system library path.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir=${CARGO_TARGET_DIR:-target}
python=${PYO3_PYTHON:-python3}

cargo build --quiet -p embed-dependent
output=$(env -u LD_LIBRARY_PATH "$target_dir/debug/embed-dependent")
echo "$output"
expected=$("$python" -c 'import sys; print(sys.version.replace("\n", " "))')
runtime=$(sed -n 's/^runtime sys.version: //p' <<< "$output")
if [ "$runtime" != "$expected" ]; then
    echo "error: the binary runs Python $runtime" >&2
    echo "       but was built for $python, Python $expected" >&2
    exit 1
fi
grep -q "cfg Py_3_9: true" <<< "$output"
echo "embed-dependent runs the Python it was built for: $expected"
