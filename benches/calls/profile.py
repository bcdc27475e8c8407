"""Counts the instructions each benchmark row costs, with valgrind's
callgrind, and shows where they go.

For every row and module the row's statement runs in a loop twice under
callgrind, 0 and N times; the difference of the two profiles, divided by N,
is the cost of one execution of the statement (plus the loop's own few
instructions, the same for every module). The report gives per module the
instructions per call, split by object file (the interpreter, the
extension, the dynamic loader's `__tls_get_addr`, libc), and for the Rust
modules the source lines and functions of the extension that cost the
most: the lines are those of the inlined code, as the debug information
places them (`src/impl_/...` for this crate).

Run by profile.sh, which builds the modules with debug information.
    python profile.py [-n N] [--lines K] [row names]
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

import bench

LOOP = """\
import importlib, sys
module = importlib.import_module(sys.argv[1])
name, n = sys.argv[2], int(sys.argv[3])
names = {{"f": getattr(module, name, None), "c": module.Counter(5), "DATA": list(range(1000))}}
exec("def run(n):\\n    for _ in range(n):\\n{body}", names)
names["run"](n)
"""


def parse_callgrind(path):
    """Exclusive Ir per (object, file, function, line), from a callgrind
    output file (`positions: line`, `events: Ir`)."""
    costs = collections.Counter()
    names = {}  # (kind, id) -> name, for the compressed names

    def name(kind, text):
        m = re.match(r"\((\d+)\)(?: (.*))?$", text)
        if not m:
            return text
        key = (kind, m.group(1))
        if m.group(2) is not None:
            names[key] = m.group(2)
        return names.get(key, "?")

    ob = fl = fi = fn = None
    line = 0
    skip_next = False
    with open(path) as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if not raw or raw.startswith("#"):
                continue
            head = raw[0]
            if head.isdigit() or head in "+-*":
                position, _, cost = raw.partition(" ")
                if position == "*":
                    pass
                elif position[0] in "+-":
                    line += int(position)
                else:
                    line = int(position)
                if skip_next:
                    # The inclusive cost of a call: not this function's own.
                    skip_next = False
                    continue
                if cost:
                    costs[(ob, fi or fl, fn, line)] += int(cost.split()[0])
                continue
            key, _, value = raw.partition("=")
            if key == "ob":
                ob = name("ob", value)
            elif key == "fl":
                fl = name("fl", value)
                fi = None
            elif key in ("fi", "fe"):
                fi = name("fl", value)
            elif key == "fn":
                fn = name("fn", value)
                fi = None
            elif key in ("cob",):
                name("ob", value)
            elif key in ("cfi", "cfl"):
                name("fl", value)
            elif key == "cfn":
                name("fn", value)
            elif key == "calls":
                skip_next = True
    return costs


def profile(python, module, name, statement, n, workdir):
    """Per-call exclusive Ir per (object, file, function, line)."""
    body = "".join(f"        {line}\n" for line in statement.splitlines())
    script = os.path.join(workdir, "loop.py")
    with open(script, "w") as f:
        f.write(LOOP.format(body=body.replace("\\", "\\\\").replace("\n", "\\n")))
    results = []
    for count in (0, n):
        out = os.path.join(workdir, f"{module}.{name}.{count}.callgrind")
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", python,
             script, module, name, str(count)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            # Fixed string hashes, so that dict probes cost the same in both runs.
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        results.append(parse_callgrind(out))
    base, run = results
    return {k: (run[k] - base.get(k, 0)) / n for k in run if run[k] != base.get(k, 0)}


def object_kind(ob):
    base = os.path.basename(ob or "?")
    if base.startswith("libpython"):
        return "python"
    if base.startswith("bench_"):
        return "extension"
    if base.startswith("ld-linux"):
        return "ld.so"
    if base.startswith("libc"):
        return "libc"
    return "other"


def short(path):
    path = path or "?"
    path = re.sub(r"^.*/Python-3[^/]*/", "", path)
    path = re.sub(r"^/rustc/[0-9a-f]+/library/", "std:", path)
    path = re.sub(r"^.*/registry/src/[^/]*/", "", path)
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    if path.startswith(root + "/"):
        path = path[len(root) + 1 :]
    return path


def source_line(path, line, cache={}):
    if path not in cache:
        try:
            with open(path) as f:
                cache[path] = f.read().splitlines()
        except OSError:
            cache[path] = []
    lines = cache[path]
    return lines[line - 1].strip() if 0 < line <= len(lines) else ""


def demangle(names):
    try:
        out = subprocess.run(["c++filt"], input="\n".join(names), capture_output=True,
                             text=True, check=True).stdout.splitlines()
        return dict(zip(names, out))
    except (OSError, subprocess.CalledProcessError):
        return {n: n for n in names}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=20000, help="loop iterations")
    parser.add_argument("--lines", type=int, default=25, help="source lines shown per module")
    parser.add_argument("--modules", default="ours,pyo3,C")
    parser.add_argument("rows", nargs="*")
    args = parser.parse_args()
    python = os.path.realpath(sys.executable)
    modules = {"ours": "bench_ours", "pyo3": "bench_pyo3", "C": "bench_c"}
    chosen = args.modules.split(",")
    with tempfile.TemporaryDirectory() as workdir:
        for label, statement, name in bench.ROWS:
            if args.rows and name not in args.rows:
                continue
            print(f"## {label}: `{statement.splitlines()[0]}`\n")
            profiles = {key: profile(python, modules[key], name, statement, args.n, workdir)
                        for key in chosen}
            print("| module | Ir/call | interpreter | extension | ld.so (TLS) | libc | other |")
            print("|---|---:|---:|---:|---:|---:|---:|")
            for key in chosen:
                by_kind = collections.Counter()
                for (ob, _, _, _), cost in profiles[key].items():
                    by_kind[object_kind(ob)] += cost
                total = sum(by_kind.values())
                print(f"| {key} | {total:.0f} | {by_kind['python']:.0f} | {by_kind['extension']:.0f} "
                      f"| {by_kind['ld.so']:.0f} | {by_kind['libc']:.0f} | {by_kind['other']:.0f} |")
            print()
            reference = None
            if "C" in chosen:
                reference = collections.Counter()
                for (ob, _, fn, _), cost in profiles["C"].items():
                    if object_kind(ob) == "python":
                        reference[fn] += cost
            for key in chosen:
                if key == "C":
                    continue
                costs = profiles[key]
                if reference is not None:
                    interpreter = collections.Counter()
                    for (ob, _, fn, _), cost in costs.items():
                        if object_kind(ob) == "python":
                            interpreter[fn] += cost
                    differences = sorted(
                        ((interpreter[fn] - reference[fn], fn) for fn in set(interpreter) | set(reference)),
                        key=lambda item: -abs(item[0]),
                    )
                    print(f"{key}: interpreter functions costing more (or less) than for C (Ir/call)\n")
                    for difference, fn in differences:
                        if abs(difference) >= 1.5:
                            print(f"    {difference:+6.1f}  {fn}  ({interpreter[fn]:.0f} vs {reference[fn]:.0f})")
                    print()
                functions = collections.Counter()
                lines = collections.Counter()
                files = collections.Counter()
                for (ob, fl, fn, line), cost in costs.items():
                    if object_kind(ob) in ("python",):
                        continue
                    functions[fn] += cost
                    if object_kind(ob) == "extension":
                        lines[(fl, line)] += cost
                        files[fl] += cost
                names = demangle([fn for fn in functions if fn])
                print(f"{key}: functions outside the interpreter (Ir/call, exclusive)\n")
                for fn, cost in functions.most_common():
                    if cost >= 0.5:
                        print(f"    {cost:6.1f}  {names.get(fn, fn)[:150]}")
                print(f"\n{key}: source files of the extension's code (Ir/call, inlined code "
                      "counted in its own file)\n")
                for fl, cost in files.most_common():
                    if cost >= 0.5:
                        print(f"    {cost:6.1f}  {short(fl)}")
                print(f"\n{key}: source lines of the extension's code (Ir/call)\n")
                for (fl, line), cost in lines.most_common(args.lines):
                    if cost >= 0.5:
                        text = source_line(fl, line)
                        print(f"    {cost:6.1f}  {short(fl)}:{line}  {text[:90]}")
                print()


if __name__ == "__main__":
    main()
