# list methods and behaviours.
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.insert(0, 0); a.insert(100, 99); a.insert(-1, 98); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3); print(a)
print(a.index(2), a.count(2), [1, 1, 2].count(1))
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
words = ["banana", "Apple", "cherry"]
words.sort(key=str.lower); print(words)
b = a.copy(); b.append("x"); print(a, b)
b.clear(); print(b)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 in [1, 2])
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
print(list.__name__, [1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3])
stable = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(stable, key=lambda t: t[0]))
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
print(x, len(x))
print([1, [2, [3]]], [None, True, 1.0, "s"])
self_ref = [1]
self_ref.append(self_ref)
print(self_ref)
