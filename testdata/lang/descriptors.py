# Descriptor protocol: __get__, __set__, __delete__, __set_name__, data vs non-data.
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Host:
    attr = NonData()
h = Host()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        pass
class Host2:
    attr = DataDesc()
h2 = Host2()
h2.__dict__["attr"] = "instance"
print(h2.attr)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, t):
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Heavy:
    @Lazy
    def value(self):
        print("computing")
        return 42
hv = Heavy()
print(hv.value, hv.value)
