# types: SimpleNamespace and the type objects of functions, generators, modules.
import types
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
del ns.a
print(ns)
def f():
    yield 1
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), types.ModuleType.__name__)
class C:
    def m(self):
        pass
print(isinstance(C().m, types.MethodType), type(lambda: 0) is types.FunctionType)
async def co():
    pass
c = co()
print(isinstance(c, types.CoroutineType))
c.close()
@types.coroutine
def gen_coro():
    yield
print(type(gen_coro()).__name__)
