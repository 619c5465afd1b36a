# KeyError and IndexError messages for dicts, lists, strings, tuples, sets, deques.
from collections import deque
cases = [
    lambda: {}["missing"],
    lambda: {1: 2}[3],
    lambda: {}[(1, "a")],
    lambda: [][0],
    lambda: [1, 2][-3],
    lambda: "ab"[9],
    lambda: (1,)[2],
    lambda: set().pop(),
    lambda: {}.popitem(),
    lambda: deque().popleft(),
    lambda: [].remove(1),
    lambda: set().remove("x"),
    lambda: [1, 2].index(5),
    lambda: "abc".index("z"),
    lambda: list(range(3))[10],
]
for c in cases:
    try:
        c()
    except (KeyError, IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e, "|", repr(e))
