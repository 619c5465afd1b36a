# __format__, __index__, __bool__/__len__ return-type checks, __str__ falling back to __repr__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", format(m, ".3f"), "{:short}".format(m), str(m), [m])
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], hex(Idx(255)), bin(i), list(range(Idx(3))), [0] * Idx(2))
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return "3"
class BadStr:
    def __str__(self):
        return 42
for obj, fn in ((BadBool(), bool), (BadLen(), len), (BadStr(), str)):
    try:
        fn(obj)
    except TypeError as e:
        print("TypeError:", e)
class OnlyRepr:
    def __repr__(self):
        return "<only repr>"
print(str(OnlyRepr()), f"{OnlyRepr()}", "%s" % OnlyRepr())
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
