# Integer division, remainder, divmod and remainder_near: truncating, with
# the dividend's sign, and the context's limits.
from decimal import *

D = Decimal
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), ("7.5", 2), ("-7.5", "0.4"), ("1E+3", 7), ("10", "0.3"), (1, 3), ("0", 5), ("-0", 5)]:
    x, y = D(a), D(b)
    print(a, b, x // y, x % y, divmod(x, y), x.remainder_near(y), x / y)
print(D(7) // 2, 7 // D(2), D(7) % 2, 7 % D(2), divmod(7, D(2)), divmod(D("-17"), 5), (-17) // 5, (-17) % 5)
print(D("Infinity") // 3, D(3) // D("Infinity"), D(3) % D("Infinity"), D("-Infinity") // D(-3))
print(D(10).remainder_near(6), D(10).remainder_near(4), D(-10).remainder_near(6), D(11).remainder_near(D("2.5")))
for expr in ["D(1) // 0", "D(0) // 0", "D(1) % 0", "D(0) % 0", "divmod(D(1), 0)", "divmod(D(0), 0)", "D(10) ** 30 // 3",
             "D('1e30') // D('1e-10')", "D('1e30') % D('1e-10')", "D('Infinity') % 2", "D('Infinity') // D('Infinity')", "D(5).remainder_near(0)",
             "D(1) / 0", "D(-1) / 0", "D(0) / 0", "D('Infinity') / D('Infinity')"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
with localcontext(ExtendedContext):
    print(D(1) // 0, D(0) // 0, D(1) % 0, divmod(D(1), 0), D(-3) / 0, D(10) ** 30 // 3)
