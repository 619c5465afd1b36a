# Lambdas: defaults, closures, immediate calls, sorting keys.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(5), add(1), add(1, 2), (lambda: "now")())
print((lambda *a, **k: (a, k))(1, 2, x=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
make_adder = lambda n: lambda x: x + n
print(make_adder(3)(4))
print(list(map(lambda x: x % 3, range(7))), list(filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])))
print(square.__name__, (lambda: 0).__name__)
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
