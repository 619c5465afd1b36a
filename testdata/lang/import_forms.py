# import forms: plain, dotted, aliases, from-import with aliases, import inside a function.
import math
import collections.abc
import itertools as it, functools as ft
from operator import add, mul as times
from collections import (
    deque,
    Counter as Tally,
)
print(math.floor(2.5), isinstance([], collections.abc.Sequence), collections.abc.__name__)
print(list(it.repeat(1, 2)), ft.reduce(add, [1, 2, 3]), times(6, 7))
print(deque([1]), Tally("aab")["a"], type(math).__name__, math.__name__)
def lazy():
    import json
    from string import digits as D
    return json.dumps(D)
print(lazy())
import math as m2
print(m2 is math)
try:
    json
except NameError as e:
    print("NameError:", e)
# re, json and concurrent.futures are packages, math is not.
for pkg in ("re", "json", "concurrent.futures", "math"):
    try:
        __import__(pkg + ".nothing")
    except ImportError as e:
        print(type(e).__name__, e)
