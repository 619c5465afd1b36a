# Frames of plain functions are recycled when their call returns; a frame
# that a traceback or sys._getframe holds must keep its locals.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(15), [fib(i) for i in range(10)])


def keep(x):
    return sys._getframe()


frames = [keep(i) for i in range(3)]
print([f.f_locals["x"] for f in frames])


def boom(depth, msg):
    if depth == 0:
        raise ValueError(msg)
    return boom(depth - 1, msg)


caught = []
for m in ("a", "b"):
    try:
        boom(2, m)
    except ValueError as e:
        caught.append(e)
for e in caught:
    tb = e.__traceback__
    seen = []
    while tb is not None:
        seen.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals.get("depth"), tb.tb_frame.f_locals.get("msg")))
        tb = tb.tb_next
    print(e, seen)
print(boom.__name__, fib(12))


# The same function called plainly, with keywords, with defaults and with
# too many or too few arguments.
def add(a, b):
    return a + b


def addd(a, b=10):
    return a + b


print(add(1, 2), add(b=1, a=2), add(*[3, 4]), add(**{"a": 5, "b": 6}), addd(1), addd(1, 2))
for args in [(1,), (1, 2, 3)]:
    try:
        add(*args)
    except TypeError as e:
        print("TypeError:", e)


# Recursion past the limit, then normal calls again.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(fib(10))


# Methods: bound, through the class, on instances that shadow the method.
class C:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def twice(self, k=2):
        return self.get() * k


c = C(4)
print(c.get(), C.get(c), c.twice(), c.twice(3), c.twice(k=5))
c.get = lambda: 100
print(c.get(), c.twice(), C(7).twice())
del c.get
print(c.get(), c.twice())

