# range objects: indexing, slicing, len, membership, reversed, repr.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 8 in r, 9 in r)
print(range(5), range(0, 5, 2), range(10, 0, -2), list(range(10, 0, -2)))
print(list(reversed(range(4))), r.index(11), r.count(5), range(3) == range(0, 3))
print(len(range(0)), list(range(5, 2)), bool(range(0)), bool(range(1)))
print(range(10)[::2], range(10)[::-1], sum(range(101)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
print(max(range(7)), min(range(3, 9)), list(range(-3)))
