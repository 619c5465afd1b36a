for f in [lambda: min(), lambda: max([]), lambda: max(1, 2, default=3), lambda: sum(["a"], ""), lambda: sorted(),
          lambda: map(len), lambda: reversed(3), lambda: list(zip([1], [1, 2], strict=True)),
          lambda: list(zip([1, 2], [1], [1, 2], strict=True)), lambda: enumerate(3), lambda: max([1], foo=2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(max("abc", key=ord), min([(2, "b"), (1, "z")]), sum(range(10), 100), sum([1.5, 2]), sum([2**62, 2**62]))
print(list(enumerate("ab", start=2**70)), list(map(pow, [2, 3], [3, 2])), list(filter(bool, [0, 1, []])))
print(any(x > 2 for x in [1, 3]), all(x for x in "ab"), sorted("bca", key=lambda c: -ord(c)))
class E(enumerate): pass
print(list(E(["x"])), type(E([])).__name__)
