# Metaclasses: __new__/__init__ of the metaclass, class keywords, __call__, registry.
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Base(metaclass=Registry):
    def m(self):
        pass
class Child(Base, tag="special"):
    x = 1
print(Registry.classes, Base.tag, Child.tag, type(Child).__name__, isinstance(Child, Registry))
class Counting(type):
    def __call__(cls, *args):
        print("creating instance of", cls.__name__, args)
        return super().__call__(*args)
class Thing(metaclass=Counting):
    def __init__(self, v):
        self.v = v
print(Thing(7).v)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()})
class Shout(metaclass=Upper):
    hello = "hi"
print(Shout.HELLO, hasattr(Shout, "hello"))
