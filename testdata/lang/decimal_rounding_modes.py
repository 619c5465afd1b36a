# The eight rounding modes, at a precision and to an exponent.
from decimal import *

modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
vals = ["2.5", "3.5", "-2.5", "2.45", "2.55", "-2.55", "1.05", "1.15", "0.5", "-0.5", "9.95", "2.501", "-0.0001", "7.0", "10.05"]
for m in modes:
    row = [str(Decimal(v).quantize(Decimal("0.1"), rounding=m)) for v in vals]
    print(m.ljust(15), " ".join(row))
for m in modes:
    with localcontext(prec=3, rounding=m):
        print(m.ljust(15), [str(+Decimal(v)) for v in ["1.234", "1.235", "1.245", "-1.235", "9.995", "-9.995", "1.2351", "100.5"]],
              Decimal(2) / 3, Decimal(-2) / 3, Decimal(1) / 7)
for m in modes:
    print(m.ljust(15), [str(Decimal(v).to_integral_value(rounding=m)) for v in ["0.5", "1.5", "-1.5", "2.4", "-2.6", "5.5", "0.0001"]])
print(ROUND_HALF_EVEN, repr(ROUND_05UP), getcontext().rounding)
