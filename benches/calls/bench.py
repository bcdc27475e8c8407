"""Times the same functions in three extension modules, interleaved in one
process: bench_ours (this repository's pyo3), bench_pyo3 (PyO3 0.30 from
crates.io) and bench_c (hand-written C, METH_FASTCALL). Prints ns per call
(loop overhead subtracted) and the ratios, as a Markdown table."""

import datetime
import platform
import sys
import timeit

import bench_c
import bench_ours
import bench_pyo3

MODULES = {"ours": bench_ours, "pyo3": bench_pyo3, "C": bench_c}

DATA = list(range(1000))

# (row label, statement, function name)
ROWS = [
    ("no-arg call", "f()", "no_args"),
    ("one int", "f(12345)", "one_int"),
    ("three mixed args (int, str, float)", "f(7, 'abc', 2.5)", "three_mixed"),
    ("keyword-only arg", "f(key=42)", "keyword_only"),
    ("Vec<i64> of 1,000 ints in", "f(DATA)", "sum_list"),
    ("list of 1,000 ints out", "f(1000)", "make_list"),
    ("&str in / String out", "f('hello world')", "upper"),
    ("raising ValueError", "try:\n    f()\nexcept ValueError:\n    pass", "raise_value_error"),
    # The class rows: `c` is a new `Counter(5)` of the module for each row.
    ("`Counter(5)` (new instance, dropped)", "f(5)", "Counter"),
    ("`c.incr()` (&mut self, no args)", "c.incr()", "incr"),
    ("`c.value` (#[getter])", "c.value", "value"),
    ("`c.add(3)` (&mut self, one int)", "c.add(3)", "add"),
    ("`counter_value(c)` (PyRef<Counter> arg)", "f(c)", "counter_value"),
]

ROUNDS = 15
TARGET_SECONDS = 0.02


def incr_three_times(module):
    c = module.Counter(5)
    return [c.incr(), c.incr(), c.incr(), c.value]


def check_results_agree():
    for _, _, name in ROWS:
        if name == "raise_value_error":
            continue
        calls = {
            "no_args": lambda f: f(),
            "one_int": lambda f: f(12345),
            "three_mixed": lambda f: f(7, "abc", 2.5),
            "keyword_only": lambda f: f(key=42),
            "sum_list": lambda f: f(DATA),
            "make_list": lambda f: f(1000),
            "upper": lambda f: f("hello world"),
            "Counter": lambda m: m.Counter(5).value,
            "incr": incr_three_times,
            "value": lambda m: m.Counter(-7).value,
            "add": lambda m: [c.add(n) for c in [m.Counter(5)] for n in (3, -10, 2**62)],
            "counter_value": lambda m: m.counter_value(m.Counter(2**40)),
        }
        class_rows = {"Counter", "incr", "value", "add", "counter_value"}
        results = {
            label: calls[name](m if name in class_rows else getattr(m, name))
            for label, m in MODULES.items()
        }
        assert len({repr(r) for r in results.values()}) == 1, (name, results)
    # Wrong types are refused by all three.
    for m in MODULES.values():
        other = next(o for o in MODULES.values() if o is not m)
        try:
            m.counter_value(other.Counter(1))
        except TypeError:
            pass
        else:
            raise AssertionError(f"{m.__name__}.counter_value took another module's Counter")


def namespace(module, name):
    """The globals of a row's statement: `f` is the module's attribute `name`
    (when it has one), `c` a new `Counter(5)`."""
    return {"f": getattr(module, name, None), "c": module.Counter(5), "DATA": DATA}


def per_call_seconds(statement, names, number):
    timer = timeit.Timer(statement, globals=names)
    return timer.timeit(number) / number


def calibrate(statement, names):
    number = 1
    while True:
        elapsed = per_call_seconds(statement, names, number) * number
        if elapsed >= TARGET_SECONDS / 4:
            return max(1, int(number * TARGET_SECONDS / elapsed))
        number *= 4


def main():
    check_results_agree()
    overhead = min(timeit.Timer("pass").timeit(1_000_000) / 1_000_000 for _ in range(5))
    labels = list(MODULES)
    print(f"Date: {datetime.date.today().isoformat()}")
    print(f"Machine: {platform.machine()}, {cpu_model()}, {platform.system()} {platform.release()}")
    print(f"Python: {sys.version.split()[0]} ({platform.python_implementation()})")
    print()
    print("| call | ours (ns) | PyO3 0.30 (ns) | C (ns) | ours / PyO3 | ours / C |")
    print("|---|---:|---:|---:|---:|---:|")
    only = sys.argv[1:]
    for label, statement, name in ROWS:
        if only and name not in only:
            continue
        functions = {key: namespace(module, name) for key, module in MODULES.items()}
        number = calibrate(statement, functions["C"])
        best = {key: float("inf") for key in labels}
        for round_index in range(ROUNDS):
            # Rotate the order every round so no module always runs first.
            order = labels[round_index % 3 :] + labels[: round_index % 3]
            for key in order:
                best[key] = min(best[key], per_call_seconds(statement, functions[key], number))
        ns = {key: max(best[key] - overhead, 0.0) * 1e9 for key in labels}
        print(
            f"| {label} | {ns['ours']:.1f} | {ns['pyo3']:.1f} | {ns['C']:.1f} "
            f"| {ns['ours'] / ns['pyo3']:.2f} | {ns['ours'] / ns['C']:.2f} |"
        )


def cpu_model():
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    main()
