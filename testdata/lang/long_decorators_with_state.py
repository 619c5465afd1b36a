# Decorators with state: call counters, memoization, retries, rate limiting by count, timing log.
import functools


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        result = cache[args] = fn(*args)
        return result
    wrapper.hits = 0
    wrapper.cache = cache
    return wrapper


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  {fn.__name__} attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        return wrapper
    return deco


class limit:
    """A class-based decorator: allow at most n calls."""

    def __init__(self, n):
        self.n = n

    def __call__(self, fn):
        remaining = [self.n]

        @functools.wraps(fn)
        def wrapper(*args):
            if remaining[0] == 0:
                raise PermissionError(f"{fn.__name__}: call limit {self.n} reached")
            remaining[0] -= 1
            return fn(*args)
        return wrapper


class Trace:
    depth = 0

    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn

    def __call__(self, *args):
        print("  " * Trace.depth + f"-> {self.fn.__name__}{args}")
        Trace.depth += 1
        try:
            result = self.fn(*args)
        finally:
            Trace.depth -= 1
        print("  " * Trace.depth + f"<- {result}")
        return result


@counted
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.calls, fib.__wrapped__.hits, len(fib.__wrapped__.cache), fib.__name__)

flaky_state = {"n": 0}


@retry(3, exceptions=(ConnectionError,))
def flaky():
    flaky_state["n"] += 1
    if flaky_state["n"] < 3:
        raise ConnectionError(f"try {flaky_state['n']}")
    return "connected"


print(flaky())


@retry(2, exceptions=(ValueError,))
def always_bad():
    raise ValueError("nope")


try:
    always_bad()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


@limit(2)
def ping(x):
    return f"pong {x}"


print(ping(1), ping(2))
try:
    ping(3)
except PermissionError as e:
    print("PermissionError:", e)


@Trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(48, 18), gcd.__name__)
