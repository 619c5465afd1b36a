# itertools beyond the core set: combinations, accumulate, groupby, takewhile, zip_longest, tee, pairwise...
import itertools as it
print(list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
print([(k, list(g)) for k, g in it.groupby("aaabbc")], [k for k, _ in it.groupby([1, 1, 2, 1])])
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.compress("abcd", [1, 0, 1, 0])), list(it.filterfalse(lambda x: x % 2, range(6))))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.pairwise("abcd")))
