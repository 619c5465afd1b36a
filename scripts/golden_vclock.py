"""Checks that the asyncio golden outputs do not depend on the real clock.

scripts/golden.sh runs each program with CPython's real clock, where two timers
armed "at the same time" still get deadlines a few microseconds apart. Our
runtime's default clock is virtual: such deadlines are exactly equal and come
out of the timer heap in heapq order. This script reruns every asyncio program
under CPython's own event loop with a virtual clock (loop.time() only moves
when the loop would block, by exactly the time to the next timer) and reports
each program whose stdout then differs from its .out file; such a program
depends on real-clock timing and should be rewritten.

Usage: python3 scripts/golden_vclock.py [FILE.py ...]   (default: testdata/asyncio/**)
"""
import glob
import os
import subprocess
import sys
import sysconfig

# Run in a child process: patch the loop's clock and selector, then run the program.
CHILD = r'''
import os, runpy, selectors, sys
import asyncio.base_events as be
now = [0.0]
be.BaseEventLoop.time = lambda self: now[0]
blocked = [0]
def patch(cls):
    real = cls.select
    def select(self, timeout=None):
        if timeout is None:
            blocked[0] += 1
            if blocked[0] > 100000:
                raise SystemExit("golden_vclock: the loop would block forever")
        elif timeout > 0:
            now[0] += timeout
        return real(self, 0)
    cls.select = select
for name in ("EpollSelector", "PollSelector", "SelectSelector", "KqueueSelector"):
    if hasattr(selectors, name):
        patch(getattr(selectors, name))
path = sys.argv[1]
sys.argv = [path]
runpy.run_path(path, run_name="__main__")
'''


STDLIB = sysconfig.get_paths()["stdlib"]


def main(args):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = args or sorted(glob.glob(os.path.join(root, "testdata", "asyncio", "**", "*.py"), recursive=True))
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    bad = 0
    for f in files:
        f = os.path.abspath(f)
        d, base = os.path.split(f)
        want_path = f[:-3] + ".out"
        if not os.path.exists(want_path):
            continue
        stdin = open(f[:-3] + ".in", "rb") if os.path.exists(f[:-3] + ".in") else subprocess.DEVNULL
        try:
            got = subprocess.run([sys.executable, "-c", CHILD, base], cwd=d, env=env, stdin=stdin,
                                 capture_output=True, timeout=60).stdout.decode()
        except subprocess.TimeoutExpired:
            got = "<timeout>"
        got = got.replace(d + os.sep, "")
        got = got.replace(STDLIB + os.sep, "<stdlib>/")  # as golden.sh writes stdlib frames
        with open(want_path, encoding="utf-8") as w:
            want = w.read()
        if got != want:
            bad += 1
            print(f"differs under a virtual clock: {os.path.relpath(f, root)}")
    print(f"golden_vclock: {len(files)} programs, {bad} depend on the real clock")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
