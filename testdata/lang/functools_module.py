# functools: partial, reduce, wraps, lru_cache.
import functools
import operator
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube_of_two = functools.partial(power, 2)
print(square(7), cube_of_two(3), square.func is power, square.args, square.keywords)
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10))
print(functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(n):
    print("computing", n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(sq.cache_info())
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def documented():
    "docs here"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
