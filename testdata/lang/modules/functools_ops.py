import functools
from functools import partial, reduce, wraps, lru_cache, total_ordering
def f(a, b, c=3): return a + b + c
p = partial(f, 1, c=10)
print(p(2), p.func is f, p.args, p.keywords, reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a,b:a+b, [], 5))
def deco(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def hello():
    "doc"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
@lru_cache(maxsize=2)
def sq(n):
    print("compute", n); return n * n
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(1) >= V(1))
class C:
    @functools.cached_property
    def x(self):
        print("computing"); return 5
c = C(); print(c.x, c.x)
@functools.singledispatch
def show(x): return "obj"
@show.register(int)
def _(x): return "int"
print(show(1), show("a"), show(True))
try: reduce(lambda a,b:a, [])
except TypeError as e: print(e)
