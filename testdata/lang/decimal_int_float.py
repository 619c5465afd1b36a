# Conversions to int and float, rounding to integers, math.floor/ceil/trunc.
import math
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_CEILING

for v in ["0", "1.9", "-1.9", "2.5", "3.5", "-2.5", "1E+20", "123.456", "-0.001", "99999999999999999999.5"]:
    d = D(v)
    print(v, int(d), float(d), round(d), math.floor(d), math.ceil(d), math.trunc(d), d.to_integral_value(), d.to_integral_exact(),
          d.to_integral_value(rounding=ROUND_HALF_UP), d.to_integral(ROUND_CEILING), complex(d))
print(round(D("2.675"), 2), round(D("2.665"), 2), round(D("-1.5")), round(D("0.5")), round(D("123.456"), -1), round(D("5"), 3))
print(float(D("0.1")), float(D("1E+400")), float(D("-1E-400")), float(D("3.14159265358979323846264338327950288")))
print(int(D("1E+30")), int(D("-7E-1")), D(7).__index__ if hasattr(D, "__index__") else "no __index__", [1, 2, 3][int(D("1.9"))])
try:
    [1, 2, 3][D(1)]
except TypeError as e:
    print(e)
try:
    range(D(3))
except TypeError as e:
    print(e)
print(D("1.5") + 2, 2 * D("1.5"), D(3) ** 2, sum(D(i) / 10 for i in range(5)))
try:
    D("1.5") + 1.5
except TypeError as e:
    print(e)
try:
    1.5 * D(2)
except TypeError as e:
    print(e)
try:
    round(D("1.5"), 1.5)
except TypeError as e:
    print(e)
