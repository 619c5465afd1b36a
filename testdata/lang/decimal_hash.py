# Hashes equal to those of equal ints, floats and Fractions; dict and set use.
from decimal import Decimal as D
from fractions import Fraction

for v in ["0", "-0", "1", "-1", "1.5", "0.1", "1E+30", "-123.456", "2.5E-10", "1.00", "Infinity", "-Infinity", "123456789012345678901234567890"]:
    print(v, hash(D(v)))
print(hash(D("1.5")) == hash(1.5), hash(D("0.25")) == hash(Fraction(1, 4)), hash(D(10 ** 20)) == hash(10 ** 20), hash(D("2.0")) == hash(2))
print({D(1): "a", 1: "b", 1.0: "c", D("1.00"): "d"}, {D("0.5"), 0.5, Fraction(1, 2)}, len({D("1.0"), D("1.00"), D(1)}))
try:
    hash(D("sNaN"))
except TypeError as e:
    print(e)
n1, n2 = D("NaN"), D("NaN")
print(hash(n1) == hash(n1), {n1: 1}[n1])
