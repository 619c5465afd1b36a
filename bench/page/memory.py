"""Memory per pending task, CPython's side (e2e/pagebench runs it).

measure(src) runs bench/page/pending_tasks_marked.py under tracemalloc,
answering each of its two input() calls with the memory Python holds
after a collection: the first before the tasks exist, the second while
all 100k wait. It returns the difference over 100k, the live memory per
pending task (as BenchmarkPendingTaskMemory measures ours). pagebench runs
it with python3 (`python3 memory.py FILE`) and inside Pyodide
(measure(SOURCE)). `python3 memory.py --rss FILE` reports instead how much
the process's peak resident set grew over the whole run, over 100k.
"""
import builtins
import gc
import sys
import tracemalloc

TASKS = 100_000


def measure(src):
    points = []

    def mark(prompt=""):
        gc.collect()
        points.append(tracemalloc.get_traced_memory()[0])
        return ""

    saved = builtins.input
    builtins.input = mark
    tracemalloc.start()
    try:
        exec(compile(src, "<program>", "exec"), {"__name__": "__main__"})
    finally:
        tracemalloc.stop()
        builtins.input = saved
    if len(points) != 2:
        raise RuntimeError("expected two input() calls, got %d" % len(points))
    return [(points[1] - points[0]) / TASKS]


def rss(src):
    import resource

    def peak():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB

    saved = builtins.input
    builtins.input = lambda prompt="": ""
    before = peak()
    try:
        exec(compile(src, "<program>", "exec"), {"__name__": "__main__"})
    finally:
        builtins.input = saved
    return [(peak() - before) / TASKS]


if __name__ == "__main__":
    use_rss = sys.argv[1] == "--rss"
    with open(sys.argv[-1]) as f:
        src = f.read()
    saved, sys.stdout = sys.stdout, open("/dev/null", "w")
    r = rss(src) if use_rss else measure(src)
    sys.stdout = saved
    print(r[0])
