# Function decorators, stacked, with arguments, and functools.wraps.
import functools
def shout(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def trace(fn):
    def wrapper(*args):
        print("call", fn.__name__, args)
        return fn(*args)
    return wrapper
@shout
def hello(name):
    """Say hello."""
    return "hello " + name
print(hello("ann"), hello.__name__, hello.__doc__, hello.__wrapped__("x"))
@repeat(3)
def one():
    return 1
print(one())
@trace
@shout
def stacked(x):
    return "v" + x
print(stacked("a"))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry)
