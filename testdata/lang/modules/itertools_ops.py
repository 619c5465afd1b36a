import itertools as it
print(list(it.islice(it.count(5, 2), 3)), repr(it.count(3)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(1, 3)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])), list(it.product("ab", repeat=2)))
print(list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 3)), list(it.accumulate([1, 2, 3], initial=10)))
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice("abc", None)), list(it.pairwise([1, 2, 3])))
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))], list(it.zip_longest([1], [2, 3])))
x, y, z = it.tee(range(3), 3); print(list(x), list(y), list(z))
