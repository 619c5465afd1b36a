# set and frozenset operations (printing sets of ints; strings through sorted()).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}), {1} < a)
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], {7})
s.discard(100); s.discard(5)
s.remove(6)
print(s, 7 in s, 6 in s)
print(s.pop() in {1, 3, 7}, len(s))
c = {10, 20}; c |= {30}; c &= {10, 30}; c -= {10}; print(c)
f = frozenset([3, 1])
print(f, f | {2}, type(f | {2}).__name__, hash(f) == hash(frozenset({1, 3})))
print({f: "frozen key"}[frozenset({1, 3})])
words = {"pear", "apple", "fig"}
print(sorted(words), sorted(words | {"kiwi"}), sorted(w.upper() for w in words))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
print(set("aab") == {"a", "b"}, {1, 2} == frozenset({1, 2}), set() == frozenset())
print({x % 4 for x in range(100)}, set(range(10, 0, -1)))
