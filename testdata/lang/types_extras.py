# types: the type objects of functions, generators, methods, modules and coroutines.
import types
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
