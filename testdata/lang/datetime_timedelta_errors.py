# timedelta errors: types, overflow, division by zero.
from datetime import timedelta

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("str days", lambda: timedelta("1"))
attempt("str hours", lambda: timedelta(hours="1"))
attempt("none", lambda: timedelta(seconds=None))
attempt("overflow", lambda: timedelta(days=10**9))
attempt("negative overflow", lambda: timedelta(days=-10**9))
attempt("max + res", lambda: timedelta.max + timedelta.resolution)
attempt("min - res", lambda: timedelta.min - timedelta.resolution)
attempt("add int", lambda: timedelta(1) + 1)
attempt("radd int", lambda: 1 + timedelta(1))
attempt("sub str", lambda: timedelta(1) - "x")
attempt("mul str", lambda: timedelta(1) * "a")
attempt("mul td", lambda: timedelta(1) * timedelta(1))
attempt("div zero", lambda: timedelta(1) / 0)
attempt("div zero td", lambda: timedelta(1) / timedelta())
attempt("floordiv zero", lambda: timedelta(1) // 0)
attempt("floordiv td zero", lambda: timedelta(1) // timedelta(0))
attempt("mod zero", lambda: timedelta(1) % timedelta(0))
attempt("floordiv float", lambda: timedelta(1) // 2.0)
attempt("lt int", lambda: timedelta(1) < 1)
attempt("ge str", lambda: timedelta(1) >= "a")
attempt("rdiv", lambda: 1 / timedelta(1))
attempt("kw", lambda: timedelta(years=1))
attempt("attr", lambda: timedelta(1).hours)
td = timedelta(1)
try:
    td.days = 3
except AttributeError as e:
    print("readonly", type(e).__name__)
