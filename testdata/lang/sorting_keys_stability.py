# Sorting: key functions, reverse, stability across multiple passes, sorting mixed tuples.
records = [("bob", "b", 3), ("amy", "a", 3), ("cat", "a", 1), ("dan", "b", 2), ("eve", "a", 3)]
by_score = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_score])
by_group_then_score = sorted(sorted(records, key=lambda r: r[2], reverse=True), key=lambda r: r[1])
print([r[0] for r in by_group_then_score])
print([r[0] for r in sorted(records, key=lambda r: (r[1], -r[2], r[0]))])
print(sorted("Hello World", key=str.lower), sorted("bca", reverse=True))
print(sorted([3, -1, -4, 2], key=abs), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words), key=lambda w: (-len(w), w)))
nums = [5, 2, 9, 1]
nums.sort(key=lambda n: -n)
print(nums, sorted([True, False, 0, 1]), sorted([2.5, 1, 3.0]))
