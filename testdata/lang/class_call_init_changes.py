# Calling a class runs object.__new__ and the class's __init__; the
# __init__ found is remembered per class until the class or a base changes.


class Base:
    def __init__(self, v):
        self.v = ("base", v)


class C(Base):
    def __init__(self, v):
        self.v = ("C", v)


print([C(i).v for i in range(2)])


def other_init(self, v):
    self.v = ("other", v)


C.__init__ = other_init
print(C(2).v)
del C.__init__
print(C(3).v)
Base.__init__ = lambda self, v: setattr(self, "v", ("lambda", v))
print(C(4).v, Base(5).v)


def new(cls, *args):
    obj = object.__new__(cls)
    obj.made_by = "__new__"
    return obj


C.__new__ = new
c = C(6)
print(c.v, c.made_by)
C.__new__ = staticmethod(lambda cls, *args: object.__new__(cls))
print(C(7).v, hasattr(C(7), "made_by"))


class D:
    pass


print(type(D()).__name__)
try:
    D(1)
except TypeError as e:
    print("TypeError:", e)
D.__init__ = lambda self, x: None
print(type(D(1)).__name__)


class E:
    def __init__(self):
        return 1


try:
    E()
except TypeError as e:
    print("TypeError:", e)


class F:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)


print(F(1).t, F(1, 5).t, F(1, c=9).t, F(a=0).t)
try:
    F()
except TypeError as e:
    print("TypeError:", e)
