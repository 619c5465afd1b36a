# Callables: functions, bound methods, classes, instances with __call__, partials, lambdas, builtins.
import functools
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
    def method(self, x):
        return x - self.k
m = Multiplier(3)
callables = [len, str.upper, m, m.method, Multiplier, functools.partial(pow, 2), lambda s: s[::-1], print]
names = []
for c in callables:
    names.append(getattr(c, "__name__", type(c).__name__))
print(names)
print(m(5), m.method(5), functools.partial(pow, 2)(10), Multiplier(2)(21))
print(list(map(m, [1, 2])), sorted(["bb", "a", "ccc"], key=len), list(map(str.upper, "ab")))
bound = "a-b-c".split
print(bound("-"), bound.__self__, bound.__name__)
um = Multiplier.method
print(um(m, 10), callable(um), callable(m), callable(Multiplier(1).k))
def apply_all(fs, x):
    return [f(x) for f in fs]
print(apply_all([abs, str, float, Multiplier(10), lambda v: v ** 2], -4))
