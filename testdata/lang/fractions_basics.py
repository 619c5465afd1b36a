# Fraction: construction, normalisation, reprs, arithmetic and comparisons.
from fractions import Fraction as F
from decimal import Decimal
import math

for args in [(3, 4), (6, -8), (0, 5), (-10,), ("3/4",), ("1.5",), (" -2 ",), ("1_000/3",), ("1.5e-3",), ("-.25",), ("7e2",),
             (1.1,), (-0.5,), (Decimal("1.25"),), (F(2, 3),), (F(1, 2), F(3, 4)), (True,), (2 ** 70, 6)]:
    f = F(*args)
    print(args, repr(f), str(f), f.numerator, f.denominator, f.as_integer_ratio())
a, b = F(1, 3), F(-5, 6)
for expr in ["a + b", "a - b", "a * b", "a / b", "a // b", "a % b", "divmod(a, b)", "a ** 2", "b ** -3", "a ** 0", "(-a) ** -1",
             "a + 1", "1 - a", "a * 2.5", "2.5 * a", "a + 1j", "1j * a", "a ** 0.5", "4 ** F(1, 2)", "F(9, 4) ** F(1, 2)",
             "2 ** F(3)", "a / 3", "3 / a", "-a", "+a", "abs(b)", "a == F(2, 6)", "a == 1 / 3", "F(1, 2) == 0.5", "F(1, 2) == 0.5 + 0j",
             "a < b", "a > b", "a <= 0.34", "a >= 1", "F(1, 2) < Decimal('0.6')", "sorted([F(1, 2), 0.25, 1, F(-1, 3)])",
             "max(F(1, 3), 0.3)", "sum([F(1, 10)] * 10)", "int(F(-7, 2))", "float(F(1, 3))", "complex(F(1, 2))", "math.floor(F(-7, 2))",
             "math.ceil(F(-7, 2))", "math.trunc(F(-7, 2))", "round(F(5, 2))", "round(F(7, 2))", "round(F(-5, 2))", "round(F(1234, 100), 1)",
             "round(F(1234, 1), -2)", "bool(F(0))", "bool(a)", "F(10, 4).limit_denominator(1)", "F(3.141592653589793).limit_denominator(1000)",
             "F(math.pi).limit_denominator(100)", "F(1, 3).limit_denominator()", "F.from_float(0.1)", "F.from_decimal(Decimal('-1.75'))",
             "F.from_float(3)", "F.from_decimal(7)", "hash(F(1, 2)) == hash(0.5)", "hash(F(3)) == hash(3)", "hash(F(-1))", "hash(F(1, 3))",
             "{F(1, 2): 'half', 0.5: 'float'}", "F(1, 2) in {0.5}", "format(F(1, 3))", "f'{F(-3, 4)}'", "str(F(6, 3))"]:
    try:
        print(expr, "=", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
