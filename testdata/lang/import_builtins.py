import sys
print("builtins" in sys.modules, sys.modules["builtins"].__name__)
import builtins
print(builtins.__dict__["len"]("ab"), builtins.__name__, repr(builtins)[:26])
import builtins as b
print(b is builtins, type(b).__name__)
b.foo = 1
print(foo)
from builtins import max as m
print(m(3, 4))
print(__builtins__ is builtins)
