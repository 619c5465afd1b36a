# Sequence builtins: len, sorted, reversed, enumerate, zip, map, filter, any, all, iter, next.
data = [5, 3, 8, 1]
print(len(data), sorted(data), sorted(data, reverse=True), data)
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower))
print(list(reversed(data)), list(reversed("abc")), list(reversed((1, 2))))
print(list(enumerate("ab")), list(enumerate("ab", start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(str.isupper, "aBcD")))
print(any([]), all([]), any([0, None, 3]), all([1, "a", [0]]))
it = iter(range(3))
print(next(it), list(it), next(it, "exhausted"))
print(sorted({"b": 1, "a": 2}), sorted([(2, "x"), (1, "y"), (2, "a")]))
people = [("ann", 30), ("bob", 25), ("cy", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(type(map(str, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
