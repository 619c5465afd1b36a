# in / not in / is / is not across containers.
print(3 in [1, 2, 3], 4 not in (1, 2), "b" in "abc", "ab" in "xaby", "" in "x")
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in {1, 2}, 2 in range(3), 2.0 in [2])
class Bag:
    def __contains__(self, item):
        print("contains?", item)
        return item == 42
print(42 in Bag(), 1 not in Bag())
class Iterable:
    def __iter__(self):
        return iter([5, 6])
print(6 in Iterable(), 7 in Iterable())
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in Seq(), 25 in Seq())
x = None
print(x is None, x is not None)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
