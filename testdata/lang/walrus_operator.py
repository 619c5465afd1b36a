# Assignment expressions (:=) in conditions, comprehensions and calls.
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print("long list", n)
it = iter(data)
while (x := next(it, None)) is not None:
    if x > 15:
        break
print("stopped at", x)
print([y for v in data if (y := v * 2) > 30])
print("y leaks from comprehension:", y)
print(total := sum(data), total)
def f():
    vals = [z := 1, z + 1, z + 2]
    return vals, z
print(f())
print([last := c for c in "abc"], last)
