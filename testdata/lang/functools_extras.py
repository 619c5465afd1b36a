# functools.cache and cmp_to_key.
import functools
@functools.cache
def slow(n):
    print("slow", n)
    return n
slow(1); slow(1)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda x, y: len(x) - len(y))))
