# + - * / with the context's precision, and mixed with ints.
from decimal import Decimal, getcontext

D = Decimal
print(D("1.1") + D("2.2"), D("0.1") * 3, D("1.30") + D("1.20"), D("1.3") * D("1.2"), D(1) / D(3), D(2) / D(3))
print(D(1) / 8, D(10) / 4, D("1.0") / D("0.1"), D(100) / D("1E+2"), D("1E+2") / D(100), D(0) / 3, D("0.00") / D("0.1"))
print(D(5) - D("5.00"), D(-1) + 1, D("-0") + D("0"), D("-0") + D("-0"), D("1E+5") + D("1E-5"), D("1e30") + 1)
print(D(3) + 4, 4 + D(3), 10 - D("0.5"), D("0.5") - 10, 3 * D("1.5"), D("1.5") * 3, 1 / D(7), D(7) / 1)
print(D(True) + True, sum([D("0.1")] * 10), sum([D("1.10"), D("2.25")], D(0)))
getcontext().prec = 6
print(D(1) / 7, D(2) / 3, D("123456789") + 0, D("1.000005") * 1, D("999999.5") + 0, D("123.4567") * 100)
print(+D("1.23456789"), -D("1.23456789"), abs(D("-1.23456789")), -D(0), +D("-0"), abs(D("-0")))
getcontext().prec = 50
print(D(1) / 7, D(2).sqrt(), D(10) ** 40 + D(1))
getcontext().prec = 3
print(D(1000) + D(1), D("0.1234"), D("0.1234") + 0, D(999) + 1, D(99950) + 0)
getcontext().prec = 28
a, b = D("123.456"), D("-7.89")
for op in ["a + b", "a - b", "a * b", "a / b", "b / a", "a // b", "a % b", "-a // b", "-a % b", "divmod(a, b)", "divmod(-a, b)"]:
    print(op, "=", eval(op))
x = D("10")
x += 5
x *= D("1.5")
x /= 4
x -= D("0.125")
print(x, type(x).__name__)
