# tuples: packing, methods, immutability, hashing, comparisons.
t = 1, 2, 3
print(t, type(t).__name__, (1,), (), tuple(), len(t))
print(t.count(2), t.index(3), t + (4,), t * 2, t[::-1])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
nested = ([1], 2)
nested[0].append(3)
print(nested)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 99), hash((1, 2)) == hash((1, 2)))
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
a, b = t[:2]
print(a, b, max(t), sum(t), sorted((3, 1, 2)))
print({(1, 2): "point"}[(1, 2)])
