# Fraction's errors, as CPython 3.11 words them.
from fractions import Fraction as F
from decimal import Decimal

for expr in ["F(1, 0)", "F('1/0')", "F(1, 2) / 0", "F(3, 2) / F(0)", "F(0) ** -1", "F(-3, 2) // 0", "F(1, 2) % 0",
             "divmod(F(1, 2), 0)", "F('x')", "F('3/-4')", "F('1/2/3')", "F('1 /2')", "F('')", "F('1e')", "F('_1')",
             "F(1.5, 2)", "F([])", "F(None)", "F(float('inf'))", "F(float('nan'))", "F(1, 3).limit_denominator(0)",
             "F.from_float('1')", "F.from_decimal(1.5)", "format(F(7, 3), '.2f')", "F(1, 2) + 'a'", "F(1, 2) + Decimal(1)",
             "F(1, 2) < 1j", "F(1, 2) < 'x'", "int(F(1, 2)) + F.numerator", "F(1, 2).numerator.bit_length()"]:
    try:
        print(expr, "=", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
