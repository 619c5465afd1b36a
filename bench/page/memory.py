"""Memory per pending task, CPython's side (e2e/pagebench runs it).

measure(src) runs a program under tracemalloc and returns the peak of the
memory Python allocated above what it held before, divided by the number
of tasks the program keeps pending (100k in
bench/asyncio/pending_tasks_100k.py). pagebench runs it with python3
(`python3 memory.py FILE`) and inside Pyodide (measure(SOURCE)).
`python3 memory.py --rss FILE` reports the growth of the process's peak
resident set instead, without tracemalloc.
"""
import sys
import tracemalloc

TASKS = 100_000


def measure(src):
    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    exec(compile(src, "<program>", "exec"), {"__name__": "__main__"})
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return [(peak - base) / TASKS]


def rss(src):
    import resource

    def peak():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB

    before = peak()
    exec(compile(src, "<program>", "exec"), {"__name__": "__main__"})
    return [(peak() - before) / TASKS]


if __name__ == "__main__":
    use_rss = sys.argv[1] == "--rss"
    with open(sys.argv[-1]) as f:
        src = f.read()
    saved, sys.stdout = sys.stdout, open("/dev/null", "w")
    r = rss(src) if use_rss else measure(src)
    sys.stdout = saved
    print(r[0])
