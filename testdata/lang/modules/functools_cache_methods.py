# functools' cache wrapper: cache_info/cache_clear and their argument
# errors, and sys.stdin's methods without input.
import functools, sys

@functools.lru_cache(maxsize=2)
def f(x):
    return x * 2

print(f(1), f(1), f(2), f.cache_info())
f.cache_clear()
print(f.cache_info(), f.__wrapped__(3))
for g in [lambda: f.cache_info(1), lambda: f.cache_clear(1), lambda: f.cache_info(x=1)]:
    try:
        g()
    except TypeError as e:
        print(e)
print(repr(sys.stdin.readline()), sys.stdin.readlines(), repr(sys.stdin.read()), sys.stdin.isatty(), list(sys.stdin))
