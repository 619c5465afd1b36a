# The TypeErrors CPython raises for bad calls, with its exact wording.
def f(a, b):
    return a + b
def g(a, *, k):
    return a
def h(a, b=1, /):
    return a
class C:
    def m(self, x):
        return x
five = 5
text = "abc"
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3),
    lambda: f(1, 2, a=1),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: h(a=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: (lambda: 0)(1),
    lambda: f(*1),
    lambda: f(**[1]),
    lambda: five(),
    lambda: text(),
    lambda: int("xyz"),
    lambda: float("abc"),
    lambda: [].pop(),
    lambda: {}.pop("k"),
    lambda: sum(["a", "b"]),
    lambda: abs("x"),
]
for call in calls:
    try:
        call()
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
