# Generator expressions are lazy and single-use.
g = (x * 2 for x in range(4))
print(next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
gen = (v + 100 for v in noisy(3))
print("created")
for v in gen:
    print("got", v)
print(list((a, b) for a in range(2) for b in "xy"))
print(", ".join(str(i) for i in range(5)))
print(type(x for x in []).__name__)
