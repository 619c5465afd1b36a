# Class and instance __dict__, __class__, __name__, vars, dir, getattr family.
class K:
    cls_attr = 1
    def method(self):
        pass
k = K()
k.inst = 2
print(vars(k), k.__dict__ is vars(k), k.__class__ is K)
print("cls_attr" in K.__dict__, "method" in K.__dict__, "inst" in K.__dict__)
print([n for n in dir(k) if not n.startswith("__")])
setattr(k, "dyn", 3)
print(getattr(k, "dyn"), hasattr(k, "nope"), getattr(k, "nope", None))
delattr(k, "dyn")
print(hasattr(k, "dyn"))
print(type(k).__name__, type(K).__name__, type(type).__name__, type(None).__name__)
print(K.method.__name__, type(K.method).__name__, type(k.method).__name__)
print(isinstance(K, type), issubclass(K, object), type(int) is type)
Dyn = type("Dyn", (K,), {"extra": 9, "hello": lambda self: "hi"})
d = Dyn()
print(Dyn.__name__, d.extra, d.hello(), d.cls_attr, Dyn.__bases__)
try:
    delattr(k, "missing")
except AttributeError as e:
    print("AttributeError:", e)
