"""Module docstring."""
def f():
    """Function docstring."""
    return 1
class C:
    """Class docstring."""
    def m(self):
        "Method docstring."
def g():
    x = 1
    "not a docstring"
print(__doc__)
print(f.__doc__, C.__doc__, C.m.__doc__, g.__doc__)
print(f.__name__, C.__name__, C.m.__name__, C.m.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
