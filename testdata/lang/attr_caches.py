# Attribute and method caches must notice every change that alters lookup.
class Str2(str):
    pass


class P:
    def m(self):
        return "method"

    def get(self):
        return self.x


def call_m(o):
    return o.m()


def set_x(o, v):
    o.x = v


p = P()
set_x(p, 1)
print(call_m(p), p.get())
p.m = lambda: "shadowed by instance"
print(call_m(p))
del p.m
print(call_m(p))
P.m = lambda self: "replaced on class"
print(call_m(p))


class Q(P):
    pass


q = Q()
set_x(q, 2)
print(call_m(q), q.get())
P.m = lambda self: "base changed"
print(call_m(q))
Q.m = lambda self: "subclass override"
print(call_m(q), call_m(p))

# A data descriptor added later takes over instance stores and loads.
set_x(p, 3)
P.x = property(lambda self: "prop", lambda self, v: print("setter", v))
set_x(p, 4)
print(p.get(), p.__dict__)

# __setattr__ added after stores were cached.
def loud(self, name, v):
    print("setattr", name, v)
    object.__setattr__(self, name, v)

Q.__setattr__ = loud
set_x(q, 5)
print(q.__dict__)

# A str-subclass key in the instance dict is found by plain names.
r = Q()
r.__dict__[Str2("y")] = "sub"
print(r.y)
r.__dict__["m"] = lambda: "dict entry"
print(call_m(r))
