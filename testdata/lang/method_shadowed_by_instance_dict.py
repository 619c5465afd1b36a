# LOAD_METHOD on an instance finds the class's function unless the
# instance dict holds the name: under a str key, a str-subclass key, among
# many attributes, after a deletion, or next to non-str keys.


class S(str):
    pass


class C:
    def m(self):
        return "method"


c = C()
print(c.m())
c.__dict__[S("m")] = lambda: "subclass key"
print(c.m())
del c.__dict__["m"]
print(c.m())
c.__dict__[1] = "int key"
print(c.m())
c.m = lambda: "str key"
print(c.m())
for i in range(20):
    setattr(c, "a%d" % i, i)
print(c.m(), len(vars(c)))
del c.m
print(c.m(), len(vars(c)))
d = C()
for i in range(20):
    setattr(d, "a%d" % i, i)
print(d.m())
d.m = lambda: "large dict"
print(d.m())
e = C()
e.x = 1
del e.x
print(e.m(), vars(e))
results = []
for obj in [C(), c, d, e, C()]:
    results.append(obj.m())
print(results)
