# dict methods and views.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
print("a" in d, 1 in d, "a" in d.keys(), 1 in d.values(), ("a", 1) in d.items())
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
c = d.copy(); c["new"] = 1; print(len(d), len(c))
keys = d.keys()
d["late"] = 0
print(keys)
print(d.keys() & {"a", "x", "q"} == {"a", "x"}, sorted(d.keys() - {"a"}))
print({**{"a": 1}, **{"a": 2, "b": 3}}, {"a": 1} | {"b": 2})
m = {"k": 1}; m |= {"k": 2, "j": 3}; print(m)
print(list(reversed({"p": 1, "q": 2})))
d.clear(); print(d)
try:
    for k in (it := {"a": 1, "b": 2}):
        it["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
print({1: "int", 1.0: "float", True: "bool"})
