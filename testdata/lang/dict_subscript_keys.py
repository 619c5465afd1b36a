# d[k] and d[k] = v on exact dicts take a short path: str keys whose hash
# is known, new strs, str subclasses with their own __hash__ and __eq__,
# ints, floats equal to ints, tuples, unhashable keys, missing keys, and
# dict subclasses with __missing__ still go the long way.


class H(str):
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return str.__eq__(self, other)


class P(str):
    pass


d = {}
for i in range(20):
    d["k%d" % i] = i
print(d["k3"], d["k" + "19"], d[P("k5")])
d[H("k3")] = "via H"
print(d["k3"], len(d))
h = {H("a"): 1}
print(h.get("a"), "a" in h, h[H("a")])
try:
    h["a"]
except KeyError as e:
    print("KeyError", e)
n = {1: "one", 2.0: "two", (1, 2): "tuple", True: "bool?"}
print(n[1], n[2], n[1.0], n[(1, 2)], n)
for bad in [[1], {}, {1}]:
    try:
        n[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        n[bad]
    except TypeError as e:
        print("TypeError:", e)
for missing in ["nope", 3, (1, 3), None, ""]:
    try:
        d[missing]
    except KeyError as e:
        print("KeyError", repr(e), e.args)


class M(dict):
    def __missing__(self, key):
        return "missing " + repr(key)


m = M(a=1)
print(m["a"], m["b"], m[1])


class Q(dict):
    pass


q = Q(a=1)
try:
    q["b"]
except KeyError as e:
    print("KeyError", e)
q["b"] = 2
print(q, dict(q))
small = {"x": 1}
small["x"] += 1
small["y"] = small.get("y", 0) + 1
print(small, small["x"], small["y"])
