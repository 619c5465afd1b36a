# Multiple inheritance: C3 linearization and cooperative super().
class Base:
    def hello(self):
        return ["Base"]
class A(Base):
    def hello(self):
        return ["A"] + super().hello()
class B(Base):
    def hello(self):
        return ["B"] + super().hello()
class C(A, B):
    def hello(self):
        return ["C"] + super().hello()
print(C().hello())
print([k.__name__ for k in C.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y): pass
class V(Z, W): pass
print([k.__name__ for k in V.mro()])
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError:", e)
class Init:
    def __init__(self, **kw):
        print("Init", sorted(kw))
class M1(Init):
    def __init__(self, m1=0, **kw):
        print("M1", m1)
        super().__init__(**kw)
class M2(Init):
    def __init__(self, m2=0, **kw):
        print("M2", m2)
        super().__init__(**kw)
class Both(M1, M2):
    pass
Both(m1=1, m2=2, extra=3)
print(super(A, C()).hello())
