# Subclasses of Decimal and Context; Decimal in the numeric tower.
import numbers
from decimal import Decimal, Context, getcontext

class Money(Decimal):
    def __repr__(self):
        return f"Money('{self}')"

m = Money("1.50")
print(repr(m), type(m).__name__, isinstance(m, Decimal), type(m + 1).__name__, m + 1, m * 2, Money(m), repr(Money(Decimal("2"))))
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real), issubclass(Decimal, numbers.Rational))
print(Decimal.__name__, Decimal.__qualname__, Decimal.__module__, Context.__name__, type(getcontext()).__name__)
print(repr(Money.from_float(0.5)), type(Money.from_float(0.5)).__name__)
try:
    Decimal.from_float("1")
except TypeError as e:
    print(e)
try:
    Decimal(1) + "x"
except TypeError as e:
    print(e)
try:
    "x" * Decimal(2)
except TypeError as e:
    print(e)
try:
    Decimal(2) < "x"
except TypeError as e:
    print(e)
try:
    hash(Context())
except TypeError as e:
    print("unhashable", e)
