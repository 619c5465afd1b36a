# Generator functions: lazy evaluation, state, return value in StopIteration.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
    return "done"
g = countdown(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(countdown(2)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def empty():
    return
    yield
print(list(empty()), next(empty(), "default"))
g2 = countdown(1)
print(iter(g2) is g2)
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in gen_with_finally():
    print(x)
