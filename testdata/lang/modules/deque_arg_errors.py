# deque's methods refuse wrong argument counts and keywords with CPython's
# messages, and deque has no __bool__ (truth comes from __len__).
from collections import deque

d = deque([1, 2, 3])
names = ["append", "appendleft", "pop", "popleft", "extend", "extendleft", "rotate", "clear", "copy",
         "__copy__", "__reduce__", "count", "remove", "reverse", "__reversed__"]
for n in names:
    for args in [(1, 2, 3, 4), ()]:
        try:
            getattr(deque([1, 2, 3]), n)(*args)
        except TypeError as e:
            print(n, len(args), "|", e)
    try:
        getattr(deque([1, 2, 3]), n)(x=1)
    except TypeError as e:
        print(n, "kw |", e)
print(hasattr(deque, "__bool__"), bool(deque()), bool(d))
print(d, d.copy(), d.__copy__(), list(reversed(d)), d * 2, d + deque([4]), d == deque([1, 2, 3, 4]))
d.extendleft([0, -1])
d.rotate()
print(d, d.index(2), d.count(1), d < deque([9]))
# count and `in` compare each item with ==, and stop if a comparison changes the deque.
e = deque([1, 2, 1, 3])
print(e.count(1), 3 in e, 5 in e)
class Grows:
    def __eq__(self, other):
        e.append(9)
        return False
for f in [lambda: e.count(Grows()), lambda: Grows() in e]:
    try:
        f()
    except RuntimeError as err:
        print(err)
