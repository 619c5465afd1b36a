# The fractions documentation's examples, and Fractions in everyday code.
from fractions import Fraction
from decimal import Decimal
from math import pi, cos, floor, ceil


print(Fraction(16, -10), Fraction(123), Fraction(), Fraction('3/7'), Fraction(' -3/7 '), Fraction('1.414213 \t\n'),
      Fraction('-.125'), Fraction('7e-6'), Fraction(2.25), Fraction(1.1), Fraction(Decimal('1.1')))
print(Fraction('3.1415926535897932').limit_denominator(1000), Fraction(cos(pi / 3)), Fraction(cos(pi / 3)).limit_denominator(),
      Fraction(1.1).limit_denominator())
print(floor(Fraction(355, 113)), ceil(Fraction(355, 113)), round(Fraction(355, 113)), round(Fraction(355, 113), 3))
x = Fraction(1, 3) + Fraction(1, 6)
print(x, x == Fraction(1, 2), x * 4, x ** -2, float(x), x.as_integer_ratio(), x.numerator, x.denominator)
harmonic = sum(Fraction(1, n) for n in range(1, 11))
print(harmonic, float(harmonic), repr(harmonic))
print([Fraction(n, 4) for n in range(-3, 4)], sorted({Fraction(1, 2), Fraction(2, 4), 0.5, 1}))
print(Fraction(5, 2) // 1, Fraction(-5, 2) // 1, Fraction(5, 2) % 1, Fraction(-5, 2) % Fraction(2, 3), divmod(Fraction(7, 2), 2))
print(Fraction(3, 4) > 0.7, Fraction(3, 4) < Decimal('0.8') if False else "", 0.75 == Fraction(3, 4), Fraction(3, 4) + Decimal(1) if False else "")
