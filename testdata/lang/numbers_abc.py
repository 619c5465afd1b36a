# The numbers ABCs: the tower, the built-ins registered, abstract methods.
import numbers
from fractions import Fraction
from decimal import Decimal

for c in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(c.__name__, sorted(c.__abstractmethods__))
    print([isinstance(x, c) for x in (1, True, 1.5, 1j, Fraction(1, 2), Decimal(1), "s", None)])
print(numbers.Integral.__mro__)
print(issubclass(bool, numbers.Number), numbers.Number.__hash__, issubclass(Fraction, numbers.Rational))

class MyInt(numbers.Integral):
    pass

try:
    MyInt()
except TypeError as e:
    print(e)

class Meters(numbers.Real):
    def __init__(self, v):
        self.v = float(v)
    def __float__(self):
        return self.v
    def __repr__(self):
        return f"Meters({self.v})"
for name in sorted(numbers.Real.__abstractmethods__ - {"__float__"}):
    setattr(Meters, name, lambda self, *a: NotImplemented)
Meters.__abstractmethods__ = frozenset()
m = Meters(2.5)
print(isinstance(m, numbers.Complex), complex(m), m.real, m.imag, m.conjugate() is not None, divmod.__name__)
print(float(Fraction(3, 4)), numbers.Rational.__float__(Fraction(1, 8)), numbers.Integral.__index__(7))
