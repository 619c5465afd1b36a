# repr of nested containers, quotes choice, recursive structures, floats inside.
print([1, "two", 3.0, None, True, ("t",), {"k": [1, 2]}, {3}])
print(repr("it's"), repr('say "x"'), repr("both ' and \""), ["it's"])
print({"a": {"b": {"c": []}}}, [[], [[]], [[[]]]])
print((1,), ((1,),), ([],), (None, ...))
d = {}
d["self"] = d
print(d)
l = [1, 2]
l.append([l])
print(l)
print([0.1, 1e-7, 1e16, -0.0, float("inf")])
print(str([1, "a"]), str(("a",)), str({"x": "y"}))
class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "str-R"
print([R()], R(), str(R()), f"{R()}", f"{R()!r}", (R(),), {R(): R()})
