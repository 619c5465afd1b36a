# types: SimpleNamespace and coroutine.
import types
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
del ns.a
print(ns)
@types.coroutine
def gen_coro():
    yield
print(type(gen_coro()).__name__)
