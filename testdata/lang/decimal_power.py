# ** with integer and fractional exponents, exactness and the special cases.
from decimal import *

D = Decimal
print(D(2) ** 10, D(2) ** 100, D("1.1") ** 2, D("1.0") ** 3, D("-2") ** 3, D("-2") ** -3, D("0.1") ** -5, D(3) ** -1)
print(D(2) ** D("0.5"), D(4) ** D("0.5"), D(1) ** D("0.5"), D(10) ** D("-2"), D("2.5") ** D("3.7"), D(8) ** (D(1) / 3))
print(D("1.0000001") ** 1000000, D("0.5") ** 1000, D(7) ** 28, D(7) ** 29, D("1E+2") ** 3, D(0) ** 5, D(0) ** -1)
print(D("-0") ** 3, D("-0") ** -3, D("Infinity") ** 2, D("Infinity") ** -2, D("-Infinity") ** 3, D(2) ** D("Infinity"),
      D("0.5") ** D("Infinity"), D(2) ** D("-Infinity"), D(1) ** D("Infinity"), D(5) ** 0, D("NaN") ** 0)
print(2 ** D(10), D("1.5") ** 2, pow(D(3), 4), pow(D(3), 4, 5), pow(D(-3), 3, 7), pow(D(2), 10, D(1000)))
with localcontext(prec=5):
    print(D(2) ** D("0.5"), D(3) ** 50, D("1.00001") ** 100000, D(2) ** -20)
for expr in ["D(0) ** 0", "D(-2) ** D('0.5')", "D(10) ** D('1E1000000')", "D(10) ** 1000000", "D('1e-500000') ** 3",
             "pow(D(2), D('0.5'), 5)", "pow(D(2), 3, 0)", "D(2) ** 1.5"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
c = getcontext()
c.clear_flags()
x = D("1e-500000") ** 3
print(x, sorted(k.__name__ for k, f in c.flags.items() if f))
