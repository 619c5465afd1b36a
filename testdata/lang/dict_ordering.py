# dicts keep insertion order; re-setting keeps position, delete+set moves to the end.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 1
print(list(d), d)
print({3: "c", 1: "a", 2: "b"})
counts = {}
for word in "the quick the lazy the end quick".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items())))
print({"x": 1, "y": 2} == {"y": 2, "x": 1})
