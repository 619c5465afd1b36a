# itertools: count, cycle, repeat, chain, islice, product, permutations.
import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 2.5), 3)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(zip(range(3), it.repeat(0))))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice("abcdef", 3)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)))
