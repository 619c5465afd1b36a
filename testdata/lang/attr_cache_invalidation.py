# LOAD_ATTR's per-name cache of plain classes must notice class changes.
class P:
    def __init__(self):
        self.x = 1


def get(o):
    return o.x


p = P()
print(get(p), get(p))
P.x = property(lambda self: "prop")  # a data descriptor now wins over the dict
print(get(p))
del P.x
print(get(p))


class Q(P):
    pass


q = Q()
print(get(q))
P.x = property(lambda self: "base prop")  # a change to a base reaches subclasses
print(get(q))
del P.x


class R:
    def __getattr__(self, name):
        return "fallback " + name


r = R()
r.x = 5
print(get(r))
del r.x
print(get(r))


class S:
    pass


s = S()
s.x = "s dict"
print(get(s))
S.__getattribute__ = lambda self, name: "getattribute " + name
print(get(s))
t = S()
t.x = 3
print(get(t))
try:
    get(P.__new__(P))
except AttributeError as e:
    print("AttributeError:", e)
