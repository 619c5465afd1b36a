# STORE_ATTR on instances: new attributes appended to a small instance
# dict, attributes set in different orders by different instances, a name
# already present under a str-subclass key, re-assignment sites, deletion
# and re-creation, and instances that grow past eight attributes.


class S(str):
    pass


class P:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 20
            self.a = 10
        self.c = self.a + self.b

    def bump(self):
        self.a = self.a + 1
        self.b += 1
        return self.a, self.b


ps = [P(i % 2 == 0) for i in range(6)]
for p in ps:
    p.bump()
print([vars(p) for p in ps])
q = P(True)
q.__dict__[S("d")] = "sub"
q.d = "plain"
print(vars(q), [type(k).__name__ for k in vars(q)])
del q.a
q.a = 5
print(list(vars(q)), q.bump())
for i in range(12):
    setattr(q, "x%d" % i, i)
q.a = 100
q.x3 = "three"
print(q.bump(), q.x3, len(vars(q)))
del q.x3
q.x3 = 3
print(list(vars(q))[-3:], q.x3)


class Hook:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("hooked", value))

    def __init__(self):
        self.v = 1


print(vars(Hook()))


class Slotted:
    __slots__ = ("u",)

    def __init__(self):
        self.u = 1


s = Slotted()
s.u += 1
print(s.u)
try:
    s.w = 1
except AttributeError as e:
    print("AttributeError:", e)
