# Sourced by the CI scripts: builds example extension modules with maturin.
# Each example has a target dir of its own: several of them build a library
# of the same name (`string_sum`), and in a shared target dir cargo would
# leave the last one built in place for the next (an up-to-date build does
# not copy its library out again), so maturin would install another
# example's module.
examples_target_root="$(pwd)/target/maturin"

# The Python module an example provides: the `[lib] name` of its crate.
example_module() {
    sed -n '/^\[lib\]/,/^\[/s/^name *= *"\(.*\)"/\1/p' "examples/$1/Cargo.toml" | head -1
}

# The distribution name of an example (`[project] name` of its pyproject).
example_distribution() {
    sed -n '/^\[project\]/,/^\[/s/^name *= *"\(.*\)"/\1/p' "examples/$1/pyproject.toml" | head -1
}

# distributions_providing MODULE: every installed distribution whose files
# include the top-level module or package MODULE (one per line).
distributions_providing() {
    python - "$1" <<'PY'
import importlib.metadata, sys
module = sys.argv[1]
found = set()
for dist in importlib.metadata.distributions():
    for path in dist.files or ():
        top = path.parts[0]
        if top == module or top.split(".")[0] == module and top.endswith((".so", ".pyd", ".py")):
            found.add(dist.metadata["Name"])
            break
print("\n".join(sorted(found)))
PY
}

# build_example NAME: `maturin develop` of examples/NAME into the active venv,
# after uninstalling whatever else provides the same Python module (several
# examples are all `string_sum`), then checks that the module Python imports
# is this example's.
build_example() {
    local name=$1 module distribution provider
    module=$(example_module "$name")
    distribution=$(example_distribution "$name")
    for provider in $(distributions_providing "$module"); do
        pip uninstall --quiet --yes "$provider" >/dev/null
    done
    CARGO_TARGET_DIR="$examples_target_root/$name" \
        maturin develop --quiet --manifest-path "examples/$name/Cargo.toml" 2>&1 | grep -v '^\s*$' | tail -3
    provider=$(distributions_providing "$module")
    if [ "$(echo "$provider" | tr '_' '-')" != "$(echo "$distribution" | tr '_' '-')" ]; then
        echo "error: module $module is provided by '$provider', expected only $distribution" >&2
        return 1
    fi
}
