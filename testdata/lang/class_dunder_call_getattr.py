# __call__, __getattr__, __getattribute__, __setattr__, __delattr__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), callable(3))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)
class T:
    pass
t = T()
t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b, p.b)
del p.a
print(hasattr(t, "a"), p.log)
class Everything:
    def __getattribute__(self, name):
        if name.startswith("x"):
            return name.upper()
        return object.__getattribute__(self, name)
    def real(self):
        return "real"
e = Everything()
print(e.xyz, e.real())
class Fallback:
    a = 1
    def __getattr__(self, name):
        if name == "dyn":
            return "dynamic"
        raise AttributeError(f"no {name}")
f = Fallback()
print(f.a, f.dyn, getattr(f, "other", "default"))
try:
    f.other
except AttributeError as e:
    print("AttributeError:", e)
