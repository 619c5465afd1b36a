import itertools as it
print(list(it.product()), list(it.product([])), list(it.product("ab", [])), list(it.permutations([])), list(it.permutations([1,2], 0)), list(it.permutations([1], 2)))
print(list(it.combinations([], 0)), list(it.combinations([1], 2)), list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 1)), list(it.combinations_with_replacement([1,2], 0)))
print(list(it.islice(it.count(), 0)), list(it.islice("abcdef", 1, None, 2)), list(it.islice("abc", 5, 10)), list(it.chain()), repr(it.repeat("x", 2)), repr(it.count(1.5, 0.5)))
g = iter(range(10)); print(list(it.islice(g, 3)), next(g))
g = iter(range(10)); print(list(it.islice(g, 2, 4)), next(g))
for bad in [lambda: it.islice([], -1), lambda: it.permutations([1], -1), lambda: it.product([1], repeat=-1), lambda: it.islice([], 0, 1, 0), lambda: it.combinations([1])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(list(it.chain.from_iterable([[1], (2, 3)])), type(it.chain()).__name__, list(it.zip_longest("ab", "c")))
