# Dict and set comprehensions.
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
d = {"a": 1, "b": 2}
print({v: k for k, v in d.items()})
print({x % 3 for x in range(10)})
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: [c for c in k] for k in ("ab", "cd")})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
