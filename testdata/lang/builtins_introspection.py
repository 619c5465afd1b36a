# isinstance, issubclass, type, callable, hasattr/getattr/setattr/delattr, vars, dir, id, hash.
class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
print(isinstance(a, A), isinstance(True, int), isinstance(1, bool), isinstance([], (dict, list)))
print(issubclass(bool, int), issubclass(A, object), issubclass(int, (str, float)))
print(type(a) is A, type(True), callable(len), callable(a), callable(A))
print(hasattr(a, "x"), hasattr(a, "z"), getattr(a, "y"), getattr(a, "z", "default"))
setattr(a, "z", 3)
print(a.z, vars(a))
delattr(a, "z")
print(vars(a))
print("x" in dir(A), "y" in dir(a), "__init__" in dir(a), dir(a) == sorted(dir(a)))
print(id(a) == id(a), id(a) != id(A()), isinstance(id(a), int))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(True), hash(-1), hash(-2))
print(hash(2 ** 61), hash(2 ** 61 - 1), hash(0.5), hash(None) == hash(None))
print(sorted(vars(A).keys() - {"__dict__", "__weakref__", "__module__", "__doc__"}))
