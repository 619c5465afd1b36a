import functools
class C:
    def __init__(self): self.calls = 0
    @functools.lru_cache(maxsize=2)
    def sq(self, x, *, k=1):
        self.calls += 1
        return x * x * k
c = C()
print(c.sq(3), c.sq(3), c.sq(3, k=2), c.sq(x=3), c.calls, C.sq.cache_info())
@functools.lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info(), t.cache_parameters(), t.__name__, t.__wrapped__.__name__)
@functools.lru_cache(maxsize=3)
def h(n):
    print("miss", n); return n
for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    h(n)
print(h.cache_info())
@functools.cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info().hits, fact.cache_info().misses)
try:
    functools.lru_cache(maxsize="x")
except TypeError as e:
    print(e)
